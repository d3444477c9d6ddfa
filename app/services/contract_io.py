"""Export of contracts as CSV or XLSX (`helix export contracts`): one row per contract with its
number, kind, status, value, dates, the parties with their benefit shares, and the issued PDF's
SHA-256 and signing date once it has them."""

import os
from collections.abc import Iterator
from datetime import date, datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import selectinload

from app.models import Contract, ContractIssue, ContractStatus
from app.services.import_common import Progress, export_rows
from app.services.permissions import Action, require
from app.services.uow import Actor, UnitOfWork

EXPORT_COLUMNS = (
    "number",
    "title",
    "kind",
    "language",
    "status",
    "value",
    "currency",
    "start_date",
    "end_date",
    "parties",
    "benefit_shares",
    "issued_sha256",
    "signed_on",
    "updated_at",
)
PARTY_SEPARATOR = "; "


def export_contracts(
    uow: UnitOfWork,
    path: str | os.PathLike[str],
    by: Actor,
    *,
    status: ContractStatus | str | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the contracts (all, or those in `status`) to a .csv or .xlsx file; returns how
    many. progress may raise to cancel: then no file is left."""
    require(by, Action.EXPORT_RECORDS)
    chosen = ContractStatus(status) if status else None
    conditions: list[ColumnElement[bool]] = [Contract.deleted_at.is_(None)]
    if chosen is not None:
        conditions.append(Contract.status == chosen)
    count = select(func.count()).select_from(Contract).where(*conditions)
    return export_rows(
        path,
        EXPORT_COLUMNS,
        _rows(uow, conditions),
        lambda: int(uow.session.scalar(count) or 0),
        progress,
        "Writing the contracts",
    )


def _text(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    return value.isoformat()


def _rows(uow: UnitOfWork, conditions: list[ColumnElement[bool]]) -> Iterator[list[str]]:
    current = select(ContractIssue.contract_id, ContractIssue.sha256).where(
        ContractIssue.voided_at.is_(None), ContractIssue.deleted_at.is_(None)
    )
    issued = {contract_id: sha256 for contract_id, sha256 in uow.session.execute(current)}
    stmt = (
        select(Contract)
        .where(*conditions)
        .options(selectinload(Contract.parties))
        .order_by(Contract.number)
    )
    for contract in uow.session.scalars(stmt):
        parties = [p for p in contract.parties if p.deleted_at is None]
        yield [
            contract.number,
            contract.title,
            contract.kind,
            contract.language,
            contract.status.value,
            format(contract.value, "f"),
            contract.currency,
            _text(contract.start_date),
            _text(contract.end_date),
            PARTY_SEPARATOR.join(f"{p.role_label or p.role}: {p.name}" for p in parties),
            PARTY_SEPARATOR.join(
                f"{p.name}: {p.benefit_share.normalize():f} %"
                for p in parties
                if p.benefit_share is not None
            ),
            issued.get(contract.id, ""),
            _text(contract.signed_on),
            _text(contract.updated_at),
        ]


__all__ = ["EXPORT_COLUMNS", "export_contracts"]
