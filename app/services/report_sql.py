"""The SQL pieces the reports share, written once for SQLite and PostgreSQL: the report period,
calendar days between two recorded dates, a median, and the groups a listing belongs to (its
sectors, its region, its member's kind).

Timestamps (a listing's publication, a match's agreement) are stored in UTC; the reports count
them on the calendar of the office's clock (the computer's time zone), like the dates the clerks
enter (a contract's signing date, a project's end)."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    FromClause,
    Integer,
    Select,
    String,
    cast,
    func,
    literal,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.orm import aliased

from app.errors import ValidationError
from app.models import Match, MatchStatus, Member
from app.services.uow import UnitOfWork

DIMENSIONS = ("sector", "region", "member_kind")
Grouping = Callable[[Any], Any]  # adds to a select what a group needs


@dataclass(frozen=True)
class Period:
    """The days a report covers, both included; None: open on that side."""

    since: date | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise ValidationError(
                {"since": "The period starts after it ends; choose a start before the end."}
            )

    def on_days(self, column: Any) -> list[ColumnElement[bool]]:
        """Conditions for a date column (a date a clerk entered)."""
        conditions = []
        if self.since is not None:
            conditions.append(column >= self.since)
        if self.until is not None:
            conditions.append(column <= self.until)
        return conditions

    def on_moments(self, column: Any) -> list[ColumnElement[bool]]:
        """Conditions for a UTC timestamp column: from the start of `since` to the end of
        `until` on the office's clock (so the index on the column still serves)."""
        conditions = []
        if self.since is not None:
            conditions.append(column >= local_midnight(self.since))
        if self.until is not None:
            conditions.append(column < local_midnight(self.until + timedelta(days=1)))
        return conditions


def local_midnight(day: date) -> datetime:
    """The UTC moment at which `day` begins on the office's clock."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def utc_offset_seconds() -> int:
    """The office clock's offset from UTC now (China: +28,800 s)."""
    offset = datetime.now().astimezone().utcoffset()
    return int(offset.total_seconds()) if offset else 0


def dialect(uow: UnitOfWork) -> str:
    return uow.session.get_bind().dialect.name


class Days:
    """Calendar days between recorded dates, in the dialect of the unit of work's database."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.sqlite = dialect(uow) == "sqlite"
        self.offset = utc_offset_seconds()

    def local_date(self, moment: Any) -> Any:
        """A UTC timestamp column as the date it was on the office's clock."""
        if self.sqlite:
            return func.date(moment, literal(f"{self.offset:+d} seconds"))
        shifted = func.timezone("UTC", moment) + literal_column(f"interval '{self.offset} seconds'")
        return cast(shifted, Date)

    def between(self, later: Any, earlier: Any) -> ColumnElement[int]:
        """Whole days from `earlier` to `later` (both dates, or local_date of a timestamp)."""
        if self.sqlite:
            return cast(func.julianday(later) - func.julianday(earlier), Integer)
        return cast(later - earlier, Integer)


def match_ends() -> FromClause:
    """Every live agreed match twice, once for each of its listings:
    (match_id, listing_id, agreed_at)."""
    agreed = [Match.status == MatchStatus.AGREED, Match.deleted_at.is_(None)]
    return union_all(
        select(
            Match.id.label("match_id"), Match.demand_id.label("listing_id"), Match.agreed_at
        ).where(*agreed),
        select(
            Match.id.label("match_id"), Match.supply_id.label("listing_id"), Match.agreed_at
        ).where(*agreed),
    ).subquery("ends")


def agreed_match_ids() -> Select[Any]:
    return select(Match.id).where(Match.status == MatchStatus.AGREED, Match.deleted_at.is_(None))


def listing_group(uow: UnitOfWork, listing: Any, dimension: str) -> tuple[Any, Grouping]:
    """The group of `listing` (an alias in the statement) for a dimension, and what the
    statement must join for it. A listing has one region (its own, else its member's), one
    member kind, and one group per sector code it carries; "" when it names none."""
    if dimension == "sector":
        return sector_codes(uow, listing).c.value, lambda stmt: stmt
    if dimension not in DIMENSIONS:
        raise ValueError(f"unknown report dimension {dimension!r}")
    member = aliased(Member, name="grouped_member")
    if dimension == "region":  # the member is looked up only for a listing without a region
        members_region = select(member.region).where(member.id == listing.member_id)
        own = func.nullif(listing.region, "")
        return func.coalesce(own, members_region.scalar_subquery()), lambda stmt: stmt

    def join(stmt: Select[Any]) -> Select[Any]:
        return stmt.join(member, member.id == listing.member_id)

    return cast(member.kind, String), join


def sector_codes(uow: UnitOfWork, listing: Any) -> Any:
    """The listing's sector codes as rows of a table-valued function beside the listing (it
    refers to the listing, as both engines allow): one row "" for a listing without sectors."""
    if dialect(uow) == "sqlite":
        escaped = func.replace(func.replace(listing.sectors, "\\", "\\\\"), '"', '\\"')
        as_json = literal('["') + func.replace(escaped, ";", '","') + literal('"]')
        return func.json_each(as_json).table_valued("value", joins_implicitly=True)
    codes = func.regexp_split_to_table(listing.sectors, ";")
    return codes.table_valued("value", joins_implicitly=True).render_derived(name="codes")


__all__ = [
    "DIMENSIONS",
    "Days",
    "Period",
    "agreed_match_ids",
    "dialect",
    "listing_group",
    "local_midnight",
    "match_ends",
    "sector_codes",
    "utc_offset_seconds",
]
