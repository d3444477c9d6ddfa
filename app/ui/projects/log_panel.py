"""A project's log: progress reports, feedback, problems and resolutions from the three sides,
newest first. Open problems stand out; a resolution says which problem it resolves (and the
problem, when it was resolved). "Add entry…" records a new one."""

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import EntryKind
from app.services import project_log
from app.services.permissions import Action, may
from app.services.project_log import EntryRow
from app.services.projects import ProjectDetail
from app.ui import labels
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.projects.entry_dialog import EntryDialog
from app.ui.projects.feedback_labels import (
    KIND_COLOURS,
    OPEN_PROBLEM_BACKGROUND,
    kind_icon,
    kind_label,
    side_label,
)
from app.ui.tables import DISPLAY, Index, RowsModel, read_only_table
from app.ui.workers import run_task

DATE, SIDE, AUTHOR, KIND, TEXT = range(5)
RESOLVES_PREVIEW = 40


def _one_line(text: str, limit: int = 0) -> str:
    line = " ".join(text.split())
    return line[: limit - 1] + "…" if limit and len(line) > limit else line


class ProjectLogModel(RowsModel):
    CONTEXT = "ProjectLogModel"
    HEADERS = (  # type: ignore[assignment]
        QT_TRANSLATE_NOOP("ProjectLogModel", "Date"),
        QT_TRANSLATE_NOOP("ProjectLogModel", "From"),
        QT_TRANSLATE_NOOP("ProjectLogModel", "Reported by"),
        QT_TRANSLATE_NOOP("ProjectLogModel", "Kind"),
        QT_TRANSLATE_NOOP("ProjectLogModel", "Entry"),
    )

    def cell(self, row: EntryRow, column: int) -> str:
        if column == DATE:
            return labels.short_date(row.entry_date)
        if column == SIDE:
            return side_label(row.side)
        if column == AUTHOR:
            return row.author
        if column == KIND:
            return self._kind(row)
        return self._text(row)

    def _kind(self, row: EntryRow) -> str:
        kind = kind_label(row.kind)
        if row.kind != EntryKind.PROBLEM.value:
            return kind
        if row.open:
            return self.tr("{kind} · open").format(kind=kind)
        return self.tr("{kind} · resolved {date}").format(
            kind=kind, date=labels.short_date(row.resolved_on)
        )

    def _text(self, row: EntryRow) -> str:
        text = _one_line(row.text)
        if row.kind == EntryKind.RESOLUTION.value and row.resolves_id:
            return self.tr("{text}  (resolves: “{problem}”, {date})").format(
                text=text,
                problem=_one_line(row.resolves_text, RESOLVES_PREVIEW),
                date=labels.short_date(row.resolves_date),
            )
        return text

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row: EntryRow = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return row.text
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return kind_icon(row.kind)
        if role == Qt.ItemDataRole.ForegroundRole and column == KIND:
            return QBrush(QColor(KIND_COLOURS.get(row.kind, "#000000")))
        if role == Qt.ItemDataRole.BackgroundRole and row.open:
            return QBrush(QColor(OPEN_PROBLEM_BACKGROUND))
        if role == Qt.ItemDataRole.FontRole and row.open:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def row_of(self, entry_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == entry_id), -1)


class ProjectLogPanel(QWidget):
    changed = Signal()  # an entry was added: the project's other views may refresh

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_work = may(ctx.actor, Action.WORK_PROJECTS)
        self.detail: ProjectDetail | None = None
        self.entries: list[EntryRow] = []
        self._select_after_load: str | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.open_only = QCheckBox(self.tr("Open problems only"))
        self.open_only.toggled.connect(self._fill)
        self.add_button = QPushButton(self.tr("Add entry…"))
        self.add_button.setToolTip(
            self.tr("Record a progress report, feedback, a problem or its resolution")
        )
        self.add_button.clicked.connect(lambda: self.add_entry())
        self.add_button.setVisible(self.can_work)
        self.model = ProjectLogModel(self)
        self.table = read_only_table(self.model, stretch=TEXT)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumHeight(70)
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setMargin(6)
        self.details.linkActivated.connect(self.select_entry)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.open_only)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.details, 1)
        self.show_project(None)

    # -- loading ----------------------------------------------------------------------------

    def show_project(self, detail: ProjectDetail | None) -> None:
        """Show this project's log (loaded in the background); None for no project."""
        self.detail = detail
        self.entries = []
        self._fill()
        if detail is None:
            return
        self.summary.setText(self.tr("Loading the log…"))
        ctx, project_id = self.ctx, detail.id
        run_task(
            lambda: ctx.read(project_log.entries, project_id),
            lambda rows: self._loaded(project_id, rows),
            lambda exc: self._load_failed(project_id, exc),
        )

    def reload(self) -> None:
        self.show_project(self.detail)

    def _loaded(self, project_id: str, rows: list[EntryRow]) -> None:
        if self.detail is None or self.detail.id != project_id:
            return  # another project was chosen meanwhile
        self.entries = rows
        self._fill()
        if self._select_after_load:
            self.select_entry(self._select_after_load)
            self._select_after_load = None

    def _load_failed(self, project_id: str, exc: BaseException) -> None:
        if self.detail is not None and self.detail.id == project_id:
            self.summary.setText(self.tr("The log could not be read."))
            show_error(self, exc)

    # -- showing ----------------------------------------------------------------------------

    def _fill(self) -> None:
        rows = [r for r in self.entries if r.open] if self.open_only.isChecked() else self.entries
        self.model.set_rows(rows)
        self.add_button.setEnabled(self.detail is not None)
        self.summary.setText(self._summary())
        if rows:
            self.table.selectRow(0)
        self._show_selected()

    def _summary(self) -> str:
        if self.detail is None:
            return self.tr("Choose a project to see its log.")
        if not self.entries:
            return self.tr(
                "Nothing recorded yet. Progress reports, feedback and problems from any side "
                "are kept here."
            )
        open_count = sum(1 for r in self.entries if r.open)
        text = self.tr("{count} entries.").format(count=labels.number(len(self.entries)))
        if open_count:
            text += " " + self.tr("{count} open problem(s), marked in red.").format(
                count=labels.number(open_count)
            )
        return text

    def selected(self) -> EntryRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def select_entry(self, entry_id: str) -> None:
        """Select an entry (a link from a resolution to its problem and back)."""
        entry_id = entry_id.removeprefix("entry:")
        if self.model.row_of(entry_id) < 0 and self.open_only.isChecked():
            self.open_only.setChecked(False)
        row = self.model.row_of(entry_id)
        if row >= 0:
            index = self.model.index(row, 0)
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)

    def _show_selected(self) -> None:
        row = self.selected()
        if row is None:
            self.details.setText("")
            return
        head = " · ".join(
            (
                labels.short_date(row.entry_date),
                escape(side_label(row.side)),
                escape(row.author),
                f'<span style="color:{KIND_COLOURS.get(row.kind, "#000")}">'
                f"{escape(kind_label(row.kind))}</span>",
            )
        )
        parts = [f"<b>{head}</b>", escape(row.text).replace("\n", "<br>")]
        if row.resolves_id:
            parts.append(
                self.tr("Resolves the problem raised on {date}: {link}").format(
                    date=labels.short_date(row.resolves_date),
                    link=f'<a href="entry:{row.resolves_id}">'
                    f"{escape(_one_line(row.resolves_text, 80))}</a>",
                )
            )
        elif row.kind == EntryKind.PROBLEM.value:
            parts.append(
                f'<span style="color:{KIND_COLOURS["problem"]}">'
                + self.tr("Open: no resolution recorded yet.")
                + "</span>"
                if row.open
                else self.tr("Resolved on {date}: {link}").format(
                    date=labels.short_date(row.resolved_on),
                    link=f'<a href="entry:{row.resolved_by_id}">'
                    + self.tr("the resolution")
                    + "</a>",
                )
            )
        recorded = self.tr("Recorded by {user} on {when}.").format(
            user=escape(row.recorded_by), when=labels.short_datetime(row.recorded_at)
        )
        parts.append(f'<span style="color: palette(placeholder-text)">{recorded}</span>')
        self.details.setText("<br>".join(parts))

    # -- adding -----------------------------------------------------------------------------

    def add_entry(self, kind: str = EntryKind.PROGRESS.value) -> None:
        """Ask for a new entry; should it be a resolution, the selected open problem is the one
        offered first."""
        detail = self.detail
        if detail is None or not self.can_work:
            return
        problems = [r for r in reversed(self.entries) if r.open]
        chosen = self.selected()
        problem_id = chosen.id if chosen is not None and chosen.open else None
        dialog = EntryDialog(
            detail, problems, self._submit(detail.id), self, kind=kind, problem_id=problem_id
        )
        if dialog.exec() and isinstance(dialog.result_value, EntryRow):
            self._select_after_load = dialog.result_value.id
            self.reload()
            self.changed.emit()

    def _submit(self, project_id: str):  # type: ignore[no-untyped-def]
        ctx = self.ctx

        def submit(values: dict[str, Any], on_done: Any, on_error: Any) -> None:
            run_task(
                lambda: ctx.write(
                    project_log.add_entry,
                    project_id,
                    values["kind"],
                    values["side"],
                    values["author"],
                    values["entry_date"],
                    values["text"],
                    ctx.actor,
                    resolves_id=values["resolves_id"],
                ),
                on_done,
                on_error,
            )

        return submit


__all__ = ["ProjectLogModel", "ProjectLogPanel"]
