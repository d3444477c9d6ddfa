"""Digital signatures with pyHanko: two signers in turn, checked by verify_pdf and by poppler's
pdfsig. The certificates are throwaway and self-signed, trusted explicitly (an office configures
its own trust roots)."""

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from app.errors import DomainError
from app.services.contract_pdf import render_contract_pdf
from app.services.contract_signing import (
    certificates,
    sign_pdf,
    verify_pdf,
    with_signatures_drawn,
)
from tests.services.contract_samples import make_p12, zh_contract


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("signing")
    rendered = render_contract_pdf(zh_contract(), folder / "contract.pdf")
    p12_a, cert_a = make_p12(folder, "王建国", b"secret-a")
    p12_b, cert_b = make_p12(folder, "Li Ming", b"secret-b")
    box_a, box_b = rendered.boxes[:2]
    sign_pdf(
        folder / "contract.pdf",
        folder / "one.pdf",
        p12_a,
        b"secret-a",
        box_a.field_name,
        box_a.box,
        box_a.page,
        signer_name="王建国",
    )
    sign_pdf(
        folder / "one.pdf",
        folder / "two.pdf",
        p12_b,
        b"secret-b",
        box_b.field_name,
        box_b.box,
        box_b.page,
        signer_name="Li Ming",
    )
    return folder, certificates([cert_a, cert_b]), p12_a, rendered


def test_both_signatures_are_valid(signed) -> None:
    folder, roots, _, rendered = signed
    report = verify_pdf(folder / "two.pdf", roots)
    assert report.ok, report.problems()
    assert [(s.field, s.signer) for s in report.signatures] == [
        (rendered.boxes[0].field_name, "王建国"),
        (rendered.boxes[1].field_name, "Li Ming"),
    ]
    first, second = report.signatures
    assert first.intact and first.valid and first.trusted and not first.modified_after
    assert not first.covers_whole_file and second.covers_whole_file
    assert not report.changed_after_last_signature


def test_without_the_trust_roots_the_signatures_are_not_trusted(signed) -> None:
    folder, _, _, _ = signed
    report = verify_pdf(folder / "two.pdf")
    assert all(s.intact and not s.trusted for s in report.signatures)
    assert not report.ok


def test_each_signature_appends_to_the_bytes_before_it(signed) -> None:
    folder, _, _, _ = signed
    original, one, two = (folder / n for n in ("contract.pdf", "one.pdf", "two.pdf"))
    assert one.read_bytes().startswith(original.read_bytes())
    assert two.read_bytes().startswith(one.read_bytes())


def test_pdfsig_reports_both_signatures_valid(signed) -> None:
    pdfsig = shutil.which("pdfsig")
    if pdfsig is None:
        pytest.skip("pdfsig is not installed (Debian: apt install poppler-utils)")
    folder, _, _, _ = signed
    out = subprocess.run([pdfsig, str(folder / "two.pdf")], capture_output=True, text=True).stdout
    blocks = re.split(r"^Signature #\d+:", out, flags=re.MULTILINE)[1:]
    assert len(blocks) == 2, out
    names = [re.search(r"Common Name: (.+)", b).group(1).strip() for b in blocks]  # type: ignore[union-attr]
    assert names == ["王建国", "Li Ming"]
    for block in blocks:
        assert "Signature Validation: Signature is Valid." in block, block
    assert "Total document signed" in blocks[1]


def test_a_byte_changed_after_signing_is_found(signed) -> None:
    folder, roots, _, _ = signed
    data = bytearray((folder / "two.pdf").read_bytes())
    at = data.index(b"ReportLab Generated PDF document")  # a comment near the start: still parses
    data[at] = ord("r")
    tampered = folder / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    report = verify_pdf(tampered, roots)
    assert not report.ok
    assert not any(s.intact for s in report.signatures)
    assert any("altered" in p for p in report.problems())


def test_bytes_appended_after_the_last_signature_are_found(signed) -> None:
    folder, roots, _, _ = signed
    appended = folder / "appended.pdf"
    appended.write_bytes((folder / "two.pdf").read_bytes() + b"\n% an extra line\n")
    report = verify_pdf(appended, roots)
    assert report.changed_after_last_signature
    assert not report.ok


def test_wrong_password_is_a_plain_error(signed, tmp_path: Path) -> None:
    folder, _, p12_a, rendered = signed
    box = rendered.boxes[2]
    with pytest.raises(DomainError, match="password is wrong"):
        sign_pdf(
            folder / "contract.pdf",
            tmp_path / "out.pdf",
            p12_a,
            b"not-the-password",
            box.field_name,
            box.box,
            box.page,
            signer_name="x",
        )
    assert list(tmp_path.iterdir()) == []


def test_a_broken_p12_is_a_plain_error(signed, tmp_path: Path) -> None:
    folder, _, _, rendered = signed
    broken = tmp_path / "broken.p12"
    broken.write_bytes(b"this is not a certificate")
    box = rendered.boxes[2]
    with pytest.raises(DomainError, match="not a PKCS#12"):
        sign_pdf(
            folder / "contract.pdf",
            tmp_path / "out.pdf",
            broken,
            b"x",
            box.field_name,
            box.box,
            box.page,
            signer_name="x",
        )


def test_an_unsigned_file_is_not_ok(signed) -> None:
    folder, roots, _, _ = signed
    report = verify_pdf(folder / "contract.pdf", roots)
    assert report.signatures == () and not report.ok
    assert report.problems() == ["The file has no digital signatures."]


def test_the_display_copy_draws_the_stamps_into_the_page(signed) -> None:
    folder, _, _, rendered = signed
    drawn = with_signatures_drawn((folder / "two.pdf").read_bytes())
    reader = PdfFileReader(io.BytesIO(drawn), strict=False)
    page = reader.root["/Pages"]["/Kids"][rendered.boxes[0].page - 1].get_object()
    names = sorted(str(n) for n in page["/Resources"]["/XObject"] if "HelixSignature" in str(n))
    assert names == ["/HelixSignature0", "/HelixSignature1"]
    unsigned = (folder / "contract.pdf").read_bytes()
    assert with_signatures_drawn(unsigned) == unsigned
