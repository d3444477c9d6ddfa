"""Matches: a demand and a supply brought together, from the engine's suggestion (or a clerk's
idea) through proposal, interest and negotiation to agreement, or declined; with their events.

A pair (demand, supply) has at most one live match; a removed one (a suggestion the engine no
longer ranks) stays as a tombstone for sync, and the pair may be suggested anew."""

from datetime import date, datetime

from sqlalchemy import Float, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, SyncMixin
from app.models.enums import (
    DeclineReason,
    DismissReason,
    MatchEventKind,
    MatchOrigin,
    MatchSide,
    MatchStatus,
    string_enum,
)
from app.models.listing import Listing

_LIVE = text("deleted_at IS NULL")


class Match(SyncMixin, Base):
    __tablename__ = "listing_match"

    demand_id: Mapped[str] = mapped_column(ForeignKey("listing.id"), nullable=False)
    supply_id: Mapped[str] = mapped_column(ForeignKey("listing.id"), nullable=False, index=True)
    # The engine's score 0–100 (none for a clerk's own proposal).
    score: Mapped[float | None] = mapped_column(Float, default=None)
    # JSON: {"parts": {name: points}, "reasons": [text], "shared_terms": [term]}
    breakdown: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    origin: Mapped[MatchOrigin] = mapped_column(string_enum(MatchOrigin), nullable=False)
    status: Mapped[MatchStatus] = mapped_column(string_enum(MatchStatus), nullable=False)
    proposed_at: Mapped[datetime | None] = mapped_column(default=None)
    agreed_at: Mapped[datetime | None] = mapped_column(default=None)
    declined_by_side: Mapped[MatchSide | None] = mapped_column(string_enum(MatchSide), default=None)
    decline_reason: Mapped[DeclineReason | None] = mapped_column(
        string_enum(DeclineReason), default=None
    )
    decline_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    dismiss_reason: Mapped[DismissReason | None] = mapped_column(
        string_enum(DismissReason), default=None
    )
    dismiss_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    demand: Mapped[Listing] = relationship(foreign_keys=[demand_id])
    supply: Mapped[Listing] = relationship(foreign_keys=[supply_id])
    events: Mapped[list["MatchEvent"]] = relationship(
        back_populates="match", order_by="(MatchEvent.happened_on, MatchEvent.created_at)"
    )

    __table_args__ = (
        Index(
            "uq_listing_match_pair",
            "demand_id",
            "supply_id",
            unique=True,
            sqlite_where=_LIVE,
            postgresql_where=_LIVE,
        ),
        Index("ix_listing_match_status_score", "status", "score"),
        Index("ix_listing_match_created_at", "created_at"),
    )


class MatchEvent(SyncMixin, Base):
    """Something that happened in a match: interest from a side, a meeting, a call, a note, or
    a change of status (with who declined and why, in the text)."""

    __tablename__ = "listing_match_event"

    match_id: Mapped[str] = mapped_column(
        ForeignKey("listing_match.id"), nullable=False, index=True
    )
    kind: Mapped[MatchEventKind] = mapped_column(string_enum(MatchEventKind), nullable=False)
    happened_on: Mapped[date] = mapped_column(nullable=False)
    side: Mapped[MatchSide | None] = mapped_column(string_enum(MatchSide), default=None)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")

    match: Mapped[Match] = relationship(back_populates="events")


class MatchReview(Base):
    """When a user last looked at the new suggestions (in this database: a reading mark, not a
    record of the office's work, so neither synced nor audited)."""

    __tablename__ = "listing_match_review"

    username: Mapped[str] = mapped_column(String(100), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(nullable=False)
