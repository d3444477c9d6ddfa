"""Export of matches as CSV or XLSX (`helix export matches`): one row per match with both
listings (named by external id, else id, as DESIGN §8 says), members, status, score and
reasons, and the dates and decline of its course."""

import os
from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import ColumnElement, func, select

from app.models import Match, MatchStatus
from app.services.import_common import Progress, export_rows
from app.services.match_data import Breakdown, listing_ref, row_select
from app.services.members import LIST_SEPARATOR
from app.services.permissions import Action, require
from app.services.uow import Actor, UnitOfWork

EXPORT_COLUMNS = (
    "demand_ref",
    "supply_ref",
    "demand_title",
    "supply_title",
    "demand_member",
    "supply_member",
    "status",
    "score",
    "reasons",
    "proposed_at",
    "agreed_at",
    "declined_by",
    "decline_reason",
)


def export_matches(
    uow: UnitOfWork,
    path: str | os.PathLike[str],
    by: Actor,
    *,
    status: MatchStatus | str | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the matches (every status, dismissed suggestions too, or only those in `status`)
    to a .csv or .xlsx file; returns how many. progress may raise to cancel: then no file is
    left."""
    require(by, Action.EXPORT_RECORDS)
    chosen = MatchStatus(status) if status else None
    conditions: list[ColumnElement[bool]] = [Match.deleted_at.is_(None)]
    if chosen is not None:
        conditions.append(Match.status == chosen)
    count = select(func.count()).select_from(Match).where(*conditions)
    return export_rows(
        path,
        EXPORT_COLUMNS,
        _rows(uow, chosen),
        lambda: int(uow.session.scalar(count) or 0),
        progress,
        "Writing the matches",
    )


def _moment(value: datetime | None) -> str:
    return value.isoformat(sep=" ", timespec="seconds") if value else ""


def _rows(uow: UnitOfWork, status: MatchStatus | None) -> Iterator[list[str]]:
    stmt = row_select().order_by(Match.created_at, Match.id)
    if status is not None:
        stmt = stmt.where(Match.status == status)
    result = uow.session.execute(stmt, execution_options={"yield_per": 1000})
    for match, demand, supply, demand_member, supply_member in result:
        yield [
            listing_ref(demand),
            listing_ref(supply),
            demand.title,
            supply.title,
            demand_member,
            supply_member,
            match.status.value,
            "" if match.score is None else f"{match.score:g}",
            f"{LIST_SEPARATOR} ".join(Breakdown.from_json(match.breakdown).reasons),
            _moment(match.proposed_at),
            _moment(match.agreed_at),
            match.declined_by_side.value if match.declined_by_side else "",
            match.decline_reason.value if match.decline_reason else "",
        ]


__all__ = ["EXPORT_COLUMNS", "export_matches"]
