"""Issuing an approved contract for signature, and recording its signatures.

Issuing renders the contract's PDF once and stores its exact bytes with their SHA-256
(`ContractIssue`); that file never changes. Each party then signs in one of two ways:

- wet ink: the clerk records who signed, when, and attaches the scanned signed copy;
- digitally: pyHanko signs the latest signed file (the issued one for the first signer) from the
  signer's PKCS#12 file into that party's own visible field, as an incremental update, so the
  file keeps the issued bytes as its start and every earlier signature stays valid.

When every party has signed, the contract is signed (`signed_on`: the last signature's date) and
its execution can start. A change to the contract voids the issue (contracts.update_contract);
the next approval issues a new PDF. Checking a file against these records is contract_verify."""

import hashlib
import io
import json
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pyhanko.pdf_utils.reader import PdfFileReader
from sqlalchemy import select

from app.errors import DomainError, ValidationError, problem
from app.models import (
    Contract,
    ContractIssue,
    ContractParty,
    ContractRevision,
    ContractSignature,
    utcnow,
)
from app.models.enums import ContractStatus
from app.services import contract_signing, projects
from app.services.contract_document import Language
from app.services.contract_pdf import render_contract_pdf, watermark_for
from app.services.contracts import _allow, _load, contract_document
from app.services.permissions import Action
from app.services.uow import Actor, UnitOfWork

S = ContractStatus
WET_INK = "wet_ink"
DIGITAL = "digital"
SCAN_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
SCAN_LIMIT = 25 * 1024 * 1024  # a scanned contract of a few dozen pages at 300 dpi


@dataclass(frozen=True)
class SignatureRow:
    method: str  # wet_ink | digital
    signatory_name: str
    signatory_title: str
    signed_on: date
    recorded_at: datetime
    recorded_by: str
    scan_name: str  # wet ink: the attached scan's file name
    certificate_subject: str  # digital: who the certificate names


@dataclass(frozen=True)
class PartySlot:
    position: int
    role_label: str
    name: str
    signatory_name: str
    signatory_title: str
    signature: SignatureRow | None


@dataclass(frozen=True)
class IssueDetail:
    id: str
    version: int
    contract_id: str
    number: str
    revision_number: int
    issued_at: datetime
    issued_by: str
    sha256: str
    pages: int
    parties: tuple[PartySlot, ...]
    digitally_signed: bool  # the stored file carries at least one digital signature
    voided_at: datetime | None
    void_reason: str

    @property
    def all_signed(self) -> bool:
        return all(p.signature is not None for p in self.parties)

    @property
    def waiting_for(self) -> tuple[PartySlot, ...]:
        return tuple(p for p in self.parties if p.signature is None)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- reading ------------------------------------------------------------------------------------


def _issue_detail(contract: Contract, issue: ContractIssue) -> IssueDetail:
    signed = {s.party_position: s for s in issue.signatures if s.deleted_at is None}
    parties = [p for p in contract.parties if p.deleted_at is None]
    return IssueDetail(
        id=issue.id,
        version=issue.version,
        contract_id=contract.id,
        number=contract.number,
        revision_number=issue.revision_number,
        issued_at=issue.issued_at,
        issued_by=issue.issued_by,
        sha256=issue.sha256,
        pages=issue.pages,
        parties=tuple(
            PartySlot(
                i,
                p.role_label or p.role,
                p.name,
                p.signatory_name,
                p.signatory_title,
                _signature_row(signed[i]) if i in signed else None,
            )
            for i, p in enumerate(parties)
        ),
        digitally_signed=issue.signed_pdf is not None,
        voided_at=issue.voided_at,
        void_reason=issue.void_reason,
    )


def _signature_row(s: ContractSignature) -> SignatureRow:
    return SignatureRow(
        s.method,
        s.signatory_name,
        s.signatory_title,
        s.signed_on,
        s.recorded_at,
        s.recorded_by,
        s.scan_name,
        s.certificate_subject,
    )


def _current(uow: UnitOfWork, contract: Contract) -> ContractIssue | None:
    return uow.session.scalar(
        select(ContractIssue)
        .where(
            ContractIssue.contract_id == contract.id,
            ContractIssue.voided_at.is_(None),
            ContractIssue.deleted_at.is_(None),
        )
        .order_by(ContractIssue.issued_at.desc())
    )


def _current_or_refuse(uow: UnitOfWork, contract: Contract) -> ContractIssue:
    issue = _current(uow, contract)
    if issue is None:
        raise DomainError(
            "Contract {number} has no PDF issued for signature. A supervisor approves it, then "
            "Issue for signature makes the PDF the parties sign.",
            number=contract.number,
        )
    return issue


def current_issue(uow: UnitOfWork, contract_id: str) -> IssueDetail | None:
    """The PDF issued for signature that is in force (none before issue or after a change)."""
    contract = _load(uow, contract_id)
    issue = _current(uow, contract)
    return _issue_detail(contract, issue) if issue else None


def issue_history(uow: UnitOfWork, contract_id: str) -> list[IssueDetail]:
    """Every PDF issued for the contract, newest first, voided ones included."""
    contract = _load(uow, contract_id)
    rows = uow.session.scalars(
        select(ContractIssue)
        .where(ContractIssue.contract_id == contract.id)
        .order_by(ContractIssue.issued_at.desc())
    )
    return [_issue_detail(contract, issue) for issue in rows]


def issued_pdf(uow: UnitOfWork, contract_id: str, *, original: bool = False) -> bytes:
    """The PDF in force: the latest digitally signed file, or the issued one (`original`)."""
    issue = _current_or_refuse(uow, _load(uow, contract_id))
    return issue.pdf if original or issue.signed_pdf is None else issue.signed_pdf


def signed_scan(uow: UnitOfWork, contract_id: str, position: int) -> tuple[str, bytes]:
    """The scanned signed copy attached to a party's wet-ink signature: (file name, bytes)."""
    issue = _current_or_refuse(uow, _load(uow, contract_id))
    for s in issue.signatures:
        if s.party_position == position and s.scan is not None:
            return s.scan_name, s.scan
    raise DomainError("No scanned copy is attached for this party.")


# -- issuing ------------------------------------------------------------------------------------


def render_pdf_bytes(
    uow: UnitOfWork, contract_id: str, *, watermark: str = ""
) -> tuple[bytes, str]:
    """The contract's PDF as it would be issued now: (bytes, signature boxes as JSON)."""
    document = contract_document(uow, contract_id)
    with tempfile.TemporaryDirectory(prefix="helix-contract-") as folder:
        path = Path(folder) / "contract.pdf"
        rendered = render_contract_pdf(document, path, watermark=watermark)
        boxes = json.dumps(
            [
                {"party": b.party_index, "field": b.field_name, "page": b.page, "box": b.box}
                for b in rendered.boxes
            ]
        )
        return path.read_bytes(), boxes


def contract_pdf(uow: UnitOfWork, contract_id: str) -> tuple[bytes, bool]:
    """The PDF a clerk previews, prints or saves: the one in force once issued (signed copy
    included), else a fresh copy marked DRAFT (or VOID) across every page. Returns (bytes,
    whether it is the issued file)."""
    contract = _load(uow, contract_id)
    issue = _current(uow, contract)
    if issue is not None:
        return (issue.signed_pdf or issue.pdf), True
    language: Language = "zh" if contract.language == "zh" else "en"
    kind = "void" if contract.status is S.VOID else "draft"
    pdf, _boxes = render_pdf_bytes(uow, contract_id, watermark=watermark_for(language, kind))
    return pdf, False


def issue_for_signature(
    uow: UnitOfWork, contract_id: str, by: Actor, expected_version: int | None = None
) -> IssueDetail:
    """Freeze the approved contract's PDF for signature: stored with its SHA-256, never changed."""
    uow.acting(by, Action.EDIT_CONTRACTS)
    contract = _load(uow, contract_id, expected_version)
    _allow(contract, S.AWAITING_SIGNATURE)
    pdf, boxes = render_pdf_bytes(uow, contract_id)
    revision = uow.session.scalar(
        select(ContractRevision.number)
        .where(ContractRevision.contract_id == contract.id)
        .order_by(ContractRevision.number.desc())
    )
    issue = ContractIssue(
        contract_id=contract.id,
        revision_number=revision or 0,
        issued_at=utcnow(),
        issued_by=by.name,
        sha256=sha256_hex(pdf),
        pdf=pdf,
        pages=_page_count(pdf),
        signature_boxes=boxes,
    )
    uow.session.add(issue)
    contract.status = S.AWAITING_SIGNATURE
    uow.flush()
    return _issue_detail(contract, issue)


def _page_count(pdf: bytes) -> int:
    return int(PdfFileReader(io.BytesIO(pdf), strict=False).root["/Pages"]["/Count"])


# -- signatures ---------------------------------------------------------------------------------


def _party_for_signature(
    uow: UnitOfWork, contract: Contract, issue: ContractIssue, position: int
) -> ContractParty:
    """The party about to sign; refused when it has signed already. Touching the issue (at
    once, so a refusal comes as a plain message) makes two clerks recording signatures at once
    meet its version check: the second is told, never a duplicate signature."""
    parties = [p for p in contract.parties if p.deleted_at is None]
    if not 0 <= position < len(parties):
        raise DomainError("Contract {number} has no party {n}.", number=contract.number, n=position)
    if any(s.party_position == position for s in issue.signatures if s.deleted_at is None):
        raise DomainError(
            "{party} has signed contract {number} already; each party signs once.",
            party=parties[position].name or parties[position].role_label,
            number=contract.number,
        )
    issue.updated_at = utcnow()
    uow.flush()
    return parties[position]


def _after_signature(
    uow: UnitOfWork, contract: Contract, issue: ContractIssue, by: Actor
) -> IssueDetail:
    uow.flush()
    uow.session.expire(issue, ["signatures"])
    detail = _issue_detail(contract, issue)
    if detail.all_signed:
        _allow(contract, S.SIGNED)
        contract.status = S.SIGNED
        contract.signed_on = max(p.signature.signed_on for p in detail.parties if p.signature)
        uow.flush()
        projects.start_project(uow, contract.id, by)  # the contract is in execution now
    return detail


def record_wet_signature(
    uow: UnitOfWork,
    contract_id: str,
    position: int,
    signatory_name: str,
    signatory_title: str,
    signed_on: date,
    scan_path: str | Path,
    by: Actor,
) -> IssueDetail:
    """Record that party `position` signed the printed contract, with the scanned signed copy."""
    uow.acting(by, Action.EDIT_CONTRACTS)
    contract = _load(uow, contract_id)
    issue = _current_or_refuse(uow, contract)
    party = _party_for_signature(uow, contract, issue, position)
    errors: dict[str, str] = {}
    if not signatory_name.strip():
        errors["signatory_name"] = "Enter the name of the person who signed."
    if signed_on > date.today():
        errors["signed_on"] = "The signing date is in the future; enter the date on the copy."
    elif signed_on < issue.issued_at.astimezone().date():  # both in the clerk's time zone
        errors["signed_on"] = "The contract was issued after this date; check the date signed."
    scan_name, scan = _read_scan(Path(scan_path), errors)
    if errors:
        raise ValidationError(errors)
    uow.session.add(
        ContractSignature(
            issue_id=issue.id,
            party_position=position,
            party_name=party.name,
            method=WET_INK,
            signatory_name=signatory_name.strip(),
            signatory_title=signatory_title.strip(),
            signed_on=signed_on,
            recorded_at=utcnow(),
            recorded_by=by.name,
            scan_name=scan_name,
            scan=scan,
            file_sha256=sha256_hex(scan),
        )
    )
    return _after_signature(uow, contract, issue, by)


def _read_scan(path: Path, errors: dict[str, str]) -> tuple[str, bytes]:
    if path.suffix.lower() not in SCAN_SUFFIXES:
        errors["scan"] = "Attach the scan as a PDF, PNG, JPEG or TIFF file."
        return path.name, b""
    try:
        size = path.stat().st_size
        if size > SCAN_LIMIT:
            errors["scan"] = problem(
                "The scan is {size} MB; scan it at a lower resolution (at most {limit} MB).",
                size=size // (1024 * 1024),
                limit=SCAN_LIMIT // (1024 * 1024),
            )
            return path.name, b""
        data = path.read_bytes()
    except OSError as exc:
        errors["scan"] = problem(
            "The scan {name} cannot be read ({reason}).",
            name=path.name,
            reason=exc.strerror or str(exc),
        )
        return path.name, b""
    if not data:
        errors["scan"] = problem("The scan {name} is empty.", name=path.name)
    return path.name, data


def sign_digitally(
    uow: UnitOfWork,
    contract_id: str,
    position: int,
    p12_path: str | Path,
    password: bytes,
    by: Actor,
) -> IssueDetail:
    """Party `position` signs the PDF in force with the key in a PKCS#12 file, in that party's
    signature field (an incremental update: every earlier signature stays valid)."""
    uow.acting(by, Action.EDIT_CONTRACTS)
    contract = _load(uow, contract_id)
    issue = _current_or_refuse(uow, contract)
    party = _party_for_signature(uow, contract, issue, position)
    box = next((b for b in json.loads(issue.signature_boxes) if b["party"] == position), None)
    if box is None:
        raise DomainError(
            "The issued PDF has no signature field for {party}; issue the contract again.",
            party=party.name,
        )
    certificate = contract_signing.load_signer(p12_path, password).signing_cert
    assert certificate is not None  # load_signer refuses a file without a key
    common_name = str(certificate.subject.native.get("common_name", ""))
    with tempfile.TemporaryDirectory(prefix="helix-sign-") as folder:
        source = Path(folder) / "in.pdf"
        target = Path(folder) / "out.pdf"
        source.write_bytes(issue.signed_pdf or issue.pdf)
        contract_signing.sign_pdf(
            source,
            target,
            p12_path,
            password,
            box["field"],
            tuple(box["box"]),
            box["page"],
            signer_name=party.signatory_name or common_name,
        )
        signed = target.read_bytes()
    issue.signed_pdf = signed
    uow.session.add(
        ContractSignature(
            issue_id=issue.id,
            party_position=position,
            party_name=party.name,
            method=DIGITAL,
            signatory_name=party.signatory_name or common_name,
            signatory_title=party.signatory_title,
            signed_on=date.today(),
            recorded_at=utcnow(),
            recorded_by=by.name,
            certificate_subject=certificate.subject.human_friendly[:500],
            certificate_sha256=certificate.sha256.hex(),
            file_sha256=sha256_hex(signed),
        )
    )
    return _after_signature(uow, contract, issue, by)
