"""The Gantt timeline: rows and milestones where their dates say, the zoom's scale, the today
line, clicks that open a project, PNG and PDF exports, Chinese titles, and the window of all
running projects reached from View ▸ Timeline."""

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractSlider, QWidget

from app.errors import DomainError
from app.services.timeline import (
    MilestoneState,
    TimelineMilestone,
    TimelineProject,
    milestone_state,
)
from app.ui import screens
from app.ui.main_window import MainWindow
from app.ui.projects import timeline as timeline_module
from app.ui.projects.timeline import TimelineFile, TimelineView
from app.ui.projects.timeline_layout import DAY_WIDTH, Zoom, month_label, unit_label
from app.ui.projects.timeline_paint import TODAY_COLOUR
from app.ui.projects.timeline_window import RunningTimelineWindow
from tests.services.test_timeline import planned_project

TODAY = date(2026, 11, 20)


def day(n: int) -> date:
    return TODAY + timedelta(days=n)


def milestone(
    mid: str, title: str, due: date, *, planned: date | None = None, done: date | None = None
) -> TimelineMilestone:
    state = milestone_state(due, done, TODAY)
    return TimelineMilestone(mid, title, due, planned or due, done, "华东理工大学", state)


BATTERY = TimelineProject(
    "p-battery",
    "固态电池研发",
    "HX-2026-000001",
    "running",
    day(-200),
    day(120),
    (
        milestone("m1", "小试", day(-100), done=day(-98)),
        milestone("m2", "中试", day(-6), planned=day(-30)),
        milestone("m3", "验收", day(100)),
    ),
)
TWIN = TimelineProject(
    "p-twin",
    "Digital twin roadmap",
    "HX-2026-000002",
    "running",
    day(-20),
    day(200),
    (milestone("m4", "Roadmap draft", day(9)), milestone("m5", "Final report", day(190))),
)


@pytest.fixture
def fake_running(monkeypatch: pytest.MonkeyPatch) -> list[TimelineProject]:
    """What the timeline loads for all running projects / one project, without a database."""
    shown = [BATTERY, TWIN]
    monkeypatch.setattr(timeline_module, "running_timelines", lambda uow, today: list(shown))
    monkeypatch.setattr(
        timeline_module,
        "project_timeline",
        lambda uow, pid, today: next(p for p in shown if p.id == pid),
    )
    return shown


@pytest.fixture
def view(qtbot, ctx, fake_running) -> TimelineView:
    widget = TimelineView(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 420)
    widget.set_zoom(Zoom.MONTH)
    widget.show_running()
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def test_running_projects_are_rows_with_their_milestones_on_their_dates(view) -> None:
    chart = view.chart
    assert [r.title for r in chart.rows] == ["固态电池研发", "Digital twin roadmap"]
    assert [len(r.marks) for r in chart.rows] == [3, 2]
    point = chart.mark_point(0, "m2")
    assert point.x() == pytest.approx(chart.x_for(day(-6)))
    assert chart.mark_point(1, "m4").x() - chart.x_for(TODAY) == pytest.approx(
        9 * DAY_WIDTH[Zoom.MONTH]
    )
    assert chart.row_centre_y(1) - chart.row_centre_y(0) == pytest.approx(chart.sizes.row_height)
    hit = chart.hit(point)
    assert hit is not None and hit.row == 0 and hit.milestone is not None
    assert hit.milestone.id == "m2" and hit.milestone.state is MilestoneState.OVERDUE
    assert chart.rows[0].state is MilestoneState.OVERDUE
    assert chart.rows[1].state is MilestoneState.DUE_SOON
    assert chart.rows[0].start == day(-200) and chart.rows[0].end == day(120)


def test_zoom_changes_the_scale_and_keeps_dates_in_order(view) -> None:
    widths = {}
    for zoom in (Zoom.WEEK, Zoom.MONTH, Zoom.QUARTER):
        view.set_zoom(zoom)
        chart = view.chart
        widths[zoom] = chart.x_for(day(7)) - chart.x_for(TODAY)
        assert widths[zoom] == pytest.approx(7 * DAY_WIDTH[zoom])
        assert chart.x_for(day(-200)) < chart.x_for(TODAY) < chart.x_for(day(200))
        assert chart.scale.first <= day(-200) and chart.scale.last >= day(200)
    assert widths[Zoom.WEEK] > widths[Zoom.MONTH] > widths[Zoom.QUARTER]
    assert view.zoom_buttons.checkedButton().text() == "Quarters"


def test_the_today_line_is_drawn_at_today(view) -> None:
    chart = view.chart
    x = chart.today_x()
    assert x == pytest.approx(chart.x_for(TODAY))
    assert chart.sizes.label_width < x < chart.viewport().width()  # scrolled into view
    image = chart.viewport().grab().toImage()
    below_rows = round(chart.row_centre_y(len(chart.rows)) + chart.sizes.row_height)
    purple = [
        column
        for column in range(round(x) - 4, round(x) + 5)
        if QColor(image.pixel(column, below_rows)) == TODAY_COLOUR
    ]
    assert purple and all(abs(column - x) <= 1.5 for column in purple)


def test_one_project_shows_a_row_per_milestone_from_the_one_before(view) -> None:
    view.show_project("p-battery")
    rows = view.chart.rows
    assert [r.title for r in rows] == ["固态电池研发", "小试", "中试", "验收"]
    assert [r.start for r in rows[1:]] == [day(-200), day(-100), day(-6)]
    assert [r.end for r in rows[1:]] == [day(-100), day(-6), day(100)]
    moved = rows[2].milestone
    assert moved is not None and moved.moved and moved.planned_due_date == day(-30)
    assert [r.state for r in rows[1:]] == [
        MilestoneState.DONE,
        MilestoneState.OVERDUE,
        MilestoneState.UPCOMING,
    ]
    assert "HX-2026-000001" in view.title()


def test_a_click_on_a_project_or_a_milestone_opens_the_project(qtbot, view) -> None:
    chart = view.chart
    with qtbot.waitSignal(view.open_project) as opened, qtbot.waitSignal(view.open_milestone) as m:
        qtbot.mouseClick(
            chart.viewport(), Qt.MouseButton.LeftButton, pos=_at(chart.mark_point(1, "m4"))
        )
    assert opened.args == ["p-twin"] and m.args == ["m4"]
    label = QPointF(40, chart.row_centre_y(0))
    with qtbot.waitSignal(view.open_project) as opened:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=_at(label))
    assert opened.args == ["p-battery"]
    below = QPointF(chart.today_x() + 40, chart.row_centre_y(len(chart.rows) + 1))
    with qtbot.assertNotEmitted(view.open_project):
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=_at(below))


def _at(point: QPointF) -> QPoint:
    return QPoint(round(point.x()), round(point.y()))


def test_a_reload_leaves_the_view_where_the_clerk_scrolled_it(view) -> None:
    bar = view.chart.horizontalScrollBar()
    at_first = bar.value()
    bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
    scrolled = bar.value()
    assert scrolled > at_first
    view.refresh()
    assert bar.value() == scrolled
    view.show_project("p-twin")  # something else: today comes back into view
    assert view.chart.x_for(TODAY) < view.chart.viewport().width()


def test_tooltips_name_the_milestone_its_dates_and_the_party(view) -> None:
    chart = view.chart
    assert "固态电池研发" in chart.rows[0].tooltip and "HX-2026-000001" in chart.rows[0].tooltip
    view.show_project("p-battery")
    tip = view.chart.rows[2].tooltip
    assert "中试" in tip and "华东理工大学" in tip and "First planned" in tip and "Overdue" in tip


def test_header_labels_follow_the_locale() -> None:
    monday = date(2026, 11, 23)
    assert unit_label(monday, Zoom.WEEK) == "W48"
    assert unit_label(monday, Zoom.QUARTER) == "Q4 2026"
    assert month_label(monday, QLocale(QLocale.Language.English)) == "Nov 2026"
    assert month_label(monday, QLocale(QLocale.Language.Chinese)) == "2026年11月"
    assert unit_label(monday, Zoom.MONTH, QLocale(QLocale.Language.Chinese)) == "2026年11月"


def test_png_export_holds_the_whole_range_not_just_the_view(qtbot, view, tmp_path: Path) -> None:
    view.set_zoom(Zoom.WEEK)
    assert view.chart.scale.width > view.chart.viewport().width()
    with qtbot.waitSignal(view.exported) as done:
        view.export_to(tmp_path / "时间线.png")
    written = Path(done.args[0])
    assert written == tmp_path / "时间线.png" and "时间线.png" in view.status_label.text()
    image = QImage(str(written))
    assert not image.isNull()
    assert image.width() >= view.chart.painter().full_width
    assert not list(tmp_path.glob(".helix-*"))  # no temporary file left behind


def test_pdf_export_is_one_a4_landscape_page_with_the_title(view, tmp_path: Path) -> None:
    written = tmp_path / "timeline.pdf"
    view.export_to(written)
    assert written.read_bytes().startswith(b"%PDF") and view.export_button.isEnabled()
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    info = subprocess.run(["pdfinfo", str(written)], capture_output=True, text=True).stdout
    assert "Pages:           1" in info and "842 x 595 pts (A4)" in info
    text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True).stdout
    assert "Running projects (2)" in text and "固态电池研发" in text


def test_export_asks_for_the_file_and_refuses_other_kinds(
    view, tmp_path: Path, monkeypatch, messages
) -> None:
    target = tmp_path / "meeting.png"
    monkeypatch.setattr(TimelineFile, "ask", classmethod(lambda cls, parent, suggested: target))
    view.export()
    assert QImage(str(target)).width() > view.chart.viewport().width()
    view.export_to(tmp_path / "timeline.docx")
    assert "PNG picture or a PDF file" in messages[-1]
    assert not (tmp_path / "timeline.docx").exists() and view.export_button.isEnabled()


def test_no_running_project_says_so_and_offers_no_export(view, fake_running) -> None:
    fake_running.clear()
    view.refresh()
    assert view.stack.currentWidget() is view.placeholder
    assert "No project is running" in view.placeholder.text()
    assert not view.export_button.isEnabled()


def test_a_failed_load_is_told_in_words(view, monkeypatch) -> None:
    def fail(uow, today):  # type: ignore[no-untyped-def]
        raise DomainError("The connection to the database was lost.")

    monkeypatch.setattr(timeline_module, "running_timelines", fail)
    view.refresh()
    assert view.stack.currentWidget() is view.placeholder
    assert "connection to the database was lost" in view.placeholder.text()


def test_a_real_project_from_the_database(qtbot, ctx, sqlite_db, tmp_path: Path) -> None:
    plan = [("样品交付", day(-3), day(-3), None, 1), ("验收", day(40), day(30), None, 0)]
    project_id = planned_project(sqlite_db, tmp_path, day(-60), plan, end=day(90))
    widget = TimelineView(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.show_project(project_id)
    rows = widget.chart.rows
    assert [r.title for r in rows[1:]] == ["样品交付", "验收"]
    assert rows[1].state is MilestoneState.OVERDUE and rows[2].milestone.moved  # type: ignore[union-attr]
    widget.show_running()
    assert [r.project_id for r in widget.chart.rows] == [project_id]
    widget.show_project(None)
    assert widget.stack.currentWidget() is widget.placeholder


class _ProjectsStub(QWidget):
    def __init__(self, ctx, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.opened: list[str] = []

    def open_project(self, project_id: str) -> None:
        self.opened.append(project_id)


def test_view_menu_opens_the_running_timeline_and_a_click_shows_the_project(
    qtbot, ctx, fake_running, monkeypatch
) -> None:
    monkeypatch.setattr(screens, "SCREENS", list(screens.SCREENS))
    monkeypatch.setattr("app.ui.main_window.SCREENS", screens.SCREENS)
    screens.register_screen(screens.ScreenSpec("projects", "Projects", _ProjectsStub))
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.timeline_action.trigger()
    window = main.findChild(RunningTimelineWindow)
    assert window is not None and window.isVisible()
    assert [r.project_id for r in window.view.chart.rows] == ["p-battery", "p-twin"]
    window.view.open_project.emit("p-twin")
    assert main.current_key() == "projects"
    assert main.screens["projects"].opened == ["p-twin"]
    main.timeline_action.trigger()  # the same window again, not a second one
    assert len(main.findChildren(RunningTimelineWindow)) == 1
    window.close()


def test_a_band_label_steps_aside_for_the_today_badge() -> None:
    from PySide6.QtCore import QRectF

    from app.ui.projects.timeline_paint import ChartPainter

    badge = QRectF(100, 4, 40, 16)  # covers x 100–140
    beside = ChartPainter._beside
    assert beside(10, 50, 6, 300, None) == 10  # no badge: where it was
    assert beside(10, 50, 6, 300, badge) == 10  # clear of it: where it was
    assert beside(90, 50, 6, 300, badge) == 146  # covered: just after the badge
    assert beside(90, 50, 6, 120, badge) == 44  # no room after it: just before
    assert beside(90, 50, 80, 120, badge) == 90  # no room either side: left as it was
