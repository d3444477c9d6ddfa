"""The timeline of cooperation projects: plain rows for a Gantt view (one project, or every
running one) with each milestone's state against a given day — done, overdue, due within two
weeks, or upcoming.

Two queries whatever the number of projects (the projects with their contract numbers, then all
their milestones with the responsible party's name); the evidence files are never loaded."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, select

from app.models import Contract, ContractParty, Milestone, Project, ProjectStatus
from app.services.uow import UnitOfWork, live_record

DUE_SOON_DAYS = 14


class MilestoneState(StrEnum):
    DONE = "done"
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"  # due today or within DUE_SOON_DAYS
    UPCOMING = "upcoming"


def milestone_state(due_date: date, completed_on: date | None, today: date) -> MilestoneState:
    if completed_on is not None:
        return MilestoneState.DONE
    if due_date < today:
        return MilestoneState.OVERDUE
    if due_date <= today + timedelta(days=DUE_SOON_DAYS):
        return MilestoneState.DUE_SOON
    return MilestoneState.UPCOMING


@dataclass(frozen=True)
class TimelineMilestone:
    id: str
    title: str
    due_date: date
    planned_due_date: date  # as first planned; differs from due_date once moved
    completed_on: date | None
    responsible: str  # the responsible party's name, or ""
    state: MilestoneState

    @property
    def moved(self) -> bool:
        return self.due_date != self.planned_due_date


@dataclass(frozen=True)
class TimelineProject:
    id: str
    title: str
    contract_number: str
    status: str
    started_on: date
    planned_end: date | None
    milestones: tuple[TimelineMilestone, ...]  # in the project's order

    @property
    def last_day(self) -> date:
        """Where the project's bar ends: its planned end, or a later milestone date."""
        days = [self.started_on, *([self.planned_end] if self.planned_end else [])]
        for m in self.milestones:
            days += [m.due_date, m.planned_due_date, *([m.completed_on] if m.completed_on else [])]
        return max(days)

    @property
    def state(self) -> MilestoneState:
        """The most pressing state of its milestones: overdue before due soon before upcoming;
        done only when every milestone is done (or there are none and it has ended)."""
        states = {m.state for m in self.milestones}
        for state in (MilestoneState.OVERDUE, MilestoneState.DUE_SOON, MilestoneState.UPCOMING):
            if state in states:
                return state
        if states or self.status != ProjectStatus.RUNNING.value:
            return MilestoneState.DONE
        return MilestoneState.UPCOMING


def project_timeline(
    uow: UnitOfWork, project_id: str, *, today: date | None = None
) -> TimelineProject:
    """One project (running or ended) with its milestones."""
    live_record(uow, Project, project_id, "project")
    return _timelines(uow, Project.id == project_id, today or date.today())[0]


def running_timelines(uow: UnitOfWork, *, today: date | None = None) -> list[TimelineProject]:
    """Every running project, earliest start first, each with its milestones."""
    return _timelines(uow, Project.status == ProjectStatus.RUNNING, today or date.today())


def _timelines(uow: UnitOfWork, which: ColumnElement[bool], today: date) -> list[TimelineProject]:
    live = and_(which, Project.deleted_at.is_(None))
    projects = uow.session.execute(
        select(
            Project.id,
            Project.title,
            Contract.number,
            Project.status,
            Project.started_on,
            Project.planned_end,
        )
        .join(Contract, Contract.id == Project.contract_id)
        .where(live)
        .order_by(Project.started_on, Project.title, Project.id)
    ).all()
    milestones = _milestones(uow, live, today)
    return [
        TimelineProject(
            p.id,
            p.title,
            p.number,
            p.status.value,
            p.started_on,
            p.planned_end,
            tuple(milestones.get(p.id, ())),
        )
        for p in projects
    ]


def _milestones(
    uow: UnitOfWork, live: ColumnElement[bool], today: date
) -> dict[str, list[TimelineMilestone]]:
    party = and_(
        ContractParty.contract_id == Project.contract_id,
        ContractParty.position == Milestone.responsible_position,
        ContractParty.deleted_at.is_(None),
    )
    rows: Sequence[Any] = uow.session.execute(
        select(
            Milestone.project_id,
            Milestone.id,
            Milestone.title,
            Milestone.due_date,
            Milestone.planned_due_date,
            Milestone.completed_on,
            ContractParty.name,
        )
        .join(Project, Project.id == Milestone.project_id)
        .outerjoin(ContractParty, party)
        .where(live, Milestone.deleted_at.is_(None))
        .order_by(Milestone.project_id, Milestone.position, Milestone.id)
    ).all()
    by_project: dict[str, list[TimelineMilestone]] = {}
    for row in rows:
        by_project.setdefault(row.project_id, []).append(
            TimelineMilestone(
                row.id,
                row.title,
                row.due_date,
                row.planned_due_date,
                row.completed_on,
                row.name or "",
                milestone_state(row.due_date, row.completed_on, today),
            )
        )
    return by_project
