"""What the Home screen's sections hold (alerts.py finds them): plain rows with the reason each
item is listed, as an English template the UI translates; and the day arithmetic they share
(calendar days in local time; stored timestamps are UTC)."""

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

# Why an item is listed: English templates, translated by the UI (app/ui/home.py lists them for
# the translators). Ages and days ahead come as (today, one day, more days).
SUBMITTED = ("submitted today", "submitted yesterday", "submitted {days} days ago")
RETURNED = ("returned today", "returned yesterday", "returned {days} days ago")
EXPIRES = ("expires today", "expires tomorrow", "expires in {days} days")
PROPOSED_NO_ANSWER = "proposed {days} days ago, no answer"
PROPOSED_QUIET = "proposed {days} days ago, nothing heard for {quiet} days"
INTERESTED_QUIET = "interested, nothing heard for {quiet} days"
IN_REVIEW = (
    "submitted for approval today",
    "submitted for approval yesterday",
    "submitted for approval {days} days ago",
)
NOT_ISSUED = (
    "approved today, not yet issued for signature",
    "approved yesterday, not yet issued for signature",
    "approved {days} days ago, not yet issued for signature",
)
SIGNATURES = "waiting for {missing} of {total} signatures: {names}"
OVERDUE = ("overdue by 1 day", "overdue by {days} days")
DUE = ("due today", "due tomorrow", "due in {days} days")
TEMPLATES = (
    *SUBMITTED,
    *RETURNED,
    *EXPIRES,
    PROPOSED_NO_ANSWER,
    PROPOSED_QUIET,
    INTERESTED_QUIET,
    *IN_REVIEW,
    *NOT_ISSUED,
    SIGNATURES,
    *OVERDUE,
    *DUE,
)


class SectionKey(StrEnum):
    LISTINGS_TO_VERIFY = "listings_to_verify"
    LISTINGS_RETURNED = "listings_returned"
    LISTINGS_EXPIRING = "listings_expiring"
    MATCHES_WAITING = "matches_waiting"
    CONTRACTS_TO_APPROVE = "contracts_to_approve"
    CONTRACTS_RETURNED = "contracts_returned"
    CONTRACTS_TO_SIGN = "contracts_to_sign"
    MILESTONES_OVERDUE = "milestones_overdue"
    MILESTONES_DUE = "milestones_due"


@dataclass(frozen=True)
class Reason:
    """Why an item is listed, as an English template and its values ("expires in {days} days");
    the UI translates the template, then fills it in."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class AttentionItem:
    kind: str  # listing | match | contract | milestone
    record_id: str
    title: str
    context: str  # reference and member, the pair's members, number and parties, project
    reason: Reason
    on: date  # the day it is counted from or due on (sorting, shown in the locale)
    note: str = ""  # the supervisor's reasons or comments on a returned listing or contract
    project_id: str | None = None  # a milestone's project
    contract_id: str | None = None  # a milestone's contract


@dataclass(frozen=True)
class AttentionSection:
    key: SectionKey
    count: int  # how many in all
    items: tuple[AttentionItem, ...]  # the first of them


@dataclass(frozen=True)
class Attention:
    today: date
    sections: tuple[AttentionSection, ...]

    @property
    def total(self) -> int:
        return sum(s.count for s in self.sections)

    def section(self, key: SectionKey | str) -> AttentionSection | None:
        return next((s for s in self.sections if s.key == key), None)


# -- days and reasons ---------------------------------------------------------------------------


def start_of(day: date) -> datetime:
    """Local midnight starting `day`, timezone-aware (stored timestamps are UTC)."""
    return datetime.combine(day, time.min).astimezone()


def day_of(moment: datetime) -> date:
    return moment.astimezone().date()


def ago(day: date, today: date, today_text: str, yesterday_text: str, days_text: str) -> Reason:
    days = (today - day).days
    if days <= 0:
        return Reason(today_text)
    return Reason(yesterday_text if days == 1 else days_text, {"days": days})


def ahead(day: date, today: date, today_text: str, tomorrow_text: str, days_text: str) -> Reason:
    days = (day - today).days
    if days <= 0:
        return Reason(today_text)
    return Reason(tomorrow_text if days == 1 else days_text, {"days": days})
