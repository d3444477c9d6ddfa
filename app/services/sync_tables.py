"""What sync needs to know about the tables: which ones sync and in what order (parents
first), their foreign keys and unique keys, and a JSON form of a row for conflict records."""

import base64
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import Date, DateTime, Index, LargeBinary, Numeric, Table, UniqueConstraint

from app.models import Base, SyncMixin
from app.services.audit import plain_value

Pointer = tuple[str, int]  # (site id, seq) of the audit entry that made a row's present state
NO_POINTER: Pointer = ("", 0)  # a state every site knows (a row no logged change touched)
Row = dict[str, Any]


@cache
def synced_tables() -> tuple[Table, ...]:
    """Every table whose rows sync, parents before children."""
    names = {
        getattr(mapper.local_table, "name", "")
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, SyncMixin)
    }
    return tuple(t for t in Base.metadata.sorted_tables if t.name in names)


@cache
def table(name: str) -> Table:
    return Base.metadata.tables[name]


@cache
def order_of(name: str) -> int:
    return [t.name for t in synced_tables()].index(name)


@dataclass(frozen=True)
class ForeignKey:
    column: str
    parent: str  # the parent table (its key is always `id`)


@cache
def foreign_keys(name: str) -> tuple[ForeignKey, ...]:
    return tuple(
        ForeignKey(fk.parent.name, fk.column.table.name) for fk in table(name).foreign_keys
    )


def parents_first(name: str, rows: list[Row]) -> list[Row]:
    """Rows of one table ordered so that a row another refers to (a log entry that a later one
    resolves) is written first."""
    own = [fk.column for fk in foreign_keys(name) if fk.parent == name]
    if not own:
        return rows
    by_id = {row["id"]: row for row in rows}
    ordered: list[Row] = []
    placed: set[str] = set()

    def place(row: Row, path: frozenset[str]) -> None:
        if row["id"] in placed or row["id"] in path:
            return
        for column in own:
            parent = by_id.get(row[column])
            if parent is not None:
                place(parent, path | {row["id"]})
        placed.add(row["id"])
        ordered.append(row)

    for row in rows:
        place(row, frozenset())
    return ordered


@dataclass(frozen=True)
class UniqueKey:
    columns: tuple[str, ...]
    live_only: bool  # a partial index over rows that are not tombstones

    def clearable(self, name: str) -> bool:
        """One nullable column (a registration code, an external id): a later holder clears it."""
        return len(self.columns) == 1 and bool(table(name).c[self.columns[0]].nullable)


@cache
def unique_keys(name: str) -> tuple[UniqueKey, ...]:
    t = table(name)
    keys = []
    for constraint in t.constraints:
        if isinstance(constraint, UniqueConstraint):
            keys.append(UniqueKey(tuple(c.name for c in constraint.columns), False))
    for index in t.indexes:
        if isinstance(index, Index) and index.unique:
            partial = index.dialect_options["sqlite"].get("where") is not None
            keys.append(UniqueKey(tuple(c.name for c in index.columns), partial))
    return tuple(k for k in keys if k.columns != ("id",))


# -- rows as JSON (conflict records keep both versions whole) --------------------------------


def to_plain(value: Any) -> Any:
    """A value for JSON, as the audit trail keeps it, but a stored file whole (base64)."""
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    return plain_value(value)


def from_plain(name: str, column: str, value: Any) -> Any:
    """The plain value back in the type the column's ORM attribute takes."""
    if value is None:
        return None
    kind = table(name).c[column].type
    if isinstance(value, dict) and "base64" in value:
        return base64.b64decode(value["base64"])
    if isinstance(kind, DateTime) or getattr(kind, "impl", None).__class__ is DateTime:
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Numeric) and not isinstance(value, int | float):
        return Decimal(value)
    enum_class = getattr(kind, "enum_class", None)
    if enum_class is not None:
        return enum_class(value)
    if isinstance(kind, LargeBinary):
        return bytes(value)
    return value


def row_json(row: Row) -> str:
    return json.dumps(
        {k: to_plain(v) for k, v in row.items() if k != "version"},
        ensure_ascii=False,
        sort_keys=True,
    )
