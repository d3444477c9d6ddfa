"""Listings: members' technology demands and supplies, and their verification records.

A listing's `reference` (D-2026-0001 for a demand, S-2026-0001 for a supply) is assigned when it
is first published: only published listings are quoted by visitors, and drafts that never get
published leave no gaps in the numbering. It is kept for good afterwards (never reused)."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, SyncMixin
from app.models.enums import (
    Confidentiality,
    IPStatus,
    ListingKind,
    ListingStatus,
    VerificationOutcome,
    string_enum,
)
from app.models.member import Member


class Listing(SyncMixin, Base):
    __tablename__ = "listing"

    kind: Mapped[ListingKind] = mapped_column(string_enum(ListingKind), nullable=False)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), nullable=False, index=True)
    reference: Mapped[str | None] = mapped_column(String(20), unique=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    summary: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    keywords: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    sectors: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    # A supply's technology readiness level; for a demand, the minimum level wanted (optional).
    trl: Mapped[int | None] = mapped_column(default=None)
    ip_status: Mapped[IPStatus] = mapped_column(
        string_enum(IPStatus), nullable=False, default=IPStatus.NONE
    )
    cooperation_types: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    budget_min: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), default=None)
    budget_max: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), default=None)
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="CNY")
    region: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    deadline: Mapped[date | None] = mapped_column(default=None)
    confidentiality: Mapped[Confidentiality] = mapped_column(
        string_enum(Confidentiality), nullable=False, default=Confidentiality.PUBLIC
    )
    status: Mapped[ListingStatus] = mapped_column(
        string_enum(ListingStatus), nullable=False, default=ListingStatus.DRAFT
    )
    published_at: Mapped[datetime | None] = mapped_column(default=None)
    expires_at: Mapped[datetime | None] = mapped_column(default=None)
    extended: Mapped[bool] = mapped_column(nullable=False, default=False)
    return_reasons: Mapped[str] = mapped_column(Text, nullable=False, default="")
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    # Normalised title, summary and keywords (text.search_form); derived, rewritten on each save.
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")

    member: Mapped[Member] = relationship()
    verifications: Mapped[list["ListingVerification"]] = relationship(
        back_populates="listing", order_by="ListingVerification.verified_at"
    )

    __table_args__ = (
        Index("ix_listing_kind_status", "kind", "status"),
        Index("ix_listing_status_expires_at", "status", "expires_at"),
        Index("ix_listing_updated_at", "updated_at"),
    )


class ListingVerification(SyncMixin, Base):
    """One verification of a listing by a supervisor: who, when, the outcome and each check."""

    __tablename__ = "listing_verification"

    listing_id: Mapped[str] = mapped_column(ForeignKey("listing.id"), nullable=False, index=True)
    verified_by: Mapped[str] = mapped_column(String(100), nullable=False)
    verified_at: Mapped[datetime] = mapped_column(nullable=False)
    outcome: Mapped[VerificationOutcome] = mapped_column(
        string_enum(VerificationOutcome), nullable=False
    )
    # JSON: {"automatic": [{"name", "ok", "blocking", "message"}...], "checklist": {tick: bool}}
    checks: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    reasons: Mapped[str] = mapped_column(Text, nullable=False, default="")

    listing: Mapped[Listing] = relationship(back_populates="verifications")
