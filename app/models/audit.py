"""The audit trail: one entry per change of a domain record, hash-chained per site.

Each database (site) keeps its own chain: entry n carries the hash of entry n-1, and the chain's
head (last sequence number and hash) is kept apart, so a changed, removed or inserted entry, or
a removed tail, is found by `helix audit verify`. Per-site chains stay intact when sync brings
other sites' entries along."""

from datetime import datetime

from sqlalchemy import Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, new_id
from app.models.enums import AuditAction, string_enum


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    site_id: Mapped[str] = mapped_column(String(36), nullable=False)
    seq: Mapped[int] = mapped_column(nullable=False)
    at: Mapped[datetime] = mapped_column(nullable=False)
    actor: Mapped[str] = mapped_column(String(100), nullable=False)
    entity: Mapped[str] = mapped_column(String(50), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(36), nullable=False)
    action: Mapped[AuditAction] = mapped_column(string_enum(AuditAction), nullable=False)
    # JSON object: field -> [before, after] (insert: before is null; delete: after is null)
    changes: Mapped[str] = mapped_column(Text, nullable=False)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)

    __table_args__ = (
        UniqueConstraint("site_id", "seq", name="uq_audit_entry_site_seq"),
        Index("ix_audit_entry_entity", "entity", "entity_id"),
        Index("ix_audit_entry_at", "at"),
    )


class AuditChainHead(Base):
    """The last entry of a site's chain; updated under a row lock with every new entry."""

    __tablename__ = "audit_chain_head"

    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_seq: Mapped[int] = mapped_column(nullable=False, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="")
