"""The style and type checks are part of the test suite, so CI holds them too."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "app", "tests", "dev.py")
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_formatted() -> None:
    result = _run("ruff", "format", "--check", "app", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_services_and_models_type_check() -> None:
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_services_and_models_do_not_import_qt() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("app/services", "app/models")
        for path in (ROOT / folder).rglob("*.py")
        if "PySide6" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_the_ui_does_not_use_sqlalchemy() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "app/ui").rglob("*.py")
        if "sqlalchemy" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
