"""What the clerk sees when something goes wrong, and the start-up path."""

import logging
import sys

import pytest
from PySide6.QtCore import QLocale

from app.db import sqlite_url
from app.errors import DomainError, ValidationError
from app.logs import log_file
from app.ui import app as ui_app
from app.ui.errors import domain_message, install_exception_hook, show_error
from app.ui.prompts import StartupFailure


def test_a_domain_error_shows_its_own_sentence(messages) -> None:
    show_error(None, DomainError("“{name}” is already archived.", name="北京大学"))
    assert messages == ["“北京大学” is already archived."]


def test_a_validation_error_lists_each_field(messages) -> None:
    show_error(None, ValidationError({"name": "Enter a name.", "website": "Bad site."}))
    assert "• Enter a name." in messages[0] and "• Bad site." in messages[0]


def test_an_unexpected_error_points_to_the_log_and_hides_the_traceback(messages, caplog) -> None:
    try:
        raise KeyError("internal detail")
    except KeyError as exc:
        with caplog.at_level(logging.ERROR):
            show_error(None, exc)
    assert "Something went wrong" in messages[0]
    assert str(log_file()) in messages[0]
    assert "internal detail" not in messages[0] and "Traceback" not in messages[0]
    assert caplog.records[-1].exc_info is not None


def test_a_template_is_filled_after_translation() -> None:
    exc = DomainError("An alliance called “{name}” already exists.", name="甲联盟")
    assert domain_message(exc) == "An alliance called “甲联盟” already exists."


def test_the_exception_hook_shows_the_short_message(messages, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_exception_hook()
    try:
        raise RuntimeError("slot crashed")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert len(messages) == 1 and "Something went wrong" in messages[0]


def test_translators_install_without_translation_files(qapp) -> None:
    previous = QLocale()
    try:
        ui_app.install_translators(qapp, "zh_CN")
        assert QLocale().language() == QLocale.Language.Chinese
    finally:
        QLocale.setDefault(previous)
        for translator in qapp.findChildren(ui_app.QTranslator):
            qapp.removeTranslator(translator)


def test_a_database_that_cannot_be_opened_offers_settings_or_quit(monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        StartupFailure, "ask", classmethod(lambda _c, _p, message: asked.append(message) or "quit")
    )
    assert ui_app.open_database("mysql://clerk@server/helix") is None
    assert "not with mysql" in asked[0]


def test_run_gui_returns_1_when_the_clerk_quits_at_the_database_message(monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(StartupFailure, "ask", classmethod(lambda _c, _p, _m: "quit"))
    assert ui_app.run_gui("mysql://clerk@server/helix", "test-clerk") == 1


def test_picking_another_database_in_settings_opens_it(monkeypatch, tmp_path) -> None:
    from app.settings import Settings
    from app.ui.settings_dialog import SettingsDialog

    good = sqlite_url(tmp_path / "good.sqlite")

    def choose(_cls, _parent, _url, restart_note: bool = True) -> bool:
        assert not restart_note
        Settings(database_url=good).save()
        return True

    monkeypatch.setattr(StartupFailure, "ask", classmethod(lambda _c, _p, _m: "settings"))
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(choose))
    try:
        db = ui_app.open_database("mysql://clerk@server/helix")
        assert db is not None and db.url == good
        db.dispose()
    finally:
        Settings.path().unlink(missing_ok=True)


@pytest.mark.parametrize("language", ["", "en"])
def test_ui_locale_follows_the_setting_or_the_system(language: str) -> None:
    locale = ui_app.ui_locale(language)
    expected = QLocale.system().name() if not language else QLocale("en").name()
    assert locale.name() == expected


def test_the_demo_database_is_filled_once(ctx) -> None:
    from app.services.member_search import MemberQuery, count_members

    assert ui_app.fill_demo(ctx)
    first = ctx.read(count_members, MemberQuery(include_archived=True))
    assert first > 0
    assert ui_app.fill_demo(ctx)
    assert ctx.read(count_members, MemberQuery(include_archived=True)) == first
