"""Reasons in words for a suggestion ("shares: thermal management, lithium-ion battery; sector
C38; TRL 6 ≥ 5 wanted; cooperation: joint R&D; budget overlaps"), and the shared terms of two
texts for the side-by-side view."""

from __future__ import annotations

import re

import numpy as np

from app.errors import Joined, problem
from app.services.matching import glossary
from app.services.matching.analysis import Analysis, analyze_text, term_factor
from app.services.matching.index import ListingFacts
from app.services.matching.words import normalize
from app.services.text import has_cjk

MAX_SHARED = 5
COOPERATION_LABELS = {
    "licensing": problem("licensing"),
    "joint_rd": problem("joint R&D"),
    "technical_service": problem("technical service"),
    "commissioned_development": problem("commissioned development"),
    "equity_investment": problem("equity investment"),
    "talent_training": problem("talent training"),
    "equipment_sharing": problem("equipment sharing"),
}
_CJK_RUN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def chinese_runs(text: str) -> list[str]:
    """The stretches of Chinese characters in a normalised text."""
    return _CJK_RUN_RE.findall(text)  # type: ignore[no-any-return]


def _chinese_runs(runs: list[str], shared: dict[str, float]) -> list[tuple[str, float]]:
    """Maximal stretches of the query's Chinese text whose bigrams are all shared (电池 and 池包
    shared → 电池包), with the sum of their bigrams' contributions."""
    found: dict[str, float] = {}
    if not shared:
        return []
    strongest = sorted(shared, key=lambda b: -shared[b])[: 2 * MAX_SHARED]
    for run in runs:
        if not any(b in run for b in strongest):
            continue  # a stretch without a strong shared bigram gives no label worth showing
        i = 0
        while i < len(run) - 1:
            if run[i : i + 2] not in shared:
                i += 1
                continue
            j, weight = i, 0.0
            while j < len(run) - 1 and run[j : j + 2] in shared:
                weight += shared[run[j : j + 2]]
                j += 1
            piece = run[i : j + 1]
            found[piece] = max(found.get(piece, 0.0), weight)
            i = j
    return list(found.items())


def shared_labels(
    contributions: dict[str, float], query: Analysis, query_runs: list[str], chinese: bool
) -> list[str]:
    """The shared terms to show, strongest first, in the query listing's language: glossary
    concepts by their label, else the query's own word or Chinese phrase."""
    concepts, words, bigrams = [], [], {}
    for term, weight in contributions.items():
        if term[0] == "#":
            continue
        if term[0] == "~":
            concepts.append((glossary.label(term[1:], chinese), weight, term))
        elif term[0] >= "\u3400":
            bigrams[term] = weight
        else:
            words.append((query.surfaces.get(term, [term])[0], weight, term))
    candidates = concepts + [(s, w, s) for s, w in _chinese_runs(query_runs, bigrams)] + words
    candidates.sort(key=lambda c: -c[1] * (term_factor(c[2]) if c[2][0] == "~" else 1.0))
    covered = " ".join(s for term in contributions if term[0] == "~"
                       for s in query.surfaces.get(term, []))  # fmt: skip
    chosen: list[str] = []
    for label, _weight, term in candidates:
        if term[0] != "~" and label in covered:
            continue  # "thermal" when "thermal management" is shown already
        if label not in chosen:
            chosen.append(label)
        if len(chosen) == MAX_SHARED:
            break
    return chosen


def _trl_reason(demand: ListingFacts, supply: ListingFacts) -> str | None:
    if demand.trl is None or supply.trl is None:
        return problem("TRL {trl}", trl=supply.trl) if supply.trl is not None else None
    if supply.trl >= demand.trl:
        return problem("TRL {trl} ≥ {wanted} wanted", trl=supply.trl, wanted=demand.trl)
    if supply.trl == demand.trl - 1:
        return problem(
            "TRL {trl}, one below the {wanted} wanted", trl=supply.trl, wanted=demand.trl
        )
    return None


def structured_reasons(query: ListingFacts, other: ListingFacts) -> list[str]:
    """Sector, TRL, cooperation, budget and region reasons (only those that speak for it)."""
    reasons: list[str] = []
    divisions = [c for c in query.sectors if c in other.sectors and len(c) > 1]
    if divisions:
        reasons.append(problem("sector {codes}", codes=Joined(tuple(divisions))))
    else:
        sections = sorted({c[0] for c in query.sectors} & {c[0] for c in other.sectors})
        if sections:
            reasons.append(problem("sector section {codes}", codes=Joined(tuple(sections))))
    demand, supply = (query, other) if query.kind == "demand" else (other, query)
    trl = _trl_reason(demand, supply)
    if trl:
        reasons.append(trl)
    common = [COOPERATION_LABELS.get(c, c) for c in query.cooperation if c in other.cooperation]
    if common:
        reasons.append(problem("cooperation: {kinds}", kinds=Joined(tuple(common))))
    if _budgets_overlap(query, other):
        reasons.append(problem("budget overlaps"))
    if query.region and query.region == other.region:
        reasons.append(problem("same region"))
    return reasons


def _budgets_overlap(a: ListingFacts, b: ListingFacts) -> bool:
    if a.currency.upper() != b.currency.upper():
        return False
    if (a.budget_min, a.budget_max) == (None, None) or (b.budget_min, b.budget_max) == (None, None):
        return False
    a_low, b_low = a.budget_min or 0.0, b.budget_min or 0.0
    a_high = a.budget_max if a.budget_max is not None else float("inf")
    b_high = b.budget_max if b.budget_max is not None else float("inf")
    return a_low <= b_high and b_low <= a_high


def contributions(
    vocab_terms: list[str],
    query_ids: np.ndarray,
    query_weights: np.ndarray,
    other_ids: np.ndarray,
    other_weights: np.ndarray,
) -> dict[str, float]:
    """Term → its share of the cosine, for the terms both listings have."""
    _common, qi, oi = np.intersect1d(query_ids, other_ids, assume_unique=True, return_indices=True)
    products = query_weights[qi] * other_weights[oi]
    return {vocab_terms[int(t)]: float(w) for t, w in zip(_common, products, strict=True)}


def shared_terms(a_text: str, b_text: str) -> list[str]:
    """The strings of either text that the other shares (a word, a Chinese phrase, or a term of
    a shared glossary concept in either language), longest first, as they read after
    normalisation (lower case, half-width). To highlight, mark every case-insensitive
    occurrence of each string in both texts."""
    a = analyze_text(a_text, keep_surfaces=True)
    b = analyze_text(b_text, keep_surfaces=True)
    common = {t for t in a.terms.keys() & b.terms.keys() if t[0] != "#"}
    found: set[str] = set()
    for source, text in ((a, a_text), (b, b_text)):
        for term in common:
            if term[0] != "~" and term[0] >= "\u3400":
                continue
            found.update(source.surfaces.get(term, []))
        bigrams = {t: 1.0 for t in common if t[0] != "~" and t[0] >= "\u3400"}
        found.update(s for s, _w in _chinese_runs(chinese_runs(normalize(text)), bigrams))
    return sorted(found, key=lambda s: (-len(s), s))


def is_chinese(facts: ListingFacts) -> bool:
    return has_cjk(facts.title)
