"""A second, independent check of matching quality: the demo's hand-written corpus (written
for the demo database, not for tuning the engine), each demand's right answers being the
supplies of its topic; lures share words with a topic without solving its problem."""

import pytest

from app.services.demo_listing_texts import ListingText
from app.services.demo_listings import CORPUS
from tests.matching import evaluation


def _row(text: ListingText, number: int) -> dict:
    budget = text.budget
    return {
        "id": f"{text.kind[0]}{number}",
        "title": text.title,
        "summary": text.summary,
        "description": text.description,
        "keywords": ";".join(text.keywords),
        "sectors": ";".join(text.sectors),
        "trl": text.trl,
        "coop": ";".join(text.cooperation),
        "budget": (budget[0] * 10000, budget[1] * 10000) if budget else None,
    }


def demo_corpus() -> tuple[list[dict], list[dict]]:
    demands, supplies = [], []
    for number, text in enumerate(CORPUS):
        row = _row(text, number)
        if text.kind == "supply":
            supplies.append(row)
            continue
        row["answers"] = [
            f"s{other}"
            for other, candidate in enumerate(CORPUS)
            if candidate.kind == "supply" and text.topic and candidate.topic == text.topic
        ]
        if row["answers"]:
            demands.append(row)
    return demands, supplies


def test_the_engine_beats_the_baseline_on_the_demo_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evaluation, "load_listings", demo_corpus)
    ours, baseline = evaluation.evaluate_engine(), evaluation.evaluate_baseline()
    print(ours.line("engine (demo corpus)"))
    print(baseline.line("baseline (demo corpus)"))
    assert len(ours.ranks) >= 40
    assert ours.recall_at_10 >= 0.95
    assert ours.mrr >= 0.85
    assert ours.mrr >= baseline.mrr + 0.3
    assert ours.cross_recall_at_10 >= 0.9
