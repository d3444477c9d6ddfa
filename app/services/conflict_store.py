"""Reading and resolving sync conflicts (the public face is app/services/conflicts.py)."""

import json
from collections.abc import Collection
from typing import Any

from sqlalchemy import select

from app.errors import DomainError, NotFoundError
from app.models import Base, ConflictStatus, Contact, Listing, Member, SyncConflict, utcnow
from app.services import audit, listings, members
from app.services.conflicts import ConflictField, ConflictRow
from app.services.permissions import Action, Actor, require
from app.services.sync_tables import from_plain, table, unique_keys
from app.services.uow import UnitOfWork, stale_record

BOOKKEEPING = audit.NOT_AUDITED  # the same columns every record carries


def _shown(value: Any) -> Any:
    if isinstance(value, dict) and "base64" in value:
        return f"{len(value['base64']) * 3 // 4} bytes"
    return value


def _row(conflict: SyncConflict, site_id: str) -> ConflictRow:
    a, b = json.loads(conflict.version_a), json.loads(conflict.version_b)
    names = sorted((set(a) | set(b)) - BOOKKEEPING)
    fields = tuple(
        ConflictField(name, _shown(a.get(name)), _shown(b.get(name)))
        for name in names
        if a.get(name) != b.get(name)
    )
    return ConflictRow(
        id=conflict.id,
        version=conflict.version,
        kind=conflict.kind.value,
        entity=conflict.entity,
        entity_id=conflict.entity_id,
        other_id=conflict.other_id,
        label=conflict.label,
        site_a=conflict.site_a,
        by_a=conflict.by_a,
        at_a=conflict.at_a,
        deleted_a=a.get("deleted_at") is not None,
        site_b=conflict.site_b,
        by_b=conflict.by_b,
        at_b=conflict.at_b,
        deleted_b=b.get("deleted_at") is not None,
        fields=fields,
        status=conflict.status.value,
        resolution=conflict.resolution,
        resolved_by=conflict.resolved_by,
        resolved_at=conflict.resolved_at,
        here_is_a=conflict.site_a == site_id,
    )


def list_conflicts(uow: UnitOfWork, by: Actor, *, include_resolved: bool) -> list[ConflictRow]:
    stmt = select(SyncConflict).where(SyncConflict.deleted_at.is_(None))
    if not include_resolved:
        stmt = stmt.where(SyncConflict.status == ConflictStatus.OPEN)
    stmt = stmt.order_by(SyncConflict.created_at.desc(), SyncConflict.id)
    site_id = uow.session.info.get("site_id", "")
    return [_row(c, site_id) for c in uow.session.scalars(stmt)]


def _load(uow: UnitOfWork, conflict_id: str) -> SyncConflict:
    conflict = uow.session.get(SyncConflict, conflict_id)
    if conflict is None or conflict.deleted_at is not None:
        raise NotFoundError("This conflict no longer exists. Refresh the list.")
    return conflict


def get_conflict(uow: UnitOfWork, by: Actor, conflict_id: str) -> ConflictRow:
    return _row(_load(uow, conflict_id), uow.session.info.get("site_id", ""))


def _model(entity: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == entity:
            return mapper.class_
    raise DomainError("Helix does not know records of the kind {entity}.", entity=entity)


def resolve(
    uow: UnitOfWork,
    by: Actor,
    conflict_id: str,
    *,
    take_b: Collection[str],
    version: int | None,
) -> None:
    require(by, Action.RESOLVE_CONFLICTS)
    uow.acting(by, Action.RESOLVE_CONFLICTS)
    conflict = _load(uow, conflict_id)
    if version is not None and conflict.version != version:
        raise stale_record()
    if conflict.status == ConflictStatus.RESOLVED:
        raise DomainError(
            "{by} already resolved this conflict. Refresh the list.", by=conflict.resolved_by
        )
    row = _row(conflict, "")
    differing = {f.name for f in row.fields}
    unknown = set(take_b) - differing
    if unknown:
        raise DomainError(
            "The fields {fields} are not among the ones that differ; nothing was changed.",
            fields=", ".join(sorted(unknown)),
        )
    if take_b:
        _take(uow, conflict, take_b)
    conflict.status = ConflictStatus.RESOLVED
    conflict.resolution = "a" if not take_b else "b" if set(take_b) == differing else "merged"
    conflict.resolved_by = by.name
    conflict.resolved_at = utcnow()
    uow.flush()


def _take(uow: UnitOfWork, conflict: SyncConflict, take_b: Collection[str]) -> None:
    """Version B's values for these fields, saved on the record as a new change."""
    record = uow.session.get(_model(conflict.entity), conflict.entity_id)
    b = json.loads(conflict.version_b)
    if record is None:
        raise DomainError(
            "Version B of {label} was never saved here, because another record holds the same "
            "unique value. Keep version A, or change that other record first.",
            label=conflict.label or conflict.entity,
        )
    values = {name: from_plain(conflict.entity, name, b.get(name)) for name in take_b}
    _refuse_taken_values(uow, conflict, values)
    for name, value in values.items():
        setattr(record, name, value)
    _rederive(record)


def _rederive(record: Any) -> None:
    """Columns made from others (search texts, a name's key) follow the fields just taken."""
    if isinstance(record, Member):
        members.rederive(record)
    elif isinstance(record, Contact):
        members.rederive(record.member)
    elif isinstance(record, Listing):
        listings.rederive(record)


def _refuse_taken_values(uow: UnitOfWork, conflict: SyncConflict, values: dict[str, Any]) -> None:
    t = table(conflict.entity)
    for unique in unique_keys(conflict.entity):
        if len(unique.columns) != 1 or unique.columns[0] not in values:
            continue
        column = unique.columns[0]
        value = values[column]
        if value is None:
            continue
        stmt = select(t.c.id).where(t.c[column] == value, t.c.id != conflict.entity_id)
        if uow.session.execute(stmt).first() is not None:
            raise DomainError(
                "Another record still holds {value} as its {field}. Change or clear it there "
                "first, then resolve this conflict again; nothing was changed.",
                value=str(value),
                field=column.replace("_", " "),
            )
