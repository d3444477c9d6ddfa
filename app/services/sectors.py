"""Sector taxonomy: GB/T 4754-2017 sections (门类) and divisions (大类), from sectors.json."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from app.errors import problem
from app.resources import resource_path

SECTORS_FILE = "sectors.json"

_SPLIT_RE = re.compile(r"[;,；，、\s]+")


@dataclass(frozen=True)
class Sector:
    """One node of the taxonomy: a section ("C") or a division ("C38")."""

    code: str
    name_en: str
    name_zh: str
    parent: str | None  # section code for divisions, None for sections

    @property
    def is_section(self) -> bool:
        """True for a top-level section (门类)."""
        return self.parent is None

    def name(self, language: str = "en") -> str:
        """The name in the given language ("zh…" gives Chinese, anything else English)."""
        return self.name_zh if language.lower().startswith("zh") else self.name_en


@cache
def sectors() -> list[Sector]:
    """All sectors: each section followed by its divisions, in the order of the standard."""
    data = json.loads(resource_path(SECTORS_FILE).read_text(encoding="utf-8"))
    result: list[Sector] = []
    for section in data["sections"]:
        code = section["code"]
        result.append(Sector(code, section["name_en"], section["name_zh"], None))
        for division in section["divisions"]:
            result.append(Sector(division["code"], division["name_en"], division["name_zh"], code))
    return result


@cache
def _by_code() -> dict[str, Sector]:
    return {s.code: s for s in sectors()}


def sector(code: str) -> Sector | None:
    """The sector with this code (case and surrounding spaces ignored), or None."""
    return _by_code().get(code.strip().upper())


def is_known_sector(code: str) -> bool:
    """True when the code is a section or division of the taxonomy."""
    return sector(code) is not None


def sector_label(code: str, language: str = "en") -> str:
    """Display label such as "C38 Electrical machinery and equipment"; unknown codes as given."""
    found = sector(code)
    if found is None:
        return code
    return f"{found.code} {found.name(language)}"


def section_of(code: str) -> str:
    """The section letter of a section or division code ("C38" -> "C")."""
    found = sector(code)
    if found is None:
        raise ValueError(f"“{code}” is not a sector code of GB/T 4754-2017.")
    return found.parent or found.code


def parse_sector_codes(text: str) -> list[str]:
    """Split a list of sector codes typed by a clerk, upper-cased and de-duplicated in order.

    Separators: ";", ",", "；", "，", "、" and whitespace. Raises ValueError naming unknown codes.
    """
    codes: list[str] = []
    for part in _SPLIT_RE.split(text):
        code = part.strip().upper()
        if code and code not in codes:
            codes.append(code)
    unknown = [c for c in codes if not is_known_sector(c)]
    if unknown:
        if len(unknown) == 1:
            raise ValueError(
                problem(
                    "{codes} is not a sector code of GB/T 4754-2017. Use a section letter (A–T) "
                    "or a division code such as C38, and separate several codes with a semicolon.",
                    codes=unknown[0],
                )
            )
        raise ValueError(
            problem(
                "{codes} are not sector codes of GB/T 4754-2017. Use a section letter (A–T) or "
                "a division code such as C38, and separate several codes with a semicolon.",
                codes=", ".join(unknown),
            )
        )
    return codes
