"""`helix report funnel|sectors|regions|kinds|value|overdue [--format csv]` and `helix export
projects FILE`: the figures of the small history of tests/services/test_reports.py, as a text
table and as CSV on standard output; exit codes."""

import csv
import io
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.db import Database, sqlite_url
from app.services.report_io import PROJECT_COLUMNS
from app.services.tabular import read_table
from tests.services.test_reports import History, build_history

T = date.today()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, History]:
    folder = tmp_path_factory.mktemp("report-cli")
    db = Database.open(sqlite_url(folder / "history.sqlite"))
    try:
        history = build_history(db, folder)
    finally:
        db.dispose()
    return folder / "history.sqlite", history


@pytest.fixture
def url(built: tuple[Path, History], tmp_path: Path) -> str:
    path = tmp_path / "helix.sqlite"
    shutil.copy(built[0], path)
    return sqlite_url(path)


def helix(url: str, *args: str) -> int:
    return main(["--db", url, *args])


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_the_funnel_as_csv_has_a_header_and_a_line_per_stage(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert helix(url, "report", "funnel", "--format", "csv") == 0
    assert csv_rows(capsys.readouterr().out) == [
        ["stage", "listings", "rate", "median_days"],
        ["published", "6", "", ""],
        ["matched", "4", "0.6667", "35"],
        ["contracted", "4", "1.0000", "40"],
        ["completed", "2", "0.5000", "0"],
    ]


def test_the_funnel_of_a_period(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    since = (T - timedelta(days=60)).isoformat()
    assert helix(url, "report", "funnel", "--format", "csv", "--since", since) == 0
    assert [r[:2] for r in csv_rows(capsys.readouterr().out)[1:]] == [
        ["published", "4"],
        ["matched", "2"],
        ["contracted", "2"],
        ["completed", "0"],
    ]


def test_sectors_as_a_text_table_line_up_their_columns(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert helix(url, "report", "sectors") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Activity by sector — All time"
    header, rule, first = lines[2], lines[3], lines[4]
    assert header.split("  ")[0] == "Sector" and "Value (USD)" in header
    assert first.split()[:2] == ["C38", "Electrical"] and first.split()[-2:] == [
        "300,000.00",
        "0.00",
    ]
    assert set(rule) == {"-", " "} and len(rule) == len(header)
    assert first.index("300,000.00") + len("300,000.00") == header.index("Value (CNY)") + len(
        "Value (CNY)"
    )  # numbers right-aligned under their heading
    assert lines[-1].startswith("(contracts not from a listing)")


def test_sectors_as_csv_hold_codes_names_and_plain_money(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert helix(url, "report", "sectors", "--format", "csv") == 0
    rows = csv_rows(capsys.readouterr().out)
    assert rows[0] == [
        "sector", "sector_name", "demands", "supplies", "matches", "contracts",
        "value_CNY", "value_USD",
    ]  # fmt: skip
    assert rows[1] == [
        "C38", "Electrical machinery and equipment", "2", "1", "1", "1", "300000.00", "0.00"
    ]  # fmt: skip
    assert rows[-1] == [
        "",
        "(contracts not from a listing)",
        "0",
        "0",
        "0",
        "1",
        "1200000.00",
        "0.00",
    ]


def test_overdue_lists_what_is_late_today(
    url: str, built: tuple[Path, History], capsys: pytest.CaptureFixture[str]
) -> None:
    history = built[1]
    assert helix(url, "report", "overdue", "--format", "csv") == 0
    rows = csv_rows(capsys.readouterr().out)
    assert rows == [
        ["project", "contract_number", "milestone", "responsible", "due_date", "days_overdue"],
        [
            history.titles[1],
            history.numbers[1],
            history.milestones[0],
            "上海材料研究所",
            (T - timedelta(days=10)).isoformat(),
            "10",
        ],
    ]
    assert helix(url, "report", "overdue") == 0
    assert f"Overdue milestones — As of {T.isoformat()}" in capsys.readouterr().out


def test_export_projects_writes_csv_or_xlsx(
    url: str, built: tuple[Path, History], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "projects.csv"
    assert helix(url, "export", "projects", str(out)) == 0
    assert "Exported 3 projects" in capsys.readouterr().out
    found = read_table(out)
    assert found.header == list(PROJECT_COLUMNS)
    assert [r.get("contract_number") for r in found.rows] == list(built[1].numbers)
    assert [r.get("overdue_milestones") for r in found.rows] == ["0", "1", "0"]
    assert helix(url, "export", "projects", str(tmp_path / "projects.xlsx")) == 0
    assert len(read_table(tmp_path / "projects.xlsx").rows) == 3


def test_wrong_usage_and_refusals_have_their_exit_codes(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert helix(url, "report", "weather") == 2
    assert helix(url, "report", "funnel", "--since", "yesterday") == 2
    assert helix(url, "report", "funnel", "--since", "2026-02-01", "--until", "2026-01-01") == 1
    assert "starts after it ends" in capsys.readouterr().err
    assert helix(url, "export", "projects", str(tmp_path / "projects.docx")) == 1
    assert ".xlsx" in capsys.readouterr().err
