"""Service docking: a demand and a supply proposed to both sides and followed to agreement.

Lifecycle (one service function per transition; the allowed moves are in TRANSITIONS):

    suggested (the engine's result, saved) → proposed → interested → negotiating → agreed
    proposed | interested | negotiating → declined (who, a reason from the list, text)
    suggested → dismissed (not relevant: remembered, the engine leaves the pair out)
    declined → proposed, dismissed → suggested (reopen_match); dismissed → proposed

Interest from either side moves a proposed match to interested (each side's interest is kept
as an event); a meeting or call moves an interested match to negotiating. Each change of status
is kept as an event too ("old → new"). Agreeing marks both listings matched."""

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from sqlalchemy import select

from app.errors import DomainError, ValidationError
from app.models import (
    DeclineReason,
    DismissReason,
    Listing,
    ListingKind,
    ListingStatus,
    Match,
    MatchEvent,
    MatchEventKind,
    MatchOrigin,
    MatchSide,
    MatchStatus,
    utcnow,
)
from app.services import listings as listing_service
from app.services.match_data import (
    Breakdown,
    EngineSuggestion,
    MatchDetail,
    MatchEventRow,
    MatchRow,
    SavedSuggestions,
    breakdown_of,
    choice,
    clean_text,
    listing_name,
    listing_of_kind,
    not_open,
    pair_name,
    reason_choice,
    side_choice,
)
from app.services.match_lists import (
    STRONG_SCORE,
    count_matches,
    dismissed_supply_ids,
    flush_matches,
    get_match,
    mark_seen,
    match_detail,
    match_events,
    matches_by_status,
    new_matches,
)
from app.services.permissions import Action
from app.services.uow import Actor, UnitOfWork, live_record, stale_record

S = MatchStatus
TRANSITIONS: dict[MatchStatus, set[MatchStatus]] = {
    S.SUGGESTED: {S.PROPOSED, S.DISMISSED},
    S.PROPOSED: {S.INTERESTED, S.DECLINED},
    S.INTERESTED: {S.NEGOTIATING, S.DECLINED},
    S.NEGOTIATING: {S.AGREED, S.DECLINED},
    S.AGREED: set(),
    S.DECLINED: {S.PROPOSED},
    S.DISMISSED: {S.SUGGESTED, S.PROPOSED},
}
"""From each status, the statuses a match may move to. An agreed match is final: it goes on
as a contract."""

OPEN = {S.PROPOSED, S.INTERESTED, S.NEGOTIATING}
"""Matches the sides are working on: interest, meetings and calls are recorded on these."""
ACTED_ON = set(MatchStatus) - {S.SUGGESTED}
"""Pairs that save_suggestions leaves alone: a clerk has moved them on or dismissed them."""
PROPOSABLE_LISTINGS = {ListingStatus.PUBLISHED, ListingStatus.MATCHED}
REOPENED = {S.DECLINED: S.PROPOSED, S.DISMISSED: S.SUGGESTED}


# -- naming and refusing ------------------------------------------------------------------------


def _load(uow: UnitOfWork, match_id: str, expected_version: int | None = None) -> Match:
    match = live_record(uow, Match, match_id, "match")
    if expected_version is not None and match.version != expected_version:
        raise stale_record()
    return match


def _allow(match: Match, target: MatchStatus) -> None:
    """Nothing if TRANSITIONS allows the match to move to `target`; otherwise say why not."""
    if target in TRANSITIONS[match.status]:
        return
    sources = sorted(s.value for s, targets in TRANSITIONS.items() if target in targets)
    raise DomainError(
        "The match of {pair} is {current}, so it cannot become {target}; only a match that is "
        "{sources} can.",
        pair=pair_name(match),
        current=match.status.value,
        target=target.value,
        sources=" or ".join(sources),
    )


def _move(
    uow: UnitOfWork,
    match: Match,
    target: MatchStatus,
    on: date,
    side: MatchSide | None = None,
    detail: str = "",
) -> None:
    """Change the status and keep the change as an event ("old → new", then any detail)."""
    _allow(match, target)
    text = f"{match.status.value} → {target.value}" + (f": {detail}" if detail else "")
    match.status = target
    _add_event(uow, match, MatchEventKind.STATUS, on, side, text)


def _add_event(
    uow: UnitOfWork,
    match: Match,
    kind: MatchEventKind,
    on: date,
    side: MatchSide | None,
    text: str,
) -> None:
    """An event, recorded after every earlier one of this action (events of one day are shown
    in the order they were recorded, so that a status change follows the meeting that made it)."""
    at = utcnow()
    last: datetime | None = uow.session.info.get("last_match_event_at")
    if last is not None and at <= last:
        at = last + timedelta(microseconds=1)
    uow.session.info["last_match_event_at"] = at
    uow.session.add(
        MatchEvent(match=match, kind=kind, happened_on=on, side=side, text=text, created_at=at)
    )


def _pair(
    uow: UnitOfWork, demand_id: str, supply_id: str, expected_version: int | None
) -> Match | None:
    """The live match of this pair, if there is one (and unchanged since the clerk saw it)."""
    stmt = select(Match).where(
        Match.demand_id == demand_id, Match.supply_id == supply_id, Match.deleted_at.is_(None)
    )
    match = uow.session.scalar(stmt)
    if match is not None and expected_version is not None and match.version != expected_version:
        raise stale_record()
    return match


def _new_match(uow: UnitOfWork, demand: Listing, supply: Listing, origin: MatchOrigin) -> Match:
    """A row for a pair that has none yet; it starts as a suggestion and moves on at once (its
    first status event then reads “suggested → …”)."""
    match = Match(demand=demand, supply=supply, origin=origin, status=S.SUGGESTED, breakdown="{}")
    uow.session.add(match)
    return match


# -- writing ------------------------------------------------------------------------------------


def save_suggestions(
    uow: UnitOfWork,
    demand_id: str,
    suggestions: Iterable[EngineSuggestion],
    by: Actor,
    *,
    now: datetime | None = None,
) -> SavedSuggestions:
    """Keep the engine's latest list for a demand as suggested matches: new pairs are added,
    suggested ones get the new score, suggestions no longer ranked are removed; pairs a clerk
    has proposed, dismissed or declined are left as they are."""
    uow.acting(by, Action.WORK_MATCHES)
    listing_of_kind(uow, demand_id, ListingKind.DEMAND)
    existing = {
        m.supply_id: m
        for m in uow.session.scalars(
            select(Match).where(Match.demand_id == demand_id, Match.deleted_at.is_(None))
        )
    }
    ranked = {s.listing_id: s for s in suggestions if s.listing_id != demand_id}
    supplies = set(
        uow.session.scalars(
            select(Listing.id).where(
                Listing.id.in_(list(ranked)), Listing.kind == ListingKind.SUPPLY
            )
        )
    )
    added = updated = kept = removed = 0
    for supply_id, suggestion in ranked.items():
        match = existing.get(supply_id)
        score, breakdown = round(float(suggestion.score), 2), Breakdown.of(suggestion).to_json()
        if match is None and supply_id in supplies:
            uow.session.add(
                Match(
                    demand_id=demand_id,
                    supply_id=supply_id,
                    score=score,
                    breakdown=breakdown,
                    origin=MatchOrigin.ENGINE,
                    status=S.SUGGESTED,
                )
            )
            added += 1
        elif match is not None and match.status in ACTED_ON:
            kept += 1
        elif match is not None and (match.score, match.breakdown) != (score, breakdown):
            match.score, match.breakdown = score, breakdown
            updated += 1
    for supply_id, match in existing.items():
        if match.status is S.SUGGESTED and supply_id not in ranked:
            match.deleted_at = now or utcnow()
            removed += 1
    flush_matches(uow)
    return SavedSuggestions(added=added, updated=updated, removed=removed, kept=kept)


def propose_match(
    uow: UnitOfWork,
    demand_id: str,
    supply_id: str,
    by: Actor,
    *,
    score: float | None = None,
    breakdown: Breakdown | None = None,
    note: str = "",
    expected_version: int | None = None,
    now: datetime | None = None,
) -> MatchDetail:
    """Put the demand's member and the supply's in touch: from a saved suggestion, an engine
    result not saved yet, or a clerk's own idea (origin clerk when no score is given). Both
    listings must be published (or already matched)."""
    uow.acting(by, Action.WORK_MATCHES)
    now = now or utcnow()
    demand = listing_of_kind(uow, demand_id, ListingKind.DEMAND)
    supply = listing_of_kind(uow, supply_id, ListingKind.SUPPLY)
    for listing in (demand, supply):
        if listing.status not in PROPOSABLE_LISTINGS:
            raise DomainError(
                "{name} is {status}; only published listings can be proposed to the other side. "
                "Publish it first, or choose another listing.",
                name=listing_name(listing),
                status=listing.status.value,
            )
    note = clean_text(note, "note", "note")
    match = _pair(uow, demand_id, supply_id, expected_version)
    if match is None:
        origin = MatchOrigin.CLERK if score is None else MatchOrigin.ENGINE
        match = _new_match(uow, demand, supply, origin)
    _allow(match, S.PROPOSED)
    if score is not None:
        match.score = round(float(score), 2)
    if breakdown is not None:
        match.breakdown = breakdown.to_json()
    if note:
        match.note = note
    _move(uow, match, S.PROPOSED, now.date(), MatchSide.OFFICE)
    _clear_refusal(match)
    match.proposed_at = now
    return match_detail(uow, match)


def _clear_refusal(match: Match) -> None:
    match.declined_by_side, match.decline_reason, match.decline_text = None, None, ""
    match.dismiss_reason, match.dismiss_text = None, ""


def record_interest(
    uow: UnitOfWork,
    match_id: str,
    side: MatchSide | str,
    on: date,
    text: str,
    by: Actor,
    *,
    expected_version: int | None = None,
) -> MatchDetail:
    """One side (demand or supply) says it is interested: kept as an event; a proposed match
    becomes interested."""
    uow.acting(by, Action.WORK_MATCHES)
    match = _load(uow, match_id, expected_version)
    chosen = side_choice(side, (MatchSide.DEMAND, MatchSide.SUPPLY))
    text = clean_text(text, "text", "text")
    if match.status not in OPEN:
        raise not_open(match, "Interest can be recorded")
    _add_event(uow, match, MatchEventKind.INTEREST, on, chosen, text)
    if match.status is S.PROPOSED:
        _move(uow, match, S.INTERESTED, on, chosen)
    return match_detail(uow, match)


def log_event(
    uow: UnitOfWork,
    match_id: str,
    kind: MatchEventKind | str,
    on: date,
    text: str,
    by: Actor,
    *,
    side: MatchSide | str | None = None,
    expected_version: int | None = None,
) -> MatchDetail:
    """A meeting, a call or a note, with its date. A meeting or call on an interested match
    starts the negotiation. Notes can be added whatever the status."""
    uow.acting(by, Action.WORK_MATCHES)
    match = _load(uow, match_id, expected_version)
    loggable = (MatchEventKind.MEETING, MatchEventKind.CALL, MatchEventKind.NOTE)
    chosen = choice(MatchEventKind, kind, "kind", "Choose what happened: a meeting, call or note.")
    if chosen not in loggable:
        raise ValidationError({"kind": "Choose what happened: a meeting, call or note."})
    chosen_side = side_choice(side) if side else None
    text = clean_text(text, "text", "text")
    if chosen is MatchEventKind.NOTE and not text:
        raise ValidationError({"text": "Write the note."})
    if chosen is not MatchEventKind.NOTE and match.status not in OPEN:
        raise not_open(match, "Meetings and calls can be logged")
    _add_event(uow, match, chosen, on, chosen_side, text)
    if chosen is not MatchEventKind.NOTE and match.status is S.INTERESTED:
        _move(uow, match, S.NEGOTIATING, on, chosen_side)
    return match_detail(uow, match)


def start_negotiation(
    uow: UnitOfWork,
    match_id: str,
    by: Actor,
    *,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> MatchDetail:
    """The sides of an interested match are negotiating (when no meeting or call is logged)."""
    uow.acting(by, Action.WORK_MATCHES)
    match = _load(uow, match_id, expected_version)
    _move(uow, match, S.NEGOTIATING, (now or utcnow()).date(), MatchSide.OFFICE)
    return match_detail(uow, match)


def agree_match(
    uow: UnitOfWork,
    match_id: str,
    by: Actor,
    *,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> MatchDetail:
    """The sides agree: the match is agreed and both listings become matched (a supply that is
    already matched through another agreement stays so). The contract follows."""
    uow.acting(by, Action.WORK_MATCHES)
    now = now or utcnow()
    match = _load(uow, match_id, expected_version)
    _allow(match, S.AGREED)
    for listing in (match.demand, match.supply):
        if listing.status not in PROPOSABLE_LISTINGS:
            raise DomainError(
                "The match of {pair} cannot be agreed: {name} is {status}, and an agreement "
                "needs both listings published. Ask the member to publish the listing anew, or "
                "decline the match.",
                pair=pair_name(match),
                name=listing_name(listing),
                status=listing.status.value,
            )
    _move(uow, match, S.AGREED, now.date(), MatchSide.OFFICE)
    match.agreed_at = now
    for listing in (match.demand, match.supply):
        if listing.status is ListingStatus.PUBLISHED:
            listing_service.mark_matched(uow, listing.id, by)
    return match_detail(uow, match)


def decline_match(
    uow: UnitOfWork,
    match_id: str,
    side: MatchSide | str,
    reason: DeclineReason | str,
    text: str,
    by: Actor,
    *,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> MatchDetail:
    """A side (demand, supply, or the office) declines: a reason from the list is needed, and
    a few words when the reason is “other”."""
    uow.acting(by, Action.WORK_MATCHES)
    match = _load(uow, match_id, expected_version)
    chosen_side = side_choice(side)
    chosen, text, detail = reason_choice(DeclineReason, reason, text, "the match was declined")
    _move(uow, match, S.DECLINED, (now or utcnow()).date(), chosen_side, detail)
    match.declined_by_side, match.decline_reason, match.decline_text = chosen_side, chosen, text
    return match_detail(uow, match)


def dismiss_suggestion(
    uow: UnitOfWork,
    demand_id: str,
    supply_id: str,
    reason: DismissReason | str,
    text: str,
    by: Actor,
    *,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> MatchDetail:
    """The supply is not relevant for the demand: remembered with the reason, so the engine
    does not suggest it again for this demand. A dismissed pair's reason can be changed."""
    uow.acting(by, Action.WORK_MATCHES)
    demand = listing_of_kind(uow, demand_id, ListingKind.DEMAND)
    supply = listing_of_kind(uow, supply_id, ListingKind.SUPPLY)
    why = "the suggestion is not relevant"
    chosen, text, detail = reason_choice(DismissReason, reason, text, why)
    match = _pair(uow, demand_id, supply_id, expected_version)
    if match is None:
        match = _new_match(uow, demand, supply, MatchOrigin.ENGINE)
    if match.status is not S.DISMISSED:
        if match.status is not S.SUGGESTED:
            raise DomainError(
                "The match of {pair} is already {status}, so it is no longer a suggestion to "
                "dismiss. Decline it instead, saying who declined and why.",
                pair=pair_name(match),
                status=match.status.value,
            )
        _move(uow, match, S.DISMISSED, (now or utcnow()).date(), MatchSide.OFFICE, detail)
    match.dismiss_reason, match.dismiss_text = chosen, text
    return match_detail(uow, match)


def reopen_match(
    uow: UnitOfWork,
    match_id: str,
    by: Actor,
    *,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> MatchDetail:
    """Take back a decline (the match is proposed again) or a dismissal (a suggestion again).
    The earlier reason stays in the match's events."""
    uow.acting(by, Action.WORK_MATCHES)
    now = now or utcnow()
    match = _load(uow, match_id, expected_version)
    target = REOPENED.get(match.status)
    if target is None:
        raise DomainError(
            "The match of {pair} is {status}; only a declined match or a dismissed suggestion "
            "can be reopened.",
            pair=pair_name(match),
            status=match.status.value,
        )
    _move(uow, match, target, now.date(), MatchSide.OFFICE)
    _clear_refusal(match)
    if target is S.PROPOSED:
        match.proposed_at = now
    return match_detail(uow, match)


__all__ = [
    "STRONG_SCORE",
    "TRANSITIONS",
    "Breakdown",
    "EngineSuggestion",
    "MatchDetail",
    "MatchEventRow",
    "MatchRow",
    "SavedSuggestions",
    "agree_match",
    "breakdown_of",
    "count_matches",
    "decline_match",
    "dismiss_suggestion",
    "dismissed_supply_ids",
    "get_match",
    "log_event",
    "mark_seen",
    "match_events",
    "matches_by_status",
    "new_matches",
    "propose_match",
    "record_interest",
    "reopen_match",
    "save_suggestions",
    "start_negotiation",
]
