"""A project's log: progress, feedback, problems and their resolutions from the three sides;
checked in plain words, newest first, open problems flagged, visible from the contract too."""

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.db import Database
from app.errors import DomainError, ValidationError
from app.models import Project, Role
from app.services import project_log, projects
from app.services.permissions import Action, Actor, PermissionDeniedError
from app.services.uow import UnitOfWork
from tests.services.test_contract_issue import read
from tests.services.test_listings import CLERK, run
from tests.services.test_projects import signed_project

TODAY = date.today()


def started_days_ago(db: Database, project_id: str, days: int) -> None:
    """Back-date the project's start, so that entries can carry different dates."""
    with UnitOfWork(db) as uow:
        uow.acting(CLERK, Action.WORK_PROJECTS)
        project = uow.session.get(Project, project_id)
        assert project is not None
        project.started_on = TODAY - timedelta(days=days)
        uow.commit()


def add(db: Database, project_id: str, kind: str, text: str, **kwargs):  # type: ignore[no-untyped-def]
    side = kwargs.pop("side", "enterprise")
    author = kwargs.pop("author", "王经理")
    day = kwargs.pop("day", TODAY)
    return run(
        db, project_log.add_entry, project_id, kind, side, author, day, text, CLERK, **kwargs
    )


def refused(db: Database, project_id: str, kind: str, text: str, **kwargs) -> dict[str, str]:  # type: ignore[no-untyped-def]
    side = kwargs.pop("side", "research")
    author = kwargs.pop("author", "李教授")
    day = kwargs.pop("day", TODAY)
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as caught:
        project_log.add_entry(uow, project_id, kind, side, author, day, text, CLERK, **kwargs)
    return caught.value.fields


@pytest.fixture
def project(database: Database, tmp_path: Path) -> projects.ProjectDetail:
    detail = signed_project(database, tmp_path)
    started_days_ago(database, detail.id, 30)
    return detail


def test_entries_are_kept_with_who_and_when_newest_first(
    database: Database, project: projects.ProjectDetail
) -> None:
    first = add(database, project.id, "progress", "完成样品试制", day=TODAY - timedelta(days=20))
    second = add(database, project.id, "feedback", "企业对进度满意", side="office", author="张科员")
    third = add(database, project.id, "progress", "小试完成", day=TODAY - timedelta(days=20))
    rows = read(database, project_log.entries, project.id)
    assert [r.id for r in rows] == [second.id, third.id, first.id]
    latest = rows[0]
    assert (latest.kind, latest.side, latest.author, latest.text) == (
        "feedback",
        "office",
        "张科员",
        "企业对进度满意",
    )
    assert latest.entry_date == TODAY and latest.recorded_by == CLERK.name
    assert not any(r.open for r in rows)


def test_each_mistake_is_named_in_plain_words(
    database: Database, project: projects.ProjectDetail
) -> None:
    fields = refused(database, project.id, "progress", "  ", author=" ", day=TODAY + timedelta(1))
    assert set(fields) == {"text", "author", "entry_date"}
    assert "future" in fields["entry_date"]
    fields = refused(database, project.id, "progress", "x", day=TODAY - timedelta(days=31))
    assert set(fields) == {"entry_date"} and "started on" in fields["entry_date"]
    fields = refused(database, project.id, "rumour", "x", side="ministry")
    assert set(fields) == {"kind", "side"}
    assert read(database, project_log.entries, project.id) == []


def test_a_problem_stays_open_until_a_resolution_names_it(
    database: Database, project: projects.ProjectDetail
) -> None:
    problem = add(
        database, project.id, "problem", "中试设备到货延迟", day=TODAY - timedelta(days=10)
    )
    other = add(database, project.id, "problem", "样品一致性差", day=TODAY - timedelta(days=5))
    assert problem.open and other.open
    assert [p.id for p in read(database, project_log.open_problems, project.id)] == [
        problem.id,
        other.id,
    ]
    resolution = add(
        database,
        project.id,
        "resolution",
        "改用国产设备，已到货",
        side="research",
        author="李教授",
        resolves_id=problem.id,
    )
    assert resolution.resolves_id == problem.id and not resolution.open
    assert (resolution.resolves_date, resolution.resolves_text) == (
        TODAY - timedelta(days=10),
        "中试设备到货延迟",
    )
    rows = {r.id: r for r in read(database, project_log.entries, project.id)}
    assert not rows[problem.id].open and rows[problem.id].resolved_by_id == resolution.id
    assert rows[problem.id].resolved_on == TODAY
    assert rows[other.id].open and rows[other.id].resolved_by_id is None
    assert [p.id for p in read(database, project_log.open_problems, project.id)] == [other.id]


def test_a_resolution_must_name_an_open_problem_of_the_same_project(
    database: Database, project: projects.ProjectDetail
) -> None:
    progress = add(database, project.id, "progress", "进展顺利")
    problem = add(database, project.id, "problem", "经费拨付延迟", day=TODAY - timedelta(days=3))
    assert (
        "Choose the problem" in refused(database, project.id, "resolution", "已解决")["resolves_id"]
    )
    fields = refused(database, project.id, "resolution", "已解决", resolves_id=progress.id)
    assert "open problems" in fields["resolves_id"]
    fields = refused(database, project.id, "resolution", "已解决", resolves_id=str(uuid.uuid4()))
    assert "open problems" in fields["resolves_id"]
    fields = refused(
        database,
        project.id,
        "resolution",
        "已解决",
        resolves_id=problem.id,
        day=TODAY - timedelta(days=4),
    )
    assert set(fields) == {"entry_date"} and "raised on" in fields["entry_date"]
    fields = refused(database, project.id, "progress", "顺便一提", resolves_id=problem.id)
    assert "Only a resolution" in fields["resolves_id"]
    add(database, project.id, "resolution", "经费已到账", resolves_id=problem.id)
    fields = refused(database, project.id, "resolution", "再次解决", resolves_id=problem.id)
    assert "resolved on" in fields["resolves_id"]


def test_a_problem_of_another_project_cannot_be_resolved_here(
    database: Database, project: projects.ProjectDetail, tmp_path: Path
) -> None:
    elsewhere = signed_project(database, tmp_path)
    foreign = add(database, elsewhere.id, "problem", "另一个项目的问题")
    fields = refused(database, project.id, "resolution", "已解决", resolves_id=foreign.id)
    assert "open problems" in fields["resolves_id"]
    assert read(database, project_log.open_problems, elsewhere.id)[0].id == foreign.id


def test_after_the_end_only_progress_and_feedback_are_added(
    database: Database, project: projects.ProjectDetail
) -> None:
    add(database, project.id, "problem", "验收标准有分歧")
    for milestone in project.milestones:
        run(database, projects.complete_milestone, milestone.id, TODAY, "李明", CLERK)
    run(database, projects.complete_project, project.id, TODAY, CLERK)
    fields = refused(database, project.id, "problem", "新问题")
    assert set(fields) == {"kind"} and "completed" in fields["kind"]
    open_one = read(database, project_log.open_problems, project.id)[0]
    fields = refused(database, project.id, "resolution", "补记", resolves_id=open_one.id)
    assert set(fields) == {"kind"}
    late = add(database, project.id, "feedback", "合作愉快，期待二期", side="enterprise")
    report = add(database, project.id, "progress", "补交结题报告", side="research")
    rows = read(database, project_log.entries, project.id)
    assert {late.id, report.id} <= {r.id for r in rows} and len(rows) == 3


def test_the_contract_shows_its_projects_log(
    database: Database, project: projects.ProjectDetail
) -> None:
    entry = add(database, project.id, "progress", "合同已进入履行阶段")
    rows = read(database, project_log.entries_for_contract, project.contract_id)
    assert [r.id for r in rows] == [entry.id] and rows[0].project_id == project.id
    assert read(database, project_log.entries_for_contract, str(uuid.uuid4())) == []


def test_a_viewer_may_read_the_log_but_not_add_to_it(
    database: Database, project: projects.ProjectDetail
) -> None:
    viewer = Actor("viewer-wu", Role.VIEWER)
    with UnitOfWork(database) as uow, pytest.raises(PermissionDeniedError):
        project_log.add_entry(uow, project.id, "progress", "office", "吴", TODAY, "看看", viewer)
    assert read(database, project_log.entries, project.id) == []
    with UnitOfWork(database) as uow, pytest.raises(DomainError, match="no longer exists"):
        project_log.entries(uow, str(uuid.uuid4()))
