"""`helix report …` and `helix export projects`:

- `helix report funnel|sectors|regions|kinds|value|overdue [--format text|csv] [--since DATE]
  [--until DATE]`: the report as a plain text table on standard output (the default), or as CSV
  with a header line (the columns of app/services/report_tables.py: codes as stored, rates as
  fractions, ISO dates). The period (both days included) does not apply to `overdue`, which
  lists what is overdue today;
- `helix export projects FILE`: every project with its contract, status, dates, milestones done
  and in all, and how many are overdue, as CSV or XLSX by the file's suffix."""

import argparse
import csv
import os
import sys
import unicodedata
from datetime import date
from pathlib import Path

from app import cli_access
from app.db import opened
from app.services.report_tables import (
    REPORTS,
    ReportTable,
    build_report,
    heading,
    period_text,
    plain_value,
    shown_value,
    title,
)
from app.services.uow import UnitOfWork

EXIT_OK = 0
GAP = "  "


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = commands.add_parser(
        "report",
        help="the office's reports: funnel, activity, contract value, overdue milestones",
        description="Print a report: funnel (published → matched → contracted → completed, "
        "with conversion rates and median days), sectors, regions or kinds (listings "
        "published, matches agreed, contracts signed and their value in each group), value "
        "(contracts by type and status) or overdue (milestones of running projects past their "
        "due date). A plain text table, or CSV with a header line with --format csv.",
    )
    report.add_argument("name", choices=REPORTS, metavar="REPORT", help=", ".join(REPORTS))
    report.add_argument(
        "--format", choices=("text", "csv"), default="text", help="text (default) or csv"
    )
    report.add_argument(
        "--since", type=_day, metavar="DATE", help="first day of the period (YYYY-MM-DD)"
    )
    report.add_argument(
        "--until", type=_day, metavar="DATE", help="last day of the period (YYYY-MM-DD)"
    )
    report.set_defaults(run=run_report)


def add_export(what: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    projects = what.add_parser(
        "projects",
        help="projects and their progress to a .csv or .xlsx file",
        description="Write every project to a .csv or .xlsx file (by its suffix): project, "
        "contract_number, status, started_on, planned_end, ended_on, milestones_done, "
        "milestones_total, overdue_milestones.",
    )
    projects.add_argument("file", type=Path, metavar="FILE")
    projects.set_defaults(run=run_export_projects)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2026-01-31") from exc


def run_report(args: argparse.Namespace, url: str) -> int:
    with opened(url) as db:
        cli_access.sign_in(args, db)
        with UnitOfWork(db) as uow:
            table = build_report(uow, args.name, since=args.since, until=args.until)
    try:
        if args.format == "csv":
            write_csv(table)
        else:
            print(text_table(table))
        sys.stdout.flush()
    except BrokenPipeError:  # `helix report … | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def write_csv(table: ReportTable) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow([c.key for c in table.columns])
    for row in table.rows:
        writer.writerow([plain_value(c, v) for c, v in zip(table.columns, row, strict=True)])


def _width(text: str) -> int:
    """Columns a terminal gives the text: two for each wide (Chinese) character."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def text_table(table: ReportTable) -> str:
    """The report's title, period and an aligned table (numbers to the right)."""
    numbers = [c.kind in ("count", "rate", "days", "money") for c in table.columns]
    cells = [[heading(c) for c in table.columns]] + [
        [shown_value(table, row, i, "en") for i in range(len(table.columns))] for row in table.rows
    ]
    widths = [max(_width(line[i]) for line in cells) for i in range(len(table.columns))]

    def line(values: list[str]) -> str:
        padded = []
        for i, value in enumerate(values):
            pad = " " * (widths[i] - _width(value))
            padded.append(pad + value if numbers[i] else value + pad)
        return GAP.join(padded).rstrip()

    lines = [f"{title(table.name)} — {period_text(table)}", "", line(cells[0])]
    lines.append(GAP.join("-" * w for w in widths))
    lines += [line(values) for values in cells[1:]]
    if not table.rows:
        lines.append("(nothing to report)")
    return "\n".join(lines)


def run_export_projects(args: argparse.Namespace, url: str) -> int:
    from app.services.report_io import export_projects

    with opened(url) as db:
        actor = cli_access.sign_in(args, db)
        with UnitOfWork(db) as uow:
            count = export_projects(uow, args.file, actor)
    print(f"Exported {count} projects to {args.file}.")
    return EXIT_OK
