"""File ▸ Export trade-fair catalogue…: title, event, office, language, which listings and the
file, then the PDF is written in the background behind a progress window that can cancel it
(the service leaves no half-written file). Done: the count, and a button that opens the PDF."""

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue import CatalogueOptions, CatalogueSummary, export_catalogue
from app.services.catalogue_text import label
from app.services.permissions import Action, may
from app.ui import state
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.workers import Cancelled, TaskHandle, TaskToken, run_task

REMEMBERED = "catalogue/"  # view-state keys: the last event, office, language and folder


def default_file_name(day: date | None = None) -> str:
    return f"catalogue-{(day or date.today()).isoformat()}.pdf"


class CatalogueFile:
    """Where to write the catalogue (a save-file dialog); None when the clerk cancelled."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        path, _chosen = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Catalogue", "Save the catalogue"),
            str(suggested),
            QCoreApplication.translate("Catalogue", "PDF files (*.pdf)"),
        )
        if not path:
            return None
        file = Path(path)
        return file if file.suffix.lower() == ".pdf" else file.with_name(file.name + ".pdf")


class CatalogueWritten:
    """Tells the clerk the catalogue is written; True when they want to open it."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("Catalogue", "Trade-fair catalogue"),
            text,
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        open_button = box.addButton(
            QCoreApplication.translate("Catalogue", "Open"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button)
        box.exec()
        return box.clickedButton() is open_button


class CatalogueDialog(QDialog):
    """The catalogue's choices and the export itself."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary: CatalogueSummary | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._task: TaskHandle | None = None
        self._stop = threading.Event()
        self._running = False
        self.setWindowTitle(self.tr("Export trade-fair catalogue"))
        self.setMinimumWidth(520)
        self._build()
        self._load_remembered()

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "The published listings, by sector, demands and supplies apart, as a PDF to print "
                "and hand out. Each listing shows its reference for visitors to quote; anonymous "
                "listings are printed without the member's name."
            )
        )
        intro.setWordWrap(True)
        self.title_edit = QLineEdit()
        self.event_edit = QLineEdit(placeholderText=self.tr("e.g. China Hi-Tech Fair 2026"))
        self.office_edit = QLineEdit()
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.addItem(self.tr("Chinese (中文)"), "zh")
        self.kinds_combo = QComboBox()
        self.kinds_combo.addItem(self.tr("Demands and supplies"), "both")
        self.kinds_combo.addItem(self.tr("Demands only"), "demand")
        self.kinds_combo.addItem(self.tr("Supplies only"), "supply")
        self.file_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("Choose…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Fair or event"), self.event_edit)
        form.addRow(self.tr("Office"), self.office_edit)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(self.tr("Listings"), self.kinds_combo)
        form.addRow(self.tr("File"), file_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setEnabled(may(self.ctx.actor, Action.EXPORT_RECORDS))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.browse_button.clicked.connect(self.choose_file)
        self.language_combo.currentIndexChanged.connect(self._show_default_title)

    # -- choices ------------------------------------------------------------------------------

    def _load_remembered(self) -> None:
        saved = state.view_state()
        self.event_edit.setText(str(saved.value(REMEMBERED + "event", "") or ""))
        self.office_edit.setText(str(saved.value(REMEMBERED + "office", "") or ""))
        language = saved.value(REMEMBERED + "language", self.ctx.language)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        folder = Path(
            str(saved.value(REMEMBERED + "folder", "") or "")
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        if not folder.is_dir():
            folder = Path.home()
        self.file_edit.setText(str(folder / default_file_name()))
        self._show_default_title()

    def _remember(self, file: Path) -> None:
        saved = state.view_state()
        saved.setValue(REMEMBERED + "event", self.event_edit.text().strip())
        saved.setValue(REMEMBERED + "office", self.office_edit.text().strip())
        saved.setValue(REMEMBERED + "language", self.language_combo.currentData())
        saved.setValue(REMEMBERED + "folder", str(file.parent))

    def _show_default_title(self) -> None:
        self.title_edit.setPlaceholderText(
            label(self.language_combo.currentData(), "default_title")
        )

    def options(self) -> CatalogueOptions:
        return CatalogueOptions(
            language=self.language_combo.currentData(),
            title=self.title_edit.text(),
            event=self.event_edit.text(),
            office=self.office_edit.text(),
            kinds=self.kinds_combo.currentData(),
        )

    def choose_file(self) -> None:
        current = Path(self.file_edit.text().strip() or default_file_name())
        chosen = CatalogueFile.ask(self, current)
        if chosen is not None:
            self.file_edit.setText(str(chosen))

    def target(self) -> Path | None:
        """The file from the form (".pdf" added when missing), or None when there is none."""
        text = self.file_edit.text().strip()
        if not text:
            return None
        file = Path(text)
        return file if file.suffix.lower() == ".pdf" else file.with_name(file.name + ".pdf")

    # -- the export ---------------------------------------------------------------------------

    def export(self) -> None:
        if self._running:
            return
        target = self.target()
        if target is None:
            self.choose_file()
            target = self.target()
            if target is None:
                return
        self.file_edit.setText(str(target))
        ctx, options = self.ctx, self.options()

        stop = self._stop = threading.Event()

        def work(token: TaskToken) -> CatalogueSummary:
            shown = [-1]

            def progress(done: int, total: int, text: str) -> None:
                token.check()  # raises Cancelled: the service removes its part-written file
                if stop.is_set():
                    raise Cancelled
                percent = done * 100 // max(total, 1)
                if percent != shown[0]:  # a hundred signals, not thousands: the window keeps up
                    shown[0] = percent
                    token.progress(done, total, text)

            return ctx.read(export_catalogue, target, ctx.actor, options=options, progress=progress)

        self._set_running(True)
        self._show_progress()
        self._task = run_task(work, self._done, self._failed, self._progressed, purpose="export")

    def _show_progress(self) -> None:
        dialog = QProgressDialog(self.tr("Writing the catalogue…"), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Trade-fair catalogue"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel_export)
        self.progress_dialog = dialog

    def _progressed(self, done: int, total: int, _text: str) -> None:
        if self.progress_dialog is not None and self._running:
            self.progress_dialog.setMaximum(max(total, 1))
            self.progress_dialog.setValue(min(done, total))

    def cancel_export(self) -> None:
        """The progress window's Cancel: the export stops and writes nothing."""
        if not self._running:
            return
        self._stop.set()
        if self._task is not None:
            self._task.cancel()
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.buttons.setEnabled(not running)
        if not running and self.progress_dialog is not None:
            dialog, self.progress_dialog = self.progress_dialog, None
            dialog.canceled.disconnect(self.cancel_export)
            dialog.close()
            dialog.deleteLater()

    def _done(self, summary: CatalogueSummary) -> None:
        self._set_running(False)
        self.summary = summary
        self._remember(summary.path)
        self.accept()
        text = self.tr("The catalogue of {count} listings ({pages} pages) was written to {file}.")
        wants_open = CatalogueWritten.ask(
            self.parentWidget(),
            text.format(count=summary.listings, pages=summary.pages, file=str(summary.path)),
        )
        if wants_open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(summary.path)))

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        show_error(self, exc)

    def reject(self) -> None:
        if self._running:
            self.cancel_export()
            return
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext) -> CatalogueSummary | None:
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.summary
