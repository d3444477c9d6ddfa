"""`helix import listings` and `helix export listings`: exit codes, messages, what is saved."""

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.db import Database, sqlite_url
from app.models import Listing, ListingStatus
from app.services.listing_io import LISTING_COLUMNS
from app.services.uow import UnitOfWork


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A new database holding the two members the listings belong to."""
    url = sqlite_url(tmp_path / "cli.sqlite")
    members = tmp_path / "members.csv"
    members.write_text(
        "external_id,kind,name\nM-1,企业,常州新能源科技有限公司\nM-2,高校,江南大学\n",
        encoding="utf-8",
    )
    assert main(["--db", url, "--user", "supervisor-zhao", "import", "members", str(members)]) == 0
    return url


def helix(db_url: str, *args: str) -> int:
    return main(["--db", db_url, "--user", "supervisor-zhao", *args])


def listings_csv(path: Path, count: int, **bad: dict[str, str]) -> Path:
    """A listings file of `count` rows; `bad` maps "line7" to the cells to spoil on that line."""
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(LISTING_COLUMNS)
        for n in range(1, count + 1):
            row = {
                "external_id": f"L-{n}",
                "member_external_id": f"M-{n % 2 + 1}",
                "kind": "供给" if n % 2 else "需求",
                "title": f"钠离子电池正极材料{n}",
                "summary": "层状氧化物正极",
                "description": "循环寿命3000次，成本低于磷酸铁锂。",
                "sectors": "C38",
                "trl": "TRL 7",
                "cooperation_types": "技术许可",
                "budget_max": "50万",
                "deadline": "2099-12-31",
            }
            row.update(bad.get(f"line{n + 1}", {}))
            writer.writerow([row.get(c, "") for c in LISTING_COLUMNS])
    return path


def saved(url: str) -> list[tuple[str, str, str]]:
    db = Database.open(url)
    try:
        with UnitOfWork(db) as uow:
            rows = uow.session.execute(
                select(Listing.external_id, Listing.status, Listing.updated_by)
            ).all()
            return sorted((e or "", s.value, u) for e, s, u in rows)
    finally:
        db.dispose()


def test_a_good_file_is_imported_as_drafts(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert helix(db_url, "import", "listings", str(listings_csv(tmp_path / "l.csv", 4))) == 0
    assert "4 listings were created" in capsys.readouterr().out
    assert saved(db_url) == [(f"L-{n}", "draft", "supervisor-zhao") for n in range(1, 5)]


def test_status_published_publishes_every_listing(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = listings_csv(tmp_path / "fair.csv", 3)
    assert helix(db_url, "import", "listings", str(path), "--status", "published") == 0
    assert "3 were published" in capsys.readouterr().out
    assert {status for _e, status, _u in saved(db_url)} == {ListingStatus.PUBLISHED.value}


def test_a_bad_file_exits_1_with_every_bad_line_on_stderr(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = listings_csv(
        tmp_path / "bad.csv",
        6,
        line3={"trl": "TRL 12"},
        line6={"member_external_id": "M-404", "deadline": "tomorrow"},
    )
    capsys.readouterr()
    assert helix(db_url, "import", "listings", str(path)) == 1
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert any(line.startswith("line 3: trl: ") for line in lines)
    assert any(
        line.startswith("line 6: member_external_id: ") and "M-404" in line for line in lines
    )
    assert any(line.startswith("line 6: deadline: ") for line in lines)
    assert "Nothing was saved" in err and "Traceback" not in err
    assert saved(db_url) == []


def test_dry_run_and_update(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = listings_csv(tmp_path / "a.csv", 2)
    assert helix(db_url, "import", "listings", str(first), "--dry-run") == 0
    assert "2 listings would be created" in capsys.readouterr().out
    assert saved(db_url) == []
    helix(db_url, "import", "listings", str(first))
    again = listings_csv(tmp_path / "b.csv", 3, line2={"title": "钠离子电池正极材料（第二代）"})
    assert helix(db_url, "import", "listings", str(again)) == 1
    capsys.readouterr()
    assert helix(db_url, "import", "listings", str(again), "--update") == 0
    assert "1 listings were created, 1 were updated, 1 unchanged" in capsys.readouterr().out


def test_an_export_imports_into_another_database(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    helix(db_url, "import", "listings", str(listings_csv(tmp_path / "l.csv", 5)))
    assert helix(db_url, "export", "listings", str(tmp_path / "out.xlsx")) == 0
    assert "Exported 5 listings" in capsys.readouterr().out
    assert helix(db_url, "export", "members", str(tmp_path / "members.csv")) == 0
    other = sqlite_url(tmp_path / "other.sqlite")
    assert main(["--db", other, "import", "members", str(tmp_path / "members.csv")]) == 0
    assert main(["--db", other, "import", "listings", str(tmp_path / "out.xlsx")]) == 0
    assert [e for e, _s, _u in saved(other)] == [f"L-{n}" for n in range(1, 6)]


@pytest.mark.parametrize(
    "args",
    [
        ["import", "listings"],
        ["import", "listings", "l.csv", "--status", "submitted"],
        ["import", "listings", "l.csv", "--publish"],
        ["export", "listings"],
    ],
    ids=" ".join,
)
def test_wrong_usage_exits_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    assert main(args) == 2
    assert "usage: helix" in capsys.readouterr().err


@pytest.mark.parametrize("args", [["import", "listings"], ["export", "listings"]], ids=" ".join)
def test_the_commands_have_help(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    assert main([*args, "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert out.startswith(f"usage: helix {' '.join(args)}")
    assert "member_external_id" in out or "then reference and status" in out


def test_a_gb18030_file_saved_by_excel_imports_from_the_command_line(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Excel's "CSV (逗号分隔)" on a Chinese Windows: GB18030, no BOM, CRLF, messy cells."""
    header = ",".join(LISTING_COLUMNS)
    cells = {
        "external_id": " L-9 ",
        "member_external_id": "M-1",
        "kind": "技术需求",
        "title": "高镍三元正极材料包覆工艺",
        "summary": "降低高镍材料的产气，提高循环寿命。",
        "description": "需要在4.3V下循环1000次容量保持率大于90%的包覆方案。",
        "keywords": "高镍；包覆、正极",
        "sectors": "ｃ３８",
        "trl": "6级",
        "cooperation_types": "合作研发、技术服务",
        "budget_min": "30万",
        "budget_max": "80万元",
        "currency": "人民币",
        "deadline": "2099年6月30日",
    }
    row = ",".join(cells.get(c, "") for c in LISTING_COLUMNS)
    path = tmp_path / "excel.csv"
    path.write_bytes(f"{header}\r\n{row}\r\n".encode("gb18030"))
    capsys.readouterr()
    assert helix(db_url, "import", "listings", str(path)) == 0
    assert "1 listing" in capsys.readouterr().out
    db = Database.open(db_url)
    try:
        with UnitOfWork(db) as uow:
            listing = uow.session.scalars(select(Listing)).one()
            assert listing.external_id == "L-9"
            assert listing.kind.value == "demand"
            assert listing.sectors == "C38"
            assert listing.trl == 6
            assert listing.keywords == "高镍;包覆;正极"
            assert listing.cooperation_types == "joint_rd;technical_service"
            assert (listing.budget_min, listing.budget_max) == (300000, 800000)
            assert listing.currency == "CNY"
            assert listing.deadline is not None and listing.deadline.isoformat() == "2099-06-30"
    finally:
        db.dispose()
    spoilt = tmp_path / "spoilt.csv"
    spoilt.write_bytes(
        f"{header}\r\n{row.replace('6级', '十级').replace('M-1', 'M-404')}\r\n".encode("gb18030")
    )
    assert helix(db_url, "import", "listings", str(spoilt)) == 1
    err = capsys.readouterr().err
    assert "M-404" in err
