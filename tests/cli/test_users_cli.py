"""`helix users …`, `helix audit …` and signing in from the shell, run in-process via main()."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from app import cli_access
from app.cli import main
from app.db import Database, sqlite_url

ALICE_PASSWORD = "Tr0ub4dor&3x"
BOB_PASSWORD = "清华大学-2026-spring"


@pytest.fixture(autouse=True)
def no_passwords_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HELIX_PASSWORD", raising=False)
    monkeypatch.delenv("HELIX_NEW_PASSWORD", raising=False)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path / "cli.sqlite")


@pytest.fixture
def office(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A database with alice (administrator) and bob (clerk); no password set afterwards."""
    monkeypatch.setenv("HELIX_PASSWORD", ALICE_PASSWORD)
    assert main(["--db", db_url, "users", "add", "alice", "--role", "admin"]) == 0
    monkeypatch.setenv("HELIX_NEW_PASSWORD", BOB_PASSWORD)
    assert main(["--db", db_url, "--user", "alice", "users", "add", "bob", "--role", "clerk"]) == 0
    monkeypatch.delenv("HELIX_PASSWORD")
    monkeypatch.delenv("HELIX_NEW_PASSWORD")
    yield db_url


def helix(
    monkeypatch: pytest.MonkeyPatch, url: str, user: str, password: str | None, *args: str
) -> int:
    if password is None:
        monkeypatch.delenv("HELIX_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("HELIX_PASSWORD", password)
    return main(["--db", url, "--user", user, *args])


def prompts(monkeypatch: pytest.MonkeyPatch, *answers: str) -> list[str]:
    """Pretend to be a terminal where the user types `answers`; returns the prompts shown."""
    shown: list[str] = []
    typed = iter(answers)

    def getpass(prompt: str = "") -> str:
        shown.append(prompt)
        return next(typed)

    monkeypatch.setattr(cli_access, "_interactive", lambda: True)
    monkeypatch.setattr(cli_access.getpass, "getpass", getpass)
    return shown


# -- usage ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["users"],
        ["users", "add"],
        ["users", "list"],
        ["users", "reset-password"],
        ["users", "change-password"],
        ["audit"],
        ["audit", "list"],
        ["audit", "verify"],
    ],
    ids=" ".join,
)
def test_every_users_and_audit_command_has_help(
    capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    assert main([*args, "--help"]) == 0
    assert capsys.readouterr().out.startswith("usage: helix")


@pytest.mark.parametrize(
    "args",
    [
        ["users"],
        ["users", "add", "carol"],
        ["users", "add", "carol", "--role", "boss"],
        ["audit", "list", "--limit", "0"],
    ],
    ids=" ".join,
)
def test_wrong_usage_exits_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    assert main(args) == 2
    assert "usage: helix" in capsys.readouterr().err


# -- a new database -------------------------------------------------------------------------------


def test_the_first_user_must_be_an_administrator(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HELIX_PASSWORD", ALICE_PASSWORD)
    assert main(["--db", db_url, "users", "add", "alice", "--role", "clerk"]) == 1
    assert "first user must be an administrator" in capsys.readouterr().err
    assert main(["--db", db_url, "users", "add", "alice", "--role", "admin"]) == 0
    assert "alice as the first administrator" in capsys.readouterr().out


def test_a_new_database_works_without_a_password_until_it_has_users(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db_url, "--user", "installer", "audit", "verify"]) == 0
    assert "The audit trail is intact: 0 entries" in capsys.readouterr().out
    assert main(["--db", db_url, "users", "list"]) == 0
    assert "no users yet" in capsys.readouterr().out


def test_the_demo_database_signs_in_as_its_demo_user(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db_url, "demo", "--members", "10"]) == 0
    assert main(["--db", db_url, "--user", "whoever", "users", "list"]) == 0
    out = capsys.readouterr().out
    assert "demo" in out and "admin" in out
    assert main(["--db", db_url, "audit", "verify"]) == 0


# -- signing in -----------------------------------------------------------------------------------


def test_users_list_shows_name_role_state_and_last_sign_in(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert helix(monkeypatch, office, "alice", ALICE_PASSWORD, "users", "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["name", "role", "state", "last", "sign-in"]
    alice, bob = lines[1].split(), lines[2].split()
    assert alice[:3] == ["alice", "admin", "active"] and len(alice) == 5  # date and time
    assert bob == ["bob", "clerk", "active", "never"]


def test_a_wrong_password_is_refused(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert helix(monkeypatch, office, "alice", "Not-her-password-1", "users", "list") == 1
    err = capsys.readouterr().err
    assert "The user name or password is wrong." in err and "Traceback" not in err
    assert helix(monkeypatch, office, "mallory", ALICE_PASSWORD, "users", "list") == 1
    assert "The user name or password is wrong." in capsys.readouterr().err


def test_without_a_password_or_a_terminal_the_command_says_how_to_give_it(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert helix(monkeypatch, office, "alice", None, "users", "list") == 1
    err = capsys.readouterr().err
    assert "no terminal" in err and "HELIX_PASSWORD" in err


def test_in_a_terminal_the_password_is_asked(
    office: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown = prompts(monkeypatch, BOB_PASSWORD)
    assert (
        helix(monkeypatch, office, "bob", None, "export", "members", str(tmp_path / "m.csv")) == 0
    )
    assert shown == ["Password for bob: "]


def test_five_wrong_passwords_lock_the_account(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for _ in range(5):
        assert helix(monkeypatch, office, "bob", "Wrong-password-1", "audit", "verify") == 1
    capsys.readouterr()
    assert helix(monkeypatch, office, "bob", BOB_PASSWORD, "audit", "verify") == 1
    assert "locked until" in capsys.readouterr().err


def test_a_clerk_signs_in_with_their_own_role(
    office: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "members.csv"
    assert helix(monkeypatch, office, "bob", BOB_PASSWORD, "export", "members", str(target)) == 0
    assert target.exists()
    assert helix(monkeypatch, office, "bob", BOB_PASSWORD, "audit", "list") == 1
    assert "bob is signed in as clerk and may not read and verify the audit trail" in (
        capsys.readouterr().err
    )


# -- managing users -------------------------------------------------------------------------------


def test_a_new_password_is_not_taken_from_the_sign_in_password(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["users", "add", "carol", "--role", "supervisor"]
    assert helix(monkeypatch, office, "alice", ALICE_PASSWORD, *args) == 1
    assert "HELIX_NEW_PASSWORD" in capsys.readouterr().err


def test_a_new_password_is_asked_twice(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["users", "add", "carol", "--role", "supervisor", "--display-name", "Carol Wu"]
    shown = prompts(monkeypatch, "Blue-sky-2026!", "Blue-sea-2026!")
    assert helix(monkeypatch, office, "alice", ALICE_PASSWORD, *args) == 1
    assert shown == ["New password for carol: ", "The same password again: "]
    assert "differ" in capsys.readouterr().err
    prompts(monkeypatch, "short")
    assert helix(monkeypatch, office, "alice", ALICE_PASSWORD, *args) == 1
    assert "at least 10 characters" in capsys.readouterr().err
    prompts(monkeypatch, "Blue-sky-2026!", "Blue-sky-2026!")
    assert helix(monkeypatch, office, "alice", ALICE_PASSWORD, *args) == 0
    assert "Added user carol (supervisor)." in capsys.readouterr().out
    monkeypatch.setattr(cli_access, "_interactive", lambda: False)
    assert helix(monkeypatch, office, "carol", "Blue-sky-2026!", "audit", "verify") == 0


def test_a_reset_password_must_be_changed_before_other_work(
    office: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HELIX_NEW_PASSWORD", "Temporary-2026")
    assert (
        helix(monkeypatch, office, "alice", ALICE_PASSWORD, "users", "reset-password", "bob") == 0
    )
    assert "reset" in capsys.readouterr().out
    export = ["export", "members", str(tmp_path / "m.csv")]
    assert helix(monkeypatch, office, "bob", "Temporary-2026", *export) == 1
    assert "users change-password" in capsys.readouterr().err
    monkeypatch.setenv("HELIX_NEW_PASSWORD", "Green-tea-2026")
    assert helix(monkeypatch, office, "bob", "Temporary-2026", "users", "change-password") == 0
    monkeypatch.delenv("HELIX_NEW_PASSWORD")
    assert helix(monkeypatch, office, "bob", "Green-tea-2026", *export) == 0


# -- the audit trail ------------------------------------------------------------------------------


def test_audit_list_shows_one_line_per_entry_newest_first(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert helix(monkeypatch, office, "alice", ALICE_PASSWORD, "audit", "list") == 0
    lines = capsys.readouterr().out.splitlines()
    # the sign-in for this very command is the newest entry; the first user the oldest
    assert lines[0].split()[2:5] == ["alice", "update", "app_user"]
    assert lines[0].endswith("last_sign_in_at")
    oldest = lines[-1].split()
    assert oldest[2:5] == ["alice", "insert", "app_user"]
    assert "username" in lines[-1] and "password_hash" in lines[-1]
    assert len(lines) > 3
    assert helix(monkeypatch, office, "alice", ALICE_PASSWORD, "audit", "list", "--limit", "2") == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_audit_list_filters_by_entity_and_id(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def audit_list(*args: str) -> list[list[str]]:
        assert helix(monkeypatch, office, "alice", ALICE_PASSWORD, "audit", "list", *args) == 0
        return [line.split() for line in capsys.readouterr().out.splitlines()]

    assert audit_list("--entity", "member") == [["No", "audit", "entries", "match."]]
    assert {line[4] for line in audit_list("--entity", "app_user")} == {"app_user"}
    db = Database.open(office)
    try:
        with db.engine.connect() as conn:
            bob_id = conn.scalar(text("SELECT id FROM app_user WHERE username = 'bob'"))
    finally:
        db.dispose()
    lines = audit_list("--id", bob_id)
    assert {line[5] for line in lines} == {bob_id}
    assert [line[3] for line in lines] == ["insert"]


def test_audit_verify_reports_an_intact_trail_and_names_a_tampered_entry(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert helix(monkeypatch, office, "alice", ALICE_PASSWORD, "audit", "verify") == 0
    out = capsys.readouterr().out
    assert out.startswith("The audit trail is intact: ") and out.strip().endswith("1 site.")
    db = Database.open(office)
    try:
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 2"))
    finally:
        db.dispose()
    assert helix(monkeypatch, office, "alice", ALICE_PASSWORD, "audit", "verify") == 1
    err = capsys.readouterr().err
    assert "entry 2 (" in err and "was changed after it was written" in err
    assert "Traceback" not in err
