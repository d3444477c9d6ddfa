"""What every import (and export) of records as a CSV or XLSX file shares (members, listings).

An import is all-or-nothing: every row is checked first, each problem is kept with the line a
spreadsheet shows (header = line 1), and one bad row refuses the whole file with every problem
listed. Only a file without problems is written. A `progress(done, total, text)` callback sees
the checking and the writing; when it raises (a clerk's Cancel), nothing is saved, because the
caller commits only after the import returned.
"""

import os
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import DomainError, Problem, problem
from app.services.tabular import TableRow, read_table, write_table

Progress = Callable[[int, int, str], None]
"""progress(done, total, text): how far an import or export is; may raise to cancel it."""

PROGRESS_EVERY = 200
"""Rows between two progress reports (each report is cheap, but not free in a GUI)."""

# Marks that a spreadsheet or an editor may leave inside a header cell, invisible to a clerk.
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060"), None)


@dataclass(frozen=True)
class RowProblem:
    """Why one line of the file cannot be imported."""

    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"{self.column}: " if self.column else ""
        return f"line {self.line}: {where}{self.message}"


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    file_name: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    dry_run: bool = False
    what: str = "members"
    published: int = 0

    def summary(self) -> str:
        verb = "would be" if self.dry_run else "were"
        text = (
            f"{self.file_name}: {self.rows} rows checked; {self.created} {self.what} {verb} "
            f"created, {self.updated} {verb} updated, {self.unchanged} unchanged."
        )
        if self.published:
            text += f" {self.published} {verb} published."
        return text + (" Dry run: nothing was saved." if self.dry_run else "")


class ImportRefusedError(DomainError):
    """The file was refused as a whole; `problems` lists every bad line."""

    def __init__(self, file_name: str, problems: list[RowProblem]) -> None:
        self.problems = sorted(problems, key=lambda p: p.line)
        lines = len({p.line for p in problems})
        super().__init__(
            "{name} was not imported: {count} line(s) have problems. Nothing was saved; correct "
            "the lines listed and import the file again.",
            name=file_name,
            count=lines,
        )


@dataclass(frozen=True)
class ImportFile:
    """A file's data rows, their cells keyed by the known column names; `columns`: those the
    file has (a column the file lacks is left alone by an update)."""

    path: Path
    rows: list[TableRow]
    columns: frozenset[str]

    @property
    def name(self) -> str:
        return self.path.name


def column_key(header: str) -> str:
    """A header cell as a column name: case, spaces, hyphens, full-width letters and invisible
    marks (a stray BOM) do not matter ("Member External-ID" -> "member_external_id")."""
    text = unicodedata.normalize("NFKC", header.translate(_INVISIBLE)).casefold()
    return "_".join(text.replace("-", " ").replace("_", " ").split())


def read_import_file(
    path: str | os.PathLike[str], known: Sequence[str], required: Sequence[str], what: str
) -> ImportFile:
    """The rows of a .csv or .xlsx import file under the known column names (extra columns are
    ignored, order is free); refuses a file that lacks a required column."""
    file = Path(path)
    table = read_table(file)
    found: dict[str, str] = {}
    for written in table.header:
        key = column_key(written)
        if key in found and key in known:
            raise DomainError(
                "The columns “{first}” and “{second}” of {name} are the same column. Remove or "
                "rename one of them and try again.",
                first=found[key],
                second=written,
                name=file.name,
            )
        found[key] = written
    missing = [c for c in required if c not in found]
    if missing:
        raise DomainError(
            "{name} has no “{missing}” column, so it cannot be imported. The first line must "
            "name the columns; {what} use: {columns}.",
            name=file.name,
            missing="”, “".join(missing),
            what=what,
            columns=",".join(known),
        )
    columns = {c: found[c] for c in known if c in found}
    rows = [TableRow(r.line, {c: r.get(w) for c, w in columns.items()}) for r in table.rows]
    return ImportFile(file, rows, frozenset(columns))


def external_id_targets(
    rows: Sequence[TableRow],
    existing: Mapping[str, tuple[str, str]],
    update: bool,
    problems: list[RowProblem],
    noun: str,
) -> dict[int, str | None]:
    """Line -> id of the record the row updates (None: the row makes a new one).

    existing: external id -> (record id, its name as a clerk knows it). A repeated external id
    in the file, or an existing one without `update`, is a problem of that line."""
    targets: dict[int, str | None] = {}
    first_line: dict[str, int] = {}
    for row in rows:
        external_id = row.get("external_id").strip()
        targets[row.line] = None
        if not external_id:
            continue
        if external_id in first_line:
            problems.append(
                RowProblem(
                    row.line, "external_id", _repeated(noun, external_id, first_line[external_id])
                )
            )
            continue
        first_line[external_id] = row.line
        owner = existing.get(external_id)
        if owner and update:
            targets[row.line] = owner[0]
        elif owner:
            problems.append(
                RowProblem(row.line, "external_id", _taken(noun, external_id, owner[1]))
            )
    return targets


def _repeated(noun: str, external_id: str, line: int) -> Problem:
    """An external id on two lines; `noun` is "member" or "listing" (one sentence each)."""
    if noun == "member":
        return problem(
            "the external id {external_id} is also on line {line}; each member once, please.",
            external_id=external_id,
            line=line,
        )
    return problem(
        "the external id {external_id} is also on line {line}; each listing once, please.",
        external_id=external_id,
        line=line,
    )


def _taken(noun: str, external_id: str, owner: str) -> Problem:
    """An external id that is in the database already, imported without updating."""
    if noun == "member":
        return problem(
            "the external id {external_id} already belongs to “{owner}”. Import with “update "
            "existing members” (helix import --update) to change that member.",
            external_id=external_id,
            owner=owner,
        )
    return problem(
        "the external id {external_id} already belongs to “{owner}”. Import with “update "
        "existing listings” (helix import --update) to change that listing.",
        external_id=external_id,
        owner=owner,
    )


def check_rows[T](
    rows: Sequence[TableRow],
    check: Callable[[TableRow], T | None],
    progress: Progress | None,
    total: int,
) -> list[T]:
    """Each row checked in turn (the check adds its problems to a list of its own); the rows
    that passed, in file order. Reports progress as rows 0..len(rows) of `total`."""
    planned: list[T] = []
    for done, row in enumerate(rows, start=1):
        result = check(row)
        if result is not None:
            planned.append(result)
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == len(rows)):
            progress(done, total, f"Checked line {row.line}")
    return planned


def refuse_on_problems(file: ImportFile, problems: list[RowProblem]) -> None:
    """Refuse the whole file when any row has a problem."""
    if problems:
        raise ImportRefusedError(file.name, problems)


def chunks(values: Iterable[str], size: int = 500) -> Iterator[list[str]]:
    """The distinct values, sorted, in lists of `size` (an IN (...) list stays short)."""
    ordered = sorted(set(values))
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def export_rows(
    path: str | os.PathLike[str],
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    count: Callable[[], int],
    progress: Progress | None,
    text: str,
) -> int:
    """Write an export's rows (tabular.write_table), counting them first when progress is
    wanted; returns how many were written."""
    total = count() if progress is not None else 0
    return write_table(path, header, with_progress(rows, total, progress, text))


def with_progress[T](
    rows: Iterable[T], total: int, progress: Progress | None, text: str
) -> Iterator[T]:
    """The rows of an export as they are written, reporting progress every PROGRESS_EVERY rows
    (a raise from progress stops the export; tabular.write_table then leaves no file)."""
    done = 0
    for row in rows:
        yield row
        done += 1
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, max(total, done), text)
    if progress is not None:
        progress(done, max(total, done), text)


__all__ = [
    "PROGRESS_EVERY",
    "ImportFile",
    "ImportRefusedError",
    "ImportReport",
    "Progress",
    "RowProblem",
    "check_rows",
    "chunks",
    "column_key",
    "export_rows",
    "external_id_targets",
    "read_import_file",
    "refuse_on_problems",
    "with_progress",
]
