"""Issue for signature, wet-ink and digital signatures, voiding by a change, and verifying a file
against the issued record; numbering in a site's own series."""

import json
import shutil
import subprocess
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.errors import DomainError, ValidationError
from app.models import ContractSignature, SiteSetting
from app.services import contract_issue as issuing
from app.services import contracts, numbering
from app.services.contract_signing import certificates, sign_pdf
from app.services.contract_templates import load_template
from app.services.contract_verify import verify_contract_file
from app.services.permissions import Action
from app.services.uow import UnitOfWork
from app.settings import Settings
from tests.services.contract_samples import make_p12
from tests.services.test_contract_templates import sample_context
from tests.services.test_contracts import BOSS
from tests.services.test_listings import CLERK, run

THREE_ZH = "technology_transfer.three_party.zh"


def approved(db: Database, template: str = THREE_ZH) -> contracts.ContractDetail:
    context = sample_context(load_template(template))
    detail = run(db, contracts.create_contract, template, context, CLERK)
    signatories = ("王建国", "Li Ming", "赵敏")
    data = replace(
        detail.data,
        parties=tuple(
            replace(p, signatory_name=signatories[i], signatory_title="总经理")
            for i, p in enumerate(detail.data.parties)
        ),
    )
    detail = run(db, contracts.update_contract, detail.id, detail.version, data, CLERK)
    run(db, contracts.submit_for_review, detail.id, CLERK)
    return run(db, contracts.approve_contract, detail.id, BOSS)  # type: ignore[no-any-return]


def issued(db: Database) -> tuple[contracts.ContractDetail, issuing.IssueDetail]:
    detail = approved(db)
    return detail, run(db, issuing.issue_for_signature, detail.id, CLERK)


def read(db: Database, fn, *args):  # type: ignore[no-untyped-def]
    with UnitOfWork(db) as uow:
        return fn(uow, *args)


def scan(tmp_path: Path, name: str = "signed.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4 scanned copy")
    return path


def status(db: Database, contract_id: str) -> str:
    return read(db, contracts.get_contract, contract_id).status  # type: ignore[no-any-return]


def test_issuing_freezes_the_pdf_with_its_hash(database: Database) -> None:
    detail, issue = issued(database)
    assert status(database, detail.id) == "awaiting_signature"
    pdf = read(database, issuing.issued_pdf, detail.id)
    assert pdf.startswith(b"%PDF") and issuing.sha256_hex(pdf) == issue.sha256
    assert issue.pages >= 1 and len(issue.parties) == 3 and not issue.all_signed
    assert issue.revision_number == len(read(database, contracts.revisions, detail.id))


def test_only_an_approved_contract_is_issued(database: Database) -> None:
    context = sample_context(load_template(THREE_ZH))
    draft = run(database, contracts.create_contract, THREE_ZH, context, CLERK)
    with UnitOfWork(database) as uow, pytest.raises(DomainError) as caught:
        issuing.issue_for_signature(uow, draft.id, CLERK)
    assert "cannot become awaiting signature" in caught.value.message


def test_wet_ink_signatures_sign_the_contract_when_all_parties_have(
    database: Database, tmp_path: Path
) -> None:
    detail, _ = issued(database)
    today = date.today()
    for position in range(3):
        assert status(database, detail.id) == "awaiting_signature"
        after = run(
            database,
            issuing.record_wet_signature,
            detail.id,
            position,
            f"签字人{position}",
            "经理",
            today,
            scan(tmp_path),
            CLERK,
        )
    assert after.all_signed and status(database, detail.id) == "in_execution"
    assert read(database, contracts.get_contract, detail.id).data.parties[0].name
    name, data = read(database, issuing.signed_scan, detail.id, 1)
    assert name == "signed.pdf" and data.startswith(b"%PDF")


def test_a_wet_ink_signature_needs_a_name_a_sane_date_and_a_scan(
    database: Database, tmp_path: Path
) -> None:
    detail, _ = issued(database)
    bad = tmp_path / "notes.docx"
    bad.write_bytes(b"x")
    with UnitOfWork(database) as uow, pytest.raises(ValidationError) as caught:
        issuing.record_wet_signature(
            uow, detail.id, 0, " ", "", date.today() + timedelta(days=3), bad, CLERK
        )
    assert set(caught.value.fields) == {"signatory_name", "signed_on", "scan"}


def test_a_party_signs_once(database: Database, tmp_path: Path) -> None:
    detail, _ = issued(database)
    args = (detail.id, 0, "王建国", "", date.today(), scan(tmp_path), CLERK)
    run(database, issuing.record_wet_signature, *args)
    with UnitOfWork(database) as uow, pytest.raises(DomainError) as caught:
        issuing.record_wet_signature(uow, *args)
    assert "has signed contract" in caught.value.message


def test_a_change_after_issue_voids_the_pdf_and_its_signatures(
    database: Database, tmp_path: Path
) -> None:
    detail, first = issued(database)
    run(
        database,
        issuing.record_wet_signature,
        detail.id,
        0,
        "王建国",
        "",
        date.today(),
        scan(tmp_path),
        CLERK,
    )
    current = read(database, contracts.get_contract, detail.id)
    changed = run(
        database,
        contracts.update_contract,
        detail.id,
        current.version,
        replace(current.data, subject="变更后的主题"),
        CLERK,
    )
    assert changed.status == "draft"
    assert read(database, issuing.current_issue, detail.id) is None
    history = read(database, issuing.issue_history, detail.id)
    assert history[0].id == first.id and history[0].voided_at is not None
    assert history[0].parties[0].signature is not None  # kept, with the voided issue


def test_digital_signatures_in_turn_then_verify(database: Database, tmp_path: Path) -> None:
    detail, issue = issued(database)
    keys = [make_p12(tmp_path, name, b"pw") for name in ("王建国", "Li Ming", "赵敏")]
    for position, (p12, _cert) in enumerate(keys):
        run(database, issuing.sign_digitally, detail.id, position, p12, b"pw", CLERK)
    assert status(database, detail.id) == "in_execution"
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(read(database, issuing.issued_pdf, detail.id))
    with UnitOfWork(database) as uow:
        original = issuing.issued_pdf(uow, detail.id, original=True)
    assert signed.read_bytes().startswith(original) and len(signed.read_bytes()) > len(original)
    verdict = read(database, verify_contract_file, signed, [])
    assert verdict.ok, verdict.problems
    assert verdict.number == detail.number and verdict.issued_sha256 == issue.sha256
    assert [s.signer for s in verdict.signatures] == ["王建国", "Li Ming", "赵敏"]
    trusted = certificates([cert for _p12, cert in keys])
    assert read(database, verify_contract_file, signed, trusted).ok
    if shutil.which("pdfsig"):
        out = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True).stdout
        assert out.count("Signature is Valid") == 3, out


def test_verify_finds_one_changed_byte(database: Database, tmp_path: Path) -> None:
    detail, _ = issued(database)
    p12, _ = make_p12(tmp_path, "王建国", b"pw")
    run(database, issuing.sign_digitally, detail.id, 0, p12, b"pw", CLERK)
    data = bytearray(read(database, issuing.issued_pdf, detail.id))
    stream = data.index(b"stream", 2000)
    data[stream + 40] ^= 0x01
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(data))
    verdict = read(database, verify_contract_file, altered, [])
    assert not verdict.ok
    assert any("altered" in p for p in verdict.problems)


def test_an_unsigned_issued_copy_verifies_and_a_voided_one_does_not(
    database: Database, tmp_path: Path
) -> None:
    detail, _ = issued(database)
    copy = tmp_path / "issued.pdf"
    copy.write_bytes(read(database, issuing.issued_pdf, detail.id))
    verdict = read(database, verify_contract_file, copy, [])
    assert verdict.ok and verdict.notes
    current = read(database, contracts.get_contract, detail.id)
    run(database, contracts.update_contract, detail.id, current.version, current.data, CLERK)
    verdict = read(database, verify_contract_file, copy, [])
    assert not verdict.ok and "voided" in verdict.problems[0]


def test_a_certificate_other_than_the_recorded_one_is_a_problem(
    database: Database, tmp_path: Path
) -> None:
    detail, issue = issued(database)
    p12, _ = make_p12(tmp_path, "王建国", b"pw")
    run(database, issuing.sign_digitally, detail.id, 0, p12, b"pw", CLERK)
    # someone signs the second field outside Helix with their own certificate
    stranger, _ = make_p12(tmp_path, "Stranger", b"pw")
    first = tmp_path / "first.pdf"
    first.write_bytes(read(database, issuing.issued_pdf, detail.id))
    rendered = read(database, issuing.render_pdf_bytes, detail.id)
    box = json.loads(rendered[1])[1]
    forged = tmp_path / "forged.pdf"
    sign_pdf(
        first,
        forged,
        stranger,
        b"pw",
        box["field"],
        tuple(box["box"]),
        box["page"],
        signer_name="Stranger",
    )
    verdict = read(database, verify_contract_file, forged, [])
    assert any("was not recorded in Helix" in p for p in verdict.problems)
    assert issue.sha256 == verdict.issued_sha256


def test_a_file_that_is_no_contract_is_a_problem(database: Database, tmp_path: Path) -> None:
    other = tmp_path / "other.pdf"
    other.write_bytes(b"not a pdf at all")
    verdict = read(database, verify_contract_file, other, [])
    assert not verdict.ok and "not a readable PDF" in verdict.problems[0]
    with UnitOfWork(database) as uow, pytest.raises(DomainError):
        verify_contract_file(uow, tmp_path / "missing.pdf", [])


def test_a_site_series_keeps_laptop_numbers_apart(database: Database) -> None:
    office = approved(database)
    with UnitOfWork(database) as uow:
        uow.session.add(SiteSetting(key=numbering.SERIES_SETTING, value="L2"))
        uow.commit()
    laptop = approved(database)
    year = date.today().year
    assert office.number == f"HX-{year}-000001"
    assert laptop.number == f"HX-L2-{year}-000001"


def test_a_number_is_never_given_twice(database: Database) -> None:
    first = approved(database)
    with UnitOfWork(database) as uow:  # even if the contract row went away
        uow.acting(CLERK, Action.EDIT_CONTRACTS)
        uow.session.get(contracts.Contract, first.id).number = "HX-1999-000001"
        uow.commit()
    second = approved(database)
    assert second.number != first.number


def test_configured_trust_roots_decide_trust(database: Database, tmp_path: Path) -> None:
    detail, _ = issued(database)
    p12, cert = make_p12(tmp_path, "王建国", b"pw")
    run(database, issuing.sign_digitally, detail.id, 0, p12, b"pw", CLERK)
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(read(database, issuing.issued_pdf, detail.id))
    folder = tmp_path / "trusted"
    folder.mkdir()
    settings = Settings.load()
    try:
        replace(settings, trusted_certificates=str(folder)).save()
        _other_p12, stranger = make_p12(tmp_path, "Some CA", b"pw")
        (folder / "other.der").write_bytes(stranger)
        verdict = read(database, verify_contract_file, signed)  # roots from the settings
        assert any("does not chain to a trusted root" in p for p in verdict.problems)
        (folder / "office.der").write_bytes(cert)
        assert read(database, verify_contract_file, signed).ok
    finally:
        settings.save()


def test_two_clerks_recording_the_same_signature_at_once(
    database: Database, tmp_path: Path
) -> None:
    detail, _ = issued(database)
    args = (detail.id, 0, "王建国", "", date.today(), scan(tmp_path), CLERK)
    with UnitOfWork(database) as first, UnitOfWork(database) as second:
        issuing.current_issue(second, detail.id)  # the second clerk has the tab open
        issuing.record_wet_signature(first, *args)
        first.commit()
        with pytest.raises(DomainError) as caught:  # stale, busy or "has signed": never a crash
            issuing.record_wet_signature(second, *args)
            second.commit()
    assert caught.value.message
    issue = read(database, issuing.current_issue, detail.id)
    assert issue.parties[0].signature is not None
    with UnitOfWork(database) as uow:
        count = uow.session.scalar(select(func.count()).select_from(ContractSignature))
    assert count == 1


def test_listing_references_follow_the_site_series_too(database: Database) -> None:
    from app.models import ListingKind
    from app.services import listings

    with UnitOfWork(database) as uow:
        uow.acting(CLERK, Action.EDIT_LISTINGS)
        office = listings.take_references(uow, ListingKind.DEMAND, 2026, 2)
        uow.session.add(SiteSetting(key=numbering.SERIES_SETTING, value="l2"))
        uow.flush()
        laptop = listings.take_references(uow, ListingKind.SUPPLY, 2026)
        uow.commit()
    assert office == ["D-2026-0001", "D-2026-0002"] and laptop == ["S-L2-2026-0001"]
