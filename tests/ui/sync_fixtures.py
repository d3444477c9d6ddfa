"""Two real SQLite files for the sync tests: the office's database and a laptop's copy of it."""

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db import Database, sqlite_url
from app.services import members, sync
from app.services.member_search import MemberQuery, search_members
from app.services.sync import CopyScope
from app.services.uow import UnitOfWork

from .conftest import CLERK, member_data


@pytest.fixture
def office(sqlite_db: Database) -> Database:
    """The office's database with three members in two regions."""
    with UnitOfWork(sqlite_db) as uow:
        members.create_member(uow, member_data("深圳比亚迪股份有限公司"), CLERK)
        members.create_member(uow, member_data("华为技术有限公司", sectors=["I65"]), CLERK)
        members.create_member(
            uow, member_data("浙江大学", kind="university", region="浙江省", city="杭州"), CLERK
        )
        uow.commit()
    return sqlite_db


def new_database(template: Path, path: Path) -> Database:
    """A migrated database file of its own (the template's copy, with a site id of its own)."""
    shutil.copy(template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM site_setting WHERE key = 'site_id'")
    conn.close()
    return Database.open(sqlite_url(path))


@pytest.fixture
def laptop(office: Database, sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A local copy of the office's whole database."""
    db = new_database(sqlite_template, tmp_path / "laptop.sqlite")
    sync.copy_out(office, db, CLERK, CopyScope(), series="FAIR1")
    yield db
    db.dispose()


def member_id(db: Database, name: str) -> str:
    with UnitOfWork(db) as uow:
        rows = [m for m in all_members(uow) if m.data.name == name]
    return rows[0].id


def all_members(uow: UnitOfWork) -> list[members.MemberDetail]:
    found = search_members(uow, MemberQuery(include_archived=True), limit=100)
    return [members.get_member(uow, row.id) for row in found]


def edit_member(db: Database, name: str, **changes: object) -> None:
    with UnitOfWork(db) as uow:
        detail = members.get_member(uow, member_id(db, name))
        data = detail.data
        for key, value in changes.items():
            setattr(data, key, value)
        members.update_member(uow, detail.id, detail.version, data, CLERK)
        uow.commit()
