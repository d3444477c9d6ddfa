"""One sync between two databases: send, then receive, batch by batch (DESIGN §5).

A batch takes the next audit entries the receiving side has not seen (a prefix of each site's
chain past its watermark), the present state of every record they touch, and applies them in
one transaction of the receiving database together with the entries and the new chain heads,
its watermarks. The sending side is read in one snapshot per batch. Killed at any point, a
sync leaves whole batches behind, and the next run carries on from the watermarks."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, tuple_
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import DatabaseUnavailableError, DomainError
from app.models import AuditChainHead, AuditEntry, SyncConflict, SyncRowState, SyncRun, utcnow
from app.services import sync_state
from app.services.import_common import chunks
from app.services.permissions import Actor
from app.services.sync import CancelledFn, Progress, ProgressFn, SyncSummary
from app.services.sync_apply import Applier, Incoming, Key, WantedFn
from app.services.sync_scope import ScopeRules, scope_alliance_ids
from app.services.sync_tables import NO_POINTER, Pointer, Row, table
from app.services.uow import UnitOfWork

BATCH_ENTRIES = 2000


@dataclass
class Leg:
    records: int = 0
    conflicts: int = 0
    cancelled: bool = False


def sync(
    local: Database,
    remote: Database,
    by: Actor,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> SyncSummary:
    sync_state.check_schemas(local, remote)
    started = utcnow()
    with interrupted_plainly(remote):
        sent = transfer(local, remote, by, "send", progress=progress, cancelled=cancelled)
        received = Leg(cancelled=True)
        if not sent.cancelled:
            received = transfer(
                remote,
                local,
                by,
                "receive",
                wanted=_partial_rules(local),
                progress=progress,
                cancelled=cancelled,
            )
    outcome = "cancelled" if received.cancelled else "done"
    with UnitOfWork(local) as uow:
        remote_knows = _heads(remote).get(local.site_id, 0)
        sync_state.put_setting(uow, sync_state.SENT_UP_TO, str(remote_knows))
        finished = utcnow()
        uow.session.add(
            SyncRun(
                kind="sync",
                remote=remote.display_name,
                remote_site=remote.site_id,
                started_at=started,
                finished_at=finished,
                sent=sent.records,
                received=received.records,
                conflicts=sent.conflicts + received.conflicts,
                outcome=outcome,
            )
        )
        uow.commit()
        open_now = sync_state.open_conflicts(uow)
    return SyncSummary(
        remote=remote.display_name,
        started_at=started,
        finished_at=finished,
        sent=sent.records,
        received=received.records,
        new_conflicts=sent.conflicts + received.conflicts,
        open_conflicts=open_now,
        cancelled=outcome == "cancelled",
    )


@contextmanager
def interrupted_plainly(remote: Database) -> Iterator[None]:
    """A sync cut off half-way keeps every batch it finished; the clerk runs it again (a copy
    cut off keeps nothing: it is one transaction)."""
    try:
        yield
    except IntegrityError as exc:
        raise DomainError(
            "Another sync with {url} changed the same records at the same moment. What was "
            "synced so far is kept; run the sync again.",
            url=remote.display_name,
        ) from exc
    except DBAPIError as exc:
        raise DatabaseUnavailableError(
            "The connection to {url} was lost during the sync ({reason}). What was synced so "
            "far is kept; check the network and run the sync again.",
            url=remote.display_name,
            reason=str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc),
        ) from exc


def _partial_rules(local: Database) -> WantedFn | None:
    with UnitOfWork(local) as uow:
        scope = sync_state.copy_scope(uow)
        if scope is None or scope.everything:
            return None
        conn = uow.session.connection()
        rules = ScopeRules(scope, scope_alliance_ids(conn, scope))
        rules.load_owned(conn)
    return rules.belongs


def transfer(
    src: Database,
    dst: Database,
    by: Actor,
    step: str,
    *,
    wanted: WantedFn | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Leg:
    """Bring `dst` up to date with everything `src` knows, batch by batch."""
    leg = Leg()
    done, total = 0, 0
    first = True
    while True:
        if cancelled is not None and cancelled():
            leg.cancelled = True
            return leg
        with _snapshot(src) as source, _writing(dst, by) as session:
            sites = _heads_of(source)
            known = _lock_heads(session, [s for s in sites if s != dst.site_id])
            if first:
                total = sum(max(0, last - known.get(site, 0)) for site, last in sites.items())
                first = False
                if progress:
                    progress(Progress(step, 0, total))
            entries = _next_entries(source, sites, known, dst.site_id)
            if not entries:
                return leg
            keys = list(dict.fromkeys((e["entity"], e["entity_id"]) for e in entries))
            rows, pointers = fetch_states(source, keys)
            applier = Applier(session, known, lambda ks: fetch_states(source, ks), wanted)
            outcome = applier.apply(Incoming(rows, pointers, sites))
            _store_entries(session, entries, known)
            session.commit()
        leg.records += sum(1 for name, _id in keys if name != SyncConflict.__tablename__)
        leg.conflicts += outcome.conflicts
        done += len(entries)
        if progress:
            progress(Progress(step, min(done, total), total))


@contextmanager
def _snapshot(db: Database) -> Iterator[Connection]:
    """The sending side, read in one consistent snapshot."""
    with db.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


@contextmanager
def _writing(db: Database, by: Actor) -> Iterator[Session]:
    """The receiving side's transaction; conflicts it records are audited in `by`'s name."""
    with UnitOfWork(db) as uow:
        uow.session.info["actor"] = by
        yield uow.session


def _heads(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return _heads_of(conn)


def _heads_of(conn: Connection) -> dict[str, int]:
    heads = table(AuditChainHead.__tablename__)
    return {r.site_id: r.last_seq for r in conn.execute(select(heads.c.site_id, heads.c.last_seq))}


def _lock_heads(session: Session, sites: list[str]) -> dict[str, int]:
    """This side's watermarks, those that the batch may move locked (a second sync of the same
    sites waits, then sees what the first one did)."""
    heads = table(AuditChainHead.__tablename__)
    known = {
        r.site_id: r.last_seq for r in session.execute(select(heads.c.site_id, heads.c.last_seq))
    }
    stmt = select(heads.c.site_id, heads.c.last_seq).where(heads.c.site_id.in_(sites))
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    known.update({r.site_id: r.last_seq for r in session.execute(stmt)})
    return known


def _next_entries(
    source: Connection, sites: dict[str, int], known: dict[str, int], own_site: str
) -> list[Row]:
    """Up to BATCH_ENTRIES entries, continuing each site's chain where `known` stops."""
    entries = table(AuditEntry.__tablename__)
    found: list[Row] = []
    for site in sorted(sites):
        room = BATCH_ENTRIES - len(found)
        start = known.get(site, 0)
        if room <= 0:
            break
        if site == own_site or sites[site] <= start:
            continue
        stmt = (
            select(entries)
            .where(entries.c.site_id == site, entries.c.seq > start, entries.c.seq <= sites[site])
            .order_by(entries.c.seq)
            .limit(room)
        )
        found += [dict(r) for r in source.execute(stmt).mappings()]
    return found


def fetch_states(source: Connection, keys: list[Key]) -> tuple[dict[Key, Row], dict[Key, Pointer]]:
    """The present rows of these records and the pointers to the entries that made them."""
    rows: dict[Key, Row] = {}
    by_table: dict[str, list[str]] = {}
    for name, row_id in keys:
        by_table.setdefault(name, []).append(row_id)
    for name, ids in by_table.items():
        if name not in _synced_names():
            continue
        t = table(name)
        for chunk in chunks(ids):
            for row in source.execute(select(t).where(t.c.id.in_(chunk))).mappings():
                rows[(name, row["id"])] = dict(row)
    pointers: dict[Key, Pointer] = {}
    state = table(SyncRowState.__tablename__)
    wanted = list(rows)
    for start in range(0, len(wanted), 400):
        part = wanted[start : start + 400]
        stmt = select(state).where(tuple_(state.c.entity, state.c.entity_id).in_(part))
        for r in source.execute(stmt):
            pointers[(r.entity, r.entity_id)] = (r.site_id, r.seq)
    for key in rows:
        pointers.setdefault(key, NO_POINTER)
    return rows, pointers


def _synced_names() -> set[str]:
    from app.services.sync_tables import synced_tables

    return {t.name for t in synced_tables()}


def _store_entries(session: Session, entries: list[Row], known: dict[str, int]) -> None:
    """The batch's entries, and the chain heads (watermarks) moved past them."""
    session.execute(insert(table(AuditEntry.__tablename__)), entries)
    last: dict[str, Row] = {}
    for entry in entries:
        last[entry["site_id"]] = entry
    for site, entry in last.items():
        head = session.get(AuditChainHead, site)
        if head is None:
            session.add(
                AuditChainHead(site_id=site, last_seq=entry["seq"], last_hash=entry["hash"])
            )
        else:
            head.last_seq, head.last_hash = entry["seq"], entry["hash"]
    session.flush()
