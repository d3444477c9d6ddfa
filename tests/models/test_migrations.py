"""The migrations build exactly the schema the models describe, on both engines."""

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from app.db import Database, include_in_migrations, sqlite_url
from app.errors import DatabaseTooNewError, DomainError
from app.models import Base, SyncMixin

SYNC_COLUMNS = {
    "id",
    "version",
    "created_at",
    "updated_at",
    "updated_by",
    "origin_site",
    "deleted_at",
}


def _diff(db: Database) -> list:  # type: ignore[type-arg]
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_in_migrations}
        )
        return compare_metadata(context, Base.metadata)


def test_migrations_match_the_models(database: Database) -> None:
    assert database.current_revision() == database.head_revision()
    assert _diff(database) == []


def test_every_syncable_table_has_the_sync_columns(database: Database) -> None:
    inspector = inspect(database.engine)
    syncable = [
        m.local_table.name for m in Base.registry.mappers if issubclass(m.class_, SyncMixin)
    ]
    assert {"member", "contact", "alliance", "alliance_membership"} <= set(syncable)
    for table in syncable:
        columns = {c["name"] for c in inspector.get_columns(table)}
        assert columns >= SYNC_COLUMNS, table


def test_a_fresh_sqlite_file_gets_pragmas_and_the_newest_schema(tmp_path: Path) -> None:
    db = Database.open(sqlite_url(tmp_path / "new.sqlite"))
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    assert db.pending_revisions() == []
    db.dispose()


def test_upgrading_an_existing_sqlite_file_first_copies_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    Database.open(sqlite_url(path)).dispose()
    assert not list(tmp_path.glob("old.before-upgrade-*"))
    db = Database(sqlite_url(path))
    # Pretend a revision is pending on this populated file.
    monkeypatch.setattr(Database, "pending_revisions", lambda self: [db.head_revision()])
    db.upgrade()
    db.dispose()
    copies = list(tmp_path.glob("old.before-upgrade-*.sqlite"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)


def test_a_new_sqlite_file_is_not_copied_before_its_first_migration(tmp_path: Path) -> None:
    Database.open(sqlite_url(tmp_path / "fresh.sqlite")).dispose()
    assert [p.name for p in tmp_path.iterdir() if "before-upgrade" in p.name] == []


def test_a_database_from_a_newer_helix_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    Database.open(sqlite_url(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dcafe9999'")
    with pytest.raises(DatabaseTooNewError) as refused:
        Database.open(sqlite_url(path))
    assert "newer version of Helix" in refused.value.message


def test_backup_before_upgrade_is_a_readable_copy(tmp_path: Path) -> None:
    path = tmp_path / "data.sqlite"
    Database.open(sqlite_url(path)).dispose()
    copy = Database.backup_sqlite_file(path, reason="before-upgrade")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)


def test_an_unreachable_server_gives_a_clear_message() -> None:
    with pytest.raises(DomainError) as refused:
        Database.open("postgresql+psycopg://nobody@127.0.0.1:1/helix")
    assert "could not open the database" in refused.value.message
    assert "Settings" in refused.value.message


def test_other_database_kinds_are_refused() -> None:
    with pytest.raises(DomainError) as refused:
        Database("mysql://x@localhost/helix")
    assert "SQLite" in refused.value.message


def test_the_sqlite_search_index_follows_member_writes(sqlite_db: Database) -> None:
    with sqlite_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO member (id, kind, name, short_name, country, region, city, address, "
                "website, description, sectors, keywords, size_class, status, search_text, "
                "name_key, "
                "version, created_at, updated_at, updated_by, origin_site) VALUES ('m1', 'other', "
                "'x', '', 'CN', '', '', '', '', '', '', '', 'na', 'active', '电 池 alpha', 'x', 1, "
                "'2026-01-01', '2026-01-01', 't', 's')"
            )
        )
        hits = "SELECT count(*) FROM member_fts WHERE member_fts MATCH :q"
        assert conn.execute(text(hits), {"q": '"电 池"'}).scalar() == 1
        conn.execute(text("UPDATE member SET search_text = 'beta' WHERE id = 'm1'"))
        assert conn.execute(text(hits), {"q": '"电 池"'}).scalar() == 0
        assert conn.execute(text(hits), {"q": "beta"}).scalar() == 1
        conn.execute(text("DELETE FROM member WHERE id = 'm1'"))
        assert conn.execute(text(hits), {"q": "beta"}).scalar() == 0


def test_a_database_file_in_a_folder_that_cannot_exist_is_refused_clearly(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DomainError) as refused:
        Database.open(sqlite_url(blocker / "sub" / "helix.sqlite"))
    assert "cannot be used" in refused.value.message


def test_upgrading_to_sync_points_every_written_row_at_its_latest_entry(tmp_path: Path) -> None:
    """Migration 0008 on a database with records: each row's state points at its newest entry
    on this site, so that a copy made right after the upgrade syncs those rows correctly."""
    from app.services import members
    from app.services.members import MemberData
    from app.services.permissions import Actor
    from app.services.uow import UnitOfWork

    url = sqlite_url(tmp_path / "old.sqlite")
    old = Database.open(url)
    clerk = Actor("clerk")
    with UnitOfWork(old) as uow:
        made = members.create_member(uow, MemberData(kind="enterprise", name="老会员"), clerk)
        uow.commit()
    with UnitOfWork(old) as uow:
        detail = members.get_member(uow, made.id)
        detail.data.city = "苏州"
        members.update_member(uow, made.id, detail.version, detail.data, clerk)
        uow.commit()
    with old.engine.begin() as conn:  # back to what a database at 0007 holds
        conn.execute(text("UPDATE alembic_version SET version_num = '0007'"))
        for table in ("sync_conflict", "sync_run", "sync_row"):
            conn.execute(text(f"DROP TABLE {table}"))
    old.dispose()
    db = Database.open(url)
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT seq FROM sync_row WHERE entity = 'member' AND entity_id = :id"),
            {"id": made.id},
        ).all()
        newest = conn.execute(
            text("SELECT max(seq) FROM audit_entry WHERE entity_id = :id"), {"id": made.id}
        ).scalar()
    db.dispose()
    assert rows == [(newest,)] and newest == 2
