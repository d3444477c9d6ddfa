"""The dialogs of a project's Milestones tab: add a milestone, move one (the reason is kept), mark
one done (when, who confirmed it, the evidence), and complete or terminate the project. Each hands
what was typed to `submit` (a service run in the background) and stays open with the message
beside its field when the service refuses, so nothing typed is lost."""

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.services.projects import MilestoneRow, ProjectDetail
from app.ui import labels
from app.ui.submit_dialog import Submit, SubmitDialog


def day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def date_edit(value: date | None = None, *, not_after_today: bool = False) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day) if value else QDate.currentDate())
    edit.setCalendarPopup(True)
    if not_after_today:
        edit.setMaximumDate(QDate.currentDate())
    return edit


def text_box(placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
    return box


class ServiceDialog(SubmitDialog):
    """A small form under a line saying what it does; a refusal's messages for no field go below
    the advice."""

    field_spacing = 2

    def __init__(self, title: str, intro: str, submit: Submit, parent: QWidget | None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(title)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setText(intro)
        self.intro.show()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def fields_message(self, unplaced: list[str]) -> str:
        return "\n".join([self.tr("Correct what is marked and press OK again."), *unplaced])

    @classmethod
    def run(cls, dialog: "ServiceDialog") -> Any:
        """Show the dialog; what the service returned once it succeeded, or None."""
        dialog.resize(max(480, dialog.sizeHint().width()), dialog.sizeHint().height())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value


class AddMilestoneDialog(ServiceDialog):
    """A milestone beyond the payment schedule's: what, what is delivered, who, when."""

    def __init__(self, detail: ProjectDetail, submit: Submit, parent: QWidget | None = None):
        super().__init__(
            self.tr("Add milestone"),
            self.tr("A new milestone of project {title}. It goes last in the list.").format(
                title=detail.title
            ),
            submit,
            parent,
        )
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Pilot-scale trial accepted"))
        self.deliverable = text_box(self.tr("What is handed over: a report, a sample, software…"))
        self.responsible = QComboBox()
        self.responsible.addItem(self.tr("— nobody in particular —"), None)
        for position, name in enumerate(detail.parties):
            self.responsible.addItem(name, position)
        self.due = date_edit()
        self.add_row("title", self.tr("Milestone"), self.title)
        self.add_row("deliverable", self.tr("Deliverable"), self.deliverable)
        self.add_row("responsible_position", self.tr("Responsible party"), self.responsible)
        self.add_row("due_date", self.tr("Due on"), self.due)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "due_date": day(self.due),
            "deliverable": self.deliverable.toPlainText(),
            "responsible_position": self.responsible.currentData(),
        }


class EditMilestoneDialog(AddMilestoneDialog):
    """Correct an open milestone: what it is, what it delivers, who. The date moves only with
    Move…, which keeps the reason."""

    def __init__(
        self,
        detail: ProjectDetail,
        milestone: MilestoneRow,
        submit: Submit,
        parent: QWidget | None = None,
    ):
        super().__init__(detail, submit, parent)
        self.setWindowTitle(self.tr("Edit milestone"))
        self.set_intro(
            self.tr(
                "Correct “{title}”, due on {date}. To change the date, use Move…, "
                "which keeps the reason."
            ).format(title=milestone.title, date=labels.short_date(milestone.due_date))
        )
        self.title.setText(milestone.title)
        self.deliverable.setPlainText(milestone.deliverable)
        self.responsible.setCurrentIndex(
            max(0, self.responsible.findData(milestone.responsible_position))
        )
        self.form.setRowVisible(self.due.parentWidget(), False)  # the date's row box

    def values(self) -> dict[str, Any]:
        values = super().values()
        del values["due_date"]
        return values


class MoveMilestoneDialog(ServiceDialog):
    """A new due date and why; the reason stays with the milestone's earlier moves."""

    def __init__(self, milestone: MilestoneRow, submit: Submit, parent: QWidget | None = None):
        super().__init__(
            self.tr("Move milestone"),
            self.tr("“{title}” is due on {date}. The reason is kept with the project.").format(
                title=milestone.title, date=labels.short_date(milestone.due_date)
            ),
            submit,
            parent,
        )
        self.due = date_edit(milestone.due_date)
        self.reason = text_box(self.tr("e.g. The test equipment arrives six weeks late."))
        self.add_row("due_date", self.tr("New due date"), self.due)
        self.add_row("reason", self.tr("Reason"), self.reason)

    def values(self) -> dict[str, Any]:
        return {"new_due_date": day(self.due), "reason": self.reason.toPlainText()}


class CompleteMilestoneDialog(ServiceDialog):
    """When the milestone was done, who confirmed it, and the evidence as a file."""

    def __init__(self, milestone: MilestoneRow, submit: Submit, parent: QWidget | None = None):
        super().__init__(
            self.tr("Mark milestone done"),
            self.tr("“{title}”, due on {date}.").format(
                title=milestone.title, date=labels.short_date(milestone.due_date)
            ),
            submit,
            parent,
        )
        self.completed_on = date_edit(not_after_today=True)
        self.confirmed_by = QLineEdit()
        self.confirmed_by.setPlaceholderText(self.tr("e.g. the enterprise's project lead"))
        self.note = text_box(self.tr("e.g. Samples passed the acceptance test."))
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(self.tr("An acceptance report, a test record (optional)"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.evidence, 1)
        line.addWidget(browse)
        self.add_row("completed_on", self.tr("Done on"), self.completed_on)
        self.add_row("confirmed_by", self.tr("Confirmed by"), self.confirmed_by)
        self.add_row("note", self.tr("Note"), self.note)
        self.add_row("evidence", self.tr("Evidence"), row)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the evidence"))
        if name:
            self.evidence.setText(name)

    def values(self) -> dict[str, Any]:
        path = self.evidence.text().strip()
        return {
            "completed_on": day(self.completed_on),
            "confirmed_by": self.confirmed_by.text(),
            "note": self.note.toPlainText(),
            "evidence_path": path or None,
        }


class CompleteProjectDialog(ServiceDialog):
    """The project is done: its contract is completed too, and the evaluation can start."""

    def __init__(self, detail: ProjectDetail, submit: Submit, parent: QWidget | None = None):
        super().__init__(
            self.tr("Complete project"),
            self.tr(
                "Complete project {title}? Contract {number} is then completed too, and the "
                "three parties can evaluate the cooperation. Milestones can no longer change."
            ).format(title=detail.title, number=detail.contract_number),
            submit,
            parent,
        )
        self.ended_on = date_edit(not_after_today=True)
        self.note = text_box(self.tr("e.g. Final acceptance signed by all three parties."))
        self.add_row("ended_on", self.tr("Completed on"), self.ended_on)
        self.add_row("note", self.tr("Note"), self.note)
        self.ok_button.setText(self.tr("Complete project"))

    def values(self) -> dict[str, Any]:
        return {"ended_on": day(self.ended_on), "note": self.note.toPlainText()}


class TerminateProjectDialog(ServiceDialog):
    """The cooperation ends early: when and why (the reason is required and kept)."""

    def __init__(self, detail: ProjectDetail, submit: Submit, parent: QWidget | None = None):
        super().__init__(
            self.tr("Terminate project"),
            self.tr(
                "End project {title} early? Contract {number} is then terminated, and the "
                "milestones not done stay open for the record. This cannot be undone."
            ).format(title=detail.title, number=detail.contract_number),
            submit,
            parent,
        )
        self.ended_on = date_edit(not_after_today=True)
        self.reason = text_box(self.tr("e.g. The enterprise stopped the production line."))
        self.add_row("ended_on", self.tr("Ended on"), self.ended_on)
        self.add_row("reason", self.tr("Reason"), self.reason)
        self.ok_button.setText(self.tr("Terminate project"))

    def values(self) -> dict[str, Any]:
        return {"ended_on": day(self.ended_on), "reason": self.reason.toPlainText()}


__all__ = [
    "AddMilestoneDialog",
    "CompleteMilestoneDialog",
    "CompleteProjectDialog",
    "MoveMilestoneDialog",
    "ServiceDialog",
    "TerminateProjectDialog",
]
