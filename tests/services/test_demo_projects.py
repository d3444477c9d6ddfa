"""Demo projects: one in every state, with a log, moves, evidence and evaluations, dated as
a real past would be."""

from datetime import date

from sqlalchemy import select

from app.db import Database
from app.models import Contract, Match, Project
from app.services import evaluations, project_log, projects, reports
from app.services.uow import UnitOfWork
from tests.services.test_demo_contracts import _demo


def _by_status(uow: UnitOfWork) -> dict[str, list[projects.ProjectDetail]]:
    found: dict[str, list[projects.ProjectDetail]] = {}
    for project_id in uow.session.scalars(select(Project.id)):
        detail = projects.get_project(uow, project_id)
        found.setdefault(detail.status, []).append(detail)
    return found


def test_the_demo_projects_show_every_state(database: Database) -> None:
    summary = _demo(database)
    today = date.today()
    with UnitOfWork(database) as uow:
        found = _by_status(uow)
        assert summary.projects == sum(len(v) for v in found.values()) == 7
        assert {k: len(v) for k, v in found.items()} == {
            "running": 4,
            "completed": 2,
            "terminated": 1,
        }
        running = found["running"]
        overdue = [p for p in running if any(m.overdue(today) for m in p.milestones)]
        assert len(overdue) == 1
        late = overdue[0]
        assert any(m.moves and m.moves[0].reason for m in late.milestones)
        assert project_log.open_problems(uow, late.id)
        on_track = [p for p in running if p.started_on < today and p not in overdue]
        assert on_track and any(m.completed_on for m in on_track[0].milestones)
        assert all(m.evidence_name for p in on_track for m in p.milestones if m.completed_on)
        for done in found["completed"]:
            assert done.all_done and done.ended_on is not None and done.ended_on <= today
            summary_ = evaluations.project_evaluations(uow, done.id)
            assert len(summary_.missing) in (0, 1)
        missing = [evaluations.project_evaluations(uow, p.id).missing for p in found["completed"]]
        assert sorted(len(m) for m in missing) == [0, 1]
        contract = uow.session.get(Contract, found["terminated"][0].contract_id)
        assert contract is not None and contract.status.value == "terminated"
        started = {p.started_on for p in running}
        assert min(started) < today  # set back months, not all started today


def test_a_completed_demo_project_comes_from_a_match_agreed_before_it(database: Database) -> None:
    """So the funnel runs from publication to a completed project, on dates that follow."""
    _demo(database)
    with UnitOfWork(database) as uow:
        found = []
        for project in _by_status(uow)["completed"]:
            contract = uow.session.get(Contract, project.contract_id)
            if contract is not None and contract.match_id:
                found.append((project, contract, uow.session.get(Match, contract.match_id)))
        assert len(found) == 1
        project, contract, match = found[0]
        assert match is not None and match.agreed_at and match.proposed_at
        assert contract.signed_on is not None and project.ended_on is not None
        for listing in (match.demand, match.supply):
            assert listing.published_at is not None
            assert listing.created_at < listing.published_at < match.proposed_at
        assert match.proposed_at < match.agreed_at
        assert match.agreed_at.date() < contract.signed_on <= project.started_on
        assert project.started_on < project.ended_on <= date.today()
        assert all(e.happened_on < contract.signed_on for e in match.events)
        funnel = reports.funnel(uow)
        assert [s.count > 0 for s in funnel.stages] == [True] * 4
