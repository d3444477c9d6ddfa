"""Reports on the 100k-member / 50k-listing database (issue 7): each report ≤ 1 s at the service.

Run on demand: `.venv/bin/pytest tests/benchmarks/test_report_benchmarks.py -s`. The database is
the registry benchmark's 100,000 members (conftest) copied, with 50,000 listings over three
years, 5,000 agreed matches among ~60,000 suggestions, 4,500 contracts, their projects and
milestones (report_load.py); built once and kept in the temp folder. Figures are printed, not
asserted."""

import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.db import Database, sqlite_url
from app.services import report_lists, reports
from app.services.uow import UnitOfWork
from tests.benchmarks.conftest import BENCH_MEMBERS, report
from tests.benchmarks.report_load import add_report_load

BENCH_LISTINGS = int(os.environ.get("HELIX_BENCH_LISTINGS", "50000"))
RUNS = 5


@pytest.fixture(scope="module")
def reports_database(big_database: Database) -> Database:
    source = big_database.sqlite_path
    assert source is not None
    head = big_database.head_revision()
    path = Path(tempfile.gettempdir()) / (
        f"helix-bench-reports-{BENCH_MEMBERS}-{BENCH_LISTINGS}-{head}.sqlite"
    )
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        with sqlite3.connect(source) as src, sqlite3.connect(partial) as dst:
            src.backup(dst)  # a consistent copy, whatever the WAL holds
        db = Database.open(sqlite_url(partial))
        with UnitOfWork(db) as uow:
            add_report_load(uow, listings=BENCH_LISTINGS, agreed=BENCH_LISTINGS // 10)
            uow.commit()
        db.dispose()
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        partial.rename(path)
    return Database.open(sqlite_url(path))


def _timed(db: Database, work: Callable[[UnitOfWork], Any]) -> tuple[float, float, Any]:
    """(first run, median of RUNS after it) in seconds, each in its own unit of work."""
    times, result = [], None
    for _ in range(RUNS + 1):
        with UnitOfWork(db) as uow:
            start = time.perf_counter()
            result = work(uow)
            times.append(time.perf_counter() - start)
    return times[0], statistics.median(times[1:]), result


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def test_each_report_on_the_benchmark_database(reports_database: Database) -> None:
    year = date.today() - timedelta(days=365)
    work: dict[str, Callable[[UnitOfWork], Any]] = {
        "funnel, all time": lambda uow: reports.funnel(uow),
        "funnel, last 12 months": lambda uow: reports.funnel(uow, since=year),
        "activity by sector": lambda uow: reports.activity_by_sector(uow),
        "activity by region": lambda uow: reports.activity_by_region(uow),
        "activity by member kind": lambda uow: reports.activity_by_member_kind(uow),
        "contract value": lambda uow: report_lists.contract_value(uow),
        "overdue milestones": lambda uow: report_lists.overdue_milestones(uow),
        "project progress (export)": lambda uow: report_lists.project_progress(uow),
    }
    figures, slowest = {}, 0.0
    results = {}
    for name, run in work.items():
        first, median, results[name] = _timed(reports_database, run)
        slowest = max(slowest, first, median)
        figures[name] = f"first {_ms(first)}, median of {RUNS} {_ms(median)}"
    funnel = results["funnel, all time"]
    figures["funnel counts"] = " → ".join(str(s.count) for s in funnel.stages)
    figures["sectors / overdue rows"] = (
        f"{len(results['activity by sector'].rows)} / {len(results['overdue milestones'].rows)}"
    )
    figures["slowest"] = f"{_ms(slowest)} (goal ≤ 1 s each)"
    report(f"reports ({BENCH_MEMBERS:,} members, {BENCH_LISTINGS:,} listings)", figures)
    assert funnel.stages[0].count > BENCH_LISTINGS // 2  # the database is the size meant
