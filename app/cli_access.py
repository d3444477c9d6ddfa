"""Who works from the shell: signing in, `helix users …` and `helix audit …`.

A command acts as someone. On a database without users yet (a new one), that is the login name
(or --user) as administrator, so that the office can set it up: import, demo data, and the first
`helix users add NAME --role admin`. On the demo database it is the demo user. Otherwise the
command signs in as --user (default: the login name) with the password from HELIX_PASSWORD or,
in a terminal, a prompt; five wrong passwords in a row lock the account for fifteen minutes.

A new password (users add, reset-password, change-password) comes from HELIX_NEW_PASSWORD or is
asked twice; where nobody signs in with a password (a new or the demo database) HELIX_PASSWORD
serves too.
"""

import argparse
import getpass
import os
import sys
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum

from app.db import Database, opened
from app.errors import DomainError
from app.models import Role
from app.services import audit
from app.services import users as user_service
from app.services.permissions import Actor
from app.services.uow import UnitOfWork

EXIT_OK, EXIT_REFUSED = 0, 1
PASSWORD_VARIABLE = "HELIX_PASSWORD"
NEW_PASSWORD_VARIABLE = "HELIX_NEW_PASSWORD"
ROLE_CHOICES = [r.value for r in (Role.CLERK, Role.SUPERVISOR, Role.ADMIN, Role.VIEWER)]


class Mode(StrEnum):
    SETUP = "setup"  # no users yet: the login name works as administrator
    DEMO = "demo"  # the demo database: its demo user, no password
    SIGN_IN = "sign-in"  # user name and password


def database_mode(db: Database) -> Mode:
    with UnitOfWork(db) as uow:
        if user_service.is_demo_database(uow):
            return Mode.DEMO
        return Mode.SIGN_IN if user_service.has_users(uow) else Mode.SETUP


def sign_in(
    args: argparse.Namespace, db: Database, *, allow_password_change: bool = False
) -> Actor:
    """The actor for this command (see the module's docstring), or a DomainError why not."""
    mode = database_mode(db)
    if mode is Mode.DEMO:
        with UnitOfWork(db) as uow:
            return user_service.demo_actor(uow)
    if mode is Mode.SETUP:
        return setup_actor(args.user)
    password = _sign_in_password(args.user)
    with UnitOfWork(db) as uow:
        actor = user_service.authenticate(uow, args.user, password)  # commits by itself
        if not allow_password_change and user_service.must_change_password(uow, actor.name):
            raise DomainError(
                "An administrator has reset the password of {name}; choose your own before "
                "anything else: helix --user {name} users change-password",
                name=actor.name,
            )
    return actor


def setup_actor(name: str) -> Actor:
    try:
        return Actor(name, Role.ADMIN)
    except ValueError as exc:
        raise DomainError("Give a user name with --user (it is recorded on changes).") from exc


# -- passwords ------------------------------------------------------------------------------------


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except ValueError:  # stdin closed
        return False


def _prompt(text: str) -> str:
    try:
        return getpass.getpass(text)
    except EOFError as exc:
        raise DomainError("No password was given, so nothing was done.") from exc


def _sign_in_password(name: str) -> str:
    given = os.environ.get(PASSWORD_VARIABLE)
    if given is not None:
        return given
    if not _interactive():
        raise DomainError(
            "Helix needs the password of {name} to sign in, and there is no terminal to ask for "
            "it. Set the environment variable {variable} to the password, or run the command in "
            "a terminal (give another user with --user NAME).",
            name=name,
            variable=PASSWORD_VARIABLE,
        )
    return _prompt(f"Password for {name}: ")


def _new_password(name: str, *, signs_in_with_password: bool) -> str:
    """A new password for `name`: from the environment, or typed twice in a terminal."""
    variables = [NEW_PASSWORD_VARIABLE]
    if not signs_in_with_password:
        variables.append(PASSWORD_VARIABLE)
    for variable in variables:
        given = os.environ.get(variable)
        if given is not None:
            _require_strong(given, name)
            return given
    if not _interactive():
        raise DomainError(
            "Helix needs the new password of {name}, and there is no terminal to ask for it. "
            "Set the environment variable {variables} to it, or run the command in a terminal.",
            name=name,
            variables=" or ".join(variables),
        )
    first = _prompt(f"New password for {name}: ")
    _require_strong(first, name)
    if _prompt("The same password again: ") != first:
        raise DomainError("The two passwords differ, so nothing was saved. Try again.")
    return first


def _require_strong(password: str, name: str) -> None:
    weak = user_service.password_problem(password, name)
    if weak:
        raise DomainError(weak.template, **weak.params)


# -- the parser -----------------------------------------------------------------------------------


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    _add_users(commands)
    _add_audit(commands)


def _add_users(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command = commands.add_parser(
        "users",
        help="user accounts and their roles",
        description="User accounts. Needs an administrator (on a new database, the first "
        "`users add NAME --role admin` creates the first administrator).",
    )
    actions = command.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help="add a user",
        description=f"Add a user. The password comes from {NEW_PASSWORD_VARIABLE} or is asked "
        f"twice (on a new database also from {PASSWORD_VARIABLE}): at least 10 characters, two "
        "kinds of characters (letters, digits, other signs), not the user name.",
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=ROLE_CHOICES, help="what the user may do")
    add.add_argument("--display-name", default="", metavar="TEXT", help="the name shown")
    add.set_defaults(run=_users_add)
    listing = actions.add_parser(
        "list",
        help="list the users",
        description="List the users: name, role, state and last sign-in.",
    )
    listing.set_defaults(run=_users_list)
    reset = actions.add_parser(
        "reset-password",
        help="give a user a new password and unlock the account",
        description=f"Set a new password (from {NEW_PASSWORD_VARIABLE}, or asked twice) and "
        "unlock the account; the user must choose their own at the next sign-in.",
    )
    reset.add_argument("name", metavar="NAME")
    reset.set_defaults(run=_users_reset_password)
    change = actions.add_parser(
        "change-password",
        help="change your own password",
        description=f"Change the password of --user: the current one from {PASSWORD_VARIABLE} "
        f"or a prompt, the new one from {NEW_PASSWORD_VARIABLE} or asked twice.",
    )
    change.set_defaults(run=_users_change_password)


def _add_audit(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command = commands.add_parser(
        "audit",
        help="the audit trail of every change",
        description="The audit trail: who changed what, when (supervisors and administrators).",
    )
    actions = command.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        help="show audit entries, newest first",
        description="One line per entry, newest first: time, user, action, record kind, "
        "record id, changed fields.",
    )
    listing.add_argument(
        "--entity",
        metavar="E",
        help="only this kind of record: member, contact, alliance, alliance_membership, app_user",
    )
    listing.add_argument("--id", metavar="ID", help="only the record with this id")
    listing.add_argument(
        "--limit", type=_positive, default=100, metavar="N", help="at most N entries (default 100)"
    )
    listing.set_defaults(run=_audit_list)
    verify = actions.add_parser(
        "verify",
        help="check that no entry was changed, removed or inserted",
        description="Recompute the hash chain of the audit trail. Exit code 0 when it is "
        "intact, 1 naming the first entry that does not fit.",
    )
    verify.set_defaults(run=_audit_verify)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


# -- users ----------------------------------------------------------------------------------------


def _users_add(args: argparse.Namespace, url: str) -> int:
    with opened(url) as db:
        mode = database_mode(db)
        if mode is Mode.SETUP:
            return _add_first_admin(args, db)
        actor = sign_in(args, db)
        password = _new_password(args.name, signs_in_with_password=mode is Mode.SIGN_IN)
        with UnitOfWork(db) as uow:
            row = user_service.create_user(
                uow, args.name, password, Role(args.role), actor, args.display_name
            )
            uow.commit()
    print(f"Added user {row.username} ({row.role}).")
    return EXIT_OK


def _add_first_admin(args: argparse.Namespace, db: Database) -> int:
    if args.role != Role.ADMIN:
        raise DomainError(
            "This database has no users yet, so the first user must be an administrator: "
            "helix users add {name} --role admin",
            name=args.name,
        )
    name = user_service.clean_username(args.name)
    password = _new_password(name, signs_in_with_password=False)
    with UnitOfWork(db) as uow:
        actor = user_service.create_first_admin(uow, name, password, args.display_name)
        uow.commit()
    print(
        f"Added {actor.name} as the first administrator. From now on every command signs in: "
        f"--user {actor.name} with the password from {PASSWORD_VARIABLE} or the prompt."
    )
    return EXIT_OK


def _users_list(args: argparse.Namespace, url: str) -> int:
    with opened(url) as db:
        actor = sign_in(args, db)
        with UnitOfWork(db) as uow:
            rows = user_service.list_users(uow, actor)
    if not rows:
        print(
            "This database has no users yet; add the first administrator with "
            "`helix users add NAME --role admin`."
        )
        return EXIT_OK
    table = [["name", "role", "state", "last sign-in"]]
    for row in rows:
        state = ("active" if row.active else "inactive") + (", locked" if row.locked else "")
        table.append([row.username, row.role, state, _local(row.last_sign_in_at) or "never"])
    print("\n".join(_aligned(table)))
    return EXIT_OK


def _users_reset_password(args: argparse.Namespace, url: str) -> int:
    with opened(url) as db:
        mode = database_mode(db)
        actor = sign_in(args, db)
        password = _new_password(args.name, signs_in_with_password=mode is Mode.SIGN_IN)
        with UnitOfWork(db) as uow:
            user_service.reset_password(uow, args.name, password, actor)
            uow.commit()
    print(
        f"The password of {args.name} was reset and the account unlocked; they choose their own "
        "at the next sign-in."
    )
    return EXIT_OK


def _users_change_password(args: argparse.Namespace, url: str) -> int:
    with opened(url) as db:
        if database_mode(db) is not Mode.SIGN_IN:
            raise DomainError(
                "Nobody signs in with a password on this database (it has no users yet, or it "
                "is the demo database), so there is no password to change."
            )
        old = _sign_in_password(args.user)
        with UnitOfWork(db) as uow:
            actor = user_service.authenticate(uow, args.user, old)
        new = _new_password(actor.name, signs_in_with_password=True)
        with UnitOfWork(db) as uow:
            user_service.change_own_password(uow, actor, old, new)
            uow.commit()
    print(f"The password of {actor.name} was changed.")
    return EXIT_OK


# -- audit ----------------------------------------------------------------------------------------


def _audit_list(args: argparse.Namespace, url: str) -> int:
    with opened(url) as db:
        actor = sign_in(args, db)
        with UnitOfWork(db) as uow:
            entries = audit.list_entries(
                uow, actor, entity=args.entity, entity_id=args.id, limit=args.limit
            )
    if not entries:
        print("No audit entries match.")
    for e in entries:
        fields = ", ".join(sorted(e.changes)) or "-"
        when = _local(e.at, seconds=True)
        print(f"{when}  {e.actor}  {e.action}  {e.entity}  {e.entity_id}  {fields}")
    return EXIT_OK


def _audit_verify(args: argparse.Namespace, url: str) -> int:
    with opened(url) as db:
        actor = sign_in(args, db)
        with UnitOfWork(db) as uow:
            report = audit.verify_chain(uow, actor)
    if not report.ok:
        print(f"The audit trail is damaged: {report.problem}", file=sys.stderr)
        return EXIT_REFUSED
    sites = "site" if report.sites == 1 else "sites"
    print(f"The audit trail is intact: {report.entries} entries, {report.sites} {sites}.")
    return EXIT_OK


# -- output ---------------------------------------------------------------------------------------


def _local(moment: datetime | None, *, seconds: bool = False) -> str:
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def _width(text: str) -> int:
    """Columns a terminal gives the text: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _aligned(rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(
            cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True)
        ).rstrip()
        for row in rows
    ]
