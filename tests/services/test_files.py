"""write_exactly: the exact bytes, via a temporary file; a failure is a plain message and leaves
what was there."""

from pathlib import Path

import pytest

from app.errors import DomainError
from app.services.files import write_exactly


def test_the_exact_bytes_replace_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "contract.pdf"
    target.write_bytes(b"old")
    write_exactly(target, b"%PDF-1.4\r\n\x00\xff")
    assert target.read_bytes() == b"%PDF-1.4\r\n\x00\xff"
    assert [p.name for p in tmp_path.iterdir()] == ["contract.pdf"]  # no temporary file left


def test_a_missing_folder_is_a_plain_refusal(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as caught:
        write_exactly(tmp_path / "no-such-folder" / "contract.pdf", b"data")
    assert (
        "could not save" in caught.value.message and "Choose another folder" in caught.value.message
    )


def test_a_failed_rename_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "contract.pdf"
    target.write_bytes(b"old")

    def refuse(_src: str, _dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("app.services.files.os.replace", refuse)
    with pytest.raises(DomainError):
        write_exactly(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["contract.pdf"]


def test_a_viewing_copy_keeps_the_name_and_the_bytes() -> None:
    from app.services.files import viewing_copy

    copy = viewing_copy("../签字扫描件.pdf", b"%PDF-1.4 scan")
    assert copy.name == "签字扫描件.pdf" and copy.read_bytes() == b"%PDF-1.4 scan"
    assert copy.parent.name.startswith("helix-view-")  # never outside its own folder
