"""Matches as the screens and files see them: plain rows, details and events, the engine's
breakdown, and the checking of a side or a reason that a clerk chose."""

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy import Select, select
from sqlalchemy.orm import aliased

from app.errors import DomainError, ValidationError, message_from_json, message_to_json
from app.models import Listing, ListingKind, Match, MatchEvent, MatchSide, MatchStatus, Member
from app.services.uow import UnitOfWork, live_record

TEXT_MAX = 4000


class EngineSuggestion(Protocol):
    """What save_suggestions needs of a ranking result (app.services.matching's Suggestion)."""

    @property
    def listing_id(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def parts(self) -> Mapping[str, float]: ...
    @property
    def reasons(self) -> Sequence[str]: ...
    @property
    def shared_terms(self) -> Sequence[str]: ...


@dataclass(frozen=True)
class Breakdown:
    """How the engine came to a score: points per part, the reasons and the shared terms."""

    parts: dict[str, float] = field(default_factory=dict)
    reasons: tuple[str, ...] = ()
    shared_terms: tuple[str, ...] = ()

    @classmethod
    def of(cls, suggestion: EngineSuggestion) -> "Breakdown":
        return cls(
            {k: float(v) for k, v in suggestion.parts.items()},
            tuple(suggestion.reasons),
            tuple(suggestion.shared_terms),
        )

    def to_json(self) -> str:
        data = {
            "parts": self.parts,
            "reasons": [message_to_json(reason) for reason in self.reasons],
            "shared_terms": list(self.shared_terms),
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "Breakdown":
        data: dict[str, Any] = json.loads(text or "{}")
        return cls(
            {str(k): float(v) for k, v in data.get("parts", {}).items()},
            tuple(message_from_json(reason) for reason in data.get("reasons", ())),
            tuple(data.get("shared_terms", ())),
        )


def breakdown_of(suggestion: EngineSuggestion) -> Breakdown:
    """The breakdown to keep with a match proposed from a ranking result."""
    return Breakdown.of(suggestion)


@dataclass(frozen=True)
class SavedSuggestions:
    """What save_suggestions did: new suggestions, updated scores, suggestions the engine no
    longer ranks (removed), and pairs left alone because a clerk already acted on them."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    kept: int = 0


@dataclass(frozen=True)
class MatchRow:
    """One match in a list. *_ref is the listing's external id, else its id (files, CLI);
    *_reference is its published reference (D-2026-0001), "" if it has none."""

    id: str
    version: int
    status: str
    origin: str
    score: float | None
    reasons: tuple[str, ...]
    demand_id: str
    demand_ref: str
    demand_reference: str
    demand_title: str
    demand_member_id: str
    demand_member: str
    demand_anonymous: bool
    supply_id: str
    supply_ref: str
    supply_reference: str
    supply_title: str
    supply_member_id: str
    supply_member: str
    supply_anonymous: bool
    proposed_at: datetime | None
    agreed_at: datetime | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class MatchEventRow:
    id: str
    kind: str
    happened_on: date
    side: str
    text: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class MatchDetail:
    """A match with its breakdown, the decline or dismissal, and its events (oldest first).
    interest_sides: the sides (demand, supply) that have expressed interest."""

    row: MatchRow
    breakdown: Breakdown
    declined_by_side: str
    decline_reason: str
    decline_text: str
    dismiss_reason: str
    dismiss_text: str
    note: str
    updated_by: str
    interest_sides: tuple[str, ...]
    events: tuple[MatchEventRow, ...]

    @property
    def id(self) -> str:
        return self.row.id

    @property
    def version(self) -> int:
        return self.row.version

    @property
    def status(self) -> str:
        return self.row.status


# -- reading rows -------------------------------------------------------------------------------

DemandListing = aliased(Listing, name="demand_listing")
SupplyListing = aliased(Listing, name="supply_listing")
DemandMember = aliased(Member, name="demand_member")
SupplyMember = aliased(Member, name="supply_member")


def row_select() -> Select[Match, Listing, Listing, str, str]:
    """Matches with their two listings and members: the columns match_row reads."""
    return (
        select(Match, DemandListing, SupplyListing, DemandMember.name, SupplyMember.name)
        .join(DemandListing, DemandListing.id == Match.demand_id)
        .join(SupplyListing, SupplyListing.id == Match.supply_id)
        .join(DemandMember, DemandMember.id == DemandListing.member_id)
        .join(SupplyMember, SupplyMember.id == SupplyListing.member_id)
        .where(Match.deleted_at.is_(None))
    )


def listing_ref(listing: Listing) -> str:
    """How files and the command line name a listing: its external id, else its id."""
    return listing.external_id or listing.id


def match_row(
    match: Match, demand: Listing, supply: Listing, demand_member: str, supply_member: str
) -> MatchRow:
    return MatchRow(
        id=match.id,
        version=match.version,
        status=match.status.value,
        origin=match.origin.value,
        score=match.score,
        reasons=Breakdown.from_json(match.breakdown).reasons,
        demand_id=demand.id,
        demand_ref=listing_ref(demand),
        demand_reference=demand.reference or "",
        demand_title=demand.title,
        demand_member_id=demand.member_id,
        demand_member=demand_member,
        demand_anonymous=demand.confidentiality.value == "anonymous",
        supply_id=supply.id,
        supply_ref=listing_ref(supply),
        supply_reference=supply.reference or "",
        supply_title=supply.title,
        supply_member_id=supply.member_id,
        supply_member=supply_member,
        supply_anonymous=supply.confidentiality.value == "anonymous",
        proposed_at=match.proposed_at,
        agreed_at=match.agreed_at,
        created_at=match.created_at,
        updated_at=match.updated_at,
    )


def event_row(event: MatchEvent) -> MatchEventRow:
    return MatchEventRow(
        id=event.id,
        kind=event.kind.value,
        happened_on=event.happened_on,
        side=event.side.value if event.side else "",
        text=event.text,
        recorded_by=event.updated_by,
        recorded_at=event.created_at,
    )


def listing_name(listing: Listing) -> str:
    """A listing as messages name it: its reference (when published) and title."""
    return f"{listing.reference} “{listing.title}”" if listing.reference else f"“{listing.title}”"


def listing_of_kind(uow: UnitOfWork, listing_id: str, kind: ListingKind) -> Listing:
    """The live listing, which must be a demand or a supply as its place in the pair needs."""
    listing = live_record(uow, Listing, listing_id, kind.value)
    if listing.kind is not kind:
        raise DomainError(
            "{name} is a {actual}, not a {kind}: a match pairs a demand with a supply.",
            name=listing_name(listing),
            actual=listing.kind.value,
            kind=kind.value,
        )
    return listing


def pair_name(match: Match) -> str:
    return f"{listing_name(match.demand)} with {listing_name(match.supply)}"


def not_open(match: Match, what: str) -> DomainError:
    """The refusal to record interest, a meeting or a call on a match nobody works on."""
    hint = (
        "Propose it first."
        if match.status in (MatchStatus.SUGGESTED, MatchStatus.DISMISSED)
        else "Reopen it first."
        if match.status is MatchStatus.DECLINED
        else "It goes on as a contract."
    )
    return DomainError(
        "The match of {pair} is {status}. {what} only on a proposed, interested or negotiating "
        "match. {hint}",
        pair=pair_name(match),
        status=match.status.value,
        what=what,
        hint=hint,
    )


# -- checking a clerk's choices -----------------------------------------------------------------


def choice[E: StrEnum](enum_cls: type[E], value: E | str, field_name: str, message: str) -> E:
    """The enum member a clerk chose (given as member or value), or a ValidationError."""
    try:
        return enum_cls(value)
    except ValueError:
        raise ValidationError({field_name: message}) from None


def reason_choice[E: StrEnum](
    enum_cls: type[E], reason: E | str, text: str, why: str
) -> tuple[E, str, str]:
    """The reason chosen from the list and the clerk's words (needed for “other”), and both
    as a status event tells them."""
    chosen = choice(enum_cls, reason, "reason", f"Choose why {why}.")
    text = clean_text(text, "text", "explanation")
    if chosen.value == "other" and not text:
        raise ValidationError({"text": f"Say in a few words why {why}."})
    return chosen, text, chosen.value + (f" — {text}" if text else "")


def side_choice(
    value: MatchSide | str, allowed: Iterable[MatchSide] = tuple(MatchSide)
) -> MatchSide:
    sides = tuple(allowed)
    message = "Choose the side: " + " or ".join(s.value for s in sides) + "."
    side = choice(MatchSide, value, "side", message)
    if side not in sides:
        raise ValidationError({"side": message})
    return side


def clean_text(value: str, field_name: str, what: str) -> str:
    value = value.strip()
    if len(value) > TEXT_MAX:
        raise ValidationError(
            {field_name: f"The {what} has {len(value)} characters; at most {TEXT_MAX} fit."}
        )
    return value


__all__ = [
    "Breakdown",
    "EngineSuggestion",
    "MatchDetail",
    "MatchEventRow",
    "MatchRow",
    "SavedSuggestions",
    "breakdown_of",
    "listing_ref",
]
