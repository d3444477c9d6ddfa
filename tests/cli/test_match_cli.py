"""`helix match`: CSV and JSON output, REF forms, --top, bad references, and the fallback to
unpublished listings (a file just imported as drafts)."""

import csv
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.db import Database, sqlite_url
from app.models import Listing, Role
from app.services import listings
from app.services.listings import CHECKLIST
from app.services.matching import forget_indexes
from app.services.permissions import Actor
from app.services.uow import UnitOfWork

ROWS = [
    (
        "D-1",
        "M-1",
        "demand",
        "动力电池包快充热管理",
        "电池包快充时温差大，需优化液冷板",
        "C38",
        "5",
    ),
    (
        "D-2",
        "M-1",
        "demand",
        "Orchard drip irrigation",
        "Use less water in the orchard",
        "A01",
        "6",
    ),
    ("S-1", "M-2", "supply", "Battery cold plate", "Thermal management of packs", "C38", "6"),
    ("S-2", "M-2", "supply", "电池模组相变均温材料", "用于电池热管理，降低快充温差", "C38", "7"),
    ("S-3", "M-2", "supply", "果园智能滴灌水肥一体化", "节水灌溉，土壤墒情控制滴灌", "A01", "8"),
]


COLUMNS = ["external_id", "member_external_id", "kind", "title", "summary", "description"]
COLUMNS += ["sectors", "trl", "cooperation_types", "deadline"]


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    forget_indexes()
    url = sqlite_url(tmp_path / "match.sqlite")
    (tmp_path / "members.csv").write_text(
        "external_id,kind,name\nM-1,企业,常州新能源科技有限公司\nM-2,高校,江南大学\n",
        encoding="utf-8",
    )
    with (tmp_path / "listings.csv").open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(COLUMNS)
        for ext, member, kind, title, text, sector, trl in ROWS:
            cells = [ext, member, kind, title, text, text, sector, trl, "joint_rd", "2099-12-31"]
            writer.writerow(cells)
    assert helix(url, "import", "members", str(tmp_path / "members.csv")) == 0
    assert helix(url, "import", "listings", str(tmp_path / "listings.csv")) == 0
    return url


def helix(url: str, *args: str) -> int:
    return main(["--db", url, "--user", "supervisor-zhao", *args])


def publish_all(url: str) -> None:
    db = Database.open(url)
    actor = Actor("supervisor-zhao", Role.SUPERVISOR)
    try:
        with UnitOfWork(db) as uow:
            ids = list(uow.session.scalars(select(Listing.id)))
        for listing_id in ids:
            with UnitOfWork(db) as uow:
                listings.submit_listing(uow, listing_id, actor)
                listings.publish_listing(uow, listing_id, dict.fromkeys(CHECKLIST, True), actor)
                uow.commit()
    finally:
        db.dispose()


def output(capsys: pytest.CaptureFixture[str]) -> tuple[list[dict[str, str]], str]:
    captured = capsys.readouterr()
    assert captured.out.splitlines()[0] == "demand_ref,supply_ref,rank,score,reasons"
    return list(csv.DictReader(io.StringIO(captured.out))), captured.err


def test_imported_drafts_are_matched_with_a_note(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert helix(db_url, "match", "--all") == 0
    rows, err = output(capsys)
    assert "No published demand" in err and "draft" in err
    firsts = {r["demand_ref"]: r["supply_ref"] for r in rows if r["rank"] == "1"}
    assert firsts["D-1"] in ("S-1", "S-2") and firsts["D-2"] == "S-3"
    d1 = [r for r in rows if r["demand_ref"] == "D-1"]
    assert {r["supply_ref"] for r in d1[:2]} == {"S-1", "S-2"}
    assert "shares: " in d1[0]["reasons"] and "; sector C38" in d1[0]["reasons"]
    assert all(0 < float(r["score"]) <= 100 for r in rows)


def test_one_demand_by_external_id_reference_or_id(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    publish_all(db_url)
    capsys.readouterr()
    assert helix(db_url, "match", "--demand", "D-1", "--top", "1") == 0
    rows, err = output(capsys)
    assert err == "" and len(rows) == 1 and rows[0]["rank"] == "1"
    assert rows[0]["demand_ref"] == "D-1" and rows[0]["supply_ref"] in ("S-1", "S-2")
    db = Database.open(db_url)
    with UnitOfWork(db) as uow:
        listing_id, reference = uow.session.execute(
            select(Listing.id, Listing.reference).where(Listing.external_id == "D-1")
        ).one()
    db.dispose()
    for ref in (reference, listing_id):
        assert helix(db_url, "match", "--demand", ref, "--top", "1") == 0
        assert output(capsys)[0] == rows


def test_json_has_the_same_keys(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    publish_all(db_url)
    capsys.readouterr()
    assert helix(db_url, "match", "--all", "--top", "2", "--format", "json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert {tuple(r) for r in rows} == {("demand_ref", "supply_ref", "rank", "score", "reasons")}
    assert [r["rank"] for r in rows if r["demand_ref"] == "D-1"] == [1, 2]
    assert all(isinstance(r["score"], float) for r in rows)


def test_bad_references_and_usage(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert helix(db_url, "match", "--demand", "D-404") == 1
    assert "No listing has the reference “D-404”" in capsys.readouterr().err
    assert helix(db_url, "match", "--demand", "S-1") == 1
    assert "is a supply" in capsys.readouterr().err
    assert helix(db_url, "match") == 2
    assert helix(db_url, "match", "--all", "--top", "0") == 2
    assert helix(db_url, "match", "--all", "--demand", "D-1") == 2
