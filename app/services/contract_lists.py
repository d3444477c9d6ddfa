"""Finding contracts: the Contracts screen's filters (free text, status, type, language, the
match it came from), paged and sorted in SQL, and how many contracts there are in each status.

Free text: each typed word must occur, in any case, in the contract's number, title or subject,
or in the name of one of its parties (or the short name of the member behind a party). A plain
substring match, so two Chinese characters (电池) find 固态锂电池. Contracts are counted in
thousands, not hundreds of thousands: a LIKE is fast enough and needs no index of its own."""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, func, select

from app.models import Contract, ContractStatus
from app.services.list_query import party_names, word_conditions
from app.services.uow import UnitOfWork

SORT_COLUMNS = {
    "number": Contract.number,
    "title": Contract.title,
    "kind": Contract.kind,
    "status": Contract.status,
    "value": Contract.value,
    "updated_at": Contract.updated_at,
}


@dataclass(frozen=True)
class ContractQuery:
    """The Contracts screen's filter. Void contracts only when asked for (or filtered on)."""

    text: str = ""
    status: str | None = None
    kind: str | None = None  # a contract type, e.g. "joint_rd"
    language: str | None = None  # "en" or "zh"
    match_id: str | None = None
    include_void: bool = False
    sort: str = "updated_at"
    descending: bool = True


@dataclass(frozen=True)
class ContractRow:
    """One line of the contract list: plain values, the parties' names in contract order (the
    member's short name when the party is a member that has one)."""

    id: str
    number: str
    title: str
    kind: str
    language: str
    status: str
    parties: tuple[str, ...]
    value: Decimal
    currency: str
    updated_at: datetime
    updated_by: str
    match_id: str | None


def filter_conditions(query: ContractQuery) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a contracts query (shared by the table, counts and exports)."""
    conditions: list[ColumnElement[bool]] = [Contract.deleted_at.is_(None)]
    conditions += word_conditions(
        query.text, (Contract.number, Contract.title, Contract.subject), Contract.id
    )
    if query.kind:
        conditions.append(Contract.kind == query.kind)
    if query.language:
        conditions.append(Contract.language == query.language)
    if query.match_id:
        conditions.append(Contract.match_id == query.match_id)
    if query.status:
        conditions.append(Contract.status == ContractStatus(query.status))
    elif not query.include_void:
        conditions.append(Contract.status != ContractStatus.VOID)
    return conditions


def _to_rows(uow: UnitOfWork, stmt: Select) -> list[ContractRow]:  # type: ignore[type-arg]
    contracts = list(uow.session.scalars(stmt))
    parties = party_names(uow, [c.id for c in contracts])
    return [
        ContractRow(
            c.id,
            c.number,
            c.title,
            c.kind,
            c.language,
            c.status.value,
            parties.get(c.id, ()),
            c.value,
            c.currency,
            c.updated_at,
            c.updated_by or "",
            c.match_id,
        )
        for c in contracts
    ]


def search_contracts(
    uow: UnitOfWork, query: ContractQuery, *, offset: int = 0, limit: int = 200
) -> list[ContractRow]:
    """One page of contracts, filtered and sorted in SQL."""
    column = SORT_COLUMNS.get(query.sort, Contract.updated_at)
    order = column.desc() if query.descending else column.asc()
    tie = Contract.id.desc() if query.descending else Contract.id
    stmt = (
        select(Contract)
        .where(*filter_conditions(query))
        .order_by(order.nulls_last(), tie)
        .offset(offset)
        .limit(limit)
    )
    return _to_rows(uow, stmt)


def count_matching(uow: UnitOfWork, query: ContractQuery) -> int:
    """How many contracts the query finds (all pages)."""
    stmt = select(func.count()).select_from(Contract).where(*filter_conditions(query))
    return int(uow.session.scalar(stmt) or 0)


def status_counts(uow: UnitOfWork) -> dict[str, int]:
    """How many contracts there are in each status (the screen's status filter shows them)."""
    stmt = (
        select(Contract.status, func.count())
        .where(Contract.deleted_at.is_(None))
        .group_by(Contract.status)
    )
    return {status.value: int(n) for status, n in uow.session.execute(stmt)}


def contract_rows(uow: UnitOfWork, query: ContractQuery) -> list[ContractRow]:
    """Every contract the query finds, in its order (an export, a match's contracts)."""
    rows: list[ContractRow] = []
    while page := search_contracts(uow, query, offset=len(rows), limit=500):
        rows += page
        if len(page) < 500:
            break
    return rows


def contracts_of_match(uow: UnitOfWork, match_id: str) -> list[ContractRow]:
    """The contracts drafted for a match (void ones too), newest first."""
    return contract_rows(uow, ContractQuery(match_id=match_id, include_void=True))
