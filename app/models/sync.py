"""Sync bookkeeping: which change made each row's current state, the conflicts sync found, and
the record of every sync run (DESIGN §5).

`SyncRowState` points every syncable row at the audit entry (site, seq) that produced its
present state; the audit trail is the change log, and a database's knowledge of another site is
the head of that site's chain (`audit_chain_head`). `SyncConflict` rows sync like any record,
so a conflict found on a laptop is seen (and resolved once) everywhere. `SyncRun` stays local."""

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncMixin, new_id
from app.models.enums import ConflictKind, ConflictStatus, string_enum


class SyncRowState(Base):
    __tablename__ = "sync_row"

    entity: Mapped[str] = mapped_column(String(50), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_id: Mapped[str] = mapped_column(String(36), nullable=False)
    seq: Mapped[int] = mapped_column(nullable=False)


class SyncConflict(SyncMixin, Base):
    """One record changed on two sites (kind edit), or one unique value (a registration code, an
    external id) given to two records (kind duplicate). Version A is the one in the data while
    the conflict is open; version B the other. Both are JSON objects field → value."""

    __tablename__ = "sync_conflict"

    kind: Mapped[ConflictKind] = mapped_column(string_enum(ConflictKind), nullable=False)
    entity: Mapped[str] = mapped_column(String(50), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    other_id: Mapped[str | None] = mapped_column(String(36))
    label: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    version_a: Mapped[str] = mapped_column(Text, nullable=False)
    site_a: Mapped[str] = mapped_column(String(36), nullable=False)
    by_a: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    at_a: Mapped[datetime] = mapped_column(nullable=False)
    version_b: Mapped[str] = mapped_column(Text, nullable=False)
    site_b: Mapped[str] = mapped_column(String(36), nullable=False)
    by_b: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    at_b: Mapped[datetime] = mapped_column(nullable=False)
    status: Mapped[ConflictStatus] = mapped_column(
        string_enum(ConflictStatus), nullable=False, default=ConflictStatus.OPEN
    )
    resolution: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    resolved_by: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)


class SyncRun(Base):
    """One sync or copy-out, as the Sync dialog and the status bar report it (never synced)."""

    __tablename__ = "sync_run"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # "sync" or "copy"
    remote: Mapped[str] = mapped_column(String(500), nullable=False)
    remote_site: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    started_at: Mapped[datetime] = mapped_column(nullable=False)
    finished_at: Mapped[datetime] = mapped_column(nullable=False)
    sent: Mapped[int] = mapped_column(nullable=False, default=0)
    received: Mapped[int] = mapped_column(nullable=False, default=0)
    conflicts: Mapped[int] = mapped_column(nullable=False, default=0)
    outcome: Mapped[str] = mapped_column(String(20), nullable=False)  # done, cancelled
