"""Matching: published supplies ranked for a demand (and demands for a supply), with reasons.

    rank(uow, listing_id, top=10, weights=None, exclude_ids=()) -> list[Suggestion]
    rank_all(uow, top=10, weights=None, progress=None) -> [(demand id, [Suggestion])]
    shared_terms(a_text, b_text) -> strings to highlight in both texts

How: analysis (words, Chinese bigrams, bilingual glossary concepts) → index (TF-IDF inverted
index kept current with the database) → scoring (readable parts combined by Weights) →
reasons in words. See analysis.py for why a glossary rather than a neural model."""

from app.services.matching.engine import Suggestion, rank, rank_all
from app.services.matching.index import forget_indexes
from app.services.matching.reasons import shared_terms
from app.services.matching.scoring import DEFAULT_WEIGHTS, PART_KEYS, Weights

__all__ = [
    "DEFAULT_WEIGHTS",
    "PART_KEYS",
    "Suggestion",
    "Weights",
    "forget_indexes",
    "rank",
    "rank_all",
    "shared_terms",
]
