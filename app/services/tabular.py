"""Reading and writing spreadsheet-like files (CSV and XLSX) as plain rows of text.

Line numbers are the ones a spreadsheet shows (header = line 1), so that an import can name the
line a clerk must correct. Cells that a spreadsheet would run as a formula (starting with `=`,
`+`, `-` or `@`) are written with a leading `'` (OWASP's advice against CSV injection) and read
back without it, so an exported file imports again exactly.
"""

import csv
import io
import os
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.cell.read_only import EmptyCell
from openpyxl.utils.exceptions import InvalidFileException

from app.errors import DomainError

SUPPORTED_SUFFIXES = (".csv", ".xlsx")
FORMULA_TRIGGERS = ("=", "+", "-", "@")
NEUTRALISER = "'"
CSV_DELIMITERS = (",", "\t", ";")
# Characters an XLSX file cannot hold (XML 1.0 control characters); openpyxl refuses them.
_XLSX_ILLEGAL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class TableRow:
    """One data row: its line number as a spreadsheet shows it, and its cells by column name."""

    line: int
    cells: dict[str, str]

    def get(self, column: str) -> str:
        return self.cells.get(column, "")


@dataclass(frozen=True)
class TableFile:
    """A file's column names (as written, trimmed) and its non-blank data rows."""

    header: list[str]
    rows: list[TableRow]


# -- formula neutralisation --------------------------------------------------------------------


def _needs_neutralising(value: str) -> bool:
    # A value that already starts with quotes before a trigger gets one more, so that taking
    # one off on import gives the value back exactly.
    return value.lstrip(NEUTRALISER)[:1] in FORMULA_TRIGGERS


def neutralise(value: str) -> str:
    """The value as it is written to a file: a spreadsheet will not run it as a formula."""
    return NEUTRALISER + value if _needs_neutralising(value) else value


def restore(value: str) -> str:
    """The value as it was before `neutralise` (other values are left as they are)."""
    if value.startswith(NEUTRALISER) and _needs_neutralising(value[1:]):
        return value[1:]
    return value


# -- reading ------------------------------------------------------------------------------------


def read_table(path: str | os.PathLike[str]) -> TableFile:
    """The header and data rows of a .csv (UTF-8, UTF-8 with BOM or GB18030) or .xlsx file."""
    file = Path(path)
    suffix = _checked_suffix(file)
    if not file.is_file():
        raise DomainError(
            "The file {path} does not exist. Check its name and folder.", path=str(file)
        )
    records = _csv_records(file) if suffix == ".csv" else _xlsx_records(file)
    return _table(records, file)


def _checked_suffix(file: Path) -> str:
    suffix = file.suffix.lower()
    if suffix == ".xls":
        raise DomainError(
            "{name} is an old Excel file (.xls), which Helix cannot read. Open it in Excel and "
            "save it as “Excel Workbook (.xlsx)” or as CSV, then try again.",
            name=file.name,
        )
    if suffix not in SUPPORTED_SUFFIXES:
        raise DomainError(
            "Helix reads and writes CSV (.csv) and Excel (.xlsx) files, not “{suffix}” files. "
            "Save the table as .csv or .xlsx and try again.",
            suffix=file.suffix or file.name,
        )
    return suffix


def _decode(raw: bytes, file: Path) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise DomainError(
            "{name} is neither UTF-8 nor GB18030 text, so Helix cannot read it. Save it again "
            "from Excel as “CSV UTF-8” and try again.",
            name=file.name,
        ) from exc


def _delimiter(first_line: str) -> str:
    """The header line holds no lists, so its first known separator tells the file's one."""
    counts = {d: first_line.count(d) for d in CSV_DELIMITERS}
    best = max(CSV_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_records(file: Path) -> Iterator[list[str]]:
    text = _decode(_read_bytes(file), file)
    first_line = next((line for line in text.split("\n", 50)[:50] if line.strip()), "")
    delimiter = _delimiter(first_line)
    try:
        # One record per spreadsheet line (a quoted cell may span several text lines).
        yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    except csv.Error as exc:
        raise DomainError(
            "{name} is not a well-formed CSV file ({reason}). Open it in a spreadsheet, save it "
            "as CSV again and retry.",
            name=file.name,
            reason=str(exc),
        ) from exc


def _read_bytes(file: Path) -> bytes:
    try:
        return file.read_bytes()
    except OSError as exc:
        raise _file_error(file, exc) from exc


def _xlsx_records(file: Path) -> Iterator[list[str]]:
    """The first sheet's rows as text (openpyxl, read-only: rows stream, memory stays flat)."""
    try:
        workbook = load_workbook(file, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise _not_a_workbook(file) from exc
    try:
        sheet = workbook.worksheets[0]
        line = 0
        for row in sheet.iter_rows():
            cells = [c for c in row if not isinstance(c, EmptyCell)]
            number = cells[0].row if cells else line + 1
            while line + 1 < number:  # rows with nothing in them are not stored
                line += 1
                yield []
            line = number
            yield _row_text(row)
    except (KeyError, ValueError, IndexError) as exc:
        raise _not_a_workbook(file) from exc
    finally:
        workbook.close()


def _row_text(row: Sequence[Any]) -> list[str]:
    texts = [cell_text(cell.value) for cell in row]
    while texts and texts[-1] == "":
        texts.pop()
    return texts


def _not_a_workbook(file: Path) -> DomainError:
    return DomainError(
        "{name} could not be read as an Excel workbook. Check that it is an .xlsx file and not "
        "open in another program, then try again.",
        name=file.name,
    )


def cell_text(value: Any) -> str:
    """A spreadsheet cell as text: whole numbers without “.0”, dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _table(records: Iterable[list[str]], file: Path) -> TableFile:
    iterator = iter(enumerate(records, start=1))
    header: list[str] | None = None
    for _line, record in iterator:
        if any(cell.strip() for cell in record):
            header = [cell.strip() for cell in record]
            break
    if header is None:
        raise DomainError(
            "{name} is empty. The first line must hold the column names.", name=file.name
        )
    _refuse_repeated_columns(header, file)
    rows = []
    for line, record in iterator:
        if not any(cell.strip() for cell in record):
            continue
        padded = record + [""] * (len(header) - len(record))
        cells = {c: restore(v) for c, v in zip(header, padded, strict=False) if c}
        rows.append(TableRow(line, cells))
    return TableFile([c for c in header if c], rows)


def _refuse_repeated_columns(header: list[str], file: Path) -> None:
    seen: set[str] = set()
    for column in header:
        if column and column.casefold() in seen:
            raise DomainError(
                "The column “{column}” appears twice in the first line of {name}. Remove or "
                "rename one of them and try again.",
                column=column,
                name=file.name,
            )
        seen.add(column.casefold())


# -- writing ------------------------------------------------------------------------------------


def write_table(
    path: str | os.PathLike[str], header: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Write a .csv (UTF-8 with BOM, so Excel shows Chinese) or .xlsx file; returns the number
    of data rows. The file appears only when complete (written beside it, then renamed)."""
    file = Path(path)
    suffix = _checked_suffix(file)
    if not file.parent.is_dir():
        raise DomainError(
            "The folder {folder} does not exist. Choose another folder for {name}.",
            folder=str(file.parent),
            name=file.name,
        )
    partial = file.with_name(f".{file.name}.part")
    try:
        if suffix == ".csv":
            count = _write_csv(partial, header, rows)
        else:
            count = _write_xlsx(partial, header, rows)
        os.replace(partial, file)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _file_error(file, exc) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count


def _cells(values: Sequence[Any]) -> list[str]:
    return [neutralise("" if v is None else str(v)) for v in values]


def _write_csv(file: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    count = 0
    with file.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(_cells(header))
        for row in rows:
            writer.writerow(_cells(row))
            count += 1
    return count


def _write_xlsx(file: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()

    def text_cells(values: Sequence[Any]) -> list[WriteOnlyCell]:
        cells = []
        for value in _cells(values):
            cell = WriteOnlyCell(sheet, value=_XLSX_ILLEGAL_RE.sub("", value))
            cell.data_type = "s"  # always a plain string: never a formula, number or date
            cells.append(cell)
        return cells

    count = 0
    try:
        sheet.append(text_cells(header))
        for row in rows:
            sheet.append(text_cells(row))
            count += 1
        workbook.save(file)
    except BaseException:
        with suppress(Exception):  # end openpyxl's stream and remove its temporary file
            sheet.close()
            sheet._writer.cleanup()
        raise
    return count


def _file_error(file: Path, exc: OSError) -> DomainError:
    if isinstance(exc, PermissionError):
        return DomainError(
            "Helix may not use {path}: it is open in another program (close it in Excel) or "
            "the folder is read-only. Then try again.",
            path=str(file),
        )
    return DomainError(
        "Helix could not use the file {path}: {reason}.",
        path=str(file),
        reason=exc.strerror or str(exc),
    )


__all__ = [
    "SUPPORTED_SUFFIXES",
    "TableFile",
    "TableRow",
    "cell_text",
    "neutralise",
    "read_table",
    "restore",
    "write_table",
]
