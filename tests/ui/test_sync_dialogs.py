"""Offline work in the GUI: the copy-out dialog makes a laptop's copy of the office's database,
the status bar says the window works on a copy, and the Sync dialog sends and receives, says
what it did in words, offers the Conflicts screen, stops on Cancel, and shows a refusal as a
plain message. Against real SQLite files: the "office" and the "laptop"."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.db import Database, sqlite_url
from app.models import Role
from app.services import members, sync
from app.services.permissions import Actor
from app.services.uow import UnitOfWork
from app.settings import Settings
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.sync import copy_dialog
from app.ui.sync.copy_dialog import CopyOutDialog
from app.ui.sync.status import CopyStatusLabel, status_text
from app.ui.sync.sync_dialog import SyncDialog

from .conftest import CLERK, member_data
from .sync_fixtures import all_members, edit_member, laptop, member_id, new_database, office

__all__ = ["laptop", "office"]  # fixtures


def sync_dialog(qtbot, db: Database, opened: list[str] | None = None) -> SyncDialog:
    ctx = AppContext(db, CLERK)
    info = sync.copy_info(db)
    assert info is not None
    dialog = SyncDialog(ctx, info, None, (lambda: opened.append("conflicts")) if opened else None)
    qtbot.addWidget(dialog)
    return dialog


# -- copy out -------------------------------------------------------------------------------------


@pytest.fixture
def copy_out_dialog(qtbot, office: Database) -> CopyOutDialog:
    dialog = CopyOutDialog(AppContext(office, CLERK))
    qtbot.addWidget(dialog)
    return dialog


def tick(view, value: str) -> None:
    for row in range(view.count()):
        if view.item(row).data(Qt.ItemDataRole.UserRole) == value:
            view.item(row).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{value} is not offered")


def test_the_copy_dialog_offers_the_regions_sectors_and_alliances_in_use(copy_out_dialog) -> None:
    regions = [copy_out_dialog.regions_list.item(i).text() for i in range(2)]
    assert regions == ["广东省", "浙江省"] and copy_out_dialog.regions_list.count() == 2
    sectors = copy_out_dialog.sectors_list
    codes = [sectors.item(i).data(Qt.ItemDataRole.UserRole) for i in range(sectors.count())]
    assert codes == ["C39", "I65"]
    assert sectors.item(0).text().startswith("C39 ")  # with the sector's name
    assert copy_out_dialog.alliances_list.count() == 0
    assert copy_out_dialog.file_edit.text().endswith("helix-offline.sqlite")


def test_copying_a_region_makes_a_copy_with_its_members_and_series(
    copy_out_dialog, tmp_path
) -> None:
    target = tmp_path / "fair.sqlite"
    copy_out_dialog.file_edit.setText(str(target))
    copy_out_dialog.part_radio.setChecked(True)
    tick(copy_out_dialog.regions_list, "浙江省")
    copy_out_dialog.series_edit.setText("fair1")
    copy_out_dialog.copy_button.click()
    message = copy_out_dialog.message.text()
    assert "records to" in message and str(target) in message
    assert "Its number series is FAIR1" in message
    assert copy_out_dialog.use_button.isVisibleTo(copy_out_dialog)
    copy = Database.open(sqlite_url(target))
    try:
        info = sync.copy_info(copy)
        with UnitOfWork(copy) as uow:
            names = {m.data.name for m in all_members(uow)}
    finally:
        copy.dispose()
    assert info is not None and info.scope.regions == ("浙江省",) and info.series == "FAIR1"
    assert names == {"浙江大学"}


def test_a_part_needs_something_ticked(copy_out_dialog, tmp_path) -> None:
    copy_out_dialog.file_edit.setText(str(tmp_path / "fair.sqlite"))
    copy_out_dialog.part_radio.setChecked(True)
    copy_out_dialog.copy_button.click()
    assert "Tick at least one region" in copy_out_dialog.message.text()
    assert not (tmp_path / "fair.sqlite").exists()


def test_the_open_database_is_not_a_target(copy_out_dialog, office) -> None:
    copy_out_dialog.file_edit.setText(str(office.sqlite_path))
    copy_out_dialog.copy_button.click()
    assert "the database Helix has open" in copy_out_dialog.message.text()


def test_a_file_holding_another_database_is_refused_plainly(
    copy_out_dialog, sqlite_template, tmp_path
) -> None:
    other = tmp_path / "other.sqlite"
    db = new_database(sqlite_template, other)
    with UnitOfWork(db) as uow:
        members.create_member(uow, member_data("另一家公司"), CLERK)
        uow.commit()
    db.dispose()
    copy_out_dialog.file_edit.setText(str(other))
    assert "This file exists" in copy_out_dialog.file_note.text()
    copy_out_dialog.copy_button.click()
    assert "already holds a database of its own" in copy_out_dialog.message.text()
    assert copy_out_dialog.copy_button.isEnabled()  # the clerk may choose another file


def test_browse_puts_the_chosen_file_in_the_form(copy_out_dialog, monkeypatch, tmp_path) -> None:
    chosen = tmp_path / "elsewhere.sqlite"
    monkeypatch.setattr(copy_dialog.CopyFile, "ask", classmethod(lambda _c, _p, _s: chosen))
    copy_out_dialog.browse_button.click()
    assert copy_out_dialog.file_edit.text() == str(chosen)


def test_the_copy_can_become_the_database_of_the_next_start(copy_out_dialog, tmp_path) -> None:
    target = tmp_path / "fair.sqlite"
    copy_out_dialog.file_edit.setText(str(target))
    copy_out_dialog.copy_button.click()
    copy_out_dialog.use_button.click()
    assert Settings.load().database_url == sqlite_url(target)
    assert "the next time it starts" in copy_out_dialog.message.text()


def test_cancel_stops_the_copy(copy_out_dialog, tmp_path, monkeypatch) -> None:
    target = tmp_path / "fair.sqlite"
    copy_out_dialog.file_edit.setText(str(target))
    panel = copy_out_dialog.progress
    original = panel.progressed

    def press_cancel(done: int, total: int, step: str) -> None:
        original(done, total, step)
        if panel.cancel_button.isEnabled():
            panel.cancel_button.click()

    monkeypatch.setattr(panel, "progressed", press_cancel)
    copy_out_dialog.copy_button.click()
    assert "The copy was stopped" in copy_out_dialog.message.text()
    assert copy_out_dialog.summary is None and not panel.isVisibleTo(copy_out_dialog)
    copy = Database.open(sqlite_url(target))
    try:
        assert sync.copy_info(copy) is None  # nothing of the copy was kept
    finally:
        copy.dispose()


# -- the status bar -------------------------------------------------------------------------------


def test_the_status_bar_says_the_window_works_on_a_copy(qtbot, laptop, office) -> None:
    window = MainWindow(AppContext(laptop, CLERK))
    qtbot.addWidget(window)
    label = window.copy_label
    assert not label.isHidden()
    assert label.text() == f"Local copy of {office.sqlite_path.name} · never synced"
    assert str(office.sqlite_path) in label.toolTip()
    assert window.sync_actions.sync_action.isVisible()
    assert not window.sync_actions.copy_action.isVisible()
    edit_member(laptop, "浙江大学", city="宁波")
    dialog = sync_dialog(qtbot, laptop)
    dialog.sync_button.click()
    assert "· last synced " in label.text() and "never" not in label.text()


def test_on_the_office_database_the_status_bar_says_nothing_of_copies(qtbot, office) -> None:
    window = MainWindow(AppContext(office, CLERK))
    qtbot.addWidget(window)
    assert window.copy_label.isHidden()
    assert window.sync_actions.copy_action.isVisible()
    assert not window.sync_actions.sync_action.isVisible()


def test_the_status_line_counts_unsent_changes_and_conflicts(laptop) -> None:
    edit_member(laptop, "浙江大学", city="宁波")
    info = sync.copy_info(laptop)
    assert info is not None
    assert status_text(info).endswith("· never synced · 1 change not sent yet")


def test_a_viewer_may_not_sync(qtbot, laptop) -> None:
    window = MainWindow(AppContext(laptop, Actor("guest", Role.VIEWER)))
    qtbot.addWidget(window)
    assert window.sync_actions.sync_action.isVisible()
    assert not window.sync_actions.sync_action.isEnabled()


# -- sync -----------------------------------------------------------------------------------------


def test_sync_sends_and_receives_and_says_so(qtbot, laptop, office) -> None:
    edit_member(laptop, "浙江大学", city="宁波")
    edit_member(office, "华为技术有限公司", city="东莞")
    dialog = sync_dialog(qtbot, laptop)
    assert dialog.remote_label.text() == str(office.sqlite_path)
    assert not dialog.conflicts_button.isVisibleTo(dialog)
    assert dialog.last_sync_label.text() == "never synced"
    assert dialog.unsent_label.text() == "1 change"
    assert not dialog.password_row.isVisibleTo(dialog)  # a file needs no password
    dialog.sync_button.click()
    assert dialog.message.text() == "Sent 1 record, received 1."
    assert not dialog.conflicts_button.isVisibleTo(dialog)
    assert dialog.unsent_label.text() == "0 changes"
    with UnitOfWork(office) as uow:
        assert members.get_member(uow, member_id(office, "浙江大学")).data.city == "宁波"
    with UnitOfWork(laptop) as uow:
        assert members.get_member(uow, member_id(laptop, "华为技术有限公司")).data.city == "东莞"
    dialog.sync_button.click()
    assert dialog.message.text() == "Nothing new on either side."


def test_a_conflict_is_announced_with_a_way_to_the_conflicts_screen(qtbot, laptop, office) -> None:
    edit_member(laptop, "浙江大学", city="宁波", website="https://www.zju.edu.cn")
    edit_member(office, "浙江大学", city="温州")
    opened: list[str] = ["-"]
    dialog = sync_dialog(qtbot, laptop, opened)
    dialog.sync_button.click()
    text = dialog.message.text()  # received: the member, and the conflict the office recorded
    assert text == "Sent 1 record, received 1; 1 new conflict to resolve."
    assert dialog.conflicts_button.isVisibleTo(dialog)
    dialog.conflicts_button.click()
    assert opened == ["-", "conflicts"]


def test_an_unreachable_server_is_a_plain_message_and_the_dialog_stays_usable(
    qtbot, laptop, monkeypatch
) -> None:
    dialog = sync_dialog(qtbot, laptop)
    unreachable = "postgresql+psycopg://clerk@127.0.0.1:1/helix"
    monkeypatch.setattr(dialog, "url", unreachable)
    dialog.password_edit.setText("secret")
    dialog._show_password(True)
    dialog.sync_button.click()
    text = dialog.message.text()
    assert text.startswith("Helix could not reach the shared database")
    assert "127.0.0.1:1" in text and "secret" not in text and "Traceback" not in text
    assert dialog.sync_button.isEnabled() and not dialog.progress.isVisibleTo(dialog)


def test_the_password_field_shows_for_a_server_without_a_kept_password(
    qtbot, laptop, monkeypatch
) -> None:
    from app.services import credentials

    monkeypatch.setattr(credentials, "load_password", lambda _url: None)
    info = sync.copy_info(laptop)
    assert info is not None
    shared = info.__class__(**{**info.__dict__, "remote": "postgresql+psycopg://clerk@db/helix"})
    dialog = SyncDialog(AppContext(laptop, CLERK), shared)
    qtbot.addWidget(dialog)
    assert dialog.password_row.isVisibleTo(dialog)
    dialog.password_edit.setText("secret")
    assert dialog.connect_url() == "postgresql+psycopg://clerk:secret@db/helix"
    monkeypatch.setattr(credentials, "load_password", lambda _url: "kept")
    kept = SyncDialog(AppContext(laptop, CLERK), shared)
    qtbot.addWidget(kept)
    assert not kept.password_row.isVisibleTo(kept)
    assert kept.connect_url() == "postgresql+psycopg://clerk:kept@db/helix"


def test_cancel_stops_the_sync_and_keeps_what_was_done(qtbot, laptop, office, monkeypatch) -> None:
    edit_member(laptop, "浙江大学", city="宁波")
    edit_member(office, "华为技术有限公司", city="东莞")
    dialog = sync_dialog(qtbot, laptop)
    panel = dialog.progress
    original = panel.progressed
    seen: list[tuple[int, int, str]] = []

    def press_cancel(done: int, total: int, step: str) -> None:
        seen.append((done, total, step))
        original(done, total, step)
        if panel.cancel_button.isEnabled():
            panel.cancel_button.click()

    monkeypatch.setattr(panel, "progressed", press_cancel)
    dialog.sync_button.click()
    assert seen[0] == (0, 1, "send")
    assert dialog.summary is not None and dialog.summary.cancelled
    assert dialog.message.text().startswith("The sync was stopped.")
    assert dialog.summary.received == 0
    with UnitOfWork(laptop) as uow:  # the office's change was not received
        assert members.get_member(uow, member_id(laptop, "华为技术有限公司")).data.city == "深圳"
    monkeypatch.setattr(panel, "progressed", original)
    dialog.sync_button.click()  # the next sync goes on
    assert dialog.message.text() == "Sent 0 records, received 1."


def test_the_status_label_follows_a_copy_it_is_given(qtbot, laptop) -> None:
    from app.ui.sync.status import CopyStatus

    status = CopyStatus(AppContext(laptop, CLERK))
    label = CopyStatusLabel(status)
    qtbot.addWidget(label)
    assert label.isHidden()
    status.refresh()
    assert not label.isHidden() and label.text().startswith("Local copy of ")
    assert isinstance(label, QLabel)


def test_sync_with_the_shared_postgresql_server(qtbot, pg_db, sqlite_template, tmp_path) -> None:
    with UnitOfWork(pg_db) as uow:
        members.create_member(uow, member_data("浙江大学", kind="university"), CLERK)
        uow.commit()
    laptop = new_database(sqlite_template, tmp_path / "laptop.sqlite")
    try:
        sync.copy_out(pg_db, laptop, CLERK)
        edit_member(laptop, "浙江大学", city="宁波")
        dialog = sync_dialog(qtbot, laptop)
        assert dialog.remote_label.text().startswith("postgresql+psycopg://")
        dialog.sync_button.click()  # the test server trusts local connections: no password
        assert dialog.message.text() == "Sent 1 record, received 0."
        with UnitOfWork(pg_db) as uow:
            assert members.get_member(uow, member_id(pg_db, "浙江大学")).data.city == "宁波"
    finally:
        laptop.dispose()
