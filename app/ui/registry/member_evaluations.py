"""A member's evaluations, read-only on its page in the registry: how the other sides of its
completed projects rated its work (each criterion's average, the overall figure) and the
projects behind it. Matching uses the same overall figure as the supplier's past performance."""

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.services import evaluations
from app.services.evaluations import CRITERIA, MemberPerformance, ProjectScore
from app.ui import labels
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.projects.feedback_labels import StarRating, criterion_label, score_text, side_label
from app.ui.tables import RowsModel, read_only_table
from app.ui.workers import run_task


class MemberProjectsModel(RowsModel):
    CONTEXT = "MemberProjectsModel"
    HEADERS = (  # type: ignore[assignment]
        QT_TRANSLATE_NOOP("MemberProjectsModel", "Contract"),
        QT_TRANSLATE_NOOP("MemberProjectsModel", "Project"),
        QT_TRANSLATE_NOOP("MemberProjectsModel", "Ended"),
        QT_TRANSLATE_NOOP("MemberProjectsModel", "Side"),
        QT_TRANSLATE_NOOP("MemberProjectsModel", "Evaluations"),
        QT_TRANSLATE_NOOP("MemberProjectsModel", "Average"),
    )

    def cell(self, row: ProjectScore, column: int) -> str:
        return [
            row.contract_number,
            row.title,
            labels.short_date(row.ended_on),
            ", ".join(side_label(s) for s in row.member_sides),
            labels.number(row.evaluations),
            score_text(row.average),
        ][column]

    def is_number(self, column: int) -> bool:
        return column in (4, 5)


class MemberEvaluationsPanel(QWidget):
    """The Evaluations tab of the member form."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member_id: str | None = None
        self.performance: MemberPerformance | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.scores_host = QWidget()
        self.scores = QGridLayout(self.scores_host)
        self.scores.setContentsMargins(0, 0, 0, 0)
        self.score_labels: dict[str, QLabel] = {}
        self.stars: dict[str, StarRating] = {}
        for row, key in enumerate((*CRITERIA, "overall")):
            name = self.tr("Overall") if key == "overall" else criterion_label(key)
            self.stars[key] = StarRating()
            self.score_labels[key] = QLabel()
            self.scores.addWidget(QLabel(name), row, 0)
            self.scores.addWidget(self.stars[key], row, 1)
            self.scores.addWidget(self.score_labels[key], row, 2)
        self.scores.setColumnStretch(3, 1)
        self.model = MemberProjectsModel(self)
        self.table = read_only_table(self.model, stretch=1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.summary)
        layout.addWidget(self.scores_host)
        layout.addWidget(self.table, 1)
        self.set_member(None)

    def set_member(self, member_id: str | None) -> None:
        """Show the evaluations of this member's work; None for a member not saved yet."""
        self.member_id = member_id
        self._show(None)
        if member_id is None:
            self.summary.setText(
                self.tr("Save the member first; evaluations of its work show here.")
            )
            return
        ctx = self.ctx
        run_task(
            lambda: ctx.read(evaluations.member_performance, member_id),
            lambda found: self._loaded(member_id, found),
            lambda exc: self._failed(member_id, exc),
        )

    def _loaded(self, member_id: str, performance: MemberPerformance | None) -> None:
        if member_id != self.member_id:
            return
        self._show(performance)
        if performance is None:
            self.summary.setText(
                self.tr(
                    "No evaluation yet. When a project this member worked on is completed, the "
                    "other sides' evaluations of its work show here."
                )
            )
            return
        self.summary.setText(
            self.tr(
                "Rated {overall} of 5 by the other sides of {projects} completed project(s) "
                "({count} evaluation(s)). Matching uses this as past performance."
            ).format(
                overall=score_text(performance.overall),
                projects=labels.number(performance.project_count),
                count=labels.number(performance.evaluation_count),
            )
        )

    def _failed(self, member_id: str, exc: BaseException) -> None:
        if member_id == self.member_id:
            self.summary.setText(self.tr("The evaluations could not be read."))
            show_error(self, exc)

    def _show(self, performance: MemberPerformance | None) -> None:
        self.performance = performance
        self.scores_host.setVisible(performance is not None)
        self.table.setVisible(performance is not None)
        self.model.set_rows(list(performance.projects) if performance else [])
        if performance is None:
            return
        figures = {**performance.averages, "overall": performance.overall}
        for key, value in figures.items():
            self.stars[key].value = value
            self.stars[key].setToolTip(score_text(value) + " / 5")
            self.stars[key].update()
            self.score_labels[key].setText(score_text(value))


__all__ = ["MemberEvaluationsPanel"]
