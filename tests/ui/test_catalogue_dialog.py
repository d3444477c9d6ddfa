"""File ▸ Export trade-fair catalogue…: the dialog's choices reach the PDF, the export runs with a
progress window that can cancel it (no file then), errors reach the clerk in plain words, and
the menu action is there only for those who may export."""

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from app.db import Database
from app.models import Role
from app.services import listings
from app.services.listings import CHECKLIST, ListingData
from app.services.permissions import Actor
from app.services.uow import UnitOfWork
from app.ui.catalogue_dialog import CatalogueDialog, CatalogueWritten, default_file_name
from app.ui.context import AppContext
from app.ui.main_window import MainWindow

CLERK = Actor("test-clerk")
SUPERVISOR = Actor("supervisor-zhao", Role.SUPERVISOR)


def publish(db: Database, member_id: str, kind: str, title: str) -> str:
    data = ListingData(
        kind=kind,
        member_id=member_id,
        title=title,
        summary="寻求量产工艺",
        description="完整说明",
        sectors=["C38"],
        cooperation_types=["joint_rd"],
        trl="6",
    )
    with UnitOfWork(db) as uow:
        detail = listings.create_listing(uow, data, CLERK)
        listings.submit_listing(uow, detail.id, CLERK)
        done = listings.publish_listing(
            uow, detail.id, dict.fromkeys(CHECKLIST, True), SUPERVISOR, now=datetime.now(UTC)
        )
        uow.commit()
    return done.reference


@pytest.fixture
def fair(sqlite_db: Database, add_member) -> list[str]:
    member_id = add_member("常州新能源科技有限公司").id
    return [
        publish(sqlite_db, member_id, "demand", "高能量密度固态锂电池电解质技术"),
        publish(sqlite_db, member_id, "supply", "Perovskite module encapsulation"),
        publish(sqlite_db, member_id, "supply", "工业机器人视觉引导系统"),
    ]


@pytest.fixture
def written(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The "catalogue written" messages shown; the clerk does not ask to open the file."""
    shown: list[str] = []
    monkeypatch.setattr(
        CatalogueWritten, "ask", classmethod(lambda _c, _p, text: shown.append(text) or False)
    )
    return shown


@pytest.fixture
def dialog(qtbot, ctx: AppContext, tmp_path: Path) -> CatalogueDialog:
    made = CatalogueDialog(ctx)
    qtbot.addWidget(made)
    made.file_edit.setText(str(tmp_path / "fair.pdf"))
    return made


def test_the_catalogue_is_exported_with_the_choices_made(
    dialog: CatalogueDialog, fair: list[str], written: list[str], tmp_path: Path
) -> None:
    dialog.title_edit.setText("常州技术供给目录")
    dialog.event_edit.setText("Changzhou Fair 2026")
    dialog.kinds_combo.setCurrentIndex(dialog.kinds_combo.findData("supply"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh"))
    dialog.buttons.accepted.emit()
    target = tmp_path / "fair.pdf"
    assert target.read_bytes().startswith(b"%PDF-")
    assert dialog.summary is not None and dialog.summary.listings == 2
    assert (dialog.summary.demands, dialog.summary.supplies) == (0, 2)
    assert len(written) == 1 and "2 listings" in written[0] and str(target) in written[0]
    assert dialog.result() == CatalogueDialog.DialogCode.Accepted


def test_open_shows_the_pdf(
    dialog: CatalogueDialog, fair: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(CatalogueWritten, "ask", classmethod(lambda _c, _p, _t: True))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog.export()
    assert opened == [dialog.file_edit.text()]


def test_the_file_dialog_suggests_a_dated_name_and_pdf_is_added(
    dialog: CatalogueDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    asked: list[str] = []

    def save_file_name(parent: Any, caption: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "messe"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    dialog.file_edit.setText("")
    dialog.choose_file()
    assert Path(asked[0]).name == default_file_name()
    assert dialog.file_edit.text() == str(tmp_path / "messe.pdf")


def test_cancel_stops_the_export_and_writes_nothing(
    dialog: CatalogueDialog, fair: list[str], written: list[str], tmp_path: Path, monkeypatch
) -> None:
    progressed = dialog._progressed

    def cancel_at_once(done: int, total: int, text: str) -> None:
        progressed(done, total, text)
        dialog.cancel_export()  # the clerk presses Cancel in the progress window

    monkeypatch.setattr(dialog, "_progressed", cancel_at_once)
    dialog.export()
    assert list(tmp_path.glob("*.pdf*")) == []
    assert written == []
    assert dialog.summary is None
    assert dialog.buttons.isEnabled()
    assert dialog.progress_dialog is None


def test_a_refusal_is_shown_in_plain_words(
    dialog: CatalogueDialog, messages: list[str], written: list[str], tmp_path: Path
) -> None:
    dialog.export()  # nothing is published
    assert len(messages) == 1
    assert "There are no published listings to put in a catalogue" in messages[0]
    assert written == [] and not (tmp_path / "fair.pdf").exists()
    assert dialog.buttons.isEnabled()


def test_the_menu_offers_the_catalogue_to_those_who_may_export(qtbot, sqlite_db) -> None:
    for role, enabled in ((Role.CLERK, True), (Role.VIEWER, False)):
        window = MainWindow(AppContext(sqlite_db, Actor("someone", role)))
        qtbot.addWidget(window)
        assert window.catalogue_action.text() == "Export trade-fair &catalogue…"
        assert window.catalogue_action.isEnabled() is enabled
