#!/usr/bin/env python3
"""Set up Helix in .venv and run it, or run its tests. Standard library only, any Python 3.8+.

    python3 dev.py run    install (first time) and start Helix on the demo database
    python3 dev.py test   install with the test tools and run the whole test suite

Helix needs Python 3.12 or newer; when this script runs on an older one it looks for a newer
interpreter (python3.13, python3.12, the Windows `py` launcher, pyenv) and uses that for .venv.
"""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
MINIMUM = (3, 12)
WINDOWS = os.name == "nt"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if WINDOWS else "bin/python")


def version_of(command: list) -> tuple:
    try:
        out = subprocess.run(
            [*command, "-c", "import sys; print(sys.version_info[0], sys.version_info[1])"],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return (0, 0)
    parts = out.stdout.split()
    return (int(parts[0]), int(parts[1])) if out.returncode == 0 and len(parts) == 2 else (0, 0)


def candidates() -> list:
    found = [[sys.executable]]
    for name in ("python3.14", "python3.13", "python3.12", "python3", "python"):
        path = shutil.which(name)
        if path:
            found.append([path])
    if WINDOWS and shutil.which("py"):
        found += [["py", "-3.13"], ["py", "-3.12"]]
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    if pyenv.is_dir():
        for version in sorted(pyenv.iterdir(), reverse=True):
            python = version / "bin" / "python3"
            if python.exists():
                found.append([str(python)])
    return found


def find_python() -> list:
    for command in candidates():
        if version_of(command) >= MINIMUM:
            return command
    sys.exit(
        "Helix needs Python 3.12 or newer, and none was found. Install it from python.org "
        "(Windows: tick 'Add python.exe to PATH') and run this command again."
    )


def ensure_venv(extras: str) -> Path:
    python = venv_python()
    if python.exists() and version_of([str(python)]) < MINIMUM:
        shutil.rmtree(VENV)
    if not python.exists():
        base = find_python()
        print("Creating .venv with", " ".join(base), flush=True)
        subprocess.run([*base, "-m", "venv", str(VENV)], check=True)
    stamp = VENV / ".setup-stamp"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if not stamp.exists() or stamp.read_text() != wanted:
        print("Installing Helix and its dependencies into .venv …", flush=True)
        pip = [str(python), "-m", "pip", "--disable-pip-version-check"]
        subprocess.run([*pip, "install", "--quiet", "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "install", "--quiet", "-e", f".{extras}"], check=True, cwd=ROOT)
        stamp.write_text(wanted)
    return python


def main(argv: list) -> int:
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    if argv[0] == "run":
        python = ensure_venv("")
        return subprocess.call([str(python), "-m", "app", "--demo", *argv[1:]], cwd=ROOT)
    python = ensure_venv("[test]")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([str(python), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
