"""Members of the office (organisations of every kind) and their contacts."""

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, SyncMixin
from app.models.enums import MemberKind, MemberStatus, SizeClass, string_enum


class Member(SyncMixin, Base):
    __tablename__ = "member"

    kind: Mapped[MemberKind] = mapped_column(string_enum(MemberKind), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    short_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    registration_code: Mapped[str | None] = mapped_column(String(40), unique=True)
    country: Mapped[str] = mapped_column(String(2), nullable=False, default="CN")
    region: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    city: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    website: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    sectors: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    keywords: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    size_class: Mapped[SizeClass] = mapped_column(
        string_enum(SizeClass), nullable=False, default=SizeClass.NA
    )
    status: Mapped[MemberStatus] = mapped_column(
        string_enum(MemberStatus), nullable=False, default=MemberStatus.ACTIVE
    )
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    # Normalised text of name, short name, keywords, city and contacts; what the registry filter
    # searches. Derived: the member service rewrites it on every change.
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    name_key: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    contacts: Mapped[list["Contact"]] = relationship(
        back_populates="member",
        order_by="(Contact.position, Contact.id)",
        cascade="all, delete-orphan",
    )

    __table_args__ = (
        Index("ix_member_name", "name"),
        Index("ix_member_name_key", "name_key"),
        Index("ix_member_kind_status", "kind", "status"),
        Index("ix_member_region", "region"),
        Index("ix_member_updated_at", "updated_at"),
    )


class Contact(SyncMixin, Base):
    __tablename__ = "contact"

    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(nullable=False, default=0)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    title: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")

    member: Mapped[Member] = relationship(back_populates="contacts")
