"""Backups from the GUI: the Backups section of Settings (Back up now, the last backup), File ▸
Back up… and Restore… (what is replaced is confirmed first; a refused file replaces nothing),
and the daily automatic backup after start."""

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from app.models import Role
from app.models import Role as _Role
from app.services import backup, backup_schedule, member_search
from app.services.member_search import MemberQuery
from app.services.permissions import Actor
from app.services.permissions import Actor as _Actor
from app.settings import Settings
from app.ui import backups, workers
from app.ui.backups import BackupFile, BackupSection, RestoreFile
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.prompts import Confirm
from app.ui.settings_dialog import SettingsDialog

BACKUP_ADMIN = _Actor("backup-admin", _Role.ADMIN)

ADMIN = Actor("admin", Role.ADMIN)


@pytest.fixture(autouse=True)
def settings_file(tmp_path: Path) -> Iterator[Settings]:
    """Each test starts with backups into its own folder, and leaves no settings behind."""
    settings = Settings(backup_folder=str(tmp_path / "backups"), backup_keep=3)
    settings.save()
    yield settings
    Settings.path().unlink(missing_ok=True)


def answer(monkeypatch: pytest.MonkeyPatch, cls: type, reply: Any) -> list[tuple]:
    asked: list[tuple] = []
    monkeypatch.setattr(cls, "ask", classmethod(lambda _c, *a, **k: asked.append(a) or reply))
    return asked


@pytest.fixture
def admin_ctx(sqlite_db) -> AppContext:
    return AppContext(sqlite_db, ADMIN)


@pytest.fixture
def window(qtbot, admin_ctx) -> MainWindow:
    main = MainWindow(admin_ctx)
    qtbot.addWidget(main)
    return main


def member_count(ctx: AppContext) -> int:
    return ctx.read(member_search.count_members, MemberQuery(include_archived=True))


# -- Settings ▸ Backups ----------------------------------------------------------------------------


def test_back_up_now_shows_the_last_backup(qtbot, admin_ctx, settings_file, add_member) -> None:
    add_member("宁波舟山港集团有限公司")
    dialog = SettingsDialog(Settings.load(), admin_ctx.db.url, ctx=admin_ctx)
    qtbot.addWidget(dialog)
    section = dialog.backups
    assert section is not None
    assert section.last_label.text() == "No backup has been made yet."
    section.back_up_now()
    made = backup_schedule.scheduled_backups(Path(settings_file.backup_folder))
    assert len(made) == 1
    assert backup.inspect_backup(made[0]).row_counts["member"] == 1
    stamp = Settings.load().last_backup_at
    assert stamp
    expected = backups.last_backup_text(stamp, made[0].name)
    assert section.last_label.text() == expected
    assert expected.startswith("Last backup: ") and expected.endswith(f"({made[0].name})")


def test_the_last_backup_is_shown_when_settings_open(qtbot, admin_ctx, settings_file) -> None:
    info = backup_schedule.run_scheduled_backup(
        admin_ctx.db, Path(settings_file.backup_folder), 3, by=BACKUP_ADMIN
    )
    backups.record_backup(datetime(2026, 11, 28, 2, 3, tzinfo=UTC))
    dialog = SettingsDialog(Settings.load(), admin_ctx.db.url, ctx=admin_ctx)
    qtbot.addWidget(dialog)
    assert dialog.backups.last_label.text() == backups.last_backup_text(
        "2026-11-28T02:03:00+00:00", info.path.name
    )
    assert "28 Nov 2026" in dialog.backups.last_label.text()


def test_only_an_administrator_changes_the_backup_settings(qtbot, sqlite_db) -> None:
    clerk = AppContext(sqlite_db, Actor("wangfang", Role.CLERK))
    section = BackupSection(clerk, Settings.load())
    qtbot.addWidget(section)
    assert not section.enabled_check.isEnabled() and not section.keep_spin.isEnabled()
    assert not section.back_up_button.isEnabled()
    assert "Only an administrator" in section.note.text()
    assert section.last_label.text() == "No backup has been made yet."


def test_saving_settings_keeps_the_backup_choices(qtbot, admin_ctx, tmp_path) -> None:
    dialog = SettingsDialog(Settings.load(), admin_ctx.db.url, ctx=admin_ctx)
    qtbot.addWidget(dialog)
    dialog.backups.enabled_check.setChecked(False)
    dialog.backups.folder_edit.setText(str(tmp_path / "elsewhere"))
    dialog.backups.keep_spin.setValue(30)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.save()
    saved = Settings.load()
    assert (saved.backup_enabled, saved.backup_folder, saved.backup_keep) == (
        False,
        str(tmp_path / "elsewhere"),
        30,
    )
    assert saved.language == "en"


def test_cancel_in_the_progress_window_stops_the_work(qtbot) -> None:
    workers.set_synchronous(False)
    started, finished, cancelled = [], [], []

    def slow(progress, is_cancelled) -> None:
        started.append(True)
        for step in range(500):
            if is_cancelled():
                raise backup.BackupCancelledError("The backup was cancelled.")
            progress(step, 500)
            time.sleep(0.01)

    task = backups.run_with_progress(
        None,
        "Back up",
        "Backing up…",
        slow,
        finished.append,
        finished.append,
        lambda: cancelled.append(True),
    )
    qtbot.waitUntil(lambda: bool(started), timeout=3000)
    qtbot.waitUntil(lambda: task.dialog.maximum() == 500, timeout=3000)  # progress arrives
    task.dialog.findChild(QPushButton).click()  # the clerk's Cancel
    assert cancelled == [True]
    assert workers.wait_for_all(5000)
    qtbot.wait(50)
    assert finished == []  # neither done nor an error message: it just stopped


# -- File ▸ Back up… -------------------------------------------------------------------------------


def test_file_back_up_writes_the_chosen_file(window, monkeypatch, tmp_path, messages) -> None:
    target = tmp_path / "fair" / "helix-fair.sqlite"
    asked = answer(monkeypatch, BackupFile, target)
    window.backup_action.trigger()
    assert asked[0][1].suffix == ".sqlite" and asked[0][2] is False  # local: a database file
    assert backup.inspect_backup(target).kind == "sqlite"
    assert messages == [f"The database was backed up to {target}."]


# -- File ▸ Restore… -------------------------------------------------------------------------------


@pytest.fixture
def backup_file(admin_ctx, add_member, tmp_path) -> Path:
    add_member("浙江大学", kind="university")
    return backup.backup_database(admin_ctx.db, tmp_path / "before.sqlite", by=BACKUP_ADMIN).path


def test_restore_asks_first_and_naming_what_is_replaced(
    window, monkeypatch, backup_file, add_member, admin_ctx
) -> None:
    add_member("西湖大学", kind="university")  # made after the backup
    answer(monkeypatch, RestoreFile, backup_file)
    asked = answer(monkeypatch, Confirm, False)
    window.restore_action.trigger()
    assert len(asked) == 1
    _parent, title, question, action = asked[0]
    assert title == "Restore a backup" and action == "Replace the database"
    assert str(admin_ctx.db.display_name) in question
    assert "before.sqlite is a database file" in question
    assert "It holds 1 members" in question
    assert member_count(admin_ctx) == 2  # declined: nothing replaced


def test_a_file_that_is_no_backup_is_refused_and_replaces_nothing(
    window, monkeypatch, tmp_path, add_member, admin_ctx, messages
) -> None:
    add_member("浙江大学", kind="university")
    junk = tmp_path / "notes.sqlite"
    junk.write_text("meeting notes, not a database", encoding="utf-8")
    answer(monkeypatch, RestoreFile, junk)
    asked = answer(monkeypatch, Confirm, True)
    window.restore_action.trigger()
    assert asked == []  # nothing to confirm
    assert len(messages) == 1 and "is not a Helix backup" in messages[0]
    assert "Nothing was replaced" in messages[0]
    assert member_count(admin_ctx) == 1


def test_a_confirmed_restore_replaces_the_database_and_closes_helix(
    window, monkeypatch, backup_file, add_member, admin_ctx, messages, settings_file
) -> None:
    add_member("西湖大学", kind="university")
    window.show()
    answer(monkeypatch, RestoreFile, backup_file)
    answer(monkeypatch, Confirm, True)
    window.restore_action.trigger()
    assert member_count(admin_ctx) == 1
    assert len(messages) == 1
    assert "was restored from before.sqlite" in messages[0]
    assert "Helix closes now" in messages[0]
    assert settings_file.backup_folder in messages[0]  # where the safety copy is
    assert not window.isVisible()


def test_restore_waits_for_unsaved_changes(window, monkeypatch, backup_file) -> None:
    from app.ui.prompts import UnsavedChanges

    window.show_screen("registry")
    window.screens["registry"].form.edits["name"].setText("未保存")
    answer(monkeypatch, UnsavedChanges, UnsavedChanges.CANCEL)
    chosen = answer(monkeypatch, RestoreFile, backup_file)
    window.restore_action.trigger()
    assert chosen == []


# -- the daily automatic backup --------------------------------------------------------------------


def test_the_daily_backup_runs_when_due_and_is_recorded(window, admin_ctx, settings_file) -> None:
    assert backups.start_automatic_backup(window, admin_ctx) is not None
    made = backup_schedule.scheduled_backups(Path(settings_file.backup_folder))
    assert len(made) == 1
    assert Settings.load().last_backup_at
    assert window.statusBar().currentMessage() == f"Daily backup saved: {made[0]}"
    assert backups.start_automatic_backup(window, admin_ctx) is None  # not due again today


def test_no_daily_backup_when_switched_off_or_on_the_demo(window, admin_ctx, settings_file) -> None:
    Settings(backup_folder=settings_file.backup_folder, backup_enabled=False).save()
    assert backups.start_automatic_backup(window, admin_ctx) is None
    settings_file.save()
    demo = AppContext(admin_ctx.db, admin_ctx.actor, demo=True)
    assert backups.start_automatic_backup(window, demo) is None
    assert not Path(settings_file.backup_folder).exists()


def test_a_failed_daily_backup_says_so_in_the_status_bar(window, admin_ctx, monkeypatch) -> None:
    from app.errors import DomainError

    def refuse(*_a: Any, **_k: Any) -> None:
        raise DomainError("The disk is full.")

    monkeypatch.setattr(backup_schedule, "run_scheduled_backup", refuse)
    backups.start_automatic_backup(window, admin_ctx)
    assert window.statusBar().currentMessage().startswith("The daily backup failed: The disk is")
