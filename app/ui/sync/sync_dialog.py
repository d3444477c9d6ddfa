"""File ▸ Sync with the shared database…: on a local copy, send the changes made here and
receive those made there, in the background, with progress and Cancel; then say in words what
happened and offer the Conflicts screen when conflicts wait. A refusal (the server cannot be
reached, its schema differs) is a plain message in the dialog, which stays open to try again."""

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import sqlite_url
from app.errors import DomainError
from app.services import credentials, sync
from app.services.permissions import Action, may
from app.services.sync import CopyInfo, SyncSummary
from app.ui import labels
from app.ui.context import AppContext
from app.ui.errors import domain_message, unexpected_message
from app.ui.sync.progress import BAD_STYLE, OK_STYLE, ProgressPanel, StopFlag, relay
from app.ui.sync.status import last_sync_text, sync_events
from app.ui.workers import TaskHandle, TaskToken, run_task

log = logging.getLogger(__name__)
CONFLICT_STYLE = "color: #a0620a;"


def remote_url(remote: str) -> str:
    """The address to connect to, without a password: CopyInfo.remote is a URL, or a file."""
    if "://" not in remote:
        return sqlite_url(Path(remote))
    return credentials.split_password(remote)[0]


def shown_address(remote: str) -> str:
    """The other database as the clerk knows it: a file's path, or the server's address."""
    url = remote_url(remote)
    return url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url


def fit_height(dialog: QDialog) -> None:
    """Grow the dialog to show a message that appeared (wrapped labels do not grow it)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    wanted = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else -1
    wanted = max(wanted, layout.totalMinimumSize().height())
    if wanted > dialog.height():
        dialog.resize(dialog.width(), wanted)


def _plural(one: str, many: str, count: int) -> str:
    return one if count == 1 else many.format(count=labels.number(count))


class SyncDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        info: CopyInfo,
        parent: QWidget | None = None,
        open_conflicts: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info = info
        self.summary: SyncSummary | None = None
        self.open_conflicts = open_conflicts
        self.url = remote_url(info.remote)
        self._task: TaskHandle | None = None
        self._stop = StopFlag()
        self._running = False
        self.setWindowTitle(self.tr("Sync with the shared database"))
        self.setMinimumWidth(560)
        self._build()
        self.show_info(info)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Sends the changes made on this copy to the shared database and receives the "
                "changes made there since the last sync. A record changed on both sides is not "
                "overwritten: both versions are kept as a conflict for you to resolve."
            )
        )
        intro.setWordWrap(True)
        self.remote_label = QLabel()
        self.remote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.remote_label.setWordWrap(True)
        self.last_sync_label = QLabel()
        self.unsent_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Shared database"), self.remote_label)
        form.addRow(self.tr("Last sync"), self.last_sync_label)
        form.addRow(self.tr("Not sent yet"), self.unsent_label)
        self._build_password(form)
        self.progress = ProgressPanel()
        self.progress.cancel_requested.connect(self.cancel)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sync_button = QPushButton(self.tr("Sync"))
        self.sync_button.setDefault(True)
        self.conflicts_button = QPushButton(self.tr("Resolve conflicts…"))
        self.buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.conflicts_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.conflicts_button.hide()  # after addButton, which shows it
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if not may(self.ctx.actor, Action.SYNC):
            self.sync_button.setEnabled(False)
            self.sync_button.setToolTip(self.tr("Your role may not sync the database."))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.sync_button.clicked.connect(self.start)
        self.conflicts_button.clicked.connect(self._show_conflicts)
        self.buttons.rejected.connect(self.reject)

    def _build_password(self, form: QFormLayout) -> None:
        """The shared database's password: asked when the server wants one and none is kept in
        the keyring (as at start-up, the clerk may keep it there)."""
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Leave empty if the server asks for none"))
        self.remember_check = QCheckBox(self.tr("Remember it in the system keyring"))
        self.remember_check.setVisible(credentials.keyring_available())
        self.password_row = QWidget()
        box = QVBoxLayout(self.password_row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.password_edit)
        box.addWidget(self.remember_check)
        self.password_title = QLabel(self.tr("Password"))
        form.addRow(self.password_title, self.password_row)
        self._show_password(self._password_wanted())

    def _password_wanted(self) -> bool:
        return self.url.startswith("postgresql") and credentials.load_password(self.url) is None

    def _show_password(self, visible: bool) -> None:
        self.password_title.setVisible(visible)
        self.password_row.setVisible(visible)

    def show_info(self, info: CopyInfo | None) -> None:
        if info is None:
            return
        self.info = info
        self.remote_label.setText(shown_address(info.remote))
        self.last_sync_label.setText(
            labels.medium_datetime(info.last_sync) if info.last_sync else last_sync_text(info)
        )
        self.unsent_label.setText(
            _plural(self.tr("1 change"), self.tr("{count} changes"), info.unsent)
        )

    # -- the sync -------------------------------------------------------------------------

    def connect_url(self) -> str:
        """The address with the password typed here, or the one kept in the keyring."""
        typed = self.password_edit.text() if self.password_row.isVisibleTo(self) else ""
        password = typed or credentials.load_password(self.url)
        if not password or not self.url.startswith("postgresql"):
            return self.url
        return credentials.url_with_password(self.url, password)

    def start(self) -> None:
        if self._running or not may(self.ctx.actor, Action.SYNC):
            return
        local, actor, url, stop = self.ctx.db, self.ctx.actor, self.connect_url(), StopFlag()
        self._stop = stop

        def work(token: TaskToken) -> SyncSummary:
            remote = sync.open_remote(url)
            try:
                report = relay(token)
                return sync.sync(local, remote, actor, progress=report, cancelled=stop)
            finally:
                remote.dispose()

        self._set_running(True)
        self._task = run_task(
            work,
            lambda summary: self._done(summary, url),
            lambda exc: self._failed(exc, url),
            self.progress.progressed,
            purpose="sync",
        )

    def cancel(self) -> None:
        """Cancel: the sync stops after the batch it is in (what was done is kept)."""
        if self._running:
            self._stop.set()

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.sync_button.setEnabled(not running)
        self.password_row.setEnabled(not running)
        self.conflicts_button.setEnabled(not running)
        if running:
            self.message.hide()
            self.progress.start()
        else:
            self.progress.stop()

    def _done(self, summary: SyncSummary, url: str) -> None:
        self._set_running(False)
        self.summary = summary
        self._keep_password(url)
        self._show_password(False)
        self._say(self.summary_text(summary), CONFLICT_STYLE if summary.new_conflicts else OK_STYLE)
        wants = summary.open_conflicts > 0 and self.open_conflicts is not None
        self.conflicts_button.setVisible(wants)
        self.sync_button.setText(self.tr("Sync again"))
        sync_events().synced.emit(summary)
        ctx = self.ctx
        run_task(lambda: sync.copy_info(ctx.db), self.show_info, lambda _exc: None)

    def _failed(self, exc: BaseException, url: str) -> None:
        self._set_running(False)
        if not isinstance(exc, DomainError):
            log.error("sync failed", exc_info=(type(exc), exc, exc.__traceback__))
            self._say(unexpected_message(), BAD_STYLE)
            return
        from app.ui.app import needs_password

        if needs_password(url, exc):
            self._show_password(True)
            self.password_edit.setFocus()
        self._say(domain_message(exc), BAD_STYLE)

    def _keep_password(self, url: str) -> None:
        password = credentials.split_password(url)[1]
        remember = self.remember_check.isVisibleTo(self) and self.remember_check.isChecked()
        if password and remember:
            credentials.save_password(self.url, password)

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.show()
        fit_height(self)

    def summary_text(self, summary: SyncSummary) -> str:
        """ "Sent 12 records, received 40; 2 new conflicts to resolve." in the clerk's words."""
        if summary.nothing_new:
            text = self.tr("Nothing new on either side.")
        else:
            sent = _plural(self.tr("Sent 1 record"), self.tr("Sent {count} records"), summary.sent)
            received = self.tr("received {count}").format(count=labels.number(summary.received))
            text = f"{sent}, {received}"
            if summary.new_conflicts:
                text += "; " + _plural(
                    self.tr("1 new conflict to resolve"),
                    self.tr("{count} new conflicts to resolve"),
                    summary.new_conflicts,
                )
            text += "."
        waiting = summary.open_conflicts - summary.new_conflicts
        if waiting > 0:
            text += " " + _plural(
                self.tr("1 earlier conflict is still waiting to be resolved."),
                self.tr("{count} earlier conflicts are still waiting to be resolved."),
                waiting,
            )
        if summary.cancelled:
            text = (
                self.tr(
                    "The sync was stopped. What was done is kept; the next sync goes on from there."
                )
                + " "
                + text
            )
        return text

    def _show_conflicts(self) -> None:
        self.accept()
        if self.open_conflicts is not None:
            self.open_conflicts()

    # -- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        """Close (or Esc) while the sync runs stops it first; the dialog closes once it has."""
        if self._running:
            self.progress.stopping()
            self.cancel()
            return
        super().reject()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx: AppContext,
        info: CopyInfo,
        open_conflicts: Callable[[], None] | None = None,
    ) -> SyncSummary | None:
        dialog = cls(ctx, info, parent, open_conflicts)
        dialog.exec()
        return dialog.summary
