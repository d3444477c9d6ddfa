"""The Home screen's line about sync conflicts: "2 sync conflicts to resolve", a link to the
Conflicts screen, shown only while some wait."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from app.services import conflicts
from app.ui import labels
from app.ui.context import AppContext
from app.ui.workers import run_task

LINK_STYLE = (
    "QPushButton { border: 1px solid #a0620a; border-radius: 4px; padding: 4px 10px;"
    " color: #a0620a; font-weight: bold; text-align: left; }"
    "QPushButton:hover { background: #fbf0e0; }"
)


class ConflictsLink(QPushButton):
    def __init__(
        self, ctx: AppContext, open_conflicts: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.count = 0
        self._reading = 0
        self.setStyleSheet(LINK_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Open the Conflicts screen"))
        self.clicked.connect(open_conflicts)
        self.hide()

    def refresh(self) -> None:
        """Count the open conflicts in the background; a failure leaves the line as it was
        (the Home screen's own read reports the database's trouble)."""
        ctx = self.ctx
        self._reading += 1
        number = self._reading
        run_task(
            lambda: len(ctx.read(conflicts.list_conflicts, ctx.actor)),
            lambda count: self._counted(number, count),
            lambda _exc: None,
        )

    def _counted(self, number: int, count: int) -> None:
        if number != self._reading:
            return
        self.count = count
        if count == 1:
            self.setText(self.tr("1 sync conflict to resolve"))
        else:
            self.setText(
                self.tr("{count} sync conflicts to resolve").format(count=labels.number(count))
            )
        self.setVisible(count > 0)
