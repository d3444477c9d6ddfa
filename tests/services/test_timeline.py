"""The timeline's plain data: each milestone's state against a fixed day, the running projects in
order of start, and a constant number of queries however many projects there are."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event

from app.db import Database
from app.errors import NotFoundError
from app.models import Milestone, Project, new_id, utcnow
from app.services import projects
from app.services.permissions import Action
from app.services.timeline import (
    MilestoneState,
    TimelineProject,
    milestone_state,
    project_timeline,
    running_timelines,
)
from app.services.uow import UnitOfWork
from tests.services.test_contract_issue import read
from tests.services.test_listings import CLERK, run
from tests.services.test_projects import signed_project

TODAY = date(2026, 11, 20)

# (title, due, planned due, completed on, responsible party position)
Plan = tuple[str, date, date, date | None, int | None]


def planned_project(
    db: Database, tmp_path: Path, started: date, plan: list[Plan], *, end: date | None = None
) -> str:
    """A signed project whose start, planned end and milestones are exactly as given."""
    project_id = signed_project(db, tmp_path).id
    with UnitOfWork(db) as uow:
        uow.acting(CLERK, Action.WORK_PROJECTS)
        project = uow.session.get(Project, project_id)
        assert project is not None
        project.started_on, project.planned_end = started, end
        for old in project.milestones:
            old.deleted_at = utcnow()
        for position, (title, due, planned, done, responsible) in enumerate(plan):
            uow.session.add(
                Milestone(
                    id=new_id(),
                    project_id=project_id,
                    position=position,
                    title=title,
                    due_date=due,
                    planned_due_date=planned,
                    completed_on=done,
                    responsible_position=responsible,
                )
            )
        uow.commit()
    return project_id


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def test_each_milestone_state_is_computed_against_the_given_day(
    database: Database, tmp_path: Path
) -> None:
    project_id = planned_project(
        database,
        tmp_path,
        days(-90),
        [
            ("样品交付", days(-30), days(-30), days(-32), 1),
            ("中试", days(-1), days(-20), None, 0),
            ("today", days(0), days(0), None, None),
            ("two weeks", days(14), days(14), None, 1),
            ("later", days(15), days(15), None, 1),
            ("late but done", days(-5), days(-5), days(2), 1),
        ],
        end=days(200),
    )
    timeline = read(database, lambda uow, pid: project_timeline(uow, pid, today=TODAY), project_id)
    assert [m.title for m in timeline.milestones][:2] == ["样品交付", "中试"]
    assert [m.state for m in timeline.milestones] == [
        MilestoneState.DONE,
        MilestoneState.OVERDUE,
        MilestoneState.DUE_SOON,
        MilestoneState.DUE_SOON,
        MilestoneState.UPCOMING,
        MilestoneState.DONE,
    ]
    detail = read(database, projects.get_project, project_id)
    assert timeline.milestones[1].responsible == detail.parties[0] != ""
    assert timeline.milestones[0].responsible == detail.parties[1]
    assert timeline.milestones[2].responsible == ""
    assert timeline.milestones[1].moved and not timeline.milestones[0].moved
    assert timeline.state is MilestoneState.OVERDUE
    assert timeline.last_day == days(200)
    assert timeline.contract_number == read(
        database, lambda uow: projects.get_project(uow, project_id).contract_number
    )
    a_week_earlier = read(
        database, lambda uow: project_timeline(uow, project_id, today=days(-7))
    ).milestones
    assert [m.state for m in a_week_earlier][1:5] == [
        MilestoneState.DUE_SOON,
        MilestoneState.DUE_SOON,
        MilestoneState.UPCOMING,
        MilestoneState.UPCOMING,
    ]


def test_the_state_boundaries() -> None:
    assert milestone_state(days(-1), None, TODAY) is MilestoneState.OVERDUE
    assert milestone_state(days(14), None, TODAY) is MilestoneState.DUE_SOON
    assert milestone_state(days(15), None, TODAY) is MilestoneState.UPCOMING
    assert milestone_state(days(-100), days(-1), TODAY) is MilestoneState.DONE


def test_running_projects_come_earliest_start_first_and_ended_ones_are_left_out(
    database: Database, tmp_path: Path
) -> None:
    later = planned_project(database, tmp_path, days(-10), [("a", days(30), days(30), None, 0)])
    earlier = planned_project(
        database, tmp_path, days(-200), [("b", days(-3), days(-3), None, 0)], end=days(100)
    )
    ended = planned_project(database, tmp_path, days(-50), [("c", days(9), days(9), None, 0)])
    run(database, projects.terminate_project, ended, date.today(), "合作终止", CLERK)
    timelines = read(database, lambda uow: running_timelines(uow, today=TODAY))
    assert [t.id for t in timelines] == [earlier, later]
    assert [t.started_on for t in timelines] == [days(-200), days(-10)]
    assert timelines[0].planned_end == days(100) and timelines[1].planned_end is None
    assert timelines[0].state is MilestoneState.OVERDUE
    assert timelines[1].state is MilestoneState.UPCOMING
    assert [[m.title for m in t.milestones] for t in timelines] == [["b"], ["a"]]
    assert len({t.contract_number for t in timelines}) == 2
    # One project still shows, ended or not.
    stopped = read(database, lambda uow: project_timeline(uow, ended, today=TODAY))
    assert stopped.status == "terminated" and stopped.milestones[0].title == "c"


def test_a_project_that_is_gone_is_reported_plainly(database: Database) -> None:
    with UnitOfWork(database) as uow, pytest.raises(NotFoundError) as caught:
        project_timeline(uow, new_id())
    assert "no longer exists" in caught.value.message


def _queries(db: Database) -> tuple[list[TimelineProject], int]:
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        result = read(db, lambda uow: running_timelines(uow, today=TODAY))
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return result, len(statements)


def test_the_number_of_queries_does_not_grow_with_the_projects(
    database: Database, tmp_path: Path
) -> None:
    plan: list[Plan] = [("m1", days(5), days(5), None, 0), ("m2", days(50), days(40), None, 1)]
    planned_project(database, tmp_path, days(-5), plan)
    one, queries_for_one = _queries(database)
    for start in (-40, -20, -30):
        planned_project(database, tmp_path, days(start), plan)
    four, queries_for_four = _queries(database)
    assert len(one) == 1 and len(four) == 4
    assert queries_for_four == queries_for_one <= 2
    assert all(len(t.milestones) == 2 for t in four)
