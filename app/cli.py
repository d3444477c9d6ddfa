"""The `helix` command: the GUI without a sub-command, and the services from a shell.

Exit codes: 0 success, 1 the work was refused (its message on stderr, no traceback), 2 wrong
usage. Qt is imported only to start the GUI or the self-test.
"""

import argparse
import getpass
import logging
import sys
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path

from sqlalchemy.exc import OperationalError

from app.db import Database, describe_url
from app.errors import DatabaseUnavailableError, DomainError
from app.logs import log_file, setup_logging
from app.models import Role
from app.services.uow import Actor, UnitOfWork
from app.settings import resolve_database_url

log = logging.getLogger(__name__)

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


# -- the parser ---------------------------------------------------------------------------------


def _default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment
        return "clerk"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="helix",
        description="Helix, the technology-transfer office's desktop application. Without a "
        "command it starts the application window.",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database to use: sqlite:///path/helix.sqlite or postgresql+psycopg://user@host/db "
        "(default: HELIX_DB_URL, then Settings, then the local database file)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use the demo database (created with demo data when it is empty)",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=_default_user(),
        help="name recorded on every change (default: your login name)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_db(commands)
    _add_demo(commands)
    _add_import(commands)
    _add_export(commands)
    self_test = commands.add_parser(
        "self-test",
        help="open every screen offscreen on a temporary demo database",
        description="Open the main window offscreen on a temporary database with demo data and "
        "visit every screen. Exit code 0 when everything worked.",
    )
    self_test.set_defaults(run=_self_test)
    return parser


def _add_db(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    db = commands.add_parser("db", help="database schema", description="Database schema.")
    actions = db.add_subparsers(dest="action", metavar="ACTION", required=True)
    upgrade = actions.add_parser(
        "upgrade",
        help="bring the schema to this version of Helix",
        description="Apply the migrations this database still lacks (a SQLite file is copied "
        "first).",
    )
    upgrade.set_defaults(run=_db_upgrade)
    current = actions.add_parser(
        "current",
        help="show the schema revision",
        description="Show the database's schema revision and whether it is up to date.",
    )
    current.set_defaults(run=_db_current)


def _add_demo(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = commands.add_parser(
        "demo",
        help="fill an empty database with demo data",
        description="Fill an empty database with realistic synthetic members and alliances. "
        "Refused when the database already holds members.",
    )
    demo.add_argument(
        "--members", type=_count, default=300, metavar="N", help="number of members (default 300)"
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help="the same seed always gives the same data (default 1)",
    )
    demo.set_defaults(run=_demo)


def _add_import(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command = commands.add_parser(
        "import", help="import records from a CSV or XLSX file", description="Import records."
    )
    what = command.add_subparsers(dest="what", metavar="WHAT", required=True)
    members = what.add_parser(
        "members",
        help="members from a .csv or .xlsx file",
        description="Import members from a .csv or .xlsx file with the columns external_id, "
        "kind, name, registration_code, country, region, city, website, sectors, keywords, "
        "description, contact_name, contact_email, contact_phone (kind and name required). "
        "All or nothing: when any line is wrong, every wrong line is listed and nothing is "
        "saved.",
    )
    members.add_argument("file", type=Path, metavar="FILE")
    members.add_argument(
        "--dry-run",
        action="store_true",
        help="check the file and report what would change; save nothing",
    )
    members.add_argument(
        "--update", action="store_true", help="update the members whose external_id already exists"
    )
    members.set_defaults(run=_import_members)


def _add_export(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command = commands.add_parser(
        "export", help="export records to a CSV or XLSX file", description="Export records."
    )
    what = command.add_subparsers(dest="what", metavar="WHAT", required=True)
    members = what.add_parser(
        "members",
        help="all members to a .csv or .xlsx file",
        description="Write all members (archived ones too) with their first contact to a .csv "
        "or .xlsx file (by its suffix), in the columns that `helix import members` reads.",
    )
    members.add_argument("file", type=Path, metavar="FILE")
    members.set_defaults(run=_export_members)


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


# -- running ------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `helix` command; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help (0) or wrong usage (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    with suppress(OSError):  # no log folder is no reason to refuse the work
        setup_logging()
    _tolerant_output()
    try:
        url = _database_url(args)
        if args.command is None:
            from app.ui.app import run_gui

            return run_gui(url, args.user, demo=args.demo)
        run: Callable[[argparse.Namespace, str], int] = args.run
        return run(args, url)
    except DomainError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("Interrupted; nothing more was saved.", file=sys.stderr)
        return 130
    except Exception as exc:
        log.exception("helix %s failed", args.command or "(window)")  # argv may hold passwords
        print(
            f"Unexpected error ({type(exc).__name__}: {exc}). This is a fault in Helix, not "
            f"in your data; details are in {log_file()}",
            file=sys.stderr,
        )
        return EXIT_REFUSED


def _tolerant_output() -> None:
    """A console whose code page lacks a character (GBK has no “•”) shows “?”, never a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with suppress(ValueError, OSError):
                reconfigure(errors="replace")


def _database_url(args: argparse.Namespace) -> str:
    url = resolve_database_url(args.db, demo=args.demo)
    if args.demo and args.command not in ("demo", "self-test"):
        from app.services.demo import ensure_demo_database

        ensure_demo_database(url)
    return url


def _actor(args: argparse.Namespace) -> Actor:
    try:
        return Actor(args.user, Role.ADMIN)
    except ValueError as exc:
        raise DomainError("Give a user name with --user (it is recorded on changes).") from exc


def _unavailable(url: str, exc: OperationalError) -> DatabaseUnavailableError:
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    return DatabaseUnavailableError(
        "Helix could not open the database {url}: {reason}. Check the address given with --db "
        "or HELIX_DB_URL, and that the server is running.",
        url=describe_url(url),
        reason=reason,
    )


def _db_upgrade(args: argparse.Namespace, url: str) -> int:
    db = Database(url)
    try:
        applied = db.upgrade()
    except OperationalError as exc:
        raise _unavailable(url, exc) from exc
    finally:
        db.dispose()
    if applied:
        print(f"Upgraded {db.display_name}: applied {', '.join(applied)}.")
    else:
        print(f"{db.display_name} is up to date (revision {db.head_revision()}); nothing to do.")
    return EXIT_OK


def _db_current(args: argparse.Namespace, url: str) -> int:
    db = Database(url)
    try:
        path = db.sqlite_path
        if path is not None and not path.exists():
            raise DomainError(
                "There is no database file at {path}. Start Helix once, or run “helix db "
                "upgrade”, to create it.",
                path=str(path),
            )
        pending = db.pending_revisions()  # refuses a database newer than this Helix
        current = db.current_revision()
    except OperationalError as exc:
        raise _unavailable(url, exc) from exc
    finally:
        db.dispose()
    if current is None:
        print(f"{db.display_name}: empty (no schema yet); run “helix db upgrade”.")
    elif pending:
        print(
            f"{db.display_name}: revision {current}; not up to date, {len(pending)} "
            f"migration(s) to apply (newest {db.head_revision()}). Run “helix db upgrade”."
        )
    else:
        print(f"{db.display_name}: revision {current} (up to date).")
    return EXIT_OK


def _demo(args: argparse.Namespace, url: str) -> int:
    from app.services.demo import make_demo

    db = Database.open(url)
    try:
        with UnitOfWork(db) as uow:
            summary = make_demo(uow, _actor(args), members=args.members, seed=args.seed)
            uow.commit()
    finally:
        db.dispose()
    print(f"{summary.summary()} Database: {db.display_name}")
    return EXIT_OK


def _import_members(args: argparse.Namespace, url: str) -> int:
    from app.services.member_io import ImportRefusedError, import_members

    db = Database.open(url)
    try:
        with UnitOfWork(db) as uow:
            report = import_members(
                uow, args.file, _actor(args), dry_run=args.dry_run, update=args.update
            )
            if not args.dry_run:
                uow.commit()
    except ImportRefusedError as exc:
        print(exc.message, file=sys.stderr)
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_REFUSED
    finally:
        db.dispose()
    print(report.summary())
    return EXIT_OK


def _export_members(args: argparse.Namespace, url: str) -> int:
    from app.services.member_io import export_members

    db = Database.open(url)
    try:
        with UnitOfWork(db) as uow:
            count = export_members(uow, args.file, _actor(args))
    finally:
        db.dispose()
    print(f"Exported {count} members to {args.file}.")
    return EXIT_OK


def _self_test(args: argparse.Namespace, url: str) -> int:
    from app.ui.selftest import run_self_test

    return run_self_test()


if __name__ == "__main__":
    sys.exit(main())
