"""Importing and exporting members as CSV and XLSX, on SQLite and PostgreSQL."""

import csv
import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from stdnum.cn import uscc as stdnum_uscc

from app.db import Database, sqlite_url
from app.errors import DomainError
from app.models import Member, Role
from app.services import member_search, members
from app.services.member_io import (
    MEMBER_COLUMNS,
    ImportRefusedError,
    export_members,
    import_members,
)
from app.services.member_search import MemberQuery
from app.services.members import ContactData, MemberData
from app.services.tabular import read_table, write_table
from app.services.uow import Actor, UnitOfWork

CLERK = Actor("test-clerk", Role.SUPERVISOR)
FORMULA = "=cmd|' /C calc'!A0"


def uscc(n: int) -> str:
    """A valid unified social credit code, different for each n."""
    first17 = f"9132050{n:010d}"
    return first17 + stdnum_uscc.calc_check_digit(first17)


def member_row(n: int, **cells: str) -> dict[str, str]:
    row = {
        "external_id": f"M-{n:03d}",
        "kind": "企业",
        "name": f"苏州纳米新材料科技有限公司{n}",
        "registration_code": uscc(n),
        "country": "CN",
        "region": "江苏省",
        "city": "苏州",
        "website": "www.sz-nano.cn",
        "sectors": "C26;C30",
        "keywords": "纳米材料;coating",
        "description": "专注于纳米材料的研发与产业化。",
        "contact_name": "王伟",
        "contact_email": "wang.wei@sz-nano.cn",
        "contact_phone": "138 1234 5678",
    }
    row.update(cells)
    return row


def write_csv(
    path: Path,
    rows: list[dict[str, str]],
    *,
    header: tuple[str, ...] | list[str] = MEMBER_COLUMNS,
    encoding: str = "utf-8",
) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def run_import(db: Database, path: Path, **options: bool):  # type: ignore[no-untyped-def]
    with UnitOfWork(db) as uow:
        report = import_members(uow, path, CLERK, **options)
        uow.commit()
    return report


def stored(db: Database) -> dict[str, Member]:
    with UnitOfWork(db) as uow:
        found = uow.session.scalars(select(Member)).all()
        for member in found:
            _ = member.contacts
        uow.session.expunge_all()  # keep the loaded values after the unit of work ends
        return {m.external_id or m.name: m for m in found}


def refused(db: Database, path: Path, **options: bool) -> ImportRefusedError:
    with pytest.raises(ImportRefusedError) as caught:
        run_import(db, path, **options)
    return caught.value


def test_a_good_file_creates_every_member(database: Database, tmp_path: Path) -> None:
    rows = [
        member_row(1),
        member_row(2, kind="高校", name="浙江大学", sectors="P83;M73", keywords="产学研;materials"),
        member_row(
            3,
            kind="research_institute",
            name="Fraunhofer Institute for Silicate Research ISC",
            registration_code="HRB 1234",
            country="DE",
            region="Bayern",
            city="Würzburg",
            contact_name="Anna Müller",
            contact_email="anna.mueller@isc.fraunhofer.de",
            contact_phone="+49 151 23456789",
        ),
    ]
    report = run_import(database, write_csv(tmp_path / "members.csv", rows))
    assert (report.rows, report.created, report.updated) == (3, 3, 0)
    saved = stored(database)
    assert saved["M-001"].kind.value == "enterprise"
    assert saved["M-002"].kind.value == "university"
    assert saved["M-001"].sectors == "C26;C30"
    assert saved["M-002"].keywords == "产学研;materials"
    assert saved["M-001"].website == "https://www.sz-nano.cn"
    assert saved["M-001"].contacts[0].phone == "+8613812345678"
    assert saved["M-003"].contacts[0].phone == "+4915123456789"
    assert saved["M-003"].updated_by == "test-clerk"
    assert saved["M-001"].origin_site == database.site_id


def test_imported_members_are_found_by_the_registry_search(
    database: Database, tmp_path: Path
) -> None:
    run_import(database, write_csv(tmp_path / "m.csv", [member_row(1), member_row(2)]))
    with UnitOfWork(database) as uow:
        found = member_search.search_members(uow, MemberQuery(text="纳米 王伟"))
        duplicates = members.find_possible_duplicates(uow, "苏州纳米新材料科技有限公司1")
    assert len(found) == 2
    assert duplicates, "imported members must carry the name key the duplicate check uses"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_chinese_names_import_from_each_encoding(
    database: Database, tmp_path: Path, encoding: str
) -> None:
    path = write_csv(
        tmp_path / "excel.csv",
        [member_row(1, name="江苏省科学技术厅", kind="政府")],
        encoding=encoding,
    )
    run_import(database, path)
    saved = stored(database)["M-001"]
    assert (saved.name, saved.kind.value, saved.city) == ("江苏省科学技术厅", "government", "苏州")


def test_an_xlsx_file_imports(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "members.xlsx"
    rows = [member_row(1), member_row(2)]
    write_table(path, MEMBER_COLUMNS, [[r[c] for c in MEMBER_COLUMNS] for r in rows])
    assert run_import(database, path).created == 2
    assert stored(database)["M-002"].registration_code == uscc(2)


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("企业", "enterprise"),
        ("高校", "university"),
        ("大学", "university"),
        ("科研院所", "research_institute"),
        ("研究院", "research_institute"),
        ("政府", "government"),
        ("中介", "intermediary"),
        ("投资机构", "investor"),
        ("其他", "other"),
        ("Research Institute", "research_institute"),
        ("INVESTOR", "investor"),
    ],
)
def test_kind_accepts_english_values_and_chinese_labels(
    sqlite_db: Database, tmp_path: Path, label: str, kind: str
) -> None:
    run_import(sqlite_db, write_csv(tmp_path / "k.csv", [member_row(1, kind=label)]))
    assert stored(sqlite_db)["M-001"].kind.value == kind


def test_every_bad_line_is_reported_and_nothing_is_saved(
    database: Database, tmp_path: Path
) -> None:
    rows = [member_row(n) for n in range(1, 10)]  # lines 2..10
    rows[2]["registration_code"] = uscc(3)[:-1] + ("0" if uscc(3)[-1] != "0" else "1")  # line 4
    rows[7]["contact_email"] = "wang.wei@@sz-nano"  # line 9
    error = refused(database, write_csv(tmp_path / "bad.csv", rows))
    assert [(p.line, p.column) for p in error.problems] == [
        (4, "registration_code"),
        (9, "contact_email"),
    ]
    assert "check character" in error.problems[0].message
    assert str(error.problems[1]).startswith("line 9: contact_email: ")
    assert "Nothing was saved" in error.message
    assert stored(database) == {}


def test_one_line_with_several_problems_reports_each(sqlite_db: Database, tmp_path: Path) -> None:
    row = member_row(1, kind="company?", name="", sectors="Z99", website="mailto:x")
    error = refused(sqlite_db, write_csv(tmp_path / "bad.csv", [row]))
    assert sorted(p.column for p in error.problems) == ["kind", "name", "sectors", "website"]
    assert {p.line for p in error.problems} == {2}


@pytest.mark.parametrize("missing", ["name", "kind"])
def test_a_file_without_a_required_column_is_refused(
    sqlite_db: Database, tmp_path: Path, missing: str
) -> None:
    header = [c for c in MEMBER_COLUMNS if c != missing]
    path = write_csv(tmp_path / "cols.csv", [member_row(1)], header=header)
    with pytest.raises(DomainError, match=f"no “{missing}” column"):
        run_import(sqlite_db, path)


def test_columns_may_come_in_any_order_with_extra_ones(sqlite_db: Database, tmp_path: Path) -> None:
    header = ["Notes", "Name", "KIND", "city"]
    path = write_csv(
        tmp_path / "few.csv",
        [{"Notes": "x", "Name": "浙江大学", "KIND": "高校", "city": "杭州"}],
        header=header,
    )
    assert run_import(sqlite_db, path).created == 1
    saved = stored(sqlite_db)["浙江大学"]
    assert (saved.city, saved.external_id, saved.registration_code) == ("杭州", None, None)


def test_repeated_external_ids_in_the_file_name_both_lines(
    database: Database, tmp_path: Path
) -> None:
    rows = [member_row(1), member_row(2), member_row(3, external_id="M-001")]
    error = refused(database, write_csv(tmp_path / "dup.csv", rows))
    assert [(p.line, p.column) for p in error.problems] == [(4, "external_id")]
    assert "also on line 2" in error.problems[0].message


def test_repeated_registration_codes_in_the_file_are_refused(
    sqlite_db: Database, tmp_path: Path
) -> None:
    rows = [member_row(1), member_row(2, registration_code=uscc(1))]
    error = refused(sqlite_db, write_csv(tmp_path / "dup.csv", rows))
    assert [(p.line, p.column) for p in error.problems] == [(3, "registration_code")]


def _create(db: Database, **changes: object) -> members.MemberDetail:
    data = MemberData(
        kind="enterprise",
        name="无锡华芯半导体有限公司",
        registration_code=uscc(50),
        city="无锡",
        external_id="M-050",
        contacts=[
            ContactData("李娜", "总经理", "li.na@huaxin.cn", "13912345678"),
            ContactData("张强", "技术总监", "zhang.qiang@huaxin.cn", "13812345678"),
        ],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    with UnitOfWork(db) as uow:
        detail = members.create_member(uow, data, CLERK)
        uow.commit()
    return detail


def test_an_existing_external_id_without_update_names_the_line(
    database: Database, tmp_path: Path
) -> None:
    _create(database)
    rows = [member_row(1), member_row(50, name="无锡华芯半导体有限公司")]
    error = refused(database, write_csv(tmp_path / "again.csv", rows))
    assert [(p.line, p.column) for p in error.problems] == [(3, "external_id")]
    assert "无锡华芯半导体有限公司" in error.problems[0].message
    assert "update" in error.problems[0].message
    assert set(stored(database)) == {"M-050"}


def test_a_registration_code_of_another_member_is_refused(
    database: Database, tmp_path: Path
) -> None:
    _create(database)
    error = refused(
        database, write_csv(tmp_path / "code.csv", [member_row(1, registration_code=uscc(50))])
    )
    assert [(p.line, p.column) for p in error.problems] == [(2, "registration_code")]
    assert "无锡华芯半导体有限公司" in error.problems[0].message


def test_update_changes_members_by_external_id_and_keeps_their_other_contacts(
    database: Database, tmp_path: Path
) -> None:
    before = _create(database)
    rows = [
        member_row(
            50,
            name="无锡华芯半导体股份有限公司",
            city="无锡",
            contact_name="李娜",
            contact_email="li.na@huaxin.com.cn",
            contact_phone="13912345678",
        ),
        member_row(2),
    ]
    report = run_import(database, write_csv(tmp_path / "upd.csv", rows), update=True)
    assert (report.created, report.updated, report.unchanged) == (1, 1, 0)
    with UnitOfWork(database) as uow:
        after = members.get_member(uow, before.id)
    assert after.data.name == "无锡华芯半导体股份有限公司"
    assert after.version == before.version + 1
    assert [c.email for c in after.data.contacts] == [
        "li.na@huaxin.com.cn",
        "zhang.qiang@huaxin.cn",
    ]
    assert after.data.contacts[0].id == before.data.contacts[0].id


def test_update_leaves_the_fields_the_file_lacks(database: Database, tmp_path: Path) -> None:
    before = _create(database, short_name="华芯", description="原有介绍")
    path = write_csv(
        tmp_path / "few.csv",
        [
            {
                "external_id": "M-050",
                "kind": "enterprise",
                "name": "无锡华芯半导体有限公司",
                "city": "江阴",
            }
        ],
        header=["external_id", "kind", "name", "city"],
    )
    assert run_import(database, path, update=True).updated == 1
    with UnitOfWork(database) as uow:
        after = members.get_member(uow, before.id).data
    assert (after.city, after.short_name, after.description) == ("江阴", "华芯", "原有介绍")
    assert after.registration_code == uscc(50)
    assert len(after.contacts) == 2


def test_dry_run_reports_what_would_change_and_writes_nothing(
    database: Database, tmp_path: Path
) -> None:
    before = _create(database)
    rows = [member_row(50, name="新名称有限公司"), member_row(2), member_row(3)]
    with UnitOfWork(database) as uow:
        report = import_members(
            uow, write_csv(tmp_path / "d.csv", rows), CLERK, dry_run=True, update=True
        )
        uow.commit()  # even a commit after a dry run must find nothing to write
    assert (report.created, report.updated, report.dry_run) == (2, 1, True)
    assert "would be created" in report.summary()
    saved = stored(database)
    assert set(saved) == {"M-050"}
    assert saved["M-050"].name == "无锡华芯半导体有限公司"
    assert saved["M-050"].version == before.version


def _three_members(db: Database) -> None:
    for n, name, description in [
        (1, FORMULA, "-3 dB bandwidth; @home; +plus"),
        (2, "浙江大学", "多行\n说明"),
        (3, "'quoted name", ""),
    ]:
        with UnitOfWork(db) as uow:
            members.create_member(
                uow,
                MemberData(
                    kind="university",
                    name=name,
                    registration_code=uscc(n),
                    external_id=f"M-{n:03d}",
                    description=description,
                    sectors=["P83", "M73"],
                    keywords=["材料", "=SUM(A1)"],
                    contacts=[ContactData("王伟", "", "wang.wei@zju.edu.cn", "13812345678")]
                    if n != 3
                    else [],
                ),
                CLERK,
            )
            uow.commit()


@pytest.fixture
def second_sqlite(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "second.sqlite"
    shutil.copy(sqlite_template, path)
    db = Database.open(sqlite_url(path))
    yield db
    db.dispose()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_again_exactly(
    database: Database, second_sqlite: Database, tmp_path: Path, suffix: str
) -> None:
    _three_members(database)
    first = tmp_path / f"first{suffix}"
    with UnitOfWork(database) as uow:
        assert export_members(uow, first, CLERK) == 3
    assert run_import(second_sqlite, first).created == 3
    second = tmp_path / f"second{suffix}"
    with UnitOfWork(second_sqlite) as uow:
        export_members(uow, second, CLERK)
    assert read_table(first) == read_table(second)
    names = {m.name for m in stored(second_sqlite).values()}
    assert names == {FORMULA, "浙江大学", "'quoted name"}


def test_exported_formulas_are_neutralised_in_the_file(database: Database, tmp_path: Path) -> None:
    _three_members(database)
    path = tmp_path / "out.csv"
    with UnitOfWork(database) as uow:
        export_members(uow, path, CLERK)
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == ",".join(MEMBER_COLUMNS)
    assert "'=cmd|' /C calc'!A0" in text
    assert "'+8613812345678" in text
    assert not any(line.startswith("=") or ",=" in line for line in text.splitlines())


def test_reimporting_an_export_with_update_changes_nothing(
    database: Database, tmp_path: Path
) -> None:
    _three_members(database)
    path = tmp_path / "out.xlsx"
    with UnitOfWork(database) as uow:
        export_members(uow, path, CLERK)
    versions = {k: m.version for k, m in stored(database).items()}
    report = run_import(database, path, update=True)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 3)
    assert {k: m.version for k, m in stored(database).items()} == versions


def test_export_can_follow_the_registry_filter(database: Database, tmp_path: Path) -> None:
    _three_members(database)
    _create(database)
    path = tmp_path / "enterprises.csv"
    with UnitOfWork(database) as uow:
        count = export_members(uow, path, CLERK, MemberQuery(kind="enterprise"))
    assert count == 1
    assert [r.get("name") for r in read_table(path).rows] == ["无锡华芯半导体有限公司"]


def test_export_can_follow_a_typed_search(database: Database, tmp_path: Path) -> None:
    _three_members(database)
    _create(database)
    path = tmp_path / "found.csv"
    with UnitOfWork(database) as uow:
        assert export_members(uow, path, CLERK, MemberQuery(text="华芯")) == 1
    assert read_table(path).rows[0].get("external_id") == "M-050"


def test_an_empty_registry_exports_just_the_header(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    with UnitOfWork(database) as uow:
        assert export_members(uow, path, CLERK) == 0
    assert read_table(path).header == list(MEMBER_COLUMNS)
