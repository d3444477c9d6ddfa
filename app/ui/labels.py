"""Clerk-facing labels for stored values (enums, dates, counts), translated and in locale format."""

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from app.models.enums import (
    AllianceRole,
    Confidentiality,
    ContractStatus,
    CooperationType,
    IPStatus,
    ListingKind,
    ListingStatus,
    MatchStatus,
    MemberKind,
    MemberStatus,
    ProjectStatus,
    Role,
    SizeClass,
    VerificationOutcome,
)

_CONTEXT = "Labels"

MEMBER_KINDS = {
    MemberKind.ENTERPRISE: QT_TRANSLATE_NOOP("Labels", "Enterprise"),
    MemberKind.UNIVERSITY: QT_TRANSLATE_NOOP("Labels", "University"),
    MemberKind.RESEARCH_INSTITUTE: QT_TRANSLATE_NOOP("Labels", "Research institute"),
    MemberKind.GOVERNMENT: QT_TRANSLATE_NOOP("Labels", "Government agency"),
    MemberKind.INTERMEDIARY: QT_TRANSLATE_NOOP("Labels", "Intermediary"),
    MemberKind.INVESTOR: QT_TRANSLATE_NOOP("Labels", "Investor"),
    MemberKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
MEMBER_STATUSES = {
    MemberStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    MemberStatus.SUSPENDED: QT_TRANSLATE_NOOP("Labels", "Suspended"),
    MemberStatus.ARCHIVED: QT_TRANSLATE_NOOP("Labels", "Archived"),
}
SIZE_CLASSES = {
    SizeClass.MICRO: QT_TRANSLATE_NOOP("Labels", "Micro enterprise"),
    SizeClass.SMALL: QT_TRANSLATE_NOOP("Labels", "Small enterprise"),
    SizeClass.MEDIUM: QT_TRANSLATE_NOOP("Labels", "Medium-sized enterprise"),
    SizeClass.LARGE: QT_TRANSLATE_NOOP("Labels", "Large enterprise"),
    SizeClass.NA: QT_TRANSLATE_NOOP("Labels", "Not applicable"),
}
ALLIANCE_ROLES = {
    AllianceRole.LEAD: QT_TRANSLATE_NOOP("Labels", "Lead"),
    AllianceRole.FOUNDING_MEMBER: QT_TRANSLATE_NOOP("Labels", "Founding member"),
    AllianceRole.MEMBER: QT_TRANSLATE_NOOP("Labels", "Member"),
    AllianceRole.OBSERVER: QT_TRANSLATE_NOOP("Labels", "Observer"),
}
USER_ROLES = {
    Role.VIEWER: QT_TRANSLATE_NOOP("Labels", "Viewer"),
    Role.CLERK: QT_TRANSLATE_NOOP("Labels", "Clerk"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Labels", "Supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Administrator"),
}
LISTING_KINDS = {
    ListingKind.DEMAND: QT_TRANSLATE_NOOP("Labels", "Demand"),
    ListingKind.SUPPLY: QT_TRANSLATE_NOOP("Labels", "Supply"),
}
LISTING_STATUSES = {
    ListingStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    ListingStatus.SUBMITTED: QT_TRANSLATE_NOOP("Labels", "Submitted"),
    ListingStatus.RETURNED: QT_TRANSLATE_NOOP("Labels", "Returned"),
    ListingStatus.PUBLISHED: QT_TRANSLATE_NOOP("Labels", "Published"),
    ListingStatus.MATCHED: QT_TRANSLATE_NOOP("Labels", "Matched"),
    ListingStatus.EXPIRED: QT_TRANSLATE_NOOP("Labels", "Expired"),
    ListingStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    ListingStatus.ARCHIVED: QT_TRANSLATE_NOOP("Labels", "Archived"),
}
IP_STATUSES = {
    IPStatus.PATENT_GRANTED: QT_TRANSLATE_NOOP("Labels", "Patent granted"),
    IPStatus.PATENT_PENDING: QT_TRANSLATE_NOOP("Labels", "Patent pending"),
    IPStatus.KNOW_HOW: QT_TRANSLATE_NOOP("Labels", "Know-how"),
    IPStatus.SOFTWARE_COPYRIGHT: QT_TRANSLATE_NOOP("Labels", "Software copyright"),
    IPStatus.NONE: QT_TRANSLATE_NOOP("Labels", "None"),
}
COOPERATION_TYPES = {
    CooperationType.LICENSING: QT_TRANSLATE_NOOP("Labels", "Licensing / transfer"),
    CooperationType.JOINT_RD: QT_TRANSLATE_NOOP("Labels", "Joint R&D"),
    CooperationType.TECHNICAL_SERVICE: QT_TRANSLATE_NOOP("Labels", "Technical service"),
    CooperationType.COMMISSIONED_DEVELOPMENT: QT_TRANSLATE_NOOP(
        "Labels", "Commissioned development"
    ),
    CooperationType.EQUITY_INVESTMENT: QT_TRANSLATE_NOOP("Labels", "Equity investment"),
    CooperationType.TALENT_TRAINING: QT_TRANSLATE_NOOP("Labels", "Talent training"),
    CooperationType.EQUIPMENT_SHARING: QT_TRANSLATE_NOOP("Labels", "Equipment sharing"),
}
CONFIDENTIALITY = {
    Confidentiality.PUBLIC: QT_TRANSLATE_NOOP("Labels", "Public: with the member's name"),
    Confidentiality.ANONYMOUS: QT_TRANSLATE_NOOP("Labels", "Anonymous: without the member's name"),
}
VERIFICATION_OUTCOMES = {
    VerificationOutcome.PUBLISHED: QT_TRANSLATE_NOOP("Labels", "Published"),
    VerificationOutcome.RETURNED: QT_TRANSLATE_NOOP("Labels", "Returned"),
}
MATCH_STATUSES = {
    MatchStatus.SUGGESTED: QT_TRANSLATE_NOOP("Labels", "Suggested"),
    MatchStatus.PROPOSED: QT_TRANSLATE_NOOP("Labels", "Proposed"),
    MatchStatus.INTERESTED: QT_TRANSLATE_NOOP("Labels", "Interested"),
    MatchStatus.NEGOTIATING: QT_TRANSLATE_NOOP("Labels", "Negotiating"),
    MatchStatus.AGREED: QT_TRANSLATE_NOOP("Labels", "Agreed"),
    MatchStatus.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined"),
    MatchStatus.DISMISSED: QT_TRANSLATE_NOOP("Labels", "Not relevant"),
}
CONTRACT_STATUSES = {
    ContractStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    ContractStatus.IN_REVIEW: QT_TRANSLATE_NOOP("Labels", "In review"),
    ContractStatus.RETURNED: QT_TRANSLATE_NOOP("Labels", "Returned"),
    ContractStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
    ContractStatus.AWAITING_SIGNATURE: QT_TRANSLATE_NOOP("Labels", "Awaiting signature"),
    ContractStatus.SIGNED: QT_TRANSLATE_NOOP("Labels", "Signed"),
    ContractStatus.IN_EXECUTION: QT_TRANSLATE_NOOP("Labels", "In execution"),
    ContractStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
    ContractStatus.TERMINATED: QT_TRANSLATE_NOOP("Labels", "Terminated"),
    ContractStatus.VOID: QT_TRANSLATE_NOOP("Labels", "Void"),
}
PROJECT_STATUSES = {
    ProjectStatus.RUNNING: QT_TRANSLATE_NOOP("Labels", "Running"),
    ProjectStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
    ProjectStatus.TERMINATED: QT_TRANSLATE_NOOP("Labels", "Terminated"),
}
CONTRACT_KINDS = {
    "technology_transfer": QT_TRANSLATE_NOOP("Labels", "Technology transfer"),
    "patent_licence": QT_TRANSLATE_NOOP("Labels", "Patent licence"),
    "joint_rd": QT_TRANSLATE_NOOP("Labels", "Joint R&D"),
    "technical_service": QT_TRANSLATE_NOOP("Labels", "Technical service"),
    "commissioned_development": QT_TRANSLATE_NOOP("Labels", "Commissioned development"),
    "consultancy": QT_TRANSLATE_NOOP("Labels", "Consultancy"),
    "nda": QT_TRANSLATE_NOOP("Labels", "Non-disclosure agreement"),
}
"""Contract types (contract_templates.CONTRACT_TYPES); an admin's template may add others."""
CHECKLIST = {
    "identity_confirmed": QT_TRANSLATE_NOOP("Labels", "The identity of the member is confirmed"),
    "description_plausible": QT_TRANSLATE_NOOP("Labels", "The description is plausible"),
    "ip_plausible": QT_TRANSLATE_NOOP("Labels", "The IP status is plausible"),
}
"""The supervisor's ticks before publishing (keys as listings.CHECKLIST)."""


def _value(key: Any) -> str:
    """A table's key as stored: an enum's value, or a plain string key (contract types)."""
    return str(getattr(key, "value", key))


def _label(table: Mapping[Any, object], value: str) -> str:
    for key, source in table.items():
        if _value(key) == value:
            return QCoreApplication.translate(_CONTEXT, str(source))
    return value


def kind_label(value: str) -> str:
    return _label(MEMBER_KINDS, value)


def status_label(value: str) -> str:
    return _label(MEMBER_STATUSES, value)


def size_label(value: str) -> str:
    return _label(SIZE_CLASSES, value)


def role_label(value: str) -> str:
    return _label(ALLIANCE_ROLES, value)


def user_role_label(value: str) -> str:
    return _label(USER_ROLES, value)


def listing_kind_label(value: str) -> str:
    return _label(LISTING_KINDS, value)


def listing_status_label(value: str) -> str:
    return _label(LISTING_STATUSES, value)


def ip_status_label(value: str) -> str:
    return _label(IP_STATUSES, value)


def cooperation_label(value: str) -> str:
    return _label(COOPERATION_TYPES, value)


def outcome_label(value: str) -> str:
    return _label(VERIFICATION_OUTCOMES, value)


def match_status_label(value: str) -> str:
    return _label(MATCH_STATUSES, value)


def contract_status_label(value: str) -> str:
    return _label(CONTRACT_STATUSES, value)


def project_status_label(value: str) -> str:
    return _label(PROJECT_STATUSES, value)


def contract_kind_label(value: str) -> str:
    """A contract type's name; an admin template's own type shows as written."""
    return _label(CONTRACT_KINDS, value) if value in CONTRACT_KINDS else value.replace("_", " ")


def checklist_label(key: str) -> str:
    source = CHECKLIST.get(key)
    return QCoreApplication.translate(_CONTEXT, source) if source else key


def choices(table: Mapping[Any, object]) -> list[tuple[str, str]]:
    """(stored value, translated label) pairs in declaration order, for combo boxes."""
    return [
        (_value(key), QCoreApplication.translate(_CONTEXT, str(src))) for key, src in table.items()
    ]


def number(value: int) -> str:
    """An integer with the locale's digit grouping ("1,234" / "1 234")."""
    return QLocale().toString(value)


def _local(moment: datetime) -> datetime:
    return moment.astimezone() if moment.tzinfo else moment


def short_date(moment: datetime | date | None) -> str:
    """A date in the locale's short format; timestamps are stored in UTC, shown in local time."""
    if moment is None:
        return ""
    day = _local(moment).date() if isinstance(moment, datetime) else moment
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def short_datetime(moment: datetime | None) -> str:
    """Date and time in the locale's short format, local time."""
    if moment is None:
        return ""
    local = _local(moment)
    qt = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)


def medium_datetime(moment: datetime | None) -> str:
    """Date with the month's name, and time, in local time: "28 Nov 2026 10:03" or
    "2026年11月28日 10:03"."""
    if moment is None:
        return ""
    local = _local(moment)
    locale = QLocale()
    qt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    if locale.language() in (QLocale.Language.Chinese, QLocale.Language.Japanese):
        return locale.toString(qt, "yyyy年M月d日 HH:mm")
    return locale.toString(qt, "d MMM yyyy HH:mm")


def parse_moment(value: object) -> datetime | date | None:
    """A stored ISO date or timestamp (as the audit trail keeps them), or None."""
    if not isinstance(value, str) or not value:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
