"""Contracts: the record a clerk edits (fields, parties, ordered clauses, payment schedule), and
a revision with the whole contract's snapshot for every saved change.

A contract's `number` (HX-2026-000001) is assigned when it is created and never reused."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, LargeBinary, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, SyncMixin
from app.models.enums import ContractStatus, string_enum


class Contract(SyncMixin, Base):
    __tablename__ = "contract"

    number: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    template_id: Mapped[str] = mapped_column(String(100), nullable=False)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    language: Mapped[str] = mapped_column(String(5), nullable=False)
    status: Mapped[ContractStatus] = mapped_column(
        string_enum(ContractStatus), nullable=False, default=ContractStatus.DRAFT
    )
    match_id: Mapped[str | None] = mapped_column(
        ForeignKey("listing_match.id"), default=None, index=True
    )
    value: Mapped[Decimal] = mapped_column(Numeric(16, 2), nullable=False, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="CNY")
    start_date: Mapped[date | None] = mapped_column(default=None)
    end_date: Mapped[date | None] = mapped_column(default=None)
    subject: Mapped[str] = mapped_column(Text, nullable=False, default="")
    ip_ownership: Mapped[str] = mapped_column(Text, nullable=False, default="")
    risk_sharing: Mapped[str] = mapped_column(Text, nullable=False, default="")
    confidentiality_years: Mapped[int | None] = mapped_column(default=None)
    dispute_method: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    dispute_body: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    governing_law: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    signing_place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    review_comments: Mapped[str] = mapped_column(Text, nullable=False, default="")
    signed_on: Mapped[date | None] = mapped_column(default=None)  # when the last party signed

    parties: Mapped[list["ContractParty"]] = relationship(
        back_populates="contract", order_by="ContractParty.position"
    )
    clauses: Mapped[list["ContractClause"]] = relationship(
        back_populates="contract", order_by="ContractClause.position"
    )
    instalments: Mapped[list["PaymentInstalment"]] = relationship(
        back_populates="contract", order_by="PaymentInstalment.position"
    )

    __table_args__ = (Index("ix_contract_status_updated_at", "status", "updated_at"),)


class ContractParty(SyncMixin, Base):
    __tablename__ = "contract_party"

    contract_id: Mapped[str] = mapped_column(ForeignKey("contract.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(nullable=False)
    role: Mapped[str] = mapped_column(String(40), nullable=False)
    role_label: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    member_id: Mapped[str | None] = mapped_column(ForeignKey("member.id"), default=None, index=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    registration_code: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    representative: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    signatory_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    signatory_title: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    # Percent of the benefit this party receives (none when the contract shares no benefit).
    benefit_share: Mapped[Decimal | None] = mapped_column(Numeric(5, 2), default=None)

    contract: Mapped[Contract] = relationship(back_populates="parties")


class ContractClause(SyncMixin, Base):
    __tablename__ = "contract_clause"

    contract_id: Mapped[str] = mapped_column(ForeignKey("contract.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(nullable=False)
    key: Mapped[str] = mapped_column(String(60), nullable=False)
    heading: Mapped[str] = mapped_column(String(300), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # The template's text rendered from the record, so the clerk can restore it after editing;
    # empty for a clause the clerk added.
    template_text: Mapped[str] = mapped_column(Text, nullable=False, default="")

    contract: Mapped[Contract] = relationship(back_populates="clauses")


class PaymentInstalment(SyncMixin, Base):
    __tablename__ = "contract_instalment"

    contract_id: Mapped[str] = mapped_column(ForeignKey("contract.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(nullable=False)
    milestone: Mapped[str] = mapped_column(String(500), nullable=False)
    amount: Mapped[Decimal] = mapped_column(Numeric(16, 2), nullable=False)
    due_date: Mapped[date | None] = mapped_column(default=None)

    contract: Mapped[Contract] = relationship(back_populates="instalments")


class ContractRevision(SyncMixin, Base):
    """The whole contract as saved (JSON: fields, parties, clauses, schedule), numbered 1, 2…"""

    __tablename__ = "contract_revision"

    contract_id: Mapped[str] = mapped_column(ForeignKey("contract.id"), nullable=False)
    number: Mapped[int] = mapped_column(nullable=False)
    saved_at: Mapped[datetime] = mapped_column(nullable=False)
    saved_by: Mapped[str] = mapped_column(String(100), nullable=False)
    snapshot: Mapped[str] = mapped_column(Text, nullable=False)

    __table_args__ = (UniqueConstraint("contract_id", "number"),)


class ContractIssue(SyncMixin, Base):
    """A PDF issued for signature: frozen bytes and their SHA-256, never changed. Digital
    signatures append to it (`signed_pdf` is the latest signed file, which starts with `pdf`'s
    exact bytes). A change to the contract voids the issue; the next one is issued afresh."""

    __tablename__ = "contract_issue"

    contract_id: Mapped[str] = mapped_column(ForeignKey("contract.id"), nullable=False, index=True)
    revision_number: Mapped[int] = mapped_column(nullable=False)
    issued_at: Mapped[datetime] = mapped_column(nullable=False)
    issued_by: Mapped[str] = mapped_column(String(100), nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    pdf: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    pages: Mapped[int] = mapped_column(nullable=False)
    # Where each party's signature goes: JSON list of {party, field, page, box}.
    signature_boxes: Mapped[str] = mapped_column(Text, nullable=False)
    signed_pdf: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    voided_at: Mapped[datetime | None] = mapped_column(default=None)
    void_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")

    signatures: Mapped[list["ContractSignature"]] = relationship(
        back_populates="issue", order_by="ContractSignature.recorded_at"
    )


class ContractSignature(SyncMixin, Base):
    """One party's signature on an issued PDF: wet ink (with the scanned signed copy) or
    digital (the certificate that signed, and the signed file's SHA-256 after it)."""

    __tablename__ = "contract_signature"

    issue_id: Mapped[str] = mapped_column(ForeignKey("contract_issue.id"), nullable=False)
    party_position: Mapped[int] = mapped_column(nullable=False)
    party_name: Mapped[str] = mapped_column(String(300), nullable=False)
    method: Mapped[str] = mapped_column(String(20), nullable=False)  # wet_ink | digital
    signatory_name: Mapped[str] = mapped_column(String(100), nullable=False)
    signatory_title: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    signed_on: Mapped[date] = mapped_column(nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(nullable=False)
    recorded_by: Mapped[str] = mapped_column(String(100), nullable=False)
    scan_name: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    scan: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    certificate_subject: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    certificate_sha256: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    file_sha256: Mapped[str] = mapped_column(String(64), nullable=False, default="")

    issue: Mapped[ContractIssue] = relationship(back_populates="signatures")

    __table_args__ = (UniqueConstraint("issue_id", "party_position"),)
