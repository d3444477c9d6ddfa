"""Contracts: drafting from a template or an agreed match, validation, revisions, review."""

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from app.db import Database
from app.errors import DomainError, StaleRecordError, ValidationError
from app.models import MatchStatus, Role
from app.services import contracts
from app.services.contract_data import ContractData, InstalmentData, data_from_context
from app.services.contract_pdf import render_contract_pdf
from app.services.contract_templates import load_template
from app.services.permissions import Actor, PermissionDeniedError
from app.services.uow import UnitOfWork
from tests.services.test_contract_templates import sample_context
from tests.services.test_listings import CLERK, run
from tests.services.test_matches import make_office, put_match

BOSS = Actor("supervisor-zhao", Role.SUPERVISOR)
TEMPLATE = "joint_rd.two_party.en"


def draft(db: Database) -> contracts.ContractDetail:
    context = sample_context(load_template(TEMPLATE))
    return run(db, contracts.create_contract, TEMPLATE, context, CLERK)  # type: ignore[no-any-return]


def edit(db: Database, detail: contracts.ContractDetail, **changes) -> contracts.ContractDetail:
    data = replace(detail.data, **changes)
    return run(db, contracts.update_contract, detail.id, detail.version, data, CLERK)  # type: ignore[no-any-return]


def refusal(db: Database, fn, *args) -> DomainError:
    with UnitOfWork(db) as uow, pytest.raises(DomainError) as caught:
        fn(uow, *args)
    return caught.value


def test_a_contract_from_a_template_has_its_rendered_clauses(database: Database) -> None:
    detail = draft(database)
    assert detail.number.startswith("HX-") and len(detail.number) == len("HX-2026-000001")
    assert detail.status == "draft" and detail.kind == "joint_rd"
    assert detail.data.parties[0].name == "星河电池科技有限公司"
    assert detail.data.parties[0].role_label == "First Partner"
    assert "固态锂电池电解质制备技术" in detail.data.clauses[0].text
    assert all(c.text == c.template_text for c in detail.data.clauses)
    assert draft(database).number != detail.number


def test_a_contract_from_an_agreed_match_names_both_members(database: Database) -> None:
    office = make_office(database, publish=False)
    match_id = put_match(database, office, MatchStatus.AGREED)
    detail = run(
        database, contracts.contract_from_match, match_id, "joint_rd.three_party.en", CLERK
    )
    names = [p.name for p in detail.data.parties]
    assert names[1] == "江南大学" and names[0] and names[2] == ""
    assert detail.match_id == match_id
    error = refusal(database, contracts.submit_for_review, detail.id, CLERK)
    assert isinstance(error, ValidationError) and "parties.2.name" in error.fields


def test_a_match_not_agreed_is_refused(database: Database) -> None:
    office = make_office(database, publish=False)
    match_id = put_match(database, office, MatchStatus.NEGOTIATING)
    error = refusal(database, contracts.contract_from_match, match_id, TEMPLATE, CLERK)
    assert "negotiating, not agreed" in error.message


def test_shares_must_make_100_and_instalments_the_value(database: Database) -> None:
    detail = draft(database)
    parties = tuple(replace(p, benefit_share=Decimal(40)) for p in detail.data.parties)
    schedule = (InstalmentData("验收合格后", Decimal("1000")),)
    with UnitOfWork(database) as uow, pytest.raises(ValidationError) as caught:
        data = replace(detail.data, parties=parties, schedule=schedule)
        contracts.update_contract(uow, detail.id, detail.version, data, CLERK)
    assert "add up to 80 %" in caught.value.fields["benefit_sharing"]
    assert "1,000.00 CNY" in caught.value.fields["schedule"]


def test_every_save_keeps_a_revision_and_compare_shows_what_changed(database: Database) -> None:
    detail = draft(database)
    clauses = list(detail.data.clauses)
    clauses[2] = replace(clauses[2], text=clauses[2].text + " Extra words.")
    schedule = (
        replace(detail.data.schedule[0], milestone="签约后十日内"),
        *detail.data.schedule[1:],
    )
    edited = edit(database, detail, clauses=tuple(clauses), schedule=schedule)
    with UnitOfWork(database) as uow:
        assert [r.number for r in contracts.revisions(uow, detail.id)] == [1, 2]
        changes = {c.key: c for c in contracts.compare_revisions(uow, detail.id, 1, 2)}
        old = contracts.revision_data(uow, detail.id, 1)
    key = f"clauses.{clauses[2].key}.text"
    assert changes[key].opcodes and changes[key].opcodes[-1][0] == "insert"
    assert changes["schedule.0.milestone"].after == "签约后十日内"
    assert old.clauses[2].text == detail.data.clauses[2].text
    assert edited.data.clauses[2].text.endswith("Extra words.")


def test_restoring_the_template_text_undoes_an_edit(database: Database) -> None:
    detail = draft(database)
    clauses = (replace(detail.data.clauses[0], text="Changed."), *detail.data.clauses[1:])
    edit(database, detail, clauses=clauses)
    key = detail.data.clauses[0].key
    restored = run(database, contracts.restore_template_text, detail.id, key, CLERK)
    assert restored.data.clauses[0].text == detail.data.clauses[0].text
    with UnitOfWork(database) as uow:
        assert len(contracts.revisions(uow, detail.id)) == 3


def test_from_a_match_the_supply_side_takes_the_role_that_offers_the_technology(
    database: Database,
) -> None:
    office = make_office(database, publish=False)
    match_id = put_match(database, office, MatchStatus.AGREED)
    detail = run(
        database, contracts.contract_from_match, match_id, "technology_transfer.two_party.en", CLERK
    )
    roles = {p.role: p.name for p in detail.data.parties}
    assert roles["transferor"] == "江南大学"  # the supply's member
    assert roles["transferee"] and roles["transferee"] != "江南大学"


def test_review_moves_and_refusals(database: Database) -> None:
    detail = draft(database)
    error = refusal(database, contracts.approve_contract, detail.id, BOSS)
    assert "is draft, so it cannot become approved" in error.message
    run(database, contracts.submit_for_review, detail.id, CLERK)
    denied = refusal(database, contracts.approve_contract, detail.id, CLERK)
    assert isinstance(denied, PermissionDeniedError)
    back = run(database, contracts.return_contract, detail.id, "第三条需修改", BOSS)
    assert back.status == "returned" and back.review_comments == "第三条需修改"
    edit(database, back, subject="新主题")
    in_review = run(database, contracts.submit_for_review, detail.id, CLERK)
    error = refusal(
        database, contracts.update_contract, detail.id, in_review.version, in_review.data, CLERK
    )
    assert "only a contract that is not yet signed" not in error.message
    assert "is in review" in error.message
    approved = run(database, contracts.approve_contract, detail.id, BOSS)
    assert approved.status == "approved"
    reopened = edit(database, approved, subject="批准后修改")
    assert reopened.status == "draft"  # a change after approval needs review again


def test_a_stale_edit_is_refused(database: Database) -> None:
    detail = draft(database)
    edit(database, detail, subject="第一次")
    error = refusal(
        database, contracts.update_contract, detail.id, detail.version, detail.data, CLERK
    )
    assert isinstance(error, StaleRecordError)


def test_a_viewer_may_not_draft(database: Database) -> None:
    context = sample_context(load_template(TEMPLATE))
    viewer = Actor("viewer-wang", Role.VIEWER)
    error = refusal(database, contracts.create_contract, TEMPLATE, context, viewer)
    assert isinstance(error, PermissionDeniedError)


def test_the_document_renders_as_a_pdf(database: Database, tmp_path: Path) -> None:
    detail = draft(database)
    with UnitOfWork(database) as uow:
        document = contracts.contract_document(uow, detail.id)
    assert document.number == detail.number and len(document.clauses) == len(detail.data.clauses)
    rendered = render_contract_pdf(document, tmp_path / "c.pdf")
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF") and rendered
    assert isinstance(data_from_context({"parties": []}), ContractData)
