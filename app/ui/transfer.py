"""File ▸ Import… and File ▸ Export…: members or listings from or to a CSV or XLSX file.

Both run in the background behind a progress window whose Cancel stops them (an import then
saves nothing, an export leaves no file). A refused import lists every bad line in a table (line,
column, problem) that the clerk can copy or save, to correct the file and import it again."""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.errors import DomainError
from app.services import listing_io, member_io
from app.services.import_common import ImportRefusedError, ImportReport, Progress, RowProblem
from app.services.permissions import Action, Actor, may
from app.services.tabular import write_table
from app.services.uow import UnitOfWork
from app.ui.backups import ProgressTask, run_with_progress
from app.ui.context import AppContext
from app.ui.errors import domain_message, field_message, show_error
from app.ui.workers import Cancelled

MEMBERS, LISTINGS = "members", "listings"
COLUMNS = {MEMBERS: member_io.MEMBER_COLUMNS, LISTINGS: listing_io.LISTING_COLUMNS}
PROBLEM_HEADER = ("line", "column", "message")
BAD_STYLE = "color: #b00020;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Transfer", text)


def _what_label(what: str) -> str:
    return _tr("members") if what == MEMBERS else _tr("listings")


def _service_progress(
    progress: Callable[[int, int], None], cancelled: Callable[[], bool]
) -> Progress:
    """The services' progress callback: passes progress on, and stops the work on Cancel."""

    def report(done: int, total: int, _text: str) -> None:
        if cancelled():
            raise Cancelled
        progress(done, total)

    return report


def import_file(
    db: Database,
    actor: Actor,
    what: str,
    path: Path,
    *,
    dry_run: bool = False,
    update: bool = False,
    status: str = "draft",
    progress: Progress | None = None,
) -> ImportReport:
    """The import in its own unit of work (run off the GUI thread), saved unless a dry run."""
    with UnitOfWork(db) as uow:
        if what == LISTINGS:
            report = listing_io.import_listings(
                uow, path, actor, dry_run=dry_run, update=update, status=status, progress=progress
            )
        else:
            report = member_io.import_members(
                uow, path, actor, dry_run=dry_run, update=update, progress=progress
            )
        if not dry_run:
            uow.commit()
    return report


def export_file(
    db: Database, actor: Actor, what: str, path: Path, progress: Progress | None = None
) -> int:
    """The export (run off the GUI thread); returns how many records were written."""
    with UnitOfWork(db) as uow:
        if what == LISTINGS:
            return listing_io.export_listings(uow, path, actor, progress=progress)
        return member_io.export_members(uow, path, actor, progress=progress)


def report_text(report: ImportReport) -> str:
    """What an import did (or would do), in the clerk's language."""
    values = {
        "file": report.file_name,
        "rows": report.rows,
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "what": _what_label(report.what),
    }
    if report.dry_run:
        text = _tr(
            "{file}: all {rows} rows are fine. Importing it would create {created} {what}, "
            "update {updated} and leave {unchanged} unchanged. Nothing was saved."
        ).format(**values)
    else:
        text = _tr(
            "{file} was imported: {created} {what} created, {updated} updated, {unchanged} "
            "unchanged."
        ).format(**values)
    if report.published:
        text += " " + _tr("{count} of them published.").format(count=report.published)
    return text


def _what_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(_tr("Members"), MEMBERS)
    combo.addItem(_tr("Listings (demands and supplies)"), LISTINGS)
    return combo


def _file_filter() -> str:
    return _tr("Tables (*.csv *.xlsx);;CSV (*.csv);;Excel workbook (*.xlsx)")


class _TransferDialog(QDialog):
    """What both dialogs share: what to transfer, the file, a result line, the running task."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: ProgressTask | None = None
        self.what_combo = _what_combo(self)
        self.file_edit = QLineEdit(self)
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Records"), self.what_combo)
        self.form.addRow(self.tr("File"), file_row)

    def what(self) -> str:
        return str(self.what_combo.currentData())

    def set_what(self, what: str) -> None:
        self.what_combo.setCurrentIndex(self.what_combo.findData(what))

    def browse(self) -> None:
        raise NotImplementedError

    def path(self) -> Path | None:
        text = self.file_edit.text().strip()
        if not text:
            self.show_result(self.tr("Choose a .csv or .xlsx file first."), bad=True)
            return None
        return Path(text)

    def show_result(self, text: str, bad: bool = False) -> None:
        self.result_label.setStyleSheet(BAD_STYLE if bad else "")
        self.result_label.setText(text)

    def set_running(self, running: bool) -> None:
        for widget in self.findChildren(QPushButton):
            if widget is not self.close_button:
                widget.setEnabled(not running)
        self.what_combo.setEnabled(not running)

    def start(self, title: str, text: str, work: Callable[[Progress], Any], done: Callable) -> None:
        """Run work(progress) behind a progress window; done(result) on success."""
        self.set_running(True)
        self.show_result("")

        def run(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return work(_service_progress(progress, cancelled))

        task = run_with_progress(
            self, title, text, run, self._finish(done), self._failed, self._cancelled
        )
        self.task = None if task.finished else task  # a task may end before it returns

    def _finish(self, done: Callable) -> Callable[[Any], None]:
        def finish(result: Any) -> None:
            self.task = None
            self.set_running(False)
            done(result)

        return finish

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.set_running(False)
        if isinstance(exc, DomainError):
            self.show_result(domain_message(exc), bad=True)
        else:
            show_error(self, exc)

    def _cancelled(self) -> None:
        self.task = None
        self.set_running(False)
        self.show_result(self.tr("Cancelled: nothing was saved."), bad=True)

    def closeEvent(self, event: Any) -> None:
        if self.task is not None:
            self.task.cancel()
        super().closeEvent(event)


class ImportDialog(_TransferDialog):
    """File ▸ Import…: members or listings, a check first if wished, then the import."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Import"))
        self.resize(760, 520)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("Drafts"), "draft")
        if may(ctx.actor, Action.VERIFY_LISTINGS):
            self.status_combo.addItem(self.tr("Published (verified by you)"), "published")
        self.status_label = QLabel(self.tr("Listings become"), self)
        self.update_check = QCheckBox(
            self.tr("Update the records whose external_id is already in Helix"), self
        )
        self.columns_label = QLabel(self)
        self.columns_label.setWordWrap(True)
        self.columns_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.columns_label.setStyleSheet("color: palette(placeholder-text);")
        self.form.addRow(self.status_label, self.status_combo)
        self.form.addRow(self.update_check)
        self.form.addRow(self.columns_label)
        self.check_button = QPushButton(self.tr("Check only"), self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setDefault(True)
        self.problems = self._problem_table()
        self.copy_button = QPushButton(self.tr("Copy problems"), self)
        self.save_button = QPushButton(self.tr("Save problems…"), self)
        self._lay_out()
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.copy_button.clicked.connect(self.copy_problems)
        self.save_button.clicked.connect(self.save_problems)
        self.what_combo.currentIndexChanged.connect(self._what_changed)
        self._what_changed()
        self.show_problems([])

    def _problem_table(self) -> QTableWidget:
        table = QTableWidget(0, 3, self)
        table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Column"), self.tr("Problem")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())  # wrap anew
        return table

    def _lay_out(self) -> None:
        problem_buttons = QHBoxLayout()
        problem_buttons.addWidget(self.copy_button)
        problem_buttons.addWidget(self.save_button)
        problem_buttons.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.problems, 1)
        layout.addLayout(problem_buttons)
        layout.addLayout(buttons)

    def _what_changed(self) -> None:
        listings = self.what() == LISTINGS
        self.status_label.setVisible(listings)
        self.status_combo.setVisible(listings)
        self.columns_label.setText(
            self.tr(
                "The first line names the columns: {columns}. Extra columns are ignored."
            ).format(columns=", ".join(COLUMNS[self.what()]))
        )

    def browse(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Import from a file"), self.file_edit.text(), _file_filter()
        )
        if path:
            self.file_edit.setText(path)

    def status(self) -> str:
        return str(self.status_combo.currentData()) if self.what() == LISTINGS else "draft"

    def run(self, dry_run: bool) -> None:
        path = self.path()
        if path is None or self.task is not None:
            return
        self.show_problems([])
        db, actor, what = self.ctx.db, self.ctx.actor, self.what()
        update, status = self.update_check.isChecked(), self.status()

        def work(progress: Progress) -> ImportReport:
            return import_file(
                db, actor, what, path, dry_run=dry_run, update=update, status=status,
                progress=progress,
            )  # fmt: skip

        title = self.tr("Check") if dry_run else self.tr("Import")
        self.start(title, self.tr("Reading {file}…").format(file=path.name), work, self._done)

    def _done(self, report: ImportReport) -> None:
        self.show_result(report_text(report))

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        if isinstance(exc, ImportRefusedError):
            self.show_problems(exc.problems)

    def show_problems(self, problems: list[RowProblem]) -> None:
        self.problems.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            message = field_message(problem.message)
            for column, value in enumerate((str(problem.line), problem.column, message)):
                self.problems.setItem(row, column, QTableWidgetItem(value))
        self.problems.resizeRowsToContents()
        for widget in (self.problems, self.copy_button, self.save_button):
            widget.setVisible(bool(problems))

    def problem_rows(self) -> list[list[str]]:
        return [
            [self.problems.item(row, column).text() for column in range(3)]
            for row in range(self.problems.rowCount())
        ]

    def copy_problems(self) -> None:
        """Every problem on the clipboard, tab-separated: it pastes into a spreadsheet."""
        lines = ["\t".join(row) for row in [list(PROBLEM_HEADER), *self.problem_rows()]]
        QApplication.clipboard().setText("\n".join(lines))

    def save_problems(self) -> None:
        suggested = Path(self.file_edit.text().strip() or "import").with_suffix("")
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the problems"),
            f"{suggested}-problems.csv",
            _file_filter(),
        )
        if not path:
            return
        try:
            write_table(path, PROBLEM_HEADER, self.problem_rows())
        except DomainError as exc:
            show_error(self, exc)


class ExportDialog(_TransferDialog):
    """File ▸ Export…: every member or listing to a .csv or .xlsx file that imports again."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Export"))
        self.resize(560, 200)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self.run)

    def browse(self) -> None:
        suggested = self.file_edit.text() or f"{self.what()}-{date.today():%Y%m%d}.xlsx"
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export to a file"), suggested, _file_filter()
        )
        if path:
            self.file_edit.setText(path)

    def run(self) -> None:
        path = self.path()
        if path is None or self.task is not None:
            return
        db, actor, what = self.ctx.db, self.ctx.actor, self.what()

        def work(progress: Progress) -> int:
            return export_file(db, actor, what, path, progress)

        def done(count: int) -> None:
            self.show_result(
                self.tr("Exported {count} {what} to {file}.").format(
                    count=count, what=_what_label(what), file=str(path)
                )
            )

        self.start(self.tr("Export"), self.tr("Writing {file}…").format(file=path.name), work, done)


def _open(dialog_class: type[_TransferDialog], action: Action, window: QWidget, ctx: AppContext):
    """Show a transfer dialog (not modal: the clerk may look things up meanwhile)."""
    if not may(ctx.actor, action):
        return None
    dialog = dialog_class(ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_import(window: QWidget, ctx: AppContext) -> ImportDialog | None:
    return _open(ImportDialog, Action.IMPORT_RECORDS, window, ctx)


def open_export(window: QWidget, ctx: AppContext) -> ExportDialog | None:
    return _open(ExportDialog, Action.EXPORT_RECORDS, window, ctx)
