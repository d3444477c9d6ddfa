"""What the window knows about offline work: whether the open database is a local copy (read in
the background, again after every sync or resolved conflict), the status bar's line about it,
and the app-wide signals that say a sync ended or a conflict was resolved."""

import logging
from pathlib import Path
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.services import sync
from app.services.sync import CopyInfo
from app.ui import labels
from app.ui.context import AppContext
from app.ui.workers import run_task

log = logging.getLogger(__name__)
CONTEXT = "SyncStatus"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SyncEvents(QObject):
    """Declared once for the whole application: screens and the status bar listen here."""

    synced = Signal(object)  # the SyncSummary of a sync that ended (finished or stopped)
    conflicts_changed = Signal()  # a conflict was resolved


_events: SyncEvents | None = None


def sync_events() -> SyncEvents:
    global _events
    if _events is None:
        _events = SyncEvents()
    return _events


def remote_name(remote: str) -> str:
    """The other database in a few words: "helix on db.office.local", or a file's name."""
    if "://" not in remote:
        return Path(remote).name or remote
    parts = urlsplit(remote)
    if parts.scheme.startswith("sqlite"):
        return Path(unquote(parts.path)).name or remote
    database = unquote(parts.path.lstrip("/"))
    host = parts.hostname or "localhost"
    if not database:
        return host
    return tr("{database} on {host}").format(database=database, host=host)


def last_sync_text(info: CopyInfo) -> str:
    if info.last_sync is None:
        return tr("never synced")
    return tr("last synced {when}").format(when=labels.medium_datetime(info.last_sync))


def counts_text(info: CopyInfo) -> list[str]:
    """ "3 changes not sent yet", "2 conflicts to resolve": only what is there."""
    parts = []
    if info.unsent == 1:
        parts.append(tr("1 change not sent yet"))
    elif info.unsent:
        parts.append(tr("{count} changes not sent yet").format(count=labels.number(info.unsent)))
    if info.open_conflicts == 1:
        parts.append(tr("1 conflict to resolve"))
    elif info.open_conflicts:
        parts.append(
            tr("{count} conflicts to resolve").format(count=labels.number(info.open_conflicts))
        )
    return parts


def status_text(info: CopyInfo) -> str:
    """ "Local copy of helix on db.office.local · last synced 28 Nov 2026 14:05 · …"."""
    head = tr("Local copy of {remote}").format(remote=remote_name(info.remote))
    return " · ".join([head, last_sync_text(info), *counts_text(info)])


def status_tooltip(info: CopyInfo) -> str:
    lines = [
        tr("This database is a local copy of {remote}.").format(remote=info.remote),
        tr("Copied on {when}.").format(when=labels.medium_datetime(info.copied_at)),
        tr("Last sync: {when}.").format(when=labels.medium_datetime(info.last_sync))
        if info.last_sync is not None
        else tr("Not synced yet."),
        tr("Changes not sent yet: {count}.").format(count=labels.number(info.unsent)),
        tr("Conflicts to resolve: {count}.").format(count=labels.number(info.open_conflicts)),
    ]
    if info.series:
        lines.append(tr("Number series of this copy: {series}.").format(series=info.series))
    lines.append(tr("File ▸ Sync with the shared database… sends and receives the changes."))
    return "\n".join(lines)


class CopyStatus(QObject):
    """Whether the open database is a local copy (`info`, None when it is not), read in the
    background when asked and after every sync or resolved conflict; `changed` tells."""

    changed = Signal(object)  # CopyInfo | None

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: CopyInfo | None = None
        self.known = False
        self._reading = 0
        sync_events().synced.connect(self.refresh)
        sync_events().conflicts_changed.connect(self.refresh)

    def refresh(self, *_args: object) -> None:
        db = self.ctx.db
        self._reading += 1
        number = self._reading
        run_task(
            lambda: sync.copy_info(db),
            lambda info: self._read(number, info),
            lambda exc: self._failed(number, exc),
        )

    def _read(self, number: int, info: CopyInfo | None) -> None:
        if number != self._reading:
            return
        self.info, self.known = info, True
        self.changed.emit(info)

    def _failed(self, number: int, exc: BaseException) -> None:
        # The status bar is no place for an error message: the screens show the database's
        # trouble when the clerk works; here it is logged and the line stays as it was.
        log.warning("could not read whether the database is a local copy: %s", exc, exc_info=exc)


class CopyStatusLabel(QLabel):
    """The status bar's line on a local copy; hidden on any other database."""

    def __init__(self, status: CopyStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setContentsMargins(0, 0, 12, 0)
        self.hide()
        status.changed.connect(self.show_info)
        if status.known:
            self.show_info(status.info)

    def show_info(self, info: CopyInfo | None) -> None:
        if info is None:
            self.clear()
            self.setToolTip("")
            self.hide()
            return
        self.setText(status_text(info))
        self.setToolTip(status_tooltip(info))
        self.setStyleSheet("color: #a0620a;" if info.open_conflicts else "")
        self.show()
