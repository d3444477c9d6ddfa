"""SQLAlchemy models. Importing this package registers every table on Base.metadata."""

from app.models.alliance import Alliance, AllianceMembership
from app.models.audit import AuditChainHead, AuditEntry
from app.models.base import Base, SyncMixin, new_id, utcnow
from app.models.contract import (
    Contract,
    ContractClause,
    ContractIssue,
    ContractParty,
    ContractRevision,
    ContractSignature,
    PaymentInstalment,
)
from app.models.enums import (
    AllianceRole,
    AuditAction,
    Confidentiality,
    ContractStatus,
    CooperationType,
    DeclineReason,
    DismissReason,
    IPStatus,
    ListingKind,
    ListingStatus,
    MatchEventKind,
    MatchOrigin,
    MatchSide,
    MatchStatus,
    MemberKind,
    MemberStatus,
    Role,
    SizeClass,
    VerificationOutcome,
)
from app.models.listing import Listing, ListingVerification
from app.models.match import Match, MatchEvent, MatchReview
from app.models.member import Contact, Member
from app.models.site import SiteSetting
from app.models.user import User

__all__ = [
    "Alliance",
    "AllianceMembership",
    "AllianceRole",
    "AuditAction",
    "AuditChainHead",
    "AuditEntry",
    "Base",
    "Confidentiality",
    "Contact",
    "Contract",
    "ContractClause",
    "ContractIssue",
    "ContractParty",
    "ContractRevision",
    "ContractSignature",
    "ContractStatus",
    "CooperationType",
    "DeclineReason",
    "DismissReason",
    "IPStatus",
    "Listing",
    "ListingKind",
    "ListingStatus",
    "ListingVerification",
    "Match",
    "MatchEvent",
    "MatchEventKind",
    "MatchOrigin",
    "MatchReview",
    "MatchSide",
    "MatchStatus",
    "Member",
    "MemberKind",
    "MemberStatus",
    "PaymentInstalment",
    "Role",
    "SiteSetting",
    "SizeClass",
    "SyncMixin",
    "User",
    "VerificationOutcome",
    "new_id",
    "utcnow",
]
