"""How a project's audit entries read (the project, its milestones and their moves, its log and
the three evaluations): field names as the project's dialogs call them, stored values as a clerk
reads them, and sentences for what happened to a part ("moved milestone 中试 from … to …").
history_text.py merges these tables into its own."""

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.audit import AuditRow
from app.ui import labels

_HISTORY = "History"


def _h(text: object) -> tuple[str, object]:
    return (_HISTORY, text)


PROJECT_FIELD_LABELS: dict[str, dict[str, tuple[str, object]]] = {
    "project": {
        "title": _h(QT_TRANSLATE_NOOP("History", "Title")),
        "status": _h(QT_TRANSLATE_NOOP("History", "Status")),
        "started_on": _h(QT_TRANSLATE_NOOP("History", "Started on")),
        "planned_end": _h(QT_TRANSLATE_NOOP("History", "Planned end")),
        "ended_on": _h(QT_TRANSLATE_NOOP("History", "Ended on")),
        "end_note": _h(QT_TRANSLATE_NOOP("History", "Note on the end")),
    },
    "milestone": {
        "title": _h(QT_TRANSLATE_NOOP("History", "Milestone")),
        "deliverable": _h(QT_TRANSLATE_NOOP("History", "Deliverable")),
        "due_date": _h(QT_TRANSLATE_NOOP("History", "Due on")),
        "planned_due_date": _h(QT_TRANSLATE_NOOP("History", "First planned")),
        "completed_on": _h(QT_TRANSLATE_NOOP("History", "Done on")),
        "confirmed_by": _h(QT_TRANSLATE_NOOP("History", "Confirmed by")),
        "completion_note": _h(QT_TRANSLATE_NOOP("History", "Note")),
        "evidence_name": _h(QT_TRANSLATE_NOOP("History", "Evidence")),
        "evidence": _h(QT_TRANSLATE_NOOP("History", "Evidence file")),
    },
    "milestone_move": {
        "from_date": _h(QT_TRANSLATE_NOOP("History", "From")),
        "to_date": _h(QT_TRANSLATE_NOOP("History", "To")),
        "reason": _h(QT_TRANSLATE_NOOP("History", "Reason")),
        "moved_at": _h(QT_TRANSLATE_NOOP("History", "Moved")),
        "moved_by": _h(QT_TRANSLATE_NOOP("History", "Moved by")),
    },
    "project_entry": {
        "kind": _h(QT_TRANSLATE_NOOP("History", "Kind")),
        "side": _h(QT_TRANSLATE_NOOP("History", "From")),
        "author": _h(QT_TRANSLATE_NOOP("History", "Reported by")),
        "entry_date": _h(QT_TRANSLATE_NOOP("History", "Date")),
        "text": _h(QT_TRANSLATE_NOOP("History", "Text")),
        "resolves_id": _h(QT_TRANSLATE_NOOP("History", "Resolves")),
        "recorded_by": _h(QT_TRANSLATE_NOOP("History", "Recorded by")),
    },
    "evaluation": {
        "side": _h(QT_TRANSLATE_NOOP("History", "Side")),
        "evaluator": _h(QT_TRANSLATE_NOOP("History", "Evaluator")),
        "goal_achieved": _h(QT_TRANSLATE_NOOP("History", "Goal achieved")),
        "quality": _h(QT_TRANSLATE_NOOP("History", "Quality")),
        "timeliness": _h(QT_TRANSLATE_NOOP("History", "Timeliness")),
        "communication": _h(QT_TRANSLATE_NOOP("History", "Communication")),
        "benefit_realised": _h(QT_TRANSLATE_NOOP("History", "Benefit realised")),
        "comment": _h(QT_TRANSLATE_NOOP("History", "Comment")),
        "evaluated_on": _h(QT_TRANSLATE_NOOP("History", "Evaluated on")),
        "recorded_by": _h(QT_TRANSLATE_NOOP("History", "Recorded by")),
    },
}

PROJECT_ENTITY_LABELS = {
    "project": QT_TRANSLATE_NOOP("History", "Project"),
    "milestone": QT_TRANSLATE_NOOP("History", "Milestone"),
    "milestone_move": QT_TRANSLATE_NOOP("History", "Milestone moved"),
    "project_entry": QT_TRANSLATE_NOOP("History", "Project log entry"),
    "evaluation": QT_TRANSLATE_NOOP("History", "Evaluation"),
}
PROJECT_NAME_FIELDS = {
    "project": "title",
    "milestone": "title",
    "milestone_move": "reason",
    "project_entry": "text",
    "evaluation": "evaluator",
}
# Links and positions that say nothing in a sentence (the global NOT_SHOWN has the usual ids).
PROJECT_NOT_SHOWN: dict[str, set[str]] = {
    "project": set(),
    "milestone": {"project_id", "responsible_position", "instalment_position"},
    "milestone_move": {"milestone_id"},
    "project_entry": {"project_id"},
    "evaluation": {"project_id"},
}
# Changes another entry of the same save tells better: a milestone's new due date is told by
# its move, with the reason.
TOLD_ELSEWHERE: dict[str, set[str]] = {"milestone": {"due_date"}}

ENTRY_KINDS = {
    "progress": QT_TRANSLATE_NOOP("History", "progress report"),
    "feedback": QT_TRANSLATE_NOOP("History", "feedback"),
    "problem": QT_TRANSLATE_NOOP("History", "problem"),
    "resolution": QT_TRANSLATE_NOOP("History", "resolution"),
}
SIDES = {
    "enterprise": QT_TRANSLATE_NOOP("History", "the enterprise"),
    "research": QT_TRANSLATE_NOOP("History", "the university or institute"),
    "office": QT_TRANSLATE_NOOP("History", "the office"),
}


def _from(table: dict[str, object]) -> Callable[[str], str]:
    def label(value: str) -> str:
        return QCoreApplication.translate(_HISTORY, str(table[value])) if value in table else value

    return label


PROJECT_VALUE_LABELS: dict[tuple[str, str], Callable[[str], str]] = {
    ("project", "status"): labels.project_status_label,
    ("project_entry", "kind"): _from(ENTRY_KINDS),
    ("project_entry", "side"): _from(SIDES),
    ("evaluation", "side"): _from(SIDES),
}


def told_elsewhere(row: AuditRow, shown: set[str]) -> bool:
    """An update whose only shown changes another entry tells (a milestone's due date)."""
    quiet = TOLD_ELSEWHERE.get(row.entity, set())
    return row.action == "update" and bool(shown) and shown <= quiet


def describe_project_part(
    row: AuditRow,
    name: str,
    *,
    removed: bool,
    value: Callable[[str], str],
    changes: Callable[[], str],
) -> str:
    """What an entry did to a part of a project, "" for anything else. `value(field)` is a
    field's new value as shown, `changes()` the entry's changes as a phrase."""
    t = QCoreApplication.translate
    if row.entity == "milestone":
        if row.action == "insert":
            return t(_HISTORY, "added milestone {name}, due on {date}").format(
                name=name, date=value("due_date")
            )
        if removed:
            return t(_HISTORY, "removed milestone {name}").format(name=name)
        if value("completed_on"):
            return t(_HISTORY, "marked milestone {name} done on {date}, confirmed by {who}").format(
                name=name, date=value("completed_on"), who=value("confirmed_by") or "—"
            )
        return t(_HISTORY, "changed milestone {name}: {changes}").format(
            name=name, changes=changes() or "—"
        )
    if row.entity == "milestone_move" and row.action == "insert":
        return t(_HISTORY, "moved milestone {name} from {old} to {new}: {reason}").format(
            name=value("milestone_id"),
            old=value("from_date"),
            new=value("to_date"),
            reason=value("reason") or "—",
        )
    if row.entity == "project_entry" and row.action == "insert":
        return t(_HISTORY, "logged a {kind} from {side}: {text}").format(
            kind=value("kind"), side=value("side"), text=value("text")
        )
    if row.entity == "evaluation" and row.action == "insert":
        return t(_HISTORY, "recorded the evaluation of {side} by {who}").format(
            side=value("side"), who=value("evaluator")
        )
    return ""
