"""The office's reports, aggregated in SQL: the funnel from publication to completed project, and
the activity by sector, region and member kind. Contract value, overdue milestones and the
projects' progress are in report_lists.py; tables and labels for files in report_tables.py.

**The funnel** follows the listings published in the period (their publication date), demands
and supplies alike (or one kind):
- published: every such listing;
- matched: those with an agreed match;
- contracted: those with a signed contract drafted from one of their agreed matches;
- completed: those whose contract's project is completed (not terminated).
The rate of a stage is its count over the previous stage's count. Its median time is in calendar
days from the previous stage, over the listings that reached it: publication to the first
agreement, first agreement to the first signature, first signature to the first completion.

**Activity** counts, for each group (a sector code, a region, a member kind):
- demands, supplies: listings of the group published in the period;
- matches: matches agreed in the period with a listing of the group on either side;
- contracts: contracts signed in the period drafted from such a match;
- value: those contracts' value, a total for each currency.
A listing belongs to each sector it carries, to its own region (its member's when it names
none) and to its member's kind. A match counts once in each group of its two listings, a
contract in each group of its match, so the groups' figures do not add up to the office's
totals (the funnel has those). Contracts drafted without a match have a row of their own
(group None); a listing with no sector or region counts under ""."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, String, and_, case, cast, func, literal, or_, select
from sqlalchemy.orm import aliased

from app.models import (
    Contract,
    Listing,
    ListingKind,
    Project,
    ProjectStatus,
)
from app.services.report_sql import (
    DIMENSIONS,
    Days,
    Period,
    agreed_match_ids,
    listing_group,
    match_ends,
)
from app.services.uow import UnitOfWork

STAGES = ("published", "matched", "contracted", "completed")
MAIN_CURRENCY = "CNY"

Money = tuple[tuple[str, Decimal], ...]  # (currency, total), the main currency first


@dataclass(frozen=True)
class FunnelStage:
    stage: str  # one of STAGES
    count: int
    rate: float | None  # count / the previous stage's count (None: first stage, or nothing before)
    median_days: float | None  # from the previous stage (None: first stage, or nobody got here)


@dataclass(frozen=True)
class Funnel:
    period: Period
    kind: str | None  # "demand", "supply", or None for both
    stages: tuple[FunnelStage, ...]


@dataclass(frozen=True)
class ActivityRow:
    group: str | None  # the sector code, region or member kind; "" none given; None: no listing
    demands: int
    supplies: int
    matches: int
    contracts: int
    value: Money

    @property
    def listings(self) -> int:
        return self.demands + self.supplies

    def value_in(self, currency: str) -> Decimal:
        return dict(self.value).get(currency, Decimal(0))


@dataclass(frozen=True)
class Activity:
    dimension: str  # "sector", "region" or "member_kind"
    period: Period
    rows: tuple[ActivityRow, ...]  # the busiest group first; the row without a listing last
    currencies: tuple[str, ...]  # every currency of a contract counted, the main one first


# -- the funnel ---------------------------------------------------------------------------------


def funnel(
    uow: UnitOfWork,
    *,
    since: date | None = None,
    until: date | None = None,
    kind: str | None = None,
) -> Funnel:
    """The funnel of the listings published from `since` to `until` (both included)."""
    period = Period(since, until)
    paths = _paths(uow, period, ListingKind(kind) if kind else None)
    counts = uow.session.execute(
        select(
            func.count(),
            func.count(paths.c.agreed),
            func.count(paths.c.signed_on),
            func.count(paths.c.ended_on),
        ).select_from(paths)
    ).one()
    days = Days(uow)
    steps = [
        (1, paths.c.agreed, paths.c.published),
        (2, paths.c.signed_on, paths.c.agreed),
        (3, paths.c.ended_on, paths.c.signed_on),
    ]
    measured = [
        select(literal(step).label("step"), days.between(later, earlier).label("days")).where(
            later.is_not(None)
        )
        for step, later, earlier in steps
    ]
    found: dict[int, Any] = {
        int(step): median
        for step, median in uow.session.execute(medians(measured[0].union_all(*measured[1:])))
    }
    stages = []
    for n, stage in enumerate(STAGES):
        count = int(counts[n])
        previous = int(counts[n - 1]) if n else 0
        median = found.get(n)
        stages.append(
            FunnelStage(
                stage,
                count,
                count / previous if previous else None,
                float(median) if median is not None else None,
            )
        )
    return Funnel(period, kind, tuple(stages))


def _paths(uow: UnitOfWork, period: Period, kind: ListingKind | None) -> Any:
    """One row per listing published in the period: the local dates it was published, first
    agreed, first contracted (signed) and first completed."""
    days = Days(uow)
    ends = match_ends()
    signed = and_(
        Contract.match_id == ends.c.match_id,
        Contract.signed_on.is_not(None),
        Contract.deleted_at.is_(None),
    )
    completed = and_(
        Project.contract_id == Contract.id,
        Project.status == ProjectStatus.COMPLETED,
        Project.ended_on.is_not(None),
        Project.deleted_at.is_(None),
    )
    steps = (
        select(
            ends.c.listing_id,
            func.min(ends.c.agreed_at).label("agreed_at"),
            func.min(Contract.signed_on).label("signed_on"),
            func.min(Project.ended_on).label("ended_on"),
        )
        .select_from(ends)
        .outerjoin(Contract, signed)
        .outerjoin(Project, completed)
        .group_by(ends.c.listing_id)
        .subquery("steps")
    )
    conditions = [
        Listing.published_at.is_not(None),
        Listing.deleted_at.is_(None),
        *period.on_moments(Listing.published_at),
    ]
    if kind is not None:
        conditions.append(Listing.kind == kind)
    return (
        select(
            Listing.id,
            days.local_date(Listing.published_at).label("published"),
            days.local_date(steps.c.agreed_at).label("agreed"),
            steps.c.signed_on,
            steps.c.ended_on,
        )
        .outerjoin(steps, steps.c.listing_id == Listing.id)
        .where(*conditions)
        .cte("paths")
    )


def medians(values: Any) -> Select[Any]:
    """The median `days` of each `step` in rows of (step, days): the middle value, or the mean
    of the two middle ones; plain window functions, which both engines run."""
    rows = values.subquery("measured")
    ranked = select(
        rows.c.step,
        rows.c.days,
        func.row_number().over(partition_by=rows.c.step, order_by=rows.c.days).label("n"),
        func.count().over(partition_by=rows.c.step).label("total"),
    ).subquery("ranked")
    middle = [(ranked.c.total + 1) // 2, (ranked.c.total + 2) // 2]
    return (
        select(ranked.c.step, func.avg(ranked.c.days))
        .where(or_(ranked.c.n == middle[0], ranked.c.n == middle[1]))
        .group_by(ranked.c.step)
    )


# -- activity -----------------------------------------------------------------------------------


def activity_by_sector(
    uow: UnitOfWork, *, since: date | None = None, until: date | None = None
) -> Activity:
    return activity(uow, "sector", since=since, until=until)


def activity_by_region(
    uow: UnitOfWork, *, since: date | None = None, until: date | None = None
) -> Activity:
    return activity(uow, "region", since=since, until=until)


def activity_by_member_kind(
    uow: UnitOfWork, *, since: date | None = None, until: date | None = None
) -> Activity:
    return activity(uow, "member_kind", since=since, until=until)


def activity(
    uow: UnitOfWork, dimension: str, *, since: date | None = None, until: date | None = None
) -> Activity:
    """Listings published, matches agreed, contracts signed and their value in each group of
    `dimension` ("sector", "region", "member_kind") over the period."""
    if dimension not in DIMENSIONS:
        raise ValueError(f"unknown report dimension {dimension!r}")
    period = Period(since, until)
    listings = _listing_counts(uow, dimension, period)
    matched = _match_counts(uow, dimension, period)
    contracts, values = _contract_figures(uow, dimension, period)
    groups = set(listings) | set(matched) | set(contracts)
    rows = [
        ActivityRow(
            group,
            *listings.get(group, (0, 0)),
            matched.get(group, 0),
            contracts.get(group, 0),
            _money(values.get(group, {})),
        )
        for group in groups
    ]
    rows.sort(key=lambda r: (r.group is None, -r.listings, -r.matches, -r.contracts, r.group or ""))
    currencies = {c for by_currency in values.values() for c in by_currency}
    return Activity(dimension, period, tuple(rows), currency_order(currencies))


def _listing_counts(
    uow: UnitOfWork, dimension: str, period: Period
) -> dict[str | None, tuple[int, int]]:
    listing = aliased(Listing, name="grouped_listing")
    group, join = listing_group(uow, listing, dimension)
    published = (
        join(select(group.label("grp"), listing.kind).select_from(listing))
        .where(
            listing.published_at.is_not(None),
            listing.deleted_at.is_(None),
            *period.on_moments(listing.published_at),
        )
        .subquery("published")
    )
    demands = func.sum(case((published.c.kind == ListingKind.DEMAND, 1), else_=0))
    supplies = func.sum(case((published.c.kind == ListingKind.SUPPLY, 1), else_=0))
    stmt = select(published.c.grp, demands, supplies).group_by(published.c.grp)
    return {str(g): (int(d), int(s)) for g, d, s in uow.session.execute(stmt)}


def _match_counts(uow: UnitOfWork, dimension: str, period: Period) -> dict[str | None, int]:
    ends = match_ends()
    listing = aliased(Listing, name="grouped_listing")
    group, join = listing_group(uow, listing, dimension)
    pairs = (
        join(
            select(ends.c.match_id, group.label("grp"))
            .select_from(ends)
            .join(listing, listing.id == ends.c.listing_id)
        )
        .where(*period.on_moments(ends.c.agreed_at))
        .distinct()
        .subquery("pairs")
    )
    stmt = select(pairs.c.grp, func.count()).group_by(pairs.c.grp)
    return {str(g): int(n) for g, n in uow.session.execute(stmt)}


def _contract_figures(
    uow: UnitOfWork, dimension: str, period: Period
) -> tuple[dict[str | None, int], dict[str | None, dict[str, Decimal]]]:
    """Contracts signed in the period, and their value by currency, in each group; group None
    for the contracts drafted without an agreed match."""
    signed = [
        Contract.signed_on.is_not(None),
        Contract.deleted_at.is_(None),
        *period.on_days(Contract.signed_on),
    ]
    ends = match_ends()
    listing = aliased(Listing, name="grouped_listing")
    group, join = listing_group(uow, listing, dimension)
    pairs = (
        join(
            select(Contract.id, Contract.currency, Contract.value, group.label("grp"))
            .select_from(Contract)
            .join(ends, ends.c.match_id == Contract.match_id)
            .join(listing, listing.id == ends.c.listing_id)
        )
        .where(*signed)
        .distinct()
        .subquery("pairs")
    )
    by_group = select(
        cast(pairs.c.grp, String), pairs.c.currency, func.count(), func.sum(pairs.c.value)
    ).group_by(pairs.c.grp, pairs.c.currency)
    unmatched = (
        select(literal(None, String), Contract.currency, func.count(), func.sum(Contract.value))
        .where(
            *signed,
            or_(Contract.match_id.is_(None), Contract.match_id.not_in(agreed_match_ids())),
        )
        .group_by(Contract.currency)
    )
    counts: dict[str | None, int] = defaultdict(int)
    values: dict[str | None, dict[str, Decimal]] = defaultdict(dict)
    for stmt in (by_group, unmatched):
        for grp, currency, count, total in uow.session.execute(stmt):
            counts[grp] += int(count)
            values[grp][currency] = cents(total)
    return dict(counts), dict(values)


# -- money --------------------------------------------------------------------------------------


def cents(total: Any) -> Decimal:
    """A SUM of money as Decimal cents (SQLite sums in floating point)."""
    return Decimal(str(total or 0)).quantize(Decimal("0.01"))


def currency_order(currencies: set[str]) -> tuple[str, ...]:
    """The main currency first, the others alphabetically."""
    return tuple(sorted(currencies, key=lambda c: (c != MAIN_CURRENCY, c)))


def _money(by_currency: dict[str, Decimal]) -> Money:
    return tuple((c, by_currency[c]) for c in currency_order(set(by_currency)))


__all__ = [
    "MAIN_CURRENCY",
    "STAGES",
    "Activity",
    "ActivityRow",
    "Funnel",
    "FunnelStage",
    "Money",
    "activity",
    "activity_by_member_kind",
    "activity_by_region",
    "activity_by_sector",
    "cents",
    "currency_order",
    "funnel",
    "medians",
]
