"""The project's log panel: entries newest first with open problems standing out, a resolution
linked to its problem, "Add entry…" through the dialog (a refusal keeps it open with the
message), the open-problems filter, and what an ended project and a viewer may do."""

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from app.db import Database
from app.models import Role
from app.services import project_log, projects
from app.services.projects import ProjectDetail
from app.services.uow import Actor
from app.ui.context import AppContext
from app.ui.projects.entry_dialog import EntryDialog
from app.ui.projects.log_panel import KIND, TEXT, ProjectLogModel, ProjectLogPanel
from tests.services.test_listings import CLERK, run
from tests.services.test_project_log import started_days_ago
from tests.services.test_projects import signed_project

TODAY = date.today()


@pytest.fixture
def project(sqlite_db: Database, tmp_path: Path) -> ProjectDetail:
    detail = signed_project(sqlite_db, tmp_path)
    started_days_ago(sqlite_db, detail.id, 60)
    return run(sqlite_db, projects.get_project, detail.id)  # type: ignore[no-any-return]


def add(db: Database, project_id: str, kind: str, text: str, days_ago: int = 0, **kw: Any) -> Any:
    side = kw.pop("side", "enterprise")
    return run(
        db, project_log.add_entry, project_id, kind, side, "王经理",
        TODAY - timedelta(days=days_ago), text, CLERK, **kw,
    )  # fmt: skip


@pytest.fixture
def panel(qtbot: Any, ctx: AppContext, project: ProjectDetail) -> ProjectLogPanel:
    made = ProjectLogPanel(ctx)
    qtbot.addWidget(made)
    made.show_project(project)
    return made


def answer(monkeypatch: pytest.MonkeyPatch, fill: Callable[[EntryDialog], None]) -> list[Any]:
    """Replace the dialog's exec: fill it in, press OK, and say whether it closed accepted."""
    seen: list[Any] = []

    def exec_(dialog: EntryDialog) -> int:
        fill(dialog)
        assert dialog.ok_button.isEnabled()
        dialog._ok()
        seen.append(dialog)
        return int(dialog.result() == QDialog.DialogCode.Accepted)

    monkeypatch.setattr(EntryDialog, "exec", exec_)
    return seen


def test_the_log_model_passes_the_model_tester(
    qtmodeltester: Any, sqlite_db: Database, project: ProjectDetail
) -> None:
    problem = add(sqlite_db, project.id, "problem", "设备延迟", 10)
    add(sqlite_db, project.id, "resolution", "已到货", 2, resolves_id=problem.id)
    model = ProjectLogModel()
    model.set_rows(run(sqlite_db, project_log.entries, project.id))
    qtmodeltester.check(model)


def test_entries_newest_first_with_open_problems_standing_out(
    sqlite_db: Database, ctx: AppContext, qtbot: Any, project: ProjectDetail
) -> None:
    add(sqlite_db, project.id, "progress", "完成小试", 30)
    fixed = add(sqlite_db, project.id, "problem", "中试设备到货延迟", 20)
    add(sqlite_db, project.id, "resolution", "改用国产设备", 10, resolves_id=fixed.id)
    add(sqlite_db, project.id, "problem", "样品一致性差", 5, side="research")
    panel = ProjectLogPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_project(project)
    model = panel.model
    kinds = [model.index(r, KIND).data() for r in range(model.rowCount())]
    assert kinds[0] == "Problem · open" and kinds[1] == "Resolution"
    assert kinds[2].startswith("Problem · resolved") and kinds[3] == "Progress report"
    background = Qt.ItemDataRole.BackgroundRole
    assert model.index(0, TEXT).data(background) is not None  # the open problem
    assert model.index(2, TEXT).data(background) is None  # the resolved one
    assert "resolves: “中试设备到货延迟”" in model.index(1, TEXT).data()
    assert "1 open problem" in panel.summary.text()
    panel.table.selectRow(1)
    assert f'href="entry:{fixed.id}"' in panel.details.text()
    panel.select_entry(f"entry:{fixed.id}")  # the link: the problem is chosen
    assert panel.selected() is not None and panel.selected().id == fixed.id  # type: ignore[union-attr]
    panel.open_only.setChecked(True)
    assert model.rowCount() == 1 and model.rows[0].text == "样品一致性差"


def test_an_entry_is_added_through_the_dialog(
    panel: ProjectLogPanel, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    assert "Nothing recorded yet" in panel.summary.text()

    def fill(dialog: EntryDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("feedback"))
        dialog.side.setCurrentIndex(dialog.side.findData("office"))
        dialog.author.setText("张科员")
        dialog.day.setDate(QDate.currentDate().addDays(-3))
        dialog.text.setPlainText("三方协调会已召开")

    answer(monkeypatch, fill)
    with qtbot.waitSignal(panel.changed):
        panel.add_button.click()
    row = panel.model.rows[0]
    assert (row.kind, row.side, row.author, row.text) == (
        "feedback",
        "office",
        "张科员",
        "三方协调会已召开",
    )
    assert row.entry_date == TODAY - timedelta(days=3)
    assert panel.selected() == row


def test_a_resolution_names_the_open_problem_and_a_refusal_keeps_the_dialog(
    panel: ProjectLogPanel,
    project: ProjectDetail,
    sqlite_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    problem = add(sqlite_db, project.id, "problem", "经费拨付延迟", 7)
    panel.reload()
    panel.select_entry(problem.id)

    def resolved_meanwhile(dialog: EntryDialog) -> None:
        assert dialog.problem.currentData() == problem.id  # the chosen open problem
        dialog.kind.setCurrentIndex(dialog.kind.findData("resolution"))
        dialog.author.setText("李教授")
        dialog.text.setPlainText("经费已到账")
        add(sqlite_db, project.id, "resolution", "另一位同事已记录", resolves_id=problem.id)

    dialogs = answer(monkeypatch, resolved_meanwhile)
    panel.add_button.click()
    refused = dialogs[0]
    assert refused.result() != QDialog.DialogCode.Accepted
    assert "resolved on" in refused.errors["resolves_id"].text()
    assert refused.text.toPlainText() == "经费已到账"  # what was typed is kept


def test_the_resolution_choice_waits_for_an_open_problem(
    panel: ProjectLogPanel, project: ProjectDetail
) -> None:
    dialog = EntryDialog(project, [], lambda *a: None, panel)
    resolution = dialog.kind.findData("resolution")
    assert not dialog.kind.model().item(resolution).isEnabled()  # type: ignore[attr-defined]
    assert not dialog.ok_button.isEnabled()
    dialog.author.setText("王经理")
    dialog.text.setPlainText("进展顺利")
    assert dialog.ok_button.isEnabled()


def test_an_ended_project_takes_only_progress_and_feedback(
    ctx: AppContext, qtbot: Any, sqlite_db: Database, project: ProjectDetail
) -> None:
    for milestone in project.milestones:
        run(sqlite_db, projects.complete_milestone, milestone.id, TODAY, "李明", CLERK)
    ended = run(sqlite_db, projects.complete_project, project.id, TODAY, CLERK)
    dialog = EntryDialog(ended, [], lambda *a: None)
    qtbot.addWidget(dialog)
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == [
        "progress",
        "feedback",
    ]
    assert "has ended" in dialog.intro.text()


def test_a_viewer_reads_the_log_without_the_add_button(
    qtbot: Any, sqlite_db: Database, project: ProjectDetail
) -> None:
    add(sqlite_db, project.id, "progress", "完成小试")
    panel = ProjectLogPanel(AppContext(sqlite_db, Actor("viewer-wu", Role.VIEWER)))
    qtbot.addWidget(panel)
    panel.show_project(project)
    assert panel.model.rowCount() == 1 and not panel.add_button.isVisibleTo(panel)
    panel.show_project(None)
    assert panel.model.rowCount() == 0 and "Choose a project" in panel.summary.text()


def test_the_contract_shows_its_projects_log(
    qtbot: Any, ctx: AppContext, sqlite_db: Database, project: ProjectDetail
) -> None:
    from app.ui.contracts.form import ContractForm

    add(sqlite_db, project.id, "problem", "中试设备交货推迟", days_ago=3)
    form = ContractForm(ctx)
    qtbot.addWidget(form)
    form.open_contract(project.contract_id)
    titles = [form.editor.tabText(i) for i in range(form.editor.count())]
    assert titles[-2:] == ["Log", "History"]
    assert [e.text for e in form.log.entries] == ["中试设备交货推迟"]
    form.show_detail(None)  # no contract, no log
    assert form.editor.indexOf(form.log) < 0
