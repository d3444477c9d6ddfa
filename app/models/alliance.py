"""Alliances: standing communities of members (industry alliances, innovation consortia)."""

from datetime import date

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, SyncMixin
from app.models.enums import AllianceRole, string_enum
from app.models.member import Member


class Alliance(SyncMixin, Base):
    __tablename__ = "alliance"

    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    focus: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    lead_member_id: Mapped[str | None] = mapped_column(ForeignKey("member.id"), index=True)
    founded_on: Mapped[date | None] = mapped_column(default=None)
    ended_on: Mapped[date | None] = mapped_column(default=None)

    lead_member: Mapped[Member | None] = relationship()
    memberships: Mapped[list["AllianceMembership"]] = relationship(
        back_populates="alliance", cascade="all, delete-orphan"
    )


class AllianceMembership(SyncMixin, Base):
    __tablename__ = "alliance_membership"

    alliance_id: Mapped[str] = mapped_column(ForeignKey("alliance.id"), nullable=False)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), nullable=False, index=True)
    role: Mapped[AllianceRole] = mapped_column(
        string_enum(AllianceRole), nullable=False, default=AllianceRole.MEMBER
    )
    joined_on: Mapped[date | None] = mapped_column(default=None)
    left_on: Mapped[date | None] = mapped_column(default=None)

    alliance: Mapped[Alliance] = relationship(back_populates="memberships")
    member: Mapped[Member] = relationship()

    __table_args__ = (UniqueConstraint("alliance_id", "member_id", name="uq_alliance_membership"),)
