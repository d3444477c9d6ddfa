"""The three-party evaluation of a completed project: the enterprise, the university/institute
and the office each score five fixed criteria 1–5, with a comment. The project shows the three
side by side; a member's page shows how the other sides rated its work; matching takes a
supplier's past performance from the same figures.

Each side evaluates a project once. A second evaluation for the same side is refused (the first
one is the party's statement, kept as given); there is no silent replacement.

A party's side follows its role in the contract: the coordinator is the office, the role that
offers the technology (transferor, licensor, developer, provider, …) is the university/institute
side, every other role the enterprise side. An evaluation speaks of the other sides' work: a
member's performance is what the sides it was not on said, averaged over every such
evaluation (each evaluation counts once; the overall figure is the mean of all its scores)."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from statistics import fmean

from sqlalchemy import case, func, select
from sqlalchemy.exc import IntegrityError

from app.errors import DomainError, ValidationError, problem
from app.models import (
    Contract,
    ContractParty,
    Evaluation,
    PartySide,
    Project,
    ProjectStatus,
)
from app.services.contract_templates import COORDINATOR
from app.services.contracts import SUPPLY_SIDE_ROLES
from app.services.permissions import Action
from app.services.uow import Actor, UnitOfWork, live_record

CRITERIA = ("goal_achieved", "quality", "timeliness", "communication", "benefit_realised")
SIDES = (PartySide.ENTERPRISE.value, PartySide.RESEARCH.value, PartySide.OFFICE.value)
LOWEST, HIGHEST = 1, 5
EVALUATOR_LIMIT = 200
COMMENT_LIMIT = 5_000


def side_of_role(role: str) -> PartySide:
    """The evaluation side of a contract party with this template role."""
    if role == COORDINATOR:
        return PartySide.OFFICE
    return PartySide.RESEARCH if role in SUPPLY_SIDE_ROLES else PartySide.ENTERPRISE


def _party_side():  # type: ignore[no-untyped-def]
    """side_of_role in SQL."""
    return case(
        (ContractParty.role == COORDINATOR, PartySide.OFFICE.value),
        (ContractParty.role.in_(SUPPLY_SIDE_ROLES), PartySide.RESEARCH.value),
        else_=PartySide.ENTERPRISE.value,
    )


@dataclass(frozen=True)
class SideEvaluation:
    id: str
    side: str
    evaluator: str
    scores: dict[str, int]  # by criterion, in CRITERIA order
    comment: str
    evaluated_on: date
    recorded_by: str

    @property
    def average(self) -> float:
        return fmean(self.scores.values())


@dataclass(frozen=True)
class EvaluationSummary:
    """A project's evaluations side by side, with the averages over the sides that evaluated."""

    project_id: str
    status: str
    ended_on: date | None
    parties: dict[str, tuple[str, ...]]  # side -> the contract's party names on that side
    evaluations: dict[str, SideEvaluation]  # side -> its evaluation, for the sides that gave one
    averages: dict[str, float | None]  # criterion -> mean over the evaluations (None: none yet)
    overall: float | None
    missing: tuple[str, ...]  # sides not evaluated yet, in SIDES order

    @property
    def can_evaluate(self) -> bool:
        return self.status == ProjectStatus.COMPLETED.value and bool(self.missing)


@dataclass(frozen=True)
class ProjectScore:
    """One completed project of a member, as the other sides rated it."""

    project_id: str
    title: str
    contract_number: str
    ended_on: date | None
    member_sides: tuple[str, ...]
    evaluations: int
    average: float


@dataclass(frozen=True)
class MemberPerformance:
    member_id: str
    project_count: int
    evaluation_count: int
    averages: dict[str, float]  # criterion -> mean over the other sides' evaluations
    overall: float
    projects: tuple[ProjectScore, ...]  # newest first


# -- reading ------------------------------------------------------------------------------------


def _scores(evaluation: Evaluation) -> dict[str, int]:
    return {c: int(getattr(evaluation, c)) for c in CRITERIA}


def _side_evaluation(e: Evaluation) -> SideEvaluation:
    return SideEvaluation(
        e.id, e.side.value, e.evaluator, _scores(e), e.comment, e.evaluated_on, e.recorded_by
    )


def _criterion_means(score_sets: list[dict[str, int]]) -> dict[str, float]:
    return {c: fmean(s[c] for s in score_sets) for c in CRITERIA} if score_sets else {}


def project_evaluations(uow: UnitOfWork, project_id: str) -> EvaluationSummary:
    project = live_record(uow, Project, project_id, "project")
    stmt = select(Evaluation).where(
        Evaluation.project_id == project.id, Evaluation.deleted_at.is_(None)
    )
    given = {e.side.value: _side_evaluation(e) for e in uow.session.scalars(stmt)}
    contract = uow.session.get(Contract, project.contract_id)
    assert contract is not None
    parties: dict[str, list[str]] = {side: [] for side in SIDES}
    for party in contract.parties:
        if party.deleted_at is None:
            parties[side_of_role(party.role).value].append(party.name)
    evaluations = {side: given[side] for side in SIDES if side in given}
    means = _criterion_means([e.scores for e in evaluations.values()])
    return EvaluationSummary(
        project.id,
        project.status.value,
        project.ended_on,
        {side: tuple(names) for side, names in parties.items()},
        evaluations,
        {c: means.get(c) for c in CRITERIA},
        fmean(means.values()) if means else None,
        tuple(side for side in SIDES if side not in evaluations),
    )


def member_performance(uow: UnitOfWork, member_id: str) -> MemberPerformance | None:
    """How the other sides rated this member's work over its completed projects; None while no
    such evaluation exists."""
    parties = uow.session.execute(
        select(ContractParty.role, Project)
        .join(Project, Project.contract_id == ContractParty.contract_id)
        .where(
            ContractParty.member_id == member_id,
            ContractParty.deleted_at.is_(None),
            Project.deleted_at.is_(None),
            Project.status == ProjectStatus.COMPLETED,
        )
    ).all()
    sides: dict[str, set[str]] = {}
    projects: dict[str, Project] = {}
    for role, project in parties:
        sides.setdefault(project.id, set()).add(side_of_role(role).value)
        projects[project.id] = project
    if not projects:
        return None
    stmt = select(Evaluation).where(
        Evaluation.project_id.in_(list(projects)), Evaluation.deleted_at.is_(None)
    )
    by_project: dict[str, list[dict[str, int]]] = {}
    for e in uow.session.scalars(stmt):
        if e.side.value not in sides[e.project_id]:
            by_project.setdefault(e.project_id, []).append(_scores(e))
    if not by_project:
        return None
    return _performance(uow, member_id, by_project, projects, sides)


def _performance(
    uow: UnitOfWork,
    member_id: str,
    by_project: dict[str, list[dict[str, int]]],
    projects: dict[str, Project],
    sides: dict[str, set[str]],
) -> MemberPerformance:
    stmt = select(Contract.id, Contract.number).where(
        Contract.id.in_([projects[p].contract_id for p in by_project])
    )
    numbers = {contract_id: number for contract_id, number in uow.session.execute(stmt)}
    rows = [
        ProjectScore(
            pid,
            projects[pid].title,
            numbers.get(projects[pid].contract_id, ""),
            projects[pid].ended_on,
            tuple(s for s in SIDES if s in sides[pid]),
            len(score_sets),
            fmean(fmean(s.values()) for s in score_sets),
        )
        for pid, score_sets in by_project.items()
    ]
    rows.sort(key=lambda r: (r.ended_on or date.min, r.project_id), reverse=True)
    every = [s for score_sets in by_project.values() for s in score_sets]
    means = _criterion_means(every)
    return MemberPerformance(
        member_id, len(rows), len(every), means, fmean(means.values()), tuple(rows)
    )


def performance_scores(uow: UnitOfWork) -> dict[str, float]:
    """Every evaluated member's past performance for matching, 0 (all scores 1) to 1 (all 5),
    in one query. Members without an evaluation by another side are absent."""
    total = sum((getattr(Evaluation, c) for c in CRITERIA[1:]), getattr(Evaluation, CRITERIA[0]))
    stmt = (
        select(ContractParty.member_id, func.avg(total * 1.0) / len(CRITERIA))
        .join(Project, Project.contract_id == ContractParty.contract_id)
        .join(Evaluation, Evaluation.project_id == Project.id)
        .where(
            ContractParty.member_id.is_not(None),
            ContractParty.deleted_at.is_(None),
            Project.deleted_at.is_(None),
            Project.status == ProjectStatus.COMPLETED,
            Evaluation.deleted_at.is_(None),
            Evaluation.side != _party_side(),  # what the other sides said of the party's work
        )
        .group_by(ContractParty.member_id)
    )
    span = HIGHEST - LOWEST
    return {
        member_id: min(1.0, max(0.0, (float(value) - LOWEST) / span))
        for member_id, value in uow.session.execute(stmt)
        if member_id is not None
    }


# -- recording ----------------------------------------------------------------------------------


def _check_scores(scores: Mapping[str, object], errors: dict[str, str]) -> dict[str, int]:
    clean: dict[str, int] = {}
    for criterion in CRITERIA:
        value = scores.get(criterion)
        if isinstance(value, bool) or not isinstance(value, int):
            errors[criterion] = "Give a score from 1 to 5 for every criterion."
        elif not LOWEST <= value <= HIGHEST:
            errors[criterion] = problem("A score is from 1 to 5; {value} is not.", value=value)
        else:
            clean[criterion] = value
    unknown = sorted(set(scores) - set(CRITERIA))
    if unknown:
        errors["scores"] = problem("Unknown criteria: {names}.", names=", ".join(unknown))
    return clean


def _already(existing: Evaluation) -> DomainError:
    return DomainError(
        "This side's evaluation was recorded on {day} ({evaluator}); each side evaluates a "
        "project once, and that evaluation is kept as given.",
        day=existing.evaluated_on.isoformat(),
        evaluator=existing.evaluator,
    )


def _check_evaluation(
    project: Project,
    scores: Mapping[str, object],
    evaluator: str,
    comment: str,
    evaluated_on: date | None,
    errors: dict[str, str],
) -> dict[str, int]:
    clean = _check_scores(scores, errors)
    if not evaluator.strip():
        errors["evaluator"] = "Say who evaluated (the person who speaks for that side)."
    elif len(evaluator) > EVALUATOR_LIMIT:
        errors["evaluator"] = problem(
            "The name is {length} characters; at most {limit}.",
            length=len(evaluator),
            limit=EVALUATOR_LIMIT,
        )
    if len(comment) > COMMENT_LIMIT:
        errors["comment"] = problem(
            "The comment is {length} characters; at most {limit}.",
            length=f"{len(comment):,}",
            limit=f"{COMMENT_LIMIT:,}",
        )
    if evaluated_on is None:
        errors["evaluated_on"] = "Give the date of the evaluation."
    elif evaluated_on > date.today():
        errors["evaluated_on"] = "The date is in the future; give the day of the evaluation."
    elif project.ended_on is not None and evaluated_on < project.ended_on:
        errors["evaluated_on"] = problem(
            "The project ended on {day}; it is evaluated on that day or later.",
            day=project.ended_on.isoformat(),
        )
    return clean


def record_evaluation(
    uow: UnitOfWork,
    project_id: str,
    side: PartySide | str,
    evaluator: str,
    scores: Mapping[str, int],
    comment: str,
    evaluated_on: date | None,
    by: Actor,
) -> EvaluationSummary:
    """One side's evaluation of a completed project: every criterion scored 1–5, who evaluated,
    when, and a comment. A side that has evaluated the project already is refused."""
    uow.acting(by, Action.WORK_PROJECTS)
    project = live_record(uow, Project, project_id, "project")
    if project.status is not ProjectStatus.COMPLETED:
        raise DomainError(
            "This project is {status}; the three sides evaluate a project once it is completed.",
            status=project.status.value,
        )
    errors: dict[str, str] = {}
    try:
        party = PartySide(side)
    except ValueError:
        raise ValidationError({"side": "Choose whose evaluation it is."}) from None
    existing = uow.session.scalar(
        select(Evaluation).where(
            Evaluation.project_id == project.id,
            Evaluation.side == party,
            Evaluation.deleted_at.is_(None),
        )
    )
    if existing is not None:
        raise _already(existing)
    clean = _check_evaluation(project, scores, evaluator, comment, evaluated_on, errors)
    if errors:
        raise ValidationError(errors)
    uow.session.add(
        Evaluation(
            project_id=project.id,
            side=party,
            evaluator=evaluator.strip(),
            comment=comment.strip(),
            evaluated_on=evaluated_on,
            recorded_by=by.name,
            **clean,
        )
    )
    try:
        uow.flush()
    except IntegrityError:  # another clerk recorded this side's evaluation a moment ago
        raise DomainError(
            "Someone else recorded this side's evaluation of the project a moment ago. "
            "Nothing was saved; refresh to see it."
        ) from None
    return project_evaluations(uow, project.id)
