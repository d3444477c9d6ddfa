"""Ranking every demand at once (rank_all), on all cores where that is safe.

Workers are forked from a process that holds the index, so they share it without copying or
pickling it; they send back ids, scores and reasons only. Forking is used only on systems that
have it and only from a process with a single thread (the command line, a benchmark): forking a
process with other threads running (the GUI) can deadlock, so there the ranking runs in one
process."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator

from app.models import ListingKind
from app.services.matching.index import ListingFacts, MatchIndex
from app.services.matching.scoring import Weights

Ranked = list[tuple[ListingFacts, float, dict[str, float], list[str], list[str]]]
RankQuery = Callable[[MatchIndex, ListingFacts, int, Weights], Ranked]
CHUNK = 100
PARALLEL_FROM = 1000
"""Fewer demands than this are ranked in one process (starting workers costs ~0.1 s)."""

_shared: tuple[MatchIndex, RankQuery, int, Weights] | None = None


def _rank_chunk(slots: list[int]) -> list[tuple[str, list[tuple]]]:  # type: ignore[type-arg]
    assert _shared is not None
    index, rank_query, top, weights = _shared
    demands = index.kinds[ListingKind.DEMAND]
    out = []
    for slot in slots:
        facts = demands.facts[slot]
        assert facts is not None
        ranked = rank_query(index, facts, top, weights)
        out.append((facts.id, [(f.id, *rest) for f, *rest in ranked]))
    return out


def _workers() -> int:
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if threading.active_count() > 1:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def rank_many(
    index: MatchIndex,
    queries: list[ListingFacts],
    rank_query: RankQuery,
    top: int,
    weights: Weights,
) -> Iterator[tuple[str, Ranked]]:
    """(demand id, ranked supplies) for each query, in order; lazily, so that the caller can
    report progress and stop."""
    demands = index.kinds[ListingKind.DEMAND]
    supplies = index.kinds[ListingKind.SUPPLY]
    workers = _workers()
    if workers == 1 or len(queries) < PARALLEL_FROM:
        for facts in queries:
            yield facts.id, rank_query(index, facts, top, weights)
        return
    global _shared
    _shared = (index, rank_query, top, weights)
    slots = [demands.slot_of[f.id] for f in queries]
    chunks = [slots[i : i + CHUNK] for i in range(0, len(slots), CHUNK)]
    pool = multiprocessing.get_context("fork").Pool(workers)
    try:
        for chunk in pool.imap(_rank_chunk, chunks):
            for demand_id, ranked in chunk:
                yield (
                    demand_id,
                    [
                        (supplies.facts[supplies.slot_of[supply_id]], *rest)  # type: ignore[misc]
                        for supply_id, *rest in ranked
                    ],
                )
    finally:
        pool.terminate()
        pool.join()
        _shared = None
