"""Service docking: matches from the engine's suggestion to agreement, on SQLite and PostgreSQL."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.errors import DomainError, StaleRecordError, ValidationError
from app.models import Listing, ListingStatus, Match, MatchOrigin, MatchStatus, Role
from app.services import listings, matches
from app.services.match_io import EXPORT_COLUMNS, export_matches
from app.services.matches import TRANSITIONS, Breakdown
from app.services.permissions import Action, Actor, PermissionDeniedError
from app.services.tabular import read_table
from app.services.uow import UnitOfWork
from tests.services.test_listings import (
    CLERK,
    NOW,
    create,
    demand,
    make_member,
    published,
    run,
    set_status,
)

VIEWER = Actor("viewer-wang", Role.VIEWER)
DAY = date(2026, 12, 1)
S = MatchStatus


@dataclass(frozen=True)
class Found:
    """A ranking result, shaped as app.services.matching's Suggestion."""

    listing_id: str
    score: float
    parts: dict[str, float] = field(default_factory=lambda: {"text": 40.0, "sector": 20.0})
    reasons: list[str] = field(default_factory=lambda: ["shares: 固态电池", "sector C38"])
    shared_terms: list[str] = field(default_factory=lambda: ["固态电池"])


@dataclass
class Office:
    demand_id: str
    supply_ids: list[str]
    buyer_id: str
    seller_id: str


def supply_data(member_id: str, n: int) -> listings.ListingData:
    return demand(
        member_id,
        kind="supply",
        title=f"硫化物固态电解质量产工艺{n}",
        summary="硫化物电解质，离子电导率高",
        external_id=f"SUP-{n}" if n % 2 else "",
        trl="7",
    )


def make_office(db: Database, supplies: int = 1, *, publish: bool = True) -> Office:
    """A demand (external id DEM-1) and supplies (odd ones with an external id), published
    properly or, quicker, put straight into the published status."""
    buyer, seller = make_member(db), make_member(db, "江南大学")
    datas = [demand(buyer, external_id="DEM-1")] + [
        supply_data(seller, n) for n in range(1, supplies + 1)
    ]
    ids = []
    for data in datas:
        if publish:
            ids.append(published(db, data).id)
        else:
            ids.append(create(db, data).id)
            set_status(db, ids[-1], ListingStatus.PUBLISHED)
    return Office(ids[0], ids[1:], buyer, seller)


def put_match(db: Database, o: Office, status: MatchStatus) -> str:
    """A match straight in a status, to try each transition from there."""
    with UnitOfWork(db) as uow:
        uow.acting(CLERK, Action.WORK_MATCHES)
        match = Match(
            demand_id=o.demand_id,
            supply_id=o.supply_ids[0],
            origin=MatchOrigin.ENGINE,
            status=status,
            score=80.0,
            breakdown="{}",
        )
        uow.session.add(match)
        uow.commit()
        return match.id


def proposed(db: Database, o: Office, index: int = 0) -> matches.MatchDetail:
    return run(  # type: ignore[no-any-return]
        db, matches.propose_match, o.demand_id, o.supply_ids[index], CLERK, now=NOW
    )


def refused(db: Database, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> str:
    with UnitOfWork(db) as uow, pytest.raises(DomainError) as caught:
        fn(uow, *args, **kwargs)
    return caught.value.message


def status_of(db: Database, match_id: str) -> str:
    with UnitOfWork(db) as uow:
        return matches.get_match(uow, match_id).status


# -- the transition table -----------------------------------------------------------------------

SERVICES: dict[MatchStatus, Callable[[UnitOfWork, Office, str], Any]] = {
    S.PROPOSED: lambda uow, o, i: matches.propose_match(uow, o.demand_id, o.supply_ids[0], CLERK),
    S.NEGOTIATING: lambda uow, o, i: matches.start_negotiation(uow, i, CLERK),
    S.AGREED: lambda uow, o, i: matches.agree_match(uow, i, CLERK),
    S.DECLINED: lambda uow, o, i: matches.decline_match(uow, i, "supply", "price", "", CLERK),
}


def test_every_status_has_a_row_and_agreement_is_final() -> None:
    assert set(TRANSITIONS) == set(MatchStatus)
    assert TRANSITIONS[S.AGREED] == set()
    assert S.SUGGESTED not in {
        t for s, ts in TRANSITIONS.items() if s is not S.DISMISSED for t in ts
    }


@pytest.mark.parametrize("target", list(SERVICES), ids=lambda s: f"to-{s.value}")
@pytest.mark.parametrize("source", list(MatchStatus), ids=lambda s: f"from-{s.value}")
def test_each_transition_is_allowed_or_refused_as_the_table_says(
    database: Database, source: MatchStatus, target: MatchStatus
) -> None:
    office = make_office(database, publish=False)
    match_id = put_match(database, office, source)
    if target in TRANSITIONS[source]:
        assert run(database, SERVICES[target], office, match_id).status == target.value
        return
    with UnitOfWork(database) as uow, pytest.raises(DomainError) as caught:
        SERVICES[target](uow, office, match_id)
    message = caught.value.message
    assert f"is {source.value}" in message and "硫化物固态电解质量产工艺1" in message
    assert status_of(database, match_id) == source.value


# -- from suggestion to agreement ---------------------------------------------------------------


def test_a_saved_suggestion_is_proposed_with_its_score_and_reasons(database: Database) -> None:
    o = make_office(database)
    saved = run(
        database, matches.save_suggestions, o.demand_id, [Found(o.supply_ids[0], 84.5)], CLERK
    )
    assert saved == matches.SavedSuggestions(added=1)
    detail = proposed(database, o)
    assert (detail.status, detail.row.origin, detail.row.score) == ("proposed", "engine", 84.5)
    assert detail.row.proposed_at == NOW
    assert detail.breakdown.reasons == ("shares: 固态电池", "sector C38")
    assert detail.breakdown.parts == {"text": 40.0, "sector": 20.0}
    assert detail.row.demand_ref == "DEM-1" and detail.row.supply_ref == "SUP-1"
    assert detail.row.demand_reference.startswith("D-2026-")
    assert [(e.kind, e.text) for e in detail.events] == [("status", "suggested → proposed")]
    assert detail.events[0].recorded_by == "clerk-li"


def test_a_clerk_may_propose_a_pair_the_engine_did_not_suggest(database: Database) -> None:
    o = make_office(database)
    detail = run(
        database, matches.propose_match, o.demand_id, o.supply_ids[0], CLERK, note="展会上认识"
    )
    assert (detail.status, detail.row.origin, detail.row.score) == ("proposed", "clerk", None)
    assert detail.note == "展会上认识"
    assert detail.breakdown == Breakdown()


def test_only_published_listings_of_the_right_kinds_are_proposed(database: Database) -> None:
    o = make_office(database)
    draft = create(database, supply_data(o.seller_id, 9)).id
    message = refused(database, matches.propose_match, o.demand_id, draft, CLERK)
    assert "“硫化物固态电解质量产工艺9” is draft" in message and "Publish it first" in message
    message = refused(database, matches.propose_match, o.supply_ids[0], o.demand_id, CLERK)
    assert "is a supply, not a demand" in message


def test_interest_from_both_sides_is_kept_and_moves_the_match_once(database: Database) -> None:
    o = make_office(database)
    match_id = proposed(database, o).id
    first = run(database, matches.record_interest, match_id, "supply", DAY, "愿意许可", CLERK)
    assert first.status == "interested" and first.interest_sides == ("supply",)
    later = DAY + timedelta(days=3)
    both = run(database, matches.record_interest, match_id, "demand", later, "想看样品", CLERK)
    assert both.status == "interested"
    assert both.interest_sides == ("demand", "supply")
    interest = [(e.side, e.happened_on, e.text) for e in both.events if e.kind == "interest"]
    assert interest == [("supply", DAY, "愿意许可"), ("demand", later, "想看样品")]


def test_interest_needs_a_proposed_match_and_a_side_that_is_a_party(database: Database) -> None:
    o = make_office(database)
    match_id = put_match(database, o, S.SUGGESTED)
    message = refused(database, matches.record_interest, match_id, "demand", DAY, "", CLERK)
    assert "is suggested" in message and "Propose it first" in message
    proposed_id = proposed(database, o).id
    with UnitOfWork(database) as uow, pytest.raises(ValidationError) as caught:
        matches.record_interest(uow, proposed_id, "office", DAY, "", CLERK)
    assert caught.value.fields == {"side": "Choose the side: demand or supply."}


def test_a_meeting_on_an_interested_match_starts_the_negotiation(database: Database) -> None:
    o = make_office(database)
    match_id = proposed(database, o).id
    call = run(database, matches.log_event, match_id, "call", DAY, "初次电话", CLERK)
    assert call.status == "proposed"  # no interest yet: the call is only logged
    run(database, matches.record_interest, match_id, "demand", DAY, "", CLERK)
    met = run(
        database, matches.log_event, match_id, "meeting", DAY, "在常州见面", CLERK, side="office"
    )
    assert met.status == "negotiating"
    kinds = [(e.kind, e.side, e.text) for e in met.events if e.kind in ("call", "meeting")]
    assert kinds == [("call", "", "初次电话"), ("meeting", "office", "在常州见面")]
    assert met.events[-1].text == "interested → negotiating"


def test_notes_go_anywhere_but_meetings_only_on_open_matches(database: Database) -> None:
    o = make_office(database)
    match_id = put_match(database, o, S.DECLINED)
    noted = run(database, matches.log_event, match_id, "note", DAY, "明年再联系", CLERK)
    assert noted.events[-1].kind == "note" and noted.status == "declined"
    message = refused(database, matches.log_event, match_id, "meeting", DAY, "", CLERK)
    assert "is declined" in message and "Reopen it first" in message
    with UnitOfWork(database) as uow, pytest.raises(ValidationError) as caught:
        matches.log_event(uow, match_id, "interest", DAY, "x", CLERK)
    assert "kind" in caught.value.fields


def test_agreeing_marks_both_listings_matched(database: Database) -> None:
    o = make_office(database)
    match_id = proposed(database, o).id
    run(database, matches.record_interest, match_id, "demand", DAY, "", CLERK)
    run(database, matches.start_negotiation, match_id, CLERK)
    agreed = run(database, matches.agree_match, match_id, CLERK, now=NOW)
    assert agreed.status == "agreed" and agreed.row.agreed_at == NOW
    with UnitOfWork(database) as uow:
        statuses = [listings.get_listing(uow, i).status for i in (o.demand_id, *o.supply_ids)]
    assert statuses == ["matched", "matched"]


def test_no_agreement_while_a_listing_is_no_longer_published(database: Database) -> None:
    o = make_office(database)
    match_id = put_match(database, o, S.NEGOTIATING)
    run(database, listings.withdraw_listing, o.supply_ids[0], CLERK)
    message = refused(database, matches.agree_match, match_id, CLERK)
    assert "cannot be agreed" in message and "“硫化物固态电解质量产工艺1” is withdrawn" in message
    with UnitOfWork(database) as uow:
        assert listings.get_listing(uow, o.demand_id).status == "published"


def test_declining_needs_a_reason_and_words_for_other(database: Database) -> None:
    o = make_office(database)
    match_id = proposed(database, o).id
    for reason, text, field_name in (
        ("", "", "reason"),
        ("cheaper", "", "reason"),
        ("other", " ", "text"),
    ):
        with UnitOfWork(database) as uow, pytest.raises(ValidationError) as caught:
            matches.decline_match(uow, match_id, "demand", reason, text, CLERK)
        assert set(caught.value.fields) == {field_name}
    declined = run(
        database, matches.decline_match, match_id, "demand", "other", "合作方倒闭", CLERK
    )
    assert (declined.declined_by_side, declined.decline_reason) == ("demand", "other")
    assert declined.decline_text == "合作方倒闭"
    assert declined.events[-1].text == "proposed → declined: other — 合作方倒闭"
    assert declined.events[-1].side == "demand"


def test_a_declined_match_can_be_reopened(database: Database) -> None:
    o = make_office(database)
    match_id = proposed(database, o).id
    run(database, matches.decline_match, match_id, "office", "no_answer", "", CLERK)
    reopened = run(database, matches.reopen_match, match_id, CLERK)
    assert reopened.status == "proposed" and reopened.decline_reason == ""
    assert "no_answer" in reopened.events[-2].text  # the reason stays in the history
    message = refused(database, matches.reopen_match, match_id, CLERK)
    assert "only a declined match or a dismissed suggestion can be reopened" in message


# -- dismissed suggestions ----------------------------------------------------------------------


def test_a_dismissed_suggestion_is_remembered_and_left_out(database: Database) -> None:
    o = make_office(database, 2, publish=False)
    run(
        database, matches.save_suggestions, o.demand_id, [Found(i, 75) for i in o.supply_ids], CLERK
    )
    dismissed = run(
        database, matches.dismiss_suggestion, o.demand_id, o.supply_ids[1], "duplicate", "", CLERK
    )
    assert dismissed.status == "dismissed" and dismissed.dismiss_reason == "duplicate"
    with UnitOfWork(database) as uow:
        assert matches.dismissed_supply_ids(uow, o.demand_id) == {o.supply_ids[1]}
        board = matches.matches_by_status(uow)
        assert [r.supply_id for r in board] == [o.supply_ids[0]]
        assert [r.id for r in matches.matches_by_status(uow, "dismissed")] == [dismissed.id]


def test_a_pair_never_suggested_can_be_dismissed_and_needs_a_reason(database: Database) -> None:
    o = make_office(database, publish=False)
    with UnitOfWork(database) as uow, pytest.raises(ValidationError) as caught:
        matches.dismiss_suggestion(uow, o.demand_id, o.supply_ids[0], "other", "", CLERK)
    assert set(caught.value.fields) == {"text"}
    done = run(
        database, matches.dismiss_suggestion, o.demand_id, o.supply_ids[0], "other", "已合作", CLERK
    )
    assert (done.status, done.dismiss_text) == ("dismissed", "已合作")
    again = run(
        database, matches.dismiss_suggestion, o.demand_id, o.supply_ids[0], "same_member", "", CLERK
    )
    assert again.id == done.id and again.dismiss_reason == "same_member"


def test_a_proposed_match_is_declined_not_dismissed(database: Database) -> None:
    o = make_office(database)
    match_id = proposed(database, o).id
    message = refused(
        database, matches.dismiss_suggestion, o.demand_id, o.supply_ids[0], "duplicate", "", CLERK
    )
    assert "is already proposed" in message and "Decline it instead" in message
    assert status_of(database, match_id) == "proposed"


def test_saving_suggestions_leaves_what_a_clerk_did_alone(database: Database) -> None:
    o = make_office(database, 5, publish=False)
    a, b, c, d, e = o.supply_ids
    run(
        database, matches.save_suggestions, o.demand_id, [Found(i, 60) for i in (a, b, c, d)], CLERK
    )
    run(database, matches.propose_match, o.demand_id, b, CLERK)
    run(database, matches.dismiss_suggestion, o.demand_id, c, "duplicate", "", CLERK)
    declined = run(database, matches.propose_match, o.demand_id, d, CLERK).id
    run(database, matches.decline_match, declined, "supply", "timing", "", CLERK)
    again = [Found(i, 90) for i in (b, c, d, e)]  # a is no longer ranked
    saved = run(database, matches.save_suggestions, o.demand_id, again, CLERK)
    assert saved == matches.SavedSuggestions(added=1, updated=0, removed=1, kept=3)
    with UnitOfWork(database) as uow:
        rows = {r.supply_id: (r.status, r.score) for r in matches.matches_by_status(uow)}
        rows |= {
            r.supply_id: (r.status, r.score) for r in matches.matches_by_status(uow, "dismissed")
        }
    assert rows == {
        b: ("proposed", 60),
        c: ("dismissed", 60),
        d: ("declined", 60),
        e: ("suggested", 90),
    }
    rescored = run(database, matches.save_suggestions, o.demand_id, [Found(e, 91.25)], CLERK)
    assert rescored == matches.SavedSuggestions(updated=1, kept=0)


# -- new suggestions, the board, stale edits, permissions ---------------------------------------


def test_new_strong_suggestions_since_the_user_last_looked(database: Database) -> None:
    o = make_office(database, 3, publish=False)
    first, second, weak = o.supply_ids
    run(database, matches.save_suggestions, o.demand_id, [Found(first, 88), Found(weak, 50)], CLERK)
    with UnitOfWork(database) as uow:
        assert [r.supply_id for r in matches.new_matches(uow, CLERK)] == [first]
        assert len(matches.new_matches(uow, CLERK, min_score=40)) == 2
    run(database, matches.mark_seen, CLERK)
    with UnitOfWork(database) as uow:
        assert matches.new_matches(uow, CLERK) == []
        assert len(matches.new_matches(uow, Actor("clerk-zhou"))) == 1  # each user's own mark
    found = [Found(first, 88), Found(second, 95), Found(weak, 50)]
    run(database, matches.save_suggestions, o.demand_id, found, CLERK)
    with UnitOfWork(database) as uow:
        assert [r.supply_id for r in matches.new_matches(uow, CLERK)] == [second]


def test_a_members_matches_on_either_side(database: Database) -> None:
    o = make_office(database, publish=False)
    proposed(database, o)
    with UnitOfWork(database) as uow:
        for member_id in (o.buyer_id, o.seller_id):
            rows = matches.matches_by_status(uow, member_id=member_id)
            assert [(r.demand_member, r.supply_member) for r in rows] == [
                ("常州新能源科技有限公司", "江南大学")
            ]
        assert matches.matches_by_status(uow, member_id=make_member(database, "无关公司")) == []
        assert matches.matches_by_status(uow, "agreed") == []


def test_a_change_made_elsewhere_is_not_overwritten(database: Database) -> None:
    o = make_office(database)
    seen = proposed(database, o)
    run(database, matches.record_interest, seen.id, "supply", DAY, "同事记录的", CLERK)
    with UnitOfWork(database) as uow, pytest.raises(StaleRecordError):
        matches.decline_match(
            uow, seen.id, "office", "timing", "", CLERK, expected_version=seen.version
        )
    assert status_of(database, seen.id) == "interested"


WRITES: list[Callable[[UnitOfWork, Office, str], Any]] = [
    lambda uow, o, i: matches.save_suggestions(
        uow, o.demand_id, [Found(o.supply_ids[0], 80)], VIEWER
    ),
    lambda uow, o, i: matches.propose_match(uow, o.demand_id, o.supply_ids[0], VIEWER),
    lambda uow, o, i: matches.record_interest(uow, i, "demand", DAY, "", VIEWER),
    lambda uow, o, i: matches.log_event(uow, i, "note", DAY, "x", VIEWER),
    lambda uow, o, i: matches.start_negotiation(uow, i, VIEWER),
    lambda uow, o, i: matches.agree_match(uow, i, VIEWER),
    lambda uow, o, i: matches.decline_match(uow, i, "office", "timing", "", VIEWER),
    lambda uow, o, i: matches.dismiss_suggestion(
        uow, o.demand_id, o.supply_ids[0], "duplicate", "", VIEWER
    ),
    lambda uow, o, i: matches.reopen_match(uow, i, VIEWER),
]


@pytest.mark.parametrize("write", WRITES, ids=range(len(WRITES)))
def test_a_viewer_may_not_work_matches(database: Database, write: Callable[..., Any]) -> None:
    o = make_office(database, publish=False)
    match_id = put_match(database, o, S.INTERESTED)
    with UnitOfWork(database) as uow, pytest.raises(PermissionDeniedError) as caught:
        write(uow, o, match_id)
    assert "may not propose and follow matches" in caught.value.message
    with UnitOfWork(database) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Match)) == 1
        assert matches.get_match(uow, match_id).events == ()


# -- export ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_export_holds_each_match_in_the_documented_columns(
    database: Database, tmp_path: Path, suffix: str
) -> None:
    o = make_office(database, 2)
    found = [Found(o.supply_ids[0], 84.5), Found(o.supply_ids[1], 71)]
    run(database, matches.save_suggestions, o.demand_id, found, CLERK)
    declined = proposed(database, o, 1).id
    run(database, matches.decline_match, declined, "supply", "ip_terms", "", CLERK)
    path = tmp_path / f"matches{suffix}"
    with UnitOfWork(database) as uow:
        assert export_matches(uow, path, CLERK) == 2
    table = read_table(path)
    assert table.header == list(EXPORT_COLUMNS)
    assert table.header[:9] == [
        "demand_ref", "supply_ref", "demand_title", "supply_title", "demand_member",
        "supply_member", "status", "score", "reasons",
    ]  # fmt: skip
    rows = {r.get("supply_ref"): r.cells for r in table.rows}
    assert rows["SUP-1"] == {
        "demand_ref": "DEM-1",
        "supply_ref": "SUP-1",
        "demand_title": "高能量密度固态锂电池电解质技术",
        "supply_title": "硫化物固态电解质量产工艺1",
        "demand_member": "常州新能源科技有限公司",
        "supply_member": "江南大学",
        "status": "suggested",
        "score": "84.5",
        "reasons": "shares: 固态电池; sector C38",
        "proposed_at": "",
        "agreed_at": "",
        "declined_by": "",
        "decline_reason": "",
    }
    second = rows[o.supply_ids[1]]  # no external id: named by its id
    assert (second["status"], second["score"]) == ("declined", "71")
    assert (second["declined_by"], second["decline_reason"]) == ("supply", "ip_terms")
    assert second["proposed_at"] == "2026-11-28 09:00:00+00:00"
    only = tmp_path / f"declined{suffix}"
    with UnitOfWork(database) as uow:
        assert export_matches(uow, only, CLERK, status="declined") == 1
    assert [r.get("supply_ref") for r in read_table(only).rows] == [o.supply_ids[1]]


def test_a_viewer_may_export_nothing(database: Database, tmp_path: Path) -> None:
    with UnitOfWork(database) as uow, pytest.raises(PermissionDeniedError):
        export_matches(uow, tmp_path / "m.csv", VIEWER)
    assert not (tmp_path / "m.csv").exists()


def test_listings_are_untouched_by_a_refused_agreement(database: Database) -> None:
    o = make_office(database, publish=False)
    match_id = put_match(database, o, S.INTERESTED)
    refused(database, matches.agree_match, match_id, CLERK)
    with UnitOfWork(database) as uow:
        statuses = uow.session.scalars(select(Listing.status).order_by(Listing.created_at))
        assert set(statuses) == {ListingStatus.PUBLISHED}


def test_a_pair_matched_by_a_colleague_meanwhile_is_refused_clearly(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    o = make_office(database, publish=False)
    first = proposed(database, o)
    monkeypatch.setattr(matches, "_pair", lambda *args: None)  # as if read before theirs
    message = refused(database, matches.propose_match, o.demand_id, o.supply_ids[0], CLERK)
    assert "A colleague saved a match of the same two listings" in message
    with UnitOfWork(database) as uow:
        assert [r.id for r in matches.matches_by_status(uow)] == [first.id]
