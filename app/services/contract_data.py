"""What the contract editor holds, as plain values, and what the contract services give back.

`ContractData` is the whole editable contract (fields, parties, clauses, schedule); a revision's
snapshot is its JSON form (`to_snapshot` / `from_snapshot`), so two revisions compare field by
field. `clause_context` is what the template clauses are rendered from."""

from dataclasses import asdict, dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.errors import ValidationError, problem

SCALAR_FIELDS = (
    "title",
    "subject",
    "value",
    "currency",
    "start_date",
    "end_date",
    "ip_ownership",
    "risk_sharing",
    "confidentiality_years",
    "dispute_method",
    "dispute_body",
    "governing_law",
    "signing_place",
)


@dataclass(frozen=True)
class PartyData:
    role: str  # the template's role key, e.g. "transferor"
    role_label: str = ""  # what the contract calls the party, e.g. "Party A (Transferor)"
    name: str = ""
    member_id: str | None = None
    address: str = ""
    registration_code: str = ""
    representative: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    benefit_share: Decimal | None = None  # percent


@dataclass(frozen=True)
class ClauseData:
    key: str  # the template clause's key; a clause the clerk adds gets any unique key
    heading: str
    text: str
    template_text: str = ""  # filled by the services, never by the editor


@dataclass(frozen=True)
class InstalmentData:
    milestone: str
    amount: Decimal
    due_date: date | None = None


@dataclass(frozen=True)
class ContractData:
    title: str = ""
    subject: str = ""
    value: Decimal = Decimal(0)
    currency: str = "CNY"
    start_date: date | None = None
    end_date: date | None = None
    ip_ownership: str = ""
    risk_sharing: str = ""
    confidentiality_years: int | None = None
    dispute_method: str = "arbitration"
    dispute_body: str = ""
    governing_law: str = ""
    signing_place: str = ""
    parties: tuple[PartyData, ...] = ()
    clauses: tuple[ClauseData, ...] = ()  # empty on creation: the template's clauses are used
    schedule: tuple[InstalmentData, ...] = ()


@dataclass(frozen=True)
class ContractDetail:
    id: str
    version: int
    number: str
    status: str
    template_id: str
    kind: str
    language: str
    match_id: str | None
    review_comments: str
    updated_by: str
    data: ContractData


@dataclass(frozen=True)
class RevisionRow:
    number: int
    saved_at: datetime
    saved_by: str


@dataclass(frozen=True)
class Change:
    """One difference between two revisions. area: field, party, clause or instalment; key:
    which one (`value`, `parties.1.name`, `clauses.subject.text`, `schedule.0.amount`); for a
    clause's text, `opcodes` are difflib's (tag, i1, i2, j1, j2) over before → after."""

    area: str
    key: str
    before: Any
    after: Any
    opcodes: tuple[tuple[str, int, int, int, int], ...] = ()


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):  # 70 and 70.00 (as stored) are the same amount
        return format(value.normalize(), "f")
    return value


def to_snapshot(data: ContractData) -> dict[str, Any]:
    """The contract as JSON-ready values (dates ISO 8601, amounts decimal strings)."""
    raw = asdict(data)
    out: dict[str, Any] = {name: _plain(raw[name]) for name in SCALAR_FIELDS}
    for part in ("parties", "clauses", "schedule"):
        out[part] = [{k: _plain(v) for k, v in item.items()} for item in raw[part]]
    return out


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _decimal(value: Any) -> Decimal | None:
    return None if value is None or value == "" else Decimal(str(value))


def from_snapshot(snapshot: dict[str, Any]) -> ContractData:
    scalars: dict[str, Any] = {name: snapshot.get(name) for name in SCALAR_FIELDS}
    scalars["value"] = _decimal(scalars["value"]) or Decimal(0)
    scalars["start_date"] = _date(scalars["start_date"])
    scalars["end_date"] = _date(scalars["end_date"])
    party_fields = {f.name for f in fields(PartyData)}
    parties = tuple(
        PartyData(
            **{k: v for k, v in p.items() if k in party_fields}
            | {"benefit_share": _decimal(p.get("benefit_share"))}
        )
        for p in snapshot.get("parties", [])
    )
    clauses = tuple(ClauseData(**c) for c in snapshot.get("clauses", []))
    schedule = tuple(
        InstalmentData(i["milestone"], Decimal(i["amount"]), _date(i.get("due_date")))
        for i in snapshot.get("schedule", [])
    )
    return ContractData(**scalars, parties=parties, clauses=clauses, schedule=schedule)


def clause_context(data: ContractData) -> dict[str, Any]:
    """The values the template clauses see (the shape contract_templates.render_clauses reads)."""
    shares = {p.role: p.benefit_share for p in data.parties if p.benefit_share is not None}
    return {
        "parties": [
            {
                "role": p.role,
                "name": p.name,
                "address": p.address,
                "representative": p.representative,
                "registration_code": p.registration_code,
            }
            for p in data.parties
        ],
        "subject": data.subject,
        "value": data.value,
        "currency": data.currency,
        "payment_schedule": [
            {"milestone": i.milestone, "amount": i.amount, "due": i.due_date} for i in data.schedule
        ],
        "start_date": data.start_date,
        "end_date": data.end_date,
        "ip_ownership": data.ip_ownership,
        "benefit_sharing": shares,
        "risk_sharing": data.risk_sharing,
        "confidentiality_years": data.confidentiality_years,
        "dispute_resolution": {"method": data.dispute_method, "body": data.dispute_body},
        "governing_law": data.governing_law,
        "signing_place": data.signing_place,
    }


def data_from_context(context: dict[str, Any], title: str = "") -> ContractData:
    """A ContractData from a render context (the shape sample contexts and imports use)."""
    shares = context.get("benefit_sharing") or {}
    dispute = context.get("dispute_resolution") or {}
    return ContractData(
        title=context.get("title", title),
        subject=context.get("subject", ""),
        value=Decimal(str(context.get("value", 0))),
        currency=context.get("currency", "CNY"),
        start_date=context.get("start_date"),
        end_date=context.get("end_date"),
        ip_ownership=context.get("ip_ownership", ""),
        risk_sharing=context.get("risk_sharing", ""),
        confidentiality_years=context.get("confidentiality_years"),
        dispute_method=dispute.get("method", "arbitration"),
        dispute_body=dispute.get("body", ""),
        governing_law=context.get("governing_law", ""),
        signing_place=context.get("signing_place", ""),
        parties=tuple(
            PartyData(
                role=p["role"],
                name=p.get("name", ""),
                member_id=p.get("member_id"),
                address=p.get("address", ""),
                registration_code=p.get("registration_code", ""),
                representative=p.get("representative", ""),
                signatory_name=p.get("signatory_name", ""),
                signatory_title=p.get("signatory_title", ""),
                benefit_share=_decimal(shares.get(p["role"])),
            )
            for p in context.get("parties", [])
        ),
        schedule=tuple(
            InstalmentData(
                i["milestone"],
                Decimal(str(i["amount"])),
                _date(i["due"]) if isinstance(i.get("due"), str) else i.get("due"),
            )
            for i in context.get("payment_schedule", [])
        ),
    )


def validate(data: ContractData) -> None:
    """Raise a ValidationError naming each wrong field (keys like `parties.1.name`, 0-based)."""
    errors: dict[str, str] = {}
    if not data.title.strip():
        errors["title"] = "Give the contract a title."
    if data.value < 0:
        errors["value"] = "The contract value cannot be negative."
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors["end_date"] = "The end date is before the start date; correct one of them."
    for i, party in enumerate(data.parties):
        if not party.name.strip():
            label = party.role_label or party.role
            errors[f"parties.{i}.name"] = problem(
                "Enter the name of party {number} ({label}).", number=i + 1, label=label
            )
    shares = [p.benefit_share for p in data.parties]
    if any(s is not None for s in shares):
        total = sum((s or Decimal(0) for s in shares), Decimal(0))
        if None in shares or total != 100:
            errors["benefit_sharing"] = problem(
                "The benefit shares add up to {total} %; give every party a share so that "
                "together they make 100 %.",
                total=format(total.normalize(), "f"),
            )
    for i, clause in enumerate(data.clauses):
        if not clause.heading.strip():
            errors[f"clauses.{i}.heading"] = problem(
                "Clause {number} has no heading.", number=i + 1
            )
        if not clause.text.strip():
            errors[f"clauses.{i}.text"] = problem(
                "Clause {number} has no text; write it or remove it.", number=i + 1
            )
    for i, item in enumerate(data.schedule):
        if not item.milestone.strip():
            errors[f"schedule.{i}.milestone"] = problem(
                "Say which milestone instalment {number} pays for.", number=i + 1
            )
        if item.amount <= 0:
            errors[f"schedule.{i}.amount"] = problem(
                "Instalment {number} needs an amount above zero.", number=i + 1
            )
    if data.schedule:
        total = sum((i.amount for i in data.schedule), Decimal(0))
        if total != data.value:
            errors["schedule"] = problem(
                "The instalments add up to {total} {currency}, but the contract value is "
                "{value} {currency}; make them equal.",
                total=f"{total:,.2f}",
                value=f"{data.value:,.2f}",
                currency=data.currency,
            )
    if errors:
        raise ValidationError(errors)
