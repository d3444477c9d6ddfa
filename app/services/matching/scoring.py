"""The score of a candidate: parts a clerk can read, each 0–1, combined by `Weights`.

- text: how much the two listings say the same (TF-IDF cosine over words, Chinese bigrams and
  glossary concepts, scaled so that a strong match reaches 1), blended with a fuzzy comparison
  of titles and keywords (near-spellings);
- sector: same GB/T 4754 division 1, same section 0.5;
- trl: the supply's level at or above the demand's minimum 1, one below 0.5, unknown 0.5;
- cooperation: a cooperation type in common 1, none 0, unknown 0.5;
- budget: both ranges known and overlapping 1, disjoint 0, otherwise 0.5 (supplies seldom
  state a price);
- region: same region 1, another 0, unknown 0.5;
- past_performance: the supplier's past evaluations by the other sides of its completed
  projects (evaluations.performance_scores: the mean score 1–5 as 0–1), 0.5 when never
  evaluated; the same for a pair whichever side asks.

The parts other than text can lift a relevant listing but cannot make an unrelated one
relevant: they count in full only once the texts share enough (`RELEVANCE_GATE`); a listing
that shares nothing but its sector keeps a share of them (`GATE_FLOOR`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields

import numpy as np
from rapidfuzz import fuzz

from app.services.matching.index import KindIndex, ListingFacts, _sector_bits

TEXT_FULL = 0.45
"""A cosine this high (a strong match between two real listings) gives the full text part."""
FUZZY_SHARE = 0.15
"""Share of the text part given by the fuzzy title/keyword comparison."""
RELEVANCE_GATE = 0.35
"""Text part from which the other parts count in full."""
GATE_FLOOR = 0.25

PART_KEYS = ("text", "sector", "trl", "cooperation", "budget", "region", "past_performance")


@dataclass(frozen=True)
class Weights:
    """How much each part counts; any non-negative numbers, used in proportion to their sum.
    Settings store them with to_mapping/from_mapping under the stable keys of PART_KEYS."""

    text: float = 0.55
    sector: float = 0.15
    trl: float = 0.08
    cooperation: float = 0.08
    budget: float = 0.06
    region: float = 0.04
    past_performance: float = 0.04

    def __post_init__(self) -> None:
        values = [getattr(self, k) for k in PART_KEYS]
        if any(not np.isfinite(v) or v < 0 for v in values) or sum(values) <= 0:
            raise ValueError("Matching weights must be numbers of 0 or more, not all 0.")

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, object]) -> Weights:
        """Weights from stored settings: unknown keys ignored, missing keys at their default."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: float(v) for k, v in mapping.items() if k in known})  # type: ignore[arg-type]

    def to_mapping(self) -> dict[str, float]:
        return asdict(self)

    @property
    def total(self) -> float:
        return sum(getattr(self, k) for k in PART_KEYS)


DEFAULT_WEIGHTS = Weights()


def five_point(performance: float) -> float:
    """A past-performance part (0–1) as the mean evaluation score it came from (1–5)."""
    return 1.0 + 4.0 * performance


def text_part(cosine: np.ndarray) -> np.ndarray:
    return np.minimum(cosine / TEXT_FULL, 1.0)


def _sector_part(query: ListingFacts, index: KindIndex, slots: np.ndarray) -> np.ndarray:
    divisions, sections = _sector_bits(query.sectors)
    if not query.sectors:
        return np.full(len(slots), 0.5)
    lo = np.uint64(divisions & (2**64 - 1))
    hi = np.uint64(divisions >> 64)
    same_division = ((index.divisions[slots, 0] & lo) | (index.divisions[slots, 1] & hi)) != 0
    same_section = (index.sections[slots] & sections) != 0
    unknown = index.sections[slots] == 0
    return np.where(same_division, 1.0, np.where(same_section, 0.5, np.where(unknown, 0.5, 0.0)))


def _trl_part(query: ListingFacts, index: KindIndex, slots: np.ndarray) -> np.ndarray:
    if query.trl is None:
        return np.full(len(slots), 0.5)
    other = index.trl[slots].astype(np.float64)
    supply, wanted = (other, float(query.trl)) if query.kind == "demand" else (query.trl, other)
    gap = np.asarray(supply - wanted, dtype=np.float64)
    fit = np.where(gap >= 0, 1.0, np.where(gap >= -1, 0.5, 0.0))
    return np.where(np.isnan(other), 0.5, fit)


def _cooperation_part(query_bits: int, index: KindIndex, slots: np.ndarray) -> np.ndarray:
    if not query_bits:
        return np.full(len(slots), 0.5)
    bits = index.coop[slots]
    return np.where(bits == 0, 0.5, np.where((bits & query_bits) != 0, 1.0, 0.0))


def _budget_part(query: ListingFacts, index: KindIndex, slots: np.ndarray) -> np.ndarray:
    if query.budget_min is None and query.budget_max is None:
        return np.full(len(slots), 0.5)
    low = query.budget_min if query.budget_min is not None else 0.0
    high = query.budget_max if query.budget_max is not None else np.inf
    other = index.budget[slots]
    known = ~(np.isnan(other[:, 0]) & np.isnan(other[:, 1]))
    other_low = np.nan_to_num(other[:, 0], nan=0.0)
    other_high = np.where(np.isnan(other[:, 1]), np.inf, other[:, 1])
    overlap = (other_low <= high) & (other_high >= low)
    same_currency = index.currency[slots] == index._codes.get(query.currency.upper(), -2)
    return np.where(known & same_currency, np.where(overlap, 1.0, 0.0), 0.5)


def _region_part(query: ListingFacts, index: KindIndex, slots: np.ndarray) -> np.ndarray:
    if not query.region:
        return np.full(len(slots), 0.5)
    regions = index.region[slots]
    code = index._codes.get(query.region, -2)
    return np.where(regions == -1, 0.5, np.where(regions == code, 1.0, 0.0))


def structured_parts(
    query: ListingFacts, query_bits: int, index: KindIndex, slots: np.ndarray
) -> dict[str, np.ndarray]:
    """Every part but text and past performance, for the given slots of the index."""
    return {
        "sector": _sector_part(query, index, slots),
        "trl": _trl_part(query, index, slots),
        "cooperation": _cooperation_part(query_bits, index, slots),
        "budget": _budget_part(query, index, slots),
        "region": _region_part(query, index, slots),
    }


def gate(text: np.ndarray | float) -> np.ndarray:
    return np.maximum(GATE_FLOOR, np.minimum(1.0, np.asarray(text) / RELEVANCE_GATE))


def combine(parts: Mapping[str, np.ndarray | float], weights: Weights) -> np.ndarray:
    """Total 0–1: the text part plus the gated other parts, in proportion to the weights."""
    others = sum(getattr(weights, k) * np.asarray(parts[k]) for k in PART_KEYS if k != "text")
    total = weights.text * np.asarray(parts["text"]) + gate(parts["text"]) * others
    return np.asarray(total / weights.total)


def fuzzy_similarity(query_words: str, candidate_words: str) -> float:
    """0–1 fuzzy likeness of two titles-plus-keywords (near-spellings, word order)."""
    if not query_words or not candidate_words:
        return 0.0
    return fuzz.token_sort_ratio(query_words, candidate_words) / 100.0
