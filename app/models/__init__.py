"""SQLAlchemy models. Importing this package registers every table on Base.metadata."""

from app.models.alliance import Alliance, AllianceMembership
from app.models.audit import AuditChainHead, AuditEntry
from app.models.base import Base, SyncMixin, new_id, utcnow
from app.models.enums import AllianceRole, AuditAction, MemberKind, MemberStatus, Role, SizeClass
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
    "Contact",
    "Member",
    "MemberKind",
    "MemberStatus",
    "Role",
    "SiteSetting",
    "SizeClass",
    "SyncMixin",
    "User",
    "new_id",
    "utcnow",
]
