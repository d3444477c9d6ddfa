"""A project's log: dated progress reports, feedback, problems raised and their resolutions, from
any of the three sides (enterprise, university/institute, office). Shown on the project and on
its contract.

A problem stays open until a resolution names it. Problems and resolutions belong to the running
cooperation; progress reports and feedback may still be added after the end (a late report, the
parties' feedback on how it went)."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from app.errors import DomainError, StaleRecordError, ValidationError, problem
from app.models import EntryKind, PartySide, Project, ProjectEntry, ProjectStatus, utcnow
from app.services.permissions import Action
from app.services.uow import Actor, UnitOfWork, live_record

AUTHOR_LIMIT = 200
TEXT_LIMIT = 10_000


@dataclass(frozen=True)
class EntryRow:
    """One entry as the log shows it. A problem is `open` until resolved (`resolved_by_id`
    names the resolution); a resolution names its problem (`resolves_id`, with the problem's
    date and text so the log can say which one without looking it up)."""

    id: str
    version: int
    project_id: str
    kind: str
    side: str
    author: str
    entry_date: date
    text: str
    recorded_by: str
    recorded_at: datetime
    open: bool = False
    resolves_id: str | None = None
    resolves_date: date | None = None
    resolves_text: str = ""
    resolved_by_id: str | None = None
    resolved_on: date | None = None


# -- reading ------------------------------------------------------------------------------------


def _rows(uow: UnitOfWork, project_id: str) -> list[ProjectEntry]:
    stmt = (
        select(ProjectEntry)
        .where(ProjectEntry.project_id == project_id, ProjectEntry.deleted_at.is_(None))
        .order_by(
            ProjectEntry.entry_date.desc(), ProjectEntry.created_at.desc(), ProjectEntry.id.desc()
        )
    )
    return list(uow.session.scalars(stmt))


def _as_rows(entries: list[ProjectEntry]) -> list[EntryRow]:
    by_id = {e.id: e for e in entries}
    resolution_of = {e.resolves_id: e for e in entries if e.resolves_id is not None}
    rows = []
    for e in entries:
        problem = by_id.get(e.resolves_id) if e.resolves_id else None
        resolution = resolution_of.get(e.id) if e.kind is EntryKind.PROBLEM else None
        rows.append(
            EntryRow(
                e.id,
                e.version,
                e.project_id,
                e.kind.value,
                e.side.value,
                e.author,
                e.entry_date,
                e.text,
                e.recorded_by,
                e.created_at,
                open=e.kind is EntryKind.PROBLEM and resolution is None,
                resolves_id=e.resolves_id,
                resolves_date=problem.entry_date if problem else None,
                resolves_text=problem.text if problem else "",
                resolved_by_id=resolution.id if resolution else None,
                resolved_on=resolution.entry_date if resolution else None,
            )
        )
    return rows


def entries(uow: UnitOfWork, project_id: str) -> list[EntryRow]:
    """The project's log, newest first (by the entry's date, then by when it was recorded)."""
    live_record(uow, Project, project_id, "project")
    return _as_rows(_rows(uow, project_id))


def open_problems(uow: UnitOfWork, project_id: str) -> list[EntryRow]:
    """The problems raised and not yet resolved, oldest first (the order to work on them)."""
    return [row for row in reversed(entries(uow, project_id)) if row.open]


def entries_for_contract(uow: UnitOfWork, contract_id: str) -> list[EntryRow]:
    """The log of the project this contract started; empty while it has none."""
    project_id = uow.session.scalar(
        select(Project.id).where(Project.contract_id == contract_id, Project.deleted_at.is_(None))
    )
    return _as_rows(_rows(uow, project_id)) if project_id else []


# -- writing ------------------------------------------------------------------------------------


def _choice[E: (EntryKind, PartySide)](
    enum: type[E], value: str, field: str, message: str, errors: dict[str, str]
) -> E | None:
    try:
        return enum(value)
    except ValueError:
        errors[field] = message
        return None


def _check(
    project: Project,
    kind: EntryKind | None,
    author: str,
    entry_date: date | None,
    text: str,
    errors: dict[str, str],
) -> None:
    if not text.strip():
        errors["text"] = "Write what was reported; the entry's text is empty."
    elif len(text) > TEXT_LIMIT:
        errors["text"] = problem(
            "The text is {length} characters; at most {limit}.",
            length=f"{len(text):,}",
            limit=f"{TEXT_LIMIT:,}",
        )
    if not author.strip():
        errors["author"] = "Say who reported it (a name, or the office's clerk)."
    elif len(author) > AUTHOR_LIMIT:
        errors["author"] = problem(
            "The name is {length} characters; at most {limit}.",
            length=len(author),
            limit=AUTHOR_LIMIT,
        )
    if entry_date is None:
        errors["entry_date"] = "Give the date of the entry."
    elif entry_date > date.today():
        errors["entry_date"] = "The date is in the future; give the day it was reported."
    elif entry_date < project.started_on:
        errors["entry_date"] = problem(
            "The project started on {day}; an entry cannot be dated before that.",
            day=project.started_on.isoformat(),
        )
    running = project.status is ProjectStatus.RUNNING
    if kind in (EntryKind.PROBLEM, EntryKind.RESOLUTION) and not running:
        if project.status is ProjectStatus.COMPLETED:
            errors["kind"] = (
                "The project is completed; problems and their resolutions are recorded while it "
                "runs. Record a progress report or feedback instead."
            )
        else:
            errors["kind"] = (
                "The project is terminated; problems and their resolutions are recorded while it "
                "runs. Record a progress report or feedback instead."
            )


def _problem(
    uow: UnitOfWork,
    project: Project,
    resolves_id: str | None,
    entry_date: date | None,
    errors: dict[str, str],
) -> ProjectEntry | None:
    """The open problem of this project that a resolution names, or None with the reason."""
    if not resolves_id:
        errors["resolves_id"] = "Choose the problem that this resolves."
        return None
    raised = uow.session.get(ProjectEntry, resolves_id)
    if (
        raised is None
        or raised.deleted_at is not None
        or raised.project_id != project.id
        or raised.kind is not EntryKind.PROBLEM
    ):
        errors["resolves_id"] = "Choose one of this project's open problems."
        return None
    resolved = uow.session.scalar(
        select(ProjectEntry.entry_date).where(
            ProjectEntry.resolves_id == raised.id, ProjectEntry.deleted_at.is_(None)
        )
    )
    if resolved is not None:
        errors["resolves_id"] = problem(
            "This problem was resolved on {day} already; choose one that is still open.",
            day=resolved.isoformat(),
        )
        return None
    if entry_date is not None and entry_date < raised.entry_date:
        errors["entry_date"] = problem(
            "The problem was raised on {day}; its resolution cannot be dated before that.",
            day=raised.entry_date.isoformat(),
        )
    return raised


def add_entry(
    uow: UnitOfWork,
    project_id: str,
    kind: EntryKind | str,
    side: PartySide | str,
    author: str,
    entry_date: date,
    text: str,
    by: Actor,
    *,
    resolves_id: str | None = None,
) -> EntryRow:
    """Record a progress report, feedback, a problem, or the resolution of an open problem
    (`resolves_id`). Every mistake is named at once, field by field."""
    uow.acting(by, Action.WORK_PROJECTS)
    project = live_record(uow, Project, project_id, "project")
    errors: dict[str, str] = {}
    entry_kind = _choice(EntryKind, kind, "kind", "Choose what kind of entry it is.", errors)
    party = _choice(PartySide, side, "side", "Choose whose entry it is.", errors)
    _check(project, entry_kind, author, entry_date, text, errors)
    problem = None
    if entry_kind is EntryKind.RESOLUTION and "kind" not in errors:
        problem = _problem(uow, project, resolves_id, entry_date, errors)
    elif resolves_id and entry_kind is not EntryKind.RESOLUTION:
        errors["resolves_id"] = "Only a resolution names a problem; choose Resolution as kind."
    if errors:
        raise ValidationError(errors)
    assert entry_kind is not None and party is not None
    entry = ProjectEntry(
        project_id=project.id,
        kind=entry_kind,
        side=party,
        author=author.strip(),
        entry_date=entry_date,
        text=text.strip(),
        resolves_id=problem.id if problem else None,
        recorded_by=by.name,
    )
    uow.session.add(entry)
    if problem is not None:
        problem.updated_at = utcnow()  # a new version: two clerks resolving it at once collide
    try:
        uow.flush()
    except StaleRecordError:
        raise DomainError(
            "Someone else recorded a resolution of this problem a moment ago. Nothing was saved; "
            "refresh the log to see it."
        ) from None
    return next(row for row in _as_rows(_rows(uow, project.id)) if row.id == entry.id)
