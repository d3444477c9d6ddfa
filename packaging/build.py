"""Build the frozen one-folder Helix and prove it with its self-test.

    python packaging/build.py [--out DIR] [--clean] [--no-self-test] [--installer]

1. installs PyInstaller into this Python if it is missing;
2. makes the app icon (helix.ico, from resources/icons/helix.svg, with Qt and Pillow);
3. compiles resources/translations/*.ts to .qm (pyside6-lrelease; the .qm files are not committed);
4. runs packaging/helix.spec: work files in DIR/work, the program in DIR/dist/helix
   (DIR defaults to build/frozen, which git ignores);
5. checks (Linux) that no bundled Qt library or plugin misses a Qt library the spec left out,
   then runs `helix self-test` (`helix-cli.exe self-test` on Windows) from the frozen folder
   with QT_QPA_PLATFORM=offscreen;
6. prints the figures: build time, bundle size, self-test time;
7. with --installer (Windows only), once the self-test passed: compiles packaging/helix.iss with
   Inno Setup 6's ISCC.exe into dist/Helix-<version>-setup.exe.
Exit 0 when all of it worked. Works the same on Windows and Linux (run it with the Python of the
environment you ship, with Helix installed in it: `pip install -e ".[packaging]"`)."""

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
SPEC = PACKAGING / "helix.spec"
INSTALLER_SCRIPT = PACKAGING / "helix.iss"
INSTALLER_OUT = ROOT / "dist"
# The same range as the `packaging` extra in pyproject.toml (6.10 is the first for Python 3.13).
PYINSTALLER = "pyinstaller>=6.10,<7"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
ICON_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("installing PyInstaller …", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", PYINSTALLER], check=True)


def ensure_helix_installed() -> None:
    """The spec copies Helix's installed metadata (for the About box): Helix must be installed."""
    from importlib import metadata

    try:
        metadata.distribution("helix")
    except metadata.PackageNotFoundError:
        raise SystemExit(
            'Helix is not installed in this Python: pip install -e ".[packaging]"'
        ) from None


def make_icon(work: Path) -> Path | None:
    """helix.ico in several sizes; None (and a note) when Pillow is missing."""
    try:
        from PIL import Image
    except ImportError:
        print("note: Pillow is not installed: the program gets no icon (pip install pillow)")
        return None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "helix.svg"))
    if not renderer.isValid():
        print("note: resources/icons/helix.svg could not be read: the program gets no icon")
        return None
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    work.mkdir(parents=True, exist_ok=True)
    png, ico = work / "helix-256.png", work / "helix.ico"
    image.save(str(png))
    with Image.open(png) as picture:
        picture.save(ico, sizes=ICON_SIZES)
    del _app
    return ico


def compile_translations() -> list[Path]:
    """resources/translations/*.ts → .qm next to them (ignored by git, collected by the spec)."""
    folder = ROOT / "resources" / "translations"
    sources = sorted(folder.glob("*.ts")) if folder.is_dir() else []
    if not sources:
        print("note: no resources/translations/*.ts: only Qt's own translations are shipped")
        return []
    scripts = Path(sys.executable).parent
    lrelease = shutil.which("pyside6-lrelease", path=str(scripts)) or shutil.which(
        "pyside6-lrelease"
    )
    if lrelease is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials in this Python")
    built = []
    for source in sources:
        target = source.with_suffix(".qm")
        subprocess.run([lrelease, str(source), "-qm", str(target)], check=True)
        built.append(target)
    return built


def run_pyinstaller(out: Path, icon: Path | None, clean: bool, coldstart: bool) -> float:
    command = [
        sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
        "--workpath", str(out / "work"), "--distpath", str(out / "dist"),
    ]  # fmt: skip
    if clean:
        command.append("--clean")
    env = {**os.environ, "HELIX_ICON": str(icon) if icon else ""}
    env["HELIX_COLDSTART"] = "1" if coldstart else ""
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    return time.perf_counter() - started


def folder_size(folder: Path) -> int:
    """Bytes on disk; symbolic links (PyInstaller makes some on Linux) are not counted twice."""
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.stat().st_size for path in files)


def missing_qt_libraries(bundle: Path) -> list[str]:
    """Linux: Qt libraries or plugins in the bundle that need a Qt library the spec left out
    (ldd says "not found"). Elsewhere the self-test is the check."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    problems = []
    for library in sorted((bundle / "_internal" / "PySide6").rglob("*.so*")):
        if library.is_symlink():
            continue
        out = subprocess.run(["ldd", str(library)], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "not found" in line and "Qt6" in line:
                problems.append(f"{library.relative_to(bundle)}: {line.strip()}")
    return problems


def program(bundle: Path) -> Path:
    """The console program: helix-cli.exe on Windows, helix elsewhere."""
    name = "helix-cli" if sys.platform == "win32" else "helix"
    return bundle / f"{name}{EXE_SUFFIX}"


def self_test(bundle: Path) -> tuple[int, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("HELIX_DB_URL", None)  # the self-test makes its own temporary database
    started = time.perf_counter()
    result = subprocess.run([str(program(bundle)), "self-test"], env=env, cwd=bundle.parent)
    return result.returncode, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "frozen")
    parser.add_argument("--clean", action="store_true", help="rebuild PyInstaller's caches")
    parser.add_argument("--no-self-test", action="store_true")
    parser.add_argument(
        "--coldstart",
        metavar="DB_URL",
        help="also freeze packaging/coldstart.py and time start → interactive window on "
        "this database (not for a shipped build)",
    )
    parser.add_argument(
        "--installer",
        action="store_true",
        help="Windows: after the self-test, make dist/Helix-<version>-setup.exe with Inno Setup 6",
    )
    args = parser.parse_args(argv)
    out = args.out.resolve()
    iscc = None
    if args.installer:  # fail before a build of a minute and a half, not after it
        if sys.platform != "win32":
            print(
                "--installer needs Windows (Inno Setup makes Windows installers only)",
                file=sys.stderr,
            )
            return 2
        if args.no_self_test:
            parser.error("--installer packs a bundle only after its self-test passed")
        iscc = find_iscc()
        if iscc is None:
            print(
                "ISCC.exe not found: install Inno Setup 6 (choco install innosetup)",
                file=sys.stderr,
            )
            return 2

    ensure_helix_installed()
    ensure_pyinstaller()
    icon = make_icon(out / "icon")
    compile_translations()
    build_time = run_pyinstaller(out, icon, args.clean, bool(args.coldstart))
    bundle = out / "dist" / "helix"
    size_mb = folder_size(bundle) / 1024 / 1024
    print(f"built {bundle} in {build_time:.0f} s; bundle size {size_mb:.0f} MB")
    problems = missing_qt_libraries(bundle)
    for problem in problems:
        print(f"FAIL  {problem}", file=sys.stderr)
    if problems:
        return 1
    if args.no_self_test:
        return 0
    code, elapsed = self_test(bundle)
    verdict = "passed" if code == 0 else f"FAILED (exit {code})"
    print(f"frozen self-test {verdict} in {elapsed:.1f} s")
    if args.coldstart and code == 0:
        code = cold_start(bundle, args.coldstart)
    if iscc is not None and code == 0:
        code = make_installer(iscc, bundle, icon)
    return code


def find_iscc() -> Path | None:
    """Inno Setup's command-line compiler: on PATH, else where Inno Setup 6 installs itself."""
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for variable in ("ProgramFiles(x86)", "ProgramFiles"):
        folder = os.environ.get(variable)
        installed = sorted(Path(folder).glob("Inno Setup */ISCC.exe")) if folder else []
        if installed:
            return installed[-1]  # the newest Inno Setup there
    return None


def make_installer(iscc: Path, bundle: Path, icon: Path | None) -> int:
    """packaging/helix.iss → dist/Helix-<version>-setup.exe; the version is app/__init__.py's."""
    sys.path.insert(0, str(PACKAGING))
    from version_info import package_version, version_tuple

    version = package_version()
    command = [
        str(iscc), "/Qp",
        f"/DAppVersion={version}",
        "/DFileVersion=" + ".".join(str(number) for number in version_tuple(version)),
        f"/DBundleDir={bundle}",
        f"/DOutputDir={INSTALLER_OUT}",
    ]  # fmt: skip
    if icon is not None:
        command.append(f"/DIconFile={icon}")
    command.append(str(INSTALLER_SCRIPT))
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT)
    elapsed = time.perf_counter() - started
    setup = INSTALLER_OUT / f"Helix-{version}-setup.exe"
    if result.returncode or not setup.is_file():
        print(f"FAIL  ISCC exited {result.returncode}", file=sys.stderr)
        return result.returncode or 1
    size_mb = setup.stat().st_size / 1024 / 1024
    print(f"installer {setup} ({size_mb:.0f} MB) in {elapsed:.0f} s")
    return 0


def cold_start(bundle: Path, url: str) -> int:
    """packaging/coldstart.py, frozen, on `url`: prints its figures and the wall time."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    result = subprocess.run(
        [str(bundle / f"helix-coldstart{EXE_SUFFIX}"), url],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    wall = time.perf_counter() - started
    print(f"frozen cold start: {result.stdout.strip()} wall={wall:.2f}")
    if result.returncode:
        print(result.stderr, file=sys.stderr)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
