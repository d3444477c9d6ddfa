"""`helix copy-out`, `helix sync` and `helix conflicts …`, run in-process through main() between a
temporary "office" SQLite file and a laptop's copy made by the command itself."""

import shutil
import signal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, select

from app import cli_sync
from app.cli import main
from app.db import Database, sqlite_url
from app.errors import DatabaseUnavailableError, DomainError
from app.models import Member, SiteSetting
from app.services import conflicts, credentials, members, sync, sync_run
from app.services.members import MemberData
from app.services.uow import Actor, UnitOfWork

CLERK = Actor("office-clerk")
PASSWORD = "Tr0ub4dor&3x"


@pytest.fixture(autouse=True)
def no_passwords_given(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("HELIX_PASSWORD", "HELIX_NEW_PASSWORD", cli_sync.REMOTE_PASSWORD_VARIABLE):
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture
def office(sqlite_template: Path, tmp_path: Path) -> str:
    """The office's database (a SQLite file of its own site) with two members."""
    path = tmp_path / "office.sqlite"
    shutil.copy(sqlite_template, path)
    url = sqlite_url(path)
    db = Database(url)
    with db.engine.begin() as conn:
        conn.execute(delete(SiteSetting))  # a site id of its own
    db.dispose()
    add_member(url, "华南理工大学", kind="university", city="广州市")
    add_member(url, "东莞新材料科技有限公司", region="广西壮族自治区")
    return url


@pytest.fixture
def laptop(tmp_path: Path) -> str:
    return sqlite_url(tmp_path / "laptop.sqlite")


def helix(db_url: str, *args: str) -> int:
    return main(["--db", db_url, *args])


def add_member(url: str, name: str, **values: Any) -> str:
    db = Database.open(url)
    try:
        with UnitOfWork(db) as uow:
            data = MemberData(kind=values.pop("kind", "enterprise"), name=name, **values)
            detail = members.create_member(uow, data, CLERK)
            uow.commit()
        return detail.id
    finally:
        db.dispose()


def member_id(url: str, name: str) -> str:
    db = Database.open(url)
    try:
        with UnitOfWork(db) as uow:
            return str(uow.session.scalar(select(Member.id).where(Member.name == name)))
    finally:
        db.dispose()


def edit_city(url: str, name: str, city: str) -> None:
    db = Database.open(url)
    try:
        with UnitOfWork(db) as uow:
            found = member_id(url, name)
            detail = members.get_member(uow, found)
            detail.data.city = city
            members.update_member(uow, found, detail.version, detail.data, CLERK)
            uow.commit()
    finally:
        db.dispose()


def city_of(url: str, name: str) -> str:
    db = Database.open(url)
    try:
        with UnitOfWork(db) as uow:
            return members.get_member(uow, member_id(url, name)).data.city
    finally:
        db.dispose()


def open_conflicts(url: str) -> list[conflicts.ConflictRow]:
    db = Database.open(url)
    try:
        with UnitOfWork(db) as uow:
            return conflicts.list_conflicts(uow, CLERK)
    finally:
        db.dispose()


def member_count(url: str) -> int:
    db = Database.open(url)
    try:
        with UnitOfWork(db) as uow:
            return int(uow.session.scalar(select(func.count()).select_from(Member)) or 0)
    finally:
        db.dispose()


def copied(office: str, laptop: str, *args: str) -> None:
    assert helix(laptop, "copy-out", "--remote", office, *args) == 0


# -- copy-out -------------------------------------------------------------------------------


def test_copy_out_makes_a_copy_that_remembers_its_office(
    office: str, laptop: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert helix(laptop, "copy-out", "--remote", office, "--series", "fair1") == 0
    out, err = capsys.readouterr()
    assert "2 records" in out and "FAIR1" in out and "everything" in out
    assert "copied" in err and " of " in err
    assert member_count(laptop) == 2
    db = Database.open(laptop)
    try:
        info = sync.copy_info(db)
    finally:
        db.dispose()
    assert info is not None and info.series == "FAIR1" and info.remote.endswith("office.sqlite")


def test_copy_out_of_a_region_holds_only_its_members(
    office: str, laptop: str, capsys: pytest.CaptureFixture[str]
) -> None:
    copied(office, laptop, "--region", "广西壮族自治区")
    assert "the region 广西壮族自治区" in capsys.readouterr().out
    assert member_count(laptop) == 1


def test_copy_out_of_an_unknown_region_is_refused_and_leaves_no_file(
    office: str, laptop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert helix(laptop, "copy-out", "--remote", office, "--region", "广西") == 1
    assert "“广西”" in capsys.readouterr().err
    assert not (tmp_path / "laptop.sqlite").exists()


def test_a_wrong_series_is_refused_and_leaves_no_file(
    office: str, laptop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert helix(laptop, "copy-out", "--remote", office, "--series", "L 2!") == 1
    assert "letters or digits" in capsys.readouterr().err
    assert not (tmp_path / "laptop.sqlite").exists()


def test_copy_out_over_a_database_of_its_own_is_refused(
    office: str, laptop: str, capsys: pytest.CaptureFixture[str]
) -> None:
    add_member(laptop, "自有数据库的会员")
    assert helix(laptop, "copy-out", "--remote", office) == 1
    err = capsys.readouterr().err
    assert "database of its own" in err and "Traceback" not in err
    assert member_count(laptop) == 1


def test_copy_out_into_a_server_database_is_refused(
    office: str, capsys: pytest.CaptureFixture[str]
) -> None:
    server = "postgresql+psycopg://clerk@127.0.0.1:1/helix"
    assert helix(server, "copy-out", "--remote", office) == 1
    assert "SQLite file" in capsys.readouterr().err


def test_copy_out_signs_in_on_the_office_and_the_copy_signs_in_offline(
    office: str, laptop: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HELIX_PASSWORD", PASSWORD)
    assert main(["--db", office, "users", "add", "alice", "--role", "admin"]) == 0
    monkeypatch.setenv("HELIX_PASSWORD", "not her password")
    assert main(["--db", laptop, "--user", "alice", "copy-out", "--remote", office]) == 1
    assert "password" in capsys.readouterr().err.lower()
    monkeypatch.setenv("HELIX_PASSWORD", PASSWORD)
    assert main(["--db", laptop, "--user", "alice", "copy-out", "--remote", office]) == 0
    assert main(["--db", laptop, "--user", "alice", "sync"]) == 0  # signed in on the copy
    assert "new conflict" not in capsys.readouterr().out
    monkeypatch.setenv("HELIX_PASSWORD", "not her password")
    assert main(["--db", laptop, "--user", "alice", "sync"]) == 1
    assert "Syncing" not in capsys.readouterr().err  # refused before reaching the office


# -- sync and conflicts ---------------------------------------------------------------------


def test_a_sync_right_after_the_copy_finds_nothing_new(
    office: str, laptop: str, capsys: pytest.CaptureFixture[str]
) -> None:
    copied(office, laptop)
    capsys.readouterr()
    assert helix(laptop, "sync") == 0
    assert capsys.readouterr().out.strip() == "Nothing new on either side."


def test_edits_on_both_sides_make_a_conflict_that_resolve_settles_everywhere(
    office: str, laptop: str, capsys: pytest.CaptureFixture[str]
) -> None:
    copied(office, laptop)
    edit_city(office, "华南理工大学", "深圳市")
    edit_city(laptop, "华南理工大学", "东莞市")
    capsys.readouterr()

    assert helix(laptop, "sync") == 0
    out, err = capsys.readouterr()
    assert "1 new conflict (1 open): see `helix conflicts list`." in out
    assert "sent 1 of 1 changes" in err and "received" in err

    assert helix(laptop, "conflicts", "list") == 0
    [line] = capsys.readouterr().out.splitlines()
    [row] = open_conflicts(laptop)
    assert line.startswith(row.id[:8] + "  edit  open  member “华南理工大学”")
    city = next(f for f in row.fields if f.name == "city")
    assert f"city: {city.a} | {city.b}" in line and {city.a, city.b} == {"深圳市", "东莞市"}
    assert "here" in line and "on the shared database" in line

    assert helix(laptop, "conflicts", "resolve", row.id[:5], "--take-b", "city") == 0
    assert "Took version B of member “华南理工大学”" in capsys.readouterr().out
    assert city_of(laptop, "华南理工大学") == city.b
    assert open_conflicts(laptop) == []

    assert helix(laptop, "sync") == 0  # the resolution goes to the office
    assert capsys.readouterr().out.startswith("Sent 1 record, received 0")
    assert city_of(office, "华南理工大学") == city.b and open_conflicts(office) == []
    assert helix(laptop, "sync") == 0
    assert capsys.readouterr().out.strip() == "Nothing new on either side."


def test_conflicts_show_gives_both_versions_field_by_field(
    office: str, laptop: str, capsys: pytest.CaptureFixture[str]
) -> None:
    copied(office, laptop)
    edit_city(office, "华南理工大学", "深圳市")
    edit_city(laptop, "华南理工大学", "东莞市")
    assert helix(laptop, "sync") == 0
    [row] = open_conflicts(laptop)
    capsys.readouterr()
    assert helix(laptop, "conflicts", "show", row.id[:8]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = lines.index("city")
    city = next(f for f in row.fields if f.name == "city")
    assert lines[at + 1 : at + 3] == [f"  A: {city.a}", f"  B: {city.b}"]
    assert f"helix conflicts resolve {row.id[:8]} --keep a" in "\n".join(lines)


def test_keeping_version_a_keeps_the_data_and_closes_the_conflict(
    office: str, laptop: str, capsys: pytest.CaptureFixture[str]
) -> None:
    copied(office, laptop)
    edit_city(office, "华南理工大学", "深圳市")
    edit_city(laptop, "华南理工大学", "东莞市")
    assert helix(laptop, "sync") == 0
    [row] = open_conflicts(laptop)
    kept = next(f for f in row.fields if f.name == "city").a
    assert helix(laptop, "conflicts", "resolve", row.id[:8], "--keep", "a") == 0
    assert city_of(laptop, "华南理工大学") == kept
    capsys.readouterr()
    assert helix(laptop, "conflicts", "list", "--all", "--format", "csv") == 0
    header, line = capsys.readouterr().out.splitlines()
    assert header.startswith("id,kind,status,resolution,")
    assert line.startswith(f"{row.id},edit,resolved,a,member,")
    assert helix(laptop, "conflicts", "resolve", row.id[:8], "--keep", "b") == 1
    assert "already resolved" in capsys.readouterr().err


def test_conflicts_list_without_conflicts_says_so(
    office: str, laptop: str, capsys: pytest.CaptureFixture[str]
) -> None:
    copied(office, laptop)
    capsys.readouterr()
    assert helix(laptop, "conflicts", "list") == 0
    assert capsys.readouterr().out.strip() == "No open conflicts."
    assert helix(laptop, "conflicts", "show", "0000") == 1
    assert "No conflict has an id starting with “0000”" in capsys.readouterr().err


def test_an_unreachable_office_is_a_plain_message(
    office: str, laptop: str, capsys: pytest.CaptureFixture[str]
) -> None:
    copied(office, laptop)
    capsys.readouterr()
    unreachable = "postgresql+psycopg://nobody@127.0.0.1:1/helix"
    assert helix(laptop, "sync", "--remote", unreachable) == 1
    err = capsys.readouterr().err
    assert "could not reach the shared database" in err and "Traceback" not in err


def test_another_database_than_the_copys_office_is_refused(
    office: str, laptop: str, sqlite_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    copied(office, laptop)
    add_member(laptop, "未同步的会员")
    capsys.readouterr()
    assert helix(laptop, "sync", "--remote", sqlite_db.url) == 1
    assert "not the database this copy was made from" in capsys.readouterr().err
    assert member_count(sqlite_db.url) == 0


def test_a_database_that_is_no_copy_has_nothing_to_sync(
    office: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert helix(office, "sync") == 1
    assert "not a local copy" in capsys.readouterr().err


def test_ctrl_c_stops_between_batches_and_the_next_sync_goes_on(
    office: str, laptop: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    copied(office, laptop)
    for name in ("会员一", "会员二", "会员三"):
        add_member(laptop, name)
    monkeypatch.setattr(sync_run, "BATCH_ENTRIES", 1)  # one change a batch
    usual = cli_sync.ProgressLines

    class CtrlCAfterTheFirstBatch(cli_sync.ProgressLines):
        def __call__(self, progress: sync.Progress) -> None:
            super().__call__(progress)
            if progress.done == 1:
                signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(cli_sync, "ProgressLines", CtrlCAfterTheFirstBatch)
    capsys.readouterr()
    assert helix(laptop, "sync") == 130
    out, err = capsys.readouterr()
    assert "Stopping the sync after the batch in progress" in err
    assert out.startswith("The sync was stopped. What was sent and received so far is kept")
    assert member_count(office) == 3  # the first batch is kept, the rest waits
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler

    monkeypatch.setattr(cli_sync, "ProgressLines", usual)
    assert helix(laptop, "sync") == 0
    assert "Sent 2 records" in capsys.readouterr().out
    assert member_count(office) == 5


# -- the shared database's password ---------------------------------------------------------


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A shared database that wants a password: the URLs Helix tried to open."""
    tried: list[str] = []

    def open_remote(url: str) -> Database:
        tried.append(url)
        if credentials.split_password(url)[1] is None:
            raise DatabaseUnavailableError(
                "Helix could not reach the shared database: password authentication failed."
            )
        raise DomainError("Reached the server.")

    monkeypatch.setattr(sync, "open_remote", open_remote)
    monkeypatch.setattr(credentials, "load_password", lambda url: None)
    return tried


SERVER = "postgresql+psycopg://clerk@db.office.local/helix"


def test_without_a_password_or_a_terminal_the_sync_says_how_to_give_one(
    laptop: str, server: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert helix(laptop, "copy-out", "--remote", SERVER) == 1
    err = capsys.readouterr().err
    assert "asks for a password" in err and cli_sync.REMOTE_PASSWORD_VARIABLE in err
    assert server == [SERVER]


def test_the_password_comes_from_the_environment(
    laptop: str, server: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cli_sync.REMOTE_PASSWORD_VARIABLE, "s3cret-pw")
    assert helix(laptop, "copy-out", "--remote", SERVER) == 1  # "Reached the server."
    assert [credentials.split_password(url)[1] for url in server] == ["s3cret-pw"]


def test_the_password_is_asked_in_a_terminal_when_the_server_wants_one(
    laptop: str, server: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_sync, "_interactive", lambda: True)
    monkeypatch.setattr(cli_sync.getpass, "getpass", lambda prompt="": "typed-pw")
    assert helix(laptop, "copy-out", "--remote", SERVER) == 1  # "Reached the server."
    assert [credentials.split_password(url)[1] for url in server] == [None, "typed-pw"]
