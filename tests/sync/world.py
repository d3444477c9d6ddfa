"""A small world of sites for the property and fault tests of sync: an office and laptop copies,
member edits made through the services, and a ledger of every value written.

The ledger keeps, for each (record, field), every value an operation wrote and which writes
each site had seen when it wrote (its causal past): a value is superseded only by a later write
of the same field at a site that had seen it. Once the sites have synced until quiet, every
value not superseded must be the present one or be kept in version A or B of a conflict of its
record; otherwise an edit was lost."""

import json
import random
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, select, text

from app.db import Database, sqlite_url
from app.models import AuditChainHead, AuditEntry, Base, Contact, Member, SiteSetting, SyncConflict
from app.services import audit, members, sync
from app.services.sync_tables import to_plain
from app.services.uow import UnitOfWork
from tests.sync.conftest import CLERK, both_ways, data_of, edit, member

CITIES = ("广州市", "深圳市", "东莞市", "")
TRACKED = {
    "member": ("name", "city", "website", "description", "keywords", "status", "registration_code"),
    "contact": ("name", "title", "email", "phone", "deleted"),
}
QUIET_ROUNDS = 4  # syncing every laptop with the office this many times must reach quiet

Key = tuple[str, str]  # (table, id)


@dataclass(frozen=True)
class Write:
    n: int
    site: int
    entity: str
    record: str
    field: str
    value: Any


@dataclass
class Ledger:
    """Every value written, and which writes each site had seen."""

    sites: int
    writes: list[Write] = field(default_factory=list)
    superseded: set[int] = field(default_factory=set)
    known: list[set[int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.known = [set() for _ in range(self.sites)]

    def wrote(self, at: int, before: dict[Key, dict], after: dict[Key, dict]) -> None:
        for (entity, record), row in after.items():
            old = before.get((entity, record))
            for name in TRACKED[entity]:
                value = value_of(row, name)
                if old is not None and value_of(old, name) == value:
                    continue
                for n in self.known[at]:
                    seen = self.writes[n]
                    if (seen.entity, seen.record, seen.field) == (entity, record, name):
                        self.superseded.add(n)
                write = Write(len(self.writes), at, entity, record, name, value)
                self.writes.append(write)
                self.known[at].add(write.n)

    def met(self, a: int, b: int) -> None:
        both = self.known[a] | self.known[b]
        self.known[a], self.known[b] = set(both), set(both)

    def standing(self) -> list[Write]:
        """The writes no later write replaced."""
        return [w for w in self.writes if w.n not in self.superseded]


def value_of(row: dict, name: str) -> Any:
    """A field as stored (a row from the table or a version kept in a conflict)."""
    if name == "deleted":
        return row.get("deleted_at") is not None
    return to_plain(row.get(name))


def rows_of(db: Database, member_id: str) -> dict[Key, dict]:
    """The member's row and its contacts' rows (tombstones too) as stored."""
    with db.engine.connect() as conn:
        stmt = select(Member.__table__).where(Member.id == member_id)
        rows = {("member", r["id"]): dict(r) for r in conn.execute(stmt).mappings()}
        contacts = select(Contact.__table__).where(Contact.member_id == member_id)
        rows |= {("contact", r["id"]): dict(r) for r in conn.execute(contacts).mappings()}
    return rows


@dataclass
class World:
    """Site 0 is the office, the others laptops. Members are picked by their place among those a
    site holds (oldest first), contacts by their place among the member's live ones."""

    sites: list[Database]
    ledger: Ledger
    created: int = 0

    def members_at(self, at: int) -> list[str]:
        with self.sites[at].engine.connect() as conn:
            return list(conn.scalars(select(Member.id).order_by(Member.created_at, Member.id)))

    def create(self, at: int, seed: int, contacts: tuple[str, ...] = ()) -> str:
        self.created += 1
        name = f"会员 {self.created}-{seed} 科技有限公司"
        people = [members.ContactData(person, phone="138 1234 5678") for person in contacts]
        detail = member(self.sites[at], name, city=CITIES[seed % len(CITIES)], contacts=people)
        self.ledger.wrote(at, {}, rows_of(self.sites[at], detail.id))
        return detail.id

    def change(self, at: int, which: int, **changes: Any) -> None:
        chosen = self._member(at, which)
        if chosen is not None:
            self._saved(at, chosen, lambda db: edit(db, chosen, **changes))

    def change_contacts(
        self, at: int, which: int, contact: int | None, how: str, value: Any = None
    ) -> None:
        """`how`: "add" (a contact named `value`), "remove", or a contact field to set."""
        chosen = self._member(at, which)
        if chosen is None:
            return

        def save(db: Database) -> None:
            with UnitOfWork(db) as uow:
                detail = members.get_member(uow, chosen)
                people = detail.data.contacts
                if how == "add":
                    people.append(members.ContactData(value))
                elif not people or contact is None:
                    return
                elif how == "remove":
                    people.pop(contact % len(people))
                else:
                    setattr(people[contact % len(people)], how, value)
                members.update_member(uow, chosen, detail.version, detail.data, CLERK)
                uow.commit()

        self._saved(at, chosen, save)

    def archive_or_restore(self, at: int, which: int) -> None:
        chosen = self._member(at, which)
        if chosen is None:
            return

        def save(db: Database) -> None:
            with UnitOfWork(db) as uow:
                archived = members.get_member(uow, chosen).data.status == "archived"
                switch = members.restore_member if archived else members.archive_member
                switch(uow, chosen, CLERK)
                uow.commit()

        self._saved(at, chosen, save)

    def sync(self, a: int, b: int) -> sync.SyncSummary:
        summary = both_ways(self.sites[a], self.sites[b])
        assert not summary.cancelled
        self.ledger.met(a, b)
        return summary

    def _member(self, at: int, which: int) -> str | None:
        held = self.members_at(at)
        return held[which % len(held)] if held else None

    def _saved(self, at: int, member_id: str, save: Callable[[Database], Any]) -> None:
        db = self.sites[at]
        before = rows_of(db, member_id)
        save(db)
        self.ledger.wrote(at, before, rows_of(db, member_id))


def start(office: Database, laptops: list[Database], *, members_first: int = 2) -> World:
    """The office with a few members, and each laptop a full copy of it."""
    world = World([office, *laptops], Ledger(1 + len(laptops)))
    for seed in range(members_first):
        world.create(0, seed, contacts=("陈工",) if seed % 2 else ())
    for n, laptop in enumerate(laptops, start=1):
        sync.copy_out(office, laptop, CLERK)
        world.ledger.met(0, n)
    return world


# -- coming to rest, and the checks ----------------------------------------------------------


def settle(world: World) -> int:
    """Sync every laptop with the office, round after round, until a whole round brings nothing
    new; it must come to rest within QUIET_ROUNDS rounds. Returns the rounds it took."""
    for rounds in range(1, QUIET_ROUNDS + 1):
        quiet = True
        for laptop in range(1, len(world.sites)):
            quiet = world.sync(laptop, 0).nothing_new and quiet
        if quiet:
            return rounds
    pytest.fail(f"still not quiet after {QUIET_ROUNDS} rounds of syncs")


def check_converged(world: World) -> dict[Key, list[dict]]:
    """(a) every site holds the same data and the same audit trail, (b) no edit is lost,
    (c) a further sync changes nothing; the trails verify and search texts are up to date.
    Returns the conflict versions."""
    office, *laptops = world.sites
    expected, trail = data_of(office), trail_of(office)
    for laptop in laptops:
        held = data_of(laptop)
        assert held == expected, f"sites differ: {differences(expected, held)}"
        assert trail_of(laptop) == trail
    kept = check_nothing_lost(world, office)
    for i in range(1, len(world.sites)):
        assert world.sync(i, 0).nothing_new
        assert world.sync(0, i).nothing_new
    for db in world.sites:
        check_trail(db)
        check_search_text(db)
    return kept


def differences(a: dict[str, dict], b: dict[str, dict]) -> dict[str, dict]:
    """The records two sites hold differently, field by field (site a's value, site b's)."""
    found = {}
    for key in sorted(set(a) | set(b)):
        ra, rb = a.get(key, {}), b.get(key, {})
        if ra != rb:
            found[key] = {
                f: (ra.get(f), rb.get(f)) for f in ra.keys() | rb.keys() if ra.get(f) != rb.get(f)
            }
    return found


def check_nothing_lost(world: World, db: Database) -> dict[Key, list[dict]]:
    """Every standing write is the present value or is kept in a conflict of its record."""
    with db.engine.connect() as conn:
        present = {
            (t.name, r["id"]): dict(r)
            for t in (Member.__table__, Contact.__table__)
            for r in conn.execute(select(t)).mappings()
        }
        kept: dict[Key, list[dict]] = {}
        for c in conn.execute(select(SyncConflict.__table__)).mappings():
            versions = [json.loads(c["version_a"]), json.loads(c["version_b"])]
            kept.setdefault((c["entity"], c["entity_id"]), []).extend(versions)
    lost = []
    for w in world.ledger.standing():
        key = (w.entity, w.record)
        assert key in present, f"{key} never arrived at {db.display_name}"
        if value_of(present[key], w.field) == w.value:
            continue
        if not any(value_of(version, w.field) == w.value for version in kept.get(key, [])):
            lost.append(w)
    assert not lost, "edits lost:\n" + "\n".join(map(repr, lost))
    return kept


def trail_of(db: Database) -> set[tuple[str, int, str]]:
    with db.engine.connect() as conn:
        stmt = select(AuditEntry.site_id, AuditEntry.seq, AuditEntry.hash)
        return {(r.site_id, r.seq, r.hash) for r in conn.execute(stmt)}


def check_trail(db: Database) -> None:
    """The chains verify, and every entry is there exactly once (none applied twice)."""
    with UnitOfWork(db) as uow:
        report = audit.verify_chain(uow, CLERK)
        assert report.ok, report.problem
        entries = uow.session.scalar(select(func.count()).select_from(AuditEntry))
        distinct = uow.session.scalar(
            select(func.count()).select_from(
                select(AuditEntry.site_id, AuditEntry.seq).distinct().subquery()
            )
        )
        heads = uow.session.scalar(select(func.sum(AuditChainHead.last_seq)))
        assert entries == distinct == heads


def check_search_text(db: Database) -> None:
    """Every member's search text is what its present data and live contacts give."""
    with UnitOfWork(db) as uow:
        stale = [
            m.name
            for m in uow.session.scalars(select(Member))
            if members.refresh_search_text(m) is not None
        ]
    assert not stale, f"search text not rewritten after the sync: {stale}"


# -- sites made afresh (hypothesis runs many examples inside one test) ------------------------


@contextmanager
def seeded_ids(seed: int) -> Iterator[None]:
    """Site ids and record ids drawn from `seed`: they decide the order in which sync reads
    sites and rows, so an example runs the same way each time (and hypothesis can shrink it)."""
    rng = random.Random(seed)
    real = uuid.uuid4
    uuid.uuid4 = lambda: uuid.UUID(int=rng.getrandbits(128), version=4)
    try:
        yield
    finally:
        uuid.uuid4 = real


@contextmanager
def sqlite_sites(template: Path, count: int) -> Iterator[list[Database]]:
    """`count` migrated SQLite files, each with a site id of its own, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="helix-sync-world-"))
    made: list[Database] = []
    try:
        for n in range(count):
            path = folder / f"site{n}.sqlite"
            shutil.copy(template, path)
            db = Database(sqlite_url(path))
            with db.engine.begin() as conn:
                conn.execute(delete(SiteSetting))
            made.append(db)
        yield made
    finally:
        for db in made:
            db.dispose()
        shutil.rmtree(folder, ignore_errors=True)


KEPT_TABLES = {"alembic_version", "site_setting"}


@contextmanager
def postgres_office(url: str) -> Iterator[Database]:
    """The run's PostgreSQL database, empty (its site id stays), and emptied again afterwards
    for the tests that use it next."""
    db = Database(url)
    try:
        _empty(db)
        yield db
    finally:
        db.dispose()
        _empty(db)
        db.dispose()


def _empty(db: Database) -> None:
    names = [t.name for t in Base.metadata.sorted_tables if t.name not in KEPT_TABLES]
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {', '.join(names)} CASCADE"))
        conn.execute(text("DELETE FROM site_setting WHERE key <> 'site_id'"))
