"""Listings as a form or an import row holds them, and their validation (field by field, with
messages a clerk understands)."""

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from app.errors import Problem, ValidationError, message_of, problem
from app.models import (
    Confidentiality,
    CooperationType,
    IPStatus,
    ListingKind,
)
from app.services import sectors as sector_taxonomy
from app.services.members import LIST_SEPARATOR, split_list

TITLE_MAX = 200
SUMMARY_MAX = 500
DESCRIPTION_MAX = 4000
KEYWORDS_MAX = 1000

# -- data in and out --------------------------------------------------------------------------


@dataclass
class ListingData:
    """What a clerk enters for a listing (plain strings and lists, as a form or import row
    holds them). trl, budgets and deadline are text: "" when not given; deadline as YYYY-MM-DD."""

    kind: str
    member_id: str
    title: str
    summary: str = ""
    description: str = ""
    keywords: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    trl: str = ""
    ip_status: str = IPStatus.NONE.value
    cooperation_types: list[str] = field(default_factory=list)
    budget_min: str = ""
    budget_max: str = ""
    currency: str = "CNY"
    region: str = ""
    deadline: str = ""
    confidentiality: str = Confidentiality.PUBLIC.value
    external_id: str = ""


@dataclass(frozen=True)
class CleanListing:
    """A listing's data validated and typed, ready to store."""

    kind: ListingKind
    member_id: str
    title: str
    summary: str
    description: str
    keywords: list[str]
    sectors: list[str]
    trl: int | None
    ip_status: IPStatus
    cooperation_types: list[str]
    budget_min: Decimal | None
    budget_max: Decimal | None
    currency: str
    region: str
    deadline: date | None
    confidentiality: Confidentiality
    external_id: str


@dataclass(frozen=True)
class ListingDetail:
    """A listing as the form and the verification screen show it."""

    id: str
    version: int
    data: ListingData
    status: str
    reference: str
    member_name: str
    published_at: datetime | None
    expires_at: datetime | None
    extended: bool
    return_reasons: str
    created_at: datetime
    updated_at: datetime
    updated_by: str

    @property
    def anonymous(self) -> bool:
        return self.data.confidentiality == Confidentiality.ANONYMOUS.value

    @property
    def public_member_name(self) -> str:
        """The member's name as shown outside the office: empty for an anonymous listing."""
        return "" if self.anonymous else self.member_name


@dataclass(frozen=True)
class ListingRow:
    """One line of a listings table."""

    id: str
    reference: str
    kind: str
    title: str
    member_name: str
    anonymous: bool
    status: str
    sectors: str
    expires_at: datetime | None
    updated_at: datetime
    member_id: str = ""


@dataclass(frozen=True)
class CheckResult:
    """One automatic check: blocking checks must pass before publication; the others warn."""

    name: str
    ok: bool
    message: str
    blocking: bool = True


@dataclass(frozen=True)
class VerificationRecord:
    id: str
    outcome: str
    verified_by: str
    verified_at: datetime
    checks: dict[str, object]
    reasons: str


# -- validation -------------------------------------------------------------------------------


def _one_line(s: str) -> str:
    return " ".join(s.split())


def _parse_amount(bad: dict[str, str], name: str, raw: str) -> Decimal | None:
    """A budget (`name` is budget_min or budget_max) as a Decimal, None when empty or wrong."""
    cleaned = unicodedata.normalize("NFKC", raw).strip().replace(",", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        amount = Decimal("NaN")
    if not amount.is_finite():
        bad[name] = _budget_problem(name, "not an amount", raw.strip())
    elif amount < 0:
        bad[name] = _budget_problem(name, "negative", raw.strip())
    elif amount >= Decimal("1e12"):
        bad[name] = _budget_problem(name, "too large", raw.strip())
    else:
        return amount.quantize(Decimal("0.01"))
    return None


def _budget_problem(name: str, fault: str, raw: str) -> Problem:
    """What is wrong with the lowest (budget_min) or highest budget, one sentence per case."""
    lowest = name == "budget_min"
    if fault == "negative":
        if lowest:
            return problem("The lowest budget cannot be negative.")
        return problem("The highest budget cannot be negative.")
    if fault == "too large":
        if lowest:
            return problem("The lowest budget is too large (at most 999,999,999,999.99).")
        return problem("The highest budget is too large (at most 999,999,999,999.99).")
    if lowest:
        return problem(
            "The lowest budget “{text}” is not an amount; write it like 500000 or 1.5.", text=raw
        )
    return problem(
        "The highest budget “{text}” is not an amount; write it like 500000 or 1.5.", text=raw
    )


def clean_listing(
    data: ListingData, *, today: date | None = None, new: bool = False
) -> CleanListing:
    """The listing's data validated and typed, or a ValidationError naming each bad field.

    new: a new draft, whose deadline may not lie in the past (`today`, default the real date)."""
    bad: dict[str, str] = {}
    kind: ListingKind | None = None
    try:
        kind = ListingKind(data.kind.strip().lower())
    except ValueError:
        bad["kind"] = "Choose whether the listing is a demand or a supply."
    member_id = data.member_id.strip()
    if not member_id:
        bad["member_id"] = "Choose the member the listing belongs to."
    title = _one_line(data.title)
    if not title:
        bad["title"] = "The title is required. Please fill it in."
    elif len(title) > TITLE_MAX:
        bad["title"] = problem(
            "The title has {length} characters; at most {limit} are allowed. Shorten it.",
            length=len(title),
            limit=TITLE_MAX,
        )
    summary = data.summary.strip()
    if len(summary) > SUMMARY_MAX:
        bad["summary"] = problem(
            "The summary has {length} characters; at most {limit} are allowed. Shorten it.",
            length=len(summary),
            limit=SUMMARY_MAX,
        )
    description = data.description.strip()
    if len(description) > DESCRIPTION_MAX:
        bad["description"] = problem(
            "The description has {length} characters; at most {limit} are allowed. Shorten it.",
            length=len(description),
            limit=DESCRIPTION_MAX,
        )
    keywords = split_list(data.keywords)
    if len(LIST_SEPARATOR.join(keywords)) > KEYWORDS_MAX:
        bad["keywords"] = problem(
            "The keywords are too long together (at most {limit} characters).", limit=KEYWORDS_MAX
        )
    sectors: list[str] = []
    try:
        sectors = sector_taxonomy.parse_sector_codes(LIST_SEPARATOR.join(data.sectors))
    except ValueError as exc:
        bad["sectors"] = message_of(exc)
    trl: int | None = None
    raw_trl = data.trl.strip().upper().removeprefix("TRL").strip()
    if raw_trl:
        if raw_trl.isdigit() and 1 <= int(raw_trl) <= 9:
            trl = int(raw_trl)
        else:
            bad["trl"] = problem(
                "The technology readiness level “{text}” is not a whole number from 1 to 9.",
                text=data.trl.strip(),
            )
    ip_status = IPStatus.NONE
    try:
        ip_status = IPStatus((data.ip_status or IPStatus.NONE.value).strip().lower())
    except ValueError:
        known = ", ".join(s.value for s in IPStatus)
        bad["ip_status"] = problem(
            "The IP status “{text}” is not one of: {known}.", text=data.ip_status, known=known
        )
    cooperation = [c.strip().lower() for c in split_list(data.cooperation_types)]
    known_types = {c.value for c in CooperationType}
    unknown = [c for c in cooperation if c not in known_types]
    if unknown:
        bad["cooperation_types"] = problem(
            "Unknown cooperation type: {unknown}. Use one or more of: {known}.",
            unknown=", ".join(unknown),
            known=", ".join(c.value for c in CooperationType),
        )
    budget_min = _parse_amount(bad, "budget_min", data.budget_min)
    budget_max = _parse_amount(bad, "budget_max", data.budget_max)
    if budget_min is not None and budget_max is not None and budget_min > budget_max:
        bad["budget_max"] = "The highest budget is below the lowest budget; swap or correct them."
    currency = (data.currency or "CNY").strip().upper()
    if len(currency) != 3 or not (currency.isascii() and currency.isalpha()):
        bad["currency"] = "Give the currency as a three-letter code, for example CNY, USD or EUR."
    region = _one_line(data.region)
    if len(region) > 100:
        bad["region"] = "The region is longer than 100 characters; shorten it."
    deadline: date | None = None
    if data.deadline.strip():
        try:
            deadline = date.fromisoformat(data.deadline.strip())
        except ValueError:
            bad["deadline"] = problem(
                "The deadline “{text}” is not a date; write it as YYYY-MM-DD.",
                text=data.deadline.strip(),
            )
        else:
            if new and deadline < (today or date.today()):
                bad["deadline"] = "The deadline has already passed; choose a later date."
    confidentiality = Confidentiality.PUBLIC
    try:
        confidentiality = Confidentiality((data.confidentiality or "public").strip().lower())
    except ValueError:
        bad["confidentiality"] = (
            "Choose whether the listing is published with the member's name (public) or "
            "without it (anonymous)."
        )
    external_id = data.external_id.strip()
    if len(external_id) > 100:
        bad["external_id"] = "The external id is longer than 100 characters."
    if bad or kind is None:
        raise ValidationError(bad)
    return CleanListing(
        kind=kind,
        member_id=member_id,
        title=title,
        summary=summary,
        description=description,
        keywords=keywords,
        sectors=sectors,
        trl=trl,
        ip_status=ip_status,
        cooperation_types=cooperation,
        budget_min=budget_min,
        budget_max=budget_max,
        currency=currency,
        region=region,
        deadline=deadline,
        confidentiality=confidentiality,
        external_id=external_id,
    )
