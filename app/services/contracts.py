"""Contracts: drafted from a template (or an agreed match), edited, reviewed and approved.

Lifecycle (one service function per transition; the allowed moves are in TRANSITIONS):
draft → in_review → approved | returned (with comments) → in_review …; approved →
awaiting_signature (a PDF issued, contract_issue.py) → signed → in_execution. Every saved change
keeps a ContractRevision with the whole contract, so any two revisions can be compared. A draft
or returned contract is edited freely; changing an approved or issued one sends it back to draft
(it needs review again) and voids the issued PDF with any signatures recorded on it."""

import difflib
import json
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from app.errors import DomainError, ValidationError
from app.models import (
    Contract,
    ContractClause,
    ContractIssue,
    ContractParty,
    ContractRevision,
    ContractStatus,
    Listing,
    Match,
    MatchStatus,
    PaymentInstalment,
    utcnow,
)
from app.services import contract_document as doc
from app.services.contract_data import (
    SCALAR_FIELDS,
    Change,
    ClauseData,
    ContractData,
    ContractDetail,
    InstalmentData,
    PartyData,
    RevisionRow,
    clause_context,
    data_from_context,
    from_snapshot,
    to_snapshot,
    validate,
)
from app.services.contract_drafts import a_year_later
from app.services.contract_templates import COORDINATOR, load_template, render_clauses
from app.services.numbering import take_numbers, with_series
from app.services.permissions import Action
from app.services.uow import Actor, UnitOfWork, live_record, stale_record

S = ContractStatus
TRANSITIONS: dict[ContractStatus, set[ContractStatus]] = {
    S.DRAFT: {S.IN_REVIEW, S.VOID},
    S.IN_REVIEW: {S.APPROVED, S.RETURNED},
    S.RETURNED: {S.IN_REVIEW, S.VOID},
    S.APPROVED: {S.AWAITING_SIGNATURE, S.DRAFT},
    S.AWAITING_SIGNATURE: {S.SIGNED, S.DRAFT},
    S.SIGNED: {S.IN_EXECUTION},
    S.IN_EXECUTION: {S.COMPLETED, S.TERMINATED},
    S.COMPLETED: set(),
    S.TERMINATED: set(),
    S.VOID: set(),
}
EDITABLE = {S.DRAFT, S.RETURNED}
REOPENED = {S.APPROVED, S.AWAITING_SIGNATURE}  # a change sends these back to draft
NUMBER_PREFIX = "HX"  # HX-2026-000001; on a laptop with the series L2: HX-L2-2026-000001
# The template roles of the side that offers the technology (an agreed match's supply).
SUPPLY_SIDE_ROLES = frozenset(
    {"transferor", "licensor", "developer", "provider", "consultant", "disclosing", "partner_b"}
)


# -- loading, numbering, refusing ---------------------------------------------------------------


def _load(uow: UnitOfWork, contract_id: str, expected_version: int | None = None) -> Contract:
    contract = live_record(uow, Contract, contract_id, "contract")
    if expected_version is not None and contract.version != expected_version:
        raise stale_record()
    return contract


def _next_number(uow: UnitOfWork, year: int) -> str:
    """The next contract number of this site's series for `year` (numbering.py)."""
    prefix = with_series(uow, f"{NUMBER_PREFIX}-") + f"{year}-"

    def highest() -> int:
        last = uow.session.scalar(
            select(func.max(Contract.number)).where(Contract.number.like(prefix + "%"))
        )
        return int(last[len(prefix) :]) if last else 0

    return f"{prefix}{take_numbers(uow, prefix, 1, highest):06d}"


def _allow(contract: Contract, target: ContractStatus) -> None:
    if target in TRANSITIONS[contract.status]:
        return
    sources = sorted(s.value for s, targets in TRANSITIONS.items() if target in targets)
    raise DomainError(
        "Contract {number} is {current}, so it cannot become {target}; only a contract that is "
        "{sources} can.",
        number=contract.number,
        current=contract.status.value.replace("_", " "),
        target=target.value.replace("_", " "),
        sources=" or ".join(s.replace("_", " ") for s in sources),
    )


# -- reading ------------------------------------------------------------------------------------


def _data(contract: Contract) -> ContractData:
    return ContractData(
        **{name: getattr(contract, name) for name in SCALAR_FIELDS},
        parties=tuple(
            PartyData(
                p.role,
                p.role_label,
                p.name,
                p.member_id,
                p.address,
                p.registration_code,
                p.representative,
                p.signatory_name,
                p.signatory_title,
                p.benefit_share,
            )
            for p in contract.parties
            if p.deleted_at is None
        ),
        clauses=tuple(
            ClauseData(c.key, c.heading, c.text, c.template_text)
            for c in contract.clauses
            if c.deleted_at is None
        ),
        schedule=tuple(
            InstalmentData(i.milestone, i.amount, i.due_date)
            for i in contract.instalments
            if i.deleted_at is None
        ),
    )


def _detail(contract: Contract) -> ContractDetail:
    return ContractDetail(
        contract.id,
        contract.version,
        contract.number,
        contract.status.value,
        contract.template_id,
        contract.kind,
        contract.language,
        contract.match_id,
        contract.review_comments,
        contract.updated_by,
        _data(contract),
    )


def get_contract(uow: UnitOfWork, contract_id: str) -> ContractDetail:
    return _detail(_load(uow, contract_id))


def revisions(uow: UnitOfWork, contract_id: str) -> list[RevisionRow]:
    """The contract's revisions, oldest first."""
    _load(uow, contract_id)
    rows = uow.session.scalars(
        select(ContractRevision)
        .where(ContractRevision.contract_id == contract_id)
        .order_by(ContractRevision.number)
    )
    return [RevisionRow(r.number, r.saved_at, r.saved_by) for r in rows]


def revision_data(uow: UnitOfWork, contract_id: str, number: int) -> ContractData:
    row = uow.session.scalar(
        select(ContractRevision).where(
            ContractRevision.contract_id == contract_id, ContractRevision.number == number
        )
    )
    if row is None:
        raise DomainError("This contract has no revision {number}.", number=number)
    return from_snapshot(json.loads(row.snapshot))


# -- writing ------------------------------------------------------------------------------------


def _rendered(contract: Contract, data: ContractData) -> ContractData:
    """The clauses with the template's text rendered from `data`: a clause whose text the clerk
    has not changed follows the template; an edited one keeps the clerk's text."""
    template = load_template(contract.template_id)
    fresh = {c.key: c for c in render_clauses(template, clause_context(data))}
    if not data.clauses:
        clauses = tuple(ClauseData(c.key, c.heading, c.text, c.text) for c in fresh.values())
    else:
        clauses = tuple(
            ClauseData(
                c.key,
                c.heading,
                fresh[c.key].text if c.text == c.template_text and c.key in fresh else c.text,
                fresh[c.key].text if c.key in fresh else "",
            )
            for c in data.clauses
        )
    return ContractData(**{**data.__dict__, "clauses": clauses})


def _write_rows(
    uow: UnitOfWork, contract: Contract, model: type[Any], current: list[Any], wanted: list[Any]
) -> None:
    """Put `wanted` (PartyData, ClauseData or InstalmentData, in order) into the rows at those
    positions: a row whose values are unchanged stays untouched, a changed one is updated, a
    missing one added, and rows beyond the end become tombstones (never deleted: DESIGN §5)."""
    live = sorted((r for r in current if r.deleted_at is None), key=lambda r: r.position)
    for i, values in enumerate(wanted):
        if i < len(live):
            row = live[i]
            for name, value in {**values.__dict__, "position": i}.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
        else:
            uow.session.add(model(contract_id=contract.id, position=i, **values.__dict__))
    for row in live[len(wanted) :]:
        row.deleted_at = utcnow()


def _write(uow: UnitOfWork, contract: Contract, data: ContractData, by: Actor) -> None:
    """Put `data` into the contract's rows and keep a revision with the whole contract."""
    for name in SCALAR_FIELDS:
        setattr(contract, name, getattr(data, name))
    _write_rows(uow, contract, ContractParty, list(contract.parties), list(data.parties))
    _write_rows(uow, contract, ContractClause, list(contract.clauses), list(data.clauses))
    _write_rows(uow, contract, PaymentInstalment, list(contract.instalments), list(data.schedule))
    uow.flush()
    uow.session.expire(contract, ["parties", "clauses", "instalments"])
    last = uow.session.scalar(
        select(func.max(ContractRevision.number)).where(ContractRevision.contract_id == contract.id)
    )
    uow.session.add(
        ContractRevision(
            contract_id=contract.id,
            number=(last or 0) + 1,
            saved_at=utcnow(),
            saved_by=by.name,
            snapshot=json.dumps(to_snapshot(data), ensure_ascii=False, sort_keys=True),
        )
    )
    uow.flush()


def create_contract(
    uow: UnitOfWork,
    template_id: str,
    data_or_context: ContractData | dict[str, Any],
    by: Actor,
    *,
    match_id: str | None = None,
) -> ContractDetail:
    """A new draft from a template; its clauses are the template's, rendered from the data."""
    uow.acting(by, Action.EDIT_CONTRACTS)
    template = load_template(template_id)
    data = (
        data_or_context
        if isinstance(data_or_context, ContractData)
        else data_from_context(data_or_context)
    )
    labels = {r.key: r.label for r in template.roles}
    data = ContractData(
        **{
            **data.__dict__,
            "title": data.title or template.info.title,
            "parties": tuple(
                PartyData(**{**p.__dict__, "role_label": p.role_label or labels.get(p.role, "")})
                for p in data.parties
            ),
        }
    )
    contract = Contract(
        number=_next_number(uow, date.today().year),
        **{name: getattr(data, name) for name in SCALAR_FIELDS},
        template_id=template_id,
        kind=template.info.type,
        language=template.info.language,
        status=S.DRAFT,
        match_id=match_id,
    )
    uow.session.add(contract)
    uow.flush()
    _write(uow, contract, _rendered(contract, data), by)
    return _detail(contract)


def void_issue(uow: UnitOfWork, contract: Contract, reason: str) -> None:
    """Void the PDF issued for signature (if any), with the signatures recorded on it."""
    for issue in uow.session.scalars(
        select(ContractIssue).where(
            ContractIssue.contract_id == contract.id, ContractIssue.voided_at.is_(None)
        )
    ):
        issue.voided_at = utcnow()
        issue.void_reason = reason


def contract_from_match(
    uow: UnitOfWork, match_id: str, template_id: str, by: Actor
) -> ContractDetail:
    """A draft for an agreed match: the supply's member takes the role that offers the
    technology (transferor, licensor, developer, provider, consultant, the disclosing party, the
    second partner), the demand's member the other; a three-party template's coordinator is left
    for the clerk to name (the contract cannot be saved again or submitted until it is)."""
    uow.acting(by, Action.EDIT_CONTRACTS)
    match = live_record(uow, Match, match_id, "match")
    if match.status is not MatchStatus.AGREED:
        raise DomainError(
            "This match is {status}, not agreed; a contract is drafted only for an agreed match. "
            "Record the agreement first.",
            status=match.status.value,
        )
    template = load_template(template_id)
    demand, supply = match.demand, match.supply
    parties = []
    for role in template.roles:
        member = (
            None
            if role.key == COORDINATOR
            else supply.member
            if role.key in SUPPLY_SIDE_ROLES
            else demand.member
        )
        parties.append(
            PartyData(
                role.key,
                role.label,
                member.name if member else "",
                member.id if member else None,
                member.address if member else "",
                (member.registration_code or "") if member else "",
            )
        )
    value = _budget(demand) or _budget(supply) or Decimal(0)
    today = date.today()
    data = ContractData(
        title=template.info.title,
        subject=supply.title,
        value=value,
        currency=demand.currency or supply.currency,
        start_date=today,
        end_date=a_year_later(today),
        confidentiality_years=5,
        parties=tuple(parties),
    )
    return create_contract(uow, template_id, data, by, match_id=match.id)


def _budget(listing: Listing) -> Decimal | None:
    return listing.budget_max or listing.budget_min


def update_contract(
    uow: UnitOfWork, contract_id: str, expected_version: int, data: ContractData, by: Actor
) -> ContractDetail:
    """Save the editor's contract as a new revision. A draft or returned contract keeps its
    status; an approved or issued one goes back to draft and its issued PDF becomes void."""
    uow.acting(by, Action.EDIT_CONTRACTS)
    contract = _load(uow, contract_id, expected_version)
    if contract.status is S.IN_REVIEW:
        raise DomainError(
            "Contract {number} is in review; wait until the supervisor approves or returns it.",
            number=contract.number,
        )
    if contract.status not in EDITABLE | REOPENED:
        raise DomainError(
            "Contract {number} is {status}; only a contract that is not yet signed can be changed.",
            number=contract.number,
            status=contract.status.value.replace("_", " "),
        )
    validate(data)
    if contract.status in REOPENED:
        void_issue(uow, contract, "The contract was changed after it was approved.")
        contract.status = S.DRAFT
    contract.updated_at = utcnow()  # bumps the version even when only clauses changed
    _write(uow, contract, _rendered(contract, data), by)
    uow.flush()
    return _detail(contract)


def restore_template_text(
    uow: UnitOfWork, contract_id: str, clause_key: str, by: Actor
) -> ContractDetail:
    """Put the template's text back into a clause the clerk edited."""
    uow.acting(by, Action.EDIT_CONTRACTS)
    current = _data(_load(uow, contract_id))
    if not any(c.key == clause_key and c.template_text for c in current.clauses):
        raise DomainError("This clause was added by hand, so it has no template text to restore.")
    clauses = tuple(
        ClauseData(c.key, c.heading, c.template_text, c.template_text) if c.key == clause_key else c
        for c in current.clauses
    )
    detail = get_contract(uow, contract_id)
    return update_contract(
        uow,
        contract_id,
        detail.version,
        ContractData(**{**current.__dict__, "clauses": clauses}),
        by,
    )


# -- review -------------------------------------------------------------------------------------


def submit_for_review(
    uow: UnitOfWork, contract_id: str, by: Actor, expected_version: int | None = None
) -> ContractDetail:
    """Send a complete draft (or a returned contract) to a supervisor."""
    uow.acting(by, Action.EDIT_CONTRACTS)
    contract = _load(uow, contract_id, expected_version)
    _allow(contract, S.IN_REVIEW)
    validate(_data(contract))
    contract.status = S.IN_REVIEW
    uow.flush()
    return _detail(contract)


def approve_contract(
    uow: UnitOfWork, contract_id: str, by: Actor, expected_version: int | None = None
) -> ContractDetail:
    uow.acting(by, Action.APPROVE_CONTRACTS)
    contract = _load(uow, contract_id, expected_version)
    _allow(contract, S.APPROVED)
    contract.status = S.APPROVED
    contract.review_comments = ""
    uow.flush()
    return _detail(contract)


def return_contract(
    uow: UnitOfWork,
    contract_id: str,
    comments: str,
    by: Actor,
    expected_version: int | None = None,
) -> ContractDetail:
    """Send a contract in review back to the clerk, saying what to change."""
    uow.acting(by, Action.APPROVE_CONTRACTS)
    contract = _load(uow, contract_id, expected_version)
    _allow(contract, S.RETURNED)
    if not comments.strip():
        raise ValidationError({"review_comments": "Say what the clerk should change."})
    contract.status = S.RETURNED
    contract.review_comments = comments.strip()
    uow.flush()
    return _detail(contract)


# -- comparing revisions ------------------------------------------------------------------------


def _rows_changes(area: str, prefix: str, before: list[dict], after: list[dict]) -> list[Change]:
    changes = []
    for i in range(max(len(before), len(after))):
        old = before[i] if i < len(before) else {}
        new = after[i] if i < len(after) else {}
        for name in sorted(set(old) | set(new)):
            if old.get(name) != new.get(name):
                changes.append(Change(area, f"{prefix}.{i}.{name}", old.get(name), new.get(name)))
    return changes


def compare_revisions(uow: UnitOfWork, contract_id: str, a: int, b: int) -> list[Change]:
    """What changed from revision `a` to revision `b`: fields, parties (by position), clauses
    (by key, with difflib opcodes for a changed text) and instalments (by position)."""
    old = to_snapshot(revision_data(uow, contract_id, a))
    new = to_snapshot(revision_data(uow, contract_id, b))
    changes = [
        Change("field", name, old[name], new[name])
        for name in SCALAR_FIELDS
        if old[name] != new[name]
    ]
    changes += _rows_changes("party", "parties", old["parties"], new["parties"])
    old_clauses = {c["key"]: (i, c) for i, c in enumerate(old["clauses"])}
    new_clauses = {c["key"]: (i, c) for i, c in enumerate(new["clauses"])}
    for key in [*old_clauses, *(k for k in new_clauses if k not in old_clauses)]:
        none: tuple[int | None, dict[str, Any]] = (None, {})
        (i, before), (j, after) = old_clauses.get(key, none), new_clauses.get(key, none)
        if i != j:
            changes.append(Change("clause", f"clauses.{key}.position", i, j))
        if before.get("heading") != after.get("heading"):
            changes.append(
                Change(
                    "clause", f"clauses.{key}.heading", before.get("heading"), after.get("heading")
                )
            )
        if before.get("text") != after.get("text"):
            x, y = before.get("text") or "", after.get("text") or ""
            opcodes = tuple(
                op
                for op in difflib.SequenceMatcher(None, x, y, autojunk=False).get_opcodes()
                if op[0] != "equal"
            )
            changes.append(Change("clause", f"clauses.{key}.text", x, y, opcodes))
    changes += _rows_changes("instalment", "schedule", old["schedule"], new["schedule"])
    return changes


# -- the document -------------------------------------------------------------------------------


def contract_document(uow: UnitOfWork, contract_id: str) -> doc.ContractDocument:
    """What the contract's PDF shows."""
    contract = _load(uow, contract_id)
    data = _data(contract)
    return doc.ContractDocument(
        number=contract.number,
        title=data.title,
        language="zh" if contract.language == "zh" else "en",
        parties=tuple(
            doc.ContractParty(
                p.role_label or p.role,
                p.name,
                p.address,
                p.registration_code,
                p.signatory_name,
                p.signatory_title,
            )
            for p in data.parties
        ),
        clauses=tuple(doc.ContractClause(c.heading, c.text) for c in data.clauses),
        value=data.value,
        currency=data.currency,
        payments=tuple(
            doc.PaymentRow(i.milestone, i.amount, i.due_date, data.currency) for i in data.schedule
        ),
        signing_place=data.signing_place,
    )
