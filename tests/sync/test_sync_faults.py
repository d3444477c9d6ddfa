"""Fault injection (issue 8): a sync that fails at some batch, or whose process is killed, is
run again and ends where an uninterrupted sync ends: the sites agree, every edit arrived (or is
kept in a conflict), nothing was applied twice and the audit chains verify.

Batches are made tiny (2 entries) so that a few dozen edits make many batches each way."""

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import DomainError
from app.models import Contact, Member, SyncConflict
from app.services import sync, sync_apply, sync_run, sync_state
from app.services.uow import UnitOfWork
from tests.sync.world import World, check_converged, settle, sqlite_sites, start, trail_of

ROOT = Path(__file__).resolve().parents[2]
TINY_BATCH = 2


class Injected(Exception):
    """The fault these tests raise."""


# -- the edits of one trade fair, and what they end as -----------------------------------------


def fair_and_office_edits(world: World) -> None:
    """Offline work on the laptop (site 1) and, meanwhile, at the office (site 0): new members
    on both sides, and edits of shared members that make edit conflicts (a field on both sides;
    a contact removed at the fair and edited at the office)."""
    for seed in range(8):
        world.create(1, seed, contacts=("王工", "李经理") if seed % 2 else ("王工",))
    world.change(1, 0, city="东莞市")
    world.change_contacts(1, 1, None, "add", "Zhang Wei")
    world.change_contacts(1, 3, 0, "remove")
    world.archive_or_restore(1, 2)
    world.change(0, 0, website="https://office.example", city="广州市")
    world.change_contacts(0, 3, 0, "phone", "0755 2345 6789")
    world.change(0, 1, description="固态电池电解质")
    for seed in range(6):
        world.create(0, 10 + seed, contacts=("陈工",))


def after_the_failure(world: World) -> None:
    """The clerk goes on working on the laptop before syncing again."""
    world.change(1, 4, city="佛山市", keywords=["锂电池"])


def outcome(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """What a clerk would see, without ids and times (which differ between two runs)."""
    with db.engine.connect() as conn:
        names = {r.id: r.name for r in conn.execute(select(Member.id, Member.name))}
        member_rows = conn.execute(
            select(
                Member.name,
                Member.city,
                Member.website,
                Member.description,
                Member.keywords,
                Member.status,
            )
        ).all()
        contacts = conn.execute(
            select(
                Contact.member_id,
                Contact.name,
                Contact.phone,
                Contact.title,
                Contact.deleted_at.is_(None),
            )
        ).all()
        conflicts = conn.execute(
            select(SyncConflict.kind, SyncConflict.entity, SyncConflict.label, SyncConflict.status)
        ).all()
        return {
            "members": sorted(tuple(map(str, r)) for r in member_rows),
            "contacts": sorted((names[r[0]], *map(str, r[1:])) for r in contacts),
            "conflicts": sorted(tuple(map(str, r)) for r in conflicts),
        }


@dataclass(frozen=True)
class Uninterrupted:
    outcome: dict[str, list[tuple[Any, ...]]]
    sent_batches: int  # batches of the first sync's sending leg
    batches: int  # batches of both legs


@pytest.fixture(scope="module")
def uninterrupted(sqlite_template: Path) -> Uninterrupted:
    """The same edits synced without a fault, with tiny batches too."""
    receivers: list[str] = []
    real_store = sync_run._store_entries

    def store(session: Session, entries: list[dict], known: dict[str, int]) -> None:
        receivers.append(str(session.get_bind().url))
        real_store(session, entries, known)

    with sqlite_sites(sqlite_template, 2) as sites, pytest.MonkeyPatch.context() as mp:
        mp.setattr(sync_run, "BATCH_ENTRIES", TINY_BATCH)
        world = start(sites[0], sites[1:], members_first=4)
        fair_and_office_edits(world)
        mp.setattr(sync_run, "_store_entries", store)
        world.sync(1, 0)
        mp.setattr(sync_run, "_store_entries", real_store)
        after_the_failure(world)
        settle(world)
        check_converged(world)
        result = Uninterrupted(outcome(sites[0]), receivers.count(sites[0].url), len(receivers))
    assert result.outcome["conflicts"], "the edits make conflicts, for the faults to hit them"
    assert 8 <= result.sent_batches <= result.batches - 8, "many batches each way"
    return result


@pytest.fixture
def fair(office: Database, new_site: Callable[[str], Database]) -> World:
    world = start(office, [new_site("laptop")], members_first=4)
    fair_and_office_edits(world)
    return world


# -- faults inside the process -----------------------------------------------------------------


class Fault:
    """Fails the k-th batch (counting both legs of the sync) at one point."""

    def __init__(self, point: str, k: int, office: Database) -> None:
        self.point, self.k, self.office = point, k, office
        self.calls = 0

    @property
    def fired(self) -> bool:
        return self.calls >= self.k

    def install(self, mp: pytest.MonkeyPatch) -> None:
        mp.setattr(sync_run, "BATCH_ENTRIES", TINY_BATCH)
        if self.point == "apply":
            real_apply = sync_apply.Applier.apply

            def apply(applier: sync_apply.Applier, incoming: sync_apply.Incoming) -> Any:
                self._count(applier.session)  # before anything of the batch is written
                return real_apply(applier, incoming)

            mp.setattr(sync_apply.Applier, "apply", apply)
            return
        real_store = sync_run._store_entries

        def store(session: Session, entries: list[dict], known: dict[str, int]) -> None:
            real_store(session, entries, known)
            self._count(session)  # the batch is written, not yet committed

        mp.setattr(sync_run, "_store_entries", store)

    def _count(self, session: Session) -> None:
        self.calls += 1
        if self.calls != self.k:
            return
        if self.point != "drop":
            raise Injected(f"{self.point} fault at batch {self.k}")
        if self.office.engine.dialect.name == "postgresql":
            # The server ends every connection of the sync: the receiving transaction when
            # sending, the sender's snapshot when receiving.
            with self.office.engine.connect() as conn:
                _terminate_others(conn)
            return
        raise OperationalError(  # what a SQLite file's connection says when it is gone
            "COMMIT", {}, sqlite3.OperationalError("disk I/O error"), connection_invalidated=True
        )


def _terminate_others(conn: Connection) -> None:
    conn.execute(
        text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
    )


# Where the failing batch is, as a share of the uninterrupted sync's batches (both legs): the
# first, the sending leg's middle and last, the first received, the receiving leg's last.
WHERE = {"first": 0.0, "sending": 0.5, "last sent": None, "first received": None, "last": 1.0}


def kth_batch(where: str, run: Uninterrupted) -> int:
    if where == "last sent":
        return run.sent_batches
    if where == "first received":
        return run.sent_batches + 1
    share = WHERE[where]
    assert share is not None
    return max(
        1, round(share * run.sent_batches) if where == "sending" else round(share * run.batches)
    )


@pytest.mark.parametrize("where", list(WHERE))
@pytest.mark.parametrize("point", ["apply", "store", "drop"])
def test_a_sync_failing_at_any_batch_ends_as_if_uninterrupted_when_run_again(
    fair: World,
    uninterrupted: Uninterrupted,
    point: str,
    where: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    office = fair.sites[0]
    fault = Fault(point, kth_batch(where, uninterrupted), office)
    with monkeypatch.context() as mp:
        fault.install(mp)
        with pytest.raises((Injected, DomainError)) as failure:
            fair.sync(1, 0)
    assert fault.fired
    if point == "drop":  # a clerk reads a plain message, not a traceback
        assert isinstance(failure.value, DomainError), repr(failure.value)
        assert re.search(r"[Cc]onnection .*was lost", str(failure.value)), str(failure.value)
    monkeypatch.setattr(sync_run, "BATCH_ENTRIES", TINY_BATCH)
    after_the_failure(fair)
    settle(fair)
    check_converged(fair)
    assert outcome(office) == uninterrupted.outcome


def test_a_sync_failing_after_its_last_batch_is_finished_by_the_next_one(
    fair: World, uninterrupted: Uninterrupted, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both legs committed, then the laptop's own bookkeeping (what the office confirmed, the
    run's record) fails: the next sync has nothing to move and sets the bookkeeping right."""
    laptop = fair.sites[1]
    real_put = sync_state.put_setting

    def put(uow: UnitOfWork, key: str, value: str) -> None:
        if key == sync_state.SENT_UP_TO:
            raise Injected("bookkeeping fault")
        real_put(uow, key, value)

    monkeypatch.setattr(sync_run, "BATCH_ENTRIES", TINY_BATCH)
    with monkeypatch.context() as mp:
        mp.setattr(sync_state, "put_setting", put)
        with pytest.raises(Injected):
            fair.sync(1, 0)
    info = sync.copy_info(laptop)
    assert info is not None and info.last_sync is None and info.unsent > 0
    again = fair.sync(1, 0)
    assert again.sent == 0
    info = sync.copy_info(laptop)
    assert info is not None and info.last_sync is not None and info.unsent == 0
    after_the_failure(fair)
    settle(fair)
    check_converged(fair)
    assert outcome(fair.sites[0]) == uninterrupted.outcome


# -- a real kill -------------------------------------------------------------------------------

SYNC_SCRIPT = """
import sys, time
from app.db import Database
from app.services import sync, sync_run
from tests.sync.conftest import CLERK

laptop, office, pause = sys.argv[1], sys.argv[2], float(sys.argv[3])
sync_run.BATCH_ENTRIES = int(sys.argv[4])
real_store = sync_run._store_entries
batches = 0

def store(session, entries, known):
    global batches
    real_store(session, entries, known)
    batches += 1
    print(f"stored batch {batches}", flush=True)
    time.sleep(pause)  # before the batch commits

sync_run._store_entries = store
sync.sync(Database(laptop), Database(office), CLERK)
print("done", flush=True)
"""


@pytest.fixture
def sync_process(fair: World) -> Iterator[Callable[[], subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []

    def run() -> subprocess.Popen[str]:
        laptop, office = fair.sites[1], fair.sites[0]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        process = subprocess.Popen(
            [sys.executable, "-c", SYNC_SCRIPT, laptop.url, office.url, "0.02", str(TINY_BATCH)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        started.append(process)
        return process

    yield run
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)


# (batch after which to kill, extra wait): the first batch before it commits; a batch of the
# sending leg just after its commit (the next one under way); one of the receiving leg
# (batch 15 of some 23) inside its pause.
@pytest.mark.parametrize(("batch", "wait"), [(1, 0.0), (6, 0.035), (15, 0.005)])
def test_a_sync_process_killed_mid_way_converges_when_run_again(
    fair: World,
    uninterrupted: Uninterrupted,
    sync_process: Callable[[], subprocess.Popen[str]],
    monkeypatch: pytest.MonkeyPatch,
    batch: int,
    wait: float,
) -> None:
    process = sync_process()
    assert process.stdout is not None
    deadline = time.monotonic() + 30
    for line in process.stdout:
        if line.strip() == f"stored batch {batch}" or time.monotonic() > deadline:
            break
    time.sleep(wait)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL, process.stderr.read() if process.stderr else ""
    assert trail_of(fair.sites[0]) != trail_of(fair.sites[1])  # killed with work left to do
    fair.sites[0].engine.dispose()  # connections from before the kill (as a new process would)
    fair.sites[1].engine.dispose()
    monkeypatch.setattr(sync_run, "BATCH_ENTRIES", TINY_BATCH)
    after_the_failure(fair)
    settle(fair)
    check_converged(fair)
    assert outcome(fair.sites[0]) == uninterrupted.outcome
