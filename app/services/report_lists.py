"""Reports on contracts and projects, aggregated in SQL: contract value by type and by status,
overdue milestones, and each project's progress (for `helix export projects`).

**Contract value** covers the contracts drafted in the period (their creation date): for each
type and for each status, how many and their value, a total for each currency. Void contracts
(dropped before signature) appear under their status only, so the type rows add up to the
status rows less the void row; `totals` are those of the type rows.

**Overdue milestones**: the open milestones of running projects that were due before `today`,
the longest overdue first. **Project progress**: every project with its milestones done and in
all, and how many are overdue (only a running project has overdue milestones)."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import String, and_, case, cast, func, select

from app.models import (
    Contract,
    ContractParty,
    ContractStatus,
    Milestone,
    Project,
    ProjectStatus,
)
from app.services.report_sql import Period
from app.services.reports import Money, cents, currency_order
from app.services.uow import UnitOfWork


@dataclass(frozen=True)
class ValueRow:
    key: str  # the contract type (kind) or status
    contracts: int
    value: Money

    def value_in(self, currency: str) -> Decimal:
        return dict(self.value).get(currency, Decimal(0))


@dataclass(frozen=True)
class ContractValue:
    period: Period
    by_type: tuple[ValueRow, ...]  # the largest count first
    by_status: tuple[ValueRow, ...]  # in the order of the contract's life
    totals: Money  # of the type rows: every contract drafted in the period but the void ones
    contracts: int
    currencies: tuple[str, ...]


@dataclass(frozen=True)
class OverdueMilestone:
    project_id: str
    project: str
    contract_number: str
    milestone: str
    responsible: str  # the contract party's name, or ""
    due_date: date
    days_overdue: int


@dataclass(frozen=True)
class OverdueReport:
    today: date
    rows: tuple[OverdueMilestone, ...]


@dataclass(frozen=True)
class ProjectProgress:
    project_id: str
    project: str
    contract_number: str
    status: str
    started_on: date
    planned_end: date | None
    ended_on: date | None
    milestones_done: int
    milestones_total: int
    overdue: int


# -- contract value -----------------------------------------------------------------------------


def contract_value(
    uow: UnitOfWork, *, since: date | None = None, until: date | None = None
) -> ContractValue:
    """How many contracts were drafted in the period and their value, by type and by status."""
    period = Period(since, until)
    drafted = [Contract.deleted_at.is_(None), *period.on_moments(Contract.created_at)]
    figures: dict[str, dict[str, dict[str, tuple[int, Decimal]]]] = {}
    for name, column in (("kind", Contract.kind), ("status", cast(Contract.status, String))):
        stmt = select(column, Contract.currency, func.count(), func.sum(Contract.value)).where(
            *drafted
        )
        if name == "kind":
            stmt = stmt.where(Contract.status != ContractStatus.VOID)
        grouped: dict[str, dict[str, tuple[int, Decimal]]] = defaultdict(dict)
        for key, currency, count, total in uow.session.execute(
            stmt.group_by(column, Contract.currency)
        ):
            grouped[str(key)][currency] = (int(count), cents(total))
        figures[name] = dict(grouped)
    by_type = sorted(_value_rows(figures["kind"]), key=lambda r: (-r.contracts, r.key))
    life = [s.value for s in ContractStatus]
    by_status = sorted(_value_rows(figures["status"]), key=lambda r: life.index(r.key))
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for row in by_type:
        for currency, amount in row.value:
            totals[currency] += amount
    currencies = currency_order({c for fig in figures.values() for g in fig.values() for c in g})
    return ContractValue(
        period,
        tuple(by_type),
        tuple(by_status),
        tuple((c, totals[c]) for c in currency_order(set(totals))),
        sum(r.contracts for r in by_type),
        currencies,
    )


def _value_rows(grouped: dict[str, dict[str, tuple[int, Decimal]]]) -> list[ValueRow]:
    rows = []
    for key, by_currency in grouped.items():
        order = currency_order(set(by_currency))
        rows.append(
            ValueRow(
                key,
                sum(count for count, _ in by_currency.values()),
                tuple((c, by_currency[c][1]) for c in order),
            )
        )
    return rows


# -- milestones and projects --------------------------------------------------------------------


def _open_and_late(today: date) -> list:  # type: ignore[type-arg]
    return [
        Milestone.completed_on.is_(None),
        Milestone.due_date < today,
        Project.status == ProjectStatus.RUNNING,
    ]


def overdue_milestones(uow: UnitOfWork, today: date | None = None) -> OverdueReport:
    """The milestones of running projects not done by their due date, longest overdue first."""
    today = today or date.today()
    responsible = and_(
        ContractParty.contract_id == Contract.id,
        ContractParty.position == Milestone.responsible_position,
        ContractParty.deleted_at.is_(None),
    )
    stmt = (
        select(
            Project.id,
            Project.title,
            Contract.number,
            Milestone.title,
            ContractParty.name,
            Milestone.due_date,
        )
        .select_from(Milestone)
        .join(Project, Project.id == Milestone.project_id)
        .join(Contract, Contract.id == Project.contract_id)
        .outerjoin(ContractParty, responsible)
        .where(Milestone.deleted_at.is_(None), Project.deleted_at.is_(None), *_open_and_late(today))
        .order_by(Milestone.due_date, Contract.number, Milestone.position)
    )
    rows = tuple(
        OverdueMilestone(pid, project, number, title, party or "", due, (today - due).days)
        for pid, project, number, title, party, due in uow.session.execute(stmt)
    )
    return OverdueReport(today, rows)


def project_progress(uow: UnitOfWork, today: date | None = None) -> list[ProjectProgress]:
    """Every project with its milestones done, in all, and overdue; by contract number."""
    today = today or date.today()
    done = func.sum(case((Milestone.completed_on.is_not(None), 1), else_=0))
    late = func.sum(case((and_(*_open_and_late(today)), 1), else_=0))
    live_milestone = and_(Milestone.project_id == Project.id, Milestone.deleted_at.is_(None))
    stmt = (
        select(
            Project.id,
            Project.title,
            Contract.number,
            Project.status,
            Project.started_on,
            Project.planned_end,
            Project.ended_on,
            done,
            func.count(Milestone.id),
            late,
        )
        .select_from(Project)
        .join(Contract, Contract.id == Project.contract_id)
        .outerjoin(Milestone, live_milestone)
        .where(Project.deleted_at.is_(None))
        .group_by(
            Project.id,
            Project.title,
            Contract.number,
            Project.status,
            Project.started_on,
            Project.planned_end,
            Project.ended_on,
        )
        .order_by(Contract.number)
    )
    return [
        ProjectProgress(
            pid,
            title,
            number,
            status.value,
            started,
            planned,
            ended,
            int(finished or 0),
            int(total),
            int(overdue or 0),
        )
        for pid, title, number, status, started, planned, ended, finished, total, overdue in (
            uow.session.execute(stmt)
        )
    ]


__all__ = [
    "ContractValue",
    "OverdueMilestone",
    "OverdueReport",
    "ProjectProgress",
    "ValueRow",
    "contract_value",
    "overdue_milestones",
    "project_progress",
]
