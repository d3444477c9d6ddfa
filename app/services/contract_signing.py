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
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from asn1crypto import x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator import ValidationContext
from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from app.errors import DomainError
from app.services.pdf_fonts import pdf_font

# -- the stamp ----------------------------------------------------------------------------------


def _stamp_pdf(signer_name: str, signed_at: datetime, size: tuple[float, float]) -> bytes:
    """The visible signature's appearance as a one-page PDF of exactly `size` points, drawn with
    reportlab in the bundled font (a Chinese name lays out like any other text, and reportlab
    subsets the font in milliseconds, where pyHanko's own text stamp takes about a second)."""
    width, height = size
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=True)
    font = pdf_font()
    canvas.setStrokeColor(_STAMP_INK)
    canvas.setLineWidth(0.8)
    canvas.rect(0.5, 0.5, width - 1, height - 1)
    canvas.setFillColor(_STAMP_INK)
    lines = [
        ("Digitally signed · 数字签名", 7.0),
        (signer_name, 11.0),
        (signed_at.strftime("%Y-%m-%d %H:%M:%S UTC"), 7.0),
    ]
    total = sum(size * 1.25 for _, size in lines)
    y = height / 2 + total / 2
    for text, font_size in lines:
        y -= font_size * 1.25
        fitted = font_size
        while fitted > 5 and canvas.stringWidth(text, font, fitted) > width - 8:
            fitted -= 0.5
        canvas.setFont(font, fitted)
        canvas.drawCentredString(width / 2, y + font_size * 0.25, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


_STAMP_INK = HexColor("#1f3a5f")


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
    x1, y1, x2, y2 = box
    appearance = _stamp_pdf(signer_name, datetime.now(UTC), (x2 - x1, y2 - y1))
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        name=signer_name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    spec = fields.SigFieldSpec(field_name, on_page=page - 1, box=box)
    with tempfile.TemporaryDirectory(prefix="helix-stamp-") as folder:
        stamp_file = Path(folder) / "stamp.pdf"
        stamp_file.write_bytes(appearance)
        stamp = StaticStampStyle.from_pdf_file(
            str(stamp_file), border_width=0, background_opacity=1
        )
        pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=stamp, new_field_spec=spec)
        handle, temp_name = tempfile.mkstemp(prefix=".signed-", suffix=".pdf", dir=target.parent)
        try:
            with open(source, "rb") as infile, os.fdopen(handle, "wb") as out:
                pdf_signer.sign_pdf(IncrementalPdfFileWriter(infile, strict=False), output=out)
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


# -- verifying ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignatureCheck:
    field: str
    signer: str  # the certificate's common name
    certificate_sha256: str  # the signing certificate's fingerprint
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
                cert = status.signing_cert
                subject = cert.subject.native if cert else {}
                whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
                # A later revision that only adds signatures keeps docmdp_ok; anything else
                # (changed text, pages, annotations) does not.
                modified = not whole and not status.docmdp_ok
                checks.append(
                    SignatureCheck(
                        field=sig.field_name,
                        signer=str(subject.get("common_name", "?")),
                        certificate_sha256=cert.sha256.hex() if cert else "",
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


# -- showing ------------------------------------------------------------------------------------


def with_signatures_drawn(data: bytes) -> bytes:
    """A copy of a signed PDF for the screen and the printer only, with each visible signature's
    stamp drawn into its page. Viewers built on PDFium without form support (QtPdf) skip the
    signature widgets, so the stamps would be missing from the preview and from paper. The copy
    is never saved or verified: a signed file is only ever kept as it is."""
    from pyhanko.pdf_utils import generic

    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    pages = writer.root["/Pages"]
    drawn = 0
    for page_ix in range(int(pages["/Count"])):
        page_ref, _resources = writer.find_page_for_modification(page_ix)
        page = page_ref.get_object()
        xobjects = generic.DictionaryObject()
        commands = []
        for annot_ref in page.get("/Annots", generic.ArrayObject()):
            annot = annot_ref.get_object()
            field = annot.get("/Parent", annot_ref).get_object() if "/Parent" in annot else annot
            if annot.get("/Subtype") != "/Widget" or field.get("/FT") != "/Sig":
                continue
            appearance = annot.get("/AP", {}).get("/N") if "/AP" in annot else None
            if appearance is None or "/V" not in field:  # an empty field: nothing to draw
                continue
            rx1, ry1, rx2, ry2 = (float(v) for v in annot["/Rect"])
            x1, y1, x2, y2 = min(rx1, rx2), min(ry1, ry2), max(rx1, rx2), max(ry1, ry2)
            qx1, qy1, qx2, qy2 = (float(v) for v in appearance.get_object()["/BBox"])
            bx1, by1, bx2, by2 = min(qx1, qx2), min(qy1, qy2), max(qx1, qx2), max(qy1, qy2)
            sx = (x2 - x1) / ((bx2 - bx1) or 1)
            sy = (y2 - y1) / ((by2 - by1) or 1)
            name = f"/HelixSignature{drawn}"
            xobjects[generic.NameObject(name)] = appearance
            commands.append(
                f"q {sx:.4f} 0 0 {sy:.4f} {x1 - bx1 * sx:.2f} {y1 - by1 * sy:.2f} cm {name} Do Q"
            )
            drawn += 1
        if commands:
            # The page's own content may leave its coordinates transformed: wrap it in q … Q.
            opening = generic.StreamObject(stream_data=b"q\n")
            writer.add_stream_to_page(page_ix, writer.add_object(opening), prepend=True)
            stream = generic.StreamObject(stream_data="\n".join(["Q", *commands]).encode("ascii"))
            writer.add_stream_to_page(
                page_ix,
                writer.add_object(stream),
                resources=generic.DictionaryObject({generic.NameObject("/XObject"): xobjects}),
            )
    if not drawn:
        return data
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
