"""Cooperation projects: a signed contract starts one (contract → in execution), with a
milestone for every instalment of its payment schedule (title, due date, the party that
delivers, the linked payment) or, without a schedule, one for the contract's completion.

Milestones can be added, moved (the reason is kept, with every earlier move) and completed
(the date, who confirmed it, the evidence attached). When every milestone is done the project
can be completed (contract → completed), then evaluated by the three sides (evaluations.py);
a project can also be terminated early, with the reason (contract → terminated)."""

import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from app.errors import DomainError, ValidationError, problem
from app.models import (
    Contract,
    ContractStatus,
    Milestone,
    MilestoneMove,
    Project,
    ProjectStatus,
    utcnow,
)
from app.services.contract_templates import ContractTemplate, load_template
from app.services.contracts import SUPPLY_SIDE_ROLES
from app.services.permissions import Action
from app.services.uow import Actor, UnitOfWork, live_record, stale_record

log = logging.getLogger(__name__)

EVIDENCE_LIMIT = 25 * 1024 * 1024
TITLE_LIMIT = 300


@dataclass(frozen=True)
class MoveRow:
    from_date: date
    to_date: date
    reason: str
    moved_at: datetime
    moved_by: str


@dataclass(frozen=True)
class MilestoneRow:
    id: str
    version: int
    position: int
    title: str
    deliverable: str
    responsible_position: int | None
    responsible: str  # the party's name, or ""
    due_date: date
    planned_due_date: date
    instalment_position: int | None
    amount: str  # the linked instalment's amount with its currency, or ""
    completed_on: date | None
    confirmed_by: str
    completion_note: str
    evidence_name: str
    moves: tuple[MoveRow, ...]

    def overdue(self, today: date) -> bool:
        return self.completed_on is None and self.due_date < today


@dataclass(frozen=True)
class ProjectDetail:
    id: str
    version: int
    contract_id: str
    contract_number: str
    title: str
    status: str
    started_on: date
    planned_end: date | None
    ended_on: date | None
    end_note: str
    parties: tuple[str, ...]  # the contract's party names, by position
    milestones: tuple[MilestoneRow, ...]

    @property
    def all_done(self) -> bool:
        return all(m.completed_on is not None for m in self.milestones)


# -- reading ------------------------------------------------------------------------------------


def _load(uow: UnitOfWork, project_id: str, expected_version: int | None = None) -> Project:
    project = live_record(uow, Project, project_id, "project")
    if expected_version is not None and project.version != expected_version:
        raise stale_record()
    return project


def _milestones(uow: UnitOfWork, project: Project) -> list[Milestone]:
    return [m for m in project.milestones if m.deleted_at is None]


def _detail(uow: UnitOfWork, project: Project) -> ProjectDetail:
    contract = uow.session.get(Contract, project.contract_id)
    assert contract is not None
    parties = tuple(p.name for p in contract.parties if p.deleted_at is None)
    schedule = [i for i in contract.instalments if i.deleted_at is None]
    milestones = _milestones(uow, project)
    moves: dict[str, list[MoveRow]] = {m.id: [] for m in milestones}
    if milestones:
        rows = uow.session.scalars(
            select(MilestoneMove)
            .where(MilestoneMove.milestone_id.in_(list(moves)))
            .order_by(MilestoneMove.moved_at)
        )
        for move in rows:
            moves[move.milestone_id].append(
                MoveRow(move.from_date, move.to_date, move.reason, move.moved_at, move.moved_by)
            )
    return ProjectDetail(
        project.id,
        project.version,
        contract.id,
        contract.number,
        project.title,
        project.status.value,
        project.started_on,
        project.planned_end,
        project.ended_on,
        project.end_note,
        parties,
        tuple(
            MilestoneRow(
                m.id,
                m.version,
                m.position,
                m.title,
                m.deliverable,
                m.responsible_position,
                _name(parties, m.responsible_position),
                m.due_date,
                m.planned_due_date,
                m.instalment_position,
                _amount(schedule, m.instalment_position, contract.currency),
                m.completed_on,
                m.confirmed_by,
                m.completion_note,
                m.evidence_name,
                tuple(moves[m.id]),
            )
            for m in milestones
        ),
    )


def _name(parties: tuple[str, ...], position: int | None) -> str:
    return parties[position] if position is not None and 0 <= position < len(parties) else ""


def _amount(schedule: list, position: int | None, currency: str) -> str:  # type: ignore[type-arg]
    if position is None or not 0 <= position < len(schedule):
        return ""
    return f"{schedule[position].amount:,.2f} {currency}"


def get_project(uow: UnitOfWork, project_id: str) -> ProjectDetail:
    return _detail(uow, _load(uow, project_id))


def project_for_contract(uow: UnitOfWork, contract_id: str) -> ProjectDetail | None:
    project = uow.session.scalar(
        select(Project).where(Project.contract_id == contract_id, Project.deleted_at.is_(None))
    )
    return _detail(uow, project) if project else None


def milestone_evidence(uow: UnitOfWork, milestone_id: str) -> tuple[str, bytes]:
    milestone = live_record(uow, Milestone, milestone_id, "milestone")
    if milestone.evidence is None:
        raise DomainError("No evidence is attached to this milestone.")
    return milestone.evidence_name, milestone.evidence


# -- starting -----------------------------------------------------------------------------------


def start_project(uow: UnitOfWork, contract_id: str, by: Actor) -> ProjectDetail:
    """The project of a signed contract: milestones from its payment schedule; the contract is
    in execution from now on. Called when the last party signs."""
    uow.acting(by, Action.EDIT_CONTRACTS)
    contract = live_record(uow, Contract, contract_id, "contract")
    if contract.status is not ContractStatus.SIGNED:
        raise DomainError(
            "Contract {number} is {status}; a project starts when every party has signed.",
            number=contract.number,
            status=contract.status.value.replace("_", " "),
        )
    existing = project_for_contract(uow, contract.id)
    if existing is not None:
        return existing
    parties = [p for p in contract.parties if p.deleted_at is None]
    delivering = next((i for i, p in enumerate(parties) if p.role in SUPPLY_SIDE_ROLES), None)
    started = contract.signed_on or date.today()
    project = Project(
        contract_id=contract.id,
        title=_title(contract.subject or contract.title),
        status=ProjectStatus.RUNNING,
        started_on=started,
        planned_end=contract.end_date,
    )
    uow.session.add(project)
    uow.flush()
    schedule = [i for i in contract.instalments if i.deleted_at is None]
    plan: list[tuple[str, date, int | None]] = [
        (i.milestone, i.due_date or contract.end_date or started, n) for n, i in enumerate(schedule)
    ] or [(_completion_title(contract.language), contract.end_date or started, None)]
    template = _template_of(contract)
    role_positions = {p.role: i for i, p in enumerate(parties)}
    for position, (title, due, instalment) in enumerate(plan):
        entry = template.milestone_for(title) if template is not None else None
        uow.session.add(
            Milestone(
                project_id=project.id,
                position=position,
                title=title[:TITLE_LIMIT],
                deliverable=entry.deliverable if entry is not None else "",
                responsible_position=(
                    role_positions.get(entry.responsible, delivering)
                    if entry is not None
                    else delivering
                ),
                due_date=due,
                planned_due_date=due,
                instalment_position=instalment,
            )
        )
    contract.status = ContractStatus.IN_EXECUTION
    uow.flush()
    uow.session.expire(project, ["milestones"])
    return _detail(uow, project)


def _template_of(contract: Contract) -> ContractTemplate | None:
    """The contract's template, for what its milestones deliver and who delivers them. The
    last signature must never fail over a template an admin removed or broke since the draft:
    then the milestones have no deliverable and the delivering party is responsible."""
    try:
        return load_template(contract.template_id)
    except DomainError as exc:
        log.warning(
            "project of %s: template %s not used: %s", contract.number, contract.template_id, exc
        )
        return None


def _title(text: str) -> str:
    """A subject written to follow "the technology of…" begins in lower case; a title does not."""
    text = text.strip()
    return (text[:1].upper() + text[1:])[:TITLE_LIMIT]


def _completion_title(language: str) -> str:
    return "合同履行完毕" if language == "zh" else "Contract fulfilled"


# -- milestones ---------------------------------------------------------------------------------


def _running(project: Project) -> None:
    if project.status is not ProjectStatus.RUNNING:
        raise DomainError(
            "This project is {status}; its milestones can no longer be changed.",
            status=project.status.value,
        )


def _check_milestone(title: str, due: date | None, parties: int, responsible: int | None) -> None:
    errors: dict[str, str] = {}
    if not title.strip():
        errors["title"] = "Say what the milestone is."
    elif len(title) > TITLE_LIMIT:
        errors["title"] = problem(
            "The title is {length} characters; at most {limit}.",
            length=len(title),
            limit=TITLE_LIMIT,
        )
    if due is None:
        errors["due_date"] = "Give the date the milestone is due."
    if responsible is not None and not 0 <= responsible < parties:
        errors["responsible_position"] = "Choose one of the contract's parties."
    if errors:
        raise ValidationError(errors)


def add_milestone(
    uow: UnitOfWork,
    project_id: str,
    title: str,
    due_date: date,
    by: Actor,
    *,
    deliverable: str = "",
    responsible_position: int | None = None,
) -> ProjectDetail:
    uow.acting(by, Action.WORK_PROJECTS)
    project = _load(uow, project_id)
    _running(project)
    detail = _detail(uow, project)
    _check_milestone(title, due_date, len(detail.parties), responsible_position)
    milestones = _milestones(uow, project)
    uow.session.add(
        Milestone(
            project_id=project.id,
            position=max((m.position for m in milestones), default=-1) + 1,
            title=title.strip(),
            deliverable=deliverable.strip(),
            responsible_position=responsible_position,
            due_date=due_date,
            planned_due_date=due_date,
        )
    )
    project.updated_at = utcnow()
    uow.flush()
    uow.session.expire(project, ["milestones"])
    return _detail(uow, project)


def _milestone(
    uow: UnitOfWork, milestone_id: str, expected_version: int | None
) -> tuple[Project, Milestone]:
    milestone = live_record(uow, Milestone, milestone_id, "milestone")
    if expected_version is not None and milestone.version != expected_version:
        raise stale_record()
    project = _load(uow, milestone.project_id)
    _running(project)
    return project, milestone


def edit_milestone(
    uow: UnitOfWork,
    milestone_id: str,
    title: str,
    by: Actor,
    *,
    deliverable: str = "",
    responsible_position: int | None = None,
    expected_version: int | None = None,
) -> ProjectDetail:
    """Correct what an open milestone is, what it delivers and who delivers it. Its due date
    changes only by a move, whose reason is kept; a done milestone stays as it was confirmed."""
    uow.acting(by, Action.WORK_PROJECTS)
    project, milestone = _milestone(uow, milestone_id, expected_version)
    if milestone.completed_on is not None:
        raise DomainError("This milestone is done; it stays as it was confirmed.")
    parties = len(_detail(uow, project).parties)
    _check_milestone(title, milestone.due_date, parties, responsible_position)
    milestone.title = title.strip()
    milestone.deliverable = deliverable.strip()
    milestone.responsible_position = responsible_position
    uow.flush()
    return _detail(uow, project)


def move_milestone(
    uow: UnitOfWork,
    milestone_id: str,
    new_due_date: date,
    reason: str,
    by: Actor,
    expected_version: int | None = None,
) -> ProjectDetail:
    """Move a milestone's due date; the reason is required and kept with every earlier move."""
    uow.acting(by, Action.WORK_PROJECTS)
    project, milestone = _milestone(uow, milestone_id, expected_version)
    errors: dict[str, str] = {}
    if milestone.completed_on is not None:
        raise DomainError("This milestone is done; a completed milestone is not moved.")
    if new_due_date == milestone.due_date:
        errors["due_date"] = "Choose a date other than the one it is due now."
    if not reason.strip():
        errors["reason"] = "Say why the milestone moves; the reason is kept with the project."
    if errors:
        raise ValidationError(errors)
    uow.session.add(
        MilestoneMove(
            milestone_id=milestone.id,
            from_date=milestone.due_date,
            to_date=new_due_date,
            reason=reason.strip(),
            moved_at=utcnow(),
            moved_by=by.name,
        )
    )
    milestone.due_date = new_due_date
    uow.flush()
    return _detail(uow, project)


def complete_milestone(
    uow: UnitOfWork,
    milestone_id: str,
    completed_on: date,
    confirmed_by: str,
    by: Actor,
    *,
    note: str = "",
    evidence_path: str | Path | None = None,
    expected_version: int | None = None,
) -> ProjectDetail:
    """Mark a milestone done: when, who confirmed it (e.g. the enterprise's project lead), and
    optionally the evidence (an acceptance report, a test record) as a file."""
    uow.acting(by, Action.WORK_PROJECTS)
    project, milestone = _milestone(uow, milestone_id, expected_version)
    if milestone.completed_on is not None:
        raise DomainError(
            "This milestone was completed on {day} already.", day=str(milestone.completed_on)
        )
    errors: dict[str, str] = {}
    if completed_on > date.today():
        errors["completed_on"] = "The completion date is in the future; give the day it was done."
    elif completed_on < project.started_on:
        errors["completed_on"] = "The project started after this date; check the date."
    if not confirmed_by.strip():
        errors["confirmed_by"] = "Say who confirmed that the milestone is done."
    name, data = "", None
    if evidence_path is not None and str(evidence_path).strip():
        name, data = _read_evidence(Path(evidence_path), errors)
    if errors:
        raise ValidationError(errors)
    milestone.completed_on = completed_on
    milestone.confirmed_by = confirmed_by.strip()
    milestone.completion_note = note.strip()
    if data is not None:
        milestone.evidence_name, milestone.evidence = name, data
    uow.flush()
    return _detail(uow, project)


def _read_evidence(path: Path, errors: dict[str, str]) -> tuple[str, bytes | None]:
    try:
        size = path.stat().st_size
        if size > EVIDENCE_LIMIT:
            errors["evidence"] = problem(
                "The file is {size} MB; attach at most {limit} MB (a scan at a lower resolution).",
                size=size // (1024 * 1024),
                limit=EVIDENCE_LIMIT // (1024 * 1024),
            )
            return path.name, None
        data = path.read_bytes()
    except OSError as exc:
        errors["evidence"] = problem(
            "{name} cannot be read ({reason}).", name=path.name, reason=exc.strerror or str(exc)
        )
        return path.name, None
    if not data:
        errors["evidence"] = problem("{name} is empty.", name=path.name)
        return path.name, None
    return path.name, data


# -- ending -------------------------------------------------------------------------------------


def complete_project(
    uow: UnitOfWork,
    project_id: str,
    ended_on: date,
    by: Actor,
    *,
    note: str = "",
    expected_version: int | None = None,
) -> ProjectDetail:
    """Every milestone done: the project is completed and its contract too; the three sides
    can now evaluate it."""
    uow.acting(by, Action.WORK_PROJECTS)
    project = _load(uow, project_id, expected_version)
    _running(project)
    open_ones = [m.title for m in _milestones(uow, project) if m.completed_on is None]
    if open_ones:
        raise DomainError(
            "{count} milestone(s) are not done yet ({titles}); complete them first, or "
            "terminate the project if the cooperation has ended.",
            count=len(open_ones),
            titles="; ".join(open_ones[:3]),
        )
    if ended_on > date.today():
        raise ValidationError({"ended_on": "The end date is in the future."})
    _end(uow, project, ProjectStatus.COMPLETED, ContractStatus.COMPLETED, ended_on, note)
    return _detail(uow, project)


def terminate_project(
    uow: UnitOfWork,
    project_id: str,
    ended_on: date,
    reason: str,
    by: Actor,
    *,
    expected_version: int | None = None,
) -> ProjectDetail:
    """End the cooperation early; the reason is required and kept."""
    uow.acting(by, Action.WORK_PROJECTS)
    project = _load(uow, project_id, expected_version)
    _running(project)
    errors: dict[str, str] = {}
    if not reason.strip():
        errors["reason"] = "Say why the cooperation ends early."
    if ended_on > date.today():
        errors["ended_on"] = "The end date is in the future; give the day it ended."
    elif ended_on < project.started_on:
        errors["ended_on"] = "The project started after this date; check the date."
    if errors:
        raise ValidationError(errors)
    _end(uow, project, ProjectStatus.TERMINATED, ContractStatus.TERMINATED, ended_on, reason)
    return _detail(uow, project)


def _end(
    uow: UnitOfWork,
    project: Project,
    status: ProjectStatus,
    contract_status: ContractStatus,
    ended_on: date,
    note: str,
) -> None:
    project.status = status
    project.ended_on = ended_on
    project.end_note = note.strip()
    contract = uow.session.get(Contract, project.contract_id)
    assert contract is not None
    contract.status = contract_status
    uow.flush()
