"""The Projects screen as the office uses it: the list and its filters, a running project with its
milestones, adding, moving (the reason required, what was typed kept) and completing milestones
with evidence, overdue ones in red, completing the project (refused while milestones are open)
and terminating it, and the handover between the contract and its project."""

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog

from app.models import Role
from app.services import contracts, project_lists, projects
from app.services.permissions import Actor
from app.services.projects import MilestoneRow, ProjectDetail
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.projects import milestones as ms
from app.ui.projects import model as columns
from app.ui.projects.dialogs import (
    AddMilestoneDialog,
    CompleteMilestoneDialog,
    CompleteProjectDialog,
    EditMilestoneDialog,
    MoveMilestoneDialog,
    ServiceDialog,
    TerminateProjectDialog,
)
from app.ui.projects.model import OVERDUE_COLOUR, SOON_COLOUR, ProjectTableModel
from app.ui.projects.screen import ProjectsScreen
from tests.services.test_project_lists import start
from tests.ui.conftest import CLERK

TODAY = date.today()


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


def battery(ctx: AppContext) -> ProjectDetail:
    return start(
        ctx.db, "固态锂电池联合研发", ("星河电池科技有限公司", "江南大学"), "joint_rd.two_party.zh"
    )


def membrane(ctx: AppContext) -> ProjectDetail:
    return start(
        ctx.db,
        "Membrane durability tests",
        ("Blue Water Ltd", "Jiangnan University", "Suzhou Technology Transfer Office"),
        "technical_service.three_party.en",
    )


def add_milestone(ctx: AppContext, project_id: str, title: str, due: date) -> ProjectDetail:
    return ctx.write(projects.add_milestone, project_id, title, due, CLERK)  # type: ignore[no-any-return]


@pytest.fixture
def screen(qtbot, ctx: AppContext) -> ProjectsScreen:
    widget = ProjectsScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def titles(screen: ProjectsScreen) -> list[str]:
    return sorted(screen.model.row(r).title for r in range(screen.model.rowCount()))


def opened(screen: ProjectsScreen, project_id: str) -> ProjectDetail:
    screen.refresh()
    screen.table.selectRow(screen.model.row_of(project_id))
    assert screen.form.detail is not None and screen.form.project_id == project_id
    return screen.form.detail


def shown_milestones(screen: ProjectsScreen) -> list[list[str]]:
    model = screen.form.milestones.model
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def answer_with(
    monkeypatch: pytest.MonkeyPatch, cls: type[ServiceDialog], *steps: Callable[[Any], None]
) -> list[Any]:
    """The dialog of `cls` is answered by `steps`: each fills in fields, then OK is pressed. The
    dialog stays open after a refusal, so the next step sees what the clerk typed before.
    Returns the dialogs seen."""
    seen: list[Any] = []

    def run(dialog: Any) -> int:
        seen.append(dialog)
        for step in steps:
            step(dialog)
            if dialog.result() == QDialog.DialogCode.Accepted:
                break
            dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(cls, "exec", run)
    return seen


# -- the models ---------------------------------------------------------------------------------


def test_the_table_model_passes_qt_checks_and_marks_overdue(qtmodeltester, ctx) -> None:
    late = battery(ctx)
    add_milestone(ctx, late.id, "样品", TODAY - timedelta(days=4))
    membrane(ctx)
    start(ctx.db, "Welding robot retrofit", ("Acme", "Jiangnan"), "joint_rd.two_party.en")
    model = ProjectTableModel(
        lambda query, offset, limit: ctx.read(
            project_lists.search_projects, query, offset=offset, limit=limit
        ),
        lambda query: ctx.read(project_lists.count_matching, query),
        page_size=2,
    )
    model.sort(columns.NEXT_DUE, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 3 and model.total == 3
    first = model.index(0, columns.NEXT_DUE)
    assert model.row(0).title == "固态锂电池联合研发"  # the overdue one first
    assert first.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert "样品" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, columns.OVERDUE).data() == "1"
    assert model.index(1, columns.OVERDUE).data() == ""
    assert model.index(1, columns.NEXT_DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, columns.STATUS).data() == "Running"
    assert model.index(0, columns.PARTIES).data() == "星河电池科技有限公司 · 江南大学"
    qtmodeltester.check(model)


def milestone(title: str, due: date, done: date | None = None, **changes: Any) -> MilestoneRow:
    values: dict[str, Any] = dict(
        id=title, version=1, position=0, title=title, deliverable="", responsible_position=0,
        responsible="江南大学", due_date=due, planned_due_date=due, instalment_position=None,
        amount="", completed_on=done, confirmed_by="", completion_note="", evidence_name="",
        moves=(),
    )  # fmt: skip
    return MilestoneRow(**(values | changes))


def test_milestones_read_done_overdue_due_soon_or_upcoming(qtmodeltester) -> None:
    model = ms.MilestonesModel(today=lambda: date(2026, 11, 28))
    model.set_rows(
        [
            milestone("验收", date(2026, 11, 1), done=date(2026, 11, 2)),
            milestone("样品", date(2026, 11, 25)),
            milestone("中试", date(2026, 12, 12), amount="1,200,000.00 CNY"),
            milestone("报告", date(2026, 12, 13), planned_due_date=date(2026, 12, 1)),
        ]
    )
    status = [model.index(r, ms.STATUS).data() for r in range(4)]
    assert status == ["Done on 11/2/26", "Overdue by 3 day(s)", "Due in 14 day(s)", "Upcoming"]
    colours = [model.index(r, ms.STATUS).data(Qt.ItemDataRole.ForegroundRole) for r in range(4)]
    assert colours[1].color() == OVERDUE_COLOUR and colours[2].color() == SOON_COLOUR
    assert colours[3] is None
    assert model.index(1, ms.DUE).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert model.index(2, ms.PAYMENT).data() == "1,200,000.00 CNY"
    # The first planned date shows only for a milestone that moved.
    assert model.index(2, ms.PLANNED).data() == "" and model.index(3, ms.PLANNED).data() != ""
    qtmodeltester.check(model)


# -- the list -------------------------------------------------------------------------------


def test_search_status_and_overdue_filter_the_list(screen, ctx) -> None:
    late = battery(ctx)
    membrane(ctx)
    robots = start(ctx.db, "Welding robot retrofit", ("Acme", "星河电池"), "joint_rd.two_party.en")
    add_milestone(ctx, late.id, "样品", TODAY - timedelta(days=2))
    ctx.write(projects.terminate_project, robots.id, TODAY, "停产", CLERK)
    screen.refresh()
    assert titles(screen) == [
        "Membrane durability tests",
        "Welding robot retrofit",
        "固态锂电池联合研发",
    ]
    assert screen.count_label.text() == "3 projects"
    running = screen.status_filter.findData("running")
    assert screen.status_filter.itemText(running) == "Running (2)"
    assert screen.overdue_filter.text() == "Only with overdue milestones (1)"

    screen.search.setText("电池")  # in a title, and in a party's name
    screen.apply_filter()
    assert titles(screen) == ["Welding robot retrofit", "固态锂电池联合研发"]
    screen.status_filter.setCurrentIndex(running)
    assert titles(screen) == ["固态锂电池联合研发"]
    screen.search.clear()
    screen.apply_filter()
    screen.overdue_filter.setChecked(True)
    assert titles(screen) == ["固态锂电池联合研发"]
    assert screen.count_label.text() == "1 project"

    screen.search.setText("nothing like this")
    screen.apply_filter()
    assert screen.stack.currentWidget() is screen.empty
    screen.empty.button.click()  # Clear search and filters
    assert len(titles(screen)) == 3 and not screen.overdue_filter.isChecked()


def test_a_running_project_opens_with_its_milestones(screen, ctx) -> None:
    project = membrane(ctx)
    add_milestone(ctx, project.id, "Interim report", TODAY + timedelta(days=30))
    detail = opened(screen, project.id)
    form = screen.form
    assert form.title_label.text() == "Membrane durability tests"
    assert detail.contract_number in form.contract_label.text()
    assert "Blue Water Ltd" in form.contract_label.text()
    assert form.meta.text().startswith("Running · started")
    assert "planned end 11/27/27" in form.meta.text()
    assert form.notice.isHidden()  # nothing overdue
    rows = shown_milestones(screen)
    assert [r[ms.TITLE] for r in rows] == ["Contract fulfilled", "Interim report"]
    assert rows[0][ms.DUE] == "11/27/27" and rows[1][ms.STATUS] == "Upcoming"
    assert form.tabs.tabText(0) == "Milestones"
    assert [form.tabs.tabText(i) for i in range(form.tabs.count())] == [
        "Milestones",
        "Timeline",
        "Log",
        "Evaluation",
        "History",
    ]
    panel = form.milestones
    assert panel.add_button.isEnabled() and panel.move_button.isEnabled()
    assert not panel.evidence_button.isEnabled()
    assert not form.complete_button.isHidden() and not form.terminate_button.isHidden()


def test_an_overdue_milestone_shows_in_red_on_the_list_and_the_project(screen, ctx) -> None:
    project = battery(ctx)
    add_milestone(ctx, project.id, "样品交付", TODAY - timedelta(days=3))
    opened(screen, project.id)
    row = screen.model.row_of(project.id)
    overdue = screen.model.index(row, columns.OVERDUE)
    assert overdue.data() == "1"
    assert overdue.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    panel = screen.form.milestones
    late = next(r for r in shown_milestones(screen) if r[ms.TITLE] == "样品交付")
    assert late[ms.STATUS] == "Overdue by 3 day(s)"
    index = panel.model.index(1, ms.STATUS)
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert not screen.form.notice.isHidden()
    assert "样品交付" in screen.form.notice.text() and "overdue" in screen.form.notice.text()
    assert panel.selected() is not None and panel.selected().title == "样品交付"  # first open one


# -- milestones -------------------------------------------------------------------------------


def test_adding_a_milestone_marks_a_missing_title_and_keeps_the_rest(
    screen, ctx, monkeypatch
) -> None:
    project = battery(ctx)
    opened(screen, project.id)
    due = TODAY + timedelta(days=10)

    def without_title(dialog: AddMilestoneDialog) -> None:
        dialog.deliverable.setPlainText("中试报告")
        dialog.responsible.setCurrentIndex(dialog.responsible.findText("江南大学"))
        dialog.due.setDate(due)

    def with_title(dialog: AddMilestoneDialog) -> None:
        assert dialog.error_text("title") == "Say what the milestone is."
        assert dialog.deliverable.toPlainText() == "中试报告"  # kept
        assert dialog.responsible.currentText() == "江南大学"
        dialog.title.setText("中试验收")

    seen = answer_with(monkeypatch, AddMilestoneDialog, without_title, with_title)
    screen.form.milestones.add_button.click()
    assert len(seen) == 1 and seen[0].result() == QDialog.DialogCode.Accepted
    stored = ctx.read(projects.get_project, project.id).milestones[-1]
    assert (stored.title, stored.deliverable, stored.responsible) == (
        "中试验收",
        "中试报告",
        "江南大学",
    )
    assert stored.due_date == due
    panel = screen.form.milestones
    assert panel.selected() is not None and panel.selected().title == "中试验收"
    assert shown_milestones(screen)[-1][ms.STATUS] == "Due in 10 day(s)"
    # The list followed: the next milestone due is the new one.
    next_due = screen.model.index(screen.model.row_of(project.id), columns.NEXT_DUE)
    assert next_due.data(Qt.ItemDataRole.ToolTipRole).startswith("中试验收")


def test_editing_a_milestone_starts_from_what_it_says_and_leaves_its_date(
    screen, ctx, monkeypatch
) -> None:
    project = battery(ctx)
    opened(screen, project.id)
    panel = screen.form.milestones
    first = panel.selected()
    assert first is not None and first.completed_on is None

    def cleared(dialog: EditMilestoneDialog) -> None:
        assert dialog.title.text() == first.title
        assert dialog.deliverable.toPlainText() == first.deliverable != ""  # from the template
        assert dialog.responsible.currentData() == first.responsible_position
        assert dialog.due.parentWidget().isHidden()  # dates move with Move…, with a reason
        dialog.title.clear()
        dialog.deliverable.setPlainText("小试报告及样品")
        dialog.responsible.setCurrentIndex(dialog.responsible.findText("江南大学"))

    def titled(dialog: EditMilestoneDialog) -> None:
        assert dialog.error_text("title") == "Say what the milestone is."
        assert dialog.deliverable.toPlainText() == "小试报告及样品"  # kept
        dialog.title.setText("小试完成")

    seen = answer_with(monkeypatch, EditMilestoneDialog, cleared, titled)
    panel.edit_button.click()
    assert len(seen) == 1 and seen[0].result() == QDialog.DialogCode.Accepted
    stored = next(
        m for m in ctx.read(projects.get_project, project.id).milestones if m.id == first.id
    )
    assert (stored.title, stored.deliverable, stored.responsible) == (
        "小试完成",
        "小试报告及样品",
        "江南大学",
    )
    assert stored.due_date == first.due_date and not stored.moves
    assert panel.selected() is not None and panel.selected().id == first.id
    assert "小试报告及样品" in panel.details.text()
    ctx.write(projects.complete_milestone, first.id, TODAY, "李明", CLERK)
    screen.form.milestones.show_project(ctx.read(projects.get_project, project.id))
    panel.select_milestone(first.id)
    assert not panel.edit_button.isEnabled()  # a done milestone stays as confirmed


def test_moving_a_milestone_requires_a_reason_and_keeps_the_new_date(
    screen, ctx, monkeypatch
) -> None:
    project = battery(ctx)
    opened(screen, project.id)
    first = project.milestones[0]
    later = first.due_date + timedelta(days=42)

    def new_date_only(dialog: MoveMilestoneDialog) -> None:
        dialog.due.setDate(later)

    def then_the_reason(dialog: MoveMilestoneDialog) -> None:
        assert "Say why the milestone moves" in dialog.error_text("reason")
        assert dialog.due.date().toPython() == later  # what was typed stays
        dialog.reason.setPlainText("设备到货延迟六周")

    answer_with(monkeypatch, MoveMilestoneDialog, new_date_only, then_the_reason)
    assert screen.form.milestones.table.isColumnHidden(ms.PLANNED)  # nothing moved yet
    screen.form.milestones.move_button.click()
    assert not screen.form.milestones.table.isColumnHidden(ms.PLANNED)
    moved = ctx.read(projects.get_project, project.id).milestones[0]
    assert moved.due_date == later and moved.planned_due_date == first.due_date
    assert [m.reason for m in moved.moves] == ["设备到货延迟六周"]
    panel = screen.form.milestones
    row = shown_milestones(screen)[0]
    assert row[ms.DUE] == QLocale().toString(later, QLocale.FormatType.ShortFormat)
    assert row[ms.PLANNED] == QLocale().toString(first.due_date, QLocale.FormatType.ShortFormat)
    assert not panel.moves_table.isHidden()
    assert panel.moves.index(0, 3).data() == "设备到货延迟六周"
    assert panel.moves.index(0, 4).data() == CLERK.name
    # The project's history tells the move with its reason, not the bare date change.
    screen.form.tabs.setCurrentWidget(screen.form.history)
    texts = screen.form.history.model.texts()
    assert any("moved milestone" in t and "设备到货延迟六周" in t for t in texts), texts
    assert not any("changed milestone" in t for t in texts), texts


def test_marking_a_milestone_done_with_evidence_that_opens_again(
    screen, ctx, monkeypatch, tmp_path: Path
) -> None:
    project = battery(ctx)
    opened(screen, project.id)
    report = tmp_path / "验收报告.pdf"
    report.write_bytes(b"%PDF-1.4 acceptance")

    def missing_who_and_file(dialog: CompleteMilestoneDialog) -> None:
        dialog.note.setPlainText("样品检测合格")
        dialog.evidence.setText(str(tmp_path / "nowhere.pdf"))

    def corrected(dialog: CompleteMilestoneDialog) -> None:
        assert dialog.error_text("confirmed_by") == "Say who confirmed that the milestone is done."
        assert "nowhere.pdf cannot be read" in dialog.error_text("evidence")
        assert dialog.note.toPlainText() == "样品检测合格"
        dialog.confirmed_by.setText("王经理")
        dialog.evidence.setText(str(report))

    answer_with(monkeypatch, CompleteMilestoneDialog, missing_who_and_file, corrected)
    panel = screen.form.milestones
    panel.done_button.click()
    done = ctx.read(projects.get_project, project.id).milestones[0]
    assert done.completed_on == TODAY and done.confirmed_by == "王经理"
    assert done.evidence_name == "验收报告.pdf" and done.completion_note == "样品检测合格"
    assert shown_milestones(screen)[0][ms.STATUS].startswith("Done on")
    assert not panel.move_button.isEnabled() and not panel.done_button.isEnabled()
    assert "confirmed by 王经理" in panel.details.text()

    opened_urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url))
    assert panel.evidence_button.isEnabled()
    panel.evidence_button.click()
    (url,) = opened_urls
    path = Path(url.toLocalFile())
    assert path.name == "验收报告.pdf" and path.read_bytes() == b"%PDF-1.4 acceptance"


# -- the project's end ------------------------------------------------------------------------


def test_completing_is_refused_while_milestones_are_open_then_accepted(
    screen, ctx, monkeypatch
) -> None:
    project = battery(ctx)
    opened(screen, project.id)

    def with_a_note(dialog: CompleteProjectDialog) -> None:
        dialog.note.setPlainText("三方验收完成")

    def give_up(dialog: CompleteProjectDialog) -> None:
        assert "not done yet" in dialog.banner.text()
        assert dialog.note.toPlainText() == "三方验收完成"  # kept
        dialog.reject()

    answer_with(monkeypatch, CompleteProjectDialog, with_a_note, give_up)
    screen.form.complete_button.click()
    assert ctx.read(projects.get_project, project.id).status == "running"

    for row in project.milestones:
        ctx.write(projects.complete_milestone, row.id, TODAY, "李明", CLERK)
    screen.refresh()
    answer_with(monkeypatch, CompleteProjectDialog, with_a_note)
    screen.form.complete_button.click()
    stored = ctx.read(projects.get_project, project.id)
    assert stored.status == "completed" and stored.end_note == "三方验收完成"
    assert ctx.read(contracts.get_contract, project.contract_id).status == "completed"
    form = screen.form
    assert form.meta.text().startswith("Completed")
    assert "三方验收完成" in form.notice.text()
    assert form.complete_button.isHidden() and form.terminate_button.isHidden()
    assert not form.milestones.add_button.isEnabled()
    row = screen.model.row_of(project.id)
    assert screen.model.index(row, columns.STATUS).data() == "Completed"


def test_terminating_needs_a_reason_and_ends_the_contract(screen, ctx, monkeypatch) -> None:
    project = membrane(ctx)
    opened(screen, project.id)

    def no_reason(_dialog: TerminateProjectDialog) -> None:
        pass

    def the_reason(dialog: TerminateProjectDialog) -> None:
        assert dialog.error_text("reason") == "Say why the cooperation ends early."
        dialog.reason.setPlainText("The enterprise closed the plant.")

    answer_with(monkeypatch, TerminateProjectDialog, no_reason, the_reason)
    screen.form.terminate_button.click()
    stored = ctx.read(projects.get_project, project.id)
    assert stored.status == "terminated" and stored.end_note == "The enterprise closed the plant."
    assert ctx.read(contracts.get_contract, project.contract_id).status == "terminated"
    assert "Terminated on" in screen.form.notice.text()
    assert not screen.form.milestones.move_button.isEnabled()
    screen.status_filter.setCurrentIndex(screen.status_filter.findData("terminated"))
    assert titles(screen) == ["Membrane durability tests"]


def test_a_viewer_reads_projects_without_changing_them(qtbot, ctx) -> None:
    project = battery(ctx)
    viewer = ProjectsScreen(AppContext(ctx.db, Actor("reader", Role.VIEWER)))
    qtbot.addWidget(viewer)
    viewer.show()
    opened(viewer, project.id)
    panel = viewer.form.milestones
    assert panel.add_button.isHidden() and panel.move_button.isHidden()
    assert viewer.form.complete_button.isHidden() and viewer.form.terminate_button.isHidden()
    assert not viewer.form.read_only_note.isHidden()
    panel.move_milestone()  # even called directly, nothing opens (a dialog would fail this test)


# -- the handover between contract and project --------------------------------------------------


def test_open_contract_and_open_project_hand_over_between_the_screens(qtbot, ctx) -> None:
    project = battery(ctx)
    other = membrane(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_screen("projects")
    screen = window.screens["projects"]
    opened(screen, project.id)
    screen.form.contract_button.click()
    assert window.current_key() == "contracts"
    contract_form = window.screens["contracts"].form
    assert contract_form.contract_id == project.contract_id
    assert not contract_form.project_button.isHidden()

    window.show_screen("projects")
    screen.open_project(other.id)  # another project in the form meanwhile
    window.show_screen("contracts")
    contract_form.project_button.click()
    assert window.current_key() == "projects"
    assert screen.form.project_id == project.id
    assert screen.table.currentIndex().row() == screen.model.row_of(project.id)


def test_a_contract_without_a_project_offers_no_open_project(qtbot, ctx) -> None:
    from tests.ui.test_contracts_screen import draft

    detail = draft(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_screen("contracts")
    form = window.screens["contracts"].form
    assert form.open_contract(detail.id)
    assert form.project_button.isHidden()


def test_a_click_on_the_timeline_selects_the_milestone_and_keeps_the_filters(screen, ctx) -> None:
    project = battery(ctx)
    detail = add_milestone(ctx, project.id, "中试", TODAY + timedelta(days=60))
    screen.search.setText("电池")
    screen.apply_filter()
    opened(screen, project.id)
    form = screen.form
    form.tabs.setCurrentWidget(form.timeline)
    form.timeline.open_project.emit(project.id)  # a click on its mark sends both
    form.timeline.open_milestone.emit(detail.milestones[-1].id)
    assert form.tabs.currentWidget() is form.milestones
    assert form.milestones.selected() is not None
    assert form.milestones.selected().title == "中试"
    assert screen.search.text() == "电池"  # the clerk's search stays
