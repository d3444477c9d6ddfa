"""The Home screen's "what needs attention today" (app.services.alerts) on the benchmark database
(100,000 members) with 50,000 listings in every status, 40,000 matches with their events, 3,000
contracts with parties, issues and signatures, and the projects of the signed ones with their
milestones. Goal: ≤ 200 ms for the whole page.

Run on demand: `.venv/bin/pytest tests/benchmarks/test_alerts_benchmark.py -s`. The database is
built once (a copy of the registry benchmark's, plus bulk inserts) and kept in the temp folder.
Figures are printed, not asserted."""

import random
import shutil
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from app.db import Database, sqlite_url
from app.models import (
    Contract,
    ContractIssue,
    ContractParty,
    ContractSignature,
    ContractStatus,
    Listing,
    ListingKind,
    ListingStatus,
    Match,
    MatchEvent,
    MatchEventKind,
    MatchOrigin,
    MatchStatus,
    Member,
    Milestone,
    Project,
    ProjectStatus,
    Role,
    utcnow,
)
from app.services import alerts
from app.services.uow import Actor, UnitOfWork
from tests.benchmarks.conftest import BENCH_MEMBERS, report

LISTINGS = 50_000
MATCHES = 40_000
CONTRACTS = 3_000
LISTING_STATUSES = (
    (ListingStatus.PUBLISHED, 30_000),
    (ListingStatus.SUBMITTED, 1_500),
    (ListingStatus.RETURNED, 800),
    (ListingStatus.DRAFT, 5_000),
    (ListingStatus.EXPIRED, 8_000),
    (ListingStatus.MATCHED, 2_000),
    (ListingStatus.WITHDRAWN, 1_700),
    (ListingStatus.ARCHIVED, 1_000),
)
MATCH_STATUSES = (
    (MatchStatus.SUGGESTED, 30_000),
    (MatchStatus.PROPOSED, 3_500),
    (MatchStatus.INTERESTED, 2_000),
    (MatchStatus.NEGOTIATING, 1_500),
    (MatchStatus.AGREED, 1_000),
    (MatchStatus.DECLINED, 1_500),
    (MatchStatus.DISMISSED, 500),
)
CONTRACT_STATUSES = (
    (ContractStatus.DRAFT, 300),
    (ContractStatus.IN_REVIEW, 150),
    (ContractStatus.RETURNED, 80),
    (ContractStatus.APPROVED, 70),
    (ContractStatus.AWAITING_SIGNATURE, 200),
    (ContractStatus.IN_EXECUTION, 1_400),
    (ContractStatus.COMPLETED, 700),
    (ContractStatus.VOID, 100),
)


def _spread(pairs: tuple[tuple[Any, int], ...]) -> list[Any]:
    return [value for value, count in pairs for _ in range(count)]


def _insert(uow: UnitOfWork, model: type, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), 5000):
        uow.session.execute(insert(model), rows[start : start + 5000])


def _listings(uow: UnitOfWork, rng: random.Random, members: list[str]) -> list[str]:
    now = utcnow()
    rows = []
    for n, status in enumerate(_spread(LISTING_STATUSES)):
        kind = ListingKind.DEMAND if n % 5 == 0 else ListingKind.SUPPLY
        updated = now - timedelta(days=rng.uniform(0, 400))
        rows.append(
            {
                "kind": kind,
                "member_id": rng.choice(members),
                "reference": f"{kind.value[0].upper()}-B-{n:06d}",
                "title": f"Bench listing {n} 固态电池电解质",
                "status": status,
                "published_at": updated,
                "expires_at": now + timedelta(days=rng.uniform(-30, 365)),
                "return_reasons": "预算区间与需求内容不匹配。" if status == "returned" else "",
                "search_text": "",
                "created_at": updated,
                "updated_at": updated,
            }
        )
    _insert(uow, Listing, rows)
    return list(uow.session.scalars(select(Listing.id).order_by(Listing.reference)))


def _matches(uow: UnitOfWork, rng: random.Random, listing_ids: list[str]) -> None:
    now, today = utcnow(), date.today()
    demands, supplies = listing_ids[::5], [i for n, i in enumerate(listing_ids) if n % 5]
    rows = []
    for n, status in enumerate(_spread(MATCH_STATUSES)):
        proposed = now - timedelta(days=rng.uniform(0, 200))
        rows.append(
            {
                "demand_id": demands[n % len(demands)],
                "supply_id": supplies[(n // len(demands) * 7919 + n) % len(supplies)],
                "origin": MatchOrigin.ENGINE,
                "status": status,
                "score": rng.uniform(30, 95),
                "proposed_at": None if status == "suggested" else proposed,
                "created_at": proposed,
                "updated_at": proposed,
            }
        )
    _insert(uow, Match, rows)
    events = []
    stmt = select(Match.id, Match.proposed_at).where(Match.proposed_at.is_not(None))
    for match_id, proposed in uow.session.execute(stmt):
        start = proposed.date()
        for _ in range(rng.randint(1, 4)):
            day = start + timedelta(days=rng.randint(0, max(0, (today - start).days)))
            events.append(
                {"match_id": match_id, "kind": MatchEventKind.NOTE, "happened_on": day, "text": "…"}
            )
    _insert(uow, MatchEvent, events)


def _contracts(uow: UnitOfWork, rng: random.Random, members: list[str]) -> None:
    now, today = utcnow(), date.today()
    rows = [
        {
            "number": f"HX-B-{n:06d}",
            "title": f"Bench contract {n}",
            "template_id": "joint_rd.three_party.en",
            "kind": "joint_rd",
            "language": "en",
            "status": status,
            "review_comments": "请补充验收标准。" if status == "returned" else "",
            "updated_at": now - timedelta(days=rng.uniform(0, 300)),
        }
        for n, status in enumerate(_spread(CONTRACT_STATUSES))
    ]
    _insert(uow, Contract, rows)
    contracts = list(
        uow.session.execute(
            select(Contract.id, Contract.status).where(Contract.number.like("HX-B-%"))
        )
    )
    parties, issues, projects = [], [], []
    for contract_id, status in contracts:
        for position in range(rng.choice((2, 3))):
            member = rng.choice(members) if position < 2 else None
            parties.append(
                {
                    "contract_id": contract_id,
                    "position": position,
                    "role": f"party_{position}",
                    "member_id": member,
                    "name": f"Party {position}",
                }
            )
        if status == "awaiting_signature":
            for voided in (True, False):
                issues.append(
                    {
                        "contract_id": contract_id,
                        "revision_number": 1,
                        "issued_at": now,
                        "issued_by": "bench-alerts",
                        "sha256": "0" * 64,
                        "pdf": b"%PDF-1.7",
                        "pages": 1,
                        "signature_boxes": "[]",
                        "voided_at": now if voided else None,
                    }
                )
        if status in ("in_execution", "completed"):
            running = status == "in_execution"
            projects.append(
                {
                    "contract_id": contract_id,
                    "title": f"Project of {contract_id[:8]}",
                    "status": ProjectStatus.RUNNING if running else ProjectStatus.COMPLETED,
                    "started_on": today - timedelta(days=rng.randint(30, 700)),
                }
            )
    _insert(uow, ContractParty, parties)
    _insert(uow, ContractIssue, issues)
    signatures = [
        {
            "issue_id": issue_id,
            "party_position": 0,
            "party_name": "Party 0",
            "method": "wet_ink",
            "signatory_name": "王明",
            "signed_on": today,
            "recorded_at": now,
            "recorded_by": "benchmark",
        }
        for (issue_id,) in uow.session.execute(
            select(ContractIssue.id).where(ContractIssue.issued_by == "bench-alerts")
        )
        if rng.random() < 0.6
    ]
    _insert(uow, ContractSignature, signatures)
    _insert(uow, Project, projects)
    milestones = []
    for project_id, started_on, status in uow.session.execute(
        select(Project.id, Project.started_on, Project.status).where(
            Project.title.like("Project of %")
        )
    ):
        for position in range(5):
            due = started_on + timedelta(days=60 * (position + 1) + rng.randint(-10, 10))
            done = status == "completed" or (due < today - timedelta(30) and rng.random() < 0.85)
            milestones.append(
                {
                    "project_id": project_id,
                    "position": position,
                    "title": f"Milestone {position + 1}",
                    "due_date": due,
                    "planned_due_date": due,
                    "completed_on": due if done else None,
                }
            )
    _insert(uow, Milestone, milestones)


@pytest.fixture(scope="module")
def alerts_database(big_database: Database) -> Database:
    head = big_database.head_revision()
    path = Path(tempfile.gettempdir()) / f"helix-bench-alerts-{BENCH_MEMBERS}-{head}.sqlite"
    if not path.exists():
        partial = path.with_suffix(".partial")
        source = big_database.sqlite_path
        assert source is not None
        big_database.dispose()
        shutil.copy(source, partial)
        db = Database.open(sqlite_url(partial))
        rng = random.Random(5)
        with UnitOfWork(db) as uow:
            members = list(uow.session.scalars(select(Member.id).limit(20_000)))
            listing_ids = _listings(uow, rng, members)
            _matches(uow, rng, listing_ids)
            _contracts(uow, rng, members)
            uow.commit()
        db.dispose()
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        partial.rename(path)
    return Database.open(sqlite_url(path))


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


@pytest.mark.timeout(1800)
def test_what_needs_attention_today(alerts_database: Database) -> None:
    figures: dict[str, str] = {}
    for actor in (Actor("supervisor", Role.SUPERVISOR), Actor("clerk", Role.CLERK)):
        with UnitOfWork(alerts_database) as uow:  # warm-up: the running app has its file cached
            result = alerts.attention(uow, actor)
        timings = []
        for _ in range(20):
            started = time.perf_counter()
            with UnitOfWork(alerts_database) as uow:
                result = alerts.attention(uow, actor)
            timings.append(time.perf_counter() - started)
        timings.sort()
        figures[f"{actor.role.value}: median"] = _ms(statistics.median(timings))
        figures[f"{actor.role.value}: max of 20"] = _ms(timings[-1])
        figures[f"{actor.role.value}: counts"] = ", ".join(
            f"{s.key.value} {s.count}" for s in result.sections
        )
        assert all(s.count > 0 for s in result.sections), "every section has work to show"
    figures["target"] = "200 ms"
    report(
        f"home screen alerts, {BENCH_MEMBERS:,} members, {LISTINGS:,} listings, "
        f"{MATCHES:,} matches, {CONTRACTS:,} contracts",
        figures,
    )
