"""Backups and restores on SQLite and PostgreSQL: exact round trips, refusals that replace
nothing, cross-engine dumps, the daily backup's rotation, and cancelling."""

import gzip
import json
import sqlite3
import uuid
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import JSON, Column, ForeignKey, MetaData, String, select
from sqlalchemy import Table as SaTable

from app.db import Database, sqlite_url
from app.errors import DomainError
from app.models import AllianceRole, Base
from app.models import Role as _Role
from app.services import (
    alliances,
    backup_schedule,
    dump_format,
    member_search,
    members,
    row_restore,
)
from app.services.alliances import AllianceData
from app.services.backup import (
    BackupCancelledError,
    backup_database,
    inspect_backup,
    restore_database,
)
from app.services.backup_schedule import (
    backup_due,
    last_backup,
    run_scheduled_backup,
    scheduled_backups,
)
from app.services.member_search import MemberQuery
from app.services.members import ContactData, MemberData
from app.services.permissions import Actor as _Actor
from app.services.uow import Actor, UnitOfWork
from app.settings import Settings

BACKUP_ADMIN = _Actor("backup-admin", _Role.ADMIN)

CLERK = Actor("clerk-li")


# -- helpers ------------------------------------------------------------------------------------


def fill(db: Database) -> dict[str, str]:
    """A small registry made through the services: members with contacts, an alliance."""
    ids = {}
    with UnitOfWork(db) as uow:
        for key, kind, name, city in [
            ("tsinghua", "university", "清华大学", "北京"),
            ("battery", "enterprise", "常州储能电池科技有限公司", "常州"),
            ("nokia", "enterprise", "Nokia Oyj", "Espoo"),
        ]:
            detail = members.create_member(
                uow,
                MemberData(
                    kind=kind,
                    name=name,
                    city=city,
                    keywords=["储能", "battery"],
                    contacts=[ContactData("王芳", email=f"{key}@example.com")],
                ),
                CLERK,
            )
            ids[key] = detail.id
        alliance = alliances.create_alliance(
            uow,
            AllianceData(
                "长三角储能产业联盟",
                focus="储能",
                lead_member_id=ids["tsinghua"],
                founded_on=date(2021, 3, 1),
            ),
            CLERK,
        )
        alliances.add_alliance_member(uow, alliance.id, ids["battery"], CLERK)
        ids["alliance"] = alliance.id
        uow.commit()
    return ids


def change(db: Database, ids: dict[str, str]) -> None:
    """Edits after the backup that a restore must undo: a new member, an edit, an archive."""
    with UnitOfWork(db) as uow:
        members.create_member(uow, MemberData(kind="investor", name="深创投"), CLERK)
        nokia = members.get_member(uow, ids["nokia"])
        members.update_member(
            uow, nokia.id, nokia.version, MemberData(kind="enterprise", name="Nokia Oy"), CLERK
        )
        members.archive_member(uow, ids["battery"], CLERK)
        alliances.remove_alliance_member(uow, ids["alliance"], ids["battery"], CLERK)
        uow.commit()


def export_all(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table the models define, in primary-key order, as Python values."""
    with db.engine.connect() as conn:
        return {
            table.name: [
                tuple(row)
                for row in conn.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
        }


def reopened(url: str) -> dict[str, list[tuple[Any, ...]]]:
    db = Database.open(url)
    try:
        return export_all(db)
    finally:
        db.dispose()


def search(url: str, text: str) -> list[str]:
    db = Database.open(url)
    try:
        with UnitOfWork(db) as uow:
            return [r.name for r in member_search.search_members(uow, MemberQuery(text=text))]
    finally:
        db.dispose()


def rewrite_dump(source: Path, target: Path, edit_header: Any = None, drop_last: int = 0) -> Path:
    lines = gzip.decompress(source.read_bytes()).decode("utf-8").splitlines(keepends=True)
    if edit_header:
        header = json.loads(lines[0])
        edit_header(header)
        lines[0] = json.dumps(header) + "\n"
    target.write_bytes(gzip.compress("".join(lines[: len(lines) - drop_last]).encode("utf-8")))
    return target


# -- round trips --------------------------------------------------------------------------------


def test_a_dump_restores_every_table_exactly(database: Database, tmp_path: Path) -> None:
    ids = fill(database)
    before = export_all(database)
    info = backup_database(database, tmp_path / "office.helixdump", by=BACKUP_ADMIN)
    assert info.kind == "dump"
    assert info.schema_revision == database.current_revision()
    assert info.row_counts["member"] == 3 and info.row_counts["alliance_membership"] == 2
    change(database, ids)
    assert export_all(database) != before
    database.dispose()

    result = restore_database(
        database.url, info.path, safety_copy_dir=tmp_path / "safety", by=BACKUP_ADMIN
    )

    assert reopened(database.url) == before
    assert result.row_counts["member"] == 3
    assert result.safety_copy is not None and result.safety_copy.parent == tmp_path / "safety"
    assert inspect_backup(result.safety_copy).row_counts["member"] == 4  # the replaced state
    assert not result.site_id_changed


def test_a_dump_is_one_snapshot_while_clerks_keep_saving(
    database: Database, tmp_path: Path
) -> None:
    fill(database)
    before = export_all(database)
    saved: list[str] = []

    def save_meanwhile(done: int, total: int) -> None:  # a colleague saves during the dump
        if not saved:
            with UnitOfWork(database) as uow:
                saved.append(
                    members.create_member(uow, MemberData(kind="other", name="中途"), CLERK).id
                )
                uow.commit()

    dump = backup_database(
        database, tmp_path / "b.helixdump", progress=save_meanwhile, by=BACKUP_ADMIN
    )
    assert saved, "the colleague never saved"
    assert dump.row_counts["member"] == 3
    database.dispose()
    restore_database(database.url, dump.path, safety_copy_dir=tmp_path / "safety", by=BACKUP_ADMIN)
    assert reopened(database.url) == before


def test_a_backup_that_cannot_be_written_says_so(sqlite_db: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(DomainError, match="could not be written"):
        backup_database(sqlite_db, blocker / "b.sqlite", by=BACKUP_ADMIN)
    assert blocker.read_text() == "a file where the folder should be"


def test_a_sqlite_backup_file_restores_exactly_and_stays_searchable(
    sqlite_db: Database, tmp_path: Path
) -> None:
    ids = fill(sqlite_db)
    before = export_all(sqlite_db)
    info = backup_database(sqlite_db, tmp_path / "copy.sqlite", by=BACKUP_ADMIN)
    assert info.kind == "sqlite" and info.row_counts["contact"] == 3
    with sqlite3.connect(info.path) as conn:  # one self-contained file, not WAL
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    change(sqlite_db, ids)
    sqlite_db.dispose()

    result = restore_database(
        sqlite_db.url, info.path, safety_copy_dir=tmp_path / "safety", by=BACKUP_ADMIN
    )

    assert reopened(sqlite_db.url) == before
    assert search(sqlite_db.url, "电池") == ["常州储能电池科技有限公司"]
    assert result.safety_copy is not None and result.safety_copy.suffix == ".sqlite"
    assert info.path.exists(), "restoring must not consume the backup"


def test_a_dump_restore_into_sqlite_rebuilds_the_search_index(
    sqlite_db: Database, tmp_path: Path
) -> None:
    ids = fill(sqlite_db)
    dump = backup_database(sqlite_db, tmp_path / "local.helixdump", by=BACKUP_ADMIN)
    change(sqlite_db, ids)
    with UnitOfWork(sqlite_db) as uow:
        members.create_member(uow, MemberData(kind="enterprise", name="储能新秀有限公司"), CLERK)
        uow.commit()
    sqlite_db.dispose()
    restore_database(sqlite_db.url, dump.path, safety_copy_dir=tmp_path / "safety", by=BACKUP_ADMIN)
    assert search(sqlite_db.url, "电池") == ["常州储能电池科技有限公司"]
    assert search(sqlite_db.url, "新秀") == []


def test_a_shared_database_goes_to_a_new_laptop_file_and_back(
    pg_db: Database, tmp_path: Path
) -> None:
    ids = fill(pg_db)
    shared = export_all(pg_db)
    dump = backup_database(pg_db, tmp_path / "shared.helixdump", by=BACKUP_ADMIN)
    assert dump.source == "postgresql"
    laptop_url = sqlite_url(tmp_path / "laptop" / "helix.sqlite")

    to_laptop = restore_database(
        laptop_url, dump.path, safety_copy_dir=tmp_path / "safety", by=BACKUP_ADMIN
    )
    assert reopened(laptop_url) == shared  # same values and types on the other engine
    assert to_laptop.safety_copy is None  # the file was new: nothing to keep
    assert to_laptop.site_id_changed

    laptop = Database.open(laptop_url)
    change(laptop, ids)
    on_laptop = export_all(laptop)
    back = backup_database(laptop, tmp_path / "laptop.helixdump", by=BACKUP_ADMIN)
    laptop.dispose()
    restore_database(pg_db.url, back.path, safety_copy_dir=tmp_path / "safety", by=BACKUP_ADMIN)
    assert export_all(pg_db) == on_laptop != shared


def test_a_sqlite_backup_file_restores_into_the_shared_database(
    sqlite_db: Database, pg_db: Database, tmp_path: Path
) -> None:
    fill(sqlite_db)
    local = export_all(sqlite_db)
    copy = backup_database(sqlite_db, tmp_path / "local.sqlite", by=BACKUP_ADMIN)
    before = copy.path.read_bytes()
    restore_database(pg_db.url, copy.path, safety_copy_dir=tmp_path / "safety", by=BACKUP_ADMIN)
    assert export_all(pg_db) == local
    assert copy.path.read_bytes() == before, "reading the backup must not change it"


def test_the_shared_database_is_backed_up_as_a_dump_only(pg_db: Database, tmp_path: Path) -> None:
    with pytest.raises(DomainError, match=r"shared\.helixdump"):
        backup_database(pg_db, tmp_path / "shared.sqlite", by=BACKUP_ADMIN)
    assert list(tmp_path.iterdir()) == []


def test_a_backup_never_overwrites_the_database_itself(sqlite_db: Database) -> None:
    assert sqlite_db.sqlite_path is not None
    with pytest.raises(DomainError, match="the database itself"):
        backup_database(sqlite_db, sqlite_db.sqlite_path, by=BACKUP_ADMIN)


# -- refusals replace nothing -------------------------------------------------------------------


def not_backups(folder: Path) -> list[Path]:
    text = folder / "notes.helixdump"
    text.write_text("hello, not a backup", encoding="utf-8")
    other_gzip = folder / "other.helixdump"
    other_gzip.write_bytes(gzip.compress(b'{"format": "something-else"}\n'))
    other_sqlite = folder / "other.sqlite"
    with sqlite3.connect(other_sqlite) as conn:
        conn.execute("CREATE TABLE x (a)")
    conn.close()
    empty = folder / "empty.sqlite"
    empty.write_bytes(b"")
    return [text, other_gzip, other_sqlite, empty]


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_replaced(
    database: Database, tmp_path: Path
) -> None:
    fill(database)
    before = export_all(database)
    database.dispose()
    for path in not_backups(tmp_path):
        with pytest.raises(DomainError, match=r"is not a Helix backup\. Nothing was replaced"):
            restore_database(
                database.url, path, safety_copy_dir=tmp_path / "safety", by=BACKUP_ADMIN
            )
    assert reopened(database.url) == before
    assert not (tmp_path / "safety").exists()


def test_a_dump_of_another_schema_revision_is_refused(database: Database, tmp_path: Path) -> None:
    ids = fill(database)
    dump = backup_database(database, tmp_path / "now.helixdump", by=BACKUP_ADMIN).path
    change(database, ids)
    before = export_all(database)
    database.dispose()

    def revision(value: str) -> Any:
        return lambda header: header.update(schema_revision=value)

    older = rewrite_dump(dump, tmp_path / "older.helixdump", revision("0001"))
    with pytest.raises(DomainError, match="restore only into the same schema"):
        restore_database(database.url, older, safety_copy_dir=tmp_path / "safety", by=BACKUP_ADMIN)
    newer = rewrite_dump(dump, tmp_path / "newer.helixdump", revision("9999_future"))
    with pytest.raises(DomainError, match="newer version of Helix"):
        restore_database(database.url, newer, safety_copy_dir=tmp_path / "safety", by=BACKUP_ADMIN)
    assert reopened(database.url) == before
    assert not (tmp_path / "safety").exists()


def test_a_cut_off_dump_is_rolled_back_whole(database: Database, tmp_path: Path) -> None:
    ids = fill(database)
    dump = backup_database(database, tmp_path / "full.helixdump", by=BACKUP_ADMIN).path
    change(database, ids)
    before = export_all(database)
    database.dispose()
    cut = rewrite_dump(dump, tmp_path / "cut.helixdump", drop_last=3)  # the end and two rows
    with pytest.raises(DomainError, match="damaged or incomplete"):
        restore_database(database.url, cut, safety_copy_dir=tmp_path / "safety", by=BACKUP_ADMIN)
    assert reopened(database.url) == before  # the rows deleted inside the transaction are back


def test_a_sqlite_backup_from_a_newer_helix_is_refused(sqlite_db: Database, tmp_path: Path) -> None:
    fill(sqlite_db)
    copy = backup_database(sqlite_db, tmp_path / "copy.sqlite", by=BACKUP_ADMIN).path
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = export_all(sqlite_db)
    sqlite_db.dispose()
    with pytest.raises(DomainError, match="newer version of Helix"):
        restore_database(sqlite_db.url, copy, safety_copy_dir=tmp_path / "safety", by=BACKUP_ADMIN)
    assert reopened(sqlite_db.url) == before


def test_a_damaged_sqlite_backup_is_refused(sqlite_db: Database, tmp_path: Path) -> None:
    fill(sqlite_db)
    copy = backup_database(sqlite_db, tmp_path / "copy.sqlite", by=BACKUP_ADMIN).path
    data = bytearray(copy.read_bytes())
    page = 4096
    data[2 * page : 2 * page + 512] = b"\xff" * 512  # scribble over a table page
    copy.write_bytes(bytes(data))
    before = export_all(sqlite_db)
    sqlite_db.dispose()
    with pytest.raises(DomainError, match="is damaged"):
        restore_database(sqlite_db.url, copy, safety_copy_dir=tmp_path / "safety", by=BACKUP_ADMIN)
    assert reopened(sqlite_db.url) == before


# -- progress and cancelling --------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".sqlite", ".helixdump"])
def test_progress_runs_up_to_the_total(sqlite_db: Database, tmp_path: Path, suffix: str) -> None:
    fill(sqlite_db)
    calls: list[tuple[int, int]] = []
    backup_database(
        sqlite_db,
        tmp_path / f"b{suffix}",
        progress=lambda d, t: calls.append((d, t)),
        by=BACKUP_ADMIN,
    )
    assert calls, "no progress was reported"
    assert calls[-1][0] == calls[-1][1] > 0
    assert [d for d, _t in calls] == sorted(d for d, _t in calls)


@pytest.mark.parametrize("suffix", [".sqlite", ".helixdump"])
def test_cancelling_a_backup_leaves_no_file(
    database: Database, tmp_path: Path, suffix: str
) -> None:
    if suffix == ".sqlite" and not database.is_sqlite:
        suffix = ".helixdump.gz"  # the shared database writes a dump under any other name
    fill(database)
    asked: list[int] = []

    def cancelled() -> bool:  # "no" on the first question, "yes" from the second on
        asked.append(1)
        return len(asked) > 1

    folder = tmp_path / "backups"
    with pytest.raises(BackupCancelledError):
        backup_database(database, folder / f"b{suffix}", cancelled=cancelled, by=BACKUP_ADMIN)
    assert len(asked) >= 2
    assert list(folder.iterdir()) == []


def test_a_cancelled_restore_replaces_nothing(database: Database, tmp_path: Path) -> None:
    ids = fill(database)
    dump = backup_database(database, tmp_path / "b.helixdump", by=BACKUP_ADMIN).path
    change(database, ids)
    before = export_all(database)
    database.dispose()
    with pytest.raises(BackupCancelledError):
        restore_database(
            database.url,
            dump,
            safety_copy_dir=tmp_path / "safety",
            cancelled=lambda: True,
            by=BACKUP_ADMIN,
        )
    assert reopened(database.url) == before


# -- the daily backup of the local database -----------------------------------------------------


def test_scheduled_backups_keep_the_newest_and_leave_other_files(
    sqlite_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    (folder / "helix-before-restore-20200101-000000.sqlite").write_bytes(b"kept")
    start = datetime(2026, 11, 1, 9, 30)
    for day in range(5):
        run_scheduled_backup(
            sqlite_db, folder, keep=3, now=start + timedelta(days=day), by=BACKUP_ADMIN
        )
    kept = [p.name for p in scheduled_backups(folder)]
    assert kept == [
        "helix-20261103-093000.sqlite",
        "helix-20261104-093000.sqlite",
        "helix-20261105-093000.sqlite",
    ]
    assert (folder / "notes.txt").exists()
    assert (folder / "helix-before-restore-20200101-000000.sqlite").exists()
    newest = last_backup(folder)
    assert newest is not None and newest.path.name == "helix-20261105-093000.sqlite"


def test_two_backups_in_the_same_second_are_both_kept(sqlite_db: Database, tmp_path: Path) -> None:
    now = datetime(2026, 11, 2, 8, 0, 0)
    first = run_scheduled_backup(sqlite_db, tmp_path, keep=5, now=now, by=BACKUP_ADMIN)
    second = run_scheduled_backup(sqlite_db, tmp_path, keep=5, now=now, by=BACKUP_ADMIN)
    assert first.path != second.path
    assert [p.name for p in scheduled_backups(tmp_path)] == [first.path.name, second.path.name]
    assert last_backup(tmp_path) == inspect_backup(second.path)


def test_no_scheduled_backup_of_the_shared_database(pg_db: Database, tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="local database"):
        run_scheduled_backup(pg_db, tmp_path, keep=3, by=BACKUP_ADMIN)
    assert last_backup(tmp_path) is None


def test_a_backup_is_due_once_a_day_when_enabled() -> None:
    now = datetime(2026, 11, 28, 10, 0).astimezone()

    def due(enabled: bool = True, last: str = "") -> bool:
        return backup_due(SimpleNamespace(backup_enabled=enabled, last_backup_at=last), now)

    assert due(last="")
    assert due(last="garbage")
    assert not due(enabled=False)
    assert not due(last=(now - timedelta(hours=1)).astimezone(UTC).isoformat())
    assert due(last=(now - timedelta(days=1)).astimezone(UTC).isoformat())
    assert due(last=(now + timedelta(days=2)).astimezone(UTC).isoformat())  # clock was wrong


def test_backup_settings_load_with_their_types(monkeypatch: pytest.MonkeyPatch) -> None:
    Settings.path().parent.mkdir(parents=True, exist_ok=True)
    Settings.path().write_text(
        json.dumps({"backup_enabled": False, "backup_keep": 7, "backup_folder": "D:/bk"}),
        encoding="utf-8",
    )
    loaded = Settings.load()
    assert (loaded.backup_enabled, loaded.backup_keep, loaded.backup_folder) == (False, 7, "D:/bk")
    assert backup_schedule.backup_folder(loaded) == Path("D:/bk")
    Settings.path().write_text(
        json.dumps({"backup_enabled": "false", "backup_keep": "3", "language": 5}),
        encoding="utf-8",
    )
    loaded = Settings.load()
    assert (loaded.backup_enabled, loaded.backup_keep, loaded.language) == (False, 3, "")
    Settings.path().write_text(json.dumps({"backup_keep": True, "backup_enabled": 1}))
    loaded = Settings.load()
    assert (loaded.backup_keep, loaded.backup_enabled) == (14, True)  # wrong types: defaults
    loaded.last_backup_at = "2026-11-28T01:00:00+00:00"
    loaded.save()
    assert Settings.load() == loaded
    Settings.path().unlink()
    assert backup_schedule.backup_folder(Settings.load()).name == "backups"


# -- the dump's values -------------------------------------------------------------------------


def test_dump_values_come_back_with_their_types() -> None:
    values = [
        None,
        True,
        7,
        2.5,
        "储能 battery",
        datetime(2026, 11, 28, 10, 3, 4, 123456, tzinfo=UTC),
        datetime(2026, 11, 28, 10, 3),
        date(2026, 2, 28),
        time(8, 30, 15),
        timedelta(days=-1, seconds=5, microseconds=7),
        Decimal("12345.6700"),
        b"\x00\xffPDF",
        uuid.UUID("12345678-1234-5678-1234-567812345678"),
        AllianceRole.LEAD,
    ]
    for value in values:
        back = dump_format._decode(json.loads(json.dumps(dump_format._encode(value))))
        expected = value.value if isinstance(value, AllianceRole) else value
        assert (back, type(back)) == (expected, type(expected)), value
    document = {"$datetime": "not a date", "list": [1, 2]}  # a JSON column's own dict
    wrapped = dump_format._encoder_for(JSON())(document)
    assert dump_format._decode(json.loads(json.dumps(wrapped))) == document


# -- a table that refers to itself --------------------------------------------------------------


def test_rows_of_a_self_referencing_table_are_restored_parents_first() -> None:
    node = SaTable(
        "node",
        MetaData(),
        Column("id", String, primary_key=True),
        Column("parent_id", ForeignKey("node.id")),
    )
    rows = [
        {"id": "c", "parent_id": "b"},
        {"id": "b", "parent_id": "a"},
        {"id": "a", "parent_id": None},
        {"id": "d", "parent_id": "a"},
    ]
    batches = list(row_restore.parents_first([(node, rows[:2]), (node, rows[2:])]))
    order = [row["id"] for _table, batch in batches for row in batch]
    assert order.index("a") < order.index("b") < order.index("c")
    assert order.index("a") < order.index("d")
    assert sorted(order) == ["a", "b", "c", "d"]
