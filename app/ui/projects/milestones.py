"""A project's Milestones tab: each milestone with who delivers it, when it is due (and when it was
first planned, if it moved), the payment it releases and where it stands (done, overdue in red,
due within two weeks in amber, upcoming); Add milestone…, Move…, Mark done…, Open evidence; and
below, the selected milestone's details and every move with its reason."""

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import ProjectStatus
from app.services import projects
from app.services.files import viewing_copy
from app.services.permissions import Action, may
from app.services.projects import MilestoneRow, MoveRow, ProjectDetail
from app.ui import labels
from app.ui.context import AppContext
from app.ui.contracts.model import money
from app.ui.errors import show_error
from app.ui.list_screen import FillingColumn
from app.ui.projects.dialogs import (
    AddMilestoneDialog,
    CompleteMilestoneDialog,
    EditMilestoneDialog,
    MoveMilestoneDialog,
    ServiceDialog,
    Submit,
)
from app.ui.projects.model import OVERDUE_COLOUR, SOON, SOON_COLOUR
from app.ui.tables import DISPLAY, Index, RowsModel, read_only_table
from app.ui.workers import run_task

CONTEXT = "MilestonesModel"
DONE_COLOUR = "#2e7d32"
TITLE, RESPONSIBLE, DUE, PLANNED, PAYMENT, STATUS = range(6)
RESPONSIBLE_WIDTH = 140  # at most: a party's full name is in the tooltip
COLUMN_SAMPLES = {
    DUE: "28/12/2026",
    PLANNED: "28/12/2026",
    PAYMENT: "1,200,000.00 CNY",
    STATUS: "Overdue by 99 day(s)",
}


def amount_text(stored: str) -> str:
    """The service's "1,200,000.00 CNY" in the locale's digit grouping."""
    number, _, currency = stored.rpartition(" ")
    try:
        return money(Decimal(number.replace(",", "")), currency)
    except InvalidOperation:
        return stored


def standing(milestone: MilestoneRow, today: date) -> tuple[str, str]:
    """Where a milestone stands: "done", "overdue", "soon" or "upcoming", and how it reads."""
    t = QCoreApplication.translate
    if milestone.completed_on is not None:
        return "done", t(CONTEXT, "Done on {date}").format(
            date=labels.short_date(milestone.completed_on)
        )
    days = (milestone.due_date - today).days
    if days < 0:
        return "overdue", t(CONTEXT, "Overdue by {n} day(s)").format(n=labels.number(-days))
    if days == 0:
        return "soon", t(CONTEXT, "Due today")
    if milestone.due_date <= today + SOON:
        return "soon", t(CONTEXT, "Due in {n} day(s)").format(n=labels.number(days))
    return "upcoming", t(CONTEXT, "Upcoming")


COLOURS = {"done": DONE_COLOUR, "overdue": OVERDUE_COLOUR.name(), "soon": SOON_COLOUR.name()}


class MilestonesModel(RowsModel):
    """The milestones of one project (plain MilestoneRow values)."""

    CONTEXT = CONTEXT
    HEADERS = cast(
        tuple[str, ...],
        (
            QT_TRANSLATE_NOOP("MilestonesModel", "Milestone"),
            QT_TRANSLATE_NOOP("MilestonesModel", "Responsible"),
            QT_TRANSLATE_NOOP("MilestonesModel", "Due"),
            QT_TRANSLATE_NOOP("MilestonesModel", "First planned"),
            QT_TRANSLATE_NOOP("MilestonesModel", "Payment"),
            QT_TRANSLATE_NOOP("MilestonesModel", "Status"),
        ),
    )

    def __init__(self, parent: Any = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.today = today

    def cell(self, row: MilestoneRow, column: int) -> str:
        values: dict[int, Callable[[], str]] = {
            TITLE: lambda: row.title,
            RESPONSIBLE: lambda: row.responsible or "—",
            DUE: lambda: labels.short_date(row.due_date),
            PLANNED: lambda: (
                labels.short_date(row.planned_due_date)
                if row.planned_due_date != row.due_date
                else ""
            ),
            PAYMENT: lambda: amount_text(row.amount) if row.amount else "",
            STATUS: lambda: standing(row, self.today())[1],
        }
        return values[column]()

    def is_number(self, column: int) -> bool:
        return column == PAYMENT

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() in (DUE, STATUS)
            and 0 <= index.row() < len(self.rows)
        ):
            state = standing(self.rows[index.row()], self.today())[0]
            colour = COLOURS.get(state)
            if colour and (index.column() == STATUS or state != "done"):
                return QBrush(colour)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == TITLE:
            row = self.rows[index.row()]
            return "\n".join(part for part in (row.title, row.deliverable) if part)
        return super().data(index, role)


class MovesModel(RowsModel):
    """The moves of one milestone, oldest first."""

    CONTEXT = "MovesModel"
    HEADERS = cast(
        tuple[str, ...],
        (
            QT_TRANSLATE_NOOP("MovesModel", "Moved on"),
            QT_TRANSLATE_NOOP("MovesModel", "From"),
            QT_TRANSLATE_NOOP("MovesModel", "To"),
            QT_TRANSLATE_NOOP("MovesModel", "Reason"),
            QT_TRANSLATE_NOOP("MovesModel", "By"),
        ),
    )

    def cell(self, row: MoveRow, column: int) -> str:
        values = (
            labels.short_datetime(row.moved_at),
            labels.short_date(row.from_date),
            labels.short_date(row.to_date),
            " ".join(row.reason.split()),
            row.moved_by,
        )
        return values[column]


class MilestonesPanel(QWidget):
    """The Milestones tab. Writes go through the project services in the background; `changed`
    carries the project as stored afterwards."""

    changed = Signal(object)  # the ProjectDetail after a write

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_work = may(ctx.actor, Action.WORK_PROJECTS)
        self.detail: ProjectDetail | None = None
        self.model = MilestonesModel(self)
        self.table = read_only_table(self.model, stretch=TITLE)
        self._size_columns()
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._on_selected())
        self.table.doubleClicked.connect(lambda _i: self._default_action())
        self.add_button = self._button(
            self.tr("Add milestone…"),
            self.tr("A milestone beyond the payment schedule's"),
            self.add_milestone,
        )
        self.edit_button = self._button(
            self.tr("Edit…"),
            self.tr("Correct the milestone's title, deliverable or responsible party"),
            self.edit_milestone,
        )
        self.move_button = self._button(
            self.tr("Move…"),
            self.tr("Give the milestone a new due date, with the reason"),
            self.move_milestone,
        )
        self.done_button = self._button(
            self.tr("Mark done…"),
            self.tr("Record when it was done, who confirmed it and the evidence"),
            self.complete_milestone,
        )
        self.evidence_button = self._button(
            self.tr("Open evidence"),
            self.tr("Open the file attached when the milestone was marked done"),
            self.open_evidence,
        )
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.moves_title = QLabel()
        self.moves = MovesModel(self)
        self.moves_table = read_only_table(self.moves, stretch=3)
        self._build()
        self.show_project(None)

    def _size_columns(self) -> None:
        """The title takes the room the dates, amount and status leave it; each of those is as
        wide as its longest likely value, and the clerk may widen any."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column, sample in COLUMN_SAMPLES.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(
                column,
                max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + 16,
            )
        header.setSectionResizeMode(RESPONSIBLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        title_width = metrics.horizontalAdvance("中" * 8) + 16
        self._title_column = FillingColumn(self.table, TITLE, title_width)

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(lambda: slot())
        return button

    def _build(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.move_button, self.done_button):
            button.setVisible(self.can_work)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.evidence_button)
        below = QWidget()
        lower = QVBoxLayout(below)
        lower.setContentsMargins(0, 4, 0, 0)
        lower.addWidget(self.details)
        lower.addWidget(self.moves_title)
        lower.addWidget(self.moves_table, 1)
        upper = QWidget()
        top = QVBoxLayout(upper)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.table, 1)
        top.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(below)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(split)

    # -- showing --------------------------------------------------------------------------

    def show_project(self, detail: ProjectDetail | None) -> None:
        """Show a project's milestones, keeping the selected one selected."""
        chosen = self.selected()
        self.detail = detail
        self.model.set_rows(list(detail.milestones) if detail else [])
        # "First planned" only says something once a milestone has moved; until then its room
        # goes to the titles
        moved = detail is not None and any(m.moves for m in detail.milestones)
        self.table.setColumnHidden(PLANNED, not moved)
        self.table.resizeColumnToContents(RESPONSIBLE)
        header = self.table.horizontalHeader()
        header.resizeSection(RESPONSIBLE, min(header.sectionSize(RESPONSIBLE), RESPONSIBLE_WIDTH))
        self._title_column.fit()
        ids = [m.id for m in self.model.rows]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(ids.index(chosen.id))
        else:
            self.select_first_open()
        self._on_selected()

    def select_first_open(self) -> None:
        """The open milestone due first (the overdue one, if any); the first when all are done."""
        rows = self.model.rows
        if rows:
            open_ones = [(m.due_date, i) for i, m in enumerate(rows) if m.completed_on is None]
            self.table.selectRow(min(open_ones)[1] if open_ones else 0)

    def select_milestone(self, milestone_id: str) -> None:
        row = next((i for i, m in enumerate(self.model.rows) if m.id == milestone_id), -1)
        if row >= 0:
            self.table.selectRow(row)

    def selected(self) -> MilestoneRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows and self.model.rows else None

    def running(self) -> bool:
        return self.detail is not None and self.detail.status == ProjectStatus.RUNNING

    def _on_selected(self) -> None:
        milestone = self.selected()
        open_one = milestone is not None and milestone.completed_on is None
        working = self.can_work and self.running()
        self.add_button.setEnabled(working)
        self.edit_button.setEnabled(working and open_one)
        self.move_button.setEnabled(working and open_one)
        self.done_button.setEnabled(working and open_one)
        self.evidence_button.setEnabled(milestone is not None and bool(milestone.evidence_name))
        self.details.setText(self._details_text(milestone))
        self.details.setVisible(milestone is not None)
        self.moves.set_rows(list(milestone.moves) if milestone else [])
        self.moves_table.setVisible(bool(milestone and milestone.moves))
        if milestone is None:
            self.moves_title.setText(
                self.tr("This project has no milestones.") if self.detail else ""
            )
        elif milestone.moves:
            self.moves_title.setText(
                self.tr("Moves of “{title}”, each with its reason:").format(title=milestone.title)
            )
        else:
            self.moves_title.setText(
                self.tr("“{title}” has not been moved.").format(title=milestone.title)
            )

    def _details_text(self, milestone: MilestoneRow | None) -> str:
        if milestone is None:
            return ""
        lines = []
        if milestone.deliverable:
            lines.append(self.tr("Deliverable: {text}").format(text=milestone.deliverable))
        if milestone.completed_on is not None:
            lines.append(
                self.tr("Done on {date}, confirmed by {who}.").format(
                    date=labels.short_date(milestone.completed_on), who=milestone.confirmed_by
                )
            )
            if milestone.completion_note:
                lines.append(self.tr("Note: {text}").format(text=milestone.completion_note))
            if milestone.evidence_name:
                lines.append(self.tr("Evidence: {file}").format(file=milestone.evidence_name))
        return "\n".join(lines)

    def _default_action(self) -> None:
        """Double-click: mark an open milestone done; open a done one's evidence."""
        milestone = self.selected()
        if milestone is None:
            return
        if milestone.completed_on is None and self.done_button.isEnabled():
            self.complete_milestone()
        elif self.evidence_button.isEnabled():
            self.open_evidence()

    # -- writing --------------------------------------------------------------------------

    def _submit(self, service: Callable[..., Any], *ids: str, **fixed: Any) -> Submit:
        ctx = self.ctx

        def submit(values: dict[str, Any], on_done: Any, on_error: Any) -> None:
            run_task(
                lambda: ctx.write(service, *ids, by=ctx.actor, **fixed, **values),
                on_done,
                on_error,
            )

        return submit

    def _after(self, detail: ProjectDetail | None, milestone_id: str | None = None) -> None:
        if detail is None:
            return
        self.show_project(detail)
        if milestone_id:
            self.select_milestone(milestone_id)
        self.changed.emit(detail)

    def add_milestone(self) -> None:
        detail = self.detail
        if detail is None or not (self.can_work and self.running()):
            return
        done = ServiceDialog.run(
            AddMilestoneDialog(detail, self._submit(projects.add_milestone, detail.id), self)
        )
        self._after(done, done.milestones[-1].id if done and done.milestones else None)

    def edit_milestone(self) -> None:
        milestone, detail = self.selected(), self.detail
        if milestone is None or detail is None or not self.edit_button.isEnabled():
            return
        submit = self._submit(
            projects.edit_milestone, milestone.id, expected_version=milestone.version
        )
        dialog = EditMilestoneDialog(detail, milestone, submit, self)
        self._after(ServiceDialog.run(dialog), milestone.id)

    def move_milestone(self) -> None:
        milestone = self.selected()
        if milestone is None or not self.move_button.isEnabled():
            return
        submit = self._submit(
            projects.move_milestone, milestone.id, expected_version=milestone.version
        )
        self._after(ServiceDialog.run(MoveMilestoneDialog(milestone, submit, self)), milestone.id)

    def complete_milestone(self) -> None:
        milestone = self.selected()
        if milestone is None or not self.done_button.isEnabled():
            return
        submit = self._submit(
            projects.complete_milestone, milestone.id, expected_version=milestone.version
        )
        self._after(
            ServiceDialog.run(CompleteMilestoneDialog(milestone, submit, self)), milestone.id
        )

    def open_evidence(self) -> None:
        """Write the attached file to a temporary folder and open it with its program."""
        milestone = self.selected()
        if milestone is None or not milestone.evidence_name:
            return
        ctx, milestone_id = self.ctx, milestone.id

        def fetch() -> Path:  # up to 25 MB: read and written off the GUI thread
            return viewing_copy(*ctx.read(projects.milestone_evidence, milestone_id))

        def show(target: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

        run_task(fetch, show, lambda exc: show_error(self, exc))


__all__ = ["MilestonesModel", "MilestonesPanel", "MovesModel", "amount_text", "standing"]
