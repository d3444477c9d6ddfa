"""Backups from the GUI: File ▸ Back up… and Restore…, the Backups section of Settings, and the
daily automatic backup of the local database shortly after start. Every backup and restore runs
in the background with a progress window that can cancel it."""

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.db import Database
from app.errors import DomainError
from app.logs import log_file
from app.services import backup, backup_schedule
from app.services.backup import BackupInfo, RestoreResult
from app.services.permissions import Action, may
from app.services.uow import SYSTEM
from app.settings import Settings
from app.ui import labels
from app.ui.context import AppContext
from app.ui.errors import domain_message, show_error, show_info
from app.ui.prompts import Confirm
from app.ui.workers import TaskHandle, run_task

log = logging.getLogger(__name__)
AUTOMATIC_DELAY_MS = 20_000  # after start, once the clerk's first screen is up
STATUS_MS = 15_000
OK_STYLE, BAD_STYLE = "color: #1b5e20;", "color: #b00020;"

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


# -- small pieces ---------------------------------------------------------------------------------


def record_backup(moment: datetime | None = None) -> str:
    """Remember in Settings when the last backup was made (what `backup_due` reads)."""
    stamp = (moment or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    settings = Settings.load()
    settings.last_backup_at = stamp
    settings.save()
    return stamp


def last_backup_text(last_backup_at: str, file: str = "") -> str:
    """ "Last backup: 28 Nov 2026 10:03 (helix-20261128-100300.sqlite)" or "No backup yet"."""
    moment = labels.parse_moment(last_backup_at)
    if not isinstance(moment, datetime):
        return QCoreApplication.translate("Backups", "No backup has been made yet.")
    when = labels.medium_datetime(moment)
    if file:
        return QCoreApplication.translate("Backups", "Last backup: {when} ({file})").format(
            when=when, file=file
        )
    return QCoreApplication.translate("Backups", "Last backup: {when}").format(when=when)


def describe_backup(info: BackupInfo) -> str:
    """What a backup file holds, in the clerk's language."""
    kind = (
        QCoreApplication.translate("Backups", "a database file")
        if info.kind == "sqlite"
        else QCoreApplication.translate("Backups", "a Helix dump")
    )
    lines = [
        QCoreApplication.translate("Backups", "{file} is {kind}.").format(
            file=info.path.name, kind=kind
        )
    ]
    if info.database:
        lines.append(
            QCoreApplication.translate("Backups", "It was made from {database}.").format(
                database=info.database
            )
        )
    if info.created_at:
        lines.append(
            QCoreApplication.translate("Backups", "Made on {when}.").format(
                when=labels.medium_datetime(info.created_at)
            )
        )
    lines.append(
        QCoreApplication.translate(
            "Backups", "It holds {members} members and {rows} records in all ({size} MB)."
        ).format(
            members=labels.number(info.row_counts.get("member", 0)),
            rows=labels.number(info.total_rows),
            size=QLocale().toString(info.size / 1_000_000, "f", 1),
        )
    )
    return "\n".join(lines)


def suggested_name(db: Database, now: datetime | None = None) -> str:
    """helix-20261128-1003.sqlite for the local file, .helixdump for the shared database."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M")
    return f"helix-{stamp}{'.sqlite' if db.is_sqlite else backup.DUMP_SUFFIX}"


class BackupFile:
    """Where to write a backup (a save-file dialog); None when the clerk cancelled."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path, shared: bool) -> Path | None:
        filters = (
            QCoreApplication.translate("Backups", "Helix dump (*.helixdump)")
            if shared
            else QCoreApplication.translate(
                "Backups", "Helix database file (*.sqlite);;Helix dump (*.helixdump)"
            )
        )
        path, _chosen = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Backups", "Back up the database"),
            str(suggested),
            filters,
        )
        return Path(path) if path else None


class RestoreFile:
    """Which backup to restore (an open-file dialog); None when the clerk cancelled."""

    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path) -> Path | None:
        path, _chosen = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Backups", "Restore a backup"),
            str(folder),
            QCoreApplication.translate(
                "Backups", "Helix backups (*.sqlite *.helixdump);;All files (*)"
            ),
        )
        return Path(path) if path else None


class ProgressTask:
    """A background task with its progress window; cancel() is the window's Cancel."""

    def __init__(self, dialog: QProgressDialog) -> None:
        self.dialog = dialog
        self.finished = False
        self.on_cancel: Callable[[], None] = lambda: None

    def cancel(self) -> None:
        self.on_cancel()


def run_with_progress(
    parent: QWidget | None,
    title: str,
    text: str,
    work: Work,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_cancel: Callable[[], None] | None = None,
) -> ProgressTask:
    """Run `work(progress, cancelled)` in the background behind a progress window whose
    Cancel stops it (the services leave no half-written file and replace nothing)."""
    dialog = QProgressDialog(text, QCoreApplication.translate("Backups", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    handle: list[TaskHandle] = []
    progress_task = ProgressTask(dialog)

    def finish() -> None:
        progress_task.finished = True  # closing the dialog emits canceled(): ignored from now on
        dialog.close()
        dialog.deleteLater()

    def cancelled() -> None:
        if progress_task.finished:
            return
        for running in handle:
            running.cancel()
        finish()
        if on_cancel is not None:
            on_cancel()

    def progressed(done: int, total: int, _text: str) -> None:
        if not progress_task.finished:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, total))

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        on_error(exc)

    def task(token: Any) -> Any:
        return work(lambda d, t: token.progress(d, t, ""), lambda: token.cancelled)

    progress_task.on_cancel = cancelled
    dialog.canceled.connect(cancelled)
    handle.append(run_task(task, done, failed, progressed, purpose="backup"))
    return progress_task


# -- File ▸ Back up… ------------------------------------------------------------------------------


def back_up_to_file(window: QMainWindow, ctx: AppContext) -> None:
    """Ask for a file, then back the open database up into it."""
    if not may(ctx.actor, Action.BACK_UP):
        return
    settings = Settings.load()
    folder = backup_schedule.backup_folder(settings)
    target = BackupFile.ask(window, folder / suggested_name(ctx.db), not ctx.db.is_sqlite)
    if target is None:
        return
    db, actor = ctx.db, ctx.actor

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> BackupInfo:
        return backup.backup_database(db, target, progress, cancelled, by=actor)

    def done(info: BackupInfo) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("Backups", "Backed up the database to {file}").format(
                file=str(info.path)
            ),
            STATUS_MS,
        )
        show_info(
            window,
            QCoreApplication.translate("Backups", "The database was backed up to {file}.").format(
                file=str(info.path)
            ),
        )

    run_with_progress(
        window,
        QCoreApplication.translate("Backups", "Back up"),
        QCoreApplication.translate("Backups", "Backing up {database}…").format(
            database=db.display_name
        ),
        work,
        done,
        lambda exc: show_error(window, exc),
    )


# -- File ▸ Restore… ------------------------------------------------------------------------------


class Restorer:
    """Restore: choose a file, see what it is, confirm what is replaced, restore in the
    background, then close Helix (it must open the restored database afresh)."""

    def __init__(self, window: QMainWindow, ctx: AppContext, on_restored: Callable[[], None]):
        self.window = window
        self.ctx = ctx
        self.on_restored = on_restored
        self.folder = backup_schedule.backup_folder(Settings.load())

    def start(self) -> None:
        if not may(self.ctx.actor, Action.RESTORE):
            return
        path = RestoreFile.ask(self.window, self.folder)
        if path is None:
            return
        run_task(
            lambda: backup.inspect_backup(path),
            self._confirm,
            lambda exc: show_error(self.window, exc),
        )

    def _confirm(self, info: BackupInfo) -> None:
        question = QCoreApplication.translate(
            "Backups",
            "Replace everything in the database {database} with this backup?\n\n{backup}\n\n"
            "Every member, alliance, user and audit entry now in {database} is replaced by the "
            "backup's. A safety copy of the database as it is now is saved first in {folder}.",
        ).format(
            database=self.ctx.db.display_name, backup=describe_backup(info), folder=self.folder
        )
        if not Confirm.ask(
            self.window,
            QCoreApplication.translate("Backups", "Restore a backup"),
            question,
            QCoreApplication.translate("Backups", "Replace the database"),
        ):
            return
        db, folder, source, actor = self.ctx.db, self.folder, info.path, self.ctx.actor
        url = db.url
        if db.is_sqlite:
            db.dispose()  # the restore replaces the file: no connection of ours may hold it

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return backup.restore_database(
                url,
                source,
                safety_copy_dir=folder,
                by=actor,
                progress=progress,
                cancelled=cancelled,
            )

        run_with_progress(
            self.window,
            QCoreApplication.translate("Backups", "Restore"),
            QCoreApplication.translate("Backups", "Restoring {file} into {database}…").format(
                file=source.name, database=db.display_name
            ),
            work,
            self._restored,
            lambda exc: show_error(self.window, exc),
        )

    def _restored(self, result: RestoreResult) -> None:
        lines = [
            QCoreApplication.translate(
                "Backups", "The database {database} was restored from {file}."
            ).format(database=result.target, file=result.backup.path.name)
        ]
        if result.safety_copy:
            lines.append(
                QCoreApplication.translate(
                    "Backups", "The database as it was before the restore is saved in {copy}."
                ).format(copy=str(result.safety_copy))
            )
        if result.site_id_changed:
            lines.append(
                QCoreApplication.translate(
                    "Backups",
                    "The database now carries the identity of the backup's database: do not sync "
                    "it beside that database as if it were another laptop.",
                )
            )
        lines.append(
            QCoreApplication.translate(
                "Backups", "Helix closes now. Start it again to work with the restored database."
            )
        )
        show_info(self.window, "\n\n".join(lines))
        self.on_restored()


# -- the daily automatic backup -------------------------------------------------------------------


def schedule_automatic_backup(window: QMainWindow, ctx: AppContext, delay_ms: int = -1) -> None:
    """Shortly after start, back up the local database when a backup is due (never blocks)."""
    QTimer.singleShot(
        AUTOMATIC_DELAY_MS if delay_ms < 0 else delay_ms,
        window,
        lambda: start_automatic_backup(window, ctx),
    )


def start_automatic_backup(window: QMainWindow, ctx: AppContext) -> TaskHandle | None:
    settings = Settings.load()
    if (
        ctx.demo
        or not ctx.db.is_sqlite
        or not backup_schedule.backup_due(settings, datetime.now(UTC))
    ):
        return None
    db, folder, keep = ctx.db, backup_schedule.backup_folder(settings), settings.backup_keep
    window.statusBar().showMessage(
        QCoreApplication.translate("Backups", "Backing up the database in the background…"),
        STATUS_MS,
    )

    def done(info: BackupInfo) -> None:
        record_backup()
        window.statusBar().showMessage(
            QCoreApplication.translate("Backups", "Daily backup saved: {file}").format(
                file=str(info.path)
            ),
            STATUS_MS,
        )

    def failed(exc: BaseException) -> None:
        reason = domain_message(exc) if isinstance(exc, DomainError) else type(exc).__name__
        log.error("automatic backup failed", exc_info=(type(exc), exc, exc.__traceback__))
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "Backups", "The daily backup failed: {reason} (details in {log})"
            ).format(reason=reason, log=str(log_file())),
            60_000,
        )

    return run_task(
        lambda: backup_schedule.run_scheduled_backup(db, folder, keep, by=SYSTEM),
        done,
        failed,
        purpose="backup",
    )


# -- the Backups section of Settings --------------------------------------------------------------


class BackupSection(QGroupBox):
    """Daily backup on or off, folder, how many to keep, Back up now, and the last backup.
    Everyone sees when the last backup was made; administrators change the settings."""

    def __init__(self, ctx: AppContext, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Backups", "Backups"), parent)
        self.ctx = ctx
        self.settings = settings
        self.last_backup_at = settings.last_backup_at
        self._running: ProgressTask | None = None
        self.enabled_check = QCheckBox(
            QCoreApplication.translate("Backups", "Back up the local database every day")
        )
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(str(backup_schedule.backup_folder(Settings())))
        self.browse_button = QPushButton(QCoreApplication.translate("Backups", "Browse…"))
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, 365)
        self.keep_spin.setSuffix(QCoreApplication.translate("Backups", " backups"))
        self.keep_spin.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000 backups") + 48)
        self.back_up_button = QPushButton(QCoreApplication.translate("Backups", "Back up now"))
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        self.last_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        now_row = QHBoxLayout()
        now_row.addWidget(self.back_up_button)
        now_row.addWidget(self.last_label, 1)
        form = QFormLayout(self)
        form.addRow(self.enabled_check)
        form.addRow(QCoreApplication.translate("Backups", "Folder"), folder_row)
        form.addRow(QCoreApplication.translate("Backups", "Keep the newest"), self.keep_spin)
        form.addRow(now_row)
        form.addRow(self.note)
        self.enabled_check.setChecked(settings.backup_enabled)
        self.folder_edit.setText(settings.backup_folder)
        self.keep_spin.setValue(max(1, settings.backup_keep))
        self.browse_button.clicked.connect(self._browse)
        self.back_up_button.clicked.connect(self.back_up_now)
        self._apply_permissions()
        self.last_label.setText(last_backup_text(self.last_backup_at))
        self._find_last_file()

    def _apply_permissions(self) -> None:
        may_change = may(self.ctx.actor, Action.CHANGE_SETTINGS)
        for widget in (self.enabled_check, self.folder_edit, self.browse_button, self.keep_spin):
            widget.setEnabled(may_change)
        self.back_up_button.setEnabled(may(self.ctx.actor, Action.BACK_UP))
        notes = []
        if not self.ctx.db.is_sqlite:
            notes.append(
                QCoreApplication.translate(
                    "Backups",
                    "Daily backups are for the local database file; the shared database is "
                    "backed up on its server. Back up now writes a Helix dump of it.",
                )
            )
        if not may_change:
            notes.append(
                QCoreApplication.translate(
                    "Backups", "Only an administrator can change the backup settings."
                )
            )
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))

    def folder(self) -> Path:
        return (
            Path(self.folder_edit.text().strip())
            if self.folder_edit.text().strip()
            else (backup_schedule.backup_folder(Settings()))
        )

    def apply_to(self, settings: Settings) -> None:
        """Write the section's values into `settings` (which the dialog then saves)."""
        settings.backup_enabled = self.enabled_check.isChecked()
        settings.backup_folder = self.folder_edit.text().strip()
        settings.backup_keep = self.keep_spin.value()
        settings.last_backup_at = Settings.load().last_backup_at or self.last_backup_at

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("Backups", "Backup folder"), str(self.folder())
        )
        if path:
            self.folder_edit.setText(path)

    def _find_last_file(self) -> None:
        if not self.last_backup_at:
            return
        folder, stamp = self.folder(), self.last_backup_at
        run_task(
            lambda: backup_schedule.last_backup(folder),
            lambda info: self._show_last(stamp, info.path.name if info else ""),
            lambda exc: log.warning("could not look at the backups in %s: %s", folder, exc),
        )

    def _show_last(self, stamp: str, file: str) -> None:
        self.last_label.setStyleSheet("")
        self.last_label.setText(last_backup_text(stamp, file))

    def back_up_now(self) -> None:
        if self._running is not None:
            return
        db, folder, keep = self.ctx.db, self.folder(), self.keep_spin.value()
        actor = self.ctx.actor

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            if db.is_sqlite:
                return backup_schedule.run_scheduled_backup(
                    db, folder, keep, by=actor, progress=progress, cancelled=cancelled
                )
            target = folder / suggested_name(db, datetime.now())
            return backup.backup_database(db, target, progress, cancelled, by=actor)

        self.back_up_button.setEnabled(False)
        self.last_label.setStyleSheet("")
        self.last_label.setText(QCoreApplication.translate("Backups", "Backing up…"))
        self._running = run_with_progress(
            self,
            QCoreApplication.translate("Backups", "Back up"),
            QCoreApplication.translate("Backups", "Backing up {database}…").format(
                database=db.display_name
            ),
            work,
            self._backed_up,
            self._failed,
            self._cancelled,
        )

    def _backed_up(self, info: BackupInfo) -> None:
        self._running = None
        self.last_backup_at = record_backup()
        self.back_up_button.setEnabled(True)
        self._show_last(self.last_backup_at, info.path.name)

    def _failed(self, exc: BaseException) -> None:
        self._running = None
        self.back_up_button.setEnabled(True)
        self.last_label.setStyleSheet(BAD_STYLE)
        reason = domain_message(exc) if isinstance(exc, DomainError) else ""
        self.last_label.setText(
            QCoreApplication.translate("Backups", "The backup failed. {reason}")
            .format(reason=reason)
            .strip()
        )
        if not isinstance(exc, DomainError):
            show_error(self, exc)

    def _cancelled(self) -> None:
        self._running = None
        self.back_up_button.setEnabled(True)
        self._show_last(self.last_backup_at, "")

    def stop(self) -> None:
        """The dialog closes: a running backup is cancelled (it leaves no file)."""
        if self._running is not None:
            self._running.cancel()
            self._running = None
