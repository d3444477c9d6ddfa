"""Finding projects: the Projects screen's filters (free text, status, "has overdue milestones"),
paged and sorted in SQL, and how many projects there are in each status.

Free text: each typed word must occur, in any case, in the project's title, its contract's number,
or the name of one of the contract's parties (or the short name of the member behind a party). A
plain substring match, so two Chinese characters (电池) find 固态锂电池. Each row carries the next
open milestone and how many are overdue, computed in SQL so that both can be sorted on; only a
running project has milestones that are due or overdue."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, ScalarSelect, exists, func, select

from app.models import Contract, Milestone, Project, ProjectStatus
from app.services.list_query import party_names, word_conditions
from app.services.uow import UnitOfWork


@dataclass(frozen=True)
class ProjectQuery:
    """The Projects screen's filter. `today` fixes the clock (tests); None means today."""

    text: str = ""
    status: str | None = None  # running, completed, terminated
    overdue_only: bool = False
    today: date | None = None
    sort: str = "started_on"
    descending: bool = True


@dataclass(frozen=True)
class ProjectRow:
    """One line of the project list: plain values, the parties' names in contract order."""

    id: str
    contract_id: str
    contract_number: str
    title: str
    parties: tuple[str, ...]
    status: str
    started_on: date
    planned_end: date | None
    ended_on: date | None
    next_due: date | None  # the earliest open milestone of a running project
    next_title: str
    overdue: int  # open milestones of a running project due before today


def _open_milestones(today: date | None = None) -> list[ColumnElement[bool]]:
    """A running project's milestones not done yet (before `today`, when given)."""
    conditions: list[ColumnElement[bool]] = [
        Milestone.project_id == Project.id,
        Milestone.deleted_at.is_(None),
        Milestone.completed_on.is_(None),
        Project.status == ProjectStatus.RUNNING,
    ]
    if today is not None:
        conditions.append(Milestone.due_date < today)
    return conditions


def _next_due() -> ScalarSelect[date]:
    return select(func.min(Milestone.due_date)).where(*_open_milestones()).scalar_subquery()


def _next_title() -> ScalarSelect[str]:
    return (
        select(Milestone.title)
        .where(*_open_milestones())
        .order_by(Milestone.due_date, Milestone.position)
        .limit(1)
        .scalar_subquery()
    )


def _overdue(today: date) -> ScalarSelect[int]:
    return select(func.count(Milestone.id)).where(*_open_milestones(today)).scalar_subquery()


def filter_conditions(query: ProjectQuery) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a projects query (the contract joined)."""
    conditions: list[ColumnElement[bool]] = [Project.deleted_at.is_(None)]
    conditions += word_conditions(query.text, (Project.title, Contract.number), Project.contract_id)
    if query.status:
        conditions.append(Project.status == ProjectStatus(query.status))
    if query.overdue_only:
        conditions.append(exists().where(*_open_milestones(query.today or date.today())))
    return conditions


def search_projects(
    uow: UnitOfWork, query: ProjectQuery, *, offset: int = 0, limit: int = 200
) -> list[ProjectRow]:
    """One page of projects, filtered and sorted in SQL."""
    next_due = _next_due().label("next_due")
    overdue = _overdue(query.today or date.today()).label("overdue")
    sort_columns = {
        "number": Contract.number,
        "title": Project.title,
        "status": Project.status,
        "next_due": next_due,
        "overdue": overdue,
        "started_on": Project.started_on,
    }
    column = sort_columns.get(query.sort, Project.started_on)
    order = column.desc() if query.descending else column.asc()
    tie = Project.id.desc() if query.descending else Project.id
    stmt = (
        select(
            Project.id,
            Project.contract_id,
            Contract.number,
            Project.title,
            Project.status,
            Project.started_on,
            Project.planned_end,
            Project.ended_on,
            next_due,
            _next_title().label("next_title"),
            overdue,
        )
        .join(Contract, Contract.id == Project.contract_id)
        .where(*filter_conditions(query))
        .order_by(order.nulls_last(), tie)
        .offset(offset)
        .limit(limit)
    )
    found = list(uow.session.execute(stmt))
    parties = party_names(uow, [r.contract_id for r in found])
    return [
        ProjectRow(
            r.id,
            r.contract_id,
            r.number,
            r.title,
            parties.get(r.contract_id, ()),
            r.status.value,
            r.started_on,
            r.planned_end,
            r.ended_on,
            r.next_due,
            r.next_title or "",
            int(r.overdue or 0),
        )
        for r in found
    ]


def count_matching(uow: UnitOfWork, query: ProjectQuery) -> int:
    """How many projects the query finds (all pages)."""
    stmt = (
        select(func.count())
        .select_from(Project)
        .join(Contract, Contract.id == Project.contract_id)
        .where(*filter_conditions(query))
    )
    return int(uow.session.scalar(stmt) or 0)


def status_counts(uow: UnitOfWork, today: date | None = None) -> dict[str, int]:
    """How many projects there are in each status, and under "overdue" how many running ones
    have an overdue milestone (the screen's filters show them)."""
    stmt = (
        select(Project.status, func.count())
        .where(Project.deleted_at.is_(None))
        .group_by(Project.status)
    )
    counts = {status.value: int(n) for status, n in uow.session.execute(stmt)}
    late = select(func.count()).where(
        Project.deleted_at.is_(None), exists().where(*_open_milestones(today or date.today()))
    )
    counts["overdue"] = int(uow.session.scalar(late) or 0)
    return counts
