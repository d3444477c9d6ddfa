"""Making (or making again) a laptop's local copy of the shared database (DESIGN §5).

In one transaction of the copy: every record of the part chosen, with the pointers to the
entries that made them; the whole audit trail with its chain heads (so the copy's watermarks
are the shared database's, and its own chain, when it is an earlier copy made again, comes
back whole); and what the copy is: the database it copies, its part, when, and its number
series. Cancelled, the transaction rolls back and the file is as it was."""

import re
from collections.abc import Iterator

from sqlalchemy import Connection, delete, func, select, text
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import DomainError
from app.models import AuditChainHead, AuditEntry, SiteSetting, SyncRowState, SyncRun, utcnow
from app.services import sync_state
from app.services.credentials import split_password
from app.services.numbering import SERIES_SETTING
from app.services.permissions import Actor
from app.services.sync import CancelledFn, CopyScope, CopySummary, Progress, ProgressFn
from app.services.sync_run import _snapshot, interrupted_plainly
from app.services.sync_scope import ScopeRules, scope_alliance_ids
from app.services.sync_tables import foreign_keys, synced_tables, table
from app.services.uow import UnitOfWork
from app.services.users import DEMO_SETTING

CHUNK = 1000
SERIES_PATTERN = re.compile(r"^[A-Z0-9]{1,6}$")


class _Cancelled(Exception):
    pass


def copy_out(
    remote: Database,
    target: Database,
    by: Actor,
    scope: CopyScope,
    *,
    series: str | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> CopySummary:
    sync_state.check_schemas(target, remote)
    if not target.is_sqlite:
        raise DomainError(
            "A local copy is a SQLite file on this computer; {url} is not one.",
            url=target.display_name,
        )
    started = utcnow()
    with UnitOfWork(target) as uow:
        refreshed = _check_target(uow, target, remote)
        chosen_series = _series(uow, series, target.site_id)
    with interrupted_plainly(remote), _snapshot(remote) as source, UnitOfWork(target) as uow:
        uow.session.info["actor"] = by
        chosen = None if scope.everything else chosen_ids(source, scope)
        total = _count(source, chosen)
        report = _Reporter(total, progress, cancelled)
        uow.session.execute(text("PRAGMA defer_foreign_keys = ON"))  # checked at commit
        try:
            if refreshed:
                _empty(uow.session)
            records = _copy_rows(source, uow.session, chosen, report)
            _copy_trail(source, uow.session, chosen, report)
        except _Cancelled:
            return CopySummary(target.display_name, 0, scope, chosen_series, refreshed, True)
        _describe(uow, remote, scope, chosen_series, target.site_id)
        _keep_demo_mark(source, uow)
        uow.session.add(
            SyncRun(
                kind="copy",
                remote=remote.display_name,
                remote_site=remote.site_id,
                started_at=started,
                finished_at=utcnow(),
                received=records,
                outcome="done",
            )
        )
        uow.commit()
    return CopySummary(target.display_name, records, scope, chosen_series, refreshed)


def _check_target(uow: UnitOfWork, target: Database, remote: Database) -> bool:
    """True when the target is an earlier copy of `remote` to make again; refuses a database of
    its own, a copy of another one, or a copy with changes not sent yet."""
    copy_of_site = sync_state.setting(uow, sync_state.COPY_OF_SITE)
    if copy_of_site is None:
        if sync_state.has_records(uow) or uow.session.scalar(select(func.count(AuditEntry.id))):
            raise DomainError(
                "{path} already holds a database of its own, not a copy of {remote}. Choose "
                "another file for the copy (nothing was changed).",
                path=target.display_name,
                remote=remote.display_name,
            )
        return False
    if copy_of_site != remote.site_id:
        raise DomainError(
            "{path} is a copy of another database, not of {remote}. Choose another file for the "
            "copy (nothing was changed).",
            path=target.display_name,
            remote=remote.display_name,
        )
    own = sync_state.known_sites(uow).get(target.site_id, 0)
    with remote.engine.connect() as conn:
        heads = table(AuditChainHead.__tablename__)
        seen = conn.scalar(select(heads.c.last_seq).where(heads.c.site_id == target.site_id)) or 0
    if own > seen:
        raise DomainError(
            "The copy {path} has changes the shared database has not received yet. Sync first, "
            "then make the copy again (nothing was changed).",
            path=target.display_name,
        )
    return True


def _series(uow: UnitOfWork, wanted: str | None, site_id: str) -> str:
    current = sync_state.setting(uow, SERIES_SETTING)
    if wanted is None:
        return current or "L" + site_id.replace("-", "")[:4].upper()
    series = wanted.strip().upper()
    if not SERIES_PATTERN.match(series):
        raise DomainError(
            "The number series “{series}” must be 1 to 6 letters or digits, like L2 or FAIR1.",
            series=wanted,
        )
    return series


def _describe(
    uow: UnitOfWork, remote: Database, scope: CopyScope, series: str, site_id: str
) -> None:
    sync_state.put_setting(uow, sync_state.COPY_OF, split_password(remote.url)[0])
    sync_state.put_setting(uow, sync_state.COPY_OF_SITE, remote.site_id)
    sync_state.put_setting(uow, sync_state.COPY_SCOPE, sync_state.scope_to_json(scope))
    sync_state.put_setting(uow, sync_state.COPIED_AT, utcnow().isoformat())
    sync_state.put_setting(uow, SERIES_SETTING, series)
    own = sync_state.known_sites(uow).get(site_id, 0)
    sync_state.put_setting(uow, sync_state.SENT_UP_TO, str(own))


def _keep_demo_mark(source: Connection, uow: UnitOfWork) -> None:
    """A copy of the demo database signs in as its demo user too."""
    settings = table(SiteSetting.__tablename__)
    stmt = select(settings.c.value).where(settings.c.key == DEMO_SETTING)
    if source.scalar(stmt) == "1":
        sync_state.put_setting(uow, DEMO_SETTING, "1")


# -- choosing a part -------------------------------------------------------------------------


def chosen_ids(source: Connection, scope: CopyScope) -> dict[str, set[str]]:
    """The ids of every record of the part, and of the records they refer to."""
    rules = ScopeRules(scope, scope_alliance_ids(source, scope))
    rules.load_owned(source)
    skeleton = {t.name: _skeleton(source, t.name) for t in synced_tables()}
    held: dict[str, set[str]] = {name: set() for name in skeleton}

    def is_held(key: tuple[str, str]) -> bool:
        return key[1] in held.get(key[0], ())

    changed = True
    while changed:  # what belongs, then what that refers to, until nothing more comes
        changed = False
        for name, rows in skeleton.items():
            for row in rows:
                if row["id"] not in held[name] and rules.belongs(name, row, is_held):
                    held[name].add(row["id"])
                    changed = True
        changed = _add_parents(skeleton, held) or changed
    return held


def _skeleton(source: Connection, name: str) -> list[dict[str, str]]:
    t = table(name)
    columns = ["id", *(fk.column for fk in foreign_keys(name))]
    if name == "member":
        columns += ["region", "sectors"]
    if name == "sync_conflict":
        columns += ["entity", "entity_id"]
    return [dict(r) for r in source.execute(select(*(t.c[c] for c in columns))).mappings()]


def _add_parents(skeleton: dict[str, list[dict[str, str]]], held: dict[str, set[str]]) -> bool:
    added = False
    by_id = {name: {r["id"]: r for r in rows} for name, rows in skeleton.items()}
    queue = [(name, i) for name, ids in held.items() for i in ids]
    while queue:
        name, row_id = queue.pop()
        row = by_id[name].get(row_id)
        for fk in foreign_keys(name) if row else ():
            parent = row[fk.column] if row else None
            if parent and parent not in held[fk.parent]:
                held[fk.parent].add(parent)
                queue.append((fk.parent, parent))
                added = True
    return added


# -- copying ---------------------------------------------------------------------------------


class _Reporter:
    def __init__(self, total: int, progress: ProgressFn | None, cancelled: CancelledFn | None):
        self.total, self.done = total, 0
        self.progress, self.cancelled = progress, cancelled

    def step(self, count: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise _Cancelled
        self.done += count
        if self.progress:
            self.progress(Progress("copy", min(self.done, self.total), self.total))


def _count(source: Connection, chosen: dict[str, set[str]] | None) -> int:
    if chosen is not None:
        rows = sum(len(ids) for ids in chosen.values())
    else:
        rows = sum(source.scalar(select(func.count()).select_from(t)) or 0 for t in synced_tables())
    return rows + (source.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def _empty(session: Session) -> None:
    for t in reversed(synced_tables()):
        session.execute(delete(t))
    for model in (SyncRowState, AuditEntry, AuditChainHead):
        session.execute(delete(model))


def _copy_rows(
    source: Connection, session: Session, chosen: dict[str, set[str]] | None, report: _Reporter
) -> int:
    copied = 0
    for t in synced_tables():
        for rows in _rows_of(source, t.name, None if chosen is None else chosen[t.name]):
            session.execute(t.insert(), rows)
            copied += len(rows)
            report.step(len(rows))
    state = table(SyncRowState.__tablename__)
    for rows in _batches(source.execute(select(state)).mappings()):
        keep = [r for r in rows if chosen is None or r["entity_id"] in chosen.get(r["entity"], ())]
        if keep:
            session.execute(state.insert(), keep)
    return copied


def _rows_of(source: Connection, name: str, ids: set[str] | None) -> Iterator[list[dict]]:
    t = table(name)
    if ids is None:
        stmt = select(t).order_by(t.c.id).execution_options(yield_per=CHUNK)
        yield from _batches(source.execute(stmt).mappings())
        return
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        part = ordered[start : start + CHUNK]
        yield [dict(r) for r in source.execute(select(t).where(t.c.id.in_(part))).mappings()]


def _batches(result: object) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in result:  # type: ignore[attr-defined]
        batch.append(dict(row))
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def _copy_trail(
    source: Connection, session: Session, chosen: dict[str, set[str]] | None, report: _Reporter
) -> None:
    """The whole audit trail and its chain heads: the copy's watermarks."""
    entries = table(AuditEntry.__tablename__)
    stmt = select(entries).order_by(entries.c.site_id, entries.c.seq)
    stmt = stmt.execution_options(yield_per=CHUNK)
    for rows in _batches(source.execute(stmt).mappings()):
        session.execute(entries.insert(), rows)
        report.step(len(rows))
    heads = table(AuditChainHead.__tablename__)
    rows = [dict(r) for r in source.execute(select(heads)).mappings()]
    if rows:
        session.execute(heads.insert(), rows)
