"""Matching on a real database (both engines): ranking order, reasons in words, cross-language
pairs, and the index following publications, edits, withdrawals and expiries."""

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from app.db import Database
from app.errors import NotFoundError
from app.models import Listing, MatchStatus, Role
from app.services import listings, match_refresh, matches, members
from app.services.listings import CHECKLIST, ListingData
from app.services.matching import (
    DEFAULT_WEIGHTS,
    PART_KEYS,
    Weights,
    forget_indexes,
    rank,
    rank_all,
    shared_terms,
)
from app.services.members import MemberData
from app.services.permissions import Action, Actor
from app.services.uow import UnitOfWork

CLERK = Actor("clerk-li", Role.CLERK)
SUPERVISOR = Actor("supervisor-zhao", Role.SUPERVISOR)
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
TICKED = dict.fromkeys(CHECKLIST, True)


@pytest.fixture(autouse=True)
def fresh_indexes() -> Iterator[None]:
    forget_indexes()
    yield
    forget_indexes()


def run(db: Database, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    with UnitOfWork(db) as uow:
        result = fn(uow, *args, **kwargs)
        uow.commit()
    return result


def member(db: Database, name: str) -> str:
    data = MemberData(kind="enterprise", name=name)
    return run(db, members.create_member, data, CLERK).id  # type: ignore[no-any-return]


def listing(member_id: str, kind: str, title: str, text: str, **changes: Any) -> ListingData:
    data = ListingData(
        kind=kind,
        member_id=member_id,
        title=title,
        summary=text,
        description=text,
        sectors=["C38"],
        trl="6",
        cooperation_types=["joint_rd"],
        deadline="2027-06-30",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def draft(db: Database, data: ListingData) -> str:
    return run(db, listings.create_listing, data, CLERK, now=NOW).id  # type: ignore[no-any-return]


def publish(db: Database, listing_id: str) -> None:
    run(db, listings.submit_listing, listing_id, CLERK)
    run(db, listings.publish_listing, listing_id, TICKED, SUPERVISOR, now=NOW)


def published(db: Database, data: ListingData) -> str:
    listing_id = draft(db, data)
    publish(db, listing_id)
    return listing_id


def ranked(db: Database, listing_id: str, **kwargs: Any) -> list[str]:
    with UnitOfWork(db) as uow:
        return [s.listing_id for s in rank(uow, listing_id, **kwargs)]


@pytest.fixture
def office(database: Database) -> dict[str, str]:
    """A Chinese demand about battery-pack cooling; an English answer, a Chinese answer and two
    supplies that share words but solve something else."""
    company = member(database, "常州新能源科技有限公司")
    lab = member(database, "江南大学")
    return {
        "demand": published(database, listing(
            company, "demand", "动力电池包快充时电芯温差过大",
            "磷酸铁锂电池包快充时模组温差达到9°C，需要优化液冷板流道和热管理方案。",
            trl="5", budget_min="600000", budget_max="1200000",
        )),
        "english": published(database, listing(
            lab, "supply", "Microchannel cold plate for fast-charging battery packs",
            "Liquid cooling plate that keeps the temperature spread of lithium-ion modules below "
            "3 °C during fast charging; thermal management design by CFD.",
            trl="5", cooperation_types=["licensing", "joint_rd"],
        )),
        "chinese": published(database, listing(
            lab, "supply", "电池模组相变均温材料",
            "复合相变材料用于电池模组热管理，快充时降低电芯温差。", trl="7",
        )),
        "distractor": published(database, listing(
            lab, "supply", "废旧锂电池湿法回收",
            "废旧动力电池破碎后浸出回收镍钴锂，回收率98%。", sectors=["C42"],
        )),
        "unrelated": published(database, listing(
            lab, "supply", "Drip irrigation controller for orchards",
            "Soil moisture probes schedule drip irrigation and save 40% water.",
            sectors=["A01"], cooperation_types=["technical_service"],
        )),
    }  # fmt: skip


def test_answers_rank_above_a_listing_that_only_shares_words(
    database: Database, office: dict[str, str]
) -> None:
    order = ranked(database, office["demand"])
    assert set(order[:2]) == {office["english"], office["chinese"]}
    assert order.index(office["distractor"]) == 2
    assert office["unrelated"] not in order  # shares neither a term nor a sector


def test_each_suggestion_says_why_in_words(database: Database, office: dict[str, str]) -> None:
    with UnitOfWork(database) as uow:
        suggestions = rank(uow, office["demand"])
    english = next(s for s in suggestions if s.listing_id == office["english"])
    assert english.reasons[0].startswith("shares: ")
    assert "热管理" in english.shared_terms  # the concept, named in the demand's language
    assert "sector C38" in english.reasons
    assert "TRL 5 ≥ 5 wanted" in english.reasons
    assert "cooperation: joint R&D" in english.reasons
    assert set(english.parts) == set(PART_KEYS)
    assert all(0.0 <= v <= 1.0 for v in english.parts.values())
    assert 0 < english.score <= 100
    assert english.member_name == "江南大学" and english.reference.startswith("S-")
    chinese = next(s for s in suggestions if s.listing_id == office["chinese"])
    assert "TRL 7 ≥ 5 wanted" in chinese.reasons


def test_a_supply_gets_its_demands_across_languages(
    database: Database, office: dict[str, str]
) -> None:
    assert ranked(database, office["english"]) == [office["demand"]]
    with UnitOfWork(database) as uow:
        (suggestion,) = rank(uow, office["english"])
    assert "thermal management" in suggestion.shared_terms  # now in the supply's language


def test_excluded_listings_and_top_are_respected(
    database: Database, office: dict[str, str]
) -> None:
    assert ranked(database, office["demand"], top=1) == ranked(database, office["demand"])[:1]
    order = ranked(database, office["demand"], exclude_ids=[office["english"]])
    assert office["english"] not in order and order[0] == office["chinese"]


def test_weights_change_the_order_and_round_trip_through_a_mapping(
    database: Database, office: dict[str, str]
) -> None:
    stored = DEFAULT_WEIGHTS.to_mapping()
    assert list(stored) == list(PART_KEYS) and sum(stored.values()) == pytest.approx(1.0)
    assert Weights.from_mapping({**stored, "unknown": 3}) == DEFAULT_WEIGHTS
    trl_only = Weights.from_mapping({k: 0.0 for k in PART_KEYS} | {"trl": 1.0})
    with UnitOfWork(database) as uow:
        scores = {s.listing_id: s.score for s in rank(uow, office["demand"], weights=trl_only)}
    assert scores[office["english"]] == scores[office["chinese"]]  # both meet TRL 5
    with pytest.raises(ValueError):
        Weights(text=-1.0)


def test_publishing_withdrawing_and_expiring_are_followed(
    database: Database, office: dict[str, str]
) -> None:
    assert office["english"] in ranked(database, office["demand"])  # the index is built now
    lab = member(database, "Fraunhofer Battery Lab")
    late = published(database, listing(
        lab, "supply", "Immersion cooling of battery packs for fast charging",
        "Dielectric fluid thermal management keeps cells within 2 °C while fast charging.",
    ))  # fmt: skip
    assert late in ranked(database, office["demand"])
    run(database, listings.withdraw_listing, office["english"], CLERK)
    assert office["english"] not in ranked(database, office["demand"])
    run(database, listings.expire_listing, office["chinese"], CLERK, now=NOW)
    assert office["chinese"] not in ranked(database, office["demand"])
    assert late in ranked(database, office["demand"])


def test_a_returned_and_corrected_listing_is_matched_with_its_new_text(
    database: Database, office: dict[str, str]
) -> None:
    ranked(database, office["demand"])  # build the index first
    lab = member(database, "Materials Institute")
    data = listing(
        lab, "supply", "Drip emitters", "Pressure-compensating emitters.", sectors=["A01"]
    )
    listing_id = draft(database, data)
    run(database, listings.submit_listing, listing_id, CLERK)
    run(database, listings.return_listing, listing_id, "Wrong text.", SUPERVISOR, now=NOW)
    assert listing_id not in ranked(database, office["demand"])
    data.title, data.summary = (
        "锂电池热管理导热界面材料",
        "用于电池包热管理的导热垫片，快充温差降低。",
    )
    with UnitOfWork(database) as uow:
        version = uow.session.get(Listing, listing_id).version  # type: ignore[union-attr]
    run(database, listings.update_listing, listing_id, version, data, CLERK)
    publish(database, listing_id)
    assert listing_id in ranked(database, office["demand"])


def test_a_listing_changed_behind_the_index_is_reindexed(
    database: Database, office: dict[str, str]
) -> None:
    """A row changed by sync (not by the services) still shows with its new text."""
    assert office["unrelated"] not in ranked(database, office["demand"])
    with UnitOfWork(database) as uow:
        uow.acting(SUPERVISOR, Action.EDIT_LISTINGS)
        row = uow.session.get(Listing, office["unrelated"])
        assert row is not None
        row.title = "Battery pack liquid cooling plate"
        uow.commit()
    assert office["unrelated"] in ranked(database, office["demand"])


def test_rank_all_covers_every_published_demand_and_can_be_cancelled(
    database: Database, office: dict[str, str]
) -> None:
    seen: list[tuple[int, int]] = []
    with UnitOfWork(database) as uow:
        results = rank_all(uow, progress=lambda done, total, _text: seen.append((done, total)))
    assert [d for d, _s in results] == [office["demand"]]
    assert results[0][1][0].listing_id in (office["english"], office["chinese"])
    assert seen[-1] == (1, 1)

    def cancel(done: int, total: int, text: str) -> None:
        raise KeyboardInterrupt

    with UnitOfWork(database) as uow, pytest.raises(KeyboardInterrupt):
        rank_all(uow, progress=cancel)


def test_an_unknown_listing_is_refused(database: Database) -> None:
    with UnitOfWork(database) as uow, pytest.raises(NotFoundError):
        rank(uow, "no-such-id")


def test_shared_terms_name_both_sides_of_a_shared_concept() -> None:
    found = shared_terms("电池包热管理与快充", "Thermal management of battery packs")
    assert {"热管理", "thermal management", "电池", "battery"} <= set(found)
    assert shared_terms("Drip irrigation", "热管理") == []


def test_rank_all_in_forked_workers_gives_the_same_result(
    database: Database, office: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.matching import batch

    with UnitOfWork(database) as uow:
        alone = rank_all(uow)
    monkeypatch.setattr(batch, "PARALLEL_FROM", 0)
    monkeypatch.setattr(batch, "_workers", lambda: 2)
    with UnitOfWork(database) as uow:
        forked = rank_all(uow)
    assert forked == alone and forked[0][1]


# -- suggestions the moment a listing is published -----------------------------------------


def suggested(db: Database) -> set[tuple[str, str]]:
    with UnitOfWork(db) as uow:
        rows = matches.matches_by_status(uow, MatchStatus.SUGGESTED.value)
    return {(r.demand_id, r.supply_id) for r in rows}


def test_a_new_supply_is_suggested_for_the_demand_it_fits(
    database: Database, office: dict[str, str]
) -> None:
    added = run(database, match_refresh.suggest_for_listing, office["english"], SUPERVISOR)
    assert added == 1
    assert suggested(database) == {(office["demand"], office["english"])}
    with UnitOfWork(database) as uow:
        (row,) = matches.new_matches(uow, SUPERVISOR)
    assert row.reasons  # the engine's reasons are kept with it


def test_pairs_already_worked_on_are_left_alone(database: Database, office: dict[str, str]) -> None:
    run(database, matches.dismiss_suggestion, office["demand"], office["english"], "duplicate",
        "", SUPERVISOR)  # fmt: skip
    assert run(database, match_refresh.suggest_for_listing, office["english"], SUPERVISOR) == 0
    run(database, match_refresh.suggest_for_listing, office["demand"], SUPERVISOR)
    pairs = suggested(database)
    assert (office["demand"], office["english"]) not in pairs  # still dismissed
    assert all(demand == office["demand"] for demand, _supply in pairs)
    assert office["unrelated"] not in {supply for _d, supply in pairs}
    before = pairs
    run(database, match_refresh.suggest_for_listing, office["demand"], SUPERVISOR)
    assert suggested(database) == before  # nothing twice
