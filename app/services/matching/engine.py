"""Ranking: the supplies for a demand (or the demands for a supply), best first, with reasons."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import select

from app.errors import Joined, NotFoundError, problem
from app.models import Listing, ListingKind, ListingStatus, Member
from app.services import evaluations
from app.services.matching import scoring
from app.services.matching.analysis import analyze_listing
from app.services.matching.batch import Ranked, rank_many
from app.services.matching.index import (
    COOPERATION_BITS,
    PUBLISHED,
    KindIndex,
    ListingFacts,
    MatchIndex,
    current_index,
    read_facts,
)
from app.services.matching.reasons import (
    chinese_runs,
    contributions,
    is_chinese,
    shared_labels,
    structured_reasons,
)
from app.services.matching.scoring import DEFAULT_WEIGHTS, Weights
from app.services.matching.words import normalize
from app.services.uow import UnitOfWork

Progress = Callable[[int, int, str], None]
"""progress(done, total, text); it may raise to cancel the work."""

POOL = 300
"""Listings scored in full per query: the best this many by text."""
FUZZY_FROM = 0.6
"""Fuzzy title likeness below this adds nothing (unrelated titles score 0.3–0.5)."""
_CJK_CHAR_RE = re.compile("([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")


@dataclass(frozen=True)
class Suggestion:
    """One ranked listing of the other kind, with its score (0–100) and why."""

    listing_id: str
    reference: str
    external_id: str
    title: str
    member_name: str
    anonymous: bool
    score: float
    parts: dict[str, float] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)
    shared_terms: list[str] = field(default_factory=list)


def _fuzzy_form(facts: ListingFacts) -> str:
    """Title and keywords with every Chinese character a word (token scorers need words)."""
    return " ".join(_CJK_CHAR_RE.sub(r" \1 ", normalize(f"{facts.title} {facts.keywords}")).split())


class _Query:
    """A listing asked about, analysed once."""

    def __init__(self, facts: ListingFacts, index: MatchIndex) -> None:
        self.facts = facts
        own = index.kinds[ListingKind(facts.kind)]
        slot = own.slot_of.get(facts.id)
        known = own.facts[slot] if slot is not None else None
        if slot is not None and known is not None and known.version == facts.version:
            self.ids, self.tfs = own.doc_terms[slot], own.doc_tf[slot]
        else:
            terms = analyze_listing(facts.title, facts.summary, facts.description, facts.keywords)
            self.ids, self.tfs = index.vocab.encode(terms.terms)
        self.bits = sum(COOPERATION_BITS.get(c, 0) for c in facts.cooperation)
        self.fuzzy = _fuzzy_form(facts)
        self.own_performance = index.performance_of.get(facts.member_id)

    def supplier_performance(self, target: KindIndex, slots: np.ndarray) -> np.ndarray:
        """The supplier's past performance (NaN: never evaluated): each candidate's member for
        a demand, this supply's own member for a supply, so a pair scores alike from both sides."""
        if self.facts.kind == ListingKind.DEMAND.value:
            return target.performance[slots]
        own = np.nan if self.own_performance is None else self.own_performance
        return np.full(len(slots), own)


def _pool(query: _Query, target: KindIndex, cosine: np.ndarray, size: int, exclude: set[str]):  # type: ignore[no-untyped-def]
    """The slots worth scoring in full: the POOL best by text, then (when the texts share too
    little) listings of a shared sector section. Others cannot reach the first places: without
    text their other parts count only a quarter (scoring.GATE_FLOOR)."""
    n = len(target)
    alive = target.alive[:n].copy()
    for listing_id in exclude:
        slot = target.slot_of.get(listing_id)
        if slot is not None:
            alive[slot] = False
    pool = np.flatnonzero(alive & (cosine > 0))
    if len(pool) > POOL:
        pool = pool[np.argpartition(-cosine[pool], POOL - 1)[:POOL]]
    if len(pool) < size:
        _divisions, sections = scoring._sector_bits(query.facts.sectors)
        same = np.flatnonzero(alive & (cosine <= 0) & ((target.sections[:n] & sections) != 0))
        pool = np.concatenate([pool, same[: size - len(pool)]])
    return pool


def _shortlist(query: _Query, target: KindIndex, weights: Weights, size: int, exclude: set[str]):  # type: ignore[no-untyped-def]
    """(slots, parts by position) of the `size` best by every part but the fuzzy bonus."""
    cosine = target.text_scores(query.ids, query.tfs)
    pool = _pool(query, target, cosine, size, exclude)
    if len(pool) == 0:
        return [], {}
    parts: dict[str, np.ndarray | float] = dict(
        scoring.structured_parts(query.facts, query.bits, target, pool)
    )
    parts["text"] = scoring.text_part(cosine[pool])
    parts["past_performance"] = np.nan_to_num(query.supplier_performance(target, pool), nan=0.5)
    total = scoring.combine(parts, weights)
    size = min(size, len(pool))
    best = np.argpartition(-total, size - 1)[:size]
    return [(int(pool[i]), int(i)) for i in best], parts


def _final_parts(
    query: _Query, target: KindIndex, slot: int, at: int, parts: dict
) -> dict[str, float]:  # type: ignore[type-arg]
    facts = target.facts[slot]
    assert facts is not None
    form = target.fuzzy_forms.get(slot)
    if form is None:
        form = target.fuzzy_forms[slot] = _fuzzy_form(facts)
    fuzzy = scoring.fuzzy_similarity(query.fuzzy, form)
    bonus = scoring.FUZZY_SHARE * max(0.0, (fuzzy - FUZZY_FROM) / (1.0 - FUZZY_FROM))
    result = {k: float(v[at]) if isinstance(v, np.ndarray) else float(v) for k, v in parts.items()}
    result["text"] = min(1.0, result["text"] + bonus)
    return result


def _rank_query(
    index: MatchIndex, query: _Query, top: int, weights: Weights, exclude: set[str]
) -> Ranked:
    target = index.kinds[ListingKind.SUPPLY if query.facts.kind == "demand" else ListingKind.DEMAND]
    slots, parts = _shortlist(query, target, weights, max(3 * top, 30), exclude)
    scored = []
    for slot, at in slots:
        final = _final_parts(query, target, slot, at, parts)
        total = float(scoring.combine(final, weights))
        scored.append((total, slot, final))
    scored.sort(key=lambda s: (-s[0], s[1]))
    if not scored:
        return []
    analysis = analyze_listing(
        query.facts.title, query.facts.summary, query.facts.description, query.facts.keywords,
        keep_surfaces=True,
    )  # fmt: skip
    query_weights = target._weights(query.ids, query.tfs)
    text = normalize(" ".join((query.facts.title, query.facts.keywords, query.facts.summary,
                               query.facts.description)))  # fmt: skip
    runs = chinese_runs(text)
    chinese = is_chinese(query.facts)
    results = []
    for total, slot, final in scored[:top]:
        facts = target.facts[slot]
        assert facts is not None
        doc_ids, doc_tf = target.doc_terms[slot], target.doc_tf[slot]
        shares = contributions(
            index.vocab.terms, query.ids, query_weights, doc_ids, target._weights(doc_ids, doc_tf)
        )
        labels = shared_labels(shares, analysis, runs, chinese)
        reasons = (
            [problem("shares: {terms}", terms=Joined(tuple(labels)))] if labels else []
        ) + structured_reasons(query.facts, facts)
        performance = float(query.supplier_performance(target, np.array([slot]))[0])
        if weights.past_performance > 0 and not np.isnan(performance):
            reasons.append(
                problem(
                    "past evaluations {score} of 5",
                    score=f"{scoring.five_point(performance):.1f}",
                )
            )
        results.append((facts, round(100.0 * total, 1), final, reasons, labels))
    return results


def _rank_facts(index: MatchIndex, facts: ListingFacts, top: int, weights: Weights) -> Ranked:
    return _rank_query(index, _Query(facts, index), top, weights, set())


def _member_names(uow: UnitOfWork, member_ids: Iterable[str]) -> dict[str, str]:
    ids = sorted(set(member_ids))
    names: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        stmt = select(Member.id, Member.name).where(Member.id.in_(ids[start : start + 500]))
        names.update({row[0]: row[1] for row in uow.session.execute(stmt)})
    return names


def _suggestions(uow: UnitOfWork, ranked: list) -> list[Suggestion]:  # type: ignore[type-arg]
    names = _member_names(uow, (r[0].member_id for r in ranked))
    return [
        Suggestion(f.id, f.reference, f.external_id, f.title, names.get(f.member_id, ""),
                   f.anonymous, score, parts, reasons, labels)
        for f, score, parts, reasons, labels in ranked
    ]  # fmt: skip


def rank(
    uow: UnitOfWork,
    listing_id: str,
    *,
    top: int = 10,
    weights: Weights | None = None,
    exclude_ids: Iterable[str] = (),
    statuses: frozenset[ListingStatus] = PUBLISHED,
) -> list[Suggestion]:
    """The best `top` listings of the other kind for this listing (a demand or a supply, in
    any status), among those in `statuses` (published ones unless said otherwise)."""
    found = read_facts(uow, Listing.id == listing_id, Listing.deleted_at.is_(None))
    if not found:
        raise NotFoundError("That listing no longer exists. Refresh the list and try again.")
    index = current_index(uow, statuses)
    index.set_performance(evaluations.performance_scores(uow))
    query = _Query(found[0][0], index)
    with index.lock:
        ranked = _rank_query(index, query, top, weights or DEFAULT_WEIGHTS, set(exclude_ids))
    return _suggestions(uow, ranked)


def rank_all(
    uow: UnitOfWork,
    *,
    top: int = 10,
    weights: Weights | None = None,
    progress: Progress | None = None,
    statuses: frozenset[ListingStatus] = PUBLISHED,
) -> list[tuple[str, list[Suggestion]]]:
    """(demand id, its suggestions) for every demand in `statuses`, in reference order.
    `progress(done, total, text)` is called now and then; an exception from it cancels."""
    index = current_index(uow, statuses)
    index.set_performance(evaluations.performance_scores(uow))
    weights = weights or DEFAULT_WEIGHTS
    demands = index.kinds[ListingKind.DEMAND]
    with index.lock:
        queries = sorted((f for f in demands.facts if f), key=lambda f: (f.reference, f.id))
        total, results = len(queries), []
        for done, result in enumerate(rank_many(index, queries, _rank_facts, top, weights)):
            if progress is not None and done % 50 == 0:
                progress(done, total, f"Matching demand {done + 1} of {total}")
            results.append(result)
    names = _member_names(uow, (r[0].member_id for _d, ranked in results for r in ranked))
    if progress is not None:
        progress(total, total, "Matching done")
    return [
        (demand_id, [
            Suggestion(f.id, f.reference, f.external_id, f.title, names.get(f.member_id, ""),
                       f.anonymous, score, parts, reasons, labels)
            for f, score, parts, reasons, labels in ranked
        ])
        for demand_id, ranked in results
    ]  # fmt: skip
