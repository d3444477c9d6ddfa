"""What a clerk can choose when making a local copy for offline work (sync.CopyScope): the
regions, sectors and alliances the open database holds."""

from dataclasses import dataclass

from sqlalchemy import select

from app.models import Alliance, Member
from app.services.member_search import member_regions
from app.services.members import LIST_SEPARATOR
from app.services.sectors import sectors
from app.services.uow import UnitOfWork


@dataclass(frozen=True)
class CopyChoices:
    regions: list[str]  # members' regions, in alphabetical order
    sectors: list[str]  # sector codes members have, in the taxonomy's order
    alliances: list[str]  # alliance names, in alphabetical order


def sectors_in_use(uow: UnitOfWork) -> list[str]:
    """The sector codes at least one member has, in the order of the taxonomy (codes the
    taxonomy does not know come last, as written)."""
    stored = uow.session.scalars(
        select(Member.sectors).where(Member.deleted_at.is_(None), Member.sectors != "").distinct()
    )
    used = {code for value in stored for code in value.split(LIST_SEPARATOR) if code}
    order = {sector.code: position for position, sector in enumerate(sectors())}
    return sorted(used, key=lambda code: (order.get(code, len(order)), code))


def alliance_names(uow: UnitOfWork) -> list[str]:
    stmt = select(Alliance.name).where(Alliance.deleted_at.is_(None)).order_by(Alliance.name)
    return list(uow.session.scalars(stmt))


def copy_choices(uow: UnitOfWork) -> CopyChoices:
    """Everything the copy dialog offers, read in one unit of work."""
    return CopyChoices(member_regions(uow), sectors_in_use(uow), alliance_names(uow))


__all__ = ["CopyChoices", "alliance_names", "copy_choices", "sectors_in_use"]
