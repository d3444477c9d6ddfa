"""File ▸ Make a local copy for offline work…: everything, or the members of some regions,
sectors or alliances (with what belongs to them), into a SQLite file on this computer, with
its own number series. The copy is made in the background with progress and Cancel; then the
dialog says what was copied and how to work on it (Helix opens another database on its next
start, so the clerk may make the copy the database Helix opens)."""

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database, data_dir, sqlite_url
from app.errors import DomainError
from app.services import sync
from app.services.copy_choices import CopyChoices, copy_choices
from app.services.permissions import Action, may
from app.services.sectors import sector_label
from app.services.sync import CopyScope, CopySummary
from app.settings import Settings
from app.ui import labels
from app.ui.context import AppContext
from app.ui.errors import domain_message, unexpected_message
from app.ui.sync.progress import BAD_STYLE, OK_STYLE, ProgressPanel, StopFlag, relay
from app.ui.sync.sync_dialog import fit_height
from app.ui.workers import TaskToken, run_task

log = logging.getLogger(__name__)
NOTE_STYLE = "color: palette(placeholder-text);"
COPY_FILE_NAME = "helix-offline.sqlite"
SERIES_PATTERN = "[A-Za-z0-9]{0,6}"  # upper-cased: the service takes A-Z and 0-9, at most 6


def default_copy_path() -> Path:
    return data_dir() / COPY_FILE_NAME


class CopyFile:
    """Where to write the copy (a save-file dialog); None when the clerk cancelled."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        path, _chosen = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("CopyOutDialog", "The local copy's file"),
            str(suggested),
            QCoreApplication.translate("CopyOutDialog", "Helix database (*.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # the dialog says it is refreshed
        )
        return Path(path) if path else None


def _checklist() -> QListWidget:
    view = QListWidget()
    view.setMinimumHeight(120)
    return view


def _checked(view: QListWidget) -> tuple[str, ...]:
    items = (view.item(row) for row in range(view.count()))
    return tuple(
        item.data(Qt.ItemDataRole.UserRole)
        for item in items
        if item.checkState() == Qt.CheckState.Checked
    )


class CopyOutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary: CopySummary | None = None
        self.copy_path: Path | None = None
        self._stop = StopFlag()
        self._running = False
        self.setWindowTitle(self.tr("Make a local copy for offline work"))
        self.setMinimumWidth(720)
        self._build()
        self.file_edit.setText(str(default_copy_path()))
        self._load_choices()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "A copy of this database on this computer, to work on where there is no "
                "network (at a trade fair). Back at the office, File ▸ Sync with the shared "
                "database… sends what was done on it and receives what changed here meanwhile."
            )
        )
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Make the copy"))
        self.copy_button.setDefault(True)
        self.use_button = QPushButton(self.tr("Work on the copy from the next start"))
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.use_button.hide()  # after addButton, which shows it
        if not may(self.ctx.actor, Action.COPY_OUT):
            self.copy_button.setEnabled(False)
            self.copy_button.setToolTip(self.tr("Your role may not make local copies."))
        self.progress = ProgressPanel()
        self.progress.cancel_requested.connect(self.cancel)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._scope_group(), 1)
        layout.addWidget(self._file_group())
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.copy_button.clicked.connect(self.start)
        self.use_button.clicked.connect(self.use_copy)
        self.buttons.rejected.connect(self.reject)

    def _scope_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("What to copy"))
        self.everything_radio = QRadioButton(self.tr("Everything"))
        self.part_radio = QRadioButton(
            self.tr("A part: the members of the regions, sectors or alliances ticked below")
        )
        self.everything_radio.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.everything_radio)
        kinds.addButton(self.part_radio)
        self.regions_list, self.sectors_list, self.alliances_list = (
            _checklist(),
            _checklist(),
            _checklist(),
        )
        self.lists = QWidget()
        grid = QGridLayout(self.lists)
        grid.setContentsMargins(24, 0, 0, 0)
        titles = (self.tr("Regions"), self.tr("Sectors"), self.tr("Alliances"))
        views = (self.regions_list, self.sectors_list, self.alliances_list)
        for column, (title, view) in enumerate(zip(titles, views, strict=True)):
            grid.addWidget(QLabel(title), 0, column)
            grid.addWidget(view, 1, column)
        for column, stretch in enumerate((2, 3, 2)):
            grid.setColumnStretch(column, stretch)
        note = QLabel(
            self.tr(
                "A member in any of them comes with its contacts, listings, matches, contracts "
                "and projects, and the records those depend on."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        note.setMinimumHeight(note.fontMetrics().lineSpacing() * 2 + 4)
        grid.addWidget(note, 2, 0, 1, 3)
        layout = QVBoxLayout(group)
        layout.addWidget(self.everything_radio)
        layout.addWidget(self.part_radio)
        layout.addWidget(self.lists, 1)
        self.part_radio.toggled.connect(self.lists.setEnabled)
        self.lists.setEnabled(False)
        return group

    def _file_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("The copy"))
        self.file_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.file_note = QLabel()
        self.file_note.setWordWrap(True)
        self.file_note.setStyleSheet(NOTE_STYLE)
        self.series_edit = QLineEdit()
        self.series_edit.setMaxLength(6)
        self.series_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(SERIES_PATTERN), self.series_edit)
        )
        self.series_edit.setPlaceholderText(self.tr("Optional, e.g. FAIR1"))
        series_note = QLabel(
            self.tr(
                "Up to six letters and digits. The series goes into contract numbers and listing "
                "references made on the copy, so that they never collide with the office's. "
                "Left empty, Helix makes one."
            )
        )
        series_note.setWordWrap(True)
        series_note.setStyleSheet(NOTE_STYLE)
        # A wrapped label in a form gets one line's height unless told (as in Settings).
        series_note.setMinimumHeight(series_note.fontMetrics().lineSpacing() * 3 + 4)
        series_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("File"), file_row)
        form.addRow("", self.file_note)
        form.addRow(self.tr("Number series"), self.series_edit)
        form.addRow("", series_note)
        self.file_edit.textChanged.connect(self._describe_file)
        return group

    # -- choices ------------------------------------------------------------------------------

    def _load_choices(self) -> None:
        ctx = self.ctx
        run_task(lambda: ctx.read(copy_choices), self.fill_choices, self._failed)

    def fill_choices(self, choices: CopyChoices) -> None:
        language = self.ctx.language
        pairs = (
            (self.regions_list, [(r, r) for r in choices.regions]),
            (self.sectors_list, [(c, sector_label(c, language)) for c in choices.sectors]),
            (self.alliances_list, [(a, a) for a in choices.alliances]),
        )
        for view, entries in pairs:
            view.clear()
            for value, text in entries:
                item = QListWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                view.addItem(item)

    def scope(self) -> CopyScope:
        if self.everything_radio.isChecked():
            return CopyScope()
        return CopyScope(
            regions=_checked(self.regions_list),
            sectors=_checked(self.sectors_list),
            alliances=_checked(self.alliances_list),
        )

    def target(self) -> Path | None:
        text = self.file_edit.text().strip()
        return Path(text).expanduser() if text else None

    def choose_file(self) -> None:
        chosen = CopyFile.ask(self, self.target() or default_copy_path())
        if chosen is not None:
            self.file_edit.setText(str(chosen))

    def _describe_file(self) -> None:
        target = self.target()
        exists = target is not None and target.exists()
        self.file_note.setText(
            self.tr(
                "This file exists: it is made again as a fresh copy (it must have no changes "
                "left to sync)."
            )
            if exists
            else ""
        )
        self.file_note.setVisible(exists)

    def problem(self) -> str:
        """Why the copy cannot be made as the form stands, or ""."""
        target = self.target()
        if target is None:
            return self.tr("Choose the file for the copy.")
        open_file = self.ctx.db.sqlite_path
        if open_file is not None and open_file.resolve() == target.resolve():
            return self.tr("That is the database Helix has open; choose another file.")
        if self.part_radio.isChecked() and self.scope().everything:
            return self.tr("Tick at least one region, sector or alliance, or choose Everything.")
        return ""

    # -- the copy -------------------------------------------------------------------------------

    def start(self) -> None:
        if self._running or not may(self.ctx.actor, Action.COPY_OUT):
            return
        problem = self.problem()
        target = self.target()
        if problem or target is None:
            self._say(problem, BAD_STYLE)
            return
        source, actor, scope, stop = self.ctx.db, self.ctx.actor, self.scope(), StopFlag()
        series = self.series_edit.text().strip().upper() or None
        self._stop = stop

        def work(token: TaskToken) -> CopySummary:
            target.parent.mkdir(parents=True, exist_ok=True)
            copy = Database.open(sqlite_url(target))
            try:
                return sync.copy_out(
                    source, copy, actor, scope, series=series, progress=relay(token), cancelled=stop
                )
            finally:
                copy.dispose()

        self._set_running(True)
        run_task(
            work,
            lambda summary: self._done(summary, target),
            self._failed,
            self.progress.progressed,
            purpose="sync",
        )

    def cancel(self) -> None:
        if self._running:
            self._stop.set()

    def _set_running(self, running: bool) -> None:
        self._running = running
        for widget in (self.copy_button, self.browse_button, self.file_edit, self.series_edit):
            widget.setEnabled(not running)
        if running:
            self.message.hide()
            self.use_button.hide()
            self.progress.start("copy")
        else:
            self.progress.stop()

    def _done(self, summary: CopySummary, target: Path) -> None:
        self._set_running(False)
        if getattr(summary, "cancelled", False):
            self._say(self.tr("The copy was stopped; the file is as it was."), BAD_STYLE)
            return
        self.summary, self.copy_path = summary, target
        self._describe_file()
        self._say(self.summary_text(summary), OK_STYLE)
        self.use_button.show()

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        if isinstance(exc, DomainError):
            self._say(domain_message(exc), BAD_STYLE)
            return
        log.error("copy failed", exc_info=(type(exc), exc, exc.__traceback__))
        self._say(unexpected_message(), BAD_STYLE)

    def summary_text(self, summary: CopySummary) -> str:
        made = (
            self.tr("The copy {file} was made again: {count} records.")
            if summary.refreshed
            else self.tr("Copied {count} records to {file}.")
        ).format(count=labels.number(summary.records), file=summary.target)
        series = self.tr(
            "Its number series is {series}: contract numbers and listing references made on "
            "the copy carry it."
        ).format(series=summary.series)
        how = self.tr(
            "To work on the copy, Helix must open it instead of this database, which takes a "
            "restart: press “Work on the copy from the next start”, then quit Helix and start "
            "it again. Settings ▸ Database brings you back to this database."
        )
        return f"{made} {series}\n\n{how}"

    def use_copy(self) -> None:
        """Make the copy the database Helix opens on its next start."""
        if self.copy_path is None:
            return
        settings = Settings.load()
        settings.database_url = sqlite_url(self.copy_path)
        settings.save()
        self.use_button.hide()
        self._say(
            self.tr(
                "Helix will open the copy {file} the next time it starts. Quit Helix and start "
                "it again to work on the copy."
            ).format(file=str(self.copy_path)),
            OK_STYLE,
        )

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.show()
        fit_height(self)

    def reject(self) -> None:
        if self._running:
            self.progress.stopping()
            self.cancel()
            return
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext) -> CopySummary | None:
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.summary
