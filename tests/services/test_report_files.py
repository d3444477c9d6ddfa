"""Reports as tables and files: the CSV, XLSX and PDF of a report, the projects' export, who may
export, a cancelled export; and the reports' edges (an empty database, a wrong period, the median,
the office's clock), on SQLite and PostgreSQL."""

import os
import shutil
import subprocess
import time as clock
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import literal, select

from app.db import Database
from app.errors import DomainError, ValidationError
from app.models import Role
from app.services import listings, report_io, report_lists, report_tables, reports
from app.services.permissions import Actor, PermissionDeniedError
from app.services.report_pdf import bar_chart
from app.services.tabular import read_table
from app.services.uow import UnitOfWork
from tests.services.test_listings import CLERK, SUPERVISOR, TICKED, demand, run
from tests.services.test_reports import T, _member, build_history

VIEWER = Actor("viewer-wang", Role.VIEWER)


def table(db: Database, name: str, language: str = "en") -> report_tables.ReportTable:
    with UnitOfWork(db) as uow:
        return report_tables.build_report(uow, name, language=language)


def export(db: Database, name: str, path: Path, **kwargs) -> report_tables.ReportTable:  # type: ignore[no-untyped-def]
    with UnitOfWork(db) as uow:
        return report_io.export_report(uow, name, path, CLERK, **kwargs)


# -- files --------------------------------------------------------------------------------------


def test_an_xlsx_report_holds_numbers_as_numbers_and_a_chart(
    database: Database, tmp_path: Path
) -> None:
    build_history(database, tmp_path)
    path = tmp_path / "sectors.xlsx"
    export(database, "sectors", path, language="zh")
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet["A1"].value == "按行业统计" and sheet["A2"].value == "全部时间"
    header = [c.value for c in sheet[4]]
    assert header == [
        "行业", "行业名称", "发布需求", "发布成果", "达成对接", "合同数",
        "合同金额（CNY）", "合同金额（USD）",
    ]  # fmt: skip
    first = [c.value for c in sheet[5]]
    assert first == ["C38", "电气机械和器材制造业", 2, 1, 1, 1, 300000, 0]
    assert [c.data_type for c in sheet[5]][2:] == ["n"] * 6
    assert sheet.cell(8, 1).value == "（非对接产生的合同）"
    assert not [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert len(sheet._charts) == 1
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_a_pdf_report_has_the_table_in_an_embedded_font(
    sqlite_db: Database, tmp_path: Path
) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdftotext) is not installed")
    build_history(sqlite_db, tmp_path)
    path = tmp_path / "regions.pdf"
    export(sqlite_db, "regions", path)
    words = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    assert "Activity by region" in words.stdout and "江苏省" in words.stdout
    assert "300,000.00" in words.stdout and "80,000.00" in words.stdout
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all("WenQuanYi" in row[0] and row[-5] == "yes" for row in rows), fonts


def test_the_bar_chart_draws_the_first_rows_of_the_charted_columns(
    sqlite_db: Database, tmp_path: Path
) -> None:
    build_history(sqlite_db, tmp_path)
    funnel = bar_chart(table(sqlite_db, "funnel"), 400)
    assert funnel is not None
    chart = funnel.contents[0]
    assert chart.data == [[6.0, 4.0, 4.0, 2.0]]
    assert chart.categoryAxis.categoryNames == ["Published", "Matched", "Contracted", "Completed"]
    kinds = bar_chart(table(sqlite_db, "kinds"), 400)
    assert kinds is not None and len(kinds.contents) == 2  # the bars and their legend
    assert kinds.contents[0].data == [
        [3, 0, 0, 0],
        [0, 2, 1, 0],
        [2, 1, 1, 1],
    ]  # demands, supplies, contracts
    assert bar_chart(table(sqlite_db, "overdue"), 400) is None


def test_a_csv_report_holds_the_codes_and_plain_numbers(
    sqlite_db: Database, tmp_path: Path
) -> None:
    build_history(sqlite_db, tmp_path)
    path = tmp_path / "funnel.csv"
    export(sqlite_db, "funnel", path)
    found = read_table(path)
    assert found.header == ["stage", "listings", "rate", "median_days"]
    assert [list(r.cells.values()) for r in found.rows] == [
        ["published", "6", "", ""],
        ["matched", "4", "0.6667", "35"],
        ["contracted", "4", "1.0000", "40"],
        ["completed", "2", "0.5000", "0"],
    ]


def test_the_projects_export_has_each_projects_progress(
    sqlite_db: Database, tmp_path: Path
) -> None:
    history = build_history(sqlite_db, tmp_path)
    path = tmp_path / "projects.xlsx"
    with UnitOfWork(sqlite_db) as uow:
        assert report_io.export_projects(uow, path, CLERK, today=T + timedelta(days=45)) == 3
    found = read_table(path)
    assert found.header == list(report_io.PROJECT_COLUMNS)
    second = found.rows[1].cells
    assert second["contract_number"] == history.numbers[1] and second["status"] == "running"
    assert (second["milestones_done"], second["milestones_total"]) == ("0", "2")
    assert second["overdue_milestones"] == "1" and second["started_on"] == T.isoformat()
    assert found.rows[0].cells["ended_on"] == T.isoformat()


def test_a_viewer_may_read_reports_but_not_export_them(sqlite_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with UnitOfWork(sqlite_db) as uow:
        assert report_tables.build_report(uow, "funnel").rows  # reading needs no permission
        with pytest.raises(PermissionDeniedError):
            report_io.export_report(uow, "funnel", out / "f.xlsx", VIEWER)
        with pytest.raises(PermissionDeniedError):
            report_io.export_projects(uow, out / "p.csv", VIEWER)
    assert list(out.iterdir()) == []


class Cancelled(Exception):
    """What the screen's progress report raises once the clerk cancelled."""


def test_a_cancelled_or_failed_export_leaves_the_old_file_and_no_part(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / "funnel.pdf"
    path.write_bytes(b"the old file")
    seen: list[int] = []

    def cancel(done: int, total: int, text: str) -> None:
        seen.append(done)
        if done == 1:
            raise Cancelled

    with pytest.raises(Cancelled):
        export(sqlite_db, "funnel", path, progress=cancel)
    assert seen == [0, 1]

    def broken(*args: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("app.services.report_pdf.build_report_pdf", broken)
    with pytest.raises(DomainError) as caught:
        export(sqlite_db, "funnel", path)
    assert "No space left on device" in caught.value.message
    assert path.read_bytes() == b"the old file"
    assert [p.name for p in out.iterdir()] == ["funnel.pdf"]


def test_a_report_file_needs_a_known_type_and_folder(sqlite_db: Database, tmp_path: Path) -> None:
    with pytest.raises(DomainError) as caught:
        export(sqlite_db, "funnel", tmp_path / "funnel.docx")
    assert ".xlsx, .pdf, .csv" in caught.value.message
    with pytest.raises(DomainError) as caught:
        export(sqlite_db, "funnel", tmp_path / "missing" / "funnel.pdf")
    assert "does not exist" in caught.value.message


# -- values as shown ----------------------------------------------------------------------------


def test_values_show_as_a_reader_and_a_script_expect() -> None:
    funnel = report_tables.funnel_table(
        reports.Funnel(
            reports.Period(), None, (reports.FunnelStage("matched", 1234, 2 / 3, 35.5),)
        ),
        T,
    )
    row = funnel.rows[0]
    shown = [report_tables.shown_value(funnel, row, i, "en") for i in range(4)]
    assert shown == ["Matched", "1,234", "66.7 %", "35.5"]
    assert report_tables.shown_value(funnel, row, 0, "zh") == "已对接"
    plain = [report_tables.plain_value(c, v) for c, v in zip(funnel.columns, row, strict=True)]
    assert plain == ["matched", "1234", "0.6667", "35.5"]
    money = report_tables.Column("value_CNY", "money")
    assert report_tables.plain_value(money, Decimal("1200000")) == "1200000.00"
    assert report_tables.heading(money, "zh") == "合同金额（CNY）"
    assert report_tables.label("group", "", "en") == "(not given)"


# -- edges --------------------------------------------------------------------------------------


def stages(funnel: reports.Funnel) -> list[tuple[str, int, float | None, float | None]]:
    return [(s.stage, s.count, s.rate, s.median_days) for s in funnel.stages]


def test_an_empty_database_reports_zeros(database: Database) -> None:
    with UnitOfWork(database) as uow:
        funnel = reports.funnel(uow)
        sectors = reports.activity_by_sector(uow)
        value = report_lists.contract_value(uow)
        overdue = report_lists.overdue_milestones(uow)
    assert stages(funnel) == [(s, 0, None, None) for s in reports.STAGES]
    assert sectors.rows == () and sectors.currencies == ()
    assert value.by_type == () and value.totals == () and overdue.rows == ()


def test_a_period_that_ends_before_it_starts_is_refused(database: Database) -> None:
    with UnitOfWork(database) as uow, pytest.raises(ValidationError) as caught:
        reports.funnel(uow, since=T, until=T - timedelta(days=1))
    assert "starts after it ends" in caught.value.message


def test_the_median_is_the_middle_value_or_the_mean_of_the_two_middle_ones(
    database: Database,
) -> None:
    values = [(1, 5), (1, 1), (1, 9), (2, 10), (2, 1), (2, 3), (2, 2)]
    rows = [select(literal(s).label("step"), literal(d).label("days")) for s, d in values]
    with UnitOfWork(database) as uow:
        found = dict(uow.session.execute(reports.medians(rows[0].union_all(*rows[1:]))).all())
    assert {step: float(median) for step, median in found.items()} == {1: 5.0, 2: 2.5}


@pytest.fixture
def beijing_clock() -> Iterator[None]:
    """The office's clock in Beijing (UTC+8) for one test."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    clock.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    clock.tzset()


@pytest.mark.skipif(not hasattr(clock, "tzset"), reason="time.tzset is POSIX only")
def test_publication_counts_on_the_office_clock(database: Database, beijing_clock: None) -> None:
    """Published at 23:30 UTC on day X is day X+1 in Beijing: the period follows the office."""
    member = _member(database, "enterprise", "常州新能源科技有限公司", "江苏省")
    moment = datetime.combine(T - timedelta(days=8), time(23, 30), UTC)
    detail = run(database, listings.create_listing, demand(member), CLERK, now=moment)
    run(database, listings.submit_listing, detail.id, CLERK)
    run(database, listings.publish_listing, detail.id, TICKED, SUPERVISOR, now=moment)
    day = T - timedelta(days=7)
    with UnitOfWork(database) as uow:
        on_the_day = reports.funnel(uow, since=day, until=day).stages[0].count
        day_before = reports.funnel(uow, until=day - timedelta(days=1)).stages[0].count
    assert (on_the_day, day_before) == (1, 0)
