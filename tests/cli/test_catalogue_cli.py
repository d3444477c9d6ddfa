"""`helix export catalogue FILE.pdf [--language] [--title] [--event] [--kind]`, in-process."""

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.cli import main
from app.db import Database, sqlite_url
from app.models import Role
from app.services import listings, members
from app.services.listings import CHECKLIST, ListingData
from app.services.members import MemberData
from app.services.permissions import Actor
from app.services.uow import UnitOfWork

CLERK = Actor("clerk-li", Role.CLERK)
SUPERVISOR = Actor("supervisor-zhao", Role.SUPERVISOR)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path / "cli.sqlite")


def helix(db_url: str, *args: str) -> int:
    return main(["--db", db_url, *args])


def publish(url: str, kind: str, title: str) -> str:
    """A published listing (a new database without users: the command acts as its setup user)."""
    db = Database.open(url)
    try:
        with UnitOfWork(db) as uow:
            member_id = members.create_member(
                uow, MemberData(kind="enterprise", name="常州新能源科技有限公司"), CLERK
            ).id
            data = ListingData(
                kind=kind,
                member_id=member_id,
                title=title,
                summary="寻求量产工艺",
                description="完整说明",
                sectors=["C38"],
                cooperation_types=["licensing"],
                trl="6",
            )
            detail = listings.create_listing(uow, data, CLERK)
            listings.submit_listing(uow, detail.id, CLERK)
            done = listings.publish_listing(
                uow, detail.id, dict.fromkeys(CHECKLIST, True), SUPERVISOR, now=datetime.now(UTC)
            )
            uow.commit()
        return done.reference
    finally:
        db.dispose()


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed (Debian: poppler-utils; .ci/run installs it)")
    return subprocess.run(
        [tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_catalogue_is_written_and_counted(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demand = publish(db_url, "demand", "高能量密度固态锂电池电解质技术")
    supply = publish(db_url, "supply", "Perovskite module encapsulation")
    target = tmp_path / "fair.pdf"
    assert helix(db_url, "export", "catalogue", str(target), "--event", "Fair 2026") == 0
    assert capsys.readouterr().out.strip() == f"Catalogue of 2 listings written to {target}."
    assert target.read_bytes().startswith(b"%PDF-")
    text = pdf_text(target)
    assert demand in text and supply in text and "Fair 2026" in text


def test_language_title_and_kind_are_chosen(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demand = publish(db_url, "demand", "高能量密度固态锂电池电解质技术")
    supply = publish(db_url, "supply", "Perovskite module encapsulation")
    target = tmp_path / "需求.pdf"
    args = ["--language", "zh", "--title", "常州技术需求目录", "--kind", "demand"]
    assert helix(db_url, "export", "catalogue", str(target), *args) == 0
    assert "Catalogue of 1 listings written to" in capsys.readouterr().out
    text = pdf_text(target)
    assert "常州技术需求目录" in text and "技术需求" in text
    assert demand in text and supply not in text


def test_no_published_listings_is_refused_with_the_reason(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert helix(db_url, "db", "upgrade") == 0
    target = tmp_path / "fair.pdf"
    assert helix(db_url, "export", "catalogue", str(target)) == 1
    err = capsys.readouterr().err
    assert "There are no published listings to put in a catalogue" in err
    assert "Traceback" not in err
    assert not target.exists()


def test_a_wrong_kind_is_a_usage_error(db_url: str, tmp_path: Path) -> None:
    assert helix(db_url, "export", "catalogue", str(tmp_path / "x.pdf"), "--kind", "both") == 2
    assert helix(db_url, "export", "catalogue", str(tmp_path / "x.pdf"), "--language", "fr") == 2
