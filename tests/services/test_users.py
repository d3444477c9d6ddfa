"""Users: password rules, hashing, sign-in with lock-out, roles and the last administrator."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import select, text

from app.db import Database
from app.errors import DomainError, NotFoundError
from app.models import Role, User
from app.services import users
from app.services.demo import make_demo
from app.services.permissions import Actor, PermissionDeniedError
from app.services.uow import UnitOfWork, stale_record

ADMIN_PASSWORD = "Tr0ub4dor&3x"
CLERK_PASSWORD = "清华大学-2026-spring"
ALICE = Actor("alice", Role.ADMIN)


class Clock:
    """A clock that stands still until the test moves it."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


def run(db: Database, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call a service in its own unit of work and commit."""
    with UnitOfWork(db) as uow:
        result = fn(uow, *args, **kwargs)
        uow.commit()
    return result


def sign_in(db: Database, name: str, password: str, now: Clock | None = None) -> Actor:
    with UnitOfWork(db) as uow:  # never committed here: authenticate saves what it must
        return users.authenticate(uow, name, password, **({"now": now} if now else {}))


def user(db: Database, name: str) -> SimpleNamespace:
    """The user's row as stored (plain values, read in a unit of work of its own)."""
    with UnitOfWork(db) as uow:
        found = uow.session.scalar(select(User).where(User.username == name))
        assert found is not None
        return SimpleNamespace(**{c.key: getattr(found, c.key) for c in User.__mapper__.columns})


@pytest.fixture
def office(sqlite_db: Database) -> Database:
    """alice (the first administrator) and bob (a clerk)."""
    run(sqlite_db, users.create_first_admin, "alice", ADMIN_PASSWORD, "Alice Zhang")
    run(sqlite_db, users.create_user, "bob", CLERK_PASSWORD, Role.CLERK, ALICE)
    return sqlite_db


# -- password rules -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("password", "username", "problem"),
    [
        ("Ab1!xyz", "alice", "at least 10 characters"),
        ("abcdefghijkl", "alice", "two kinds of characters"),
        ("1234567890123", "alice", "two kinds of characters"),
        ("清华大学北京海淀区中关村", "alice", "two kinds of characters"),
        ("ALICE-2026-spring", "alice", "must not contain the user name"),
        ("x-王伟-2026-spring", "王伟", "must not contain the user name"),
        ("Password123", "alice", "most common"),
        ("woaini1314", "alice", "most common"),
        ("x" * 250 + "1234567", "alice", "longer than 256"),
    ],
)
def test_weak_passwords_are_refused_with_the_reason(
    password: str, username: str, problem: str
) -> None:
    message = users.password_problem(password, username)
    assert message is not None and problem in message


@pytest.mark.parametrize(
    "password",
    [ADMIN_PASSWORD, CLERK_PASSWORD, "correct horse battery", "清华大学2026年春天", "9!9!9!9!9!"],
)
def test_strong_enough_passwords_pass(password: str) -> None:
    assert users.password_problem(password, "alice") is None


def test_a_weak_password_is_refused_when_creating_a_user(office: Database) -> None:
    with pytest.raises(DomainError, match="at least 10 characters"):
        run(office, users.create_user, "carol", "short1", Role.CLERK, ALICE)
    with UnitOfWork(office) as uow:
        assert [r.username for r in users.list_users(uow, ALICE)] == ["alice", "bob"]


# -- user names -----------------------------------------------------------------------------------


def test_user_names_are_unique_without_regard_to_capitals(office: Database) -> None:
    with pytest.raises(DomainError, match="already a user called “bob”"):
        run(office, users.create_user, "BOB", CLERK_PASSWORD, Role.CLERK, ALICE)
    assert sign_in(office, "BoB", CLERK_PASSWORD) == Actor("bob", Role.CLERK)


@pytest.mark.parametrize("name", ["has space", "", "semi;colon", "a" * 101, "quote'"])
def test_unusable_user_names_are_refused(office: Database, name: str) -> None:
    with pytest.raises(DomainError, match="user name"):
        run(office, users.create_user, name, CLERK_PASSWORD, Role.CLERK, ALICE)


def test_user_names_may_be_chinese_and_keep_their_spelling(office: Database) -> None:
    row = run(office, users.create_user, "王伟", CLERK_PASSWORD, Role.VIEWER, ALICE, "王 伟")
    assert (row.username, row.display_name, row.role) == ("王伟", "王 伟", "viewer")
    run(office, users.create_user, "Li.Na@office", CLERK_PASSWORD, Role.CLERK, ALICE)
    assert user(office, "Li.Na@office").username == "Li.Na@office"


# -- hashing --------------------------------------------------------------------------------------


def test_passwords_are_stored_as_argon2_hashes_only(database: Database) -> None:
    run(database, users.create_first_admin, "alice", ADMIN_PASSWORD)
    with database.engine.connect() as conn:
        stored = conn.execute(text("SELECT password_hash FROM app_user")).scalar_one()
        audit_text = " ".join(conn.execute(text("SELECT changes FROM audit_entry")).scalars())
    assert stored.startswith("$argon2id$")
    assert ADMIN_PASSWORD not in stored
    assert ADMIN_PASSWORD not in audit_text and stored not in audit_text
    assert '"password_hash": [null, "•••"]' in audit_text


# -- first administrator --------------------------------------------------------------------------


def test_the_first_administrator_is_made_only_once(database: Database) -> None:
    with UnitOfWork(database) as uow:
        assert not users.has_users(uow)
    actor = run(database, users.create_first_admin, "alice", ADMIN_PASSWORD)
    assert actor == Actor("alice", Role.ADMIN)
    with pytest.raises(DomainError, match="already has users"):
        run(database, users.create_first_admin, "mallory", ADMIN_PASSWORD)
    with UnitOfWork(database) as uow:
        assert users.has_users(uow)
        assert [r.username for r in users.list_users(uow, ALICE)] == ["alice"]
    assert user(database, "alice").updated_by == "alice"


# -- signing in -----------------------------------------------------------------------------------


def test_signing_in_gives_the_users_role_and_records_the_time(office: Database) -> None:
    clock = Clock(datetime(2026, 11, 28, 6, 0, tzinfo=UTC))
    assert sign_in(office, "bob", CLERK_PASSWORD, clock) == Actor("bob", Role.CLERK)
    assert user(office, "bob").last_sign_in_at == clock.moment


def test_unknown_user_and_wrong_password_get_the_same_message(office: Database) -> None:
    with pytest.raises(DomainError) as unknown:
        sign_in(office, "nobody", CLERK_PASSWORD)
    with pytest.raises(DomainError) as wrong:
        sign_in(office, "bob", "Wrong-password-1")
    assert unknown.value.message == wrong.value.message == "The user name or password is wrong."


def test_a_failed_sign_in_is_counted_although_the_unit_of_work_rolls_back(
    database: Database,
) -> None:
    run(database, users.create_first_admin, "alice", ADMIN_PASSWORD)
    # leaving the unit of work without commit rolls back whatever else it did
    with UnitOfWork(database) as uow, pytest.raises(DomainError):
        users.authenticate(uow, "alice", "Wrong-password-1")
    assert user(database, "alice").failed_attempts == 1


def test_five_failures_lock_the_account_for_fifteen_minutes(database: Database) -> None:
    run(database, users.create_first_admin, "alice", ADMIN_PASSWORD)
    clock = Clock(datetime(2026, 11, 28, 6, 17, tzinfo=UTC))
    for attempt in range(1, 5):
        with pytest.raises(DomainError, match="password is wrong"):
            sign_in(database, "alice", f"Wrong-password-{attempt}", clock)
        assert user(database, "alice").failed_attempts == attempt
    until = (clock.moment + timedelta(minutes=15)).astimezone().strftime("%H:%M")
    locked = f"locked until {until} after 5 failed sign-ins; wait or ask an administrator"
    with pytest.raises(DomainError, match=locked):
        sign_in(database, "alice", "Wrong-password-5", clock)
    clock.advance(minutes=14, seconds=59)
    with pytest.raises(DomainError, match=locked):  # even the right password waits
        sign_in(database, "alice", ADMIN_PASSWORD, clock)
    with UnitOfWork(database) as uow:
        assert [r.locked for r in users.list_users(uow, ALICE, now=clock)] == [True]
    clock.advance(seconds=1)
    assert sign_in(database, "alice", ADMIN_PASSWORD, clock) == ALICE
    after = user(database, "alice")
    assert (after.failed_attempts, after.locked_until) == (0, None)


def test_a_success_resets_the_count_of_failures(office: Database) -> None:
    for _ in range(4):
        with pytest.raises(DomainError):
            sign_in(office, "bob", "Wrong-password-1")
    sign_in(office, "bob", CLERK_PASSWORD)
    with pytest.raises(DomainError, match="password is wrong"):  # a fresh count: not locked
        sign_in(office, "bob", "Wrong-password-1")
    assert user(office, "bob").failed_attempts == 1


def test_an_administrator_can_unlock_an_account_early(office: Database) -> None:
    for _ in range(5):
        with pytest.raises(DomainError):
            sign_in(office, "bob", "Wrong-password-1")
    with pytest.raises(DomainError, match="locked until"):
        sign_in(office, "bob", CLERK_PASSWORD)
    run(office, users.unlock_user, "bob", ALICE)
    assert sign_in(office, "bob", CLERK_PASSWORD).name == "bob"


def test_a_switched_off_account_cannot_sign_in(office: Database) -> None:
    run(office, users.set_active, "bob", False, ALICE)
    with pytest.raises(DomainError, match="bob is switched off"):
        sign_in(office, "bob", CLERK_PASSWORD)
    with pytest.raises(DomainError, match="password is wrong"):  # the state stays hidden
        sign_in(office, "bob", "Wrong-password-1")
    run(office, users.set_active, "bob", True, ALICE)
    assert sign_in(office, "bob", CLERK_PASSWORD).name == "bob"


# -- passwords changed ----------------------------------------------------------------------------


def test_a_reset_password_must_be_changed_and_unlocks(office: Database) -> None:
    for _ in range(5):
        with pytest.raises(DomainError):
            sign_in(office, "bob", "Wrong-password-1")
    run(office, users.reset_password, "bob", "Temporary-2026", ALICE)
    bob = sign_in(office, "bob", "Temporary-2026")
    with UnitOfWork(office) as uow:
        assert users.must_change_password(uow, "bob")
        assert not users.must_change_password(uow, "alice")
    with pytest.raises(DomainError, match="current password is wrong"):
        run(office, users.change_own_password, bob, "Wrong-password-1", "Mine-again-2026")
    with pytest.raises(DomainError, match="must differ"):
        run(office, users.change_own_password, bob, "Temporary-2026", "Temporary-2026")
    run(office, users.change_own_password, bob, "Temporary-2026", "Mine-again-2026")
    with UnitOfWork(office) as uow:
        assert not users.must_change_password(uow, "bob")
    assert sign_in(office, "bob", "Mine-again-2026").name == "bob"
    with pytest.raises(DomainError):
        sign_in(office, "bob", "Temporary-2026")


def test_resetting_the_password_of_an_unknown_user_is_refused(office: Database) -> None:
    with pytest.raises(NotFoundError, match="no user called “carol”"):
        run(office, users.reset_password, "carol", "Temporary-2026", ALICE)


# -- roles and the last administrator -------------------------------------------------------------


def test_only_administrators_manage_users(office: Database) -> None:
    bob = Actor("bob", Role.CLERK)
    for call in (
        lambda uow: users.list_users(uow, bob),
        lambda uow: users.create_user(uow, "carol", CLERK_PASSWORD, Role.CLERK, bob),
        lambda uow: users.set_role(uow, "bob", Role.ADMIN, bob),
        lambda uow: users.reset_password(uow, "alice", "Temporary-2026", bob),
    ):
        with pytest.raises(PermissionDeniedError, match="may not manage users"):
            run(office, call)
    assert user(office, "bob").role == Role.CLERK


def test_the_last_active_administrator_stays(database: Database) -> None:
    run(database, users.create_first_admin, "alice", ADMIN_PASSWORD)
    run(database, users.create_user, "bob", CLERK_PASSWORD, Role.CLERK, ALICE)
    setup = Actor("installer", Role.ADMIN)  # an administrator not in the table (setup mode)
    with pytest.raises(DomainError, match="alice is the last active administrator"):
        run(database, users.set_role, "alice", Role.SUPERVISOR, setup)
    with pytest.raises(DomainError, match="alice is the last active administrator"):
        run(database, users.set_active, "alice", False, setup)
    with pytest.raises(DomainError, match="cannot take the administrator role from yourself"):
        run(database, users.set_role, "alice", Role.CLERK, ALICE)
    run(database, users.set_role, "bob", Role.ADMIN, ALICE)
    with pytest.raises(DomainError, match="cannot switch off your own account"):
        run(database, users.set_active, "alice", False, ALICE)
    run(database, users.set_role, "alice", Role.CLERK, Actor("bob", Role.ADMIN))
    assert user(database, "alice").role == Role.CLERK
    with pytest.raises(DomainError, match="bob is the last active administrator"):
        run(database, users.set_active, "bob", False, setup)


# -- the demo database ----------------------------------------------------------------------------


def test_the_demo_database_signs_in_as_its_demo_user(database: Database) -> None:
    with UnitOfWork(database) as uow:
        assert not users.is_demo_database(uow)
        with pytest.raises(DomainError, match="not a demo database"):
            users.demo_actor(uow)
    run(database, make_demo, Actor("setup", Role.ADMIN), members=5)
    with UnitOfWork(database) as uow:
        assert users.is_demo_database(uow)
        assert users.demo_actor(uow) == Actor("demo", Role.ADMIN)
    for guess in ("", "demo", "demo-password-1"):
        with pytest.raises(DomainError, match="password is wrong"):
            sign_in(database, "demo", guess)


def test_demo_data_in_a_database_with_users_keeps_their_sign_in(office: Database) -> None:
    run(office, make_demo, ALICE, members=5)
    with UnitOfWork(office) as uow:
        assert not users.is_demo_database(uow)
        assert [r.username for r in users.list_users(uow, ALICE)] == ["alice", "bob"]


def test_two_sign_ins_at_the_same_moment_ask_to_try_again(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(sqlite_db, users.create_first_admin, "alice", ADMIN_PASSWORD)

    def collided(self: UnitOfWork) -> None:
        raise stale_record()

    monkeypatch.setattr(UnitOfWork, "commit", collided)
    with pytest.raises(DomainError, match="Another sign-in as alice happened at the same moment"):
        sign_in(sqlite_db, "alice", ADMIN_PASSWORD)
