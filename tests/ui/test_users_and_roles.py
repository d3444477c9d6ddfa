"""Who sees what: the Users screen for administrators only, the Audit trail for supervisors and
administrators, read-only forms for viewers; and the Users screen's work."""

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from app.errors import DomainError
from app.models import Role
from app.services import users
from app.services.permissions import Actor
from app.services.uow import UnitOfWork
from app.ui import labels
from app.ui.alliances.screen import AlliancesScreen
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.prompts import Confirm
from app.ui.registry.screen import RegistryScreen
from app.ui.users import AddUserDialog, ResetPasswordDialog, RoleDialog, UsersScreen

PASSWORD = "Lotus-blossom-42"
ADMIN = Actor("admin", Role.ADMIN)


def answer(monkeypatch: pytest.MonkeyPatch, cls: type, reply: Any) -> list[tuple]:
    asked: list[tuple] = []
    monkeypatch.setattr(cls, "ask", classmethod(lambda _c, *a, **k: asked.append(a) or reply))
    return asked


@pytest.fixture
def admin_ctx(sqlite_db) -> AppContext:
    with UnitOfWork(sqlite_db) as uow:
        users.create_first_admin(uow, "admin", PASSWORD, "管理员")
        users.create_user(uow, "wangfang", PASSWORD, Role.CLERK, ADMIN, "王芳")
        uow.commit()
    return AppContext(sqlite_db, ADMIN)


def window_for(qtbot, sqlite_db, role: Role) -> MainWindow:
    window = MainWindow(AppContext(sqlite_db, Actor(f"a-{role.value}", role)))
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize(
    ("role", "screens"),
    [
        (
            Role.VIEWER,
            [
                "home",
                "registry",
                "alliances",
                "listings",
                "matching",
                "matches",
                "contracts",
                "projects",
                "reports",
                "conflicts",
            ],
        ),
        (
            Role.CLERK,
            [
                "home",
                "registry",
                "alliances",
                "listings",
                "matching",
                "matches",
                "contracts",
                "projects",
                "reports",
                "conflicts",
            ],
        ),
        (
            Role.SUPERVISOR,
            [
                "home",
                "registry",
                "alliances",
                "listings",
                "verification",
                "matching",
                "matches",
                "contracts",
                "projects",
                "reports",
                "conflicts",
                "audit",
            ],
        ),
        (
            Role.ADMIN,
            [
                "home",
                "registry",
                "alliances",
                "listings",
                "verification",
                "matching",
                "matches",
                "contracts",
                "projects",
                "reports",
                "conflicts",
                "audit",
                "users",
            ],
        ),
    ],
)
def test_screens_are_offered_by_role(qtbot, sqlite_db, role: Role, screens: list[str]) -> None:
    window = window_for(qtbot, sqlite_db, role)
    assert [s.key for s in window.specs] == screens
    assert window.nav.count() == len(screens)


def test_backup_and_restore_menu_items_follow_the_role(qtbot, sqlite_db) -> None:
    clerk = window_for(qtbot, sqlite_db, Role.CLERK)
    supervisor = window_for(qtbot, sqlite_db, Role.SUPERVISOR)
    admin = window_for(qtbot, sqlite_db, Role.ADMIN)
    assert not clerk.backup_action.isVisible() and not clerk.restore_action.isVisible()
    assert supervisor.backup_action.isVisible() and not supervisor.restore_action.isVisible()
    assert admin.backup_action.isVisible() and admin.restore_action.isVisible()


def test_status_bar_names_the_user_and_role(qtbot, sqlite_db) -> None:
    window = window_for(qtbot, sqlite_db, Role.SUPERVISOR)
    texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert "Signed in as a-supervisor (Supervisor)" in texts


def test_a_viewer_sees_a_read_only_member_form(qtbot, sqlite_db, add_member) -> None:
    add_member("宁波舟山港集团有限公司")
    screen = RegistryScreen(AppContext(sqlite_db, Actor("reader", Role.VIEWER)))
    qtbot.addWidget(screen)
    screen.table.selectRow(0)
    form = screen.form
    assert form.data().name == "宁波舟山港集团有限公司"
    assert all(edit.isReadOnly() for edit in form.lines.values())
    assert form.description.isReadOnly()
    assert not form.kind.isEnabled() and not form.status.isEnabled()
    assert not form.save_action.isEnabled() and not form.save_action.isVisible()
    assert not form.archive_action.isEnabled()
    assert form.contacts.add_button.isHidden()
    assert not screen.new_action.isEnabled()
    assert not form.read_only_note.isHidden()
    assert "signed in as Viewer" in form.read_only_note.text()
    form.save()  # even called directly, nothing is written
    assert not form.is_busy()


def test_a_viewer_sees_a_read_only_alliance_form(qtbot, sqlite_db, ctx) -> None:
    from app.services import alliances
    from app.services.alliances import AllianceData

    detail = ctx.write(alliances.create_alliance, AllianceData(name="长三角联盟"), ctx.actor)
    screen = AlliancesScreen(AppContext(sqlite_db, Actor("reader", Role.VIEWER)))
    qtbot.addWidget(screen)
    screen.open_alliance(detail.id)
    assert screen.form.name.isReadOnly() and screen.form.name.text() == "长三角联盟"
    assert screen.form.add_button.isHidden() and screen.form.lead_button.isHidden()
    assert not screen.form.save_action.isEnabled()
    assert not screen.new_action.isEnabled()


def test_a_refused_service_is_shown_as_a_message(qtbot, ctx, messages) -> None:
    screen = UsersScreen(ctx)  # a clerk reaching it anyway: the service refuses
    qtbot.addWidget(screen)
    assert len(messages) == 1
    assert "test-clerk is signed in as clerk and may not manage users" in messages[0]


# -- the Users screen ------------------------------------------------------------------------------


@pytest.fixture
def screen(qtbot, admin_ctx) -> UsersScreen:
    widget = UsersScreen(admin_ctx)
    qtbot.addWidget(widget)
    return widget


def column(screen: UsersScreen, name: str, col: int) -> str:
    row = [r.username for r in screen.model.rows].index(name)
    return screen.model.data(screen.model.index(row, col))


def test_the_list_shows_every_user_with_role_and_last_sign_in(screen, admin_ctx) -> None:
    moment = datetime(2026, 11, 28, 2, 3, tzinfo=UTC)
    with UnitOfWork(admin_ctx.db) as uow:
        users.authenticate(uow, "wangfang", PASSWORD, now=lambda: moment)
    screen.refresh()
    assert [r.username for r in screen.model.rows] == ["admin", "wangfang"]
    assert column(screen, "wangfang", 1) == "王芳"
    assert column(screen, "wangfang", 2) == "Clerk"
    assert column(screen, "wangfang", 3) == "Yes"
    assert column(screen, "wangfang", 5) == labels.medium_datetime(moment)
    assert column(screen, "admin", 5) == "Never"
    assert screen.summary.text() == "2 users, 2 of them active"


def test_adding_a_user(screen, admin_ctx, qtbot) -> None:
    dialog = AddUserDialog(admin_ctx)
    qtbot.addWidget(dialog)
    dialog.username.setText("wangfang")
    dialog.new_password.first.setText(PASSWORD)
    dialog.new_password.second.setText(PASSWORD)
    dialog.submit()
    assert "already a user called “wangfang”" in dialog.message.text()
    dialog.username.setText("zhaolei")
    dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_value.role == "supervisor"
    with UnitOfWork(admin_ctx.db) as uow:
        assert users.must_change_password(uow, "zhaolei")


def test_add_user_action_shows_the_new_user(screen, monkeypatch, admin_ctx) -> None:
    created = admin_ctx.write(users.create_user, "zhaolei", PASSWORD, Role.VIEWER, ADMIN)
    answer(monkeypatch, AddUserDialog, created)
    screen.add_action.trigger()
    assert screen.selected().username == "zhaolei"
    assert column(screen, "zhaolei", 2) == "Viewer"


def test_resetting_a_password(screen, admin_ctx, qtbot) -> None:
    screen.select("wangfang")
    dialog = ResetPasswordDialog(admin_ctx, screen.selected())
    qtbot.addWidget(dialog)
    dialog.new_password.first.setText("Fresh-start-2027")
    dialog.new_password.second.setText("Fresh-start-2027")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with UnitOfWork(admin_ctx.db) as uow:
        assert users.must_change_password(uow, "wangfang")
        assert users.authenticate(uow, "wangfang", "Fresh-start-2027").name == "wangfang"


def test_changing_a_role(screen, monkeypatch) -> None:
    screen.select("wangfang")
    answer(monkeypatch, RoleDialog, "supervisor")
    screen.role_action.trigger()
    assert column(screen, "wangfang", 2) == "Supervisor"


def test_switching_an_account_off_and_on(screen, monkeypatch) -> None:
    screen.select("wangfang")
    asked = answer(monkeypatch, Confirm, True)
    screen.active_action.trigger()
    assert len(asked) == 1 and "wangfang" in asked[0][2]
    assert column(screen, "wangfang", 3) == "Switched off"
    assert screen.active_action.text().replace("&", "") == "Switch on"
    screen.active_action.trigger()  # switching on asks nothing
    assert len(asked) == 1
    assert column(screen, "wangfang", 3) == "Yes"


def test_switching_myself_off_is_refused_with_the_reason(screen, monkeypatch, messages) -> None:
    screen.select("admin")
    answer(monkeypatch, Confirm, True)
    screen.active_action.trigger()
    assert messages == ["You cannot switch off your own account; ask another administrator."]
    assert column(screen, "admin", 3) == "Yes"


def test_unlocking_a_locked_account(screen, admin_ctx) -> None:
    for _ in range(users.MAX_FAILED_SIGN_INS):
        with UnitOfWork(admin_ctx.db) as uow, pytest.raises(DomainError):
            users.authenticate(uow, "wangfang", "wrong-password-1")
    screen.refresh()
    screen.select("wangfang")
    assert column(screen, "wangfang", 4) == "Locked"
    assert screen.unlock_action.isEnabled()
    screen.unlock_action.trigger()
    assert column(screen, "wangfang", 4) == ""
    assert not screen.unlock_action.isEnabled()


def test_change_my_password_is_in_the_file_menu_but_not_on_the_demo(qtbot, sqlite_db, monkeypatch):
    from app.ui.sign_in import ChangePasswordDialog

    window = window_for(qtbot, sqlite_db, Role.CLERK)
    assert window.password_action.isVisible()
    answer(monkeypatch, ChangePasswordDialog, True)
    window.password_action.trigger()
    assert window.statusBar().currentMessage() == "Your password was changed."
    demo = MainWindow(AppContext(sqlite_db, Actor("demo", Role.ADMIN), demo=True))
    qtbot.addWidget(demo)
    assert not demo.password_action.isVisible()
