"""Digital signatures on a finished contract PDF, with pyHanko.

Each signature is an incremental update: the signed file is the input's exact bytes followed by
the new revision, so a second signer signs the first signer's output in their own field and
both signatures stay valid. A signed PDF is never rewritten (a rewrite, even a harmless-looking
one by qpdf or "print to PDF", breaks every signature). Signatures are PAdES baseline B
(PAdES-B-B): the laptops are often offline, so there is no timestamp server.

Verification needs trust roots: the certificates the office trusts (its own CA, a national CA).
An office configures them; the tests pass their throwaway self-signed certificates. A signature
whose certificate does not chain to a trusted root is reported intact but not trusted."""

import io
import logging
import os
import tempfile
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asn1crypto import x509
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext

from app.errors import DomainError
from app.resources import resource_path
from app.services.pdf_fonts import FONT_FILE

# -- the stamp's font ---------------------------------------------------------------------------

# fontTools warns on every subset that it drops the font's FFTM table (a harmless FontForge stamp).
logging.getLogger("fontTools.subset").setLevel(logging.ERROR)

_font_lock = threading.Lock()
_font_bytes: bytes | None = None


def _stamp_font() -> bytes:
    """The bundled font as a single TrueType file (pyHanko reads no .ttc collections), made once
    per process (about 0.2 s) so a Chinese signer's name shows in the stamp."""
    global _font_bytes
    with _font_lock:
        if _font_bytes is None:
            from fontTools.ttLib import TTFont

            buffer = io.BytesIO()
            TTFont(str(resource_path(*FONT_FILE)), fontNumber=0, lazy=True).save(buffer)
            _font_bytes = buffer.getvalue()
        return _font_bytes


@dataclass(frozen=True)
class _BundledFont(GlyphAccumulatorFactory):
    def create_font_engine(self, writer: Any, obj_stream: Any = None) -> GlyphAccumulator:
        if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
            obj_stream = writer.prepare_object_stream()
        return GlyphAccumulator(
            writer=writer,
            font_handle=io.BytesIO(_stamp_font()),
            font_size=self.font_size,
            writing_direction="ltr",
            obj_stream=obj_stream,
        )


# -- signing ------------------------------------------------------------------------------------


def load_signer(p12_path: str | os.PathLike[str], password: bytes) -> signers.SimpleSigner:
    """The key and certificate in a PKCS#12 (.p12/.pfx) file; a plain DomainError when the file
    or the password is wrong."""
    path = Path(p12_path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DomainError(
            "The certificate file {path} cannot be read ({reason}). Choose the .p12 or .pfx file "
            "again.",
            path=str(path),
            reason=exc.strerror or type(exc).__name__,
        ) from exc
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(data, other_certs=(), passphrase=password)
    except (ValueError, TypeError) as exc:
        raise DomainError(
            "The certificate file {path} could not be opened: either the password is wrong or "
            "the file is not a PKCS#12 (.p12/.pfx) certificate. Check the password and try again.",
            path=path.name,
        ) from exc
    if signer.signing_cert is None:  # a .p12 with certificates but no key
        raise DomainError(
            "The certificate file {path} holds no signing key. Ask for the .p12 file that "
            "includes the private key.",
            path=path.name,
        )
    return signer


def sign_pdf(
    path_in: str | os.PathLike[str],
    path_out: str | os.PathLike[str],
    p12_path: str | os.PathLike[str],
    password: bytes,
    field_name: str,
    box: tuple[int, int, int, int],
    page: int,
    *,
    signer_name: str,
) -> None:
    """Sign `path_in` into `path_out` with a visible signature in `box` (PDF points) on `page`
    (1 = first page), as a new field `field_name`. `path_out` is written via a temporary file
    and may be `path_in` itself; it starts with the exact bytes of `path_in`."""
    signer = load_signer(p12_path, password)
    source = Path(path_in)
    target = Path(path_out)
    stamp = TextStampStyle(
        stamp_text=_stamp_text(signer_name),
        text_box_style=TextBoxStyle(font=_BundledFont(font_file="", font_size=8)),
        border_width=1,
        timestamp_format="%Y-%m-%d %H:%M:%S %Z",
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        name=signer_name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    spec = fields.SigFieldSpec(field_name, on_page=page - 1, box=box)
    handle, temp_name = tempfile.mkstemp(prefix=".signed-", suffix=".pdf", dir=target.parent)
    try:
        with open(source, "rb") as infile, os.fdopen(handle, "wb") as out:
            writer = IncrementalPdfFileWriter(infile, strict=False)
            pdf_signer = signers.PdfSigner(
                meta, signer=signer, stamp_style=stamp, new_field_spec=spec
            )
            pdf_signer.sign_pdf(writer, output=out)
        os.replace(temp_name, target)
    except (PdfError, SigningError) as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise DomainError(
            "{path} could not be signed: {reason}. If it was signed already in the field "
            "{field}, that party has signed.",
            path=source.name,
            reason=str(exc),
            field=field_name,
        ) from exc
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _stamp_text(signer_name: str) -> str:
    name = signer_name.replace("%", "%%")  # the stamp text is a %-format string
    return f"Digitally signed / 数字签名\n{name}\n%(ts)s"


# -- verifying ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignatureCheck:
    field: str
    signer: str  # the certificate's common name
    intact: bool  # the signed bytes are unchanged
    valid: bool  # the cryptographic signature checks out
    trusted: bool  # the certificate chains to a configured trust root
    covers_whole_file: bool  # no revision was added after this signature
    modified_after: bool  # a later revision changed more than signature fields

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and self.trusted and not self.modified_after


@dataclass(frozen=True)
class VerificationReport:
    signatures: tuple[SignatureCheck, ...]
    changed_after_last_signature: bool

    @property
    def ok(self) -> bool:
        return (
            bool(self.signatures)
            and all(s.ok for s in self.signatures)
            and not self.changed_after_last_signature
        )

    def problems(self) -> list[str]:
        """Plain sentences for a clerk, one per thing that is wrong (empty when all is well)."""
        out: list[str] = []
        if not self.signatures:
            out.append("The file has no digital signatures.")
        for s in self.signatures:
            who = f"The signature of {s.signer} ({s.field})"
            if not s.intact:
                out.append(f"{who} no longer matches the file: the file was altered.")
            elif not s.valid:
                out.append(f"{who} is not a valid signature.")
            elif not s.trusted:
                out.append(f"{who} uses a certificate that is not among the trusted ones.")
            if s.modified_after:
                out.append(f"{who} was followed by changes other than further signatures.")
        if self.changed_after_last_signature:
            out.append("The file was changed after the last signature.")
        return out


def certificates(data: Iterable[bytes]) -> list[x509.Certificate]:
    """Certificates from PEM or DER bytes (what an office's trust-root files hold)."""
    from pyhanko.keys import load_certs_from_pemder_data

    return [cert for blob in data for cert in load_certs_from_pemder_data(blob)]


def verify_pdf(
    path: str | os.PathLike[str], trust_roots: Iterable[x509.Certificate] = ()
) -> VerificationReport:
    """Every signature in the file, checked against `trust_roots` (no network: no revocation
    checks, as an offline laptop cannot make them)."""
    source = Path(path)
    context = ValidationContext(trust_roots=list(trust_roots), allow_fetching=False)
    checks: list[SignatureCheck] = []
    try:
        with open(source, "rb") as infile:
            reader = PdfFileReader(infile, strict=False)
            embedded = reader.embedded_signatures
            for sig in embedded:
                status = validate_pdf_signature(sig, context)
                subject = status.signing_cert.subject.native if status.signing_cert else {}
                whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
                # A later revision that only adds signatures keeps docmdp_ok; anything else
                # (changed text, pages, annotations) does not.
                modified = not whole and not status.docmdp_ok
                checks.append(
                    SignatureCheck(
                        field=sig.field_name,
                        signer=str(subject.get("common_name", "?")),
                        intact=bool(status.intact),
                        valid=bool(status.valid),
                        trusted=bool(status.trusted),
                        covers_whole_file=whole,
                        modified_after=modified,
                    )
                )
            last_whole = bool(checks) and checks[-1].covers_whole_file
    except OSError as exc:
        raise DomainError(
            "{path} cannot be read ({reason}).",
            path=str(source),
            reason=exc.strerror or type(exc).__name__,
        ) from exc
    except PdfError as exc:
        raise DomainError(
            "{path} is not a readable PDF file (it is damaged or not a PDF): {reason}.",
            path=source.name,
            reason=str(exc),
        ) from exc
    return VerificationReport(tuple(checks), bool(checks) and not last_whole)
