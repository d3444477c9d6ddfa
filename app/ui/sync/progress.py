"""The progress part of the sync and copy dialogs: what is happening, a bar, and Cancel. The
services report `sync.Progress` on the worker thread; `relay` turns that into the worker's own
progress signal (queued to the GUI thread), a hundred times per step at most."""

import threading

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.sync import Progress, ProgressFn
from app.ui import labels
from app.ui.workers import TaskToken

STEPS = {
    "connect": QT_TRANSLATE_NOOP("SyncProgress", "Connecting…"),
    "send": QT_TRANSLATE_NOOP("SyncProgress", "Sending the changes made here…"),
    "receive": QT_TRANSLATE_NOOP("SyncProgress", "Receiving the changes made there…"),
    "copy": QT_TRANSLATE_NOOP("SyncProgress", "Copying records…"),
}


def step_text(step: str) -> str:
    source = STEPS.get(step)
    return QCoreApplication.translate("SyncProgress", str(source)) if source else step


OK_STYLE, BAD_STYLE = "color: #1b5e20;", "color: #b00020;"  # a result line: done / refused


def relay(token: TaskToken) -> ProgressFn:
    """A service's progress callback that reports through the task's token; a report is sent
    when the step or the whole percent changes (thousands of rows make a hundred signals)."""
    shown: list[tuple[str, int]] = []

    def report(progress: Progress) -> None:
        percent = progress.done * 100 // progress.total if progress.total else -1
        key = (progress.step, percent)
        if shown and shown[-1] == key:
            return
        shown[:] = [key]
        token.progress(progress.done, progress.total, progress.step)

    return report


class StopFlag:
    """What the Cancel button sets and the service's `cancelled` callable reads (any thread)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()


class ProgressPanel(QWidget):
    """ "Sending the changes made here… 120 of 400", a bar, and Cancel (hidden when idle)."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_label = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.step_label)
        column.addLayout(row)
        self.hide()

    def start(self, step: str = "connect") -> None:
        self.step_label.setText(step_text(step))
        self.bar.setRange(0, 0)  # busy until a total is known
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self.show()

    def progressed(self, done: int, total: int, step: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            self.step_label.setText(
                self.tr("{step} {done} of {total}").format(
                    step=step_text(step), done=labels.number(done), total=labels.number(total)
                )
            )
        else:
            self.bar.setRange(0, 0)
            self.step_label.setText(step_text(step))

    def stop(self) -> None:
        self.hide()

    def stopping(self) -> None:
        """Cancel was asked for: the work stops at its next check."""
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Stopping…"))

    def _cancel(self) -> None:
        self.stopping()
        self.cancel_requested.emit()
