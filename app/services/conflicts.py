"""Conflicts found by sync: read them field by field and resolve them (DESIGN §5).

An open conflict has version A (in the data now) and version B (the other site's). Resolving
keeps A, takes B, or takes B's value for the fields chosen and A's for the rest; the result is
saved as a new change of the record (audited, and synced like any change, so every site ends
with it), and the conflict is marked resolved by whom and when."""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.services.permissions import Actor
from app.services.uow import UnitOfWork


@dataclass(frozen=True)
class ConflictField:
    name: str  # the column, e.g. "phone"
    a: Any  # plain values: str, int, None, ISO dates, "1234 bytes, SHA-256 …" for files
    b: Any


@dataclass(frozen=True)
class ConflictRow:
    id: str
    version: int  # pass back to resolve (a colleague's resolution makes it stale)
    kind: str  # "edit" or "duplicate"
    entity: str  # the table, e.g. "member"
    entity_id: str
    other_id: str | None  # duplicate: the other record holding the same value
    label: str  # the record as a clerk knows it ("Shenzhen BYD Co. (member)")
    site_a: str
    by_a: str
    at_a: datetime
    deleted_a: bool
    site_b: str
    by_b: str
    at_b: datetime
    deleted_b: bool
    fields: tuple[ConflictField, ...]  # only the fields whose values differ
    status: str  # "open" or "resolved"
    resolution: str  # "", "a", "b" or "merged"
    resolved_by: str
    resolved_at: datetime | None
    here_is_a: bool = True  # A was saved on this database's site


def list_conflicts(
    uow: UnitOfWork, by: Actor, *, include_resolved: bool = False
) -> list[ConflictRow]:
    """Open conflicts (and resolved ones when asked), newest first."""
    from app.services import conflict_store

    return conflict_store.list_conflicts(uow, by, include_resolved=include_resolved)


def get_conflict(uow: UnitOfWork, by: Actor, conflict_id: str) -> ConflictRow:
    from app.services import conflict_store

    return conflict_store.get_conflict(uow, by, conflict_id)


def resolve(
    uow: UnitOfWork,
    by: Actor,
    conflict_id: str,
    *,
    take_b: Collection[str] = (),
    version: int | None = None,
) -> None:
    """Resolve: every field named in `take_b` gets version B's value, the rest keep A's (so
    `take_b=()` keeps A, all the fields take B). Refused when the conflict was resolved
    already or its record changed since (DomainError saying what to do). Commits nothing: the
    caller commits."""
    from app.services import conflict_store

    conflict_store.resolve(uow, by, conflict_id, take_b=take_b, version=version)
