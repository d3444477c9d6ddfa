"""Finding listings: the Listings screen's filters (kind, status, sector, member, expiring soon,
free text), the verification queue, and a member's listings.

Free text matches the listing's search form (title, summary and keywords, every Chinese
character a word of its own, so 电池 finds 锂电池), its reference (D-2026-0001) and the
member's name. A LIKE over 50k listings is a few tens of milliseconds; listings have no
full-text index of their own."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Select, and_, func, or_, select

from app.models import Confidentiality, Listing, ListingKind, ListingStatus, Member, utcnow
from app.services import text
from app.services.listing_data import ListingRow
from app.services.uow import UnitOfWork

WARNING_DAYS = 14
"""A published listing this close to the end of its validity is shown as expiring soon."""

SORT_COLUMNS = {
    "reference": Listing.reference,
    "kind": Listing.kind,
    "title": Listing.title,
    "member": Member.name,
    "status": Listing.status,
    "expires_at": Listing.expires_at,
    "updated_at": Listing.updated_at,
}


@dataclass(frozen=True)
class ListingQuery:
    """The Listings screen's filter. Archived listings only when asked for (or filtered on)."""

    text: str = ""
    kind: str | None = None
    status: str | None = None
    sector: str | None = None
    member_id: str | None = None
    expiring_soon: bool = False
    include_archived: bool = False
    sort: str = "updated_at"
    descending: bool = True


def _row_select() -> Select:  # type: ignore[type-arg]
    return select(Listing, Member.name).join(Member, Member.id == Listing.member_id)


def _to_rows(uow: UnitOfWork, stmt: Select) -> list[ListingRow]:  # type: ignore[type-arg]
    return [
        ListingRow(
            listing.id,
            listing.reference or "",
            listing.kind.value,
            listing.title,
            member_name,
            listing.confidentiality is Confidentiality.ANONYMOUS,
            listing.status.value,
            listing.sectors,
            listing.expires_at,
            listing.updated_at,
            listing.member_id,
        )
        for listing, member_name in uow.session.execute(stmt)
    ]


def listing_rows(uow: UnitOfWork, *conditions: ColumnElement[bool]) -> list[ListingRow]:
    """Listings meeting `conditions`, soonest expiry first (for short lists: a member's page,
    the expiring-soon warning)."""
    stmt = (
        _row_select()
        .where(Listing.deleted_at.is_(None), *conditions)
        .order_by(Listing.expires_at, Listing.title, Listing.id)
    )
    return _to_rows(uow, stmt)


def expiring_soon_condition(now: datetime, days: int = WARNING_DAYS) -> ColumnElement[bool]:
    return and_(
        Listing.status == ListingStatus.PUBLISHED,
        Listing.expires_at > now,
        Listing.expires_at <= now + timedelta(days=days),
    )


def _text_conditions(typed: str) -> list[ColumnElement[bool]]:
    """Each typed word must occur in the listing's text, its reference or its member's name."""
    conditions: list[ColumnElement[bool]] = []
    for word in typed.split():
        tokens = text.search_form(word).split()
        if not tokens:
            continue
        pattern = f"%{text.escape_like(' '.join(tokens))}%"
        reference = f"{text.escape_like(text.normalize(word).replace(' ', '-').upper())}%"
        conditions.append(
            or_(
                Listing.search_text.like(pattern, escape="\\"),
                Member.search_text.like(pattern, escape="\\"),
                Listing.reference.like(reference, escape="\\"),
            )
        )
    return conditions


def filter_conditions(
    query: ListingQuery, now: datetime | None = None
) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a listings query (shared by the table, counts and exports)."""
    conditions: list[ColumnElement[bool]] = [Listing.deleted_at.is_(None)]
    conditions += _text_conditions(query.text)
    if query.kind:
        conditions.append(Listing.kind == ListingKind(query.kind))
    if query.sector:
        # Stored as "C38;I65": a section letter matches its divisions too.
        pattern = f"%;{text.escape_like(query.sector)}{'' if len(query.sector) == 1 else ';'}%"
        conditions.append((";" + Listing.sectors + ";").like(pattern, escape="\\"))
    if query.member_id:
        conditions.append(Listing.member_id == query.member_id)
    if query.expiring_soon:
        conditions.append(expiring_soon_condition(now or utcnow()))
    if query.status:
        conditions.append(Listing.status == ListingStatus(query.status))
    elif not query.include_archived:
        conditions.append(Listing.status != ListingStatus.ARCHIVED)
    return conditions


def search_listings(
    uow: UnitOfWork,
    query: ListingQuery,
    *,
    offset: int = 0,
    limit: int = 200,
    now: datetime | None = None,
) -> list[ListingRow]:
    """One page of listings, filtered and sorted in SQL."""
    column = SORT_COLUMNS.get(query.sort, Listing.updated_at)
    order = column.desc() if query.descending else column.asc()
    tie = Listing.id.desc() if query.descending else Listing.id
    stmt = (
        _row_select()
        .where(*filter_conditions(query, now))
        .order_by(order.nulls_last(), tie)
        .offset(offset)
        .limit(limit)
    )
    return _to_rows(uow, stmt)


def count_matching(uow: UnitOfWork, query: ListingQuery, *, now: datetime | None = None) -> int:
    """How many listings the query finds (all pages)."""
    stmt = (
        select(func.count())
        .select_from(Listing)
        .join(Member, Member.id == Listing.member_id)
        .where(*filter_conditions(query, now))
    )
    return int(uow.session.scalar(stmt) or 0)


def status_counts(uow: UnitOfWork) -> dict[str, int]:
    """How many listings there are in each status (the screen's status filter shows them)."""
    stmt = (
        select(Listing.status, func.count())
        .where(Listing.deleted_at.is_(None))
        .group_by(Listing.status)
    )
    return {status.value: int(n) for status, n in uow.session.execute(stmt)}


def verification_queue(uow: UnitOfWork) -> list[ListingRow]:
    """Submitted listings waiting for a supervisor, the longest-waiting first."""
    stmt = (
        _row_select()
        .where(Listing.deleted_at.is_(None), Listing.status == ListingStatus.SUBMITTED)
        .order_by(Listing.updated_at, Listing.id)
    )
    return _to_rows(uow, stmt)
