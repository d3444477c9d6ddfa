"""The Reports screen on the small history of tests/services/test_reports.py: the report chooser
and period, the table (qtmodeltester) and the QtCharts bar chart, sorting, Export… in the
background with its progress and cancel, and errors shown to the clerk in words."""

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale, Qt

from app.errors import DatabaseUnavailableError
from app.models import Role
from app.services.permissions import Actor
from app.ui.context import AppContext
from app.ui.reports import export as export_module
from app.ui.reports import screen as screen_module
from app.ui.reports.export import ReportFile
from app.ui.reports.model import ReportModel
from app.ui.reports.screen import ReportsScreen
from tests.services.test_reports import History, build_history

T = date.today()
CLERK = Actor("clerk-li", Role.CLERK)


@pytest.fixture(autouse=True)
def english_numbers() -> Iterator[None]:
    """Numbers as an English-speaking clerk's machine writes them (1,200,000.00)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def history(sqlite_db, tmp_path) -> History:
    return build_history(sqlite_db, tmp_path)


@pytest.fixture
def screen(qtbot, sqlite_db, history) -> ReportsScreen:
    widget = ReportsScreen(AppContext(sqlite_db, CLERK))
    qtbot.addWidget(widget)
    return widget


def cells(screen: ReportsScreen) -> list[list[str]]:
    model = screen.view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def choose(screen: ReportsScreen, name: str) -> None:
    screen.report_combo.setCurrentIndex(screen.report_combo.findData(name))


def test_the_funnel_shows_as_a_table_and_a_bar_chart(screen: ReportsScreen) -> None:
    assert screen.chosen() == "funnel"
    assert cells(screen) == [
        ["Published", "6", "—", "—"],
        ["Matched", "4", "66.7 %", "35.0"],
        ["Contracted", "4", "100.0 %", "40.0"],
        ["Completed", "2", "50.0 %", "0.0"],
    ]
    header = screen.view.model().headerData(2, Qt.Orientation.Horizontal)
    assert header == "Conversion"
    assert screen.chart.series() == [("Listings", [6.0, 4.0, 4.0, 2.0])]
    assert screen.chart.categories() == ["Published", "Matched", "Contracted", "Completed"]
    assert screen.status_label.text() == "All time · 4 rows"


def test_a_chosen_report_and_period_reload_the_figures(screen: ReportsScreen, qtbot) -> None:
    choose(screen, "kinds")
    assert [row[:6] for row in cells(screen)] == [
        ["Enterprise", "3", "0", "2", "2", "300,000.00"],
        ["University", "0", "2", "1", "1", "300,000.00"],
        ["Research institute", "0", "1", "1", "1", "0.00"],
        ["(contracts not from a listing)", "0", "0", "0", "1", "1,200,000.00"],
    ]
    assert [label for label, _ in screen.chart.series()] == [
        "Demands published",
        "Supplies published",
        "Contracts",
    ]
    choose(screen, "funnel")
    screen.since_edit.set_value(T - timedelta(days=60))
    screen.reload()
    assert [row[1] for row in cells(screen)] == ["4", "2", "2", "0"]
    before = screen.status_label.text()
    screen.until_edit.check.setChecked(True)  # a change of the period reloads by itself
    qtbot.waitUntil(lambda: screen.status_label.text() != before, timeout=3000)
    assert not screen.status_label.text().endswith("to today · 4 rows")


def test_overdue_milestones_ignore_the_period(screen: ReportsScreen, history: History) -> None:
    choose(screen, "overdue")
    assert not screen.since_edit.isEnabled() and not screen.chart.isVisible()
    rows = cells(screen)
    assert len(rows) == 1 and rows[0][1] == history.numbers[1] and rows[0][-1] == "10"
    assert rows[0][3] == "上海材料研究所"


def test_the_activity_sorts_on_the_raw_numbers(screen: ReportsScreen) -> None:
    choose(screen, "sectors")
    assert [row[0] for row in cells(screen)][:3] == ["C38", "C26", "I65"]
    screen.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # supplies published
    assert [row[3] for row in cells(screen)] == ["2", "1", "1", "0"]


def test_the_report_model_passes_the_model_tester(qtmodeltester, screen: ReportsScreen) -> None:
    choose(screen, "sectors")
    qtmodeltester.check(screen.model)
    qtmodeltester.check(ReportModel())


def test_export_writes_the_report_in_the_background(
    screen: ReportsScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    target = tmp_path / "out" / "kinds.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(ReportFile, "ask", classmethod(lambda cls, parent, suggested: target))
    choose(screen, "kinds")
    screen.export_button.click()
    assert messages == [f"The report was written to {target}."]
    sheet = load_workbook(target).active
    assert sheet is not None and sheet["A5"].value == "Enterprise" and sheet["B5"].value == 3
    assert screen.exporter.progress_dialog is None and not screen.exporter.running


def test_a_cancelled_export_writes_nothing_and_says_nothing(
    screen: ReportsScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    target = tmp_path / "funnel.pdf"
    monkeypatch.setattr(ReportFile, "ask", classmethod(lambda cls, parent, suggested: target))
    real = export_module.export_report

    def cancelled_midway(uow, name, path, by, *, progress, **kwargs):  # type: ignore[no-untyped-def]
        progress(0, 3, "Collecting the figures")
        screen.exporter.cancel()  # the clerk presses Cancel in the progress window
        return real(uow, name, path, by, progress=progress, **kwargs)

    monkeypatch.setattr(export_module, "export_report", cancelled_midway)
    screen.export_button.click()
    assert messages == [] and not target.exists() and not screen.exporter.running


def test_a_viewer_reads_reports_but_may_not_export(qtbot, sqlite_db) -> None:
    viewer = ReportsScreen(AppContext(sqlite_db, Actor("viewer-wang", Role.VIEWER)))
    qtbot.addWidget(viewer)
    assert not viewer.export_button.isEnabled() and viewer.export_button.toolTip()
    assert cells(viewer)[0][:2] == ["Published", "0"]


def test_a_lost_connection_is_told_in_words(
    screen: ReportsScreen, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    def lost(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise DatabaseUnavailableError("The connection to the database was lost.")

    monkeypatch.setattr(screen_module, "build_report", lost)
    screen.reload()
    assert messages == ["The connection to the database was lost."]
    assert screen.status_label.text() == "" and len(cells(screen)) == 4  # the last figures stay
