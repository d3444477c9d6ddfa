"""SQLAlchemy models. Importing this package registers every table on Base.metadata."""

from app.models.alliance import Alliance, AllianceMembership
from app.models.base import Base, SyncMixin, new_id, utcnow
from app.models.enums import AllianceRole, MemberKind, MemberStatus, SizeClass
from app.models.member import Contact, Member
from app.models.site import SiteSetting

__all__ = [
    "Alliance",
    "AllianceMembership",
    "AllianceRole",
    "Base",
    "Contact",
    "Member",
    "MemberKind",
    "MemberStatus",
    "SiteSetting",
    "SizeClass",
    "SyncMixin",
    "new_id",
    "utcnow",
]
