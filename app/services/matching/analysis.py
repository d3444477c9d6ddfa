"""Text analysis for matching: listing text → weighted terms (words, Chinese bigrams, concepts).

Why a glossary and sector codes rather than a neural model (multilingual embeddings): a clerk
must be able to read *why* a supply was suggested ("shares: thermal management; sector C38"),
and a glossary concept or a shared word is a reason in words, where a vector similarity is
not. The glossary is deterministic (the same listings always give the same ranking, which
tests and audits rely on), needs no model download at run time (installations may be
offline and the bundle must stay small: the glossary is ~60 kB, a multilingual model hundreds
of MB), and the office can extend it with the terms its members actually use.

Limits: Chinese and English texts meet only through glossary concepts, sector codes, numbers
and Latin words written inside Chinese text (PLC, AGV, CFD). A technical term outside the
glossary bridges no languages; within one language it still matches as a word (English, after
light stemming) or as character bigrams (Chinese, which needs no word segmentation).

Term kinds (the first character tells them apart):
- `~concept_id`: a glossary concept, in any language;
- a Latin word, stemmed (`battery`, `cool`, `charg`);
- a Chinese character bigram (`电池`) or a lone Chinese character between non-Chinese text;
- `#123`: a number (weighted low; figures rarely identify a topic).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.services.matching import glossary
from app.services.matching.words import (
    CJK_STOP_CHARS,
    CJK_STOP_STRINGS,
    GENERIC_BIGRAMS,
    GENERIC_WORDS,
    STOP_WORDS,
    normalize,
    stem,
)

FIELD_WEIGHTS = {"title": 3.0, "keywords": 3.0, "summary": 2.0, "description": 1.0}
"""A term in the title or keywords says more about the listing than one in its description."""

CONCEPT_FACTOR = 1.6
"""Concepts are the only bridge between languages and group synonyms: they weigh more."""
BIGRAM_FACTOR = 0.7
"""One Chinese word gives several bigrams; without this Chinese pairs would score too high."""
GENERIC_FACTOR = 0.3
NUMBER_FACTOR = 0.3

_TOKEN_RE = re.compile(r"[a-z0-9]+|[^\sa-z0-9]+")
_CJK_RUN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
_LATIN_RE = re.compile(r"[a-z0-9]+")
_CJK_STOP_RE = re.compile("|".join(sorted(CJK_STOP_STRINGS, key=len, reverse=True)))


@dataclass
class Analysis:
    """Terms of one text with their weights; `surfaces` maps a term to the strings that gave it
    (filled only when asked for: reasons and highlighting need them, ranking does not)."""

    terms: dict[str, float] = field(default_factory=dict)
    surfaces: dict[str, list[str]] = field(default_factory=dict)

    def add(self, term: str, weight: float, surface: str | None = None) -> None:
        self.terms[term] = self.terms.get(term, 0.0) + weight
        if surface is not None:
            seen = self.surfaces.setdefault(term, [])
            if surface not in seen:
                seen.append(surface)


def term_factor(term: str) -> float:
    """How much a term of this kind weighs, before tf and idf."""
    first = term[0]
    if first == "~":
        return CONCEPT_FACTOR * glossary.concept_factor(term[1:])
    if first == "#":
        return NUMBER_FACTOR
    if first >= "\u3400":
        return GENERIC_FACTOR if term in GENERIC_BIGRAMS else BIGRAM_FACTOR
    return GENERIC_FACTOR if term in GENERIC_WORDS else 1.0


def _latin_words(text: str) -> list[tuple[str, str]]:
    """(stem, surface) of each Latin word or number, stop words left out."""
    out = []
    for word in _LATIN_RE.findall(text):
        if word in STOP_WORDS or (len(word) < 2 and not word.isdigit()):
            continue
        if word.isdigit():
            if len(word) >= 2:
                out.append(("#" + (word.lstrip("0") or "0"), word))
            continue
        out.append((stem(word), word))
    return out


def _add_chinese(text: str, weight: float, result: Analysis, keep: bool) -> None:
    cleaned = _CJK_STOP_RE.sub(" ", text)
    for run in _CJK_RUN_RE.findall(cleaned):
        if len(run) == 1:
            if run not in CJK_STOP_CHARS:
                result.add(run, weight, run if keep else None)
            continue
        for i in range(len(run) - 1):
            pair = run[i : i + 2]
            if pair[0] in CJK_STOP_CHARS or pair[1] in CJK_STOP_CHARS:
                continue
            result.add(pair, weight, pair if keep else None)


def analyze_text(
    text: str, weight: float = 1.0, result: Analysis | None = None, *, keep_surfaces: bool = False
) -> Analysis:
    """Add the terms of one text (one field) to `result`, each counted `weight` times."""
    result = result if result is not None else Analysis()
    norm = normalize(text)
    if not norm:
        return result
    words = _latin_words(norm)
    for term, surface in words:
        result.add(term, weight, surface if keep_surfaces else None)
    for concept, surface in glossary.find_concepts(norm, words):
        result.add("~" + concept, weight, surface if keep_surfaces else None)
    _add_chinese(norm, weight, result, keep_surfaces)
    return result


def analyze_listing(
    title: str, summary: str, description: str, keywords: str, *, keep_surfaces: bool = False
) -> Analysis:
    """Weighted terms of a listing: each field counted by FIELD_WEIGHTS."""
    result = Analysis()
    fields = (
        (title, "title"),
        (keywords.replace(";", " ; "), "keywords"),
        (summary, "summary"),
        (description, "description"),
    )
    for text, name in fields:
        analyze_text(text, FIELD_WEIGHTS[name], result, keep_surfaces=keep_surfaces)
    return result
