"""The "Record evaluation…" dialog: one side's scores 1–5 for the five criteria, who evaluated,
when, and a comment."""

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from app.models.enums import PartySide
from app.services.evaluations import CRITERIA, EVALUATOR_LIMIT, EvaluationSummary
from app.ui.projects.entry_dialog import pydate, qdate
from app.ui.projects.feedback_labels import criterion_label, side_label
from app.ui.submit_dialog import Submit, SubmitDialog


class ScoreChoice(QWidget):
    """Five exclusive choices, 1 (poor) to 5 (excellent); none chosen at first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        tips = {
            1: self.tr("1: poor"),
            2: self.tr("2: below expectations"),
            3: self.tr("3: as expected"),
            4: self.tr("4: good"),
            5: self.tr("5: excellent"),
        }
        for score in range(1, 6):
            button = QRadioButton(str(score))
            button.setToolTip(tips[score])
            self.group.addButton(button, score)
            row.addWidget(button)
        row.addStretch(1)

    def value(self) -> int | None:
        score = self.group.checkedId()
        return score if score > 0 else None

    def set_value(self, score: int) -> None:
        button = self.group.button(score)
        if button is not None:
            button.setChecked(True)


class EvaluationDialog(SubmitDialog):
    def __init__(
        self,
        summary: EvaluationSummary,
        title: str,
        side: str,
        submit: Submit,
        parent: QWidget | None = None,
        *,
        evaluator: str = "",
    ) -> None:
        super().__init__(submit, parent)
        self.side = side
        self.setWindowTitle(self.tr("Evaluation: {side}").format(side=side_label(side)))
        self.resize(520, 520)
        parties = " / ".join(summary.parties.get(side, ()))
        intro = self.tr(
            "How does the {side} side rate “{title}”? Score each criterion from 1 (poor) to "
            "5 (excellent). Each side evaluates a project once."
        ).format(side=side_label(side), title=title)
        self.set_intro(intro + (f"\n{parties}" if parties else ""))
        self.scores: dict[str, ScoreChoice] = {}
        for criterion in CRITERIA:
            choice = ScoreChoice()
            choice.group.idToggled.connect(lambda *_: self._update())
            self.scores[criterion] = choice
            self.add_row(criterion, criterion_label(criterion), choice)
        self.evaluator = QLineEdit(evaluator)
        self.evaluator.setMaxLength(EVALUATOR_LIMIT)
        self.evaluator.setPlaceholderText(self.tr("Who speaks for this side, e.g. 王经理"))
        self.evaluator.textChanged.connect(self._update)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        first = summary.ended_on or date.today()
        self.day.setDateRange(qdate(first), QDate.currentDate())
        self.day.setDate(QDate.currentDate())
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("What went well, what could be better"))
        self.add_row("evaluator", self.tr("Evaluated by"), self.evaluator)
        self.add_row("evaluated_on", self.tr("Date"), self.day)
        self.add_row("comment", self.tr("Comment"), self.comment)
        self._update()

    def _update(self) -> None:
        complete = all(c.value() is not None for c in self.scores.values())
        self.ok_button.setEnabled(complete and bool(self.evaluator.text().strip()))

    def values(self) -> dict[str, Any]:
        return {
            "side": self.side,
            "evaluator": self.evaluator.text(),
            "scores": {k: c.value() for k, c in self.scores.items()},
            "comment": self.comment.toPlainText(),
            "evaluated_on": pydate(self.day.date()),
        }


def default_evaluator(side: str, clerk: str) -> str:
    """The office's evaluation is usually the clerk's own; the others are typed in."""
    return clerk if side == PartySide.OFFICE.value else ""
