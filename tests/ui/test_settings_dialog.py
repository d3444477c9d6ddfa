"""Settings: local file or shared PostgreSQL, test connection off the GUI thread, language,
no password in the settings file, and the restart note."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from app.db import default_sqlite_path, sqlite_url
from app.settings import Settings
from app.ui import workers
from app.ui.settings_dialog import SettingsDialog


@pytest.fixture(autouse=True)
def no_settings_file() -> Iterator[None]:
    """Each test starts without a settings file and leaves none behind."""
    Settings.path().unlink(missing_ok=True)
    yield
    Settings.path().unlink(missing_ok=True)


PG = "postgresql+psycopg://clerk@db.office.local:5433/helix_office"


@pytest.fixture
def dialog(qtbot) -> SettingsDialog:
    widget = SettingsDialog(Settings(), sqlite_url(default_sqlite_path()))
    qtbot.addWidget(widget)
    return widget


def test_the_local_file_is_the_default(dialog: SettingsDialog) -> None:
    assert dialog.local_radio.isChecked()
    assert dialog.database_url() == ""
    assert not dialog.shared_box.isEnabled()
    assert dialog.language_combo.currentData() == ""


def test_a_shared_database_url_is_shown_in_its_fields(qtbot) -> None:
    widget = SettingsDialog(Settings(database_url=PG, language="zh_CN"))
    qtbot.addWidget(widget)
    assert widget.shared_radio.isChecked() and widget.shared_box.isEnabled()
    assert widget.host_edit.text() == "db.office.local"
    assert widget.port_spin.value() == 5433
    assert widget.database_edit.text() == "helix_office"
    assert widget.user_edit.text() == "clerk"
    assert widget.language_combo.currentText() == "中文"
    assert widget.database_url() == PG


def test_the_password_is_never_written_to_the_settings_file(dialog: SettingsDialog) -> None:
    dialog.shared_radio.setChecked(True)
    dialog.host_edit.setText("db.office.local")
    dialog.user_edit.setText("clerk")
    dialog.password_edit.setText("s3cret:@/")
    assert "s3cret" in dialog.database_url(with_password=True)
    dialog.save()
    text = Settings.path().read_text(encoding="utf-8")
    assert "s3cret" not in text
    assert (
        json.loads(text)["database_url"] == "postgresql+psycopg://clerk@db.office.local:5432/helix"
    )


def test_a_password_in_an_old_settings_file_is_dropped_on_save(qtbot) -> None:
    widget = SettingsDialog(Settings(database_url="postgresql+psycopg://clerk:pw@h:5432/helix"))
    qtbot.addWidget(widget)
    assert widget.password_edit.text() == "pw"
    widget.save()
    assert ":pw@" not in Settings.load().database_url


def test_another_local_file_can_be_chosen(dialog: SettingsDialog, tmp_path: Path) -> None:
    dialog.file_edit.setText(str(tmp_path / "fair.sqlite"))
    assert dialog.database_url() == sqlite_url(tmp_path / "fair.sqlite")


def test_test_connection_reports_success_for_a_reachable_database(
    dialog: SettingsDialog, sqlite_db
) -> None:
    dialog.file_edit.setText(str(sqlite_db.sqlite_path))
    dialog.test_connection()
    assert "Connected" in dialog.test_result.text()
    assert "ready" in dialog.test_result.text()
    assert dialog.test_button.isEnabled()


def test_test_connection_explains_a_failure(dialog: SettingsDialog) -> None:
    dialog.shared_radio.setChecked(True)
    dialog.host_edit.setText("127.0.0.1")
    dialog.port_spin.setValue(1)  # nothing listens there
    dialog.user_edit.setText("nobody")
    dialog.test_connection()
    assert dialog.test_result.text().startswith("Could not connect")
    assert "Traceback" not in dialog.test_result.text()


def test_test_connection_runs_off_the_gui_thread(
    dialog: SettingsDialog,
    qtbot,
    sqlite_db,
    monkeypatch,
) -> None:
    import threading

    from app.ui import settings_dialog

    threads = []
    real = settings_dialog.check_connection

    def spy(url: str) -> str:
        threads.append(threading.current_thread())
        return real(url)

    monkeypatch.setattr(settings_dialog, "check_connection", spy)
    workers.set_synchronous(False)
    dialog.file_edit.setText(str(sqlite_db.sqlite_path))
    dialog.test_connection()
    assert not dialog.test_button.isEnabled()  # while it runs
    qtbot.waitUntil(lambda: "Connected" in dialog.test_result.text(), timeout=5000)
    assert threads and threads[0] is not threading.main_thread()


def test_changing_the_language_says_a_restart_is_needed(monkeypatch, messages) -> None:
    def choose_chinese(self: SettingsDialog) -> int:
        self.language_combo.setCurrentIndex(self.language_combo.findData("zh_CN"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", choose_chinese)
    assert SettingsDialog.ask(None, sqlite_url(default_sqlite_path()))
    assert Settings.load().language == "zh_CN"
    assert len(messages) == 1 and "Restart Helix" in messages[0]
    assert "language" in messages[0]


def test_saving_unchanged_settings_needs_no_restart(monkeypatch, messages) -> None:
    Settings().save()
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert SettingsDialog.ask(None, sqlite_url(default_sqlite_path()))
    assert messages == []


def test_choosing_the_shared_database_says_a_restart_is_needed(monkeypatch, messages) -> None:
    def choose_shared(self: SettingsDialog) -> int:
        self.shared_radio.setChecked(True)
        self.host_edit.setText("db.office.local")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", choose_shared)
    SettingsDialog.ask(None, sqlite_url(default_sqlite_path()))
    assert Settings.load().database_url.startswith("postgresql+psycopg://")
    assert messages == ["Restart Helix to open the other database."]


def test_cancel_saves_nothing(monkeypatch) -> None:
    Settings(language="en").save()
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not SettingsDialog.ask(None)
    assert Settings.load().language == "en"


def test_the_trusted_certificates_folder_is_counted_and_saved(
    dialog: SettingsDialog, tmp_path: Path
) -> None:
    from tests.services.contract_samples import make_p12

    folder = tmp_path / "trusted"
    dialog.trust.folder.setText(str(folder))
    assert "does not exist" in dialog.trust.count.text()
    folder.mkdir()
    for name in ("Office CA", "National CA"):
        _p12, certificate = make_p12(tmp_path, name, b"pw")
        (folder / f"{name}.der").write_bytes(certificate)
    (folder / "notes.txt").write_text("not a certificate")
    dialog.trust.update_count()
    assert dialog.trust.count.text() == "2 trusted certificates in the folder."
    (folder / "broken.pem").write_text("-----BEGIN CERTIFICATE-----\nxx\n-----END CERTIFICATE-----")
    dialog.trust.update_count()
    assert "cannot be read" in dialog.trust.count.text()
    dialog.save()
    assert Settings.load().trusted_certificates == str(folder)
