"""The matching evaluation set (hand-written listings in eval_*.json) and its figures.

Each demand names its right answers (1–3 supplies); the supplies include distractors that share
surface words with a demand but solve another problem. Figures: recall@10 (share of demands
with a right answer in the first ten) and MRR (mean of 1/rank of the first right answer)."""

import json
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from app.models import ListingKind, ListingStatus
from app.services.matching.engine import _Query, _rank_query
from app.services.matching.index import ListingFacts, MatchIndex
from app.services.matching.scoring import DEFAULT_WEIGHTS, Weights
from app.services.text import has_cjk

HERE = Path(__file__).parent


def load_listings() -> tuple[list[dict], list[dict]]:
    demands = json.loads((HERE / "eval_demands.json").read_text(encoding="utf-8"))
    supplies = []
    for path in sorted(HERE.glob("eval_supplies_*.json")) + sorted(
        HERE.glob("eval_distractors*.json")
    ):
        supplies.extend(json.loads(path.read_text(encoding="utf-8")))
    return demands, supplies


def facts(row: dict, kind: str, number: int) -> ListingFacts:
    budget = row.get("budget") or (None, None)
    return ListingFacts(
        id=row["id"],
        version=1,
        kind=kind,
        title=row["title"],
        summary=row["summary"],
        description=row["description"],
        keywords=row["keywords"],
        sectors=tuple(row["sectors"].split(";")),
        trl=row.get("trl"),
        cooperation=tuple(row.get("coop", "").split(";")),
        budget_min=budget[0],
        budget_max=budget[1],
        currency="CNY",
        region="",
        member_id=f"m-{row['id']}",
        reference=f"{kind[0].upper()}-2026-{number:04d}",
        external_id=row["id"],
        anonymous=False,
    )


def build_index(demands: list[dict], supplies: list[dict]) -> MatchIndex:
    index = MatchIndex(frozenset({ListingStatus.PUBLISHED}))
    index.kinds[ListingKind.DEMAND].add_many(
        [facts(d, "demand", i) for i, d in enumerate(demands, 1)]
    )
    index.kinds[ListingKind.SUPPLY].add_many(
        [facts(s, "supply", i) for i, s in enumerate(supplies, 1)]
    )
    return index


@dataclass(frozen=True)
class Figures:
    recall_at_10: float  # demands with a right answer in the first ten
    mrr: float  # mean of 1/rank of the first right answer
    pair_recall_at_10: float  # (demand, right answer) pairs with the answer in the first ten
    cross_recall_at_10: float  # the same, for pairs in different languages
    ranks: dict[str, int | None]  # demand id -> rank of its first right answer

    def line(self, name: str) -> str:
        return (
            f"{name}: recall@10 {self.recall_at_10:.3f}, MRR {self.mrr:.3f}, "
            f"pair recall@10 {self.pair_recall_at_10:.3f}, "
            f"cross-language pair recall@10 {self.cross_recall_at_10:.3f}"
        )


def _chinese(row: dict) -> bool:
    return has_cjk(row["title"])


def _figures(rankings: dict[str, list[str]]) -> Figures:
    demands, supplies = load_listings()
    language = {row["id"]: _chinese(row) for row in [*demands, *supplies]}
    ranks: dict[str, int | None] = {}
    pairs, cross = [], []
    for d in demands:
        ranked = rankings[d["id"]]
        position = {s: i for i, s in enumerate(ranked, 1)}
        found = [position.get(a) for a in d["answers"]]
        ranks[d["id"]] = min((r for r in found if r is not None), default=None)
        for answer, r in zip(d["answers"], found, strict=True):
            hit = r is not None and r <= 10
            pairs.append(hit)
            if language[answer] != language[d["id"]]:
                cross.append(hit)
    n = len(ranks)
    recall = sum(1 for r in ranks.values() if r is not None and r <= 10) / n
    mrr = sum(1.0 / r for r in ranks.values() if r is not None) / n
    return Figures(recall, mrr, sum(pairs) / len(pairs), sum(cross) / len(cross), ranks)


def evaluate_engine(weights: Weights = DEFAULT_WEIGHTS) -> Figures:
    demands, supplies = load_listings()
    index = build_index(demands, supplies)
    rankings = {}
    demand_index = index.kinds[ListingKind.DEMAND]
    for d in demands:
        query = _Query(demand_index.facts[demand_index.slot_of[d["id"]]], index)  # type: ignore[arg-type]
        ranked = _rank_query(index, query, len(supplies), weights, set())
        rankings[d["id"]] = [f.id for f, *_rest in ranked]
    return _figures(rankings)


def _whole_text(row: dict) -> str:
    return " ".join((row["title"], row["summary"], row["description"], row["keywords"]))


def evaluate_baseline() -> Figures:
    """rapidfuzz token_set_ratio over title+summary+description+keywords, default_process."""
    demands, supplies = load_listings()
    choices = [_whole_text(s) for s in supplies]
    rankings = {}
    for d in demands:
        found = process.extract(
            _whole_text(d),
            choices,
            scorer=fuzz.token_set_ratio,
            processor=utils.default_process,
            limit=len(choices),
        )
        rankings[d["id"]] = [supplies[i]["id"] for _c, _score, i in found]
    return _figures(rankings)


if __name__ == "__main__":
    ours, baseline = evaluate_engine(), evaluate_baseline()
    print(ours.line("engine"))
    print(baseline.line("baseline"))
    print("misses:", {d: r for d, r in ours.ranks.items() if r != 1})


def show(demand_id: str, top: int = 5) -> None:
    """Print a demand's first suggestions with their parts and reasons (tuning aid)."""
    demands, supplies = load_listings()
    index = build_index(demands, supplies)
    demand_index = index.kinds[ListingKind.DEMAND]
    query = _Query(demand_index.facts[demand_index.slot_of[demand_id]], index)  # type: ignore[arg-type]
    for f, score, parts, reasons, _labels in _rank_query(index, query, top, DEFAULT_WEIGHTS, set()):
        print(f.id, score, f.title[:50], {k: round(v, 2) for k, v in parts.items()}, reasons)
