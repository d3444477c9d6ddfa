"""Settings: which database Helix opens (the local file or the office's shared PostgreSQL
server) and the UI language. Passwords are never written to the settings file."""

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import Database, default_sqlite_path, describe_url, sqlite_url
from app.errors import DomainError
from app.settings import Settings
from app.ui.errors import domain_message, show_info
from app.ui.workers import TaskHandle, run_task

if TYPE_CHECKING:
    from app.ui.backups import BackupSection
    from app.ui.context import AppContext

LANGUAGES = [("", "System"), ("en", "English"), ("zh_CN", "中文")]
POSTGRES_SCHEME = "postgresql+psycopg"
OK_STYLE, BAD_STYLE = "color: #1b5e20;", "color: #b00020;"


def check_connection(url: str) -> str:
    """Connect and read the schema revision (never migrates). Returns a short state."""
    db = Database(url)
    try:
        pending = db.pending_revisions()  # raises DatabaseTooNewError for a newer schema
        current = db.current_revision()
    finally:
        db.dispose()
    if current is None:
        return "empty"
    return "upgrade" if pending else "ready"


def connection_failure(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return domain_message(exc)
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return reason[0] if reason else type(exc).__name__


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        current_url: str = "",
        parent: QWidget | None = None,
        ctx: "AppContext | None" = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.settings = settings
        self.current_url = current_url
        self._test: TaskHandle | None = None
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        general = QWidget()
        column = QVBoxLayout(general)
        column.addWidget(self._database_group())
        column.addWidget(self._language_group())
        column.addStretch(1)
        self.tabs.addTab(general, self.tr("Database and language"))
        self.backups: BackupSection | None = None
        if ctx is not None:  # a database is open: its backups can be seen and made
            from app.ui import backups

            self.backups = backups.BackupSection(ctx, settings)
            self.tabs.addTab(_page(self.backups), self.tr("Backups"))
        from app.ui.matching.weights import WeightsSection

        self.weights = WeightsSection(settings)
        self.tabs.addTab(_page(self.weights), self.tr("Matching"))
        from app.ui.contracts.trust_settings import TrustSection

        self.trust = TrustSection(settings)
        self.tabs.addTab(_page(self.trust), self.tr("Signatures"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load(settings)

    # -- building ---------------------------------------------------------------------------

    def _database_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Database"))
        self.local_radio = QRadioButton(self.tr("Local database file on this computer"))
        self.shared_radio = QRadioButton(self.tr("Shared database of the office (PostgreSQL)"))
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.local_radio)
        self.kind_group.addButton(self.shared_radio)
        self.file_edit = QLineEdit(placeholderText=str(default_sqlite_path()))
        self.file_edit.setToolTip(self.tr("Leave empty for the usual file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        self.local_box = QWidget()
        local_form = QFormLayout(self.local_box)
        local_form.setContentsMargins(24, 0, 0, 0)
        local_form.addRow(self.tr("File"), file_row)
        self.shared_box = QWidget()
        shared_form = QFormLayout(self.shared_box)
        shared_form.setContentsMargins(24, 0, 0, 0)
        self.host_edit = QLineEdit(placeholderText="db.office.local")
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.database_edit = QLineEdit(placeholderText="helix")
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_note = QLabel(
            self.tr(
                "The password here only tests the connection; it is never written to the settings "
                "file. When Helix connects, it asks for the password and can keep it in the "
                "system keyring."
            )
        )
        self.password_note.setWordWrap(True)
        # A wrapped label in a form gets one line's height unless told (the rest was cut off).
        self.password_note.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 4)
        self.password_note.setStyleSheet("color: palette(placeholder-text);")
        shared_form.addRow(self.tr("Server"), self.host_edit)
        shared_form.addRow(self.tr("Port"), self.port_spin)
        shared_form.addRow(self.tr("Database"), self.database_edit)
        shared_form.addRow(self.tr("User"), self.user_edit)
        shared_form.addRow(self.tr("Password"), self.password_edit)
        shared_form.addRow("", self.password_note)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        layout = QVBoxLayout(group)
        for widget in (self.local_radio, self.local_box, self.shared_radio, self.shared_box):
            layout.addWidget(widget)
        layout.addLayout(test_row)
        self.local_radio.toggled.connect(self._update_enabled)
        for edit in (
            self.file_edit,
            self.host_edit,
            self.database_edit,
            self.user_edit,
            self.password_edit,
        ):
            edit.textChanged.connect(lambda _t: self.test_result.clear())
        return group

    def _language_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Language"))
        self.language_combo = QComboBox()
        for code, name in LANGUAGES:
            self.language_combo.addItem(self.tr("System") if code == "" else name, code)
        form = QFormLayout(group)
        form.addRow(self.tr("Language of Helix"), self.language_combo)
        return group

    # -- values -----------------------------------------------------------------------------

    def _load(self, settings: Settings) -> None:
        url = settings.database_url
        shared = url.startswith("postgresql")
        self.shared_radio.setChecked(shared)
        self.local_radio.setChecked(not shared)
        if shared:
            parts = urlsplit(url)
            self.host_edit.setText(parts.hostname or "")
            self.port_spin.setValue(parts.port or 5432)
            self.database_edit.setText(unquote(parts.path.lstrip("/")))
            self.user_edit.setText(unquote(parts.username or ""))
            self.password_edit.setText(unquote(parts.password or ""))
        elif url.startswith("sqlite:///"):
            path = url.removeprefix("sqlite:///")
            self.file_edit.setText("" if Path(path) == default_sqlite_path() else path)
        index = self.language_combo.findData(settings.language)
        self.language_combo.setCurrentIndex(max(0, index))
        self._update_enabled()

    def database_url(self, *, with_password: bool = False) -> str:
        """The address the form describes; empty for the usual local file."""
        if self.local_radio.isChecked():
            path = self.file_edit.text().strip()
            return sqlite_url(Path(path)) if path else ""
        user = quote(self.user_edit.text().strip(), safe="")
        password = self.password_edit.text()
        if with_password and password and user:
            user = f"{user}:{quote(password, safe='')}"
        host = self.host_edit.text().strip() or "localhost"
        name = quote(self.database_edit.text().strip() or "helix", safe="")
        credentials = f"{user}@" if user else ""
        return f"{POSTGRES_SCHEME}://{credentials}{host}:{self.port_spin.value()}/{name}"

    def chosen_settings(self) -> Settings:
        """The settings as the form has them; what the form does not show is kept."""
        chosen = replace(
            self.settings,
            database_url=self.database_url(),
            language=self.language_combo.currentData(),
        )
        self.weights.apply_to(chosen)
        self.trust.apply_to(chosen)
        if self.backups is not None:
            self.backups.apply_to(chosen)
        else:
            chosen.last_backup_at = Settings.load().last_backup_at or chosen.last_backup_at
        return chosen

    def _update_enabled(self) -> None:
        self.local_box.setEnabled(self.local_radio.isChecked())
        self.shared_box.setEnabled(self.shared_radio.isChecked())
        self.test_result.clear()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            self.file_edit.text() or str(default_sqlite_path()),
            self.tr("Helix database (*.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.file_edit.setText(path)

    # -- test connection --------------------------------------------------------------------

    def test_connection(self) -> None:
        url = self.database_url(with_password=True) or sqlite_url(default_sqlite_path())
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Connecting to {url}…").format(url=describe_url(url)))
        self._test = run_task(lambda: check_connection(url), self._tested, self._test_failed)

    def _tested(self, outcome: str) -> None:
        self.test_button.setEnabled(True)
        texts = {
            "ready": self.tr("Connected. The database is ready for Helix."),
            "upgrade": self.tr("Connected. Helix will upgrade this database when it opens it."),
            "empty": self.tr(
                "Connected. The database is empty; Helix will set it up when it opens it."
            ),
        }
        self.test_result.setStyleSheet(OK_STYLE)
        self.test_result.setText(texts.get(outcome, outcome))

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet(BAD_STYLE)
        self.test_result.setText(
            self.tr("Could not connect: {reason}").format(reason=connection_failure(exc))
        )

    def done(self, result: int) -> None:
        if self._test is not None:
            self._test.cancel()
        if self.backups is not None:
            self.backups.stop()
        super().done(result)

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> tuple[bool, bool]:
        """Write the settings; returns (database changed, language changed)."""
        chosen = self.chosen_settings()
        before = self.settings
        chosen.save()
        effective = chosen.database_url or sqlite_url(default_sqlite_path())
        database_changed = bool(self.current_url) and effective != self.current_url
        if not self.current_url:
            database_changed = chosen.database_url != before.database_url
        return database_changed, chosen.language != before.language

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        current_url: str = "",
        *,
        restart_note: bool = True,
        ctx: "AppContext | None" = None,
    ) -> bool:
        """Show the dialog; True when the clerk saved. Tells them when a restart is needed."""
        dialog = cls(Settings.load(), current_url, parent, ctx)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        database_changed, language_changed = dialog.save()
        if restart_note and (database_changed or language_changed):
            show_info(parent, dialog.restart_message(database_changed, language_changed))
        return True

    def restart_message(self, database_changed: bool, language_changed: bool) -> str:
        if database_changed and language_changed:
            return self.tr("Restart Helix to open the other database in the new language.")
        if database_changed:
            return self.tr("Restart Helix to open the other database.")
        return self.tr("Restart Helix to see it in the new language.")


def _page(section: QWidget) -> QWidget:
    """A settings tab: the section at the top, room below."""
    page = QWidget()
    column = QVBoxLayout(page)
    column.addWidget(section)
    column.addStretch(1)
    return page
