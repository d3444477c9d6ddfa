"""Realistic synthetic data for demonstrations, training and benchmarks.

Members of every kind, mostly Chinese (enterprises, universities and their schools, research
institutes, government departments, intermediaries, investors) and some German and Finnish
ones, with valid unified social credit codes, sector codes that fit the name, contacts with
valid mobile numbers, and a few alliances. The same seed always gives the same data.
"""

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from app.db import Database, demo_sqlite_path, sqlite_url
from app.errors import DomainError
from app.models import AllianceRole, Match, MatchStatus, Member, MemberStatus, Project, Role
from app.models.base import utcnow
from app.services import alliances as alliance_service
from app.services import member_io
from app.services import users as user_service
from app.services.demo_contracts import add_demo_contracts
from app.services.demo_listings import add_demo_listings
from app.services.demo_matches import add_demo_matches
from app.services.demo_members import (
    DemoOrg,
    MemberGenerator,
    demo_members,
    make_uscc,
    organization_code,
    seeded_uuid,
    uscc_check_character,
)
from app.services.demo_organisations import ALLIANCES
from app.services.demo_projects import add_demo_projects
from app.services.permissions import Action
from app.services.uow import Actor, UnitOfWork

DEMO_ACTOR = Actor("demo", Role.ADMIN)
BATCH_SIZE = 5000


@dataclass(frozen=True)
class DemoSummary:
    members: int
    contacts: int
    alliances: int
    alliance_memberships: int
    listings: int = 0
    matches: int = 0
    contracts: int = 0
    projects: int = 0

    def summary(self) -> str:
        return (
            f"Demo data created: {self.members} members with {self.contacts} contacts, "
            f"{self.alliances} alliances with {self.alliance_memberships} memberships, "
            f"{self.listings} listings, {self.matches} matches under way, "
            f"{self.contracts} contracts, {self.projects} projects."
        )


def make_demo(
    uow: UnitOfWork, by: Actor, *, members: int = 300, listings: int = 120, seed: int = 1
) -> DemoSummary:
    """Fill an empty registry with synthetic members, alliances, listings (demo_listings),
    matches (demo_matches) and contracts (demo_contracts); the caller commits.

    Rows are inserted in batches, not through the ORM (100,000 members in under a minute).
    Refused when the database already holds members: demo data never mixes with real data.
    A database without users becomes the demo database: it gets a "demo" administrator and
    signs in as that user without asking for a password.
    """
    if members < 0 or listings < 0:
        raise DomainError("The number of demo members or listings cannot be negative.")
    existing = uow.session.scalar(select(func.count()).select_from(Member)) or 0
    if existing:
        raise DomainError(
            "This database already holds {count} members, so no demo data was added: demo data "
            "goes into an empty database. Use a new database file (helix --db …) or the demo "
            "database (helix --demo).",
            count=existing,
        )
    uow.acting(by, Action.MAKE_DEMO_DATA)
    user_service.set_up_demo_sign_in(uow)
    generator = MemberGenerator(seed)
    stamp = _Stamp(by.name, uow.session.info.get("site_id", ""))
    stamps = random.Random(seed + 2_000_003)  # contact ids and dates: apart from the data
    member_rows: list[dict[str, Any]] = []
    contact_rows: list[dict[str, Any]] = []
    picks: list[tuple[str, str, set[str]]] = []
    contacts = 0
    for org in generator.orgs(members):
        member_row, rows = _rows(org, stamp, stamps)
        member_rows.append(member_row)
        contact_rows.extend(rows)
        contacts += len(rows)
        if org.data.status == MemberStatus.ACTIVE.value:
            picks.append((org.id, org.data.kind, set(org.data.sectors)))
        if len(member_rows) >= BATCH_SIZE:
            _insert(uow, member_rows, contact_rows)
    _insert(uow, member_rows, contact_rows)
    alliances, memberships = _make_alliances(uow, by, picks, random.Random(seed + 2), members)
    made = add_demo_listings(uow, by, listings, seed=seed)
    if made:
        add_demo_matches(uow, by, seed=seed)
    drafted = add_demo_contracts(uow, by, seed=seed)
    followed = add_demo_projects(uow, by, seed=seed)
    started = uow.session.scalar(select(func.count()).select_from(Project)) or 0
    # every match beyond a suggestion: the pipeline's and the one a project's story agreed
    under_way = select(func.count()).where(Match.status != MatchStatus.SUGGESTED)
    moved = uow.session.scalar(under_way) or 0
    return DemoSummary(
        members, contacts, alliances, memberships, made, moved, drafted + followed, started
    )


@dataclass(frozen=True)
class _Stamp:
    actor: str
    site_id: str


def _rows(
    org: DemoOrg, stamp: _Stamp, rng: random.Random
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Table rows for a member and its contacts: plain dicts, not ORM objects, for speed."""
    data = org.data
    created = utcnow() - timedelta(days=org.age_days, seconds=rng.randrange(86400))
    updated = created + timedelta(days=rng.randrange(0, org.age_days))
    sync = {
        "version": 1,
        "created_at": created,
        "updated_at": updated,
        "updated_by": stamp.actor,
        "origin_site": stamp.site_id,
        "deleted_at": None,
    }
    contact_rows = [
        {
            **sync,
            "id": seeded_uuid(rng),
            "member_id": org.id,
            "position": position,
            "name": c.name,
            "title": c.title,
            "email": c.email,
            "phone": c.phone,
        }
        for position, c in enumerate(data.contacts)
    ]
    member_row = {**sync, **member_io.member_columns(data, contact_rows), "id": org.id}
    return member_row, contact_rows


def _insert(
    uow: UnitOfWork, member_rows: list[dict[str, Any]], contact_rows: list[dict[str, Any]]
) -> None:
    member_io.insert_rows(uow, member_rows, contact_rows)
    member_rows.clear()
    contact_rows.clear()


def _make_alliances(
    uow: UnitOfWork,
    by: Actor,
    picks: list[tuple[str, str, set[str]]],
    rng: random.Random,
    members: int,
) -> tuple[int, int]:
    """A few alliances of members whose sectors fit the focus, led by a university or institute."""
    created = memberships = 0
    for name, focus, sectors in ALLIANCES[: members // 40]:
        fitting = [p for p in picks if p[2] & sectors]
        if len(fitting) < 3:
            continue
        created += 1
        chosen = rng.sample(fitting, min(len(fitting), rng.randrange(6, 25)))
        leads = [p for p in chosen if p[1] in ("university", "research_institute")] or chosen
        lead = leads[0]
        founded = date(rng.randrange(2012, 2024), rng.randrange(1, 13), 1)
        detail = alliance_service.create_alliance(
            uow,
            alliance_service.AllianceData(
                name,
                focus,
                f"{focus}领域的产学研合作平台。",
                lead_member_id=lead[0],
                founded_on=founded,
            ),
            by,
        )
        memberships += 1
        for i, pick in enumerate(p for p in chosen if p is not lead):
            role = AllianceRole.FOUNDING_MEMBER if i < 3 else AllianceRole.MEMBER
            if pick[1] == "government":
                role = AllianceRole.OBSERVER
            joined = founded + timedelta(days=0 if i < 3 else rng.randrange(30, 1500))
            alliance_service.add_alliance_member(
                uow, detail.id, pick[0], by, role=role, joined_on=min(joined, date.today())
            )
            memberships += 1
    return created, memberships


def adopt_demo_database(uow: UnitOfWork, by: Actor) -> bool:
    """A demo file made before Helix had users gets its demo user, so that it signs in without
    asking like a new one does. Does nothing on a database that has users (or no members)."""
    uow.acting(by, Action.MAKE_DEMO_DATA)
    if not uow.session.scalar(select(func.count()).select_from(Member)):
        return False
    return user_service.set_up_demo_sign_in(uow)


def ensure_demo_database(
    url: str | None = None,
    *,
    members: int = 300,
    listings: int = 120,
    seed: int = 1,
    by: Actor = DEMO_ACTOR,
) -> str:
    """The demo database's URL (default: the demo file in the user's data folder), created and
    filled with demo data when it holds no members yet. Used by `helix --demo` and the GUI."""
    url = url or sqlite_url(demo_sqlite_path())
    db = Database.open(url)
    try:
        with UnitOfWork(db) as uow:
            if not uow.session.scalar(select(func.count()).select_from(Member)):
                make_demo(uow, by, members=members, listings=listings, seed=seed)
                uow.commit()
    finally:
        db.dispose()
    return url


__all__ = [
    "DemoSummary",
    "demo_members",
    "ensure_demo_database",
    "make_demo",
    "make_uscc",
    "organization_code",
    "uscc_check_character",
]
