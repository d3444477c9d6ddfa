"""The three-party evaluation of a completed project: the enterprise, the university/institute
and the office side by side, each criterion's score as stars, their comments, the averages; a
"Record evaluation…" button for each side that has not evaluated yet."""

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import ProjectStatus
from app.services import evaluations
from app.services.evaluations import CRITERIA, SIDES, EvaluationSummary, SideEvaluation
from app.services.permissions import Action, may
from app.services.projects import ProjectDetail
from app.ui import labels
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.projects.evaluation_dialog import EvaluationDialog, default_evaluator
from app.ui.projects.feedback_labels import StarRating, criterion_label, score_text, side_label
from app.ui.workers import run_task

MUTED = "color: palette(placeholder-text);"
AVERAGE_COLUMN = len(SIDES) + 1


def _label(text: str, *, bold: bool = False, muted: bool = False, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    if muted:
        label.setStyleSheet(MUTED)
    return label


def _score_cell(value: float | None, text: str) -> QWidget:
    cell = QWidget()
    row = QHBoxLayout(cell)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(StarRating(value))
    row.addWidget(_label(text, muted=value is None))
    row.addStretch(1)
    return cell


class EvaluationPanel(QWidget):
    changed = Signal()  # an evaluation was recorded

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_work = may(ctx.actor, Action.WORK_PROJECTS)
        self.detail: ProjectDetail | None = None
        self.summary: EvaluationSummary | None = None
        self.record_buttons: dict[str, QPushButton] = {}
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(8)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.grid_host)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        self.show_project(None)

    # -- loading ----------------------------------------------------------------------------

    def show_project(self, detail: ProjectDetail | None) -> None:
        """Show the evaluations of this project (read in the background once it is completed)."""
        self.detail, self.summary = detail, None
        self._clear()
        if detail is None:
            self.message.setText(self.tr("Choose a project to see its evaluation."))
            return
        if detail.status == ProjectStatus.RUNNING.value:
            self.message.setText(
                self.tr(
                    "The three sides evaluate a project once it is completed. This project is "
                    "still running: when every milestone is done, complete the project, then "
                    "record each side's evaluation here."
                )
            )
            return
        if detail.status != ProjectStatus.COMPLETED.value:
            self.message.setText(
                self.tr("This project was terminated early; only completed projects are evaluated.")
            )
            return
        self.message.setText(self.tr("Loading the evaluations…"))
        ctx, project_id = self.ctx, detail.id
        run_task(
            lambda: ctx.read(evaluations.project_evaluations, project_id),
            lambda summary: self._loaded(project_id, summary),
            lambda exc: self._load_failed(project_id, exc),
        )

    def reload(self) -> None:
        self.show_project(self.detail)

    def _loaded(self, project_id: str, summary: EvaluationSummary) -> None:
        if self.detail is not None and self.detail.id == project_id:
            self.show_summary(summary)

    def _load_failed(self, project_id: str, exc: BaseException) -> None:
        if self.detail is not None and self.detail.id == project_id:
            self.message.setText(self.tr("The evaluations could not be read."))
            show_error(self, exc)

    # -- showing ----------------------------------------------------------------------------

    def _clear(self) -> None:
        self.record_buttons = {}
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.grid_host.hide()

    def show_summary(self, summary: EvaluationSummary) -> None:
        self.summary = summary
        self._clear()
        self.message.setText(self._message(summary))
        self._headers(summary)
        for row, criterion in enumerate(CRITERIA, start=1):
            self.grid.addWidget(_label(criterion_label(criterion)), row, 0)
            for col, side in enumerate(SIDES, start=1):
                given = summary.evaluations.get(side)
                score = given.scores[criterion] if given else None
                shown = "—" if score is None else labels.number(score)
                self.grid.addWidget(_score_cell(score, shown), row, col)
            average = summary.averages[criterion]
            self.grid.addWidget(_score_cell(average, score_text(average)), row, AVERAGE_COLUMN)
        self._footer(summary, len(CRITERIA) + 1)
        self.grid.setColumnStretch(AVERAGE_COLUMN + 1, 1)
        self.grid_host.show()

    def _message(self, summary: EvaluationSummary) -> str:
        if not summary.evaluations:
            return self.tr("No side has evaluated the project yet.")
        if not summary.missing:
            return self.tr("All three sides have evaluated the project: {overall} of 5.").format(
                overall=score_text(summary.overall)
            )
        return self.tr(
            "{done} of 3 sides have evaluated the project; waiting for: {missing}."
        ).format(
            done=len(summary.evaluations),
            missing=", ".join(side_label(s) for s in summary.missing),
        )

    def _headers(self, summary: EvaluationSummary) -> None:
        for col, side in enumerate(SIDES, start=1):
            header = QWidget()
            stack = QVBoxLayout(header)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.addWidget(_label(side_label(side), bold=True))
            names = summary.parties.get(side, ())
            stack.addWidget(_label("\n".join(names) or "—", muted=True, wrap=True))
            self.grid.addWidget(header, 0, col, Qt.AlignmentFlag.AlignTop)
            self.grid.setColumnStretch(col, 0)
        self.grid.addWidget(
            _label(self.tr("Average"), bold=True), 0, AVERAGE_COLUMN, Qt.AlignmentFlag.AlignTop
        )

    def _footer(self, summary: EvaluationSummary, row: int) -> None:
        self.grid.addWidget(_label(self.tr("Overall"), bold=True), row, 0)
        for col, side in enumerate(SIDES, start=1):
            given = summary.evaluations.get(side)
            average = given.average if given else None
            self.grid.addWidget(_score_cell(average, score_text(average)), row, col)
        self.grid.addWidget(
            _score_cell(summary.overall, score_text(summary.overall)), row, AVERAGE_COLUMN
        )
        self.grid.addWidget(_label(self.tr("Comment")), row + 1, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(_label(self.tr("Evaluated by")), row + 2, 0, Qt.AlignmentFlag.AlignTop)
        for col, side in enumerate(SIDES, start=1):
            given = summary.evaluations.get(side)
            if given is not None:
                self._given(given, row, col)
            else:
                self._missing(summary, side, row, col)

    def _given(self, given: SideEvaluation, row: int, col: int) -> None:
        comment = _label(given.comment or "—", wrap=True, muted=not given.comment)
        comment.setMaximumWidth(260)
        self.grid.addWidget(comment, row + 1, col, Qt.AlignmentFlag.AlignTop)
        by = self.tr("{evaluator}, {date}").format(
            evaluator=given.evaluator, date=labels.short_date(given.evaluated_on)
        )
        who = _label(by, muted=True, wrap=True)
        who.setToolTip(self.tr("Recorded by {user}").format(user=given.recorded_by))
        self.grid.addWidget(who, row + 2, col, Qt.AlignmentFlag.AlignTop)

    def _missing(self, summary: EvaluationSummary, side: str, row: int, col: int) -> None:
        self.grid.addWidget(
            _label(self.tr("Not evaluated yet"), muted=True),
            row + 1,
            col,
            Qt.AlignmentFlag.AlignTop,
        )
        if not self.can_work or summary.status != ProjectStatus.COMPLETED.value:
            return
        button = QPushButton(self.tr("Record evaluation…"))
        button.setToolTip(
            self.tr("Record the {side} side's scores and comment").format(side=side_label(side))
        )
        button.clicked.connect(lambda: self.record_evaluation(side))
        self.record_buttons[side] = button
        self.grid.addWidget(button, row + 2, col, Qt.AlignmentFlag.AlignTop)

    # -- recording --------------------------------------------------------------------------

    def record_evaluation(self, side: str) -> None:
        detail, summary = self.detail, self.summary
        if detail is None or summary is None or side not in summary.missing:
            return
        dialog = EvaluationDialog(
            summary,
            detail.title,
            side,
            self._submit(detail.id),
            self,
            evaluator=default_evaluator(side, self.ctx.actor.name),
        )
        if dialog.exec() and isinstance(dialog.result_value, EvaluationSummary):
            self.show_summary(dialog.result_value)
            self.changed.emit()

    def _submit(self, project_id: str):  # type: ignore[no-untyped-def]
        ctx = self.ctx

        def submit(values: dict[str, Any], on_done: Any, on_error: Any) -> None:
            run_task(
                lambda: ctx.write(
                    evaluations.record_evaluation,
                    project_id,
                    values["side"],
                    values["evaluator"],
                    {k: v for k, v in values["scores"].items() if v is not None},
                    values["comment"],
                    values["evaluated_on"],
                    ctx.actor,
                ),
                on_done,
                on_error,
            )

        return submit


__all__ = ["EvaluationPanel"]
