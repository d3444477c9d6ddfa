"""`helix contract list|issue|pdf|verify` and `helix export contracts`: files, signatures checked
by tools outside Helix (qpdf, pdftotext, pdfsig), exit codes."""

import shutil
import subprocess
from pathlib import Path

import pytest

from app.cli import main
from app.db import Database, sqlite_url
from app.services.contract_io import EXPORT_COLUMNS
from app.services.tabular import read_table
from tests.services.contract_samples import make_p12
from tests.services.test_contract_issue import approved


@pytest.fixture
def db_url(tmp_path: Path) -> tuple[str, str]:
    """A database with one approved three-party Chinese contract; returns (url, number)."""
    url = sqlite_url(tmp_path / "cli.sqlite")
    db = Database.open(url)
    try:
        number = approved(db).number
    finally:
        db.dispose()
    return url, number


def helix(url: str, *args: str) -> int:
    return main(["--db", url, *args])


def tool(*command: str) -> str:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (.ci/run installs it)")
    done = subprocess.run(command, capture_output=True, text=True)
    return done.stdout + done.stderr


def test_before_issue_the_pdf_is_marked_draft(
    db_url: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, number = db_url
    out = tmp_path / "draft.pdf"
    assert helix(url, "contract", "pdf", number, "-o", str(out)) == 0
    assert "marked DRAFT" in capsys.readouterr().out
    text = tool("pdftotext", "-raw", str(out), "-")
    assert number in text and "草\n稿" in text  # the watermark, letter by letter on its slant
    assert helix(url, "contract", "verify", str(out)) == 1
    assert "does not start with any PDF issued" in capsys.readouterr().err


def test_issue_sign_twice_and_verify(
    db_url: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, number = db_url
    assert helix(url, "contract", "issue", number) == 0
    assert f"Issued {number} for signature" in capsys.readouterr().out
    issued = tmp_path / "issued.pdf"
    assert helix(url, "contract", "pdf", number, "-o", str(issued)) == 0
    text = tool("pdftotext", str(issued), "-")
    assert number in text and "苏州" in text and "第 1 页，共" in text
    assert "No syntax or stream encoding errors" in tool("qpdf", "--check", str(issued))

    p12_a, _ = make_p12(tmp_path, "王建国", b"pw-a")
    p12_b, _ = make_p12(tmp_path, "Li Ming", b"pw-b")
    env = pytest.MonkeyPatch()
    env.setenv("P12_A", "pw-a")
    env.setenv("P12_B", "pw-b")
    try:
        once = tmp_path / "once.pdf"
        args = ("contract", "pdf", number, "--sign", str(p12_a), "--password-env", "P12_A")
        assert helix(url, *args, "-o", str(once)) == 0
        twice = tmp_path / "twice.pdf"
        args = ("contract", "pdf", number, "--sign", str(p12_b), "--password-env", "P12_B")
        assert helix(url, *args, "-o", str(twice)) == 0
    finally:
        env.undo()
    out = capsys.readouterr().out
    assert "signed" in out and f"Wrote {twice}" in out
    assert twice.read_bytes().startswith(once.read_bytes())
    report = tool("pdfsig", str(twice))
    assert report.count("Signature is Valid") == 2, report
    assert helix(url, "contract", "verify", str(twice)) == 0
    assert "OK: the file is the issued contract" in capsys.readouterr().out

    altered = tmp_path / "altered.pdf"
    data = bytearray(twice.read_bytes())
    data[data.index(b"stream", 2000) + 50] ^= 0x01
    altered.write_bytes(bytes(data))
    assert helix(url, "contract", "verify", str(altered)) == 1
    assert "PROBLEM:" in capsys.readouterr().err


def test_the_signer_is_found_by_the_certificate_name(
    db_url: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, number = db_url
    assert helix(url, "contract", "issue", number) == 0
    p12, _ = make_p12(tmp_path, "赵敏", b"pw")  # the third party's signatory
    env = pytest.MonkeyPatch()
    env.setenv("P12", "pw")
    try:
        args = ("contract", "pdf", number, "--sign", str(p12), "--password-env", "P12")
        assert helix(url, *args, "-o", str(tmp_path / "s.pdf")) == 0
    finally:
        env.undo()
    assert f"苏州市技术转移中心 signed {number} digitally." in capsys.readouterr().out
    report = tool("pdfsig", str(tmp_path / "s.pdf"))
    assert "Signature3" in report and report.count("Signature is Valid") == 1, report


def test_a_wrong_password_or_missing_variable_is_a_plain_refusal(
    db_url: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, number = db_url
    assert helix(url, "contract", "issue", number) == 0
    p12, _ = make_p12(tmp_path, "王建国", b"right")
    args = ("contract", "pdf", number, "--sign", str(p12), "-o", str(tmp_path / "x.pdf"))
    assert helix(url, *args, "--password-env", "NO_SUCH_VARIABLE_HELIX") == 1
    assert "NO_SUCH_VARIABLE_HELIX is not set" in capsys.readouterr().err
    env = pytest.MonkeyPatch()
    env.setenv("WRONG", "wrong")
    try:
        assert helix(url, *args, "--password-env", "WRONG") == 1
    finally:
        env.undo()
    assert "password is wrong" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_number_and_list_and_export(
    db_url: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, number = db_url
    assert helix(url, "contract", "pdf", "HX-1999-000999", "-o", str(tmp_path / "n.pdf")) == 1
    assert "No contract has the number HX-1999-000999" in capsys.readouterr().err
    assert helix(url, "contract", "list", "--status", "approved") == 0
    assert number in capsys.readouterr().out
    out = tmp_path / "contracts.csv"
    assert helix(url, "export", "contracts", str(out)) == 0
    table = read_table(out)
    assert table.header == list(EXPORT_COLUMNS)
    assert [r.get("number") for r in table.rows] == [number]
    assert table.rows[0].get("status") == "approved"
    assert "60 %" in (table.rows[0].get("benefit_shares") or "")
