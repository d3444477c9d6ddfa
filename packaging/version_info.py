"""The Windows version resource of helix.exe, made from the package version (app/__init__.py).

Used by packaging/helix.spec; PyInstaller writes it into the .exe on Windows only (elsewhere it
notes that it ignores it). `python packaging/version_info.py` prints the resource as text."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMPANY = "Helix"
PRODUCT = "Helix"
DESCRIPTION = "Helix technology-transfer office"


def package_version() -> str:
    """`__version__` from app/__init__.py, read as text: building must not import the app."""
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit('app/__init__.py has no __version__ = "…" line')
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Windows wants four 16-bit numbers: "1.2.3rc1" gives (1, 2, 3, 0)."""
    numbers = [int(re.sub(r"\D.*", "", part) or 0) for part in version.split(".")[:4]]
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def version_info(version: str | None = None):  # type: ignore[no-untyped-def]
    """A PyInstaller `VSVersionInfo` for `EXE(version=...)`."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    version = version or package_version()
    numbers = version_tuple(version)
    strings = [
        StringStruct("CompanyName", COMPANY),
        StringStruct("FileDescription", DESCRIPTION),
        StringStruct("FileVersion", version),
        StringStruct("InternalName", "helix"),
        StringStruct("LegalCopyright", f"© {COMPANY}"),
        StringStruct("OriginalFilename", "helix.exe"),
        StringStruct("ProductName", PRODUCT),
        StringStruct("ProductVersion", version),
    ]
    return VSVersionInfo(
        ffi=FixedFileInfo(
            filevers=numbers,
            prodvers=numbers,
            mask=0x3F,
            flags=0x0,
            OS=0x40004,
            fileType=0x1,
            subtype=0x0,
            date=(0, 0),
        ),
        kids=[
            # 0409 = U.S. English, 04B0 = Unicode; the version strings are the same in any language.
            StringFileInfo([StringTable("040904B0", strings)]),
            VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
        ],
    )


if __name__ == "__main__":
    print(version_info())
