"""Reading and writing CSV and XLSX tables (no database)."""

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.errors import DomainError
from app.services.tabular import neutralise, read_table, restore, write_table

HEADER = ["external_id", "name", "city"]
ROWS = [["M-1", "苏州纳米新材料科技有限公司", "苏州"], ["M-2", "Fraunhofer ISC", "Würzburg"]]


def _csv_text(rows: list[list[str]]) -> str:
    return "\r\n".join(",".join(row) for row in rows) + "\r\n"


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gb18030", b"")],
    ids=["utf-8", "utf-8-bom", "gb18030"],
)
def test_csv_in_each_encoding_reads_the_chinese_names(
    tmp_path: Path, encoding: str, prefix: bytes
) -> None:
    path = tmp_path / "members.csv"
    path.write_bytes(prefix + _csv_text([HEADER, *ROWS]).encode(encoding))
    table = read_table(path)
    assert table.header == HEADER
    assert [row.cells for row in table.rows] == [dict(zip(HEADER, r, strict=True)) for r in ROWS]


def test_gb18030_text_that_is_not_utf8_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "clerk-excel.csv"
    path.write_bytes("name,city\n中国科学院上海硅酸盐研究所,上海\n".encode("gb18030"))
    assert read_table(path).rows[0].cells == {"name": "中国科学院上海硅酸盐研究所", "city": "上海"}


def test_line_numbers_count_blank_lines_like_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "gaps.csv"
    path.write_text('name,city\n\nA,x\n,\n"B\nsecond line",y\n', encoding="utf-8")
    table = read_table(path)
    assert [(row.line, row.get("name")) for row in table.rows] == [
        (3, "A"),
        (5, "B\nsecond line"),
    ]


def test_trailing_empty_columns_and_short_rows_are_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("name,city,,\nA,x,,\nB\n", encoding="utf-8")
    table = read_table(path)
    assert table.header == ["name", "city"]
    assert [row.cells for row in table.rows] == [
        {"name": "A", "city": "x"},
        {"name": "B", "city": ""},
    ]


def test_semicolon_separated_csv_keeps_lists_in_quoted_cells(tmp_path: Path) -> None:
    path = tmp_path / "european.csv"
    path.write_text('name;sectors\nA;"C38;I65"\n', encoding="utf-8")
    assert read_table(path).rows[0].cells == {"name": "A", "sectors": "C38;I65"}


def test_a_repeated_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text("name,city,Name\nA,x,y\n", encoding="utf-8")
    with pytest.raises(DomainError, match="appears twice"):
        read_table(path)


def test_an_empty_file_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"\n\n")
    with pytest.raises(DomainError, match="empty"):
        read_table(path)


def test_bytes_in_no_known_encoding_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "binary.csv"
    path.write_bytes(b"name\n\x81\x20\xff\n")
    with pytest.raises(DomainError, match="neither UTF-8 nor GB18030"):
        read_table(path)


@pytest.mark.parametrize("name", ["members.txt", "members.xls", "members"])
def test_unknown_suffixes_are_refused_for_reading_and_writing(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("name\nA\n", encoding="utf-8")
    with pytest.raises(DomainError, match=r"\.xlsx"):
        read_table(path)
    with pytest.raises(DomainError, match=r"\.xlsx"):
        write_table(path, ["name"], [["A"]])


def test_a_missing_file_is_a_domain_error(tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="does not exist"):
        read_table(tmp_path / "nowhere.csv")


def test_xlsx_values_become_text_with_iso_dates_and_whole_numbers(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["name", "phone", "founded", "stamp", "share"])
    sheet.append([])
    sheet.append(["浙江大学", 13812345678, date(2024, 5, 1), datetime(2024, 5, 1, 9, 30), 0.25])
    sheet["A6"] = "far below"
    path = tmp_path / "typed.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert [row.line for row in table.rows] == [3, 6]
    assert table.rows[0].cells == {
        "name": "浙江大学",
        "phone": "13812345678",
        "founded": "2024-05-01",
        "stamp": "2024-05-01 09:30:00",
        "share": "0.25",
    }


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_written_tables_read_back_exactly(tmp_path: Path, suffix: str) -> None:
    rows = [*ROWS, ["M-3", "line one\nline two", ""], ["M-4", "'quoted", "C38;I65"]]
    path = tmp_path / f"out{suffix}"
    assert write_table(path, HEADER, rows) == 4
    table = read_table(path)
    assert [[row.get(c) for c in HEADER] for row in table.rows] == rows


def test_csv_is_written_with_a_bom_for_excel(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_table(path, HEADER, ROWS)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfexternal_id,")


FORMULAS = ["=cmd|' /C calc'!A0", "+86 138 1234 5678", "-2+3", "@SUM(A1)", "'=already quoted"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_formula_cells_are_neutralised_on_export_and_restored_on_import(
    tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"attack{suffix}"
    write_table(path, ["value"], [[v] for v in FORMULAS])
    assert [row.get("value") for row in read_table(path).rows] == FORMULAS
    if suffix == ".csv":
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        assert lines[1] == "'=cmd|' /C calc'!A0"


def test_xlsx_export_holds_no_formula_cells(tmp_path: Path) -> None:
    path = tmp_path / "attack.xlsx"
    write_table(path, ["value"], [[v] for v in FORMULAS])
    cells = [cell for row in load_workbook(path).active.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    assert cells[1].value == "'=cmd|' /C calc'!A0"


def test_neutralising_round_trips_values_that_start_with_quotes() -> None:
    for value in ["", "a", "'", "'a", "''=x", "=x", "@", "-"]:
        assert restore(neutralise(value)) == value
    assert neutralise("'a") == "'a"
    assert restore("'O'Brien") == "'O'Brien"


def test_writing_into_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="does not exist"):
        write_table(tmp_path / "nowhere" / "out.csv", HEADER, ROWS)


def test_a_failed_write_leaves_no_file_behind(tmp_path: Path) -> None:
    def rows():  # type: ignore[no-untyped-def]
        yield ["M-1", "A", "x"]
        raise RuntimeError("database went away")

    path = tmp_path / "out.xlsx"
    with pytest.raises(RuntimeError):
        write_table(path, HEADER, rows())
    assert list(tmp_path.iterdir()) == []


def test_xlsx_shared_strings_booleans_1904_dates_and_formula_results(tmp_path: Path) -> None:
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    workbook = Workbook()
    workbook.epoch = CALENDAR_MAC_1904
    sheet = workbook.active
    sheet.append(["name", "active", "founded", "total"])
    sheet.append(["江苏省科学技术厅", True, date(1999, 12, 31), "=1+1"])
    sheet["A3"] = "second"
    sheet["B3"] = False
    path = tmp_path / "excel-like.xlsx"
    workbook.save(path)  # the normal (not write-only) writer uses the shared-strings table
    rows = [row.cells for row in read_table(path).rows]
    assert rows[0] == {
        "name": "江苏省科学技术厅",
        "active": "TRUE",
        "founded": "1999-12-31",
        "total": "",  # a formula never calculated (not saved by Excel) has no value to read
    }
    assert rows[1]["active"] == "FALSE"


def test_a_damaged_xlsx_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DomainError, match="could not be read as an Excel workbook"):
        read_table(path)
