"""A PDF shown inside Helix (QtPdf): scroll, zoom, go to a page, print it, or save the exact
bytes. Saving never re-renders: a signed PDF rewritten by a "print to PDF" loses its
signatures. Printing rasterises each page at the printer's resolution (at most 300 dpi), as Qt's
own PDF viewer does, on the GUI thread with a progress window between pages."""

import logging
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QObject,
    QPointF,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressDialog,
    QSpinBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services.contract_signing import with_signatures_drawn
from app.services.files import write_exactly
from app.ui import state
from app.ui.errors import show_error

log = logging.getLogger(__name__)

MAX_PRINT_DPI = 300  # sharper than any office printer needs; an A4 page is then ~35 MB
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0
A4_ASPECT = 297 / 210
REMEMBERED_FOLDER = "pdf_preview/folder"


class PrintSetup:
    """The system print dialog for `printer`; False when the clerk cancelled (tests replace it)."""

    @classmethod
    def ask(cls, parent: QWidget | None, printer: QPrinter, pages: int) -> bool:
        dialog = QPrintDialog(printer, parent)
        option = QAbstractPrintDialog.PrintDialogOption
        for wanted in (
            option.PrintPageRange,  # Helix prints only the chosen pages (not CUPS)
            option.PrintCurrentPage,
            option.PrintToFile,
            option.PrintCollateCopies,
        ):
            dialog.setOption(wanted, True)
        dialog.setMinMax(1, max(pages, 1))
        return dialog.exec() == QDialog.DialogCode.Accepted


class PdfPreviewDialog(QDialog):
    """The preview of one PDF (`data`), with Print… and Save as… (`suggested_name`)."""

    def __init__(
        self, data: bytes, title: str, suggested_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data = bytes(data)
        self.suggested_name = suggested_name
        self.printing = False
        self.setWindowTitle(title)
        # The document first, its buffer second: children are deleted in that order, so the
        # document never outlives the bytes it reads from.
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.stamps_drawn = False
        self._buffer.setData(QByteArray(self._shown_bytes()))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._build()
        self.document.statusChanged.connect(self._show_status)
        self.document.load(self._buffer)
        self._show_status()
        self._size_to_screen()

    def _shown_bytes(self) -> bytes:
        """What the view shows and the printer prints: a signed PDF with its signature stamps
        drawn into the pages (QtPdf leaves signature widgets out). Saving keeps `data`."""
        if b"/ByteRange" not in self.data:  # how a PDF signature begins
            return self.data
        try:
            shown = with_signatures_drawn(self.data)
        except Exception:
            log.warning("signature stamps could not be drawn for the preview", exc_info=True)
            return self.data
        self.stamps_drawn = True
        return shown

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.error_label)
        self.signed_note = QLabel(
            self.tr(
                "The signature stamps could not be drawn in this preview or when printing from "
                "here. The saved file keeps them: a PDF reader shows them and checks them."
            )
        )
        self.signed_note.setWordWrap(True)
        self.signed_note.setVisible(b"/ByteRange" in self.data and not self.stamps_drawn)
        self.status_label = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_toolbar())
        layout.addWidget(self.signed_note)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self.view.zoomModeChanged.connect(self._show_zoom)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.view.viewport().installEventFilter(self)

    def _action(
        self, text: str, keys: list[QKeySequence], slot: object, icon: QIcon.ThemeIcon | None
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(keys)
        action.triggered.connect(slot)
        if icon is not None:
            action.setIcon(QIcon.fromTheme(icon))  # none on some systems: the text shows then
        self.addAction(action)  # the shortcut works wherever the focus is in the dialog
        return action

    def _build_toolbar(self) -> QToolBar:
        keys, icons = QKeySequence.StandardKey, QIcon.ThemeIcon
        self.print_action = self._action(
            self.tr("Print…"), [QKeySequence(keys.Print)], self.print_document, icons.DocumentPrint
        )
        self.save_action = self._action(
            self.tr("Save as…"),
            [QKeySequence(keys.Save), QKeySequence(keys.SaveAs)],
            self.save_as,
            icons.DocumentSaveAs,
        )
        self.previous_action = self._action(
            self.tr("Previous page"), [QKeySequence("Ctrl+PgUp")], self.previous_page, icons.GoUp
        )
        self.next_action = self._action(
            self.tr("Next page"), [QKeySequence("Ctrl+PgDown")], self.next_page, icons.GoDown
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom out"), [QKeySequence(keys.ZoomOut)], self.zoom_out, icons.ZoomOut
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom in"),
            [QKeySequence(keys.ZoomIn), QKeySequence("Ctrl+=")],
            self.zoom_in,
            icons.ZoomIn,
        )
        self.fit_width_action = self._action(
            self.tr("Fit width"), [QKeySequence("Ctrl+1")], self.fit_width, None
        )
        self.fit_page_action = self._action(
            self.tr("Fit page"), [QKeySequence("Ctrl+2")], self.fit_page, None
        )
        for action, short in (
            (self.previous_action, "‹"),
            (self.next_action, "›"),
            (self.zoom_out_action, "−"),
            (self.zoom_in_action, "+"),
        ):
            action.setIconText(short)  # shown when the system has no icon; the tooltip names it
        for action in (self.fit_width_action, self.fit_page_action):
            action.setCheckable(True)
        self.page_spin = QSpinBox()
        self.page_spin.setKeyboardTracking(False)  # typing "12" goes to 12, not 1 then 12
        self.page_spin.setPrefix(self.tr("Page "))
        self.page_spin.valueChanged.connect(lambda page: self.go_to_page(page - 1))
        self.zoom_label = QLabel()
        toolbar = QToolBar()
        for item in (
            self.print_action,
            self.save_action,
            None,
            self.previous_action,
            self.page_spin,
            self.next_action,
            None,
            self.zoom_out_action,
            self.zoom_label,
            self.zoom_in_action,
            self.fit_width_action,
            self.fit_page_action,
        ):
            if item is None:
                toolbar.addSeparator()
            elif isinstance(item, QAction):
                toolbar.addAction(item)
            else:
                toolbar.addWidget(item)
        for action in (self.print_action, self.save_action):
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return toolbar

    def _size_to_screen(self) -> None:
        """80 % of the screen's height, wide enough for an A4 page at that height."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(800, 1000)
            return
        available = screen.availableGeometry()
        height = int(available.height() * 0.8)
        width = min(max(int(height / A4_ASPECT) + 80, 600), available.width())
        self.resize(width, max(height, 360))

    # -- state shown ------------------------------------------------------------------------

    def loaded(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    def page_count(self) -> int:
        return self.document.pageCount() if self.loaded() else 0

    def current_page(self) -> int:
        """The page shown at the top of the view, counted from 0."""
        return self.view.pageNavigator().currentPage()

    def _show_status(self, *_args: object) -> None:
        status = self.document.status()
        if status == QPdfDocument.Status.Error:
            self.error_label.setText(self.load_error_text())
            self.stack.setCurrentWidget(self.error_label)
        else:
            self.stack.setCurrentWidget(self.view)
        ready = self.loaded()
        for action in (
            self.print_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_width_action,
            self.fit_page_action,
        ):
            action.setEnabled(ready)
        self.page_spin.setEnabled(ready)
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(min(self.page_count(), 1), self.page_count())
        # Shown at the minimum: only wanted when there is no page at all.
        self.page_spin.setSpecialValueText("" if ready else self.tr("No pages"))
        self.page_spin.setSuffix(self.tr(" of {count}").format(count=self.page_count()))
        self.page_spin.blockSignals(False)
        self._show_page()
        self._show_zoom()

    def load_error_text(self) -> str:
        error = QPdfDocument.Error
        reasons = {
            error.InvalidFileFormat: self.tr("the file is not a valid PDF or is damaged"),
            error.IncorrectPassword: self.tr("the file is protected by a password"),
            error.UnsupportedSecurityScheme: self.tr(
                "the file is protected in a way Helix cannot open"
            ),
        }
        reason = reasons.get(self.document.error(), self.tr("the file could not be read"))
        return self.tr(
            "Helix cannot show this PDF: {reason}. Save it and open it in another PDF reader, "
            "or ask for a new copy."
        ).format(reason=reason)

    def page_text(self) -> str:
        """ "Page N of M" as the toolbar shows it."""
        return self.page_spin.text()

    def _show_page(self, *_args: object) -> None:
        count = self.page_count()
        page = min(self.current_page(), max(count - 1, 0))
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.previous_action.setEnabled(count > 0 and page > 0)
        self.next_action.setEnabled(page < count - 1)

    def _show_zoom(self, *_args: object) -> None:
        mode = self.view.zoomMode()
        self.fit_width_action.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_action.setChecked(mode == QPdfView.ZoomMode.FitInView)
        if not self.loaded():
            self.zoom_label.clear()
            return
        percent = round(self.effective_zoom() * 100)
        self.zoom_label.setText(
            self.tr("{percent} %").format(percent=self.locale().toString(percent))
        )

    # -- navigation and zoom ----------------------------------------------------------------

    def go_to_page(self, page: int) -> None:
        """Scroll to `page` (counted from 0), its top at the top of the view."""
        if not self.loaded():
            return
        page = max(0, min(page, self.page_count() - 1))
        navigator = self.view.pageNavigator()
        if page == navigator.currentPage():
            # The view scrolls only when the navigator's page changes: step off it and back.
            if page == 0:
                self.view.verticalScrollBar().setValue(0)
            else:
                navigator.jump(page - 1, QPointF(0, 0), navigator.currentZoom())
        navigator.jump(page, QPointF(0, 0), navigator.currentZoom())
        self._show_page()

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def effective_zoom(self) -> float:
        """The zoom the view draws at (1.0 = actual size), also in the fit modes."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or not self.loaded():
            return self.view.zoomFactor()
        page = self.document.pagePointSize(max(self.current_page(), 0))
        if page.width() <= 0 or page.height() <= 0:
            return 1.0
        pixels_per_point = self.view.logicalDpiX() / 72
        margins = self.view.documentMargins()
        viewport = self.view.viewport().size()
        width = viewport.width() - margins.left() - margins.right()
        zoom = width / (page.width() * pixels_per_point)
        if mode == QPdfView.ZoomMode.FitInView:
            height = viewport.height() - margins.top() - margins.bottom()
            zoom = min(zoom, height / (page.height() * pixels_per_point))
        return max(zoom, MIN_ZOOM)

    def set_zoom(self, factor: float) -> None:
        page = self.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(factor, MAX_ZOOM)))
        self.go_to_page(page)  # keep the page the clerk was reading in view
        self._show_zoom()

    def zoom_in(self) -> None:
        self.set_zoom(self.effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.effective_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._show_zoom()

    # -- save as ----------------------------------------------------------------------------

    def _suggested_path(self) -> Path:
        saved = str(state.view_state().value(REMEMBERED_FOLDER, "") or "")
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(saved or documents or Path.home())
        if not folder.is_dir():
            folder = Path.home()
        return folder / self.suggested_name

    def save_as(self) -> Path | None:
        """Ask where, then write the PDF's exact bytes there; the file, or None."""
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF"), str(self._suggested_path()), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_exactly(target, self.data)
        except DomainError as exc:
            show_error(self, exc)
            return None
        state.view_state().setValue(REMEMBERED_FOLDER, str(target.parent))
        self.status_label.setText(self.tr("Saved as {file}.").format(file=str(target)))
        return target

    # -- printing ---------------------------------------------------------------------------

    def print_document(self) -> None:
        """Print…: the system print dialog, then the chosen pages and copies."""
        if not self.loaded() or self.printing:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        if not PrintSetup.ask(self, printer, self.page_count()):
            return
        self._print_pages(printer, self.pages_to_print(printer))

    def pages_to_print(self, printer: QPrinter) -> list[int]:
        """The pages (from 0) the print dialog chose: all, the current one, or the ranges."""
        count = self.page_count()
        chosen = printer.printRange()
        if chosen == QPrinter.PrintRange.CurrentPage:
            return [self.current_page()]
        ranges = printer.pageRanges()
        if chosen == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
            return [page for page in range(count) if ranges.contains(page + 1)]
        return list(range(count))

    def print_to(self, printer: QPrinter, from_page: int = 1, to_page: int | None = None) -> bool:
        """Print pages `from_page` to `to_page` (counted from 1, both included; all when
        to_page is None) on a printer already set up. False when cancelled or failed."""
        last = self.page_count() if to_page is None else min(to_page, self.page_count())
        return self._print_pages(printer, list(range(max(from_page, 1) - 1, last)))

    def _print_pages(self, printer: QPrinter, pages: list[int]) -> bool:
        if not self.loaded() or not pages or self.printing:
            return False
        # Qt's printer (or CUPS, or Windows) makes the copies when it can; else Helix repeats.
        copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
        if printer.collateCopies():
            sheets = [page for _copy in range(copies) for page in pages]
        else:
            sheets = [page for page in pages for _copy in range(copies)]
        printer.setFullPage(True)  # the PDF carries its own margins: print it true to size
        painter = QPainter()
        if not painter.begin(printer):
            self._printing_failed(printer)
            return False
        self.printing = True
        progress = self._print_progress(len(sheets))
        try:
            finished = self._paint_sheets(painter, printer, sheets, progress)
        except OSError:
            finished = None
        finally:
            if not finished:
                printer.abort()
            painter.end()
            progress.close()
            progress.deleteLater()
            self.printing = False
        if not finished and printer.outputFileName():
            Path(printer.outputFileName()).unlink(missing_ok=True)  # no half-printed file
        if finished is None:
            self._printing_failed(printer)
        return bool(finished)

    def _paint_sheets(
        self, painter: QPainter, printer: QPrinter, sheets: list[int], progress: QProgressDialog
    ) -> bool:
        """Each sheet in turn; False when the clerk pressed Cancel."""
        for done, page in enumerate(sheets):
            progress.setValue(done)  # a modal progress window lets events through here
            if progress.wasCanceled():
                return False
            if done and not printer.newPage():
                raise OSError("the printer refused a new page")
            self._paint_page(painter, printer, page)
            QApplication.processEvents()  # the Cancel button answers between pages
        progress.setValue(len(sheets))
        return True

    def _print_progress(self, total: int) -> QProgressDialog:
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, total, self)
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        return progress

    def _paint_page(self, painter: QPainter, printer: QPrinter, page: int) -> None:
        """One page as an image at the printer's resolution (≤ 300 dpi), shrunk to fit the
        paper when it is larger, centred."""
        points = self.document.pagePointSize(page)
        resolution = printer.resolution()
        paper = QRectF(0, 0, printer.width(), printer.height())
        natural = QSize(
            round(points.width() * resolution / 72), round(points.height() * resolution / 72)
        )
        scale = min(1.0, paper.width() / natural.width(), paper.height() / natural.height())
        width, height = natural.width() * scale, natural.height() * scale
        target = QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height)
        dpi = min(resolution, MAX_PRINT_DPI)
        size = QSize(
            max(round(width * dpi / resolution), 1), max(round(height * dpi / resolution), 1)
        )
        image = self.document.render(page, size)
        if image.isNull():
            raise OSError("the page could not be drawn")
        painter.drawImage(target, image)

    def _printing_failed(self, printer: QPrinter) -> None:
        where = printer.outputFileName() or printer.printerName() or self.tr("the printer")
        show_error(
            self,
            DomainError(
                "Helix could not print to {printer}. Check that the printer is switched on and "
                "connected (or that the folder can be written to), then print again.",
                printer=where,
            ),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._show_zoom()  # in a fit mode the zoom follows the view's size
        return super().eventFilter(watched, event)

    def reject(self) -> None:
        if self.printing:  # Esc while printing: the progress window's Cancel does that
            return
        super().reject()
