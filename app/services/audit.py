"""The audit trail: every change of a domain record, written in the same transaction, chained.

`record_flush` runs inside every flush (a session hook in app/services/uow.py) and turns the
ORM's change history into entries; `record_inserts` does the same for bulk inserts (import,
demo). `verify_chain` walks each site's chain and names the first entry that does not fit."""

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, inspect, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import RelationshipDirection, Session
from sqlalchemy.orm.base import NO_VALUE

from app.models import (
    AllianceMembership,
    AuditAction,
    AuditChainHead,
    AuditEntry,
    Base,
    Contact,
    ContractClause,
    ContractIssue,
    ContractParty,
    ContractRevision,
    ContractSignature,
    Evaluation,
    ListingVerification,
    Milestone,
    MilestoneMove,
    PaymentInstalment,
    ProjectEntry,
    SyncMixin,
    SyncRowState,
    new_id,
    utcnow,
)
from app.services.permissions import Action, Actor, require

if TYPE_CHECKING:
    from app.services.uow import UnitOfWork

# Bookkeeping columns every syncable row carries; they say nothing a reader of the history needs.
NOT_AUDITED = {
    "id",
    "version",
    "created_at",
    "updated_at",
    "updated_by",
    "origin_site",
    "search_text",
    "name_key",
}
SECRET = {"password_hash"}
EMPTY = "{}"  # an entry for a change of bookkeeping columns only; readers of the history skip it
HIDDEN = "•••"


def plain_value(value: Any) -> Any:
    """A value as the history shows it (and JSON holds it): files as their size and hash."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):  # a stored file (an issued PDF, a scan): its size and hash
        return f"{len(value)} bytes, SHA-256 {hashlib.sha256(value).hexdigest()}"
    return value


def _entity(obj: SyncMixin) -> str:
    return obj.__table__.name  # type: ignore[attr-defined,no-any-return]


def _columns(obj: SyncMixin) -> list[str]:
    return [c.key for c in inspect(obj).mapper.column_attrs if c.key not in NOT_AUDITED]


def _shown(key: str, value: Any) -> Any:
    return HIDDEN if key in SECRET and value is not None else plain_value(value)


def _linked_keys(obj: SyncMixin) -> dict[str, Any]:
    """Foreign keys that the flush copies from a related object only later: a contact appended
    to `member.contacts` has no member_id yet when this hook runs."""
    state = inspect(obj)
    mapper = state.mapper
    keys: dict[str, Any] = {}
    for rel in mapper.relationships:
        if rel.direction is not RelationshipDirection.MANYTOONE:
            continue
        related = state.attrs[rel.key].loaded_value
        if related is NO_VALUE or related is None:
            continue
        for local, remote in rel.local_remote_pairs:
            keys[mapper.get_property_by_column(local).key] = getattr(related, remote.key)
    return keys


def _insert_changes(obj: SyncMixin) -> dict[str, list[Any]]:
    values = {key: getattr(obj, key) for key in _columns(obj)}
    for key, value in _linked_keys(obj).items():
        if values.get(key) is None and key in values:
            values[key] = value
    return {k: [None, _shown(k, v)] for k, v in values.items() if v not in (None, "")}


def _update_changes(obj: SyncMixin) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for key in _columns(obj):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        before = history.deleted[0] if history.deleted else None
        after = history.added[0] if history.added else None
        if plain_value(before) != plain_value(after):
            changes[key] = [_shown(key, before), _shown(key, after)]
    return changes


def _action(changes: dict[str, list[Any]]) -> AuditAction:
    if "deleted_at" in changes and changes["deleted_at"][1] is not None:
        return AuditAction.DELETE
    if "status" in changes:
        return AuditAction.STATUS
    return AuditAction.UPDATE


@dataclass
class _Pending:
    entity: str
    entity_id: str
    action: AuditAction
    changes: dict[str, list[Any]]


def record_flush(session: Session, actor: str) -> None:
    """Entries for every syncable row this flush inserts, changes or deletes."""
    pending: list[_Pending] = []
    new = [obj for obj in session.new if isinstance(obj, SyncMixin)]
    for obj in new:  # ids first: a new contact's entry names its new member's id
        if obj.id is None:
            obj.id = new_id()
    for obj in new:
        pending.append(_Pending(_entity(obj), obj.id, AuditAction.INSERT, _insert_changes(obj)))
    for obj in session.dirty:
        if isinstance(obj, SyncMixin) and session.is_modified(obj, include_collections=False):
            # A change of bookkeeping alone (a member's search text after a contact changed)
            # still gets an entry, with no changes to show: sync carries the row by its entries.
            changes = _update_changes(obj)
            pending.append(_Pending(_entity(obj), obj.id, _action(changes), changes))
    for obj in session.deleted:
        if isinstance(obj, SyncMixin):
            before = {k: [_shown(k, getattr(obj, k)), None] for k in _columns(obj)}
            pending.append(_Pending(_entity(obj), obj.id, AuditAction.DELETE, before))
    if pending:
        _append(session, actor, pending)


def record_inserts(session: Session, actor: str, entity: str, rows: list[dict[str, Any]]) -> None:
    """Entries for rows written by a bulk INSERT (which bypasses the flush hook). Built for
    speed: an import of 50,000 members writes some 135,000 entries."""
    if not rows:
        return
    keys = [k for k in rows[0] if k not in NOT_AUDITED]
    pending = []
    for row in rows:
        changes = {}
        for k in keys:
            v = row[k]
            if v is None or v == "":
                continue
            changes[k] = [None, v if type(v) is str and k not in SECRET else _shown(k, v)]
        pending.append(_Pending(entity, row["id"], AuditAction.INSERT, changes))
    _append(session, actor, pending, bulk=True)


def entry_hash(
    site_id: str,
    seq: int,
    at: datetime,
    actor: str,
    entity: str,
    entity_id: str,
    action: str,
    changes: str,
    prev_hash: str,
) -> str:
    """SHA-256 over the entry's fields, separated by the ASCII unit separator (which none of
    them can hold: `changes` is JSON, where control characters are escaped)."""
    fields = (
        site_id,
        str(seq),
        at.isoformat(),
        actor,
        entity,
        entity_id,
        action,
        changes,
        prev_hash,
    )
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


def _head(session: Session, site_id: str) -> AuditChainHead:
    stmt = select(AuditChainHead).where(AuditChainHead.site_id == site_id).with_for_update()
    head = session.execute(stmt, execution_options={"autoflush": False}).scalar_one_or_none()
    if head is None:
        head = AuditChainHead(site_id=site_id, last_seq=0, last_hash="")
        session.add(head)
    return head


def _append(session: Session, actor: str, pending: list[_Pending], bulk: bool = False) -> None:
    site_id = session.info.get("site_id", "")
    head = _head(session, site_id)
    at = utcnow()
    seq, last_hash = head.last_seq, head.last_hash
    rows = []
    for item in pending:
        seq += 1
        changes = json.dumps(item.changes, ensure_ascii=False, default=str)
        action = item.action.value
        digest = entry_hash(
            site_id, seq, at, actor, item.entity, item.entity_id, action, changes, last_hash
        )
        rows.append(
            {
                "id": new_id(),
                "site_id": site_id,
                "seq": seq,
                "at": at,
                "actor": actor,
                "entity": item.entity,
                "entity_id": item.entity_id,
                "action": item.action,
                "changes": changes,
                "prev_hash": last_hash,
                "hash": digest,
            }
        )
        last_hash = digest
    head.last_seq, head.last_hash = seq, last_hash
    if bulk:
        session.execute(insert(AuditEntry), rows)
    else:
        session.add_all(AuditEntry(**row) for row in rows)
    states = [
        {"entity": r["entity"], "entity_id": r["entity_id"], "site_id": site_id, "seq": r["seq"]}
        for r in rows
    ]
    session.execute(row_state_upsert(session, fresh=bulk), states)


def row_state_upsert(session: Session, *, fresh: bool = False) -> Any:
    """The statement that points rows at the entry that made their present state (sync reads
    it to tell a newer state from a concurrent one); `fresh` rows have no state yet."""
    table = Base.metadata.tables[SyncRowState.__tablename__]
    if fresh:
        return insert(table)
    make = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    stmt = make(table)
    return stmt.on_conflict_do_update(
        index_elements=["entity", "entity_id"],
        set_={"site_id": stmt.excluded.site_id, "seq": stmt.excluded.seq},
    )


# -- reading and verifying -----------------------------------------------------------------------


@dataclass(frozen=True)
class AuditRow:
    seq: int
    site_id: str
    at: datetime
    actor: str
    entity: str
    entity_id: str
    action: str
    changes: dict[str, list[Any]]


def list_entries(
    uow: "UnitOfWork",
    by: Actor,
    *,
    entity: str | None = None,
    entity_id: str | None = None,
    limit: int = 500,
) -> list[AuditRow]:
    """Newest first."""
    require(by, Action.VIEW_AUDIT)
    return history(uow, entity=entity, entity_id=entity_id, limit=limit)


def history(
    uow: "UnitOfWork",
    *,
    entity: str | None = None,
    entity_id: str | None = None,
    limit: int = 500,
) -> list[AuditRow]:
    """A record's history, newest first (shown on each record's History panel)."""
    stmt = select(AuditEntry).where(AuditEntry.changes != EMPTY)
    if entity:
        stmt = stmt.where(AuditEntry.entity == entity)
    if entity_id:
        stmt = stmt.where(AuditEntry.entity_id == entity_id)
    stmt = stmt.order_by(AuditEntry.at.desc(), AuditEntry.seq.desc()).limit(limit)
    return [_row(e) for e in uow.session.scalars(stmt)]


# Records that belong to another and are shown in its history (removed ones too: tombstones).
BELONGING: dict[str, list[tuple[type[SyncMixin], str]]] = {
    "member": [(Contact, "member_id")],
    "alliance": [(AllianceMembership, "alliance_id")],
    "listing": [(ListingVerification, "listing_id")],
    "contract": [
        (ContractParty, "contract_id"),
        (ContractClause, "contract_id"),
        (PaymentInstalment, "contract_id"),
        (ContractRevision, "contract_id"),
        (ContractIssue, "contract_id"),
    ],
    "contract_issue": [(ContractSignature, "issue_id")],
    "project": [
        (Milestone, "project_id"),
        (ProjectEntry, "project_id"),
        (Evaluation, "project_id"),
    ],
    "milestone": [(MilestoneMove, "milestone_id")],
}


def record_history(
    uow: "UnitOfWork", entity: str, record_id: str, *, limit: int = 500
) -> list[AuditRow]:
    """A record's history with that of the records belonging to it (a member's contacts, an
    alliance's memberships, a contract's parties, clauses, revisions, issued PDFs and their
    signatures, a project's milestones with their moves, its log and evaluations; removed ones
    included), newest first."""
    pairs = [(entity, record_id)]
    queue = [(entity, record_id)]
    while queue:  # a contract's issues, and their signatures in turn
        owner, owner_id = queue.pop()
        for model, key in BELONGING.get(owner, []):
            ids = uow.session.scalars(select(model.id).where(getattr(model, key) == owner_id))
            table = model.__tablename__  # type: ignore[attr-defined]
            children = [(table, child_id) for child_id in ids]
            pairs += children
            queue += children
    stmt = (
        select(AuditEntry)
        .where(tuple_(AuditEntry.entity, AuditEntry.entity_id).in_(pairs))
        .where(AuditEntry.changes != EMPTY)
        .order_by(AuditEntry.at.desc(), AuditEntry.seq.desc())
        .limit(limit)
    )
    return [_row(e) for e in uow.session.scalars(stmt)]


def _row(e: AuditEntry) -> AuditRow:
    return AuditRow(
        e.seq,
        e.site_id,
        e.at,
        e.actor,
        e.entity,
        e.entity_id,
        e.action.value,
        json.loads(e.changes),
    )


@dataclass(frozen=True)
class ChainReport:
    entries: int
    sites: int
    problem: str | None  # None: the chain is intact

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify_chain(uow: "UnitOfWork", by: Actor) -> ChainReport:
    """Recompute every site's chain; report the first entry that was changed, removed or
    inserted (or a removed tail, found by comparing with the chain head)."""
    require(by, Action.VIEW_AUDIT)
    session = uow.session
    heads = {h.site_id: h for h in session.scalars(select(AuditChainHead))}
    sites = set(heads) | set(session.scalars(select(AuditEntry.site_id).distinct()))
    count = 0
    for site_id in sorted(sites):
        expected_seq, prev = 1, ""
        stmt = (
            select(AuditEntry)
            .where(AuditEntry.site_id == site_id)
            .order_by(AuditEntry.seq)
            .execution_options(yield_per=2000)
        )
        for entry in session.scalars(stmt):
            count += 1
            problem = _check(entry, expected_seq, prev)
            if problem:
                return ChainReport(count, len(sites), problem)
            expected_seq, prev = entry.seq + 1, entry.hash
        head = heads.get(site_id)
        if head is None or head.last_seq != expected_seq - 1 or head.last_hash != prev:
            return ChainReport(
                count,
                len(sites),
                (
                    f"The audit trail of site {site_id} ends at entry {expected_seq - 1}, but its "
                    f"chain head records entry {head.last_seq if head else 0}: entries at the end "
                    "were removed."
                ),
            )
    return ChainReport(count, len(sites), None)


def _check(entry: AuditEntry, expected_seq: int, prev: str) -> str | None:
    where = (
        f"entry {entry.seq} ({entry.at:%Y-%m-%d %H:%M:%S} UTC, {entry.entity} {entry.entity_id})"
    )
    if entry.seq != expected_seq:
        return (
            f"The audit trail jumps from entry {expected_seq - 1} to entry {entry.seq}: "
            f"entry {expected_seq} was removed."
        )
    if entry.prev_hash != prev:
        return f"{where} does not follow the entry before it: an entry was inserted or removed."
    digest = entry_hash(
        entry.site_id,
        entry.seq,
        entry.at,
        entry.actor,
        entry.entity,
        entry.entity_id,
        entry.action.value,
        entry.changes,
        entry.prev_hash,
    )
    if digest != entry.hash:
        return f"{where} was changed after it was written."
    return None
