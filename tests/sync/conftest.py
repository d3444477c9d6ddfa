"""Sites for sync tests: the office (SQLite or the real PostgreSQL server) and laptops (SQLite
files, each with its own site id), plus helpers that compare what two sites hold."""

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select

from app.db import Database, sqlite_url
from app.models import Role, SiteSetting, SyncConflict
from app.services import members, sync
from app.services.members import MemberData
from app.services.permissions import Actor
from app.services.sync_tables import synced_tables
from app.services.uow import UnitOfWork

CLERK = Actor("fair-clerk", Role.SUPERVISOR)
BOOKKEEPING = {"version"}


@pytest.fixture
def new_site(sqlite_template: Path, tmp_path: Path) -> Iterator[Callable[[str], Database]]:
    """A fresh, migrated SQLite database with a site id of its own."""
    opened: list[Database] = []

    def make(name: str) -> Database:
        path = tmp_path / f"{name}.sqlite"
        shutil.copy(sqlite_template, path)
        db = Database(sqlite_url(path))
        with db.engine.begin() as conn:
            conn.execute(delete(SiteSetting))
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.dispose()


@pytest.fixture
def office(database: Database) -> Database:
    return database


@pytest.fixture
def laptop(office: Database, new_site: Callable[[str], Database]) -> Database:
    """A full copy of the office, made after the office has its first members."""
    return new_site("laptop")


def member(db: Database, name: str, **changes: Any) -> members.MemberDetail:
    data = MemberData(kind="enterprise", name=name, region="广东省", sectors=["C38"])
    for key, value in changes.items():
        setattr(data, key, value)
    with UnitOfWork(db) as uow:
        detail = members.create_member(uow, data, CLERK)
        uow.commit()
    return detail


def edit(db: Database, member_id: str, **changes: Any) -> members.MemberDetail:
    with UnitOfWork(db) as uow:
        detail = members.get_member(uow, member_id)
        for key, value in changes.items():
            setattr(detail.data, key, value)
        saved = members.update_member(uow, member_id, detail.version, detail.data, CLERK)
        uow.commit()
    return saved


def data_of(db: Database, *, tables: tuple[str, ...] | None = None) -> dict[str, dict[str, Any]]:
    """Every synced row (conflict records by their content), without the local version counter."""
    found: dict[str, dict[str, Any]] = {}
    with db.engine.connect() as conn:
        for t in synced_tables():
            if tables is not None and t.name not in tables:
                continue
            for row in conn.execute(select(t)).mappings():
                kept = {k: v for k, v in row.items() if k not in BOOKKEEPING}
                if t.name == SyncConflict.__tablename__:
                    kept = {k: kept[k] for k in ("kind", "entity", "entity_id", "status")}
                found[f"{t.name}:{row['id']}"] = kept
    return found


def copy(office: Database, laptop: Database, **scope: tuple[str, ...]) -> sync.CopySummary:
    return sync.copy_out(office, laptop, CLERK, sync.CopyScope(**scope))


def both_ways(a: Database, b: Database) -> sync.SyncSummary:
    return sync.sync(a, b, CLERK)
