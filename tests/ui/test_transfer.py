"""File ▸ Import… and Export…: members or listings, checked or imported in the background, a
refused file's problems in a table to copy or save, Cancel saving nothing."""

import csv
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from app.db import Database
from app.models import Role
from app.services import listing_io, member_io
from app.services.listing_io import LISTING_COLUMNS
from app.services.permissions import Actor
from app.services.tabular import read_table
from app.services.uow import UnitOfWork
from app.ui import transfer, workers
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.transfer import LISTINGS, MEMBERS, ExportDialog, ImportDialog
from app.ui.workers import Cancelled

SUPERVISOR = Actor("supervisor-zhao", Role.SUPERVISOR)


@pytest.fixture
def supervisor(sqlite_db: Database) -> AppContext:
    return AppContext(sqlite_db, SUPERVISOR)


@pytest.fixture
def members(add_member) -> None:
    add_member("常州新能源科技有限公司", external_id="M-1")
    add_member("江南大学", external_id="M-2", kind="university")


def listings_csv(path: Path, count: int = 2, **bad: dict[str, str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(LISTING_COLUMNS)
        for n in range(1, count + 1):
            row = {
                "external_id": f"L-{n}",
                "member_external_id": f"M-{n % 2 + 1}",
                "kind": "供给",
                "title": f"钠离子电池正极材料{n}",
                "summary": "层状氧化物正极",
                "description": "循环寿命3000次。",
                "sectors": "C38",
                "trl": "7",
                "cooperation_types": "技术许可",
            }
            row.update(bad.get(f"line{n + 1}", {}))
            writer.writerow([row.get(c, "") for c in LISTING_COLUMNS])
    return path


def exported(ctx: AppContext, folder: Path) -> list[dict[str, str]]:
    """The listings now in the database, as an export writes them."""
    path = folder / "check.csv"
    with UnitOfWork(ctx.db) as uow:
        listing_io.export_listings(uow, path, SUPERVISOR)
    return [row.cells for row in read_table(path).rows]


def choose_file(monkeypatch: pytest.MonkeyPatch, method: str, path: Path) -> list[tuple]:
    asked: list[tuple] = []

    def answer(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, method, staticmethod(answer))
    return asked


@pytest.fixture
def import_dialog(qtbot, supervisor: AppContext) -> ImportDialog:
    dialog = ImportDialog(supervisor)
    qtbot.addWidget(dialog)
    return dialog


# -- the menu -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "can_import"), [(Role.CLERK, False), (Role.SUPERVISOR, True), (Role.ADMIN, True)]
)
def test_the_file_menu_offers_import_to_supervisors_and_export_to_clerks(
    qtbot, sqlite_db: Database, role: Role, can_import: bool
) -> None:
    window = MainWindow(AppContext(sqlite_db, Actor("someone", role)))
    qtbot.addWidget(window)
    assert window.import_action.isEnabled() is can_import
    assert window.export_action.isEnabled()
    assert window.import_action.text() == "&Import…" and window.export_action.text() == "&Export…"


def test_the_import_action_opens_the_dialog(qtbot, supervisor: AppContext) -> None:
    window = MainWindow(supervisor)
    qtbot.addWidget(window)
    window.import_action.trigger()
    dialogs = window.findChildren(ImportDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].close()


def test_published_is_offered_only_to_those_who_verify(qtbot, sqlite_db, import_dialog) -> None:
    assert [import_dialog.status_combo.itemData(i) for i in range(2)] == ["draft", "published"]
    clerk_dialog = ImportDialog(AppContext(sqlite_db, Actor("clerk-li", Role.CLERK)))
    qtbot.addWidget(clerk_dialog)
    assert clerk_dialog.status_combo.count() == 1
    import_dialog.show()
    import_dialog.set_what(MEMBERS)
    assert not import_dialog.status_combo.isVisible()
    assert "registration_code" in import_dialog.columns_label.text()
    import_dialog.set_what(LISTINGS)
    assert import_dialog.status_combo.isVisible()
    assert "member_external_id" in import_dialog.columns_label.text()


def test_the_file_comes_from_the_file_dialog(monkeypatch, import_dialog, tmp_path) -> None:
    asked = choose_file(monkeypatch, "getOpenFileName", tmp_path / "listings.xlsx")
    import_dialog.browse_button.click()
    assert len(asked) == 1
    assert import_dialog.file_edit.text() == str(tmp_path / "listings.xlsx")


# -- importing ------------------------------------------------------------------------------------


def test_check_only_saves_nothing_and_the_import_follows(import_dialog, members, tmp_path) -> None:
    import_dialog.set_what(LISTINGS)
    import_dialog.file_edit.setText(str(listings_csv(tmp_path / "l.csv")))
    import_dialog.check_button.click()
    text = import_dialog.result_label.text()
    assert "all 2 rows are fine" in text and "create 2 listings" in text
    assert "Nothing was saved" in text
    assert exported(import_dialog.ctx, tmp_path) == []
    import_dialog.import_button.click()  # then the import itself, from the same dialog
    assert "2 listings created" in import_dialog.result_label.text()
    assert [r["status"] for r in exported(import_dialog.ctx, tmp_path)] == ["draft", "draft"]


def test_import_as_published_saves_and_says_what_it_did(import_dialog, members, tmp_path) -> None:
    import_dialog.set_what(LISTINGS)
    import_dialog.status_combo.setCurrentIndex(import_dialog.status_combo.findData("published"))
    import_dialog.file_edit.setText(str(listings_csv(tmp_path / "l.csv", 3)))
    import_dialog.import_button.click()
    assert import_dialog.result_label.text() == (
        "l.csv was imported: 3 listings created, 0 updated, 0 unchanged. 3 of them published."
    )
    rows = exported(import_dialog.ctx, tmp_path)
    assert [(r["external_id"], r["status"]) for r in rows] == [
        (f"L-{n}", "published") for n in (1, 2, 3)
    ]
    assert all(button.isEnabled() for button in import_dialog.findChildren(QPushButton))


def test_members_import_through_the_same_dialog(import_dialog, tmp_path) -> None:
    path = tmp_path / "members.csv"
    path.write_text("external_id,kind,name\nM-7,高校,浙江大学\n", encoding="utf-8")
    import_dialog.set_what(MEMBERS)
    import_dialog.file_edit.setText(str(path))
    import_dialog.import_button.click()
    assert "1 members created" in import_dialog.result_label.text()


def test_a_refused_file_shows_each_problem_to_copy_and_save(
    monkeypatch, import_dialog, members, tmp_path
) -> None:
    path = listings_csv(
        tmp_path / "bad.csv", 4, line3={"trl": "TRL 12"}, line5={"member_external_id": "M-404"}
    )
    import_dialog.set_what(LISTINGS)
    import_dialog.file_edit.setText(str(path))
    import_dialog.import_button.click()
    assert "bad.csv was not imported" in import_dialog.result_label.text()
    rows = import_dialog.problem_rows()
    assert [row[:2] for row in rows] == [["3", "trl"], ["5", "member_external_id"]]
    assert "M-404" in rows[1][2]
    assert not import_dialog.problems.isHidden()
    import_dialog.copy_button.click()
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0] == "line\tcolumn\tmessage" and copied[1].startswith("3\ttrl\t")
    choose_file(monkeypatch, "getSaveFileName", tmp_path / "problems.xlsx")
    import_dialog.save_button.click()
    saved = read_table(tmp_path / "problems.xlsx")
    assert [(r.get("line"), r.get("column")) for r in saved.rows] == [
        ("3", "trl"),
        ("5", "member_external_id"),
    ]
    assert exported(import_dialog.ctx, tmp_path) == []


def test_without_a_file_the_dialog_asks_for_one(import_dialog) -> None:
    import_dialog.import_button.click()
    assert import_dialog.result_label.text() == "Choose a .csv or .xlsx file first."


def test_cancel_while_saving_saves_nothing(supervisor, members, tmp_path) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))

    report = transfer._service_progress(progress, lambda: len(calls) >= 1)  # Cancel after checking
    with pytest.raises(Cancelled):
        transfer.import_file(
            supervisor.db, SUPERVISOR, LISTINGS, listings_csv(tmp_path / "l.csv", 3),
            progress=report,
        )  # fmt: skip
    assert calls == [(3, 6)]
    assert exported(supervisor, tmp_path) == []


def test_the_progress_window_cancel_stops_the_import(qtbot, monkeypatch, import_dialog, tmp_path):
    workers.set_synchronous(False)
    stopped: list[str] = []

    def slow_import(*args: Any, progress: Any, **kwargs: Any) -> Any:
        try:
            for step in range(500):
                progress(step, 500, "")
                time.sleep(0.01)
        except Cancelled:
            stopped.append("cancelled")
            raise

    monkeypatch.setattr(transfer, "import_file", slow_import)
    import_dialog.file_edit.setText(str(tmp_path / "l.csv"))
    import_dialog.import_button.click()
    assert import_dialog.task is not None and not import_dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: import_dialog.task.dialog.maximum() == 500, timeout=3000)
    import_dialog.task.dialog.findChild(QPushButton).click()
    assert import_dialog.result_label.text() == "Cancelled: nothing was saved."
    assert import_dialog.import_button.isEnabled()
    assert workers.wait_for_all(5000)
    assert stopped == ["cancelled"]


# -- exporting ------------------------------------------------------------------------------------


def test_export_writes_the_chosen_records(
    qtbot, monkeypatch, supervisor, members, tmp_path
) -> None:
    transfer.import_file(supervisor.db, SUPERVISOR, LISTINGS, listings_csv(tmp_path / "l.csv"))
    dialog = ExportDialog(supervisor)
    qtbot.addWidget(dialog)
    dialog.set_what(LISTINGS)
    choose_file(monkeypatch, "getSaveFileName", tmp_path / "out.xlsx")
    dialog.browse_button.click()
    dialog.export_button.click()
    assert dialog.result_label.text() == f"Exported 2 listings to {tmp_path / 'out.xlsx'}."
    table = read_table(tmp_path / "out.xlsx")
    assert [r.get("title") for r in table.rows] == ["钠离子电池正极材料1", "钠离子电池正极材料2"]
    dialog.set_what(MEMBERS)
    dialog.file_edit.setText(str(tmp_path / "members.csv"))
    dialog.export_button.click()
    assert len(read_table(tmp_path / "members.csv").rows) == 2
    assert tuple(read_table(tmp_path / "members.csv").header) == member_io.MEMBER_COLUMNS


def test_an_export_into_a_missing_folder_says_so(qtbot, supervisor, tmp_path) -> None:
    dialog = ExportDialog(supervisor)
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(tmp_path / "nowhere" / "members.csv"))
    dialog.export_button.click()
    assert "does not exist" in dialog.result_label.text()
    assert dialog.export_button.isEnabled()
