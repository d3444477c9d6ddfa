"""Helix's translations: resources/translations/*.ts are the sources (kept in git), the .qm files
Qt loads are compiled from them with Qt's lrelease (shipped with PySide6). A frozen build carries
the .qm files compiled at packaging time; a source checkout compiles them when they are missing
or older than their .ts, so `python3 dev.py run` shows the translation too."""

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from app.resources import resource_path

log = logging.getLogger(__name__)


def lrelease() -> str | None:
    """Qt's lrelease as PySide6 installs it next to the interpreter (or on PATH)."""
    here = Path(sys.executable).parent
    return shutil.which("pyside6-lrelease", path=str(here)) or shutil.which("pyside6-lrelease")


def compile_qm(ts: Path, qm: Path) -> None:
    """Compile one .ts into a .qm; raises when lrelease is missing or fails."""
    tool = lrelease()
    if tool is None:
        raise FileNotFoundError("pyside6-lrelease not found: install PySide6-Essentials")
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def ensure_compiled(folder: Path | None = None) -> list[Path]:
    """Bring every .qm of a source checkout up to date with its .ts; returns the .qm files.
    A failure is logged, not raised: Helix then starts in English."""
    folder = folder or resource_path("translations")
    compiled = []
    for ts in sorted(folder.glob("*.ts")) if folder.is_dir() else []:
        qm = ts.with_suffix(".qm")
        if getattr(sys, "frozen", False) or (
            qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime
        ):
            compiled.append(qm)
            continue
        try:
            compile_qm(ts, qm)
        except (OSError, subprocess.CalledProcessError) as exc:
            log.warning("cannot compile %s: %s", ts.name, exc)
            continue
        compiled.append(qm)
    return compiled
