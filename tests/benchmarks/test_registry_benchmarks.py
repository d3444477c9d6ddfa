"""Registry targets (DESIGN §9): filter p95 ≤ 30 ms per keystroke at the service, first page in
the view ≤ 100 ms, import of 50k rows ≤ 30 s, cold start ≤ 2.5 s, memory ≤ 400 MB.

Run on demand: `.venv/bin/pytest tests/benchmarks -s`. Figures are printed, not asserted."""

import statistics
import subprocess
import sys
import time
from pathlib import Path

from app.db import Database, sqlite_url
from app.models import Role
from app.services import member_io, member_search
from app.services.demo import demo_members
from app.services.member_search import MemberQuery
from app.services.tabular import write_table
from app.services.uow import Actor, UnitOfWork
from tests.benchmarks.conftest import BENCH_MEMBERS, report

TYPED = ["苏州纳米", "zhang", "新材料", "university", "shenzhen", "电池", "13812", "研究院 上海"]


def _keystrokes() -> list[str]:
    return [word[:i] for word in TYPED for i in range(1, len(word) + 1)]


def _p95(values: list[float]) -> float:
    return values[max(0, int(len(values) * 0.95) - 1)]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def test_filter_as_you_type_at_the_service(big_database: Database) -> None:
    for typed in _keystrokes():  # one warm-up pass: the running app has its file in the cache
        with UnitOfWork(big_database) as uow:
            member_search.search_members(uow, MemberQuery(text=typed), limit=200)
    timings, pages = [], []
    for typed in _keystrokes():
        query = MemberQuery(text=typed)
        started = time.perf_counter()
        with UnitOfWork(big_database) as uow:
            total = member_search.count_members(uow, query, at_most=1000)  # as the screen asks
            rows = member_search.search_members(uow, query, offset=0, limit=200)
        timings.append(time.perf_counter() - started)
        pages.append((typed, total, len(rows)))
    from_second = sorted(
        t for t, (typed, _n, _r) in zip(timings, pages, strict=True) if len(typed) > 1
    )
    timings.sort()
    report(
        f"registry filter, {BENCH_MEMBERS:,} members, {len(timings)} keystrokes (count + page)",
        {
            "p50": _ms(statistics.median(timings)),
            "p95 all keystrokes": _ms(_p95(timings)),
            "p95 from the second character": _ms(_p95(from_second)),
            "max": _ms(timings[-1]),
            "target p95": "30 ms",
        },
    )
    assert any(total > 0 for _t, total, _n in pages)


def test_facet_and_sort_pages(big_database: Database) -> None:
    queries = [
        MemberQuery(kind="university", sort="city"),
        MemberQuery(sector="C", sort="updated_at", descending=True),
        MemberQuery(text="科技", region="江苏省"),
        MemberQuery(status="archived"),
    ]
    timings = []
    for query in queries:
        started = time.perf_counter()
        with UnitOfWork(big_database) as uow:
            member_search.count_members(uow, query, at_most=1000)
            member_search.search_members(uow, query, offset=0, limit=200)
        timings.append(time.perf_counter() - started)
    report("facet/sort first page", {str(q): _ms(t) for q, t in zip(queries, timings, strict=True)})


def test_import_of_50k_rows(tmp_path: Path) -> None:
    header = member_io.MEMBER_COLUMNS
    rows = []
    for index, (_id, data) in enumerate(demo_members(50_000, seed=11)):
        contact = data.contacts[0] if data.contacts else None
        rows.append(
            [
                f"BENCH-{index}",
                data.kind,
                data.name,
                data.registration_code,
                data.country,
                data.region,
                data.city,
                data.website,
                ";".join(data.sectors),
                ";".join(data.keywords),
                data.description,
                contact.name if contact else "",
                contact.email if contact else "",
                contact.phone if contact else "",
            ]
        )
    source = tmp_path / "members.csv"
    write_table(source, list(header), rows)
    db = Database.open(sqlite_url(tmp_path / "import.sqlite"))
    started = time.perf_counter()
    with UnitOfWork(db) as uow:
        result = member_io.import_members(uow, source, Actor("benchmark", Role.ADMIN))
        uow.commit()
    elapsed = time.perf_counter() - started
    db.dispose()
    report(
        "import 50,000 member rows (CSV, SQLite)",
        {"time": f"{elapsed:.1f} s", "created": str(result.created), "target": "30 s"},
    )


def test_cold_start_first_page_and_memory(big_database: Database) -> None:
    script = Path(__file__).with_name("coldstart.py")
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, str(script), big_database.url],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", **_env()},
    )
    wall = time.perf_counter() - started
    assert out.returncode == 0, out.stderr
    figures = dict(line.split("=", 1) for line in out.stdout.split() if "=" in line)
    report(
        f"GUI on {BENCH_MEMBERS:,} members",
        {
            "process start to interactive window": f"{float(figures['interactive']):.2f} s "
            "(target 2.5 s)",
            "first page in the view": f"{float(figures['first_page']) * 1000:.0f} ms "
            "(target 100 ms)",
            "peak memory after scrolling 10,000 rows": f"{figures['rss_mb']} MB (target 400 MB)",
            "whole run incl. exit": f"{wall:.2f} s",
        },
    )


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}


def test_a_page_deep_in_the_list(big_database: Database) -> None:
    """Scrolling far down: the next page is fetched after the last loaded row (keyset)."""
    figures = {}
    for sort in ("name", "city", "kind"):
        query = MemberQuery(sort=sort)
        with UnitOfWork(big_database) as uow:
            last = member_search.search_members(uow, query, offset=BENCH_MEMBERS // 2 - 1, limit=1)
            started = time.perf_counter()
            page = member_search.search_members(uow, query, limit=200, after=last[0])
            figures[f"sorted by {sort}"] = _ms(time.perf_counter() - started)
        assert len(page) == 200
    report(f"the page after row {BENCH_MEMBERS // 2:,}", figures)
