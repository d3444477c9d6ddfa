"""Demo matches: the engine's suggestions for every published demand, and a dozen of the
strongest pairs taken through the pipeline so that every status has something real to show
(proposed, interested, negotiating with a meeting, agreed, declined with a reason, dismissed)."""

import random
from datetime import timedelta

from app.models import utcnow
from app.services import matches, matching
from app.services.uow import Actor, UnitOfWork

# How many of the best pairs end in each status, in order.
PLAN = (
    ("agreed", 5),
    ("negotiating", 2),
    ("interested", 3),
    ("proposed", 3),
    ("declined", 2),
    ("dismissed", 1),
)
INTEREST = ("很感兴趣，希望安排技术交流。", "Interested; please send the test report.")
MEETINGS = ("在园区会议室进行了技术对接，双方同意小试。", "Video call: agreed on a pilot run.")


def add_demo_matches(uow: UnitOfWork, by: Actor, seed: int = 1) -> int:
    """Rank, keep the suggestions, and move the best pairs along; returns how many matches
    are not plain suggestions."""
    rng = random.Random(seed + 7)
    results = matching.rank_all(uow, top=5)
    best: list[tuple[float, str, str]] = []
    for demand_id, found in results:
        matches.save_suggestions(uow, demand_id, found, by)
        if found:
            best.append((found[0].score, demand_id, found[0].listing_id))
    best.sort(reverse=True)
    used: set[str] = set()
    pairs = []
    for _score, demand_id, supply_id in best:
        if demand_id not in used and supply_id not in used:
            pairs.append((demand_id, supply_id))
            used.update((demand_id, supply_id))
    moved = 0
    for status, count in PLAN:
        for _ in range(count):
            if not pairs:
                return moved
            demand_id, supply_id = pairs.pop(0)
            _move(uow, by, rng, demand_id, supply_id, status)
            moved += 1
    return moved


def _move(
    uow: UnitOfWork,
    by: Actor,
    rng: random.Random,
    demand_id: str,
    supply_id: str,
    status: str,
) -> None:
    if status == "dismissed":
        matches.dismiss_suggestion(
            uow, demand_id, supply_id, "cooperation_does_not_fit", "对方只接受技术转让。", by
        )
        return
    proposed = utcnow() - timedelta(days=rng.randint(25, 45))
    day = proposed.date() + timedelta(days=rng.randint(2, 6))
    match = matches.propose_match(
        uow, demand_id, supply_id, by, note="展会上当面推荐。", now=proposed
    )
    if status == "declined":
        matches.decline_match(uow, match.id, "demand", "price", "预算不足以覆盖许可费。", by)
        return
    if status == "proposed":
        return
    match = matches.record_interest(uow, match.id, "demand", day, rng.choice(INTEREST), by)
    match = matches.record_interest(
        uow, match.id, "supply", day + timedelta(days=2), INTEREST[1], by
    )
    if status == "interested":
        return
    match = matches.log_event(
        uow, match.id, "meeting", day + timedelta(days=9), rng.choice(MEETINGS), by, side="office"
    )
    if status == "agreed":
        matches.agree_match(uow, match.id, by)
