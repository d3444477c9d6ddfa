"""Reports to files: any report as XLSX (numbers as numbers, a bar chart beside the table), as PDF
(a bar chart and the table, report_pdf.py) or as CSV; and the projects' progress as CSV or XLSX
(`helix export projects`). Every file is written beside its target and renamed over it when
complete, so a reader never sees half a file and a failure or a cancel leaves no file.

XLSX cells hold no formulas: text that a spreadsheet would take for one is written as plain text
(tabular.neutralise), and the chart refers to the table's cells, which is no cell formula."""

import os
import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.errors import DomainError
from app.services import tabular
from app.services.import_common import Progress, export_rows
from app.services.permissions import Action, require
from app.services.report_lists import project_progress
from app.services.report_tables import (
    LABELLED,
    ReportTable,
    build_report,
    cell_label,
    heading,
    period_text,
    plain_value,
    title,
)
from app.services.uow import Actor, UnitOfWork

REPORT_SUFFIXES = (".xlsx", ".pdf", ".csv")
PROJECT_COLUMNS = (
    "project",
    "contract_number",
    "status",
    "started_on",
    "planned_end",
    "ended_on",
    "milestones_done",
    "milestones_total",
    "overdue_milestones",
)
NUMBER_FORMATS = {"count": "#,##0", "rate": "0.0%", "days": "0.0", "money": "#,##0.00"}
STEPS = 3  # collecting the figures, writing the file, done


def export_report(
    uow: UnitOfWork,
    name: str,
    path: str | os.PathLike[str],
    by: Actor,
    *,
    since: date | None = None,
    until: date | None = None,
    today: date | None = None,
    language: str = "en",
    progress: Progress | None = None,
) -> ReportTable:
    """Compute the report `name` (report_tables.REPORTS) and write it to a .xlsx, .pdf or .csv
    file (by the suffix); returns the table written. progress may raise to cancel."""
    require(by, Action.EXPORT_RECORDS)
    target = checked_target(Path(path), REPORT_SUFFIXES)
    _step(progress, 0, "Collecting the figures")
    table = build_report(uow, name, since=since, until=until, today=today, language=language)
    write_report(table, target, language=language, progress=progress)
    return table


def write_report(
    table: ReportTable,
    path: str | os.PathLike[str],
    *,
    language: str = "en",
    progress: Progress | None = None,
) -> Path:
    """Write a report already computed to a .xlsx, .pdf or .csv file (by the suffix)."""
    target = checked_target(Path(path), REPORT_SUFFIXES)
    _step(progress, 1, "Writing the file")
    suffix = target.suffix.lower()
    if suffix == ".csv":
        header = [c.key for c in table.columns]
        rows = (
            [plain_value(c, v) for c, v in zip(table.columns, r, strict=True)] for r in table.rows
        )
        tabular.write_table(target, header, rows)
    elif suffix == ".xlsx":
        write_atomically(target, lambda part: _write_xlsx(table, part, language))
    else:
        from app.services.report_pdf import build_report_pdf  # reportlab only when needed

        write_atomically(target, lambda part: build_report_pdf(table, part, language))
    _step(progress, STEPS, "Done")
    return target


def export_projects(
    uow: UnitOfWork,
    path: str | os.PathLike[str],
    by: Actor,
    *,
    today: date | None = None,
    progress: Progress | None = None,
) -> int:
    """Every project with its contract, status, dates, milestones done and in all, and how many
    are overdue, to a .csv or .xlsx file; returns how many projects."""
    require(by, Action.EXPORT_RECORDS)
    found = project_progress(uow, today)
    rows = (
        [
            p.project,
            p.contract_number,
            p.status,
            _iso(p.started_on),
            _iso(p.planned_end),
            _iso(p.ended_on),
            p.milestones_done,
            p.milestones_total,
            p.overdue,
        ]
        for p in found
    )
    return export_rows(
        path, PROJECT_COLUMNS, rows, lambda: len(found), progress, "Writing the projects"
    )


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _step(progress: Progress | None, done: int, text: str) -> None:
    if progress is not None:
        progress(done, STEPS, text)


# -- the file -----------------------------------------------------------------------------------


def checked_target(path: Path, suffixes: tuple[str, ...]) -> Path:
    if path.suffix.lower() not in suffixes:
        raise DomainError(
            "Helix writes reports as {kinds} files; give a file name ending in one of them (not "
            "“{name}”).",
            kinds=", ".join(suffixes),
            name=path.name,
        )
    if path.is_dir():
        raise DomainError("{path} is a folder; give the name of the file.", path=str(path))
    if not path.parent.is_dir():
        raise DomainError(
            "The folder {folder} does not exist. Choose another folder for {name}.",
            folder=str(path.parent),
            name=path.name,
        )
    return path


def write_atomically(target: Path, write: Callable[[Path], Any]) -> None:
    """write(part) fills a file beside the target, which then replaces the target; on any
    failure or a cancel the part file goes and the target stays as it was."""
    part = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        part.open("xb").close()  # fails now, before the work, where the folder is not writable
    except OSError as exc:
        raise _unwritable(target, exc) from exc
    try:
        write(part)
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise _unwritable(target, exc) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _unwritable(path: Path, exc: OSError) -> DomainError:
    if isinstance(exc, PermissionError):
        return DomainError(
            "Helix may not write {path}: the folder is read-only or the file is open in another "
            "program (close it there). Choose another place or close it, then try again.",
            path=str(path),
        )
    return DomainError(
        "Helix could not write the report to {path}: {reason}. Choose another place.",
        path=str(path),
        reason=exc.strerror or str(exc),
    )


# -- XLSX ---------------------------------------------------------------------------------------

HEADER_ROW = 4


def _write_xlsx(table: ReportTable, part: Path, language: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = table.name
    sheet.append([_text(title(table.name, language))])
    sheet.append([_text(period_text(table, language))])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    sheet.append([_text(heading(c, language)) for c in table.columns])
    for cell in sheet[HEADER_ROW]:
        cell.font = Font(bold=True)
    for row in table.rows:
        sheet.append([_xlsx_value(table, row, i, language) for i in range(len(table.columns))])
    for i, column in enumerate(table.columns, start=1):
        fmt = NUMBER_FORMATS.get(column.kind, "yyyy-mm-dd" if column.kind == "date" else None)
        if fmt:
            for (cell,) in sheet.iter_rows(min_row=HEADER_ROW + 1, min_col=i, max_col=i):
                cell.number_format = fmt
        sheet.column_dimensions[cell_letter(i)].width = _width(sheet, i)
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    _xlsx_chart(table, sheet, language)
    workbook.save(part)


def cell_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))


def _text(value: str) -> str:
    """Text for a cell: never taken for a formula, without characters XLSX cannot hold."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return str(ILLEGAL_CHARACTERS_RE.sub("", tabular.neutralise(value)))


def _xlsx_value(table: ReportTable, row: tuple[Any, ...], column: int, language: str) -> Any:
    kind = table.columns[column].kind
    value = row[column]
    if kind in LABELLED:
        return _text(cell_label(table, row, column, language))
    if value is None:
        return None
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, int | float | date):
        return value
    return _text(str(value))


def _width(sheet: Any, column: int) -> float:
    longest = 8
    for (cell,) in sheet.iter_rows(min_row=HEADER_ROW, min_col=column, max_col=column):
        text = "" if cell.value is None else str(cell.value)
        longest = max(longest, sum(2 if ord(ch) > 0x2E80 else 1 for ch in text))
    return min(longest + 2, 60)


def _xlsx_chart(table: ReportTable, sheet: Any, language: str) -> None:
    if table.chart is None or not table.rows:
        return
    from openpyxl.chart import BarChart, Reference

    chart = BarChart()
    chart.type = "col"
    chart.title = title(table.name, language)
    chart.height, chart.width = 9, 18
    last = HEADER_ROW + min(len(table.rows), table.chart.limit)
    for column in table.chart.values:
        data = Reference(sheet, min_col=column + 1, min_row=HEADER_ROW, max_row=last)
        chart.add_data(data, titles_from_data=True)
    labels = Reference(sheet, min_col=table.chart.label + 1, min_row=HEADER_ROW + 1, max_row=last)
    chart.set_categories(labels)
    sheet.add_chart(chart, f"{cell_letter(len(table.columns) + 2)}{HEADER_ROW}")


__all__ = [
    "PROJECT_COLUMNS",
    "REPORT_SUFFIXES",
    "checked_target",
    "export_projects",
    "export_report",
    "write_atomically",
    "write_report",
]
