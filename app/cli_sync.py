"""Offline work from the shell (DESIGN §5, §8): `helix copy-out`, `helix sync` and
`helix conflicts list|show|resolve`.

`--db` is the laptop's local copy (default: the local database file). The shared database's
password comes from the URL, HELIX_REMOTE_PASSWORD, the system keyring (kept there by the Sync
dialog), or a prompt in a terminal when the server asks for one. Progress goes to stderr, the
summary to stdout. Ctrl-C stops a sync after the batch in progress (exit code 130): what was done
is kept, and the next sync goes on from there. A copy stopped so leaves the file as it was.
"""

import argparse
import getpass
import os
import signal
import sys
import threading
import time
from pathlib import Path
from types import FrameType, TracebackType

from sqlalchemy import make_url
from sqlalchemy.exc import ArgumentError

from app import cli_access, cli_conflicts
from app.db import Database, describe_url, opened, sqlite_url
from app.errors import DatabaseUnavailableError, DomainError
from app.services import sync
from app.services.permissions import Actor
from app.services.sync import CopyInfo, CopyScope, CopySummary, Progress, SyncSummary

EXIT_OK, EXIT_REFUSED, EXIT_STOPPED = 0, 1, 130
REMOTE_PASSWORD_VARIABLE = "HELIX_REMOTE_PASSWORD"
AUTHENTICATION_FAILURES = ("password authentication failed", "no password supplied")
STOPPING_SYNC = (
    "Stopping the sync after the batch in progress; what was done is kept (Ctrl-C again to stop "
    "at once; that batch is then not saved)…"
)
STOPPING_COPY = "Stopping the copy; the file stays as it was…"
STEPS = {"send": "sent {done} of {total} changes", "receive": "received {done} of {total} changes"}


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    _add_copy_out(commands)
    _add_sync(commands)
    cli_conflicts.add_commands(commands)


def _add_copy_out(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command = commands.add_parser(
        "copy-out",
        help="make (or make again) the --db SQLite file a local copy for offline work",
        description="Make the --db SQLite file (new, or an earlier copy with nothing left to "
        "send) a copy of the shared database --remote: everything, or the members in the "
        "regions, sectors or alliances given, with what belongs to them and the records they "
        "depend on. The copy gets its own number series, so that contract numbers and listing "
        "references made offline never collide with the office's. Signs in on the shared "
        f"database; its password comes from the URL, {REMOTE_PASSWORD_VARIABLE}, the system "
        "keyring or a prompt.",
    )
    command.add_argument("--remote", required=True, metavar="URL", help="the shared database")
    command.add_argument(
        "--region",
        action="append",
        default=[],
        metavar="R",
        help="members of this region, as the registry writes it (repeatable)",
    )
    command.add_argument(
        "--sector",
        action="append",
        default=[],
        metavar="CODE",
        help="members with this sector: a division such as C38 or a section letter (repeatable)",
    )
    command.add_argument(
        "--alliance",
        action="append",
        default=[],
        metavar="NAME",
        help="members of this alliance, by its name (repeatable)",
    )
    command.add_argument(
        "--series",
        metavar="S",
        help="the copy's number series: 1 to 6 letters or digits, like FAIR1 (default: kept "
        "from an earlier copy, else made from the copy's site id)",
    )
    command.set_defaults(run=run_copy_out)


def _add_sync(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command = commands.add_parser(
        "sync",
        help="send this copy's changes to the shared database and receive its changes",
        description="Send the changes made on the local copy (--db) that the shared database has "
        "not received, then receive the changes made there since the last sync. A record "
        "changed on both sides is kept in both versions as a conflict (`helix conflicts "
        "list`). Safe to run again at any time: an interrupted sync goes on where it stopped. "
        "Ctrl-C stops after the batch in progress (exit code 130).",
    )
    command.add_argument(
        "--remote",
        metavar="URL",
        help="the shared database (default: the one the copy was made from)",
    )
    command.set_defaults(run=run_sync)


# -- sync -----------------------------------------------------------------------------------


def run_sync(args: argparse.Namespace, url: str) -> int:
    local = cli_conflicts.open_existing(url)
    try:
        info = sync.copy_info(local)
        if info is None:
            raise DomainError(
                "{db} is not a local copy of a shared database, so there is nothing to sync. "
                "Make a copy first: helix --db sqlite:///path/to/copy.sqlite copy-out --remote URL",
                db=local.display_name,
            )
        by = cli_access.sign_in(args, local)
        remote = open_remote(as_url(args.remote) if args.remote else as_url(info.remote))
        try:
            _require_origin(info, remote)
            print(f"Syncing {local.display_name} with {remote.display_name}…", file=sys.stderr)
            with StopOnCtrlC(STOPPING_SYNC) as stop:
                summary = sync.sync(local, remote, by, progress=ProgressLines(), cancelled=stop)
        finally:
            remote.dispose()
    finally:
        local.dispose()
    print(sync_summary_text(summary))
    return EXIT_STOPPED if summary.cancelled else EXIT_OK


def _require_origin(info: CopyInfo, remote: Database) -> None:
    if info.remote_site and remote.site_id != info.remote_site:
        raise DomainError(
            "{remote} is not the database this copy was made from ({origin}). Sync with that one "
            "(leave out --remote), or make a new copy of {remote} with `helix copy-out`. Nothing "
            "was changed.",
            remote=remote.display_name,
            origin=_shown(info.remote),
        )


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def sync_summary_text(summary: SyncSummary) -> str:
    """ "Sent 12 records, received 40; 2 new conflicts (3 open): see `helix conflicts list`." """
    see = "see `helix conflicts list`."
    if summary.nothing_new:
        text = "Nothing new on either side"
    else:
        text = f"Sent {_plural(summary.sent, 'record', 'records')}, received {summary.received}"
    if summary.new_conflicts:
        new = _plural(summary.new_conflicts, "new conflict", "new conflicts")
        text += f"; {new} ({summary.open_conflicts} open): {see}"
    elif summary.open_conflicts:
        still = _plural(summary.open_conflicts, "conflict is", "conflicts are")
        text += f"; {still} still open: {see}"
    else:
        text += "."
    if summary.cancelled:
        text = (
            "The sync was stopped. What was sent and received so far is kept; run `helix sync` "
            f"again to go on. {text}"
        )
    return text


# -- copy-out -------------------------------------------------------------------------------


def run_copy_out(args: argparse.Namespace, url: str) -> int:
    path = _sqlite_path(url)
    scope = CopyScope(
        regions=tuple(r.strip() for r in args.region if r.strip()),
        sectors=tuple(s.strip().upper() for s in args.sector if s.strip()),
        alliances=tuple(a.strip() for a in args.alliance if a.strip()),
    )
    remote = open_remote(as_url(args.remote))
    try:
        by = cli_access.sign_in(args, remote)
        _require_known_choices(remote, scope)
        summary = _copy_into(path, url, remote, by, scope, args.series)
    finally:
        remote.dispose()
    if summary.cancelled:
        print(f"The copy was stopped; {summary.target} is as it was before.")
        return EXIT_STOPPED
    print(copy_summary_text(summary, url))
    return EXIT_OK


def _copy_into(
    path: Path, url: str, remote: Database, by: Actor, scope: CopyScope, series: str | None
) -> CopySummary:
    """Copy out; a file this command created is removed again when the copy is not made."""
    created = not path.exists()
    made = False
    try:
        with opened(url) as target:
            print(f"Copying {remote.display_name} into {path}…", file=sys.stderr)
            with StopOnCtrlC(STOPPING_COPY) as stop:
                summary = sync.copy_out(
                    remote,
                    target,
                    by,
                    scope,
                    series=series,
                    progress=ProgressLines(),
                    cancelled=stop,
                )
        made = not summary.cancelled
        return summary
    finally:
        if created and not made:
            for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)


def _require_known_choices(remote: Database, scope: CopyScope) -> None:
    """A region, sector or alliance that the shared database does not have would make a copy
    without its members: say so instead."""
    from app.services.copy_choices import copy_choices
    from app.services.uow import UnitOfWork

    if scope.everything:
        return
    with UnitOfWork(remote) as uow:
        choices = copy_choices(uow)
    unknown = [r for r in scope.regions if r not in choices.regions]
    unknown += [s for s in scope.sectors if not any(c.startswith(s) for c in choices.sectors)]
    unknown += [a for a in scope.alliances if a not in choices.alliances]
    if unknown:
        raise DomainError(
            "No member of {remote} is in {unknown}. Check the spelling (regions as the registry "
            "writes them, sector codes such as C38, alliance names); nothing was copied.",
            remote=remote.display_name,
            unknown=", ".join(f"“{u}”" for u in unknown),
        )


def _scope_text(scope: CopyScope) -> str:
    """ "everything", or "the members of the region 广东省 and the sectors C38, C39, with …"."""
    if scope.everything:
        return "everything"
    chosen = (("region", scope.regions), ("sector", scope.sectors), ("alliance", scope.alliances))
    parts = [
        f"the {kind if len(names) == 1 else kind + 's'} {', '.join(names)}"
        for kind, names in chosen
        if names
    ]
    return f"the members of {' and '.join(parts)}, with what belongs to them"


def copy_summary_text(summary: CopySummary, url: str) -> str:
    made = "Made again" if summary.refreshed else "Made"
    return (
        f"{made} the local copy {summary.target}: {_scope_text(summary.scope)}, "
        f"{_plural(summary.records, 'record', 'records')}. Its number series is {summary.series}. "
        f"Work on it offline (helix --db {url}), then send the changes back with "
        f"`helix --db {url} sync`."
    )


# -- databases and passwords ----------------------------------------------------------------


def as_url(address: str) -> str:
    """A database URL; a plain path (as an older copy may remember it) is a SQLite file."""
    return address if "://" in address else sqlite_url(Path(address))


def _shown(address: str) -> str:
    url = as_url(address)
    return url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else describe_url(url)


def _sqlite_path(url: str) -> Path:
    """The local copy's file; a copy is never made into a server's database."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DomainError("“{url}” is not a database address.", url=url) from exc
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        raise DomainError(
            "A local copy is a SQLite file on this computer; {url} is not one. Give the copy's "
            "file with --db sqlite:///path/to/copy.sqlite (nothing was changed).",
            url=describe_url(url),
        )
    return Path(str(parsed.database))


def open_remote(url: str) -> Database:
    """The shared database, with its password from the URL, HELIX_REMOTE_PASSWORD, the system
    keyring, or (when the server asks for one) a prompt in a terminal."""
    from app.services import credentials

    _require_supported(url)
    if url.startswith("sqlite"):
        path = Path(str(make_url(url).database or ""))
        if not path.is_file():
            raise DomainError("There is no database file at {path}.", path=str(path))
        return sync.open_remote(url)
    bare, given = credentials.split_password(url)
    if given is not None or not bare.startswith("postgresql"):
        return sync.open_remote(url)
    password = os.environ.get(REMOTE_PASSWORD_VARIABLE) or credentials.load_password(bare)
    if password:
        return sync.open_remote(credentials.url_with_password(bare, password))
    try:
        return sync.open_remote(bare)
    except DatabaseUnavailableError as exc:
        if not _wants_password(exc):
            raise
        typed = _ask_remote_password(bare)
    return sync.open_remote(credentials.url_with_password(bare, typed))


def _require_supported(url: str) -> None:
    try:
        backend, shown = make_url(url).get_backend_name(), describe_url(url)
    except ArgumentError:
        backend, shown = "", url
    if backend not in ("postgresql", "sqlite"):
        raise DomainError(
            "“{url}” is not an address Helix can sync with: give the shared database as "
            "postgresql+psycopg://user@server/helix (or a Helix SQLite file).",
            url=shown,
        )


def _wants_password(exc: DatabaseUnavailableError) -> bool:
    text = f"{exc.message} {exc.__cause__ or ''}".lower()
    return any(reason in text for reason in AUTHENTICATION_FAILURES)


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except ValueError:  # stdin closed
        return False


def _ask_remote_password(url: str) -> str:
    if not _interactive():
        raise DomainError(
            "The shared database {url} asks for a password, and there is no terminal to ask for "
            "it. Set the environment variable {variable} to it, or keep it in the system keyring "
            "(sync once from Helix's window and tick “Remember it”). Nothing was changed.",
            url=describe_url(url),
            variable=REMOTE_PASSWORD_VARIABLE,
        )
    try:
        return getpass.getpass(f"Password for the shared database {describe_url(url)}: ")
    except EOFError as exc:
        raise DomainError("No password was given, so nothing was changed.") from exc


# -- progress and Ctrl-C --------------------------------------------------------------------


class ProgressLines:
    """The `progress` callable: "sent 1200 of 5000 changes" on stderr, at most one line every
    `every` seconds, and always the line that finishes a step."""

    def __init__(self, every: float = 1.0) -> None:
        self.every = every
        self._last = -every

    def __call__(self, progress: Progress) -> None:
        now = time.monotonic()
        finished = progress.done >= progress.total
        if not progress.done or (not finished and now - self._last < self.every):
            return
        self._last = now
        line = STEPS.get(progress.step, "copied {done} of {total} rows")
        print(line.format(done=progress.done, total=progress.total), file=sys.stderr, flush=True)


class StopOnCtrlC:
    """The `cancelled` callable of a sync or copy: the first Ctrl-C asks it to stop after the
    batch in progress, a second one stops at once (that batch is then not saved)."""

    def __init__(self, message: str) -> None:
        self.message = message
        self.stopping = False
        self._previous: object = None
        self._installed = False

    def __call__(self) -> bool:
        return self.stopping

    def __enter__(self) -> "StopOnCtrlC":
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._interrupted)
            self._installed = True
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)  # type: ignore[arg-type]

    def _interrupted(self, signum: int, frame: FrameType | None) -> None:
        if self.stopping:
            raise KeyboardInterrupt
        self.stopping = True
        print(self.message, file=sys.stderr, flush=True)
