"""Is this contract PDF the one Helix issued, and are its signatures sound?

`verify_contract_file` reads the contract number from the file's title, finds the PDF issued for
that contract whose exact bytes the file starts with (a digitally signed file is the issued file
plus one incremental update per signature), and then checks every digital signature: intact,
cryptographically valid, made with the certificate Helix recorded for that party (or, when the
office has configured trust roots, chaining to one of them), and not followed by changes other
than further signatures. Every finding is a plain sentence; the file is in order when there are
no problems."""

import hashlib
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from sqlalchemy import select

from app.errors import DomainError
from app.models import Contract, ContractIssue
from app.services.contract_signing import SignatureCheck, certificates, verify_pdf
from app.services.uow import UnitOfWork
from app.settings import Settings, config_dir

NUMBER = re.compile(r"HX-(?:[A-Z0-9]+-)?\d{4}-\d{4,}")
CERTIFICATE_SUFFIXES = (".pem", ".crt", ".cer", ".der")


@dataclass(frozen=True)
class FileVerdict:
    file_name: str
    number: str | None  # the contract the file names
    revision_number: int | None  # the revision the matching issued PDF was made from
    issued_sha256: str | None  # the issued PDF the file starts with
    signatures: tuple[SignatureCheck, ...]
    problems: tuple[str, ...]  # what is wrong, one sentence each
    notes: tuple[str, ...]  # what is worth knowing but not wrong

    @property
    def ok(self) -> bool:
        return not self.problems


def trust_root_folder() -> Path:
    """Where an office puts the certificates it trusts (its own CA, a national CA): the folder
    named in Settings, else `trusted-certificates` in Helix's configuration folder."""
    configured = Settings.load().trusted_certificates
    return Path(configured) if configured else config_dir() / "trusted-certificates"


def configured_trust_roots(folder: Path | None = None) -> list[x509.Certificate]:
    """The certificates in the trust-root folder (none when it does not exist)."""
    folder = folder or trust_root_folder()
    if not folder.is_dir():
        return []
    blobs = [
        p.read_bytes()
        for p in sorted(folder.iterdir())
        if p.suffix.lower() in CERTIFICATE_SUFFIXES and p.is_file()
    ]
    try:
        return certificates(blobs)
    except ValueError as exc:
        raise DomainError(
            "A certificate in {folder} cannot be read ({reason}); remove it or replace it with a "
            "PEM or DER certificate file.",
            folder=str(folder),
            reason=str(exc),
        ) from exc


def _number_in(data: bytes, name: str) -> str | None:
    try:
        info = PdfFileReader(io.BytesIO(data), strict=False).trailer_view.get("/Info")
        info = info.get_object() if info is not None else None
        title = str(info.get("/Title", "")) if info is not None else ""
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        raise DomainError(
            "{name} is not a readable PDF file (it is damaged or not a PDF): {reason}.",
            name=name,
            reason=str(exc) or type(exc).__name__,
        ) from exc
    found = NUMBER.search(title)
    return found.group(0) if found else None


def verify_contract_file(
    uow: UnitOfWork, path: str | Path, trust_roots: Iterable[x509.Certificate] | None = None
) -> FileVerdict:
    """Check a contract PDF against the issued records and its own signatures.
    `trust_roots` None: the office's configured ones (`configured_trust_roots`)."""
    source = Path(path)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise DomainError(
            "{path} cannot be read ({reason}).",
            path=str(source),
            reason=exc.strerror or type(exc).__name__,
        ) from exc
    roots = list(configured_trust_roots() if trust_roots is None else trust_roots)
    try:
        number = _number_in(data, source.name)
    except DomainError as exc:  # damaged: a changed byte can break the file's structure
        return FileVerdict(source.name, None, None, None, (), (exc.message,), ())
    problems: list[str] = []
    notes: list[str] = []
    if number is None:
        problems.append(
            "The file does not name a Helix contract number, so it is not a contract PDF issued "
            "by Helix (or its title was changed)."
        )
        return FileVerdict(source.name, None, None, None, (), tuple(problems), ())
    contract = uow.session.scalar(select(Contract).where(Contract.number == number))
    if contract is None:
        problems.append(f"This database has no contract {number}; check the file or the database.")
        return FileVerdict(source.name, number, None, None, (), tuple(problems), ())
    issue = _issued_prefix(uow, contract, data)
    if issue is None:
        problems.append(
            f"The file does not start with any PDF issued for contract {number}: its content "
            "was altered after it was issued, or it is not an issued copy."
        )
    elif issue.voided_at is not None:
        problems.append(
            f"This is the PDF issued for revision {issue.revision_number} of contract {number}, "
            f"which was voided on {issue.voided_at:%Y-%m-%d} ({issue.void_reason}). Use the "
            "contract's current PDF."
        )
    try:
        checks = verify_pdf(source, roots)
    except DomainError as exc:
        return FileVerdict(source.name, number, None, None, (), (*problems, exc.message), ())
    recorded = _recorded_certificates(issue)
    for check in checks.signatures:
        problems.extend(_signature_problems(check, recorded, bool(roots)))
    if checks.changed_after_last_signature:
        problems.append("The file was changed after the last signature.")
    if issue is not None and not checks.signatures:
        if len(data) == len(issue.pdf):
            notes.append("The file is the PDF issued for signature, with no digital signatures.")
        else:
            problems.append("Bytes were added to the issued PDF that are not a signature.")
    if issue is not None and recorded and len(checks.signatures) < len(recorded):
        notes.append(
            f"The file holds {len(checks.signatures)} of the {len(recorded)} digital signatures "
            "recorded; the latest signed copy is in Helix."
        )
    return FileVerdict(
        source.name,
        number,
        issue.revision_number if issue else None,
        issue.sha256 if issue else None,
        checks.signatures,
        tuple(problems),
        tuple(notes),
    )


def _issued_prefix(uow: UnitOfWork, contract: Contract, data: bytes) -> ContractIssue | None:
    issues = uow.session.scalars(
        select(ContractIssue)
        .where(ContractIssue.contract_id == contract.id)
        .order_by(ContractIssue.issued_at.desc())
    )
    for issue in issues:
        if hashlib.sha256(data[: len(issue.pdf)]).hexdigest() == issue.sha256:
            return issue
    return None


def _recorded_certificates(issue: ContractIssue | None) -> dict[str, str]:
    """Field name → the fingerprint of the certificate recorded when that party signed."""
    if issue is None:
        return {}
    return {
        f"Signature{s.party_position + 1}": s.certificate_sha256
        for s in issue.signatures
        if s.method == "digital" and s.deleted_at is None
    }


def _signature_problems(check: SignatureCheck, recorded: dict[str, str], rooted: bool) -> list[str]:
    who = f"The signature of {check.signer} ({check.field})"
    if not check.intact:
        return [f"{who} no longer matches the file: the file was altered."]
    if not check.valid:
        return [f"{who} is not a valid signature."]
    out = []
    if rooted and not check.trusted:
        out.append(f"{who} uses a certificate that does not chain to a trusted root.")
    if not rooted and recorded.get(check.field) != check.certificate_sha256:
        out.append(
            f"{who} was made with a certificate Helix did not record for that party."
            if check.field in recorded
            else f"{who} was not recorded in Helix."
        )
    if check.modified_after:
        out.append(f"{who} was followed by changes other than further signatures.")
    return out
