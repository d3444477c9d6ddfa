"""What needs attention today (the Home screen): a section per kind of waiting work, each with
how many there are and the first few, the longest-waiting or most urgent first.

- Listings: a supervisor (who may verify) sees the submitted listings waiting for verification;
  everyone else sees the listings returned to the clerks. Everyone sees the published listings
  whose validity ends within WARNING_DAYS (counted in whole days: expiring on today +
  WARNING_DAYS is in, a day later is out).
- Matches waiting for an answer: proposed or interested, with nothing recorded (no event of any
  kind: interest, meeting, call, note, change of status) for more than ANSWER_DAYS days, that
  is since ANSWER_DAYS + 1 days or longer. A match without events counts from its proposal.
- Contracts: a supervisor sees those in review (awaiting approval); everyone else those returned
  with comments. Everyone sees those to be signed: approved but not yet issued for signature,
  and issued, with the parties that have not signed yet.
- Milestones of running projects: overdue (open, due before today) and due within
  DUE_SOON_DAYS (today included).

Days are calendar days in local time. One query a section (its count comes with its first rows,
`count(*) over ()`), plus two for the parties and signatures of the contracts shown."""

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, Subquery, and_, func, or_, select

from app.models import (
    Contract,
    ContractIssue,
    ContractParty,
    ContractSignature,
    ContractStatus,
    Listing,
    ListingStatus,
    Match,
    MatchEvent,
    MatchStatus,
    Member,
    Milestone,
    Project,
    ProjectStatus,
    utcnow,
)
from app.services.alert_data import (
    DUE,
    EXPIRES,
    IN_REVIEW,
    INTERESTED_QUIET,
    NOT_ISSUED,
    OVERDUE,
    PROPOSED_NO_ANSWER,
    PROPOSED_QUIET,
    RETURNED,
    SIGNATURES,
    SUBMITTED,
    TEMPLATES,
    Attention,
    AttentionItem,
    AttentionSection,
    Reason,
    SectionKey,
    ago,
    ahead,
    day_of,
    start_of,
)
from app.services.listing_search import WARNING_DAYS
from app.services.match_data import DemandListing, DemandMember, SupplyListing, SupplyMember
from app.services.permissions import Action, Actor, may
from app.services.uow import UnitOfWork

ANSWER_DAYS = 7
"""A proposed or interested match with nothing recorded for longer than this is waiting."""
DUE_SOON_DAYS = 14
"""An open milestone due within this many days (today included) is due soon."""
LIMIT = 6
"""How many items a section lists (its count says how many there are in all)."""


def _paged(
    uow: UnitOfWork,
    stmt: Select[*tuple[Any, ...]],
    order: Sequence[Any],  # columns or expressions, as order_by takes them
    limit: int,
    dress: Callable[[Subquery], Select[*tuple[Any, ...]]] | None = None,
) -> tuple[int, list[Any]]:
    """How many rows stmt finds in all and the first `limit` of them in `order` (one query).
    `dress` joins what is only shown (names, titles) to those first rows alone."""
    page = (
        stmt.add_columns(
            func.count().over().label("total"),
            func.row_number().over(order_by=list(order)).label("place"),
        )
        .order_by(*order)
        .limit(limit)
        .subquery()
    )
    outer = dress(page) if dress else select(page)
    rows = list(uow.session.execute(outer.order_by(page.c.place)))
    return (int(rows[0].total) if rows else 0), rows


# -- listings -------------------------------------------------------------------------------------


def _listing_select(*conditions: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
    return select(
        Listing.id,
        Listing.title,
        Listing.reference,
        Listing.member_id,
        Listing.updated_at,
        Listing.expires_at,
        Listing.return_reasons,
    ).where(Listing.deleted_at.is_(None), *conditions)


def _with_member(page: Subquery) -> Select[*tuple[Any, ...]]:
    return select(page, Member.name.label("member")).join(Member, Member.id == page.c.member_id)


def _listing_context(row: Any) -> str:
    return " · ".join(p for p in (row.reference or "", row.member) if p)


def _waiting_listings(uow: UnitOfWork, actor: Actor, today: date, limit: int) -> AttentionSection:
    verifier = may(actor, Action.VERIFY_LISTINGS)
    status = ListingStatus.SUBMITTED if verifier else ListingStatus.RETURNED
    stmt = _listing_select(Listing.status == status)
    count, rows = _paged(uow, stmt, (Listing.updated_at, Listing.id), limit, _with_member)
    texts = SUBMITTED if verifier else RETURNED
    items = tuple(
        AttentionItem(
            "listing",
            r.id,
            r.title,
            _listing_context(r),
            ago(day_of(r.updated_at), today, *texts),
            day_of(r.updated_at),
            note="" if verifier else r.return_reasons,
        )
        for r in rows
    )
    key = SectionKey.LISTINGS_TO_VERIFY if verifier else SectionKey.LISTINGS_RETURNED
    return AttentionSection(key, count, items)


def _expiring_listings(uow: UnitOfWork, now: datetime, today: date, limit: int) -> AttentionSection:
    stmt = _listing_select(
        Listing.status == ListingStatus.PUBLISHED,
        Listing.expires_at > now,
        Listing.expires_at < start_of(today + timedelta(days=WARNING_DAYS + 1)),
    )
    count, rows = _paged(uow, stmt, (Listing.expires_at, Listing.id), limit, _with_member)
    items = tuple(
        AttentionItem(
            "listing",
            r.id,
            r.title,
            _listing_context(r),
            ahead(day_of(r.expires_at), today, *EXPIRES),
            day_of(r.expires_at),
        )
        for r in rows
    )
    return AttentionSection(SectionKey.LISTINGS_EXPIRING, count, items)


# -- matches --------------------------------------------------------------------------------------


def _waiting_matches(uow: UnitOfWork, today: date, limit: int) -> AttentionSection:
    cutoff = today - timedelta(days=ANSWER_DAYS)
    last = (
        select(MatchEvent.match_id, func.max(MatchEvent.happened_on).label("day"))
        .where(MatchEvent.deleted_at.is_(None))
        .group_by(MatchEvent.match_id)
        .subquery()
    )
    began = func.coalesce(Match.proposed_at, Match.created_at)
    stmt = (
        select(
            Match.id,
            Match.status,
            Match.demand_id,
            Match.supply_id,
            began.label("began"),
            last.c.day.label("last_event"),
        )
        .outerjoin(last, last.c.match_id == Match.id)
        .where(
            Match.deleted_at.is_(None),
            Match.status.in_([MatchStatus.PROPOSED, MatchStatus.INTERESTED]),
            or_(last.c.day.is_(None), last.c.day < cutoff),
            began < start_of(cutoff),
        )
    )
    order = (last.c.day.asc().nulls_first(), began, Match.id)
    count, rows = _paged(uow, stmt, order, limit, _with_listings)
    items = []
    for r in rows:
        proposed = day_of(r.began)
        last_day = max(r.last_event or proposed, proposed)
        items.append(
            AttentionItem(
                "match",
                r.id,
                f"{r.demand_title} ↔ {r.supply_title}",
                f"{r.demand_member} ↔ {r.supply_member}",
                _match_reason(r.status, proposed, last_day, today),
                last_day,
            )
        )
    return AttentionSection(SectionKey.MATCHES_WAITING, count, tuple(items))


def _with_listings(page: Subquery) -> Select[*tuple[Any, ...]]:
    return (
        select(
            page,
            DemandListing.title.label("demand_title"),
            SupplyListing.title.label("supply_title"),
            DemandMember.name.label("demand_member"),
            SupplyMember.name.label("supply_member"),
        )
        .join(DemandListing, DemandListing.id == page.c.demand_id)
        .join(SupplyListing, SupplyListing.id == page.c.supply_id)
        .join(DemandMember, DemandMember.id == DemandListing.member_id)
        .join(SupplyMember, SupplyMember.id == SupplyListing.member_id)
    )


def _match_reason(status: MatchStatus, proposed: date, last: date, today: date) -> Reason:
    days, quiet = (today - proposed).days, (today - last).days
    if status is MatchStatus.INTERESTED:
        return Reason(INTERESTED_QUIET, {"quiet": quiet})
    if last == proposed:
        return Reason(PROPOSED_NO_ANSWER, {"days": days})
    return Reason(PROPOSED_QUIET, {"days": days, "quiet": quiet})


# -- contracts ------------------------------------------------------------------------------------


def _contract_rows(
    uow: UnitOfWork, statuses: Iterable[ContractStatus], limit: int
) -> tuple[int, list[Any]]:
    stmt = select(
        Contract.id,
        Contract.number,
        Contract.title,
        Contract.status,
        Contract.updated_at,
        Contract.review_comments,
    ).where(Contract.deleted_at.is_(None), Contract.status.in_(list(statuses)))
    return _paged(uow, stmt, (Contract.updated_at, Contract.id), limit)


def _parties(uow: UnitOfWork, contract_ids: list[str]) -> dict[str, list[str]]:
    """Each contract's live parties' names (the member's short name when it has one), in the
    contract's order: the index in this list is the party's place on the issued PDF."""
    if not contract_ids:
        return {}
    stmt = (
        select(
            ContractParty.contract_id,
            ContractParty.name,
            ContractParty.role_label,
            Member.short_name,
        )
        .outerjoin(Member, Member.id == ContractParty.member_id)
        .where(ContractParty.contract_id.in_(contract_ids), ContractParty.deleted_at.is_(None))
        .order_by(ContractParty.contract_id, ContractParty.position)
    )
    names: dict[str, list[str]] = {}
    for contract_id, name, role_label, short_name in uow.session.execute(stmt):
        names.setdefault(contract_id, []).append(short_name or name or role_label)
    return names


def _signed_positions(uow: UnitOfWork, contract_ids: list[str]) -> dict[str, set[int]]:
    """For each contract with an issue in force, the places of the parties that signed it."""
    if not contract_ids:
        return {}
    stmt = (
        select(ContractIssue.contract_id, ContractSignature.party_position)
        .outerjoin(
            ContractSignature,
            and_(
                ContractSignature.issue_id == ContractIssue.id,
                ContractSignature.deleted_at.is_(None),
            ),
        )
        .where(
            ContractIssue.contract_id.in_(contract_ids),
            ContractIssue.voided_at.is_(None),
            ContractIssue.deleted_at.is_(None),
        )
    )
    signed: dict[str, set[int]] = {}
    for contract_id, position in uow.session.execute(stmt):
        found = signed.setdefault(contract_id, set())
        if position is not None:
            found.add(position)
    return signed


def _contract_sections(
    uow: UnitOfWork, actor: Actor, today: date, limit: int
) -> tuple[AttentionSection, AttentionSection]:
    approver = may(actor, Action.APPROVE_CONTRACTS)
    review_status = ContractStatus.IN_REVIEW if approver else ContractStatus.RETURNED
    review_count, review_rows = _contract_rows(uow, [review_status], limit)
    sign_count, sign_rows = _contract_rows(
        uow, [ContractStatus.APPROVED, ContractStatus.AWAITING_SIGNATURE], limit
    )
    parties = _parties(uow, [r.id for r in (*review_rows, *sign_rows)])
    signed = _signed_positions(
        uow, [r.id for r in sign_rows if r.status is ContractStatus.AWAITING_SIGNATURE]
    )

    def item(r: Any, reason: Reason, note: str = "") -> AttentionItem:
        context = " · ".join([r.number, *parties.get(r.id, [])])
        return AttentionItem("contract", r.id, r.title, context, reason, day_of(r.updated_at), note)

    texts = IN_REVIEW if approver else RETURNED
    review = AttentionSection(
        SectionKey.CONTRACTS_TO_APPROVE if approver else SectionKey.CONTRACTS_RETURNED,
        review_count,
        tuple(
            item(r, ago(day_of(r.updated_at), today, *texts), "" if approver else r.review_comments)
            for r in review_rows
        ),
    )
    sign = AttentionSection(
        SectionKey.CONTRACTS_TO_SIGN,
        sign_count,
        tuple(item(r, _signature_reason(r, today, parties, signed)) for r in sign_rows),
    )
    return review, sign


def _signature_reason(
    row: Any, today: date, parties: dict[str, list[str]], signed: dict[str, set[int]]
) -> Reason:
    if row.status is ContractStatus.APPROVED or row.id not in signed:
        return ago(
            day_of(row.updated_at),
            today,
            *NOT_ISSUED,
        )
    names = parties.get(row.id, [])
    missing = [name for i, name in enumerate(names) if i not in signed[row.id]]
    return Reason(
        SIGNATURES,
        {"missing": len(missing), "total": len(names), "names": ", ".join(missing)},
    )


# -- milestones -----------------------------------------------------------------------------------


def _milestones(uow: UnitOfWork, today: date, limit: int, *, overdue: bool) -> AttentionSection:
    if overdue:
        when = Milestone.due_date < today
    else:
        when = and_(
            Milestone.due_date >= today,
            Milestone.due_date <= today + timedelta(days=DUE_SOON_DAYS),
        )
    stmt = (
        select(
            Milestone.id,
            Milestone.title,
            Milestone.due_date,
            Milestone.position,
            Milestone.project_id,
            Project.title.label("project"),
            Project.contract_id,
        )
        .join(Project, Project.id == Milestone.project_id)
        .where(
            Milestone.deleted_at.is_(None),
            Milestone.completed_on.is_(None),
            Project.deleted_at.is_(None),
            Project.status == ProjectStatus.RUNNING,
            when,
        )
    )
    order = (Milestone.due_date, Milestone.position, Milestone.id)
    count, rows = _paged(uow, stmt, order, limit, _with_contract_number)
    items = tuple(
        AttentionItem(
            "milestone",
            r.id,
            r.title,
            f"{r.number} · {r.project}",
            _overdue_reason(r.due_date, today) if overdue else ahead(r.due_date, today, *DUE),
            r.due_date,
            project_id=r.project_id,
            contract_id=r.contract_id,
        )
        for r in rows
    )
    key = SectionKey.MILESTONES_OVERDUE if overdue else SectionKey.MILESTONES_DUE
    return AttentionSection(key, count, items)


def _with_contract_number(page: Subquery) -> Select[*tuple[Any, ...]]:
    return select(page, Contract.number).join(Contract, Contract.id == page.c.contract_id)


def _overdue_reason(due: date, today: date) -> Reason:
    days = (today - due).days
    return Reason(OVERDUE[0]) if days == 1 else Reason(OVERDUE[1], {"days": days})


# -- the whole page -------------------------------------------------------------------------------


def attention(
    uow: UnitOfWork, actor: Actor, *, today: date | None = None, limit: int = LIMIT
) -> Attention:
    """What needs attention on `today` (default: now, in local time), for this actor's role:
    every section, in the order of the work (listings, matches, contracts, milestones)."""
    if today is None:
        now = utcnow()
        today = day_of(now)
    else:
        now = start_of(today)
    review, sign = _contract_sections(uow, actor, today, limit)
    return Attention(
        today,
        (
            _waiting_listings(uow, actor, today, limit),
            _expiring_listings(uow, now, today, limit),
            _waiting_matches(uow, today, limit),
            review,
            sign,
            _milestones(uow, today, limit, overdue=True),
            _milestones(uow, today, limit, overdue=False),
        ),
    )


__all__ = [
    "ANSWER_DAYS",
    "DUE_SOON_DAYS",
    "LIMIT",
    "TEMPLATES",
    "WARNING_DAYS",
    "Attention",
    "AttentionItem",
    "AttentionSection",
    "Reason",
    "SectionKey",
    "attention",
]
