"""Finding members: the registry's filter (free text plus facets), its sort orders and keyset
paging, counts, and the regions in use. Shared by the Registry screen, the member picker and
the member export.

Free text is matched through the FTS5 index on SQLite and a LIKE on the search form elsewhere."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, select, table, tuple_

from app.models import Contact, Member, MemberKind, MemberStatus
from app.services import text
from app.services.uow import UnitOfWork


@dataclass(frozen=True)
class MemberRow:
    """One line of the registry table."""

    id: str
    name: str
    short_name: str
    kind: str
    city: str
    region: str
    sectors: str
    status: str
    contact: str
    updated_at: datetime


SORT_COLUMNS = {
    "name": Member.name,
    "short_name": Member.short_name,
    "kind": Member.kind,
    "city": Member.city,
    "region": Member.region,
    "sectors": Member.sectors,
    "status": Member.status,
    "updated_at": Member.updated_at,
}


INDEXED_SORTS = {"name", "updated_at"}


@dataclass(frozen=True)
class MemberQuery:
    """The registry's filter: free text plus facets; archived members only when asked for."""

    text: str = ""
    kind: str | None = None
    sector: str | None = None
    region: str | None = None
    status: str | None = None
    include_archived: bool = False
    sort: str = "name"
    descending: bool = False


def _dialect(uow: UnitOfWork) -> str:
    return uow.session.get_bind().dialect.name


def _text_conditions(typed: str, dialect: str, walk_index: bool) -> list[ColumnElement[bool]]:
    """Each typed word must occur. On SQLite an FTS5 phrase query (word prefixes for Latin
    words, any run of Chinese characters); elsewhere a LIKE on the same search form.

    walk_index: written `+member.rowid IN (…)` so that SQLite walks the sort column's index and
    stops after one page, instead of sorting every match (thousands for a two-letter prefix)."""
    rowid: ColumnElement[str] = literal_column("+member.rowid" if walk_index else "member.rowid")
    conditions: list[ColumnElement[bool]] = []
    for term in text.normalize(typed).split():
        tokens = text.search_form(term).split()
        if not tokens:
            continue
        if dialect == "sqlite":
            phrase = '"' + " ".join(tokens).replace('"', '""') + '"*'
            conditions.append(
                rowid.in_(
                    select(literal_column("rowid"))
                    .select_from(table("member_fts"))
                    .where(literal_column("member_fts").op("MATCH")(phrase))
                )
            )
        else:
            pattern = f"%{text.escape_like(' '.join(tokens))}%"
            conditions.append(Member.search_text.like(pattern, escape="\\"))
    return conditions


def filter_conditions(
    uow: UnitOfWork, query: MemberQuery, *, walk_index: bool = False
) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a registry query (shared by the table, counts and exports)."""
    conditions: list[ColumnElement[bool]] = [Member.deleted_at.is_(None)]
    conditions += _text_conditions(query.text, _dialect(uow), walk_index)
    if query.kind:
        conditions.append(Member.kind == MemberKind(query.kind))
    if query.sector:
        # Stored as "C38;I65": a section letter matches its divisions too.
        pattern = f"%;{text.escape_like(query.sector)}{'' if len(query.sector) == 1 else ';'}%"
        conditions.append((";" + Member.sectors + ";").like(pattern, escape="\\"))
    if query.region:
        conditions.append(Member.region == query.region)
    if query.status:
        conditions.append(Member.status == MemberStatus(query.status))
    elif not query.include_archived:
        conditions.append(Member.status != MemberStatus.ARCHIVED)
    return conditions


def _ordered(stmt: Select, query: MemberQuery) -> Select:  # type: ignore[type-arg]
    column = SORT_COLUMNS.get(query.sort, Member.name)
    order = column.desc() if query.descending else column.asc()
    return stmt.order_by(order, Member.id.desc() if query.descending else Member.id)


def _after(query: MemberQuery, row: MemberRow) -> ColumnElement[bool]:
    """Keyset paging: the rows that come after `row` in the query's order. Unlike OFFSET, the
    database seeks instead of counting past every earlier row (page 250 costs what page 1 does)."""
    key = query.sort if query.sort in SORT_COLUMNS else "name"
    column = SORT_COLUMNS[key]
    value: object = getattr(row, key)
    if key == "kind":
        value = MemberKind(row.kind)
    elif key == "status":
        value = MemberStatus(row.status)
    if query.descending:
        return tuple_(column, Member.id) < tuple_(value, row.id)
    return tuple_(column, Member.id) > tuple_(value, row.id)


def search_members(
    uow: UnitOfWork,
    query: MemberQuery,
    *,
    offset: int = 0,
    limit: int = 200,
    after: MemberRow | None = None,
) -> list[MemberRow]:
    """One page of the registry, filtered and sorted in SQL (fast on 100k members). Give the
    last row of the previous page as `after` to page by key instead of by offset."""
    primary_contact = (
        select(Contact.name)
        .where(Contact.member_id == Member.id, Contact.deleted_at.is_(None))
        .order_by(Contact.position)
        .limit(1)
        .scalar_subquery()
    )
    stmt = select(
        Member.id,
        Member.name,
        Member.short_name,
        Member.kind,
        Member.city,
        Member.region,
        Member.sectors,
        Member.status,
        func.coalesce(primary_contact, ""),
        Member.updated_at,
    ).where(and_(*filter_conditions(uow, query, walk_index=query.sort in INDEXED_SORTS)))
    if after is not None:
        stmt = _ordered(stmt.where(_after(query, after)), query).limit(limit)
    else:
        stmt = _ordered(stmt, query).offset(offset).limit(limit)
    return [
        MemberRow(r[0], r[1], r[2], r[3].value, r[4], r[5], r[6], r[7].value, r[8], r[9])
        for r in uow.session.execute(stmt)
    ]


def count_members(uow: UnitOfWork, query: MemberQuery, *, at_most: int | None = None) -> int:
    """How many members match; with at_most, counting stops there (at_most + 1 means "more"),
    which keeps filter-as-you-type fast when a short prefix matches half the registry."""
    matching = select(Member.id).where(and_(*filter_conditions(uow, query)))
    if at_most is not None:
        matching = matching.limit(at_most + 1)
    stmt = select(func.count()).select_from(matching.subquery())
    return int(uow.session.scalar(stmt) or 0)


def member_regions(uow: UnitOfWork) -> list[str]:
    """Regions in use, for the registry's region filter."""
    stmt = (
        select(Member.region)
        .where(Member.deleted_at.is_(None), Member.region != "")
        .distinct()
        .order_by(Member.region)
    )
    return list(uow.session.scalars(stmt))


__all__ = [
    "MemberQuery",
    "MemberRow",
    "count_members",
    "filter_conditions",
    "member_regions",
    "search_members",
]
