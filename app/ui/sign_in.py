"""Signing in: the first administrator of a new database, the sign-in dialog, the password
change an administrator's reset requires, and the shared database's own password.

Each dialog runs its service in the background and stays open with the service's message when
it is refused (wrong password, lock-out, weak password), so nothing typed is lost."""

import getpass
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
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

from app.db import Database, describe_url
from app.errors import DomainError
from app.services import users
from app.services.permissions import Actor
from app.services.uow import UnitOfWork
from app.ui import state
from app.ui.context import AppContext
from app.ui.errors import domain_message, field_message, show_error
from app.ui.workers import run_task

log = logging.getLogger(__name__)
REMEMBERED_USER = "sign_in/username"
ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"
HINT_STYLE = "color: palette(placeholder-text);"


def _password_edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(placeholderText=placeholder)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)
    return edit


class NewPassword(QWidget):
    """A new password typed twice, with its strength judged as it is typed (the service's rule,
    `password_problem`, so the dialog never accepts what the service would refuse)."""

    def __init__(self, username: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = username
        self.first = _password_edit(self.tr("At least 10 characters"))
        self.second = _password_edit()
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("New password"), self.first)
        form.addRow(self.tr("Repeat it"), self.second)
        form.addRow("", self.verdict)
        self.first.textChanged.connect(self.update_verdict)
        self.second.textChanged.connect(self.update_verdict)
        self.update_verdict()

    def password(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """What is wrong with the two fields, or None."""
        found = users.password_problem(self.first.text(), self.username())
        if found:
            return field_message(found)
        if self.first.text() != self.second.text():
            return self.tr("The two passwords differ.")
        return None

    def update_verdict(self, *_args: Any) -> None:
        if not self.first.text():
            self.verdict.setStyleSheet(HINT_STYLE)
            self.verdict.setText(
                self.tr("Mix letters, digits or signs; a short sentence is easy to remember.")
            )
            return
        problem = self.problem()
        self.verdict.setStyleSheet(ERROR_STYLE if problem else OK_STYLE)
        self.verdict.setText(problem or self.tr("Good: this password will do."))

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


class ServiceDialog(QDialog):
    """A small form whose main button runs a service in the background. Refused: the message
    appears in the dialog, which stays open; done: `result_value` holds what it returned."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.result_value: Any = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(self.intro)
        self.main_layout.addLayout(self.form)
        self.main_layout.addWidget(self.message)
        self.main_layout.addStretch(1)
        self.main_layout.addWidget(self.buttons)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def check(self) -> str | None:
        """A problem to show before anything is sent to the service (empty field…)."""
        return None

    def work(self) -> Callable[[], Any]:
        """The call to run in the background; it captures plain values, no widget."""
        raise NotImplementedError

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def submit(self) -> None:
        problem = self.check()
        if problem:
            self.show_message(problem)
            return
        self.show_message("")
        self._set_busy(True)
        run_task(self.work(), self._done, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _done(self, value: Any) -> None:
        self._set_busy(False)
        self.result_value = value
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, DomainError):
            self.show_message(domain_message(exc))
            self.refused()
        else:
            show_error(self, exc)

    def refused(self) -> None:
        """After a refusal (subclasses clear a password field)."""


# -- signing in -----------------------------------------------------------------------------------


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return ""


def remembered_user() -> str:
    value = state.view_state().value(REMEMBERED_USER, "")
    return value if isinstance(value, str) else ""


def remember_user(username: str) -> None:
    state.view_state().setValue(REMEMBERED_USER, username)


def prefilled_user(given: str) -> str:
    """The name given with --user wins; the default (the login name) yields to the name used
    at the last sign-in on this computer."""
    if given and given != _login_name():
        return given
    return remembered_user() or given


class SignInDialog(ServiceDialog):
    def __init__(self, db: Database, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sign in to Helix"), self.tr("Sign in"), parent)
        self.db = db
        heading = QLabel(self.tr("Helix"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        self.set_intro(self.tr("Database: {database}").format(database=db.display_name))
        self.intro.setStyleSheet(HINT_STYLE)
        self.main_layout.insertWidget(0, heading)
        self.username = QLineEdit(username)
        self.username.setMaxLength(100)
        self.password = _password_edit()
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Password"), self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        (self.password if username else self.username).setFocus()

    def check(self) -> str | None:
        if not self.username.text().strip():
            return self.tr("Enter your user name.")
        if not self.password.text():
            return self.tr("Enter your password.")
        return None

    def work(self) -> Callable[[], Actor]:
        db, name, password = self.db, self.username.text().strip(), self.password.text()
        return lambda: _authenticate(db, name, password)

    def refused(self) -> None:
        self.password.clear()
        self.password.setFocus()

    def _done(self, value: Any) -> None:
        remember_user(self.username.text().strip())
        super()._done(value)

    @classmethod
    def ask(cls, parent: QWidget | None, db: Database, username: str = "") -> Actor | None:
        dialog = cls(db, username, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


def _authenticate(db: Database, username: str, password: str) -> Actor:
    with UnitOfWork(db) as uow:  # authenticate commits by itself (failed attempts count)
        return users.authenticate(uow, username, password)


class FirstAdminDialog(ServiceDialog):
    """A database without users: whoever sets Helix up creates its first administrator."""

    def __init__(self, db: Database, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Create the first administrator"), self.tr("Create and sign in"), parent
        )
        self.db = db
        self.set_intro(
            self.tr(
                "The database {database} has no users yet. Create the first administrator: the "
                "account that adds everyone else and decides their roles."
            ).format(database=db.display_name)
        )
        self.username = QLineEdit(username)
        self.username.setMaxLength(100)
        self.username.setPlaceholderText(self.tr("Letters, digits, . _ - @; no spaces"))
        self.display_name = QLineEdit()
        self.display_name.setMaxLength(200)
        self.display_name.setPlaceholderText(self.tr("e.g. 李娜"))
        self.new_password = NewPassword(lambda: self.username.text())
        self.username.textChanged.connect(self.new_password.update_verdict)
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Display name"), self.display_name)
        self.form.addRow(self.new_password)

    def check(self) -> str | None:
        if not self.username.text().strip():
            return self.tr("Enter a user name.")
        return self.new_password.problem()

    def work(self) -> Callable[[], Actor]:
        db = self.db
        name, password = self.username.text().strip(), self.new_password.password()
        display = self.display_name.text()

        def create() -> Actor:
            with UnitOfWork(db) as uow:
                actor = users.create_first_admin(uow, name, password, display)
                uow.commit()
                return actor

        return create

    @classmethod
    def ask(cls, parent: QWidget | None, db: Database, username: str = "") -> Actor | None:
        dialog = cls(db, username, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class ChangePasswordDialog(ServiceDialog):
    """The signed-in user chooses a new password (required after an administrator's reset)."""

    def __init__(self, ctx: AppContext, must: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change my password"), self.tr("Change password"), parent)
        self.ctx = ctx
        if must:
            self.set_intro(
                self.tr(
                    "An administrator set a new password for {user}. Choose your own password "
                    "before you continue."
                ).format(user=ctx.actor.name)
            )
        self.current = _password_edit()
        self.new_password = NewPassword(lambda: ctx.actor.name)
        self.form.addRow(self.tr("Current password"), self.current)
        self.form.addRow(self.new_password)
        if must:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))

    def check(self) -> str | None:
        if not self.current.text():
            return self.tr("Enter your current password.")
        return self.new_password.problem()

    def work(self) -> Callable[[], None]:
        ctx, old, new = self.ctx, self.current.text(), self.new_password.password()
        return lambda: ctx.write(users.change_own_password, ctx.actor, old, new)

    def refused(self) -> None:
        self.current.clear()
        self.current.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext, must: bool = False) -> bool:
        return cls(ctx, must, parent).exec() == QDialog.DialogCode.Accepted


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    demo: bool = False


def sign_in(db: Database, username: str = "") -> SignedIn | None:
    """Who works in this session: the demo user on the demo database, else the first
    administrator of a new database, else whoever signs in (a reset password changed first).
    None when the clerk quit."""
    with UnitOfWork(db) as uow:
        actor = _demo_actor(uow)
        has_users = users.has_users(uow)
    if actor is not None:
        return SignedIn(actor, demo=True)
    if not has_users:
        created = FirstAdminDialog.ask(None, db, prefilled_user(username))
        return SignedIn(created) if created is not None else None
    actor = SignInDialog.ask(None, db, prefilled_user(username))
    if actor is None:
        return None
    with UnitOfWork(db) as uow:
        must = users.must_change_password(uow, actor.name)
    if must and not ChangePasswordDialog.ask(None, AppContext(db, actor), must=True):
        return None
    return SignedIn(actor)


def _demo_actor(uow: UnitOfWork) -> Actor | None:
    """The demo user on the demo database (None elsewhere, or when it was switched off: then
    the demo database asks for a password like any other)."""
    if not users.is_demo_database(uow):
        return None
    try:
        return users.demo_actor(uow)
    except DomainError:
        return None


# -- the shared database's password ---------------------------------------------------------------


@dataclass(frozen=True)
class PasswordAnswer:
    password: str
    remember: bool


class DatabasePasswordDialog(QDialog):
    """The password of the shared database's user, asked when the server wants one."""

    def __init__(
        self,
        url: str,
        reason: str,
        keyring: bool,
        remembered: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password for the shared database"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr("The database server asks for the password of {url}.").format(
                url=describe_url(url)
            )
        )
        intro.setWordWrap(True)
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(ERROR_STYLE)
        self.reason.setVisible(bool(reason))
        self.password = _password_edit()
        self.remember = QCheckBox(self.tr("Remember it in the system keyring"))
        self.remember.setChecked(remembered)
        self.remember.setVisible(keyring)
        self.remember.setToolTip(
            self.tr(
                "Kept by Windows' Credential Manager (or your desktop's keyring), not by Helix."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.reason):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        url: str,
        reason: str = "",
        *,
        keyring: bool = False,
        remembered: bool = False,
    ) -> PasswordAnswer | None:
        dialog = cls(url, reason, keyring, remembered, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return PasswordAnswer(dialog.password.text(), keyring and dialog.remember.isChecked())


__all__ = [
    "ChangePasswordDialog",
    "DatabasePasswordDialog",
    "FirstAdminDialog",
    "NewPassword",
    "PasswordAnswer",
    "SignInDialog",
    "SignedIn",
    "sign_in",
]
