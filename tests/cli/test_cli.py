"""The `helix` command, run in-process through main() (and once as a real process)."""

import csv
import logging
import logging.handlers
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select
from stdnum.cn import uscc as stdnum_uscc

from app.cli import main
from app.db import Database, sqlite_url
from app.models import Listing, ListingStatus, Member
from app.services import member_io
from app.services.member_io import MEMBER_COLUMNS
from app.services.uow import UnitOfWork

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path / "cli.sqlite")


def helix(db_url: str, *args: str) -> int:
    return main(["--db", db_url, *args])


def member_count(url: str) -> int:
    db = Database.open(url)
    try:
        with UnitOfWork(db) as uow:
            return int(uow.session.scalar(select(func.count()).select_from(Member)) or 0)
    finally:
        db.dispose()


def uscc(n: int) -> str:
    first17 = f"9132050{n:010d}"
    return first17 + stdnum_uscc.calc_check_digit(first17)


def members_csv(path: Path, count: int, **bad: dict[str, str]) -> Path:
    """A members file of `count` rows; `bad` maps "line7" to the cells to spoil on that line."""
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(MEMBER_COLUMNS)
        for n in range(1, count + 1):
            row = {
                "external_id": f"M-{n}",
                "kind": "企业",
                "name": f"常州新能源科技有限公司{n}",
                "registration_code": uscc(n),
                "city": "常州",
                "sectors": "C38",
                "contact_name": "陈静",
                "contact_email": f"chen.jing{n}@example.cn",
                "contact_phone": "13912345678",
            }
            row.update(bad.get(f"line{n + 1}", {}))
            writer.writerow([row.get(c, "") for c in MEMBER_COLUMNS])
    return path


# -- usage ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["db"],
        ["db", "upgrade"],
        ["db", "current"],
        ["demo"],
        ["import"],
        ["import", "members"],
        ["export"],
        ["export", "members"],
        ["self-test"],
    ],
    ids=lambda a: " ".join(a) or "helix",
)
def test_every_command_has_help(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    assert main([*args, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: helix")


def test_the_top_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--help"])
    out = capsys.readouterr().out
    for command in ("db", "demo", "import", "export", "self-test", "--db", "--demo", "--user"):
        assert command in out


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["db"],
        ["import"],
        ["import", "members"],
        ["import", "listings", "x.csv", "--status", "submitted"],
        ["demo", "--members", "-3"],
        ["demo", "--members", "many"],
        ["demo", "--listings", "-1"],
        ["--db"],
    ],
    ids=lambda a: " ".join(a),
)
def test_wrong_usage_exits_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    assert main(args) == 2
    assert "usage: helix" in capsys.readouterr().err


def test_python_dash_m_app_runs_the_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "self-test" in result.stdout


def test_shell_commands_do_not_load_qt(tmp_path: Path) -> None:
    script = (
        "import sys; from app.cli import main; "
        f"code = main(['--db', {sqlite_url(tmp_path / 'q.sqlite')!r}, 'db', 'upgrade']); "
        "print(code, 'PySide6' in sys.modules)"
    )
    env = {**os.environ, "HELIX_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.stdout.split()[-2:] == ["0", "False"], result.stderr


# -- db ------------------------------------------------------------------------------------------


def test_db_upgrade_applies_the_migrations_once(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    head = Database(db_url).head_revision()
    assert helix(db_url, "db", "upgrade") == 0
    out = capsys.readouterr().out
    assert "applied" in out and head in out
    assert helix(db_url, "db", "upgrade") == 0
    assert "up to date" in capsys.readouterr().out


def test_db_current_tells_whether_the_schema_is_up_to_date(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    helix(db_url, "db", "upgrade")
    capsys.readouterr()
    assert helix(db_url, "db", "current") == 0
    out = capsys.readouterr().out
    assert f"revision {Database(db_url).head_revision()} (up to date)" in out


def test_db_current_without_a_database_file_is_refused(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert helix(db_url, "db", "current") == 1
    assert "no database file" in capsys.readouterr().err
    assert not Path(db_url.removeprefix("sqlite:///")).exists()


def test_the_database_url_can_come_from_the_environment(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HELIX_DB_URL", db_url)
    assert main(["db", "upgrade"]) == 0
    assert "cli.sqlite" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://clerk@server/helix", "not with mysql"),
        ("postgresql+psycopg://nobody@127.0.0.1:1/helix", "could not open the database"),
    ],
)
def test_a_database_that_cannot_be_used_is_refused_without_a_traceback(
    capsys: pytest.CaptureFixture[str], url: str, message: str
) -> None:
    assert main(["--db", url, "db", "upgrade"]) == 1
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


# -- demo ----------------------------------------------------------------------------------------


def test_demo_fills_an_empty_database_and_refuses_a_second_time(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert helix(db_url, "demo", "--members", "40", "--seed", "3") == 0
    assert "40 members" in capsys.readouterr().out
    assert member_count(db_url) == 40
    assert helix(db_url, "demo") == 1
    assert "already holds 40 members" in capsys.readouterr().err
    assert member_count(db_url) == 40


def test_demo_makes_the_listings_asked_for_in_every_status(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert helix(db_url, "demo", "--members", "60", "--listings", "50") == 0
    assert "50 listings" in capsys.readouterr().out
    db = Database.open(db_url)
    try:
        with UnitOfWork(db) as uow:
            statuses = set(uow.session.scalars(select(Listing.status)))
            count = uow.session.scalar(select(func.count()).select_from(Listing))
    finally:
        db.dispose()
    assert count == 50
    assert statuses == set(ListingStatus)


def test_demo_on_postgresql(pg_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", pg_db.url, "demo", "--members", "25"]) == 0
    assert member_count(pg_db.url) == 25


# -- import and export ---------------------------------------------------------------------------


def test_import_creates_the_members_and_records_the_user(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = members_csv(tmp_path / "good.csv", 12)
    assert main(["--db", db_url, "--user", "clerk-zhao", "import", "members", str(path)]) == 0
    assert "12 members were created" in capsys.readouterr().out
    db = Database.open(db_url)
    try:
        with UnitOfWork(db) as uow:
            users = set(uow.session.scalars(select(Member.updated_by)))
    finally:
        db.dispose()
    assert users == {"clerk-zhao"}


def test_a_refused_import_lists_every_bad_line_and_saves_nothing(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad_code = uscc(3)[:-1] + ("0" if uscc(3)[-1] != "0" else "1")
    path = members_csv(
        tmp_path / "bad.csv",
        10,
        line4={"registration_code": bad_code},
        line9={"contact_email": "chen.jing@"},
    )
    assert helix(db_url, "import", "members", str(path)) == 1
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert any(line.startswith("line 4: registration_code: ") for line in lines)
    assert any(line.startswith("line 9: contact_email: ") for line in lines)
    assert "Nothing was saved" in err and "Traceback" not in err
    assert member_count(db_url) == 0


def test_import_dry_run_saves_nothing(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = members_csv(tmp_path / "good.csv", 5)
    assert helix(db_url, "import", "members", str(path), "--dry-run") == 0
    assert "5 members would be created" in capsys.readouterr().out
    assert member_count(db_url) == 0


def test_import_update_changes_existing_members(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    helix(db_url, "import", "members", str(members_csv(tmp_path / "a.csv", 3)))
    again = members_csv(tmp_path / "b.csv", 4, line3={"city": "溧阳"})
    assert helix(db_url, "import", "members", str(again)) == 1
    capsys.readouterr()
    assert helix(db_url, "import", "members", str(again), "--update") == 0
    out = capsys.readouterr().out
    assert "1 members were created, 1 were updated, 2 unchanged" in out
    assert member_count(db_url) == 4


def test_a_missing_file_is_refused(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert helix(db_url, "import", "members", "/nowhere/members.csv") == 1
    assert "does not exist" in capsys.readouterr().err


def test_export_writes_a_file_that_imports_into_another_database(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    helix(db_url, "demo", "--members", "30")
    path = tmp_path / "members.xlsx"
    assert helix(db_url, "export", "members", str(path)) == 0
    assert "Exported 30 members" in capsys.readouterr().out
    other = sqlite_url(tmp_path / "other.sqlite")
    assert helix(other, "import", "members", str(path)) == 0
    assert member_count(other) == 30


def test_an_unexpected_error_points_to_the_log_file(
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(member_io, "export_members", broken)
    assert helix(db_url, "export", "members", str(tmp_path / "x.csv")) == 1
    err = capsys.readouterr().err
    assert "Unexpected error" in err and "disk on fire" in err and "helix.log" in err
    assert "Traceback" not in err
    handler = next(
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    )
    handler.flush()
    assert "RuntimeError: disk on fire" in Path(handler.baseFilename).read_text(encoding="utf-8")


# -- GUI, demo database and self-test ------------------------------------------------------------


def test_without_a_command_the_gui_starts_with_the_database_and_user(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def run_gui(url: str, actor_name: str, demo: bool = False) -> int:
        calls.append((url, actor_name, demo))
        return 0

    monkeypatch.setitem(sys.modules, "app.ui.app", SimpleNamespace(run_gui=run_gui))
    assert main(["--db", db_url, "--user", "clerk-li"]) == 0
    assert calls == [(db_url, "clerk-li", False)]


def test_demo_flag_starts_the_gui_on_a_filled_demo_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HELIX_DATA_DIR", str(tmp_path))
    calls = []
    monkeypatch.setitem(
        sys.modules,
        "app.ui.app",
        SimpleNamespace(run_gui=lambda url, user, demo=False: calls.append((url, demo)) or 0),
    )
    assert main(["--demo"]) == 0
    url, demo = calls[0]
    assert demo is True
    assert url == sqlite_url(tmp_path / "helix-demo.sqlite")
    assert member_count(url) == 300


def test_self_test_returns_the_self_test_result(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "app.ui.selftest", SimpleNamespace(run_self_test=lambda: 1))
    assert main(["self-test"]) == 1
    monkeypatch.setitem(sys.modules, "app.ui.selftest", SimpleNamespace(run_self_test=lambda: 0))
    assert main(["self-test"]) == 0


def test_self_test_with_demo_flag_leaves_the_demo_database_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HELIX_DATA_DIR", str(tmp_path))
    monkeypatch.setitem(sys.modules, "app.ui.selftest", SimpleNamespace(run_self_test=lambda: 0))
    assert main(["--demo", "self-test"]) == 0
    assert not (tmp_path / "helix-demo.sqlite").exists()


def test_passwords_in_the_database_url_stay_out_of_messages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert (
        main(["--db", "postgresql+psycopg://clerk:s3cret@127.0.0.1:1/helix", "db", "upgrade"]) == 1
    )
    err = capsys.readouterr().err
    assert "could not open" in err and "s3cret" not in err


def test_a_reader_that_stops_early_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`helix … | head`: the pipe closes; the command ends quietly with 0, no traceback."""
    import app.cli as cli

    def closed_pipe(_args: object, _url: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(cli.os, "dup2", lambda *_a: None)
    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda: _with_run(parser, closed_pipe))
    assert cli.main(["--db", f"sqlite:///{tmp_path / 'x.sqlite'}", "db", "current"]) == 0


def _with_run(parser, run):  # type: ignore[no-untyped-def]
    parse = parser.parse_args

    def parse_args(argv):  # type: ignore[no-untyped-def]
        args = parse(argv)
        args.run = run
        return args

    parser.parse_args = parse_args
    return parser
