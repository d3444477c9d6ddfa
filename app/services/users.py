"""Users: who may sign in to Helix, with which password, and in which role.

Passwords are kept only as argon2 hashes. Five wrong passwords in a row lock an account for
fifteen minutes. Every change of a user goes through the unit of work and so into the audit
trail (the hash itself is hidden there).

One exception to the unit-of-work rule: `authenticate` commits by itself, because a refused
sign-in must still be counted although it ends in a DomainError. Call it in a unit of work of
its own.
"""

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import NoReturn

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.errors import DomainError, NotFoundError, Problem, StaleRecordError, problem
from app.models import Role, SiteSetting, User, utcnow
from app.services.permissions import ROLE_NAMES, Action, Actor, require
from app.services.uow import UnitOfWork

Clock = Callable[[], datetime]

MAX_FAILED_SIGN_INS = 5
LOCK_DURATION = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 256
USERNAME_PATTERN = re.compile(r"[\w.@-]{1,100}")  # \w: letters of any script, digits, _
DEMO_USERNAME = "demo"
DEMO_SETTING = "demo"
WRONG_SIGN_IN = "The user name or password is wrong."

# Long enough and mixed enough to pass the other rules, yet among the first guesses of anyone.
COMMON_PASSWORDS = frozenset(
    {
        "password123",
        "password1!",
        "password12",
        "passw0rd123",
        "p@ssword123",
        "p@ssw0rd123",
        "qwerty12345",
        "qwerty123456",
        "qwertyuiop1",
        "1qaz2wsx3edc",
        "1q2w3e4r5t",
        "a123456789",
        "aa123456789",
        "abc1234567",
        "abcd123456",
        "qq123456789",
        "woaini1314",
        "woaini123456",
        "admin12345",
        "admin123456",
        "administrator1",
        "welcome123",
        "welcome1234",
        "changeme123",
        "letmein123",
        "iloveyou123",
        "helix12345",
        "helix123456",
    }
)

_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verified against when the user is unknown, so that both refusals take the same time."""
    return _hasher.hash(secrets.token_urlsafe(16))


@dataclass(frozen=True)
class UserRow:
    """One line of the users list."""

    id: str
    username: str
    display_name: str
    role: str
    active: bool
    locked: bool
    last_sign_in_at: datetime | None
    version: int


# -- rules ----------------------------------------------------------------------------------------


def password_problem(password: str, username: str) -> Problem | None:
    """Why this password is too weak, in a sentence for the clerk; None when it will do."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return problem("The password needs at least {count} characters.", count=MIN_PASSWORD_LENGTH)
    if len(password) > MAX_PASSWORD_LENGTH:
        return problem(
            "The password is longer than {count} characters; shorten it.",
            count=MAX_PASSWORD_LENGTH,
        )
    if password.casefold() in COMMON_PASSWORDS:
        return problem(
            "This password is one of the most common ones and is guessed first; choose another."
        )
    name = username.strip().casefold()
    if name and name in password.casefold():
        return problem("The password must not contain the user name.")
    kinds = (
        any(c.isalpha() for c in password),
        any(c.isdigit() for c in password),
        any(not c.isalnum() for c in password),
    )
    if sum(kinds) < 2:
        return problem(
            "The password needs at least two kinds of characters: letters, digits, and other "
            "signs such as - or !."
        )
    return None


def clean_username(username: str) -> str:
    """The user name as typed (outer spaces removed), or a DomainError saying what is wrong."""
    name = username.strip()
    if not name:
        raise DomainError("Give a user name.")
    if not USERNAME_PATTERN.fullmatch(name):
        raise DomainError(
            "The user name “{name}” cannot be used: up to 100 letters or digits, and . _ - @ "
            "only (no spaces).",
            name=name,
        )
    return name


def _require_strong(password: str, username: str) -> None:
    weak = password_problem(password, username)
    if weak:
        raise DomainError(weak.template, **weak.params)


def _hash(password: str) -> str:
    return _hasher.hash(password)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# -- finding --------------------------------------------------------------------------------------


def _find(uow: UnitOfWork, username: str) -> User | None:
    """The user whose name matches without regard to capitals (in Python: SQLite's lower()
    only knows ASCII). An office has tens of users, so reading them all is cheap."""
    key = username.strip().casefold()
    users = uow.session.scalars(select(User).where(User.deleted_at.is_(None)))
    return next((u for u in users if u.username.casefold() == key), None)


def _load(uow: UnitOfWork, username: str) -> User:
    user = _find(uow, username)
    if user is None:
        raise NotFoundError("There is no user called “{name}”.", name=username.strip())
    return user


def _is_locked(user: User, moment: datetime) -> bool:
    return user.locked_until is not None and moment < user.locked_until


def _row(user: User, moment: datetime) -> UserRow:
    return UserRow(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role.value,
        active=user.active,
        locked=_is_locked(user, moment),
        last_sign_in_at=user.last_sign_in_at,
        version=user.version,
    )


def has_users(uow: UnitOfWork) -> bool:
    """False on a new database: then whoever starts Helix sets it up as its first admin."""
    stmt = select(func.count()).select_from(User).where(User.deleted_at.is_(None))
    return bool(uow.session.scalar(stmt))


def list_users(uow: UnitOfWork, by: Actor, *, now: Clock = utcnow) -> list[UserRow]:
    """Every user, switched-off ones too, by name."""
    require(by, Action.MANAGE_USERS)
    users = uow.session.scalars(select(User).where(User.deleted_at.is_(None)))
    moment = now()
    return sorted((_row(u, moment) for u in users), key=lambda r: r.username.casefold())


def must_change_password(uow: UnitOfWork, username: str) -> bool:
    """True after an administrator reset the password: the user must choose a new one."""
    user = _find(uow, username)
    return user is not None and user.must_change_password


# -- creating -------------------------------------------------------------------------------------


def _new_user(uow: UnitOfWork, username: str, password: str, role: Role, display_name: str) -> User:
    name = clean_username(username)
    clash = _find(uow, name)
    if clash is not None:
        raise DomainError(
            "There is already a user called “{name}” (user names are compared without regard "
            "to capitals). Choose another name.",
            name=clash.username,
        )
    _require_strong(password, name)
    display = " ".join(display_name.split())
    if len(display) > 200:
        raise DomainError("The display name is longer than 200 characters; shorten it.")
    user = User(
        username=name,
        display_name=display,
        role=role,
        password_hash=_hash(password),
        active=True,  # given here, not left to the column defaults: the audit entry shows them
        must_change_password=False,
        failed_attempts=0,
    )
    uow.session.add(user)
    try:
        uow.flush()
    except IntegrityError as exc:
        uow.session.rollback()
        raise DomainError(
            "The user name “{name}” was taken just now, perhaps by a colleague. Choose another.",
            name=name,
        ) from exc
    return user


def create_first_admin(
    uow: UnitOfWork, username: str, password: str, display_name: str = ""
) -> Actor:
    """The first user of a new database, an administrator; signed in as the result.

    Needs no actor: on a database without users nobody can sign in to allow it. Refused once
    any user exists. The caller commits."""
    if has_users(uow):
        raise DomainError(
            "This database already has users, so its first administrator exists. Sign in as an "
            "administrator to add more users."
        )
    actor = Actor(clean_username(username), Role.ADMIN)
    uow.acting(actor, Action.MANAGE_USERS)
    _new_user(uow, actor.name, password, Role.ADMIN, display_name)
    return actor


def create_user(
    uow: UnitOfWork,
    username: str,
    password: str,
    role: Role,
    by: Actor,
    display_name: str = "",
    *,
    must_change_password: bool = False,
) -> UserRow:
    """A new user; `must_change_password` makes them choose their own password at sign-in.
    Refused on a laptop's copy: an account made there could take a name the office gives too."""
    uow.acting(by, Action.MANAGE_USERS)
    if uow.session.get(SiteSetting, "copy_of") is not None:
        raise DomainError(
            "This is a local copy of the shared database: new accounts are made on the shared "
            "database at the office, and come to the copy with the next sync."
        )
    user = _new_user(uow, username, password, Role(role), display_name)
    if must_change_password:
        user.must_change_password = True
        uow.flush()
    return _row(user, utcnow())


# -- signing in -----------------------------------------------------------------------------------


def _as_account(uow: UnitOfWork, user: User) -> None:
    """Record the account's own bookkeeping (failed sign-ins, its password) in its own name.

    No permission is checked: every user may sign in and change their own password, which is
    what uow.acting would check otherwise."""
    uow.session.info["actor"] = Actor(user.username, user.role)


def _locked_error(user: User) -> DomainError:
    until = user.locked_until.astimezone() if user.locked_until else None
    return DomainError(
        "The account {name} is locked until {time} after {count} failed sign-ins; wait or ask "
        "an administrator to unlock it.",
        name=user.username,
        time=f"{until:%H:%M}" if until else "later",
        count=MAX_FAILED_SIGN_INS,
    )


def authenticate(uow: UnitOfWork, username: str, password: str, *, now: Clock = utcnow) -> Actor:
    """Sign in: the actor for this user, or a DomainError that says why not.

    Commits by itself (the exception to the unit-of-work rule): a wrong password is counted,
    and the fifth in a row locks the account, although the sign-in is refused."""
    user = _find(uow, username)
    if user is None:
        _verify(_dummy_hash(), password)
        raise DomainError(WRONG_SIGN_IN)
    moment = now()
    if _is_locked(user, moment):
        raise _locked_error(user)
    _as_account(uow, user)
    if user.locked_until is not None:  # the lock has run out: a fresh count
        user.locked_until, user.failed_attempts = None, 0
    if not _verify(user.password_hash, password):
        _count_failure(uow, user, moment)
    if not user.active:
        raise DomainError(
            "The account {name} is switched off. Ask an administrator to switch it on.",
            name=user.username,
        )
    user.failed_attempts = 0
    user.last_sign_in_at = moment
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hash(password)
    _save_sign_in(uow, user)
    return Actor(user.username, user.role)


def _count_failure(uow: UnitOfWork, user: User, moment: datetime) -> NoReturn:
    """Save one more failed sign-in (locking the account at the limit), then refuse."""
    user.failed_attempts += 1
    if user.failed_attempts >= MAX_FAILED_SIGN_INS:
        user.locked_until = moment + LOCK_DURATION
    _save_sign_in(uow, user)
    if user.locked_until is not None:
        raise _locked_error(user)
    raise DomainError(WRONG_SIGN_IN)


def _save_sign_in(uow: UnitOfWork, user: User) -> None:
    name = user.username
    try:
        uow.commit()
    except StaleRecordError as exc:  # the same account signing in twice at the same moment
        raise DomainError(
            "Another sign-in as {name} happened at the same moment; try again.", name=name
        ) from exc


def change_own_password(
    uow: UnitOfWork, actor: Actor, old_password: str, new_password: str
) -> None:
    """A signed-in user chooses a new password (the current one proves it is them)."""
    user = _load(uow, actor.name)
    if not _verify(user.password_hash, old_password):
        raise DomainError("The current password is wrong; the password was not changed.")
    if new_password == old_password:
        raise DomainError("The new password must differ from the current one.")
    _require_strong(new_password, user.username)
    _as_account(uow, user)
    user.password_hash = _hash(new_password)
    user.must_change_password = False
    uow.flush()


# -- administering --------------------------------------------------------------------------------


def _is_self(user: User, by: Actor) -> bool:
    return user.username.casefold() == by.name.casefold()


def _other_active_admins(uow: UnitOfWork, user: User) -> int:
    stmt = (
        select(func.count())
        .select_from(User)
        .where(
            User.role == Role.ADMIN,
            User.active.is_(True),
            User.deleted_at.is_(None),
            User.id != user.id,
        )
    )
    return int(uow.session.scalar(stmt) or 0)


def _require_not_last_admin(uow: UnitOfWork, user: User, change: str) -> None:
    if user.role == Role.ADMIN and user.active and not _other_active_admins(uow, user):
        raise DomainError(
            "{name} is the last active administrator, so they cannot be {change}: nobody could "
            "manage users any more. Make another user an administrator first.",
            name=user.username,
            change=change,
        )


def reset_password(uow: UnitOfWork, username: str, new_password: str, by: Actor) -> None:
    """An administrator sets a new password (and unlocks the account); the user must choose
    their own at the next sign-in."""
    uow.acting(by, Action.MANAGE_USERS)
    user = _load(uow, username)
    _require_strong(new_password, user.username)
    user.password_hash = _hash(new_password)
    user.must_change_password = True
    user.failed_attempts, user.locked_until = 0, None
    uow.flush()


def set_role(uow: UnitOfWork, username: str, role: Role, by: Actor) -> None:
    uow.acting(by, Action.MANAGE_USERS)
    user = _load(uow, username)
    role = Role(role)
    if role == user.role:
        return
    if _is_self(user, by) and user.role == Role.ADMIN:
        raise DomainError(
            "You cannot take the administrator role from yourself; ask another administrator."
        )
    _require_not_last_admin(uow, user, f"made {ROLE_NAMES[role]}")
    user.role = role
    uow.flush()


def set_active(uow: UnitOfWork, username: str, active: bool, by: Actor) -> None:
    """Switch an account off (it can no longer sign in; its history stays) or on again."""
    uow.acting(by, Action.MANAGE_USERS)
    user = _load(uow, username)
    if active == user.active:
        return
    if not active:
        if _is_self(user, by):
            raise DomainError("You cannot switch off your own account; ask another administrator.")
        _require_not_last_admin(uow, user, "switched off")
    user.active = active
    uow.flush()


def unlock_user(uow: UnitOfWork, username: str, by: Actor) -> None:
    """Lift a lock-out before its time (after the administrator checked who it was)."""
    uow.acting(by, Action.MANAGE_USERS)
    user = _load(uow, username)
    user.failed_attempts, user.locked_until = 0, None
    uow.flush()


# -- the demo database ----------------------------------------------------------------------------


def set_up_demo_sign_in(uow: UnitOfWork) -> bool:
    """Make this the demo database, which signs in as the demo user without asking.

    Called by make_demo, which has checked the actor's permission. Only on a database without
    users: a database that has users keeps asking for their passwords. Returns whether it did."""
    if has_users(uow):
        return False
    user = User(
        username=DEMO_USERNAME,
        display_name="Demo",
        role=Role.ADMIN,
        password_hash=_hash(secrets.token_urlsafe(32)),  # nobody knows it: no sign-in by password
        active=True,
        must_change_password=False,
        failed_attempts=0,
    )
    uow.session.add(user)
    setting = uow.session.get(SiteSetting, DEMO_SETTING)
    if setting is None:
        uow.session.add(SiteSetting(key=DEMO_SETTING, value="1"))
    else:
        setting.value = "1"
    uow.flush()
    return True


def is_demo_database(uow: UnitOfWork) -> bool:
    setting = uow.session.get(SiteSetting, DEMO_SETTING)
    return setting is not None and setting.value == "1"


def demo_actor(uow: UnitOfWork) -> Actor:
    """Who works on the demo database: its demo user, signed in without a password."""
    user = _find(uow, DEMO_USERNAME) if is_demo_database(uow) else None
    if user is None or not user.active:
        raise DomainError(
            "This is not a demo database, or its demo user is missing; sign in with a user name "
            "and password."
        )
    return Actor(user.username, user.role)


__all__ = [
    "LOCK_DURATION",
    "MAX_FAILED_SIGN_INS",
    "WRONG_SIGN_IN",
    "UserRow",
    "authenticate",
    "change_own_password",
    "clean_username",
    "create_first_admin",
    "create_user",
    "demo_actor",
    "has_users",
    "is_demo_database",
    "list_users",
    "must_change_password",
    "password_problem",
    "reset_password",
    "set_active",
    "set_role",
    "set_up_demo_sign_in",
    "unlock_user",
]
