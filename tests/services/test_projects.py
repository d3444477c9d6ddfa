"""Projects: started by the last signature with milestones from the payment schedule; milestones
added, moved with a reason, completed with evidence; the project completed or terminated, and
the contract following it."""

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.db import Database
from app.errors import DomainError, StaleRecordError, ValidationError
from app.services import contract_issue, contracts, projects
from app.services.contract_templates import admin_template_folder, built_in_template_folder
from app.services.uow import UnitOfWork
from tests.services.test_contract_issue import THREE_ZH, approved, read
from tests.services.test_listings import CLERK, run


def signed_project(
    db: Database, tmp_path: Path, template: str = THREE_ZH, *, before_signing=lambda: None
) -> projects.ProjectDetail:
    """The three-party Chinese contract signed in ink by all: its project."""
    detail = approved(db, template)
    before_signing()
    issue = run(db, contract_issue.issue_for_signature, detail.id, CLERK)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    for slot in issue.parties:
        run(
            db,
            contract_issue.record_wet_signature,
            detail.id,
            slot.position,
            "签字人",
            "",
            date.today(),
            scan,
            CLERK,
        )
    project = read(db, projects.project_for_contract, detail.id)
    assert project is not None
    return project  # type: ignore[no-any-return]


def refusal(db: Database, fn, *args, **kwargs) -> DomainError:  # type: ignore[no-untyped-def]
    with UnitOfWork(db) as uow, pytest.raises(DomainError) as caught:
        fn(uow, *args, **kwargs)
    return caught.value


def test_the_last_signature_starts_the_project_with_the_schedules_milestones(
    database: Database, tmp_path: Path
) -> None:
    project = signed_project(database, tmp_path)
    contract = read(database, contracts.get_contract, project.contract_id)
    assert contract.status == "in_execution" and project.status == "running"
    schedule = contract.data.schedule
    assert [m.title for m in project.milestones] == [i.milestone for i in schedule]
    assert [m.due_date for m in project.milestones] == [i.due_date for i in schedule]
    assert [m.instalment_position for m in project.milestones] == list(range(len(schedule)))
    assert project.milestones[0].amount.endswith("CNY")
    roles = [p.role for p in contract.data.parties]
    # The template says what each milestone delivers and who: the payment due on signing is the
    # transferee's to make, the acceptance the transferor's to deliver.
    assert [i.milestone for i in schedule] == ["合同生效后", "验收合格后"]
    assert [m.responsible_position for m in project.milestones] == [
        roles.index("transferee"),
        roles.index("transferor"),
    ]
    assert [m.deliverable for m in project.milestones] == [
        "本期款项的付款凭证",
        "验收报告（验收证书），经各方签字盖章",
    ]
    assert project.started_on == date.today() and project.planned_end == contract.data.end_date


def test_a_template_removed_since_the_draft_does_not_stop_the_project(
    database: Database, tmp_path: Path
) -> None:
    """The last signature starts the project even when the contract's template is gone: its
    milestones then have no deliverable and the party offering the technology delivers."""
    folder = admin_template_folder()
    folder.mkdir(parents=True, exist_ok=True)
    data = json.loads((built_in_template_folder() / f"{THREE_ZH}.json").read_text("utf-8"))
    office = folder / "technology_transfer.three_party.zh.office.json"
    office.write_text(json.dumps({**data, "id": office.stem}, ensure_ascii=False), "utf-8")
    try:
        project = signed_project(database, tmp_path, office.stem, before_signing=office.unlink)
    finally:
        office.unlink(missing_ok=True)
    contract = read(database, contracts.get_contract, project.contract_id)
    transferor = [p.role for p in contract.data.parties].index("transferor")
    assert project.status == "running" and len(project.milestones) == 2
    assert {m.responsible_position for m in project.milestones} == {transferor}
    assert {m.deliverable for m in project.milestones} == {""}


def test_a_milestone_moves_only_with_a_reason_and_every_move_is_kept(
    database: Database, tmp_path: Path
) -> None:
    project = signed_project(database, tmp_path)
    first = project.milestones[0]
    later = first.due_date + timedelta(days=20)
    with UnitOfWork(database) as uow, pytest.raises(ValidationError) as caught:
        projects.move_milestone(uow, first.id, later, "  ", CLERK)
    assert set(caught.value.fields) == {"reason"}
    run(database, projects.move_milestone, first.id, later, "设备到货延迟", CLERK)
    moved = run(
        database, projects.move_milestone, first.id, later + timedelta(days=5), "再延", CLERK
    )
    row = moved.milestones[0]
    assert row.due_date == later + timedelta(days=5) and row.planned_due_date == first.due_date
    assert [(m.from_date, m.to_date, m.reason) for m in row.moves] == [
        (first.due_date, later, "设备到货延迟"),
        (later, later + timedelta(days=5), "再延"),
    ]
    error = refusal(database, projects.move_milestone, first.id, later, "x", CLERK, 1)
    assert isinstance(error, StaleRecordError)


def test_completing_a_milestone_needs_a_date_and_who_confirmed_it(
    database: Database, tmp_path: Path
) -> None:
    project = signed_project(database, tmp_path)
    milestone = project.milestones[0]
    with UnitOfWork(database) as uow, pytest.raises(ValidationError) as caught:
        projects.complete_milestone(uow, milestone.id, date.today() + timedelta(days=1), " ", CLERK)
    assert set(caught.value.fields) == {"completed_on", "confirmed_by"}
    report = tmp_path / "验收报告.pdf"
    report.write_bytes(b"%PDF-1.4 acceptance")
    done = run(
        database,
        projects.complete_milestone,
        milestone.id,
        date.today(),
        "王经理",
        CLERK,
        note="样品检测合格",
        evidence_path=report,
    )
    row = done.milestones[0]
    assert row.completed_on == date.today() and row.confirmed_by == "王经理"
    assert row.evidence_name == "验收报告.pdf" and not row.overdue(date.today() + timedelta(9))
    assert read(database, projects.milestone_evidence, milestone.id)[1].startswith(b"%PDF")
    error = refusal(database, projects.move_milestone, milestone.id, date.today(), "改期", CLERK)
    assert "is done" in error.message


def test_the_project_completes_when_every_milestone_is_done(
    database: Database, tmp_path: Path
) -> None:
    project = signed_project(database, tmp_path)
    error = refusal(database, projects.complete_project, project.id, date.today(), CLERK)
    assert "not done yet" in error.message
    for milestone in project.milestones:
        run(database, projects.complete_milestone, milestone.id, date.today(), "李明", CLERK)
    done = run(database, projects.complete_project, project.id, date.today(), CLERK)
    assert done.status == "completed" and done.ended_on == date.today() and done.all_done
    contract = read(database, contracts.get_contract, project.contract_id)
    assert contract.status == "completed"
    error = refusal(database, projects.add_milestone, project.id, "追加", date.today(), CLERK)
    assert "is completed" in error.message


def test_a_project_terminated_early_keeps_the_reason(database: Database, tmp_path: Path) -> None:
    project = signed_project(database, tmp_path)
    with UnitOfWork(database) as uow, pytest.raises(ValidationError):
        projects.terminate_project(uow, project.id, date.today(), "", CLERK)
    ended = run(database, projects.terminate_project, project.id, date.today(), "企业停产", CLERK)
    assert ended.status == "terminated" and ended.end_note == "企业停产"
    assert read(database, contracts.get_contract, project.contract_id).status == "terminated"


def test_an_added_milestone_is_checked_and_goes_last(database: Database, tmp_path: Path) -> None:
    project = signed_project(database, tmp_path)
    with UnitOfWork(database) as uow, pytest.raises(ValidationError) as caught:
        projects.add_milestone(uow, project.id, "", date.today(), CLERK, responsible_position=7)
    assert set(caught.value.fields) == {"title", "responsible_position"}
    added = run(
        database,
        projects.add_milestone,
        project.id,
        "中试验收",
        date.today() + timedelta(days=90),
        CLERK,
        deliverable="中试报告",
        responsible_position=1,
    )
    last = added.milestones[-1]
    assert last.title == "中试验收" and last.position == len(project.milestones)
    assert last.responsible == added.parties[1] and last.instalment_position is None


def test_an_open_milestone_is_corrected_but_not_its_date_or_a_done_one(
    database: Database, tmp_path: Path
) -> None:
    project = signed_project(database, tmp_path)
    first, last = project.milestones[0], project.milestones[-1]
    with UnitOfWork(database) as uow, pytest.raises(ValidationError) as caught:
        projects.edit_milestone(uow, first.id, " ", CLERK, responsible_position=3)
    assert set(caught.value.fields) == {"title", "responsible_position"}
    edited = run(
        database,
        projects.edit_milestone,
        first.id,
        " 首期款到账 ",
        CLERK,
        deliverable="银行回单",
        responsible_position=None,
        expected_version=first.version,
    )
    row = edited.milestones[0]
    assert (row.title, row.deliverable, row.responsible) == ("首期款到账", "银行回单", "")
    assert row.due_date == first.due_date and row.position == first.position
    stale = refusal(database, projects.edit_milestone, first.id, "再改", CLERK, expected_version=1)
    assert isinstance(stale, StaleRecordError)
    run(database, projects.complete_milestone, last.id, date.today(), "李明", CLERK)
    done = refusal(database, projects.edit_milestone, last.id, "改名", CLERK)
    assert "is done" in done.message


def test_a_project_starts_once_and_only_for_a_signed_contract(
    database: Database, tmp_path: Path
) -> None:
    project = signed_project(database, tmp_path)
    again = read(database, projects.project_for_contract, project.contract_id)
    assert again is not None and again.id == project.id
    draft = approved(database)
    error = refusal(database, projects.start_project, draft.id, CLERK)
    assert "starts when every party has signed" in error.message
