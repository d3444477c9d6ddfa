"""The Users screen (administrators): who may sign in, in which role; add a user, reset a
password, change a role, switch an account off or on, lift a lock-out."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Role
from app.services import users
from app.services.permissions import Action, may
from app.services.users import UserRow
from app.ui import labels, state
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.prompts import Confirm
from app.ui.sign_in import NewPassword, ServiceDialog
from app.ui.tables import RowsModel, read_only_table
from app.ui.workers import run_task

STATE_KEY = "users"
ROLE_ORDER = (Role.VIEWER, Role.CLERK, Role.SUPERVISOR, Role.ADMIN)
INACTIVE_COLOR, LOCKED_COLOR = QColor("#808080"), QColor("#b00020")


class UserListModel(RowsModel):
    CONTEXT = "UserListModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("UserListModel", "User name"),
        QT_TRANSLATE_NOOP("UserListModel", "Display name"),
        QT_TRANSLATE_NOOP("UserListModel", "Role"),
        QT_TRANSLATE_NOOP("UserListModel", "Active"),
        QT_TRANSLATE_NOOP("UserListModel", "Locked"),
        QT_TRANSLATE_NOOP("UserListModel", "Last sign-in"),
    )

    def cell(self, row: UserRow, column: int) -> str:
        tr = self.tr
        values = [
            row.username,
            row.display_name,
            labels.user_role_label(row.role),
            tr("Yes") if row.active else tr("Switched off"),
            tr("Locked") if row.locked else "",
            labels.medium_datetime(row.last_sign_in_at) if row.last_sign_in_at else tr("Never"),
        ]
        return values[column]

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.rows[index.row()]
            if not row.active:
                return INACTIVE_COLOR
            if row.locked and index.column() == 4:
                return LOCKED_COLOR
        return super().data(index, role)


def _role_combo(current: str = Role.CLERK.value) -> QComboBox:
    combo = QComboBox()
    for role in ROLE_ORDER:
        combo.addItem(labels.user_role_label(role.value), role.value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


ROLE_HELP = QT_TRANSLATE_NOOP(
    "UsersScreen",
    "Viewer: reads everything, changes nothing. Clerk: the everyday work. Supervisor: also "
    "imports, backups and the audit trail. Administrator: also users, restores and settings.",
)


class AddUserDialog(ServiceDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a user"), self.tr("Add user"), parent)
        self.ctx = ctx
        self.username = QLineEdit(placeholderText=self.tr("Letters, digits, . _ - @; no spaces"))
        self.username.setMaxLength(100)
        self.display_name = QLineEdit(placeholderText=self.tr("e.g. 王芳"))
        self.display_name.setMaxLength(200)
        self.role = _role_combo()
        role_help = QLabel(QCoreApplication.translate("UsersScreen", ROLE_HELP))
        role_help.setWordWrap(True)
        role_help.setStyleSheet("color: palette(placeholder-text);")
        self.new_password = NewPassword(lambda: self.username.text())
        self.username.textChanged.connect(self.new_password.update_verdict)
        self.must_change = QCheckBox(
            self.tr("The user chooses their own password at first sign-in")
        )
        self.must_change.setChecked(True)
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Display name"), self.display_name)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow("", role_help)
        self.form.addRow(self.new_password)
        self.form.addRow("", self.must_change)

    def check(self) -> str | None:
        if not self.username.text().strip():
            return self.tr("Enter a user name.")
        return self.new_password.problem()

    def work(self) -> Callable[[], UserRow]:
        ctx = self.ctx
        name, password = self.username.text().strip(), self.new_password.password()
        display, role = self.display_name.text(), Role(self.role.currentData())
        must = self.must_change.isChecked()
        return lambda: ctx.write(
            users.create_user, name, password, role, ctx.actor, display, must_change_password=must
        )

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext) -> UserRow | None:
        dialog = cls(ctx, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class ResetPasswordDialog(ServiceDialog):
    def __init__(self, ctx: AppContext, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reset password"), self.tr("Set password"), parent)
        self.ctx, self.user = ctx, user
        self.set_intro(
            self.tr(
                "A new password for {user}. Tell it to them in person; they choose their own at "
                "the next sign-in. A lock-out is lifted too."
            ).format(user=user.username)
        )
        self.new_password = NewPassword(lambda: user.username)
        self.form.addRow(self.new_password)

    def check(self) -> str | None:
        return self.new_password.problem()

    def work(self) -> Callable[[], None]:
        ctx, name, password = self.ctx, self.user.username, self.new_password.password()
        return lambda: ctx.write(users.reset_password, name, password, ctx.actor)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext, user: UserRow) -> bool:
        return cls(ctx, user, parent).exec() == QDialog.DialogCode.Accepted


class RoleDialog(QDialog):
    """Pick a role for a user."""

    def __init__(self, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change role"))
        self.role = _role_combo(user.role)
        role_help = QLabel(QCoreApplication.translate("UsersScreen", ROLE_HELP))
        role_help.setWordWrap(True)
        role_help.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout()
        form.addRow(self.tr("Role of {user}").format(user=user.username), self.role)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(role_help)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    @classmethod
    def ask(cls, parent: QWidget | None, user: UserRow) -> str | None:
        dialog = cls(user, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return str(dialog.role.currentData())


class UsersScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = UserListModel(self)
        self.table = read_only_table(self.model, stretch=5)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 16 * self.fontMetrics().horizontalAdvance("中"))
        self.table.doubleClicked.connect(lambda _i: self.change_role())
        self._make_actions()
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.add_action)
        toolbar.addSeparator()
        for action in (
            self.reset_action,
            self.role_action,
            self.active_action,
            self.unlock_action,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: palette(placeholder-text);")
        body = QVBoxLayout()
        body.setContentsMargins(8, 8, 8, 8)
        body.addWidget(self.table, 1)
        body.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(toolbar)
        layout.addLayout(body, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_actions())
        state.restore_header(STATE_KEY, self.table.horizontalHeader())
        self.refresh()

    def _action(self, text: str, tip: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.add_action = self._action(
            self.tr("&Add user…"), self.tr("Create an account (Ctrl+N)"), self.add_user
        )
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.reset_action = self._action(
            self.tr("&Reset password…"),
            self.tr("Set a new password; the user chooses their own at the next sign-in"),
            self.reset_password,
        )
        self.role_action = self._action(
            self.tr("Change &role…"), self.tr("Change what the user may do"), self.change_role
        )
        self.active_action = self._action(
            self.tr("Switch &off"), self.tr("The account can no longer sign in"), self.toggle_active
        )
        self.unlock_action = self._action(
            self.tr("&Unlock"),
            self.tr("Lift the lock-out after too many wrong passwords"),
            self.unlock,
        )
        self.refresh_action = self._action(
            self.tr("Re&fresh"), self.tr("Load the list again (F5)"), self.refresh
        )
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))

    # -- the list -----------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected()
        try:
            rows = self.ctx.read(users.list_users, self.ctx.actor)
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.select(selected.username if selected else None)
        if self.selected() is None and rows:
            self.table.selectRow(0)
        active = sum(1 for r in rows if r.active)
        self.summary.setText(
            self.tr("{count} users, {active} of them active").format(
                count=labels.number(len(rows)), active=labels.number(active)
            )
        )
        self._update_actions()

    def activate(self) -> None:
        self.refresh()

    def selected(self) -> UserRow | None:
        index = self.table.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def select(self, username: str | None) -> None:
        for row, user in enumerate(self.model.rows):
            if user.username == username:
                self.table.selectRow(row)
                return
        self.table.clearSelection()

    def _update_actions(self) -> None:
        user = self.selected()
        allowed = may(self.ctx.actor, Action.MANAGE_USERS)
        self.add_action.setEnabled(allowed)
        for action in (self.reset_action, self.role_action, self.active_action):
            action.setEnabled(allowed and user is not None)
        self.unlock_action.setEnabled(allowed and user is not None and user.locked)
        on = user is None or user.active
        self.active_action.setText(self.tr("Switch &off") if on else self.tr("Switch &on"))
        self.active_action.setToolTip(
            self.tr("The account can no longer sign in; its history stays")
            if on
            else self.tr("The account can sign in again")
        )

    # -- changes ------------------------------------------------------------------------------

    def _change(self, username: str, service: Callable[..., Any], *args: Any) -> None:
        """Run a user service in the background; the list follows, refusals are shown."""
        ctx = self.ctx
        run_task(
            lambda: ctx.write(service, username, *args, ctx.actor),
            lambda _result: self._changed(username),
            lambda exc: show_error(self, exc),
        )

    def _changed(self, username: str) -> None:
        self.refresh()
        self.select(username)

    def add_user(self) -> None:
        created = AddUserDialog.ask(self, self.ctx)
        if created is not None:
            self._changed(created.username)

    def reset_password(self) -> None:
        user = self.selected()
        if user is not None and ResetPasswordDialog.ask(self, self.ctx, user):
            self._changed(user.username)

    def change_role(self) -> None:
        user = self.selected()
        if user is None or not self.role_action.isEnabled():
            return
        role = RoleDialog.ask(self, user)
        if role is not None and role != user.role:
            self._change(user.username, users.set_role, Role(role))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.active and not Confirm.ask(
            self,
            self.tr("Switch off account"),
            self.tr(
                "Switch off the account {user}? They can no longer sign in; everything they did "
                "stays in the history. You can switch it on again."
            ).format(user=user.username),
            self.tr("Switch off"),
        ):
            return
        self._change(user.username, users.set_active, not user.active)

    def unlock(self) -> None:
        user = self.selected()
        if user is not None:
            self._change(user.username, users.unlock_user)

    def save_state(self) -> None:
        state.save_header(STATE_KEY, self.table.horizontalHeader())
