"""Benchmark fixtures: a 100,000-member SQLite database, built once and kept in the temp folder."""

import os
import platform
import tempfile
from pathlib import Path

import pytest

from app.db import Database, sqlite_url
from app.models import Role
from app.services.demo import make_demo
from app.services.uow import Actor, UnitOfWork

BENCH_MEMBERS = int(os.environ.get("HELIX_BENCH_MEMBERS", "100000"))


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def report(title: str, figures: dict[str, str]) -> None:
    print(f"\n== {title} ({machine()})")
    for name, value in figures.items():
        print(f"   {name}: {value}")


@pytest.fixture(scope="session")
def big_database() -> Database:
    """The registry with BENCH_MEMBERS demo members (built on first use, then reused)."""
    head = Database(sqlite_url(Path(tempfile.gettempdir()) / "probe.sqlite")).head_revision()
    path = Path(tempfile.gettempdir()) / f"helix-bench-{BENCH_MEMBERS}-{head}.sqlite"
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        db = Database.open(sqlite_url(partial))
        with UnitOfWork(db) as uow:
            make_demo(uow, Actor("benchmark", Role.ADMIN), members=BENCH_MEMBERS, seed=7)
            uow.commit()
        db.dispose()
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        partial.rename(path)
    return Database.open(sqlite_url(path))
