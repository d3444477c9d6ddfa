"""Reading matches: one match with its events, the board by status, a member's or a demand's
matches, the supplies dismissed for a demand, and the strong suggestions new to a user."""

from datetime import datetime

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.exc import IntegrityError

from app.errors import DomainError
from app.models import (
    Match,
    MatchEvent,
    MatchEventKind,
    MatchReview,
    MatchSide,
    MatchStatus,
    utcnow,
)
from app.services.match_data import (
    Breakdown,
    DemandListing,
    MatchDetail,
    MatchEventRow,
    MatchRow,
    SupplyListing,
    event_row,
    match_row,
    row_select,
)
from app.services.permissions import Actor
from app.services.uow import UnitOfWork, live_record

STRONG_SCORE = 70
"""new_matches lists suggestions scoring at least this much."""


def _rows(
    uow: UnitOfWork, *conditions: ColumnElement[bool], limit: int | None = None
) -> list[MatchRow]:
    stmt = (
        row_select()
        .where(*conditions)
        .order_by(Match.score.is_(None), Match.score.desc(), Match.updated_at.desc(), Match.id)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return [match_row(*row) for row in uow.session.execute(stmt)]


def match_row_of(uow: UnitOfWork, match_id: str) -> MatchRow:
    rows = _rows(uow, Match.id == match_id)
    if not rows:
        live_record(uow, Match, match_id, "match")  # raises NotFoundError
    return rows[0]


def flush_matches(uow: UnitOfWork) -> None:
    """Write the pending matches; a pair that a colleague matched meanwhile is refused."""
    try:
        uow.flush()
    except IntegrityError as exc:  # the pair's live match, made by a colleague meanwhile
        uow.session.rollback()
        raise DomainError(
            "A colleague saved a match of the same two listings at the same moment, so yours "
            "was not saved. Refresh the list and try again."
        ) from exc


def match_detail(uow: UnitOfWork, match: Match) -> MatchDetail:
    """The match as saved (each write returns it): flushed, then read with its events."""
    flush_matches(uow)
    events = match_events(uow, match.id)
    interest = {e.side for e in events if e.kind == MatchEventKind.INTEREST.value}
    return MatchDetail(
        row=match_row_of(uow, match.id),
        breakdown=Breakdown.from_json(match.breakdown),
        declined_by_side=match.declined_by_side.value if match.declined_by_side else "",
        decline_reason=match.decline_reason.value if match.decline_reason else "",
        decline_text=match.decline_text,
        dismiss_reason=match.dismiss_reason.value if match.dismiss_reason else "",
        dismiss_text=match.dismiss_text,
        note=match.note,
        updated_by=match.updated_by,
        interest_sides=tuple(
            s.value for s in (MatchSide.DEMAND, MatchSide.SUPPLY) if s in interest
        ),
        events=tuple(events),
    )


def get_match(uow: UnitOfWork, match_id: str) -> MatchDetail:
    return match_detail(uow, live_record(uow, Match, match_id, "match"))


def match_events(uow: UnitOfWork, match_id: str) -> list[MatchEventRow]:
    """What happened in a match, oldest first (by date, then as recorded)."""
    stmt = (
        select(MatchEvent)
        .where(MatchEvent.match_id == match_id, MatchEvent.deleted_at.is_(None))
        .order_by(MatchEvent.happened_on, MatchEvent.created_at, MatchEvent.id)
    )
    return [event_row(e) for e in uow.session.scalars(stmt)]


def matches_by_status(
    uow: UnitOfWork,
    status: MatchStatus | str | None = None,
    member_id: str | None = None,
    *,
    demand_id: str | None = None,
    limit: int | None = None,
) -> list[MatchRow]:
    """Matches in a status (without one: every status but dismissed), strongest first; only a
    member's (on either side) or one demand's when asked."""
    conditions: list[ColumnElement[bool]] = [
        Match.status == MatchStatus(status) if status else Match.status != MatchStatus.DISMISSED
    ]
    if member_id is not None:
        conditions.append(
            or_(DemandListing.member_id == member_id, SupplyListing.member_id == member_id)
        )
    if demand_id is not None:
        conditions.append(Match.demand_id == demand_id)
    return _rows(uow, *conditions, limit=limit)


def dismissed_supply_ids(uow: UnitOfWork, demand_id: str) -> set[str]:
    """The supplies dismissed for this demand: the engine leaves them out of its list."""
    stmt = select(Match.supply_id).where(
        Match.demand_id == demand_id,
        Match.status == MatchStatus.DISMISSED,
        Match.deleted_at.is_(None),
    )
    return set(uow.session.scalars(stmt))


def new_matches(uow: UnitOfWork, user: Actor, *, min_score: float = STRONG_SCORE) -> list[MatchRow]:
    """Suggestions scoring at least min_score that were saved since the user last marked them
    seen (all of them if never), strongest first."""
    conditions: list[ColumnElement[bool]] = [
        Match.status == MatchStatus.SUGGESTED,
        Match.score >= min_score,
    ]
    review = uow.session.get(MatchReview, user.name)
    if review is not None:
        conditions.append(Match.created_at > review.seen_at)
    return _rows(uow, *conditions)


def mark_seen(uow: UnitOfWork, user: Actor, now: datetime | None = None) -> None:
    """The user has looked at the new suggestions: new_matches starts again from now."""
    now = now or utcnow()
    review = uow.session.get(MatchReview, user.name)
    if review is None:
        uow.session.add(MatchReview(username=user.name, seen_at=now))
    else:
        review.seen_at = now
    uow.flush()


def count_matches(uow: UnitOfWork, status: MatchStatus | str | None = None) -> int:
    stmt = select(func.count()).select_from(Match).where(Match.deleted_at.is_(None))
    if status:
        stmt = stmt.where(Match.status == MatchStatus(status))
    return int(uow.session.scalar(stmt) or 0)


__all__ = [
    "STRONG_SCORE",
    "count_matches",
    "dismissed_supply_ids",
    "flush_matches",
    "get_match",
    "mark_seen",
    "match_detail",
    "match_events",
    "matches_by_status",
    "new_matches",
]
