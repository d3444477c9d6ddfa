"""The matching index: listings of one kind as TF-IDF vectors in an inverted index (numpy
postings per term), plus the facts the other score parts need (TRL, sectors, cooperation
types, budget, region) as arrays, so that one query scores every candidate in a few numpy
operations and touches only listings that share a term with it.

The index remembers what it was built from (per kind: how many listings and the latest
`updated_at`); `ensure_current` brings it up to date with the listings changed since, so a
publication, an edit, a withdrawal or an expiry shows in the next ranking without a rebuild.
One index per database URL and set of statuses is kept for the life of the process."""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

import numpy as np
from sqlalchemy import func, select

from app.models import Confidentiality, Listing, ListingKind, ListingStatus, Member
from app.services.matching.analysis import analyze_listing, term_factor
from app.services.matching.words import normalize
from app.services.uow import UnitOfWork

PUBLISHED = frozenset({ListingStatus.PUBLISHED})
MAX_QUERY_TERMS = 64
"""A query keeps its strongest terms only: the tail changes no ranking but costs time."""

COOPERATION_BITS = {
    "licensing": 1,
    "joint_rd": 2,
    "technical_service": 4,
    "commissioned_development": 8,
    "equity_investment": 16,
    "talent_training": 32,
    "equipment_sharing": 64,
}


@dataclass(frozen=True)
class ListingFacts:
    """What matching knows of one listing (read once from the database)."""

    id: str
    version: int
    kind: str
    title: str
    summary: str
    description: str
    keywords: str
    sectors: tuple[str, ...]
    trl: int | None
    cooperation: tuple[str, ...]
    budget_min: float | None
    budget_max: float | None
    currency: str
    region: str
    member_id: str
    reference: str
    external_id: str
    anonymous: bool


def _split(value: str) -> tuple[str, ...]:
    return tuple(
        p.strip() for p in value.replace(",", ";").replace(" ", ";").split(";") if p.strip()
    )


def _amount(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


_FACT_COLUMNS = (
    Listing.id,
    Listing.version,
    Listing.kind,
    Listing.title,
    Listing.summary,
    Listing.description,
    Listing.keywords,
    Listing.sectors,
    Listing.trl,
    Listing.cooperation_types,
    Listing.budget_min,
    Listing.budget_max,
    Listing.currency,
    Listing.region,
    Member.region,
    Listing.member_id,
    Listing.reference,
    Listing.external_id,
    Listing.confidentiality,
    Listing.status,
    Listing.deleted_at,
)


def _facts(row: tuple) -> ListingFacts:  # type: ignore[type-arg]
    (
        id_,
        version,
        kind,
        title,
        summary,
        description,
        keywords,
        sectors,
        trl,
        coop,
        bmin,
        bmax,
        currency,
        region,
        member_region,
        member_id,
        reference,
        external_id,
        conf,
    ) = row[:19]
    return ListingFacts(
        id_, version, str(kind), title, summary or "", description or "", keywords or "",
        tuple(s.upper() for s in _split(sectors or "")), trl, _split(coop or ""),
        _amount(bmin), _amount(bmax), currency or "", normalize(region or member_region or ""),
        member_id, reference or "", external_id or "", conf is Confidentiality.ANONYMOUS,
    )  # fmt: skip


def read_facts(uow: UnitOfWork, *conditions: Any) -> list[tuple[ListingFacts, ListingStatus, bool]]:
    """(facts, status, deleted) of the listings meeting the conditions."""
    stmt = select(*_FACT_COLUMNS).join(Member, Member.id == Listing.member_id).where(*conditions)
    return [
        (_facts(tuple(row)), ListingStatus(str(row[-2])), row[-1] is not None)
        for row in uow.session.execute(stmt)
    ]


class Vocabulary:
    """Term ↔ integer id, shared by the demand and supply indexes of one database."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.terms: list[str] = []
        self._factors = np.zeros(1024, np.float64)

    @property
    def factors(self) -> np.ndarray:
        """term_factor of every term, by id."""
        return self._factors[: len(self.terms)]

    def encode(self, terms: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
        ids = np.empty(len(terms), np.int32)
        tfs = np.empty(len(terms), np.float32)
        for i, (term, tf) in enumerate(terms.items()):
            tid = self.ids.get(term)
            if tid is None:
                tid = self.ids[term] = len(self.terms)
                self.terms.append(term)
                if tid >= len(self._factors):
                    self._factors = np.concatenate([self._factors, np.zeros_like(self._factors)])
                self._factors[tid] = term_factor(term)
            ids[i], tfs[i] = tid, tf
        order = np.argsort(ids)
        return ids[order], tfs[order]


def _sector_bits(sectors: tuple[str, ...]) -> tuple[int, int]:
    """(division bits, section bits): C38 → bit 38 and bit of C; a bare C only the section."""
    divisions = sections = 0
    for code in sectors:
        letter = code[:1]
        if "A" <= letter <= "Z":
            sections |= 1 << (ord(letter) - 65)
        if code[1:].isdigit():
            divisions |= 1 << (int(code[1:]) % 100)
    return divisions, sections


class KindIndex:
    """The listings of one kind (demands or supplies)."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.facts: list[ListingFacts | None] = []
        self.slot_of: dict[str, int] = {}
        self.doc_terms: list[np.ndarray] = []
        self.doc_tf: list[np.ndarray] = []
        self._df = np.zeros(1024, np.int32)
        self.live = 0
        self._postings: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._pending: list[tuple[int, np.ndarray, np.ndarray]] = []  # (slot, terms, weights)
        self.alive = np.zeros(0, bool)
        self.trl = np.zeros(0, np.float32)
        self.coop = np.zeros(0, np.int32)
        self.budget = np.zeros((0, 2), np.float64)
        self.divisions = np.zeros((0, 2), np.uint64)
        self.sections = np.zeros(0, np.int64)
        self.region = np.zeros(0, np.int32)
        self.currency = np.zeros(0, np.int32)
        self._codes: dict[str, int] = {"": -1}
        self.fuzzy_forms: dict[int, str] = {}  # slot -> title and keywords for rapidfuzz
        # The listing's member's past performance, 0–1, NaN when never evaluated (set_performance).
        self.performance = np.zeros(0, np.float64)
        self._performance_of: dict[str, float] = {}

    # -- building ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.facts)

    def _grow(self, size: int) -> None:
        if size <= len(self.alive):
            return
        capacity = max(size, 2 * len(self.alive), 64)

        def grown(array: np.ndarray, fill: float) -> np.ndarray:
            out = np.full((capacity, *array.shape[1:]), fill, array.dtype)
            out[: len(array)] = array
            return out

        self.alive = grown(self.alive, False)
        self.trl = grown(self.trl, np.nan)
        self.coop = grown(self.coop, 0)
        self.budget = grown(self.budget, np.nan)
        self.divisions = grown(self.divisions, 0)
        self.sections = grown(self.sections, 0)
        self.region = grown(self.region, -1)
        self.currency = grown(self.currency, -1)
        self.performance = grown(self.performance, np.nan)

    def set_performance(self, scores: dict[str, float]) -> None:
        """Every slot's member performance from `scores` (member id -> 0–1)."""
        self._performance_of = scores
        self.performance[:] = np.nan
        for slot, facts in enumerate(self.facts):
            if facts is not None and facts.member_id in scores:
                self.performance[slot] = scores[facts.member_id]

    def code(self, value: str) -> int:
        return self._codes.setdefault(value, len(self._codes))

    @property
    def df(self) -> np.ndarray:
        """Live listings holding each term, by term id (grown to the vocabulary's size)."""
        if len(self._df) < len(self.vocab.terms):
            grown = np.zeros(max(len(self.vocab.terms), 2 * len(self._df)), np.int32)
            grown[: len(self._df)] = self._df
            self._df = grown
        return self._df

    def idf(self, term_ids: np.ndarray) -> np.ndarray:
        df = self.df[term_ids].astype(np.float64)
        return np.log1p(max(self.live, 1) / np.maximum(df, 0.5))

    def _weights(self, ids: np.ndarray, tfs: np.ndarray) -> np.ndarray:
        factors = self.vocab.factors[ids]
        weights = (1.0 + np.log(np.maximum(tfs, 1.0))) * self.idf(ids) * factors
        norm = math.sqrt(float(weights @ weights)) or 1.0
        return (weights / norm).astype(np.float32)

    def add_many(self, listings: list[ListingFacts]) -> None:
        """Add (or replace) listings; document frequencies first, so one bulk build weighs
        every listing with the same idf."""
        for facts in listings:
            if facts.id in self.slot_of:
                self.remove(facts.id)
        encoded = []
        for facts in listings:
            terms = analyze_listing(facts.title, facts.summary, facts.description, facts.keywords)
            ids, tfs = self.vocab.encode(terms.terms)
            self.df[ids] += 1
            self.live += 1
            encoded.append((facts, ids, tfs))
        self._grow(len(self.facts) + len(encoded))
        for facts, ids, tfs in encoded:
            self._place(facts, ids, tfs)

    def _place(self, facts: ListingFacts, ids: np.ndarray, tfs: np.ndarray) -> None:
        slot = len(self.facts)
        self.facts.append(facts)
        self.slot_of[facts.id] = slot
        self.doc_terms.append(ids)
        self.doc_tf.append(tfs)
        self._pending.append((slot, ids, self._weights(ids, tfs)))
        self.alive[slot] = True
        self.trl[slot] = np.nan if facts.trl is None else facts.trl
        self.coop[slot] = sum(COOPERATION_BITS.get(c, 0) for c in facts.cooperation)
        low, high = facts.budget_min, facts.budget_max
        self.budget[slot] = (np.nan if low is None else low, np.nan if high is None else high)
        divisions, sections = _sector_bits(facts.sectors)
        self.divisions[slot] = (divisions & (2**64 - 1), divisions >> 64)
        self.sections[slot] = sections
        self.region[slot] = self.code(facts.region)
        self.currency[slot] = self.code(facts.currency.upper())
        self.performance[slot] = self._performance_of.get(facts.member_id, np.nan)

    def remove(self, listing_id: str) -> None:
        slot = self.slot_of.pop(listing_id, None)
        if slot is None:
            return
        self.df[self.doc_terms[slot]] -= 1
        self.live -= 1
        self.alive[slot] = False
        self.facts[slot] = None
        self.doc_terms[slot] = self.doc_tf[slot] = np.zeros(0, np.int32)
        if len(self.facts) > 1000 and self.live < 0.7 * len(self.facts):
            self._compact()

    def _compact(self) -> None:
        """Rebuild without the removed listings' slots (their postings only cost time)."""
        kept = [(f, self.doc_terms[s], self.doc_tf[s]) for s, f in enumerate(self.facts) if f]
        fresh = KindIndex(self.vocab)
        fresh._df, fresh.live = self.df, self.live
        fresh._performance_of = self._performance_of
        fresh._grow(len(kept))
        for facts, ids, tfs in kept:
            fresh._place(facts, ids, tfs)
        self.__dict__.update(fresh.__dict__)

    def _flush(self) -> None:
        """Move the listings added since the last query into the postings, term by term."""
        if not self._pending:
            return
        terms = np.concatenate([ids for _s, ids, _w in self._pending])
        slots = np.concatenate([np.full(len(ids), s, np.int32) for s, ids, _w in self._pending])
        weights = np.concatenate([w for _s, _ids, w in self._pending])
        self._pending = []
        order = np.argsort(terms, kind="stable")
        terms, slots, weights = terms[order], slots[order], weights[order]
        unique, starts = np.unique(terms, return_index=True)
        ends = [*starts[1:].tolist(), len(terms)]
        for term, start, end in zip(unique.tolist(), starts.tolist(), ends, strict=True):
            current = self._postings.get(term)
            new = (slots[start:end], weights[start:end])
            if current is not None:
                new = (np.concatenate([current[0], new[0]]), np.concatenate([current[1], new[1]]))
            self._postings[term] = new

    # -- querying ---------------------------------------------------------------------------

    def query_vector(self, ids: np.ndarray, tfs: np.ndarray) -> tuple[list[int], np.ndarray]:
        """The query's strongest terms that occur here, weighted with this index's idf."""
        weights = self._weights(ids, tfs).astype(np.float64)
        present = self.df[ids] > 0
        ids, weights = ids[present], weights[present]
        if len(ids) > MAX_QUERY_TERMS:
            keep = np.argpartition(-weights, MAX_QUERY_TERMS)[:MAX_QUERY_TERMS]
            ids, weights = ids[keep], weights[keep]
        return ids.tolist(), weights

    def text_scores(self, ids: np.ndarray, tfs: np.ndarray) -> np.ndarray:
        """Cosine similarity of the query with every slot (0 where nothing is shared)."""
        self._flush()
        scores = np.zeros(len(self.facts), np.float64)
        terms, weights = self.query_vector(ids, tfs)
        for term, weight in zip(terms, weights.tolist(), strict=True):
            posting = self._postings.get(term)
            if posting is not None:
                scores[posting[0]] += weight * posting[1]
        return scores


class MatchIndex:
    """Both kinds of one database, for one set of statuses."""

    def __init__(self, statuses: frozenset[ListingStatus]) -> None:
        self.statuses = statuses
        self.vocab = Vocabulary()
        self.kinds = {k: KindIndex(self.vocab) for k in (ListingKind.DEMAND, ListingKind.SUPPLY)}
        self.built_from: dict[ListingKind, tuple[int, datetime | None, int]] = {}
        self.performance_of: dict[str, float] = {}
        self.lock = threading.RLock()

    def set_performance(self, scores: dict[str, float]) -> None:
        """Members' past performance (evaluations.performance_scores), read once per ranking
        run; the per-listing arrays are refilled only when a figure changed."""
        with self.lock:
            if scores == self.performance_of:
                return
            self.performance_of = scores
            for index in self.kinds.values():
                index.set_performance(scores)

    def _state(self, uow: UnitOfWork, kind: ListingKind) -> tuple[int, datetime | None, int]:
        """Count, newest change and the sum of versions: a listing a sync brought in keeps its
        older timestamp, but its version moves on."""
        stmt = select(func.count(), func.max(Listing.updated_at), func.sum(Listing.version)).where(
            Listing.kind == kind, Listing.status.in_(self.statuses), Listing.deleted_at.is_(None)
        )
        count, latest, versions = uow.session.execute(stmt).one()
        return int(count), latest, int(versions or 0)

    def ensure_current(self, uow: UnitOfWork) -> None:
        """Bring both kinds up to date with the database (incrementally when built before)."""
        with self.lock:
            for kind, index in self.kinds.items():
                state = self._state(uow, kind)
                before = self.built_from.get(kind)
                if before == state:
                    continue
                if before is None:
                    index.add_many([f for f, _s, _d in self._read(uow, kind)])
                else:
                    self._apply_changes(uow, kind, index, before[1])
                    if index.live != state[0] or _versions(index) != state[2]:
                        self._reconcile(uow, kind, index)
                self.built_from[kind] = state

    def _read(self, uow: UnitOfWork, kind: ListingKind, *conditions: Any) -> list:  # type: ignore[type-arg]
        live = (Listing.status.in_(self.statuses), Listing.deleted_at.is_(None))
        return read_facts(uow, Listing.kind == kind, *(conditions or live))

    def _apply_changes(
        self, uow: UnitOfWork, kind: ListingKind, index: KindIndex, since: datetime | None
    ) -> None:
        changed = self._read(uow, kind, Listing.updated_at >= since) if since else []
        wanted = []
        for facts, status, deleted in changed:
            if status in self.statuses and not deleted:
                slot = index.slot_of.get(facts.id)
                known = index.facts[slot] if slot is not None else None
                if known is None or known.version != facts.version:
                    wanted.append(facts)
            else:
                index.remove(facts.id)
        index.add_many(wanted)

    def _reconcile(self, uow: UnitOfWork, kind: ListingKind, index: KindIndex) -> None:
        """Full comparison by id and version (rows synced in with older timestamps, a restored
        backup, another database at the same URL)."""
        stmt = select(Listing.id, Listing.version).where(
            Listing.kind == kind, Listing.status.in_(self.statuses), Listing.deleted_at.is_(None)
        )
        current = {row[0]: row[1] for row in uow.session.execute(stmt)}
        for listing_id in list(index.slot_of):
            if listing_id not in current:
                index.remove(listing_id)
        stale = [
            i
            for i, version in current.items()
            if i not in index.slot_of or index.facts[index.slot_of[i]].version != version  # type: ignore[union-attr]
        ]
        for start in range(0, len(stale), 500):
            chunk = stale[start : start + 500]
            index.add_many([f for f, _s, _d in self._read(uow, kind, Listing.id.in_(chunk))])


def _versions(index: KindIndex) -> int:
    return sum(f.version for f in index.facts if f is not None)


_CACHE: dict[tuple[str, frozenset[ListingStatus]], MatchIndex] = {}
_CACHE_LOCK = threading.Lock()


def current_index(uow: UnitOfWork, statuses: frozenset[ListingStatus] = PUBLISHED) -> MatchIndex:
    """The process-wide index of this database, brought up to date."""
    with _CACHE_LOCK:
        index = _CACHE.setdefault((uow.db.url, statuses), MatchIndex(statuses))
    index.ensure_current(uow)
    return index


def forget_indexes() -> None:
    """Drop every cached index (tests; a restored database)."""
    with _CACHE_LOCK:
        _CACHE.clear()
