"""`helix export matches`: the file, the status filter, exit codes."""

from pathlib import Path

import pytest

from app.cli import main
from app.db import Database, sqlite_url
from app.services import matches
from app.services.match_io import EXPORT_COLUMNS
from app.services.tabular import read_table
from tests.services.test_listings import CLERK, demand, make_member, published, run


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A database with one declined and one proposed match."""
    url = sqlite_url(tmp_path / "cli.sqlite")
    db = Database.open(url)
    try:
        buyer, seller = make_member(db), make_member(db, "江南大学")
        wanted = published(db, demand(buyer, external_id="DEM-1")).id
        offers = [
            published(
                db, demand(seller, kind="supply", title=f"硫化物电解质{n}", external_id=ref)
            ).id
            for n, ref in ((1, "SUP-1"), (2, "SUP-2"))
        ]
        declined = run(db, matches.propose_match, wanted, offers[0], CLERK).id
        run(db, matches.decline_match, declined, "demand", "timing", "", CLERK)
        run(db, matches.propose_match, wanted, offers[1], CLERK)
    finally:
        db.dispose()
    return url


def test_export_matches_writes_every_match(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "matches.xlsx"
    assert main(["--db", db_url, "export", "matches", str(out)]) == 0
    assert f"Exported 2 matches to {out}." in capsys.readouterr().out
    table = read_table(out)
    assert table.header == list(EXPORT_COLUMNS)
    rows = sorted(
        (r.get("supply_ref"), r.get("status"), r.get("decline_reason")) for r in table.rows
    )
    assert rows == [("SUP-1", "declined", "timing"), ("SUP-2", "proposed", "")]


def test_export_matches_of_one_status(db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "declined.csv"
    assert main(["--db", db_url, "export", "matches", str(out), "--status", "declined"]) == 0
    assert [r.get("demand_ref") for r in read_table(out).rows] == ["DEM-1"]


def test_an_unknown_status_is_wrong_usage(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.csv"
    assert main(["--db", db_url, "export", "matches", str(out), "--status", "maybe"]) == 2
    assert "invalid choice: 'maybe'" in capsys.readouterr().err
    assert not out.exists()


def test_a_file_helix_cannot_write_is_refused(db_url: str, tmp_path: Path) -> None:
    assert main(["--db", db_url, "export", "matches", str(tmp_path / "matches.pdf")]) == 1
