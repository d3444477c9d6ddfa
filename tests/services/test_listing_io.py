"""Importing and exporting listings as CSV and XLSX, on SQLite and PostgreSQL."""

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app.db import Database, sqlite_url
from app.errors import DomainError, message_from_json
from app.models import AuditEntry, Listing, ListingStatus, Role
from app.services import listing_cells, listings, members
from app.services.import_common import ImportRefusedError, column_key
from app.services.listing_io import (
    EXPORT_COLUMNS,
    LISTING_COLUMNS,
    ListingExportQuery,
    export_listings,
    import_listings,
)
from app.services.members import MemberData
from app.services.permissions import PERMISSIONS, Action, Actor, PermissionDeniedError
from app.services.uow import UnitOfWork

SUPERVISOR = Actor("supervisor-zhao", Role.SUPERVISOR)
CLERK = Actor("clerk-li", Role.CLERK)
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


class Stop(Exception):
    """What a clerk's Cancel raises inside the progress callback."""


def add_member(db: Database, name: str, external_id: str | None, **changes: Any) -> str:
    data = MemberData(kind="enterprise", name=name, external_id=external_id or "")
    for key, value in changes.items():
        setattr(data, key, value)
    with UnitOfWork(db) as uow:
        member_id = members.create_member(uow, data, SUPERVISOR).id
        uow.commit()
    return member_id


@pytest.fixture
def member_ids(database: Database) -> dict[str, str]:
    return {
        "M-1": add_member(database, "常州新能源科技有限公司", "M-1"),
        "M-2": add_member(database, "江南大学", "M-2", kind="university"),
    }


def listing_row(n: int, **cells: str) -> dict[str, str]:
    row = {
        "external_id": f"L-{n:03d}",
        "member_external_id": "M-1" if n % 2 else "M-2",
        "kind": "supply" if n % 2 else "demand",
        "title": f"钠离子电池正极材料{n}号工艺",
        "summary": "层状氧化物正极，循环寿命3000次",
        "description": "成本低于磷酸铁锂，适合储能电站。",
        "keywords": "钠离子电池;储能",
        "sectors": "C38",
        "trl": "7",
        "ip_status": "patent_granted",
        "cooperation_types": "licensing;joint_rd",
        "budget_min": "500000",
        "budget_max": "2000000",
        "currency": "CNY",
        "region": "江苏省",
        "deadline": "2027-06-30",
    }
    row.update(cells)
    return row


def write_csv(
    path: Path,
    rows: list[dict[str, str]],
    *,
    header: tuple[str, ...] | list[str] = LISTING_COLUMNS,
    encoding: str = "utf-8",
    line_end: str = "\n",
) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=line_end)
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def run_import(db: Database, path: Path, by: Actor = SUPERVISOR, **options: Any):  # type: ignore[no-untyped-def]
    with UnitOfWork(db) as uow:
        report = import_listings(uow, path, by, now=NOW, **options)
        uow.commit()
    return report


def refused(db: Database, path: Path, **options: Any) -> ImportRefusedError:
    with pytest.raises(ImportRefusedError) as caught:
        run_import(db, path, **options)
    return caught.value


def stored(db: Database) -> dict[str, Listing]:
    with UnitOfWork(db) as uow:
        found = uow.session.scalars(
            select(Listing).options(selectinload(Listing.verifications))
        ).all()
        uow.session.expunge_all()
    return {listing.external_id or listing.title: listing for listing in found}


def audit_count(db: Database) -> int:
    with UnitOfWork(db) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


# -- importing ------------------------------------------------------------------------------------


def test_a_good_file_creates_draft_listings(
    database: Database, tmp_path: Path, member_ids: dict[str, str]
) -> None:
    rows = [listing_row(1), listing_row(2, trl="", ip_status="none", budget_max="")]
    report = run_import(database, write_csv(tmp_path / "listings.csv", rows))
    assert (report.rows, report.created, report.updated, report.published) == (2, 2, 0, 0)
    assert report.summary().startswith("listings.csv: 2 rows checked; 2 listings were created")
    saved = stored(database)
    supply, demand = saved["L-001"], saved["L-002"]
    assert (supply.kind.value, supply.member_id) == ("supply", member_ids["M-1"])
    assert (demand.kind.value, demand.member_id) == ("demand", member_ids["M-2"])
    assert supply.keywords == "钠离子电池;储能"
    assert supply.cooperation_types == "licensing;joint_rd"
    assert (supply.trl, demand.trl) == (7, None)
    assert (supply.budget_min, supply.budget_max) == (Decimal("500000"), Decimal("2000000"))
    assert demand.budget_max is None
    assert supply.deadline == date(2027, 6, 30)
    assert {listing.status for listing in saved.values()} == {ListingStatus.DRAFT}
    assert supply.reference is None and supply.verifications == []
    assert supply.updated_by == "supervisor-zhao" and supply.search_text


def test_importing_as_published_verifies_each_listing_as_publish_listing_does(
    database: Database, tmp_path: Path, member_ids: dict[str, str]
) -> None:
    with UnitOfWork(database) as uow:  # one published before: the import numbers on from it
        data = listings.ListingData(
            kind="supply",
            member_id=member_ids["M-2"],
            title="工业机器人视觉定位系统",
            summary="亚毫米级定位",
            description="基于深度学习的视觉定位。",
            sectors=["C34"],
            trl="8",
            cooperation_types=["licensing"],
        )
        first = listings.create_listing(uow, data, SUPERVISOR, now=NOW)
        listings.submit_listing(uow, first.id, SUPERVISOR)
        listings.publish_listing(uow, first.id, dict.fromkeys(listings.CHECKLIST, True), SUPERVISOR)
        uow.commit()
    rows = [listing_row(1), listing_row(2), listing_row(3, title="海水淡化反渗透膜")]
    report = run_import(database, write_csv(tmp_path / "fair.csv", rows), status="published")
    assert (report.created, report.published) == (3, 3)
    saved = stored(database)
    year = NOW.year
    assert [saved[f"L-00{n}"].reference for n in (1, 2, 3)] == [
        f"S-{year}-0002",
        f"D-{year}-0001",
        f"S-{year}-0003",
    ]
    listing = saved["L-001"]
    assert listing.status is ListingStatus.PUBLISHED
    assert listing.published_at == NOW and listing.expires_at == NOW + timedelta(days=365)
    assert listing.extended is False
    [verification] = listing.verifications
    assert (verification.outcome.value, verification.verified_by) == (
        "published",
        "supervisor-zhao",
    )
    checks = json.loads(verification.checks)
    assert [c["name"] for c in checks["automatic"]] == [
        "required_fields",
        "limits",
        "member_active",
        "similar_listing",
    ]
    assert all(c["ok"] for c in checks["automatic"][:3])
    assert checks["checklist"] == dict.fromkeys(listings.CHECKLIST, True)
    assert "fair.csv" in checks["note"] and "supervisor-zhao" in checks["note"]


def test_a_published_import_warns_of_similar_listings_in_the_same_file(
    database: Database, tmp_path: Path, member_ids: dict[str, str]
) -> None:
    rows = [
        listing_row(1, title="钠离子电池正极材料工艺"),
        listing_row(3, title="钠离子电池正极材料工艺"),
    ]
    run_import(database, write_csv(tmp_path / "twins.csv", rows), status="published")
    saved = stored(database)
    first, second = (json.loads(saved[k].verifications[0].checks) for k in ("L-001", "L-003"))
    assert first["automatic"][3]["ok"] is True
    assert second["automatic"][3]["ok"] is False
    assert "line 2" in message_from_json(second["automatic"][3]["message"])


def test_a_row_not_ready_for_publication_refuses_a_published_import(
    database: Database, tmp_path: Path, member_ids: dict[str, str]
) -> None:
    rows = [listing_row(1), listing_row(3, summary="", cooperation_types="")]
    path = write_csv(tmp_path / "unready.csv", rows)
    error = refused(database, path, status="published")
    assert [p.line for p in error.problems] == [3]
    assert "cannot be published" in error.problems[0].message
    assert "summary" in error.problems[0].message
    assert stored(database) == {}
    assert run_import(database, path).created == 2  # as drafts the same file is fine


def test_every_bad_line_is_reported_and_nothing_is_saved(
    database: Database, tmp_path: Path, member_ids: dict[str, str]
) -> None:
    rows = [
        listing_row(1),
        listing_row(2, kind="wish"),
        listing_row(3, sectors="C99"),
        listing_row(4, trl="12", deadline="31/12/2027"),
        listing_row(5, budget_min="lots", ip_status="secret"),
        listing_row(6, cooperation_types="licensing;barter", title=""),
        listing_row(7, budget_min="900万", budget_max="500万"),
    ]
    error = refused(database, write_csv(tmp_path / "bad.csv", rows))
    assert [(p.line, p.column) for p in error.problems] == [
        (3, "kind"),
        (4, "sectors"),
        (5, "trl"),
        (5, "deadline"),
        (6, "ip_status"),
        (6, "budget_min"),
        (7, "cooperation_types"),
        (7, "title"),
        (8, "budget_max"),
    ]
    assert "demand or supply" in error.problems[0].message
    assert (
        "patent_granted" in error.problems[4].message and "已授权专利" in error.problems[4].message
    )
    assert str(error.problems[2]).startswith("line 5: trl: ")
    assert "6 line(s) have problems" in error.message and "Nothing was saved" in error.message
    assert stored(database) == {}


def test_an_unknown_member_refuses_the_whole_file(
    database: Database, tmp_path: Path, member_ids: dict[str, str]
) -> None:
    rows = [listing_row(1), listing_row(2, member_external_id="M-404")]
    error = refused(database, write_csv(tmp_path / "orphans.csv", rows))
    [problem] = error.problems
    assert (problem.line, problem.column) == (3, "member_external_id")
    assert "M-404" in problem.message and "imported first" in problem.message
    assert stored(database) == {}


def test_a_member_without_an_external_id_is_named_by_its_id(
    database: Database, tmp_path: Path
) -> None:
    member_id = add_member(database, "苏州纳米新材料科技有限公司", None)
    run_import(
        database, write_csv(tmp_path / "a.csv", [listing_row(1, member_external_id=member_id)])
    )
    assert stored(database)["L-001"].member_id == member_id
    with UnitOfWork(database) as uow:
        export_listings(uow, tmp_path / "out.csv", SUPERVISOR)
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as stream:
        [row] = list(csv.DictReader(stream))
    assert row["member_external_id"] == member_id


def test_an_existing_external_id_needs_update(
    database: Database, tmp_path: Path, member_ids: dict[str, str]
) -> None:
    run_import(database, write_csv(tmp_path / "a.csv", [listing_row(1), listing_row(2)]))
    again = write_csv(
        tmp_path / "b.csv",
        [listing_row(1, title="钠离子电池正极材料（第二代）"), listing_row(2), listing_row(3)],
    )
    error = refused(database, again)
    assert [(p.line, p.column) for p in error.problems] == [(2, "external_id"), (3, "external_id")]
    assert "--update" in error.problems[0].message
    report = run_import(database, again, update=True)
    assert (report.created, report.updated, report.unchanged) == (1, 1, 1)
    saved = stored(database)
    assert saved["L-001"].title == "钠离子电池正极材料（第二代）"
    assert saved["L-001"].version == 2 and saved["L-002"].version == 1
    assert len(saved) == 3


def test_update_leaves_published_listings_alone(
    database: Database, tmp_path: Path, member_ids: dict[str, str]
) -> None:
    run_import(database, write_csv(tmp_path / "a.csv", [listing_row(1)]), status="published")
    again = write_csv(tmp_path / "b.csv", [listing_row(1, title="另一个标题")])
    error = refused(database, again, update=True)
    assert "is published" in error.problems[0].message
    assert "only draft or returned" in error.problems[0].message
    assert stored(database)["L-001"].title == listing_row(1)["title"]


def test_repeated_external_ids_in_the_file_are_refused(
    database: Database, tmp_path: Path, member_ids: dict[str, str]
) -> None:
    rows = [listing_row(1), listing_row(2), listing_row(3, external_id="L-001")]
    error = refused(database, write_csv(tmp_path / "dup.csv", rows))
    assert [(p.line, p.column) for p in error.problems] == [(4, "external_id")]
    assert "also on line 2" in error.problems[0].message


def test_a_dry_run_reports_and_writes_nothing(
    database: Database, tmp_path: Path, member_ids: dict[str, str]
) -> None:
    before = audit_count(database)
    path = write_csv(tmp_path / "try.csv", [listing_row(1), listing_row(2)])
    report = run_import(database, path, dry_run=True, status="published")
    assert (report.created, report.published, report.dry_run) == (2, 2, True)
    assert "would be created" in report.summary() and "nothing was saved" in report.summary()
    assert stored(database) == {}
    assert audit_count(database) == before


def test_messy_cells_are_read_the_way_the_clerk_meant_them(
    database: Database, tmp_path: Path, member_ids: dict[str, str]
) -> None:
    header = ["\ufeffExternal ID", "Member External-ID", "ＫＩＮＤ", " Title ", "summary",
              "description", "Keywords", "SECTORS", "TRL", "IP Status", "Cooperation Types",
              "budget_min", "Budget Max", "currency", "region", "deadline", "Remarks"]  # fmt: skip
    cells = [
        "\u3000L-７\u00a0", " m-1 ".upper(), "技术成果", " 低温  钠电池 ", "摘要", "说明",
        "钠电池；低温、1,2-二甲氧基乙烷", "c38，电气机械和器材制造业、C39", "ＴＲＬ ６",
        "已授权专利", "技术许可、合作研发; Joint R&D", "50万", "¥2,000,000元", "人民币",
        " 江苏省 ", "2027年6月30日", "ignored",
    ]  # fmt: skip
    path = tmp_path / "messy.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        writer.writerow(cells)
    run_import(database, path)
    listing = stored(database)["L-7"]
    assert listing.member_id == member_ids["M-1"]
    assert (listing.kind.value, listing.title, listing.region) == (
        "supply",
        "低温 钠电池",
        "江苏省",
    )
    assert listing.keywords == "钠电池;低温;1,2-二甲氧基乙烷"
    assert listing.sectors == "C38;C39"
    assert (listing.trl, listing.ip_status.value) == (6, "patent_granted")
    assert listing.cooperation_types == "licensing;joint_rd"
    assert (listing.budget_min, listing.budget_max) == (Decimal(500000), Decimal(2000000))
    assert (listing.currency, listing.deadline) == ("CNY", date(2027, 6, 30))


def test_a_currency_mark_that_contradicts_the_currency_is_refused(
    database: Database, tmp_path: Path, member_ids: dict[str, str]
) -> None:
    rows = [listing_row(1, budget_min="$20,000", currency="CNY"), listing_row(3, currency="")]
    rows[1]["budget_max"] = "€90,000"
    rows[1]["budget_min"] = "10000"
    error = refused(database, write_csv(tmp_path / "money.csv", rows))
    assert [(p.line, p.column) for p in error.problems] == [(2, "budget_min")]
    assert "USD" in error.problems[0].message and "CNY" in error.problems[0].message
    run_import(database, write_csv(tmp_path / "eur.csv", rows[1:]))
    assert stored(database)["L-003"].currency == "EUR"


def test_a_gb18030_csv_as_excel_saves_it_imports(
    database: Database, tmp_path: Path, member_ids: dict[str, str]
) -> None:
    rows = [
        listing_row(1, kind="供给", ip_status="专利申请中", cooperation_types="委托开发、技术服务"),
        listing_row(2, kind="技术需求", budget_min="30万", budget_max="80万元", currency="元"),
    ]
    path = write_csv(tmp_path / "excel.csv", rows, encoding="gb18030", line_end="\r\n")
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    run_import(database, path)
    saved = stored(database)
    assert (saved["L-001"].kind.value, saved["L-001"].ip_status.value) == (
        "supply",
        "patent_pending",
    )
    assert saved["L-001"].cooperation_types == "commissioned_development;technical_service"
    assert saved["L-001"].title == "钠离子电池正极材料1号工艺"
    assert (saved["L-002"].kind.value, saved["L-002"].budget_max) == ("demand", Decimal(800000))


def test_an_xlsx_with_date_and_number_cells_imports(
    database: Database, tmp_path: Path, member_ids: dict[str, str]
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(LISTING_COLUMNS))
    row: list[Any] = [listing_row(1)[c] for c in LISTING_COLUMNS]
    row[LISTING_COLUMNS.index("trl")] = 6
    row[LISTING_COLUMNS.index("budget_min")] = 500000.0
    row[LISTING_COLUMNS.index("deadline")] = datetime(2027, 3, 31)
    sheet.append(row)
    workbook.save(tmp_path / "listings.xlsx")
    run_import(database, tmp_path / "listings.xlsx")
    listing = stored(database)["L-001"]
    assert (listing.trl, listing.budget_min, listing.deadline) == (
        6,
        Decimal(500000),
        date(2027, 3, 31),
    )


def test_a_file_without_a_required_column_is_refused(sqlite_db: Database, tmp_path: Path) -> None:
    header = [c for c in LISTING_COLUMNS if c != "member_external_id"]
    path = write_csv(tmp_path / "cols.csv", [listing_row(1)], header=header)
    with pytest.raises(DomainError, match="no “member_external_id” column"):
        run_import(sqlite_db, path)


@pytest.mark.parametrize("status", ["submitted", "published!"])
def test_only_draft_or_published_is_an_import_status(
    sqlite_db: Database, tmp_path: Path, status: str
) -> None:
    with pytest.raises(DomainError, match="draft or published"):
        run_import(sqlite_db, write_csv(tmp_path / "a.csv", []), status=status)


# -- export and the round trip --------------------------------------------------------------------

TRICKY = {
    "title": '=HYPERLINK("http://evil.example","储能")',
    "summary": "-40 °C 低温启动",
    "description": "@SUM(A1:A9) 说明；第二行\n换行",
    "keywords": "+钠电池;储能",
}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_into_a_fresh_database_as_the_same_listings(
    database: Database, tmp_path: Path, member_ids: dict[str, str], suffix: str
) -> None:
    rows = [listing_row(1, **TRICKY), listing_row(2, budget_min="12345.67"), listing_row(3)]
    rows[2]["external_id"] = ""
    run_import(database, write_csv(tmp_path / "in.csv", rows), status="published")
    with UnitOfWork(database) as uow:
        assert export_listings(uow, tmp_path / f"out{suffix}", SUPERVISOR) == 3
    fresh = Database.open(sqlite_url(tmp_path / "fresh.sqlite"))
    try:
        add_member(fresh, "常州新能源科技有限公司", "M-1")
        add_member(fresh, "江南大学", "M-2", kind="university")
        assert run_import(fresh, tmp_path / f"out{suffix}").created == 3
        again = stored(fresh)
    finally:
        fresh.dispose()
    original = stored(database)

    def content(listing: Listing) -> tuple[Any, ...]:
        data = listings._data(listing)
        data.member_id = ""
        return (data.__dict__.copy(),)

    assert sorted(map(str, map(content, again.values()))) == sorted(
        map(str, map(content, original.values()))
    )
    assert again["L-001"].title == TRICKY["title"] and again["L-001"].keywords == "+钠电池;储能"
    assert {listing.status for listing in again.values()} == {ListingStatus.DRAFT}


def test_exported_formulas_are_neutralised_and_reference_and_status_follow(
    database: Database, tmp_path: Path, member_ids: dict[str, str]
) -> None:
    run_import(
        database, write_csv(tmp_path / "in.csv", [listing_row(1, **TRICKY)]), status="published"
    )
    with UnitOfWork(database) as uow:
        export_listings(uow, tmp_path / "out.csv", SUPERVISOR)
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.reader(stream)
        header = next(reader)
        [row] = list(reader)
    assert tuple(header) == EXPORT_COLUMNS
    cells = dict(zip(header, row, strict=True))
    assert cells["title"] == "'" + TRICKY["title"]
    assert cells["summary"].startswith("'-40") and cells["description"].startswith("'@SUM")
    assert (cells["reference"], cells["status"]) == (f"S-{NOW.year}-0001", "published")


def test_an_export_query_selects_kind_and_status(
    database: Database, tmp_path: Path, member_ids: dict[str, str]
) -> None:
    run_import(database, write_csv(tmp_path / "in.csv", [listing_row(n) for n in range(1, 6)]))
    query = ListingExportQuery(kind=listings.ListingKind.DEMAND, statuses=(ListingStatus.DRAFT,))
    with UnitOfWork(database) as uow:
        assert export_listings(uow, tmp_path / "demands.xlsx", SUPERVISOR, query=query) == 2
        published = ListingExportQuery(statuses=(ListingStatus.PUBLISHED,))
        assert export_listings(uow, tmp_path / "none.csv", SUPERVISOR, query=published) == 0


# -- progress, cancelling and permissions ---------------------------------------------------------


def test_progress_runs_to_the_end_and_cancelling_writes_nothing(
    database: Database, tmp_path: Path, member_ids: dict[str, str]
) -> None:
    path = write_csv(tmp_path / "many.csv", [listing_row(n) for n in range(1, 41)])
    seen: list[tuple[int, int]] = []
    with UnitOfWork(database) as uow:
        import_listings(
            uow, path, SUPERVISOR, now=NOW, progress=lambda d, t, _s: seen.append((d, t))
        )
    assert seen[-1] == (80, 80) and [d for d, _t in seen] == sorted(d for d, _t in seen)

    def cancel_while_saving(done: int, total: int, _text: str) -> None:
        if done > total // 2:
            raise Stop

    before = audit_count(database)
    with UnitOfWork(database) as uow, pytest.raises(Stop):
        import_listings(uow, path, SUPERVISOR, now=NOW, progress=cancel_while_saving)
        uow.commit()
    assert stored(database) == {} and audit_count(database) == before


def test_a_cancelled_export_leaves_no_file(
    database: Database, tmp_path: Path, member_ids: dict[str, str]
) -> None:
    run_import(database, write_csv(tmp_path / "in.csv", [listing_row(n) for n in range(1, 4)]))

    def cancel(_done: int, _total: int, _text: str) -> None:
        raise Stop

    folder = tmp_path / "exports"
    folder.mkdir()
    with UnitOfWork(database) as uow, pytest.raises(Stop):
        export_listings(uow, folder / "out.xlsx", SUPERVISOR, progress=cancel)
    assert list(folder.iterdir()) == []


def test_a_clerk_may_export_but_not_import(
    database: Database, tmp_path: Path, member_ids: dict[str, str]
) -> None:
    path = write_csv(tmp_path / "in.csv", [listing_row(1)])
    with pytest.raises(PermissionDeniedError, match="may not import records"):
        run_import(database, path, by=CLERK)
    run_import(database, path)
    with UnitOfWork(database) as uow:
        assert export_listings(uow, tmp_path / "out.csv", CLERK) == 1


def test_publishing_by_import_needs_the_right_to_verify(
    database: Database, tmp_path: Path, member_ids: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should clerks ever import, they still could not publish that way."""
    monkeypatch.setitem(
        PERMISSIONS, Action.IMPORT_RECORDS, PERMISSIONS[Action.IMPORT_RECORDS] | {Role.CLERK}
    )
    path = write_csv(tmp_path / "in.csv", [listing_row(1)])
    with pytest.raises(PermissionDeniedError, match="may not verify listings"):
        run_import(database, path, by=CLERK, status="published")
    assert stored(database) == {}
    assert run_import(database, path, by=CLERK).created == 1


# -- reading cells --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("member_external_id", "member_external_id"),
        ("\ufeffMember External ID", "member_external_id"),
        ("ＣＯＯＰＥＲＡＴＩＯＮ＿ＴＹＰＥＳ", "cooperation_types"),
        ("Budget-Min", "budget_min"),
    ],
)
def test_header_cells_are_matched_forgivingly(written: str, key: str) -> None:
    assert column_key(written) == key


@pytest.mark.parametrize(
    ("cell", "amount"),
    [
        ("500000", ("500000", "")),
        ("500,000", ("500000", "")),
        ("50万", ("500000", "")),
        ("50万元", ("500000", "CNY")),
        ("¥500,000", ("500000", "CNY")),
        ("￥５０万", ("500000", "CNY")),
        ("US$20,000", ("20000", "USD")),
        ("1.5亿", ("150000000.0", "")),
    ],
)
def test_budgets_are_read_in_the_forms_clerks_write(cell: str, amount: tuple[str, str]) -> None:
    assert listing_cells.amount(cell) == amount


@pytest.mark.parametrize(
    "cell", ["2026-12-31", "2026/12/31", "2026.12.31", "2026年12月31日", "2026-12-31 00:00:00"]
)
def test_deadlines_are_read_in_the_forms_clerks_write(cell: str) -> None:
    assert listing_cells.deadline(cell) == "2026-12-31"


@pytest.mark.parametrize("cell", ["6", "TRL 6", "TRL6", "6级", "trl-6", "ＴＲＬ６"])
def test_readiness_levels_are_read_in_the_forms_clerks_write(cell: str) -> None:
    assert listing_cells.trl(cell) == "6"


@pytest.mark.parametrize(
    ("cell", "code"),
    [("CNY", "CNY"), ("RMB", "CNY"), ("元", "CNY"), ("人民币", "CNY"), ("¥", "CNY"),
     ("usd", "USD"), ("$", "USD"), ("美元", "USD"), ("EUR", "EUR"), ("€", "EUR"), ("欧元", "EUR"),
     ("jpy", "JPY")],
)  # fmt: skip
def test_currencies_are_read_in_the_forms_clerks_write(cell: str, code: str) -> None:
    assert listing_cells.currency(cell) == code


def test_keywords_keep_an_ascii_comma_and_sectors_accept_names() -> None:
    assert listing_cells.keywords("1,2-二氯乙烷；储能、钠电池，低温") == [
        "1,2-二氯乙烷",
        "储能",
        "钠电池",
        "低温",
    ]
    assert listing_cells.sector_codes(
        "Computers, communication and other electronic equipment; 电气机械和器材制造业, c26"
    ) == ["C39", "C38", "C26"]
    with pytest.raises(ValueError, match="exact name"):
        listing_cells.sector_codes("Batteries")
