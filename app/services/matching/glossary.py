"""The bilingual glossary (resources/matching/glossary.json): concept id → English and Chinese
terms. Finding a term of a concept in a listing adds the concept as a term of its own, which
is how a Chinese demand (热管理) meets an English supply (thermal management).

A term "a+b" matches when both words occur within a few words of each other ("keep the
batteries cool" → keep+cool). Chinese terms are found as substrings (Chinese needs no word
boundaries); terms of one character are ignored (too many false hits: 铝 in 铝合金 is fine,
钴 in 钴酸锂 is not cobalt)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from app.resources import resource_path
from app.services.matching.words import normalize
from app.services.text import has_cjk

GLOSSARY_FILE = ("matching", "glossary.json")
NEAR_WINDOW = 5
"""Words of an "a+b" term must be at most this many (non-stop) words apart."""

GENERIC_CONCEPTS = frozenset(
    {
        "cost_reduction",
        "efficiency_throughput",
        "tolerance_precision",
        "standard_certification",
        "ip_licensing",
        "pilot_scale",
        "software_development",
        "automotive",
        "construction",
        "robot",
        "sensor",
        "simulation",
        "assembly_line",
        "plc_automation",
        "artificial_intelligence",
        "resource_recovery",
        "fatigue_fracture",
        "analysis_testing",
    }
)
"""Broad concepts shared by many listings in one field: they weigh less than specific ones."""


@dataclass(frozen=True)
class Glossary:
    labels: dict[str, tuple[str, str]]  # concept -> (English label, Chinese label)
    phrases: dict[str, list[tuple[tuple[str, ...], str]]]  # first stem -> [(stems, concept)]
    near: list[tuple[tuple[str, ...], str]]  # ("keep", "cool") -> concept
    chinese: dict[str, list[tuple[str, str]]]  # first two chars -> [(term, concept)]


def _stems(term: str) -> tuple[str, ...]:
    from app.services.matching.analysis import _latin_words

    return tuple(s for s, _w in _latin_words(normalize(term)))


def _add_term(raw: str, concept: str, phrases: dict, near: list, chinese: dict) -> None:
    if "+" in raw:
        parts = tuple(s for part in raw.split("+") for s in _stems(part))
        if len(parts) >= 2:
            near.append((parts, concept))
        return
    norm = normalize(raw)
    if has_cjk(norm):
        term = norm.replace(" ", "")
        if len(term) >= 2:
            chinese.setdefault(term[:2], []).append((term, concept))
        return
    stems = _stems(raw)
    if stems:
        phrases.setdefault(stems[0], []).append((stems, concept))


@cache
def load() -> Glossary:
    """The glossary, read once per process."""
    data = json.loads(resource_path(*GLOSSARY_FILE).read_text(encoding="utf-8"))
    labels: dict[str, tuple[str, str]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    near: list[tuple[tuple[str, ...], str]] = []
    chinese: dict[str, list[tuple[str, str]]] = {}
    for concept, terms in data["concepts"].items():
        english, chinese_terms = terms.get("en", []), terms.get("zh", [])
        labels[concept] = (
            english[0] if english else concept.replace("_", " "),
            chinese_terms[0] if chinese_terms else (english[0] if english else concept),
        )
        for raw in [*english, *chinese_terms]:
            _add_term(raw, concept, phrases, near, chinese)
    for entries in chinese.values():
        entries.sort(key=lambda e: -len(e[0]))
    for phrase_entries in phrases.values():
        phrase_entries.sort(key=lambda e: -len(e[0]))
    return Glossary(labels, phrases, near, chinese)


def label(concept: str, chinese: bool) -> str:
    """The concept's name in the listing's language."""
    english, zh = load().labels.get(concept, (concept, concept))
    return zh if chinese else english


def concept_factor(concept: str) -> float:
    return 0.5 if concept in GENERIC_CONCEPTS else 1.0


def _find_phrases(g: Glossary, words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    found = []
    stems = [s for s, _w in words]
    for i, first in enumerate(stems):
        for phrase, concept in g.phrases.get(first, ()):
            if tuple(stems[i : i + len(phrase)]) == phrase:
                found.append((concept, " ".join(w for _s, w in words[i : i + len(phrase)])))
    if g.near:
        positions: dict[str, list[int]] = {}
        for i, s in enumerate(stems):
            positions.setdefault(s, []).append(i)
        for parts, concept in g.near:
            if all(p in positions for p in parts):
                first_places = positions[parts[0]]
                for other in parts[1:]:
                    if not any(
                        abs(a - b) <= NEAR_WINDOW for a in first_places for b in positions[other]
                    ):
                        break
                else:
                    found.append((concept, " ".join(words[positions[p][0]][1] for p in parts)))
    return found


_CJK_RUN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff0-9a-z]+")


def _find_chinese(g: Glossary, text: str) -> list[tuple[str, str]]:
    found = []
    for match in _CJK_RUN_RE.finditer(text):
        run = match.group()
        if run.isascii():
            continue
        for i in range(len(run) - 1):
            entries = g.chinese.get(run[i : i + 2])
            if not entries:
                continue
            longest = 0
            for term, concept in entries:  # longest first: 热管理 hides 热管 (heat pipe)
                if len(term) < longest:
                    break
                if run.startswith(term, i):
                    found.append((concept, term))
                    longest = len(term)
    return found


def find_concepts(norm_text: str, words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(concept, surface) for each glossary term in a normalised text; `words` are its Latin
    (stem, surface) pairs in order."""
    g = load()
    found = _find_phrases(g, words)
    if has_cjk(norm_text):
        found.extend(_find_chinese(g, norm_text))
    return found
