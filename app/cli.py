"""The `helix` command: the GUI without a sub-command, and the services from a shell.

Exit codes: 0 success, 1 the work was refused (its message on stderr, no traceback), 2 wrong
usage. Qt is imported only to start the GUI or the self-test.
"""

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import OperationalError

from app import cli_access, cli_contract, cli_match, cli_report, cli_sync
from app.db import Database, describe_url, opened
from app.errors import DatabaseUnavailableError, DomainError
from app.logs import log_file, setup_logging
from app.services.uow import Actor, UnitOfWork
from app.settings import resolve_database_url

if TYPE_CHECKING:
    from app.services.import_common import ImportReport

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
        help="sign in as this user (default: your login name); the password comes from "
        "HELIX_PASSWORD or a prompt. A new database without users needs no password",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_db(commands)
    _add_demo(commands)
    _add_import(commands)
    _add_export(commands)
    _add_backup(commands)
    cli_access.add_commands(commands)
    cli_match.add_commands(commands)
    cli_contract.add_commands(commands)
    cli_report.add_commands(commands)
    cli_sync.add_commands(commands)
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
        description="Fill an empty database with realistic synthetic members, alliances and "
        "listings (demands and supplies in every status). Refused when the database already "
        "holds members.",
    )
    demo.add_argument(
        "--members", type=_count, default=300, metavar="N", help="number of members (default 300)"
    )
    demo.add_argument(
        "--listings",
        type=_count,
        default=120,
        metavar="N",
        help="number of listings (default 120)",
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
    _import_options(members, "members")
    members.set_defaults(run=_import_members)
    listings = what.add_parser(
        "listings",
        help="listings (demands and supplies) from a .csv or .xlsx file",
        description="Import listings from a .csv or .xlsx file with the columns external_id, "
        "member_external_id, kind, title, summary, description, keywords, sectors, trl, "
        "ip_status, cooperation_types, budget_min, budget_max, currency, region, deadline "
        "(member_external_id, kind and title required; the members must exist already). All "
        "or nothing: when any line is wrong, every wrong line is listed and nothing is saved.",
    )
    _import_options(listings, "listings")
    listings.add_argument(
        "--status",
        choices=("draft", "published"),
        default="draft",
        help="draft (default), or published at once with a verification record in your name "
        "(supervisors)",
    )
    listings.set_defaults(run=_import_listings)


def _import_options(command: argparse.ArgumentParser, what: str) -> None:
    command.add_argument("file", type=Path, metavar="FILE")
    command.add_argument(
        "--dry-run",
        action="store_true",
        help="check the file and report what would change; save nothing",
    )
    command.add_argument(
        "--update", action="store_true", help=f"update the {what} whose external_id already exists"
    )


def _add_export(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command = commands.add_parser(
        "export",
        help="export records to a CSV or XLSX file, or the catalogue to a PDF",
        description="Export records.",
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
    listings = what.add_parser(
        "listings",
        help="all listings to a .csv or .xlsx file",
        description="Write all listings, whatever their status, to a .csv or .xlsx file (by its "
        "suffix), in the columns that `helix import listings` reads, then reference and status.",
    )
    listings.add_argument("file", type=Path, metavar="FILE")
    listings.set_defaults(run=_export_listings)
    _add_export_matches(what)
    cli_contract.add_export(what)
    cli_report.add_export(what)
    _add_export_catalogue(what)


def _add_export_matches(what: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from app.models.enums import MatchStatus

    matches = what.add_parser(
        "matches",
        help="matches to a .csv or .xlsx file",
        description="Write the matches (all, or those in one status) to a .csv or .xlsx file (by "
        "its suffix): both listings (external id, else id), titles, members, status, score, "
        "reasons, when proposed and agreed, and who declined and why.",
    )
    matches.add_argument("file", type=Path, metavar="FILE")
    matches.add_argument(
        "--status",
        choices=[s.value for s in MatchStatus],
        metavar="S",
        help="only matches in this status: %(choices)s",
    )
    matches.set_defaults(run=_export_matches)


def _add_export_catalogue(what: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    catalogue = what.add_parser(
        "catalogue",
        help="the published listings as a PDF catalogue for a trade fair",
        description="Write the published listings to a PDF catalogue for a trade fair: a title "
        "page, the contents, then each sector with its demands and supplies, each listing with "
        "its reference. Anonymous listings are printed without their member's name.",
    )
    catalogue.add_argument("file", type=Path, metavar="FILE.pdf")
    catalogue.add_argument(
        "--language",
        choices=("en", "zh"),
        default="en",
        help="language of the headings and labels (default en); listings stay as written",
    )
    catalogue.add_argument("--title", default="", metavar="T", help="the catalogue's title")
    catalogue.add_argument("--event", default="", metavar="E", help="the fair or event")
    catalogue.add_argument("--office", default="", metavar="O", help="the office's name")
    catalogue.add_argument(
        "--kind",
        choices=("demand", "supply"),
        help="only demands or only supplies (default: both)",
    )
    catalogue.add_argument(
        "--sector",
        action="append",
        default=[],
        metavar="CODE",
        help="only these sectors (a division such as C38 or a section letter; repeatable)",
    )
    catalogue.set_defaults(run=_export_catalogue)


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
        args.database_url = url
        run: Callable[[argparse.Namespace, str], int] = args.run
        return run(args, url)
    except DomainError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("Interrupted; nothing more was saved.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `helix match --all | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
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


def _actor(args: argparse.Namespace, db: Database | None = None) -> Actor:
    """Who does the command's work: signed in, or on a new or the demo database without a
    password (see app/cli_access.py). Opens the database itself when not given one."""
    if db is not None:
        return cli_access.sign_in(args, db)
    own = Database.open(args.database_url)
    try:
        return cli_access.sign_in(args, own)
    finally:
        own.dispose()


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

    with opened(url) as db, UnitOfWork(db) as uow:
        summary = make_demo(
            uow, _actor(args, db), members=args.members, listings=args.listings, seed=args.seed
        )
        uow.commit()
    print(f"{summary.summary()} Database: {db.display_name}")
    return EXIT_OK


def _run_import(
    args: argparse.Namespace, url: str, importer: Callable[[UnitOfWork, Actor], "ImportReport"]
) -> int:
    """Import in one unit of work, committed unless a dry run; a refused file lists its bad
    lines on stderr."""
    from app.services.import_common import ImportRefusedError

    db = Database.open(url)
    try:
        with UnitOfWork(db) as uow:
            report = importer(uow, _actor(args, db))
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


def _import_members(args: argparse.Namespace, url: str) -> int:
    from app.services.member_io import import_members

    return _run_import(
        args,
        url,
        lambda uow, by: import_members(
            uow, args.file, by, dry_run=args.dry_run, update=args.update
        ),
    )


def _import_listings(args: argparse.Namespace, url: str) -> int:
    from app.services.listing_io import import_listings

    return _run_import(
        args,
        url,
        lambda uow, by: import_listings(
            uow, args.file, by, dry_run=args.dry_run, update=args.update, status=args.status
        ),
    )


def _export_members(args: argparse.Namespace, url: str) -> int:
    from app.services.member_io import export_members

    with opened(url) as db, UnitOfWork(db) as uow:
        count = export_members(uow, args.file, _actor(args, db))
    print(f"Exported {count} members to {args.file}.")
    return EXIT_OK


def _export_listings(args: argparse.Namespace, url: str) -> int:
    from app.services.listing_io import export_listings

    with opened(url) as db, UnitOfWork(db) as uow:
        count = export_listings(uow, args.file, _actor(args, db))
    print(f"Exported {count} listings to {args.file}.")
    return EXIT_OK


def _export_matches(args: argparse.Namespace, url: str) -> int:
    from app.services.match_io import export_matches

    with opened(url) as db, UnitOfWork(db) as uow:
        count = export_matches(uow, args.file, _actor(args, db), status=args.status)
    print(f"Exported {count} matches to {args.file}.")
    return EXIT_OK


def _export_catalogue(args: argparse.Namespace, url: str) -> int:
    from app.services.catalogue import CatalogueOptions, export_catalogue

    options = CatalogueOptions(
        language=args.language,
        title=args.title,
        event=args.event,
        office=args.office,
        kinds=args.kind or "both",
        sectors=tuple(args.sector),
    )
    with opened(url) as db, UnitOfWork(db) as uow:
        summary = export_catalogue(uow, args.file, _actor(args, db), options=options)
    print(f"Catalogue of {summary.listings} listings written to {args.file}.")
    return EXIT_OK


def _self_test(args: argparse.Namespace, url: str) -> int:
    from app.ui.selftest import run_self_test

    return run_self_test()


# -- backup and restore -------------------------------------------------------------------------


def _add_backup(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = commands.add_parser(
        "backup",
        help="copy the whole database into a backup file",
        description="Write a consistent copy of the database while Helix may be running. The "
        "local database gives a .sqlite file (or, named FILE.helixdump, a Helix dump); the "
        "shared PostgreSQL database a .helixdump file, which needs no PostgreSQL tools.",
    )
    backup.add_argument("file", type=Path, metavar="FILE")
    backup.set_defaults(run=_backup)
    restore = commands.add_parser(
        "restore",
        help="replace the whole database with a backup",
        description="Replace everything in the database with the backup FILE (made by `helix "
        "backup` or the automatic backups). A copy of the database as it was is saved first, in "
        "the backup folder; the command says where. Asks before replacing anything.",
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument(
        "--yes", action="store_true", help="do not ask (needed when there is no terminal)"
    )
    restore.set_defaults(run=_restore)


def _backup(args: argparse.Namespace, url: str) -> int:
    from app.services.backup import backup_database

    db = Database(url)
    try:
        path = db.sqlite_path
        if (path is not None and not path.exists()) or db.current_revision() is None:
            raise DomainError("There is no Helix database at {name}.", name=db.display_name)
        info = backup_database(db, args.file, by=_actor(args, db))
    except OperationalError as exc:
        raise _unavailable(url, exc) from exc
    finally:
        db.dispose()
    print(f"Backed up {db.display_name} to {info.summary()}.")
    return EXIT_OK


def _restore(args: argparse.Namespace, url: str) -> int:
    from app.services.backup import database_exists, inspect_backup, restore_database
    from app.services.backup_schedule import backup_folder
    from app.settings import Settings

    info = inspect_backup(args.file)  # refuses a file that is no backup before asking anything
    when = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M") if info.created_at else "?"
    question = (
        f"Replace the database {_shown(url)} with the backup of {info.database or info.path.name} "
        f"made {when}? [y/N] "
    )
    if not args.yes and not _confirmed(question):
        return EXIT_REFUSED
    by = _actor(args) if database_exists(url) else cli_access.setup_actor(args.user)
    folder = backup_folder(Settings.load())
    result = restore_database(url, args.file, safety_copy_dir=folder, by=by)
    print(result.summary())
    return EXIT_OK


def _shown(url: str) -> str:
    """A database as a clerk knows it: the file's path, or the server's address."""
    from sqlalchemy import make_url

    parsed = make_url(url)
    return (parsed.database or url) if parsed.get_backend_name() == "sqlite" else describe_url(url)


def _confirmed(question: str) -> bool:
    if sys.stdin is None or not sys.stdin.isatty():
        print(
            "A restore replaces the whole database, and there is no terminal to ask first, so "
            "nothing was replaced. Add --yes to restore without being asked.",
            file=sys.stderr,
        )
        return False
    try:
        answer = input(question)
    except EOFError:
        answer = ""
    if answer.strip().lower() in ("y", "yes"):
        return True
    print("Nothing was replaced.", file=sys.stderr)
    return False


if __name__ == "__main__":
    sys.exit(main())
