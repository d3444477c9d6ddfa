"""Putting a backup's rows back: in one transaction every table is emptied (children first;
on PostgreSQL after locking them all) and refilled parents first, then SQLite's full-text
indexes are rebuilt. Used by restore_database (backup.py) for `.helixdump` files."""

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.exc import DBAPIError

from app.db import Database
from app.errors import DomainError
from app.models import Base
from app.services.dump_format import BATCH_ROWS, NOTHING_REPLACED, Batches, Progress


def replace_rows(
    target: Database, batches: Batches, total: int, progress: Progress | None
) -> dict[str, int]:
    """In one transaction: empty every table, then insert the backup's rows."""
    tables = Base.metadata.sorted_tables
    counts = dict.fromkeys((t.name for t in tables), 0)
    try:
        with target.engine.begin() as conn:
            _empty_tables(conn, tables)
            done = 0
            for table, rows in parents_first(batches):
                conn.execute(table.insert(), rows)
                counts[table.name] += len(rows)
                done += len(rows)
                if progress:
                    progress(done, total)
            if conn.dialect.name == "sqlite":
                _rebuild_sqlite_indexes(conn)
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DomainError(
            "The backup could not be restored into {database}: {reason}." + NOTHING_REPLACED,
            database=target.display_name,
            reason=reason,
        ) from exc
    return counts


def _empty_tables(conn: Connection, tables: list[Table]) -> None:
    """Children before parents. PostgreSQL: lock everything first, so no clerk's save slips in
    between (DELETE, not TRUNCATE: the least-privilege application role may not truncate)."""
    quote = conn.dialect.identifier_preparer.format_table
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    else:
        names = ", ".join(quote(t) for t in tables)
        conn.exec_driver_sql("SET LOCAL lock_timeout = '15s'")
        conn.exec_driver_sql(f"LOCK TABLE {names} IN ACCESS EXCLUSIVE MODE")
    for table in reversed(tables):
        conn.execute(table.delete())


def parents_first(batches: Iterable[tuple[Table, list[dict[str, Any]]]]) -> Batches:
    """A table that refers to itself gets its rows ordered so that a parent precedes its
    children (PostgreSQL checks such references row by row); other tables stream through."""
    held: Table | None = None
    held_rows: list[dict[str, Any]] = []
    for table, rows in batches:
        if held is not None and held is not table:
            yield from _ordered_by_parent(held, held_rows)
            held, held_rows = None, []
        if _self_references(table):
            held = table
            held_rows.extend(rows)
        else:
            yield table, rows
    if held is not None:
        yield from _ordered_by_parent(held, held_rows)


def _self_references(table: Table) -> list[tuple[str, str]]:
    return [
        (fk.parent.name, fk.column.name) for fk in table.foreign_keys if fk.column.table is table
    ]


def _ordered_by_parent(table: Table, rows: list[dict[str, Any]]) -> Batches:
    links = _self_references(table)
    placed: set[tuple[str, Any]] = set()
    pending, ordered = rows, []
    while pending:
        ready = [
            r
            for r in pending
            if all(r[child] is None or (parent, r[child]) in placed for child, parent in links)
        ]
        if not ready:  # a loop or a dangling reference: let the database judge
            ready = pending
        ordered.extend(ready)
        placed.update((parent, r[parent]) for r in ready for _child, parent in links)
        ready_ids = {id(r) for r in ready}
        pending = [r for r in pending if id(r) not in ready_ids]
    for start in range(0, len(ordered), BATCH_ROWS):
        yield table, ordered[start : start + BATCH_ROWS]


def _rebuild_sqlite_indexes(conn: Connection) -> None:
    """External-content full-text indexes (the registry's search) rebuilt from their tables."""
    rows = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL TABLE%' "
        "AND sql LIKE '%fts5%' AND sql LIKE '%content=%'"
    )
    for (name,) in rows.fetchall():
        conn.exec_driver_sql(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')')
