"""Offline copies and sync (DESIGN §5): the public face of the sync subsystem.

A laptop's SQLite file is made a copy of the shared database (`copy_out`), works on its own,
and later `sync`s: each side receives the other's audit entries it has not seen (the audit
trail is the change log) together with the present state of every record they touch, in
batches that each commit the entries, the records and the chain heads (the watermarks) in one
transaction. A record changed on both sides since they last met is kept in both versions as a
`SyncConflict`; the service in app/services/conflicts.py resolves it."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from app.db import Database
from app.services.permissions import Action, Actor, require
from app.services.uow import UnitOfWork


@dataclass(frozen=True)
class CopyScope:
    """Which part of the shared database a copy holds: members in any of the regions, with any
    of the sectors, or in any of the alliances (by name), with what belongs to them (contacts,
    listings, matches, contracts, projects) and the records those depend on. Empty: all."""

    regions: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    alliances: tuple[str, ...] = ()

    @property
    def everything(self) -> bool:
        return not (self.regions or self.sectors or self.alliances)


@dataclass(frozen=True)
class Progress:
    """Where a long sync or copy is: `step` is "send", "receive" or "copy"; `done` of `total`
    records (total 0 while it is not known yet)."""

    step: str
    done: int
    total: int


ProgressFn = Callable[[Progress], None]
CancelledFn = Callable[[], bool]


@dataclass(frozen=True)
class SyncSummary:
    remote: str  # the other database as a clerk may see it (no password)
    started_at: datetime
    finished_at: datetime
    sent: int  # records sent to the other database
    received: int  # records received from it
    new_conflicts: int
    open_conflicts: int  # all conflicts still open here after the sync
    cancelled: bool  # stopped by the clerk; what was done is kept, a new sync goes on

    @property
    def nothing_new(self) -> bool:
        return not (self.sent or self.received or self.new_conflicts)


@dataclass(frozen=True)
class CopySummary:
    target: str  # the copy's file
    records: int
    scope: CopyScope
    series: str  # the copy's number series (in its contract numbers and listing references)
    refreshed: bool  # an existing copy was made again
    cancelled: bool = False  # stopped by the clerk: the file is as it was


@dataclass(frozen=True)
class CopyInfo:
    """What the status bar says about a local copy."""

    remote: str  # the database it is a copy of (no password)
    remote_site: str
    scope: CopyScope
    series: str
    copied_at: datetime
    last_sync: datetime | None
    unsent: int  # changes made here that the shared database has not received yet
    open_conflicts: int = 0
    extra: dict[str, str] = field(default_factory=dict)


def copy_info(db: Database) -> CopyInfo | None:
    """The copy this database is, or None (the shared database, or a database of its own)."""
    from app.services import sync_state

    with UnitOfWork(db) as uow:
        return sync_state.copy_info(uow)


def open_remote(url: str) -> Database:
    """Open the other database for a sync or a copy, never upgrading it (a laptop must not
    migrate the office's database); DomainError with a clear message when it cannot be
    reached or its schema differs from this Helix's."""
    from app.services import sync_state

    return sync_state.open_remote(url)


def check_schemas(local: Database, remote: Database) -> None:
    """Refuse (DomainError) when the two databases are not at the same schema revision, saying
    which one must be upgraded first; changes nothing."""
    from app.services import sync_state

    sync_state.check_schemas(local, remote)


def sync(
    local: Database,
    remote: Database,
    by: Actor,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> SyncSummary:
    """Send the local changes the remote has not received, then receive the remote's changes
    the local database has not seen. Safe to run again at any time; killed half-way, the next
    run ends in the same state."""
    require(by, Action.SYNC)
    from app.services import sync_run

    return sync_run.sync(local, remote, by, progress=progress, cancelled=cancelled)


def copy_out(
    remote: Database,
    target: Database,
    by: Actor,
    scope: CopyScope = CopyScope(),
    *,
    series: str | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> CopySummary:
    """Make `target` (a SQLite database: new, or an earlier copy of `remote` with nothing left to
    send) a copy of `remote` or of the part `scope` chooses. The copy gets its own number series
    (`series`, or one made from its site id) so that numbers made offline never collide."""
    require(by, Action.COPY_OUT)
    from app.services import sync_copy

    return sync_copy.copy_out(
        remote, target, by, scope, series=series, progress=progress, cancelled=cancelled
    )
