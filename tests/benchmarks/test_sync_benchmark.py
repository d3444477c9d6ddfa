"""Sync target (DESIGN §9): 10,000 changed rows each way in ≤ 20 s, the office on the loopback
PostgreSQL server and the laptop a SQLite copy of it.

The office holds 10,000 members when the copy is made. Then, as at a trade fair, the laptop
registers 10,000 new members (the bulk path of the member import, audited like every write);
meanwhile the office edits the city of its 10,000 members (one audited ORM save). One sync sends
the laptop's rows and receives the office's; each leg is timed.

Run on demand: `.venv/bin/python -m pytest tests/benchmarks/test_sync_benchmark.py -s`
(HELIX_BENCH_SYNC_ROWS changes the 10,000)."""

import os
import shutil
import time
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from app.db import Database, sqlite_url
from app.models import AuditEntry, Member, Role, SiteSetting
from app.services import member_io, sync
from app.services.members import MemberData
from app.services.permissions import Action, Actor
from app.services.uow import UnitOfWork
from tests.benchmarks.conftest import report

ROWS = int(os.environ.get("HELIX_BENCH_SYNC_ROWS", "10000"))
TARGET_SECONDS = 20.0
BENCH = Actor("benchmark", Role.ADMIN)
CITIES = ("广州市", "深圳市", "东莞市", "佛山市", "珠海市")


def _register(db: Database, prefix: str, count: int) -> None:
    """`count` new members in one audited bulk insert (as the member import saves them)."""
    data = [
        MemberData(
            kind="enterprise",
            name=f"{prefix} {n:05d} 新材料科技有限公司",
            region="广东省",
            city=CITIES[n % len(CITIES)],
            sectors=["C38"],
            keywords=["锂电池", "热管理"],
        )
        for n in range(count)
    ]
    with UnitOfWork(db) as uow:
        uow.acting(BENCH, Action.EDIT_MEMBERS)
        for start in range(0, count, 5000):
            member_io.insert_new_members(uow, data[start : start + 5000], BENCH)
        uow.commit()


def _edit_every_member(db: Database) -> int:
    """A new city for every member, saved through the ORM in one audited flush."""
    with UnitOfWork(db) as uow:
        uow.acting(BENCH, Action.EDIT_MEMBERS)
        edited = 0
        for member in uow.session.scalars(select(Member)):
            member.city = "中山市"
            edited += 1
        uow.commit()
    return edited


@pytest.fixture
def laptop(sqlite_template: Path, tmp_path: Path) -> Database:
    path = tmp_path / "laptop.sqlite"
    shutil.copy(sqlite_template, path)
    db = Database(sqlite_url(path))
    with db.engine.begin() as conn:
        conn.execute(delete(SiteSetting))  # a site id of its own
    return db


def _entries(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(AuditEntry)) or 0)


@pytest.mark.timeout(1800)
def test_sync_of_ten_thousand_changed_rows_each_way(pg_db: Database, laptop: Database) -> None:
    office = pg_db
    _register(office, "办公室会员", ROWS)
    started = time.perf_counter()
    copied = sync.copy_out(office, laptop, BENCH)
    copy_seconds = time.perf_counter() - started
    _register(laptop, "展会会员", ROWS)
    assert _edit_every_member(office) == ROWS

    marks: dict[str, float] = {}

    def progress(p: sync.Progress) -> None:
        marks.setdefault(p.step, time.perf_counter())

    started = time.perf_counter()
    summary = sync.sync(laptop, office, BENCH, progress=progress)
    finished = time.perf_counter()
    send_seconds = marks["receive"] - started
    receive_seconds = finished - marks["receive"]
    total = finished - started

    started = time.perf_counter()
    again = sync.sync(laptop, office, BENCH)
    idle_seconds = time.perf_counter() - started

    report(
        f"sync, {ROWS:,} changed rows each way: laptop SQLite ↔ office PostgreSQL (loopback)",
        {
            "copy out (the office's members and trail)": (
                f"{copy_seconds:.2f} s for {copied.records:,} records"
            ),
            "send (laptop → office)": (
                f"{summary.sent:,} rows in {send_seconds:.2f} s = "
                f"{summary.sent / send_seconds:,.0f} rows/s"
            ),
            "receive (office → laptop)": (
                f"{summary.received:,} rows in {receive_seconds:.2f} s = "
                f"{summary.received / receive_seconds:,.0f} rows/s"
            ),
            "one sync both ways": f"{total:.2f} s (target {TARGET_SECONDS:.0f} s)",
            "a second sync with nothing new": f"{idle_seconds * 1000:.0f} ms",
        },
    )
    assert (summary.sent, summary.received, summary.new_conflicts) == (ROWS, ROWS, 0)
    assert again.nothing_new
    assert _entries(laptop) == _entries(office)
    assert total <= TARGET_SECONDS
