"""The main window's part in offline work: File ▸ Make a local copy… (on a database that is not
a copy) or File ▸ Sync with the shared database… (on a copy), and the status bar's line."""

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.services.permissions import Action, may
from app.services.sync import CopyInfo
from app.ui.context import AppContext
from app.ui.sync.status import CopyStatus, CopyStatusLabel


class SyncActions(QObject):
    """Both menu items, shown once it is known whether the open database is a local copy."""

    def __init__(
        self,
        window: QWidget,
        ctx: AppContext,
        menu: QMenu,
        show_conflicts: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window, self.ctx, self.show_conflicts = window, ctx, show_conflicts
        self.status = CopyStatus(ctx, self)
        self.copy_action = QAction(self.tr("Make a &local copy for offline work…"), window)
        self.sync_action = QAction(self.tr("S&ync with the shared database…"), window)
        self.copy_action.setEnabled(may(ctx.actor, Action.COPY_OUT))
        self.sync_action.setEnabled(may(ctx.actor, Action.SYNC))
        for action in (self.copy_action, self.sync_action):
            action.setVisible(False)
            menu.addAction(action)
        self.copy_action.triggered.connect(self.open_copy)
        self.sync_action.triggered.connect(self.open_sync)
        self.status.changed.connect(self._offer)
        self.status.refresh()

    def status_label(self) -> CopyStatusLabel:
        return CopyStatusLabel(self.status)

    def _offer(self, info: CopyInfo | None) -> None:
        self.sync_action.setVisible(info is not None)
        self.copy_action.setVisible(info is None)

    def open_sync(self) -> None:
        from app.ui.sync.sync_dialog import SyncDialog

        info = self.status.info
        if info is not None and self.sync_action.isEnabled():
            SyncDialog.ask(self.window, self.ctx, info, self.show_conflicts)

    def open_copy(self) -> None:
        from app.ui.sync.copy_dialog import CopyOutDialog

        if self.copy_action.isEnabled():
            CopyOutDialog.ask(self.window, self.ctx)
