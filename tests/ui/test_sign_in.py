"""Signing in: the right password, a wrong one, the lock-out, the first administrator of a new
database, the demo database without a dialog, a reset password changed first, and the shared
database's own password (asked when the server wants one, kept in the keyring on request)."""

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from app.db import Database, sqlite_url
from app.errors import DatabaseUnavailableError
from app.models import Role
from app.services import credentials, users
from app.services.demo import DEMO_ACTOR, make_demo
from app.services.permissions import Actor
from app.services.uow import UnitOfWork
from app.ui import app as ui_app
from app.ui import sign_in
from app.ui.context import AppContext
from app.ui.sign_in import (
    ChangePasswordDialog,
    DatabasePasswordDialog,
    FirstAdminDialog,
    PasswordAnswer,
    SignInDialog,
)

PASSWORD = "Lotus-blossom-42"
ADMIN = Actor("admin", Role.ADMIN)


def add_user(db: Database, name: str, role: Role = Role.CLERK, **kw: Any) -> None:
    with UnitOfWork(db) as uow:
        if not users.has_users(uow):
            users.create_first_admin(uow, "admin", PASSWORD)
        if name != "admin":
            users.create_user(uow, name, PASSWORD, role, ADMIN, **kw)
        uow.commit()


def answer(monkeypatch: pytest.MonkeyPatch, cls: type, reply: Any) -> list[tuple]:
    asked: list[tuple] = []
    monkeypatch.setattr(cls, "ask", classmethod(lambda _c, *a, **k: asked.append((a, k)) or reply))
    return asked


@pytest.fixture
def dialog(qtbot, sqlite_db: Database) -> SignInDialog:
    add_user(sqlite_db, "wangfang")
    widget = SignInDialog(sqlite_db, "wangfang")
    qtbot.addWidget(widget)
    return widget


def test_the_right_password_signs_in_and_the_name_is_remembered(dialog: SignInDialog) -> None:
    dialog.password.setText(PASSWORD)
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_value == Actor("wangfang", Role.CLERK)
    assert sign_in.remembered_user() == "wangfang"


def test_a_wrong_password_says_so_and_the_dialog_stays(dialog: SignInDialog) -> None:
    dialog.password.setText("not-the-password-1")
    dialog.submit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.text() == "The user name or password is wrong."
    assert not dialog.message.isHidden()
    assert dialog.password.text() == "" and dialog.username.text() == "wangfang"


def test_five_wrong_passwords_lock_the_account_and_say_until_when(dialog: SignInDialog) -> None:
    for _ in range(users.MAX_FAILED_SIGN_INS):
        dialog.password.setText("not-the-password-1")
        dialog.submit()
    assert "locked until" in dialog.message.text()
    assert "5 failed sign-ins" in dialog.message.text()
    dialog.password.setText(PASSWORD)  # even the right password waits for the lock
    dialog.submit()
    assert "locked until" in dialog.message.text()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_empty_fields_are_pointed_out_before_asking_the_database(dialog: SignInDialog) -> None:
    dialog.submit()
    assert dialog.message.text() == "Enter your password."


def test_the_first_administrator_is_created_from_the_dialog(qtbot, sqlite_db: Database) -> None:
    widget = FirstAdminDialog(sqlite_db, "lina")
    qtbot.addWidget(widget)
    widget.display_name.setText("李娜")
    widget.new_password.first.setText("short")
    assert "at least 10 characters" in widget.new_password.verdict.text()
    widget.new_password.first.setText("lina-and-more-99")
    assert "must not contain the user name" in widget.new_password.verdict.text()
    widget.new_password.first.setText(PASSWORD)
    widget.new_password.second.setText(PASSWORD + "x")
    assert widget.new_password.verdict.text() == "The two passwords differ."
    widget.submit()
    assert widget.result() != QDialog.DialogCode.Accepted
    widget.new_password.second.setText(PASSWORD)
    assert widget.new_password.verdict.text() == "Good: this password will do."
    widget.submit()
    assert widget.result_value == Actor("lina", Role.ADMIN)
    with UnitOfWork(sqlite_db) as uow:
        assert users.has_users(uow)
        assert users.authenticate(uow, "lina", PASSWORD) == Actor("lina", Role.ADMIN)


def test_a_new_database_asks_for_its_first_administrator(monkeypatch, sqlite_db) -> None:
    asked = answer(monkeypatch, FirstAdminDialog, ADMIN)
    answer(monkeypatch, SignInDialog, None)
    assert sign_in.sign_in(sqlite_db, "lina") == sign_in.SignedIn(ADMIN)
    assert asked[0][0][1:] == (sqlite_db, "lina")


def test_the_demo_database_signs_in_without_a_dialog(sqlite_db: Database) -> None:
    with UnitOfWork(sqlite_db) as uow:
        make_demo(uow, DEMO_ACTOR, members=5, seed=2)
        uow.commit()
    signed = sign_in.sign_in(sqlite_db, "someone")  # any dialog would fail this test
    assert signed == sign_in.SignedIn(Actor("demo", Role.ADMIN), demo=True)


def test_cancelling_the_sign_in_quits(monkeypatch, sqlite_db) -> None:
    add_user(sqlite_db, "wangfang")
    answer(monkeypatch, SignInDialog, None)
    assert sign_in.sign_in(sqlite_db, "wangfang") is None


def test_run_gui_ends_when_the_sign_in_is_cancelled(monkeypatch, tmp_path) -> None:
    import sys

    url = sqlite_url(tmp_path / "office.sqlite")
    db = Database.open(url)
    add_user(db, "wangfang")
    db.dispose()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    asked = answer(monkeypatch, SignInDialog, None)
    assert ui_app.run_gui(url, "wangfang") == 0
    assert asked[0][0][2] == "wangfang"  # --user pre-fills the user name


def test_a_reset_password_is_changed_before_the_main_window(monkeypatch, sqlite_db) -> None:
    add_user(sqlite_db, "wangfang", must_change_password=True)
    clerk = Actor("wangfang", Role.CLERK)
    answer(monkeypatch, SignInDialog, clerk)
    changes = answer(monkeypatch, ChangePasswordDialog, True)
    assert sign_in.sign_in(sqlite_db, "wangfang") == sign_in.SignedIn(clerk)
    assert changes and changes[0][1] == {"must": True}
    answer(monkeypatch, ChangePasswordDialog, False)
    assert sign_in.sign_in(sqlite_db, "wangfang") is None  # Quit there quits Helix


def test_changing_my_password(qtbot, sqlite_db) -> None:
    add_user(sqlite_db, "wangfang")
    ctx = AppContext(sqlite_db, Actor("wangfang", Role.CLERK))
    widget = ChangePasswordDialog(ctx)
    qtbot.addWidget(widget)
    widget.current.setText("wrong-password-1")
    widget.new_password.first.setText("Another-good-one-7")
    widget.new_password.second.setText("Another-good-one-7")
    widget.submit()
    assert "current password is wrong" in widget.message.text()
    assert widget.current.text() == ""
    widget.current.setText(PASSWORD)
    widget.submit()
    assert widget.result() == QDialog.DialogCode.Accepted
    with UnitOfWork(sqlite_db) as uow:
        assert users.authenticate(uow, "wangfang", "Another-good-one-7").name == "wangfang"


def test_the_given_user_name_wins_over_the_remembered_one(monkeypatch) -> None:
    monkeypatch.setattr(sign_in, "_login_name", lambda: "login")
    sign_in.remember_user("wangfang")
    assert sign_in.prefilled_user("login") == "wangfang"
    assert sign_in.prefilled_user("lina") == "lina"


# -- the shared database's password ----------------------------------------------------------------

PG = "postgresql+psycopg://clerk@db.office.local:5432/helix"


def refuse_then_open(monkeypatch, refusals: int, reason: str) -> list[str]:
    """Database.open fails `refusals` times as a server refusing the password would."""
    tried: list[str] = []

    class Opened:
        url = ""

    def fake_open(cls: type, url: str, **_kw: Any) -> Any:
        tried.append(url)
        if len(tried) <= refusals:
            error = DatabaseUnavailableError(
                "Helix could not open the database {url}: {reason}.", url="x", reason=reason
            )
            raise error
        opened = Opened()
        opened.url = url
        return opened

    monkeypatch.setattr(Database, "open", classmethod(fake_open))
    return tried


def test_the_shared_database_password_is_asked_and_kept_on_request(monkeypatch) -> None:
    tried = refuse_then_open(
        monkeypatch, 1, 'FATAL: password authentication failed for user "clerk"'
    )
    saved: list[tuple[str, str]] = []
    monkeypatch.setattr(credentials, "load_password", lambda _url: None)
    monkeypatch.setattr(credentials, "keyring_available", lambda: True)
    monkeypatch.setattr(credentials, "save_password", lambda url, pw: saved.append((url, pw)))
    asked = answer(monkeypatch, DatabasePasswordDialog, PasswordAnswer("s3cret", True))
    db = ui_app.open_database(PG)
    assert db is not None and credentials.split_password(db.url)[1] == "s3cret"
    assert tried[0] == PG
    assert asked[0][1]["keyring"] is True
    assert saved == [(PG, "s3cret")]


def test_a_password_in_the_keyring_is_used_without_asking(monkeypatch) -> None:
    tried = refuse_then_open(monkeypatch, 0, "")
    monkeypatch.setattr(credentials, "load_password", lambda _url: "kept")
    answer(monkeypatch, DatabasePasswordDialog, None)
    db = ui_app.open_database(PG)
    assert db is not None
    assert credentials.split_password(tried[0]) == (PG, "kept")


def test_cancelling_the_password_question_opens_nothing(monkeypatch) -> None:
    refuse_then_open(monkeypatch, 5, "fe_sendauth: no password supplied")
    monkeypatch.setattr(credentials, "load_password", lambda _url: None)
    answer(monkeypatch, DatabasePasswordDialog, None)
    assert ui_app.open_database(PG) is None


def test_the_password_dialog_offers_the_keyring_only_where_there_is_one(qtbot) -> None:
    with_keyring = DatabasePasswordDialog(PG, "", keyring=True, remembered=False)
    without = DatabasePasswordDialog(PG, "", keyring=False, remembered=False)
    qtbot.addWidget(with_keyring)
    qtbot.addWidget(without)
    assert not with_keyring.remember.isHidden()
    assert without.remember.isHidden()


def test_a_demo_database_whose_demo_user_is_off_asks_for_a_password(monkeypatch, sqlite_db):
    with UnitOfWork(sqlite_db) as uow:
        make_demo(uow, DEMO_ACTOR, members=3, seed=2)
        users.create_user(uow, "lina", PASSWORD, Role.ADMIN, DEMO_ACTOR)
        uow.commit()
    with UnitOfWork(sqlite_db) as uow:
        users.set_active(uow, "demo", False, Actor("lina", Role.ADMIN))
        uow.commit()
    asked = answer(monkeypatch, SignInDialog, None)
    assert sign_in.sign_in(sqlite_db, "lina") is None
    assert len(asked) == 1
