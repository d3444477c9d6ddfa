"""Alliances: standing communities of members (industry alliances, innovation consortia)."""

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app.errors import DomainError, NotFoundError, ValidationError
from app.models import Alliance, AllianceMembership, AllianceRole, Member, utcnow
from app.services.permissions import Action
from app.services.uow import Actor, UnitOfWork, live_record, stale_record


@dataclass
class AllianceData:
    name: str
    focus: str = ""
    description: str = ""
    lead_member_id: str | None = None
    founded_on: date | None = None
    ended_on: date | None = None


@dataclass(frozen=True)
class AllianceMemberRow:
    membership_id: str
    member_id: str
    member_name: str
    role: str
    joined_on: date | None


@dataclass(frozen=True)
class AllianceRow:
    id: str
    name: str
    focus: str
    lead_member_name: str
    member_count: int


@dataclass(frozen=True)
class AllianceDetail:
    id: str
    version: int
    data: AllianceData
    members: list[AllianceMemberRow] = field(default_factory=list)


def _clean(data: AllianceData) -> AllianceData:
    bad: dict[str, str] = {}
    name = " ".join(data.name.split())
    if not name:
        bad["name"] = "The alliance needs a name."
    elif len(name) > 200:
        bad["name"] = "The name is longer than 200 characters; shorten it."
    if len(data.focus) > 300:
        bad["focus"] = "The focus is longer than 300 characters; shorten it."
    if data.founded_on and data.ended_on and data.ended_on < data.founded_on:
        bad["ended_on"] = "The end date is before the founding date."
    if bad:
        raise ValidationError(bad)
    return AllianceData(
        name,
        data.focus.strip(),
        data.description.strip(),
        data.lead_member_id or None,
        data.founded_on,
        data.ended_on,
    )


def _load(uow: UnitOfWork, alliance_id: str) -> Alliance:
    return live_record(uow, Alliance, alliance_id, "alliance")


def _active_memberships(alliance: Alliance) -> list[AllianceMembership]:
    return [m for m in alliance.memberships if m.deleted_at is None]


def _detail(alliance: Alliance) -> AllianceDetail:
    data = AllianceData(
        alliance.name,
        alliance.focus,
        alliance.description,
        alliance.lead_member_id,
        alliance.founded_on,
        alliance.ended_on,
    )
    rows = sorted(
        (
            AllianceMemberRow(m.id, m.member_id, m.member.name, m.role.value, m.joined_on)
            for m in _active_memberships(alliance)
        ),
        key=lambda r: (list(AllianceRole).index(AllianceRole(r.role)), r.member_name),
    )
    return AllianceDetail(alliance.id, alliance.version, data, rows)


def list_alliances(uow: UnitOfWork) -> list[AllianceRow]:
    counts = (
        select(AllianceMembership.alliance_id, func.count().label("n"))
        .where(AllianceMembership.deleted_at.is_(None))
        .group_by(AllianceMembership.alliance_id)
        .subquery()
    )
    stmt = (
        select(
            Alliance.id,
            Alliance.name,
            Alliance.focus,
            func.coalesce(Member.name, ""),
            func.coalesce(counts.c.n, 0),
        )
        .outerjoin(Member, Member.id == Alliance.lead_member_id)
        .outerjoin(counts, counts.c.alliance_id == Alliance.id)
        .where(Alliance.deleted_at.is_(None))
        .order_by(Alliance.name)
    )
    return [AllianceRow(*row) for row in uow.session.execute(stmt)]


def get_alliance(uow: UnitOfWork, alliance_id: str) -> AllianceDetail:
    stmt = (
        select(Alliance)
        .options(selectinload(Alliance.memberships).selectinload(AllianceMembership.member))
        .where(Alliance.id == alliance_id)
    )
    alliance = uow.session.scalar(stmt)
    if alliance is None or alliance.deleted_at is not None:
        raise NotFoundError("This alliance no longer exists. Refresh the list.")
    return _detail(alliance)


def _require_unique_name(uow: UnitOfWork, name: str, alliance_id: str | None) -> None:
    stmt = select(Alliance.id).where(func.lower(Alliance.name) == name.lower())
    if alliance_id:
        stmt = stmt.where(Alliance.id != alliance_id)
    if uow.session.scalar(stmt) is not None:
        raise DomainError("An alliance called “{name}” already exists.", name=name)


def _apply(alliance: Alliance, data: AllianceData) -> None:
    alliance.name, alliance.focus, alliance.description = data.name, data.focus, data.description
    alliance.lead_member_id = data.lead_member_id
    alliance.founded_on, alliance.ended_on = data.founded_on, data.ended_on


def create_alliance(uow: UnitOfWork, data: AllianceData, by: Actor) -> AllianceDetail:
    uow.acting(by, Action.EDIT_ALLIANCES)
    clean = _clean(data)
    _require_unique_name(uow, clean.name, None)
    alliance = Alliance()
    _apply(alliance, clean)
    uow.session.add(alliance)
    if clean.lead_member_id:
        _require_member(uow, clean.lead_member_id)
        alliance.memberships.append(
            AllianceMembership(
                member_id=clean.lead_member_id, role=AllianceRole.LEAD, joined_on=clean.founded_on
            )
        )
    uow.flush()
    return get_alliance(uow, alliance.id)


def update_alliance(
    uow: UnitOfWork, alliance_id: str, expected_version: int, data: AllianceData, by: Actor
) -> AllianceDetail:
    uow.acting(by, Action.EDIT_ALLIANCES)
    alliance = _load(uow, alliance_id)
    if alliance.version != expected_version:
        raise stale_record()
    clean = _clean(data)
    _require_unique_name(uow, clean.name, alliance_id)
    if clean.lead_member_id:
        _require_member(uow, clean.lead_member_id)
    _apply(alliance, clean)
    uow.flush()
    return get_alliance(uow, alliance_id)


def _require_member(uow: UnitOfWork, member_id: str) -> Member:
    return live_record(uow, Member, member_id, "member")


def add_alliance_member(
    uow: UnitOfWork,
    alliance_id: str,
    member_id: str,
    by: Actor,
    role: AllianceRole = AllianceRole.MEMBER,
    joined_on: date | None = None,
) -> AllianceDetail:
    uow.acting(by, Action.EDIT_ALLIANCES)
    alliance = _load(uow, alliance_id)
    member = _require_member(uow, member_id)
    if any(m.member_id == member_id for m in _active_memberships(alliance)):
        raise DomainError(
            "“{member}” is already in “{alliance}”.", member=member.name, alliance=alliance.name
        )
    revived = next((m for m in alliance.memberships if m.member_id == member_id), None)
    if revived is not None:  # left earlier and rejoins: the unique pair is reused
        revived.deleted_at, revived.role, revived.joined_on = None, role, joined_on
        revived.left_on = None
    else:
        alliance.memberships.append(
            AllianceMembership(member_id=member_id, role=role, joined_on=joined_on)
        )
    uow.flush()
    return get_alliance(uow, alliance_id)


def _membership(uow: UnitOfWork, alliance_id: str, member_id: str) -> AllianceMembership:
    stmt = select(AllianceMembership).where(
        AllianceMembership.alliance_id == alliance_id,
        AllianceMembership.member_id == member_id,
        AllianceMembership.deleted_at.is_(None),
    )
    membership = uow.session.scalar(stmt)
    if membership is None:
        raise NotFoundError("That member is not in this alliance any more. Refresh the list.")
    return membership


def set_alliance_role(
    uow: UnitOfWork, alliance_id: str, member_id: str, role: AllianceRole, by: Actor
) -> AllianceDetail:
    uow.acting(by, Action.EDIT_ALLIANCES)
    _membership(uow, alliance_id, member_id).role = role
    uow.flush()
    return get_alliance(uow, alliance_id)


def remove_alliance_member(
    uow: UnitOfWork, alliance_id: str, member_id: str, by: Actor, left_on: date | None = None
) -> AllianceDetail:
    """The member leaves the alliance; the membership stays as a tombstone for history and sync."""
    uow.acting(by, Action.EDIT_ALLIANCES)
    membership = _membership(uow, alliance_id, member_id)
    membership.deleted_at = utcnow()
    membership.left_on = left_on or date.today()
    alliance = _load(uow, alliance_id)
    if alliance.lead_member_id == member_id:
        alliance.lead_member_id = None
    uow.flush()
    uow.session.expire(alliance)
    return get_alliance(uow, alliance_id)


def member_alliances(uow: UnitOfWork, member_id: str) -> list[tuple[str, str, str]]:
    """(alliance id, alliance name, role) for a member's page."""
    stmt = (
        select(Alliance.id, Alliance.name, AllianceMembership.role)
        .join(AllianceMembership, AllianceMembership.alliance_id == Alliance.id)
        .where(
            AllianceMembership.member_id == member_id,
            AllianceMembership.deleted_at.is_(None),
            Alliance.deleted_at.is_(None),
        )
        .order_by(Alliance.name)
    )
    return [(r[0], r[1], r[2].value) for r in uow.session.execute(stmt)]
