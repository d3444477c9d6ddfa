"""`helix backup FILE` and `helix restore FILE [--yes]`, run in-process through main()."""

import io
import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.db import Database, data_dir, sqlite_url
from app.models import Member
from app.services import members
from app.services.members import MemberData
from app.services.uow import Actor, UnitOfWork


class Terminal(io.StringIO):
    """Standard input as a clerk's console: a terminal, with the answer typed in."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    url = sqlite_url(tmp_path / "cli.sqlite")
    assert main(["--db", url, "demo", "--members", "25"]) == 0
    return url


def helix(db_url: str, *args: str) -> int:
    return main(["--db", db_url, *args])


def member_count(url: str) -> int:
    db = Database.open(url)
    try:
        with UnitOfWork(db) as uow:
            return int(uow.session.scalar(select(func.count()).select_from(Member)) or 0)
    finally:
        db.dispose()


def add_member(url: str) -> None:
    db = Database.open(url)
    try:
        with UnitOfWork(db) as uow:
            members.create_member(uow, MemberData(kind="enterprise", name="新成员"), Actor("li"))
            uow.commit()
    finally:
        db.dispose()


def backed_up(db_url: str, path: Path) -> Path:
    assert helix(db_url, "backup", str(path)) == 0
    add_member(db_url)
    assert member_count(db_url) == 26
    return path


def test_backup_writes_the_file_and_says_what_it_holds(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out" / "helix-copy.sqlite"
    assert helix(db_url, "backup", str(target)) == 0
    printed = capsys.readouterr().out
    assert target.exists()
    assert str(target) in printed and "25 members" in printed
    dump = tmp_path / "out" / "helix.helixdump"
    assert helix(db_url, "backup", str(dump)) == 0
    assert "Helix dump" in capsys.readouterr().out


def test_backup_of_a_missing_database_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = sqlite_url(tmp_path / "nowhere.sqlite")
    assert helix(missing, "backup", str(tmp_path / "b.sqlite")) == 1
    assert "There is no Helix database" in capsys.readouterr().err
    assert not (tmp_path / "b.sqlite").exists()
    assert not (tmp_path / "nowhere.sqlite").exists()


def test_restore_with_yes_replaces_the_database_and_keeps_a_safety_copy(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = backed_up(db_url, tmp_path / "b.sqlite")
    capsys.readouterr()
    assert helix(db_url, "restore", str(backup), "--yes") == 0
    assert member_count(db_url) == 25
    printed = capsys.readouterr().out
    found = re.search(r"saved in (\S+\.sqlite)\.", printed)
    assert found, printed
    safety = Path(found[1])
    assert safety.exists() and safety.parent == data_dir() / "backups"
    assert member_count(sqlite_url(safety)) == 26


def test_restore_without_yes_and_without_a_terminal_is_refused(
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = backed_up(db_url, tmp_path / "b.helixdump")
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))  # piped input is no confirmation
    assert helix(db_url, "restore", str(backup)) == 1
    assert "--yes" in capsys.readouterr().err
    assert member_count(db_url) == 26


@pytest.mark.parametrize(("answer", "code", "count"), [("n\n", 1, 26), ("", 1, 26), ("y\n", 0, 25)])
def test_restore_asks_on_a_terminal(
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    code: int,
    count: int,
) -> None:
    backup = backed_up(db_url, tmp_path / "b.sqlite")
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", Terminal(answer))
    assert helix(db_url, "restore", str(backup)) == code
    question = capsys.readouterr().out
    assert f"Replace the database {tmp_path / 'cli.sqlite'} with the backup of" in question
    assert "? [y/N] " in question
    assert member_count(db_url) == count


def test_restore_of_a_file_that_is_no_backup_is_refused_before_asking(
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bogus = tmp_path / "members.csv"
    bogus.write_text("external_id,kind,name\n", encoding="utf-8")
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    assert helix(db_url, "restore", str(bogus)) == 1
    captured = capsys.readouterr()
    assert "is not a Helix backup. Nothing was replaced." in captured.err
    assert "Traceback" not in captured.err and "[y/N]" not in captured.out
    assert member_count(db_url) == 25


def test_backup_and_restore_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["restore", "--help"]) == 0
    assert "--yes" in capsys.readouterr().out
    assert main(["backup"]) == 2
    assert main(["restore"]) == 2
