"""The office's history at benchmark scale, for the reports: listings over three years (about 60 %
published at some time), engine suggestions and matches in every status, contracts from the
agreed matches (and some without one), the signed ones' projects with milestones, some done,
some overdue. Bulk-inserted beside the members already in the database; the same seed gives the
same rows."""

import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select

from app.models import (
    Contract,
    ContractParty,
    ContractStatus,
    Listing,
    ListingKind,
    ListingStatus,
    Match,
    MatchOrigin,
    MatchStatus,
    Member,
    MemberStatus,
    Milestone,
    Project,
    ProjectStatus,
)
from app.services.sectors import sectors
from app.services.uow import UnitOfWork

REGIONS = ("江苏省", "浙江省", "广东省", "上海市", "北京市", "山东省", "湖北省", "四川省", "陕西省")
KINDS = (
    "technology_transfer",
    "patent_licence",
    "joint_rd",
    "technical_service",
    "commissioned_development",
    "consultancy",
)
# Status of a listing and its share; published_at is set for all but the first three.
LISTING_STATUSES = (
    (ListingStatus.DRAFT, 4),
    (ListingStatus.SUBMITTED, 3),
    (ListingStatus.RETURNED, 3),
    (ListingStatus.PUBLISHED, 60),
    (ListingStatus.EXPIRED, 18),
    (ListingStatus.WITHDRAWN, 6),
    (ListingStatus.ARCHIVED, 6),
)
BATCH = 5000


def _insert(uow: UnitOfWork, model: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), BATCH):
        uow.session.execute(insert(model), rows[start : start + BATCH])


def _listings(
    members: list[str], count: int, rng: random.Random, now: datetime
) -> list[dict[str, Any]]:
    codes = [s.code for s in sectors() if not s.is_section]
    common = rng.sample(codes, 40)
    statuses, weights = zip(*LISTING_STATUSES, strict=True)
    rows = []
    for n in range(count):
        kind = ListingKind.DEMAND if rng.random() < 0.4 else ListingKind.SUPPLY
        status = rng.choices(statuses, weights)[0]
        published = status not in (
            ListingStatus.DRAFT,
            ListingStatus.SUBMITTED,
            ListingStatus.RETURNED,
        )
        at = now - timedelta(days=rng.uniform(0, 1095)) if published else None
        rows.append(
            {
                "kind": kind,
                "member_id": rng.choice(members),
                "reference": f"{kind.value[0].upper()}B-{n + 1:06d}" if published else None,
                "title": f"Benchmark listing {n + 1}",
                "summary": "",
                "description": "",
                "keywords": "",
                "sectors": ";".join(rng.sample(common, rng.choice((1, 1, 2, 2, 3)))),
                "region": rng.choice(REGIONS) if rng.random() < 0.8 else "",
                "status": status,
                "published_at": at,
                "expires_at": at + timedelta(days=365) if at else None,
                "search_text": "",
            }
        )
    return rows


def _matches(
    rows: list[dict[str, Any]], ids: list[str], agreed: int, rng: random.Random, now: datetime
) -> tuple[list[dict[str, Any]], list[tuple[str, datetime]]]:
    """Suggestions for many published demands, some matches under way, `agreed` agreements
    (their listings become matched). Returns the match rows and (id, agreed_at) of agreements."""
    old = now - timedelta(days=160)
    demands = [i for i, r in enumerate(rows) if r["published_at"] and r["kind"] == "demand"]
    supplies = [i for i, r in enumerate(rows) if r["published_at"] and r["kind"] == "supply"]
    used: set[tuple[int, int]] = set()
    matches, agreements = [], []

    def pair(pool_d: list[int], pool_s: list[int]) -> tuple[int, int]:
        while True:
            d, s = rng.choice(pool_d), rng.choice(pool_s)
            if (d, s) not in used:
                used.add((d, s))
                return d, s

    old_d = [i for i in demands if rows[i]["published_at"] < old]
    old_s = [i for i in supplies if rows[i]["published_at"] < old]
    for _ in range(agreed):
        d, s = pair(old_d, old_s)
        start = max(rows[d]["published_at"], rows[s]["published_at"])
        at = min(start + timedelta(days=rng.uniform(5, 150)), now - timedelta(days=1))
        match_id = f"bench-match-{len(matches):06d}"
        for i in (d, s):
            rows[i]["status"] = ListingStatus.MATCHED
        matches.append(_match(match_id, ids[d], ids[s], MatchStatus.AGREED, at))
        agreements.append((match_id, at))
    others = (MatchStatus.PROPOSED, MatchStatus.NEGOTIATING, MatchStatus.DECLINED)
    for n in range(len(demands) * 3):
        d, s = pair(demands, supplies)
        status = rng.choice(others) if n % 20 == 0 else MatchStatus.SUGGESTED
        matches.append(_match(f"bench-match-{len(matches):06d}", ids[d], ids[s], status, None))
    return matches, agreements


def _match(
    match_id: str, demand: str, supply: str, status: MatchStatus, at: datetime | None
) -> dict[str, Any]:
    return {
        "id": match_id,
        "demand_id": demand,
        "supply_id": supply,
        "score": 70.0,
        "breakdown": "{}",
        "origin": MatchOrigin.ENGINE,
        "status": status,
        "agreed_at": at,
    }


def _contract(n: int, match_id: str | None, drafted: datetime, rng: random.Random) -> dict:
    return {
        "id": f"bench-contract-{n:06d}",
        "number": f"HX-B-{n:06d}",
        "title": f"Benchmark contract {n}",
        "template_id": "technology_transfer.two_party.zh",
        "kind": rng.choice(KINDS),
        "language": "zh",
        "match_id": match_id,
        "value": Decimal(rng.randrange(5, 500) * 10_000),
        "currency": "USD" if rng.random() < 0.05 else "CNY",
        "created_at": drafted,
        "updated_at": drafted,
    }


def _life(contract: dict, rng: random.Random, today: date) -> dict | None:
    """Sign the contract (or leave it before signature); the project of a signed one."""
    drafted = contract["created_at"].date()
    if rng.random() < 0.15:
        contract["status"] = rng.choice(
            (ContractStatus.DRAFT, ContractStatus.IN_REVIEW, ContractStatus.VOID)
        )
        return None
    signed = min(drafted + timedelta(days=rng.randrange(7, 60)), today)
    contract["signed_on"] = signed
    roll = rng.random()
    project = {
        "id": contract["id"].replace("contract", "project"),
        "contract_id": contract["id"],
        "title": contract["title"],
        "started_on": signed,
        "planned_end": signed + timedelta(days=360),
        "status": ProjectStatus.RUNNING,
    }
    ended = signed + timedelta(days=rng.randrange(90, 500))
    if roll < 0.45 and ended <= today:
        project.update(status=ProjectStatus.COMPLETED, ended_on=ended)
        contract["status"] = ContractStatus.COMPLETED
    elif roll < 0.5 and ended <= today:
        project.update(status=ProjectStatus.TERMINATED, ended_on=ended, end_note="stopped")
        contract["status"] = ContractStatus.TERMINATED
    else:
        contract["status"] = ContractStatus.IN_EXECUTION
    return project


def _milestones(project: dict, rng: random.Random, today: date) -> list[dict[str, Any]]:
    rows = []
    for position in range(4):
        due = project["started_on"] + timedelta(days=90 * (position + 1))
        if project["status"] is ProjectStatus.COMPLETED:
            done: date | None = min(due, project["ended_on"])
        elif due < today and rng.random() < 0.75:
            done = due
        else:
            done = None
        rows.append(
            {
                "project_id": project["id"],
                "position": position,
                "title": f"Milestone {position + 1}",
                "responsible_position": 1,
                "due_date": due,
                "planned_due_date": due,
                "completed_on": done,
            }
        )
    return rows


def add_report_load(
    uow: UnitOfWork, *, listings: int = 50_000, agreed: int = 5_000, seed: int = 13
) -> dict[str, int]:
    """Add the history to a database holding members; the caller commits. Returns counts."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    today = date.today()
    members = list(
        uow.session.scalars(
            select(Member.id).where(Member.status == MemberStatus.ACTIVE).order_by(Member.id)
        )
    )
    rows = _listings(members, listings, rng, now)
    ids = [f"bench-listing-{n:06d}" for n in range(len(rows))]
    for listing_id, row in zip(ids, rows, strict=True):
        row["id"] = listing_id
    matches, agreements = _matches(rows, ids, agreed, rng, now)
    contracts = [
        _contract(n, match_id, at + timedelta(days=rng.randrange(1, 20)), rng)
        for n, (match_id, at) in enumerate(agreements[: agreed * 4 // 5])
    ]
    for _ in range(agreed // 10):  # drafted without a match
        contracts.append(_contract(len(contracts), None, now - timedelta(days=400), rng))
    projects = [p for c in contracts if (p := _life(c, rng, today))]
    parties = [
        {"contract_id": c["id"], "position": p, "role": role, "name": f"{role} {c['number']}"}
        for c in contracts
        for p, role in enumerate(("client", "contractor"))
    ]
    milestones = [m for p in projects for m in _milestones(p, rng, today)]
    for model, batch in (
        (Listing, rows),
        (Match, matches),
        (Contract, contracts),
        (ContractParty, parties),
        (Project, projects),
        (Milestone, milestones),
    ):
        _insert(uow, model, batch)
    return {
        "listings": len(rows),
        "matches": len(matches),
        "agreed": len(agreements),
        "contracts": len(contracts),
        "projects": len(projects),
        "milestones": len(milestones),
    }
