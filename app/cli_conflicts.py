"""`helix conflicts list|show|resolve`: the records sync found changed on two sites (or one unique
value given to two records), field by field, and the clerk's choice (DESIGN §5).

A conflict is named by its id; the first 8 characters (what `list` prints), or any prefix that
fits only one conflict, will do. Version A is the one in the data now, version B the other.
"""

import argparse
import csv
import sys
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import make_url

from app import cli_access
from app.db import Database
from app.errors import DomainError
from app.services import conflicts, sync
from app.services.conflicts import ConflictField, ConflictRow
from app.services.permissions import Actor
from app.services.uow import UnitOfWork

EXIT_OK = 0
SHORT = 8
LIST_VALUE_WIDTH = 40
KINDS = {"edit": "Changed on both sides", "duplicate": "One unique value on two records"}
RESOLUTIONS = {"a": "kept A", "b": "took B", "merged": "merged"}
CSV_HEADER = [
    "id",
    "kind",
    "status",
    "resolution",
    "entity",
    "entity_id",
    "label",
    "a_site",
    "a_by",
    "a_at",
    "a_deleted",
    "b_site",
    "b_by",
    "b_at",
    "b_deleted",
    "fields",
]


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command = commands.add_parser(
        "conflicts",
        help="records changed on both sides of a sync: list, show, resolve",
        description="Records that a sync found changed both here and on the other database (or "
        "one unique value, such as a registration code, given to two records). Both versions "
        "are kept: A is in the data now, B is the other. Resolving saves the choice as a change "
        "of the record, which the next sync takes to the other databases.",
    )
    actions = command.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        help="one line per open conflict",
        description="One line per conflict, newest first: its id (first 8 characters), kind, "
        "state, the record, where, when and by whom each version was saved, and the fields that "
        "differ (field: A | B).",
    )
    listing.add_argument("--all", action="store_true", help="resolved conflicts too")
    listing.add_argument("--format", choices=("text", "csv"), default="text", help="default text")
    listing.set_defaults(run=run_list)
    show = actions.add_parser(
        "show",
        help="one conflict, field by field",
        description="Both versions of one conflict's record, field by field.",
    )
    show.add_argument("id", metavar="ID", help="the conflict's id, or its first characters")
    show.set_defaults(run=run_show)
    resolve = actions.add_parser(
        "resolve",
        help="keep version A, take version B, or take single fields from B",
        description="Resolve a conflict: keep version A (in the data now), take version B, or "
        "take B's value for the fields named and keep A's for the rest. Audited, and synced "
        "like any change.",
    )
    resolve.add_argument("id", metavar="ID", help="the conflict's id, or its first characters")
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", choices=("a", "b"), type=str.lower, help="keep one version")
    choice.add_argument(
        "--take-b",
        nargs="+",
        metavar="FIELD",
        help="take version B's value for these fields (as `show` names them)",
    )
    resolve.set_defaults(run=run_resolve)


def open_existing(url: str) -> Database:
    """The database, refusing (instead of creating) a SQLite file that is not there."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        path = Path(str(parsed.database))
        if not path.exists():
            raise DomainError(
                "There is no database file at {path}. Give the local copy with --db.",
                path=str(path),
            )
    return Database.open(url)


# -- the commands ---------------------------------------------------------------------------


def run_list(args: argparse.Namespace, url: str) -> int:
    db = open_existing(url)
    try:
        actor = cli_access.sign_in(args, db)
        names = site_names(db)
        with UnitOfWork(db) as uow:
            rows = conflicts.list_conflicts(uow, actor, include_resolved=args.all)
    finally:
        db.dispose()
    if args.format == "csv":
        _write_csv(rows)
        return EXIT_OK
    if not rows:
        print("No conflicts." if args.all else "No open conflicts.")
    for row in rows:
        print(list_line(row, names))
    return EXIT_OK


def run_show(args: argparse.Namespace, url: str) -> int:
    db = open_existing(url)
    try:
        actor = cli_access.sign_in(args, db)
        names = site_names(db)
        with UnitOfWork(db) as uow:
            row = find_conflict(uow, actor, args.id)
    finally:
        db.dispose()
    print("\n".join(detail_lines(row, names)))
    return EXIT_OK


def run_resolve(args: argparse.Namespace, url: str) -> int:
    db = open_existing(url)
    try:
        actor = cli_access.sign_in(args, db)
        with UnitOfWork(db) as uow:
            row = find_conflict(uow, actor, args.id)
            differing = [f.name for f in row.fields]
            take_b = differing if args.keep == "b" else [] if args.keep == "a" else args.take_b
            conflicts.resolve(uow, actor, row.id, take_b=take_b, version=row.version)
            uow.commit()
    finally:
        db.dispose()
    print(resolved_text(row, take_b))
    return EXIT_OK


def find_conflict(uow: UnitOfWork, actor: Actor, given: str) -> ConflictRow:
    """The one conflict whose id starts with `given`."""
    prefix = given.strip().lower()
    found = [
        row
        for row in conflicts.list_conflicts(uow, actor, include_resolved=True)
        if prefix and row.id.lower().startswith(prefix)
    ]
    if not found:
        raise DomainError(
            "No conflict has an id starting with “{id}”. `helix conflicts list --all` shows them.",
            id=given,
        )
    if len(found) > 1:
        raise DomainError(
            "{count} conflicts have ids starting with “{id}”; give more of the id.",
            count=len(found),
            id=given,
        )
    return found[0]


# -- words ----------------------------------------------------------------------------------


def site_names(db: Database) -> dict[str, str]:
    """Where a version was saved: "here", "on the shared database", else by the site's id."""
    names = {db.site_id: "here"}
    info = sync.copy_info(db)
    if info is not None and info.remote_site:
        names[info.remote_site] = "on the shared database"
    return names


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def _value(value: Any, width: int | None = None) -> str:
    if value is None or value == "":
        return "(empty)"
    text = " ".join(str(value).split())  # a description's line breaks stay on one line
    return text if width is None or len(text) <= width else text[: width - 1] + "…"


def _side(row: ConflictRow, side: str, names: Mapping[str, str]) -> str:
    """ "here 2026-11-28 14:05 by fair-clerk", "(deleted)" at the end for a deleted record."""
    site, by, at, deleted = (
        (row.site_a, row.by_a, row.at_a, row.deleted_a)
        if side == "a"
        else (row.site_b, row.by_b, row.at_b, row.deleted_b)
    )
    where = names.get(site) or f"on site {site[:SHORT]}"
    text = f"{where} {_local(at)} by {by or '?'}"
    return f"{text} (deleted)" if deleted else text


def _state(row: ConflictRow) -> str:
    if row.status != "resolved":
        return "open"
    return RESOLUTIONS.get(row.resolution, "resolved")


def _record(row: ConflictRow) -> str:
    return f"{row.entity} “{row.label}”" if row.label else f"{row.entity} {row.entity_id[:SHORT]}"


def fields_text(fields: tuple[ConflictField, ...], width: int | None = None) -> str:
    """ "city: 深圳市 | 东莞市; website: https://office.example | (empty)" """
    return "; ".join(f"{f.name}: {_value(f.a, width)} | {_value(f.b, width)}" for f in fields)


def list_line(row: ConflictRow, names: Mapping[str, str]) -> str:
    parts = [
        row.id[:SHORT],
        row.kind,
        _state(row),
        _record(row),
        "A: " + _side(row, "a", names),
        "B: " + _side(row, "b", names),
        fields_text(row.fields, LIST_VALUE_WIDTH) or "(no field differs)",
    ]
    return "  ".join(parts)


def detail_lines(row: ConflictRow, names: Mapping[str, str]) -> list[str]:
    lines = [
        f"Conflict {row.id} ({_state(row)})",
        f"{KINDS.get(row.kind, row.kind)}: {_record(row)} (id {row.entity_id})",
        "Version A, in the data now: saved " + _side(row, "a", names),
        "Version B: saved " + _side(row, "b", names),
    ]
    if row.other_id:
        lines.append(f"The other record with the same value: {row.entity} {row.other_id}")
    if row.status == "resolved":
        lines.append(f"Resolved by {row.resolved_by}, {_local(row.resolved_at)}: {_state(row)}.")
    lines.append("")
    for field in row.fields:
        lines += [field.name, f"  A: {_value(field.a)}", f"  B: {_value(field.b)}"]
    if not row.fields:
        lines.append("No field differs.")
    if row.status != "resolved":
        short = row.id[:SHORT]
        lines += [
            "",
            f"Keep one version: helix conflicts resolve {short} --keep a (or --keep b). Take "
            f"single fields from B: helix conflicts resolve {short} --take-b FIELD…",
        ]
    return lines


def resolved_text(row: ConflictRow, take_b: list[str]) -> str:
    differing = {f.name for f in row.fields}
    if not take_b:
        choice = "Kept version A of"
    elif set(take_b) == differing:
        choice = "Took version B of"
    else:
        choice = f"Took {', '.join(take_b)} from version B, and the rest of version A, for"
    return (
        f"{choice} {_record(row)}; the conflict is resolved. The choice is saved as a change of "
        "the record and reaches the other database with the next sync."
    )


def _write_csv(rows: list[ConflictRow]) -> None:
    from app.services.tabular import neutralise

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for row in rows:
        cells = [
            row.id,
            row.kind,
            row.status,
            row.resolution,
            row.entity,
            row.entity_id,
            row.label,
            row.site_a,
            row.by_a,
            row.at_a.isoformat(timespec="seconds"),
            str(row.deleted_a).lower(),
            row.site_b,
            row.by_b,
            row.at_b.isoformat(timespec="seconds"),
            str(row.deleted_b).lower(),
            fields_text(row.fields),
        ]
        writer.writerow([neutralise(cell) for cell in cells])
