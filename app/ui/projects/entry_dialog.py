"""The "Add entry…" dialog of a project's log: what kind of entry, from which side, who reported
it, when, the text, and for a resolution the open problem it resolves."""

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from app.models.enums import EntryKind, PartySide, ProjectStatus
from app.services.project_log import AUTHOR_LIMIT, EntryRow
from app.services.projects import ProjectDetail
from app.ui import labels
from app.ui.projects.feedback_labels import kind_icon, kind_label, side_label
from app.ui.submit_dialog import Submit, SubmitDialog

PROBLEM_PREVIEW = 60


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def problem_title(problem: EntryRow) -> str:
    """How an open problem is named in a list: its date, side and the start of its text."""
    text = " ".join(problem.text.split())
    if len(text) > PROBLEM_PREVIEW:
        text = text[: PROBLEM_PREVIEW - 1] + "…"
    return f"{labels.short_date(problem.entry_date)} · {side_label(problem.side)} · {text}"


class EntryDialog(SubmitDialog):
    def __init__(
        self,
        detail: ProjectDetail,
        problems: list[EntryRow],
        submit: Submit,
        parent: QWidget | None = None,
        *,
        kind: str = EntryKind.PROGRESS.value,
        problem_id: str | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Add entry to the project log"))
        self.resize(560, 460)
        running = detail.status == ProjectStatus.RUNNING.value
        if not running:
            self.set_intro(
                self.tr(
                    "The project has ended: progress reports and feedback can still be added; "
                    "problems and their resolutions are recorded while a project runs."
                )
            )
        self.kind = QComboBox()
        kinds = list(EntryKind) if running else [EntryKind.PROGRESS, EntryKind.FEEDBACK]
        for k in kinds:
            self.kind.addItem(kind_icon(k.value), kind_label(k.value), k.value)
        self._disable_resolution_without_problems(bool(problems))
        self.side = QComboBox()
        for s in PartySide:
            self.side.addItem(side_label(s.value), s.value)
        self.author = QLineEdit()
        self.author.setMaxLength(AUTHOR_LIMIT)
        self.author.setPlaceholderText(self.tr("Who reported it, e.g. 王经理 (project lead)"))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDateRange(qdate(detail.started_on), QDate.currentDate())
        self.day.setDate(QDate.currentDate())
        self.problem = QComboBox()
        for p in problems:
            self.problem.addItem(problem_title(p), p.id)
            self.problem.setItemData(self.problem.count() - 1, p.text, Qt.ItemDataRole.ToolTipRole)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("What was reported, agreed or decided"))
        self.add_row("kind", self.tr("Kind"), self.kind)
        self.add_row("side", self.tr("From"), self.side)
        self.add_row("author", self.tr("Reported by"), self.author)
        self.add_row("entry_date", self.tr("Date"), self.day)
        self.problem_row = self.add_row("resolves_id", self.tr("Resolves"), self.problem)
        self.add_row("text", self.tr("Text"), self.text)
        self.kind.currentIndexChanged.connect(self._update)
        self.author.textChanged.connect(self._update)
        self.text.textChanged.connect(self._update)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        if problem_id is not None:
            self.problem.setCurrentIndex(max(0, self.problem.findData(problem_id)))
        self._update()

    def _disable_resolution_without_problems(self, any_open: bool) -> None:
        index = self.kind.findData(EntryKind.RESOLUTION.value)
        model = self.kind.model()
        if index < 0 or any_open or not hasattr(model, "item"):
            return
        item = model.item(index)
        item.setEnabled(False)
        item.setToolTip(self.tr("No problem is open; a resolution names an open problem."))

    def _update(self) -> None:
        resolution = self.kind.currentData() == EntryKind.RESOLUTION.value
        self.form.setRowVisible(self.problem_row, resolution)
        ready = bool(self.text.toPlainText().strip() and self.author.text().strip())
        self.ok_button.setEnabled(ready and (not resolution or self.problem.currentIndex() >= 0))

    def values(self) -> dict[str, Any]:
        resolution = self.kind.currentData() == EntryKind.RESOLUTION.value
        return {
            "kind": self.kind.currentData(),
            "side": self.side.currentData(),
            "author": self.author.text(),
            "entry_date": pydate(self.day.date()),
            "text": self.text.toPlainText(),
            "resolves_id": self.problem.currentData() if resolution else None,
        }
