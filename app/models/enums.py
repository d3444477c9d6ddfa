"""Enumerations stored as their string values: adding a value needs no migration."""

from enum import StrEnum
from typing import Any

from sqlalchemy import Enum


class MemberKind(StrEnum):
    ENTERPRISE = "enterprise"
    UNIVERSITY = "university"
    RESEARCH_INSTITUTE = "research_institute"
    GOVERNMENT = "government"
    INTERMEDIARY = "intermediary"
    INVESTOR = "investor"
    OTHER = "other"


class MemberStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    ARCHIVED = "archived"


class SizeClass(StrEnum):
    """Enterprise size classes as China's SME classification uses them; 'na' for non-enterprises."""

    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"
    NA = "na"


class AllianceRole(StrEnum):
    LEAD = "lead"
    FOUNDING_MEMBER = "founding_member"
    MEMBER = "member"
    OBSERVER = "observer"


def string_enum(enum_cls: type[StrEnum]) -> Any:
    """A VARCHAR column holding the enum's values."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=30,
        values_callable=lambda cls: [m.value for m in cls],
        validate_strings=True,
    )


class Role(StrEnum):
    """What a user may do is decided by the permission table in app/services/permissions.py."""

    VIEWER = "viewer"
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    STATUS = "status"


class ListingKind(StrEnum):
    DEMAND = "demand"
    SUPPLY = "supply"


class ListingStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    PUBLISHED = "published"
    MATCHED = "matched"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    ARCHIVED = "archived"


class IPStatus(StrEnum):
    PATENT_GRANTED = "patent_granted"
    PATENT_PENDING = "patent_pending"
    KNOW_HOW = "know_how"
    SOFTWARE_COPYRIGHT = "software_copyright"
    NONE = "none"


class CooperationType(StrEnum):
    LICENSING = "licensing"
    JOINT_RD = "joint_rd"
    TECHNICAL_SERVICE = "technical_service"
    COMMISSIONED_DEVELOPMENT = "commissioned_development"
    EQUITY_INVESTMENT = "equity_investment"
    TALENT_TRAINING = "talent_training"
    EQUIPMENT_SHARING = "equipment_sharing"


class Confidentiality(StrEnum):
    """Anonymous: published without the member's name anywhere outside the office."""

    PUBLIC = "public"
    ANONYMOUS = "anonymous"


class VerificationOutcome(StrEnum):
    PUBLISHED = "published"
    RETURNED = "returned"


class MatchStatus(StrEnum):
    """A match from the engine's suggestion to agreement; dismissed: a suggestion judged not
    relevant, remembered so the engine does not offer it again for that demand."""

    SUGGESTED = "suggested"
    PROPOSED = "proposed"
    INTERESTED = "interested"
    NEGOTIATING = "negotiating"
    AGREED = "agreed"
    DECLINED = "declined"
    DISMISSED = "dismissed"


class MatchOrigin(StrEnum):
    ENGINE = "engine"
    CLERK = "clerk"


class MatchSide(StrEnum):
    """Who expressed interest, met, or declined: the demand's member, the supply's, the office."""

    DEMAND = "demand"
    SUPPLY = "supply"
    OFFICE = "office"


class DeclineReason(StrEnum):
    PRICE = "price"
    TECHNOLOGY_NOT_SUITABLE = "technology_not_suitable"
    TIMING = "timing"
    IP_TERMS = "ip_terms"
    CHOSE_ANOTHER_SOLUTION = "chose_another_solution"
    NO_ANSWER = "no_answer"
    OTHER = "other"


class DismissReason(StrEnum):
    """Why a suggestion is not worth proposing."""

    TECHNOLOGY_DOES_NOT_FIT = "technology_does_not_fit"
    READINESS_DOES_NOT_FIT = "readiness_does_not_fit"
    BUDGET_DOES_NOT_FIT = "budget_does_not_fit"
    COOPERATION_DOES_NOT_FIT = "cooperation_does_not_fit"
    SAME_MEMBER = "same_member"
    DUPLICATE = "duplicate"
    OTHER = "other"


class MatchEventKind(StrEnum):
    INTEREST = "interest"
    MEETING = "meeting"
    CALL = "call"
    NOTE = "note"
    STATUS = "status"


class ContractStatus(StrEnum):
    """A contract from the clerk's draft through review, issue for signature and signature to its
    execution; void: dropped before signature."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    RETURNED = "returned"
    APPROVED = "approved"
    AWAITING_SIGNATURE = "awaiting_signature"
    SIGNED = "signed"
    IN_EXECUTION = "in_execution"
    COMPLETED = "completed"
    TERMINATED = "terminated"
    VOID = "void"


class ProjectStatus(StrEnum):
    """The cooperation a signed contract starts: running until completed (every milestone
    done, then the three-party evaluation) or terminated early."""

    RUNNING = "running"
    COMPLETED = "completed"
    TERMINATED = "terminated"


class EntryKind(StrEnum):
    """An entry in a project's log: a dated progress report, feedback from a party, a problem
    raised, or the resolution of a problem."""

    PROGRESS = "progress"
    FEEDBACK = "feedback"
    PROBLEM = "problem"
    RESOLUTION = "resolution"


class PartySide(StrEnum):
    """Who speaks in a project: the enterprise, the university or institute, or the office (the
    three views of the evaluation)."""

    ENTERPRISE = "enterprise"
    RESEARCH = "research"
    OFFICE = "office"


class ConflictKind(StrEnum):
    EDIT = "edit"  # changed on two sites since they last synced
    DUPLICATE = "duplicate"  # one unique value (registration code, external id) on two records


class ConflictStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"
