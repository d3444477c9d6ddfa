"""The evaluation panel: a plain message until the project is completed, then the three sides
side by side with "Record evaluation…" for each one missing (a refusal keeps the dialog open);
and the member page's Evaluations tab with how the other sides rated the member's work."""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from app.db import Database
from app.models import Role
from app.services import evaluations, projects
from app.services.projects import ProjectDetail
from app.services.uow import Actor
from app.ui.context import AppContext
from app.ui.projects.evaluation_dialog import EvaluationDialog
from app.ui.projects.evaluation_panel import EvaluationPanel
from app.ui.registry.member_form import MemberForm
from tests.services.test_evaluations import EVEN, project_with
from tests.services.test_listings import CLERK, make_member, run
from tests.services.test_projects import signed_project

TODAY = date.today()
SCORES = dict(zip(evaluations.CRITERIA, (5, 4, 3, 4, 5), strict=True))


@pytest.fixture
def running(sqlite_db: Database, tmp_path: Path) -> ProjectDetail:
    return signed_project(sqlite_db, tmp_path)


@pytest.fixture
def completed(sqlite_db: Database, running: ProjectDetail) -> ProjectDetail:
    for milestone in running.milestones:
        run(sqlite_db, projects.complete_milestone, milestone.id, TODAY, "李明", CLERK)
    return run(sqlite_db, projects.complete_project, running.id, TODAY, CLERK)  # type: ignore[no-any-return]


@pytest.fixture
def panel(qtbot: Any, ctx: AppContext) -> EvaluationPanel:
    made = EvaluationPanel(ctx)
    qtbot.addWidget(made)
    return made


def answer(monkeypatch: pytest.MonkeyPatch, fill: Callable[[EvaluationDialog], None]) -> list[Any]:
    seen: list[Any] = []

    def exec_(dialog: EvaluationDialog) -> int:
        fill(dialog)
        dialog._ok()
        seen.append(dialog)
        return int(dialog.result() == QDialog.DialogCode.Accepted)

    monkeypatch.setattr(EvaluationDialog, "exec", exec_)
    return seen


def texts(widget: Any) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_a_running_project_says_when_it_can_be_evaluated(
    panel: EvaluationPanel, running: ProjectDetail
) -> None:
    panel.show_project(running)
    assert "once it is completed" in panel.message.text()
    assert not panel.grid_host.isVisibleTo(panel) and panel.record_buttons == {}
    panel.show_project(None)
    assert "Choose a project" in panel.message.text()


def test_each_side_is_recorded_through_the_dialog_and_shown_side_by_side(
    panel: EvaluationPanel,
    completed: ProjectDetail,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    panel.show_project(completed)
    assert "No side has evaluated" in panel.message.text()
    assert set(panel.record_buttons) == {"enterprise", "research", "office"}

    def fill(dialog: EvaluationDialog) -> None:
        assert not dialog.ok_button.isEnabled()  # nothing scored yet
        for criterion, score in SCORES.items():
            dialog.scores[criterion].set_value(score)
        assert not dialog.ok_button.isEnabled()  # who evaluated is still missing
        dialog.evaluator.setText("王经理")
        dialog.comment.setPlainText("技术指标全部达到")

    answer(monkeypatch, fill)
    with qtbot.waitSignal(panel.changed):
        panel.record_buttons["enterprise"].click()
    summary = panel.summary
    assert summary is not None and summary.evaluations["enterprise"].scores == SCORES
    assert set(panel.record_buttons) == {"research", "office"}
    assert "waiting for: University / institute, Office" in panel.message.text()
    shown = texts(panel)
    assert "技术指标全部达到" in shown and any(t.startswith("王经理, ") for t in shown)
    assert "4.2" in shown  # the enterprise's overall, (5+4+3+4+5)/5


def test_the_office_is_prefilled_and_a_refusal_keeps_the_dialog(
    panel: EvaluationPanel,
    completed: ProjectDetail,
    sqlite_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel.show_project(completed)

    def recorded_meanwhile(dialog: EvaluationDialog) -> None:
        assert dialog.evaluator.text() == panel.ctx.actor.name  # the office: the clerk
        for criterion in evaluations.CRITERIA:
            dialog.scores[criterion].set_value(3)
        dialog.comment.setPlainText("配合良好")
        run(
            sqlite_db, evaluations.record_evaluation, completed.id, "office", "刘主任", EVEN,
            "", TODAY, CLERK,
        )  # fmt: skip

    dialogs = answer(monkeypatch, recorded_meanwhile)
    panel.record_buttons["office"].click()
    refused = dialogs[0]
    assert refused.result() != QDialog.DialogCode.Accepted
    assert "evaluates a project once" in refused.banner.text()
    assert refused.comment.toPlainText() == "配合良好"


def test_a_viewer_sees_the_evaluations_without_buttons(
    qtbot: Any, sqlite_db: Database, completed: ProjectDetail
) -> None:
    run(sqlite_db, evaluations.record_evaluation, completed.id, "research", "李教授", EVEN, "",
        TODAY, CLERK)  # fmt: skip
    viewer = EvaluationPanel(AppContext(sqlite_db, Actor("viewer-wu", Role.VIEWER)))
    qtbot.addWidget(viewer)
    viewer.show_project(completed)
    assert viewer.summary is not None and list(viewer.summary.evaluations) == ["research"]
    assert viewer.record_buttons == {} and "Not evaluated yet" in texts(viewer)


def test_the_member_page_shows_how_the_other_sides_rated_its_work(
    qtbot: Any, ctx: AppContext, sqlite_db: Database
) -> None:
    lab = make_member(sqlite_db, "江南大学")
    client = make_member(sqlite_db, "常州新能源科技有限公司")
    done = project_with(sqlite_db, [("transferor", lab), ("transferee", client)])
    run(sqlite_db, evaluations.record_evaluation, done, "enterprise", "王经理", SCORES, "", TODAY,
        CLERK)  # fmt: skip
    run(sqlite_db, evaluations.record_evaluation, done, "office", "张科员", EVEN, "", TODAY,
        CLERK)  # fmt: skip
    form = MemberForm(ctx)
    qtbot.addWidget(form)
    assert form.open_member(lab)
    tab = form.evaluations
    assert (
        form.tabs.indexOf(tab) >= 0 and form.tabs.tabText(form.tabs.indexOf(tab)) == "Evaluations"
    )
    assert "Rated 4.1 of 5" in tab.summary.text()  # (21 + 20) / 10
    assert tab.model.rowCount() == 1 and tab.model.index(0, 3).data() == "University / institute"
    assert tab.score_labels["goal_achieved"].text() == "4.5"
    assert form.open_member(client)
    assert "Rated 4.0 of 5" in tab.summary.text()  # the office's; its own is not about it
    assert form.open_member(make_member(sqlite_db, "苏州新材料研究所"))
    assert tab.performance is None and "No evaluation yet" in tab.summary.text()
    form.new_member()
    assert "Save the member first" in tab.summary.text()
