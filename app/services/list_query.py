"""What the contract and project lists share: free text matched word by word against some columns
and the names of a contract's parties, and those names for one page of rows at once.

Each typed word must occur, in any case, in one of the columns or in the name of one of the
contract's parties (or the short name of the member behind a party): a plain substring match,
so two Chinese characters (电池) find 固态锂电池."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, exists, func, or_, select

from app.models import ContractParty, Member
from app.services.text import escape_like
from app.services.uow import UnitOfWork


def _contains(column: Any, pattern: str) -> ColumnElement[bool]:
    return func.lower(column).like(pattern, escape="\\")


def word_conditions(
    typed: str, columns: Sequence[Any], contract_id: Any
) -> list[ColumnElement[bool]]:
    """One condition per typed word: in one of `columns`, or in the name of a party of the
    contract whose id is `contract_id`."""
    conditions: list[ColumnElement[bool]] = []
    for word in typed.split():
        pattern = f"%{escape_like(word.lower())}%"
        party = exists().where(
            ContractParty.contract_id == contract_id,
            ContractParty.deleted_at.is_(None),
            or_(
                _contains(ContractParty.name, pattern),
                exists().where(
                    Member.id == ContractParty.member_id,
                    _contains(Member.short_name, pattern),
                ),
            ),
        )
        conditions.append(or_(*(_contains(column, pattern) for column in columns), party))
    return conditions


def party_names(uow: UnitOfWork, contract_ids: list[str]) -> dict[str, tuple[str, ...]]:
    """Each contract's party names in contract order (a member's short name when it has one),
    for one page of rows at once."""
    if not contract_ids:
        return {}
    stmt = (
        select(ContractParty.contract_id, ContractParty.name, Member.short_name)
        .outerjoin(Member, Member.id == ContractParty.member_id)
        .where(ContractParty.contract_id.in_(contract_ids), ContractParty.deleted_at.is_(None))
        .order_by(ContractParty.contract_id, ContractParty.position)
    )
    names: dict[str, list[str]] = {}
    for contract_id, name, short_name in uow.session.execute(stmt):
        names.setdefault(contract_id, []).append(short_name or name)
    return {contract_id: tuple(found) for contract_id, found in names.items()}
