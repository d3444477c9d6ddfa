"""Export… of the Reports screen: where to write the report (XLSX or PDF), then the file is written
in the background behind a progress window that can cancel it (the service leaves no
half-written file); the clerk is told where it went."""

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from app.services.report_io import export_report
from app.services.report_tables import ReportTable
from app.ui import state
from app.ui.context import AppContext
from app.ui.errors import show_error, show_info
from app.ui.workers import Cancelled, TaskHandle, TaskToken, run_task

REMEMBERED = "reports/folder"


def tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


class ReportFile:
    """Where to write the report (a save-file dialog); None when the clerk cancelled."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        xlsx, pdf = tr("Excel workbooks (*.xlsx)"), tr("PDF files (*.pdf)")
        chosen = pdf if suggested.suffix == ".pdf" else xlsx
        path, kind = QFileDialog.getSaveFileName(
            parent, tr("Export the report"), str(suggested), f"{xlsx};;{pdf}", chosen
        )
        if not path:
            return None
        file = Path(path)
        if file.suffix.lower() in (".xlsx", ".pdf"):
            return file
        return file.with_name(file.name + (".pdf" if kind == pdf else ".xlsx"))


def suggested_file(name: str, day: date | None = None) -> Path:
    """The last folder used (else Documents) and report-funnel-2026-11-28.xlsx."""
    folder = Path(
        str(state.view_state().value(REMEMBERED, "") or "")
        or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        or Path.home()
    )
    if not folder.is_dir():
        folder = Path.home()
    return folder / f"report-{name}-{(day or date.today()).isoformat()}.xlsx"


class ReportExport(QObject):
    """One export at a time for a screen: `start` asks for the file and runs the export;
    `finished(path)` and the clerk's message follow. The progress window's Cancel stops it."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.progress_dialog: QProgressDialog | None = None
        self.written: Path | None = None
        self._task: TaskHandle | None = None
        self._stop = threading.Event()
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self, table: ReportTable) -> None:
        """Export the report shown (the same report and period, computed afresh)."""
        if self.running:
            return
        target = ReportFile.ask(self.widget, suggested_file(table.name))
        if target is None:
            return
        ctx, stop = self.ctx, threading.Event()
        self._stop = stop
        period = table.period
        since, until = (period.since, period.until) if period else (None, None)

        def work(token: TaskToken) -> Path:
            def progress(done: int, total: int, text: str) -> None:
                token.check()
                if stop.is_set():
                    raise Cancelled
                token.progress(done, total, text)

            ctx.read(
                export_report,
                table.name,
                target,
                ctx.actor,
                since=since,
                until=until,
                today=table.today,
                language=ctx.language,
                progress=progress,
            )
            return target

        self._running = True
        self._show_progress()
        task = run_task(work, self._done, self._failed, self._progressed, purpose="export")
        self._task = task if self._running else None  # tests run it inline: over by now

    def _show_progress(self) -> None:
        dialog = QProgressDialog(tr("Writing the report…"), tr("Cancel"), 0, 0, self.widget)
        dialog.setWindowTitle(tr("Export the report"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self.progress_dialog = dialog

    def _progressed(self, done: int, total: int, _text: str) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(max(total, 1))
            self.progress_dialog.setValue(min(done, total))

    def cancel(self) -> None:
        """The progress window's Cancel: the export stops and leaves no file."""
        if not self._running:
            return
        self._stop.set()  # the next progress report raises Cancelled in the worker
        if self._task is not None:
            self._task.cancel()
        self._finish()

    def _finish(self) -> None:
        self._running = False
        self._task = None
        if self.progress_dialog is not None:
            dialog, self.progress_dialog = self.progress_dialog, None
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()

    def _done(self, path: Path) -> None:
        self._finish()
        self.written = path
        state.view_state().setValue(REMEMBERED, str(path.parent))
        show_info(self.widget, tr("The report was written to {file}.").format(file=str(path)))

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        show_error(self.widget, exc)
