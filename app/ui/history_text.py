"""How audit entries read in plain language: field and record names as the forms call them,
values as the forms show them, and sentences such as "changed City from “杭州” to “宁波”".
Used by the history beside each form and by the Audit screen; contracts' vocabulary is in
history_contracts.py, projects' in history_projects.py."""

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.models.enums import MemberStatus
from app.services.audit import AuditRow
from app.ui import labels
from app.ui.history_contracts import (
    CONTRACT_CHILD_PHRASES,
    CONTRACT_ENTITY_LABELS,
    CONTRACT_FIELD_LABELS,
    CONTRACT_NAME_FIELDS,
    CONTRACT_NOT_SHOWN,
    CONTRACT_VALUE_LABELS,
)
from app.ui.history_projects import (
    PROJECT_ENTITY_LABELS,
    PROJECT_FIELD_LABELS,
    PROJECT_NAME_FIELDS,
    PROJECT_NOT_SHOWN,
    PROJECT_VALUE_LABELS,
    describe_project_part,
    told_elsewhere,
)

CONTEXT = "History"
SHORTEN_AT = 40
CONTEXT_BEFORE = 12  # characters kept before the first difference of two long values
TOOLTIP_LIMIT = 200  # characters of each value in a history line's tooltip
HISTORY_LIMIT = 300

# Field labels: (translation context, source text) — the contexts and texts of the forms, so one
# translation serves both.
FIELD_LABELS: dict[str, dict[str, tuple[str, object]]] = {
    "member": {
        "kind": ("MemberForm", QT_TRANSLATE_NOOP("MemberForm", "Kind")),
        "name": ("MemberForm", QT_TRANSLATE_NOOP("MemberForm", "Name")),
        "short_name": ("MemberForm", QT_TRANSLATE_NOOP("MemberForm", "Short name")),
        "registration_code": ("MemberForm", QT_TRANSLATE_NOOP("MemberForm", "Registration code")),
        "country": ("MemberForm", QT_TRANSLATE_NOOP("MemberForm", "Country")),
        "region": ("MemberForm", QT_TRANSLATE_NOOP("MemberForm", "Region")),
        "city": ("MemberForm", QT_TRANSLATE_NOOP("MemberForm", "City")),
        "address": ("MemberForm", QT_TRANSLATE_NOOP("MemberForm", "Address")),
        "website": ("MemberForm", QT_TRANSLATE_NOOP("MemberForm", "Website")),
        "description": ("MemberForm", QT_TRANSLATE_NOOP("MemberForm", "Description")),
        "sectors": ("MemberForm", QT_TRANSLATE_NOOP("MemberForm", "Sectors")),
        "keywords": ("MemberForm", QT_TRANSLATE_NOOP("MemberForm", "Keywords")),
        "size_class": ("MemberForm", QT_TRANSLATE_NOOP("MemberForm", "Size")),
        "status": ("MemberForm", QT_TRANSLATE_NOOP("MemberForm", "Status")),
        "external_id": ("MemberForm", QT_TRANSLATE_NOOP("MemberForm", "External id")),
    },
    "contact": {
        "name": ("ContactsModel", QT_TRANSLATE_NOOP("ContactsModel", "Name")),
        "title": ("ContactsModel", QT_TRANSLATE_NOOP("ContactsModel", "Title")),
        "email": ("ContactsModel", QT_TRANSLATE_NOOP("ContactsModel", "E-mail")),
        "phone": ("ContactsModel", QT_TRANSLATE_NOOP("ContactsModel", "Phone")),
    },
    "alliance": {
        "name": ("AllianceForm", QT_TRANSLATE_NOOP("AllianceForm", "Name")),
        "focus": ("AllianceForm", QT_TRANSLATE_NOOP("AllianceForm", "Focus")),
        "description": ("AllianceForm", QT_TRANSLATE_NOOP("AllianceForm", "Description")),
        "lead_member_id": ("AllianceForm", QT_TRANSLATE_NOOP("AllianceForm", "Lead member")),
        "founded_on": ("AllianceForm", QT_TRANSLATE_NOOP("AllianceForm", "Founded")),
        "ended_on": ("AllianceForm", QT_TRANSLATE_NOOP("AllianceForm", "Ended")),
    },
    "alliance_membership": {
        "role": ("AllianceMembersModel", QT_TRANSLATE_NOOP("AllianceMembersModel", "Role")),
        "joined_on": ("AllianceMembersModel", QT_TRANSLATE_NOOP("AllianceMembersModel", "Joined")),
        "left_on": (CONTEXT, QT_TRANSLATE_NOOP("History", "Left")),
    },
    "listing": {
        "kind": ("ListingForm", QT_TRANSLATE_NOOP("ListingForm", "Kind")),
        "reference": ("ListingForm", QT_TRANSLATE_NOOP("ListingForm", "Reference")),
        "title": ("ListingForm", QT_TRANSLATE_NOOP("ListingForm", "Title")),
        "summary": ("ListingForm", QT_TRANSLATE_NOOP("ListingForm", "Summary")),
        "description": ("ListingForm", QT_TRANSLATE_NOOP("ListingForm", "Description")),
        "keywords": ("ListingForm", QT_TRANSLATE_NOOP("ListingForm", "Keywords")),
        "sectors": ("ListingForm", QT_TRANSLATE_NOOP("ListingForm", "Sectors")),
        "trl": ("ListingForm", QT_TRANSLATE_NOOP("ListingForm", "TRL")),
        "ip_status": ("ListingForm", QT_TRANSLATE_NOOP("ListingForm", "IP status")),
        "cooperation_types": ("ListingForm", QT_TRANSLATE_NOOP("ListingForm", "Cooperation")),
        "budget_min": ("ListingForm", QT_TRANSLATE_NOOP("ListingForm", "Budget from")),
        "budget_max": ("ListingForm", QT_TRANSLATE_NOOP("ListingForm", "Budget up to")),
        "currency": ("ListingForm", QT_TRANSLATE_NOOP("ListingForm", "Currency")),
        "region": ("ListingForm", QT_TRANSLATE_NOOP("ListingForm", "Region")),
        "deadline": ("ListingForm", QT_TRANSLATE_NOOP("ListingForm", "Deadline")),
        "confidentiality": ("ListingForm", QT_TRANSLATE_NOOP("ListingForm", "Publication")),
        "status": ("ListingForm", QT_TRANSLATE_NOOP("ListingForm", "Status")),
        "published_at": (CONTEXT, QT_TRANSLATE_NOOP("History", "Published on")),
        "expires_at": (CONTEXT, QT_TRANSLATE_NOOP("History", "Valid until")),
        "extended": (CONTEXT, QT_TRANSLATE_NOOP("History", "Extended")),
        "return_reasons": (CONTEXT, QT_TRANSLATE_NOOP("History", "Reasons for return")),
        "external_id": ("ListingForm", QT_TRANSLATE_NOOP("ListingForm", "External id")),
    },
    "app_user": {
        "username": ("UserListModel", QT_TRANSLATE_NOOP("UserListModel", "User name")),
        "display_name": ("UserListModel", QT_TRANSLATE_NOOP("UserListModel", "Display name")),
        "role": ("UserListModel", QT_TRANSLATE_NOOP("UserListModel", "Role")),
        "active": ("UserListModel", QT_TRANSLATE_NOOP("UserListModel", "Active")),
        "last_sign_in_at": ("UserListModel", QT_TRANSLATE_NOOP("UserListModel", "Last sign-in")),
        "password_hash": (CONTEXT, QT_TRANSLATE_NOOP("History", "Password")),
        "must_change_password": (
            CONTEXT,
            QT_TRANSLATE_NOOP("History", "Must change password"),
        ),
        "failed_attempts": (CONTEXT, QT_TRANSLATE_NOOP("History", "Failed sign-ins")),
        "locked_until": (CONTEXT, QT_TRANSLATE_NOOP("History", "Locked until")),
    },
    **CONTRACT_FIELD_LABELS,
    **PROJECT_FIELD_LABELS,
}
# Links and bookkeeping that say nothing in a sentence (the record they belong to does).
NOT_SHOWN = {
    "member_id",
    "alliance_id",
    "listing_id",
    "contract_id",
    "issue_id",
    "position",
    "deleted_at",
    "search_text",
}

ENTITY_LABELS = {
    "member": QT_TRANSLATE_NOOP("History", "Member"),
    "contact": QT_TRANSLATE_NOOP("History", "Contact"),
    "alliance": QT_TRANSLATE_NOOP("History", "Alliance"),
    "alliance_membership": QT_TRANSLATE_NOOP("History", "Alliance membership"),
    "app_user": QT_TRANSLATE_NOOP("History", "User"),
    "listing": QT_TRANSLATE_NOOP("History", "Listing"),
    "listing_verification": QT_TRANSLATE_NOOP("History", "Verification"),
    **CONTRACT_ENTITY_LABELS,
    **PROJECT_ENTITY_LABELS,
}
# The field that names a record of each kind (for "removed contact 王芳").
NAME_FIELDS = {
    "member": "name",
    "contact": "name",
    "alliance": "name",
    "app_user": "username",
    "listing": "title",
    "listing_verification": "outcome",
    **CONTRACT_NAME_FIELDS,
    **PROJECT_NAME_FIELDS,
}
# Fields named …_id that hold a name of their own, not a link to another record.
NOT_LINKS = {"external_id", "template_id"}
# An audited file (an issued PDF, a scan) as app.services.audit stores it.
STORED_FILE = re.compile(r"(\d+) bytes, SHA-256 ([0-9a-f]{64})")


def entity_label(entity: str) -> str:
    source = ENTITY_LABELS.get(entity)
    return QCoreApplication.translate("History", str(source)) if source else entity


def field_label(entity: str, name: str) -> str:
    if name == "deleted_at":
        return QCoreApplication.translate("History", "Removed on")
    known = FIELD_LABELS.get(entity, {}).get(name)
    if known is None:
        return name.replace("_", " ").capitalize()
    context, source = known
    return QCoreApplication.translate(context, str(source))


def shorten(text: str, limit: int = SHORTEN_AT) -> str:
    """One line, at most `limit` characters ("…" marks the cut)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def shorten_pair(before: str, after: str, limit: int = SHORTEN_AT) -> tuple[str, str]:
    """Both values of a change, shortened. Long values that begin alike (a clause with one
    sentence changed) start shortly before their first difference, so that the reader sees what
    changed rather than the same opening twice."""
    old, new = " ".join(before.split()), " ".join(after.split())
    shared = min(len(old), len(new))
    same = next((i for i in range(shared) if old[i] != new[i]), shared)
    if not old or not new or max(len(old), len(new)) <= limit or same < limit - CONTEXT_BEFORE:
        return shorten(old, limit), shorten(new, limit)
    start = same - CONTEXT_BEFORE
    space = old.find(" ", start, same)  # start at a word where there are words
    start = space + 1 if space >= 0 else start
    return "…" + shorten(old[start:], limit - 1), "…" + shorten(new[start:], limit - 1)


def _not_shown(entity: str) -> set[str]:
    return NOT_SHOWN | CONTRACT_NOT_SHOWN.get(entity, set()) | PROJECT_NOT_SHOWN.get(entity, set())


def file_text(size: int, sha256: str = "") -> str:
    """An audited file (an issued PDF, a scan): "a file of 117.2 KB", with its SHA-256 if given."""
    units = size
    while units >= 1024:
        units //= 1024
    precision = 1 if 0 < units < 10 and size >= 1024 else 0  # 1.5 MB, 120 kB, 2 MB
    traditional = QLocale.DataSizeFormat.DataSizeTraditionalFormat  # 1 kB = 1024 bytes
    amount = QLocale().formattedDataSize(size, precision, traditional)
    if sha256:
        return QCoreApplication.translate("History", "a file of {size}, SHA-256 {sha256}").format(
            size=amount, sha256=sha256
        )
    return QCoreApplication.translate("History", "a file of {size}").format(size=amount)


ENUM_LABELS: dict[tuple[str, str], Callable[[str], str]] = {
    ("member", "kind"): labels.kind_label,
    ("member", "status"): labels.status_label,
    ("member", "size_class"): labels.size_label,
    ("alliance_membership", "role"): labels.role_label,
    ("app_user", "role"): labels.user_role_label,
    ("listing", "kind"): labels.listing_kind_label,
    ("listing", "status"): labels.listing_status_label,
    ("listing", "ip_status"): labels.ip_status_label,
    ("listing_verification", "outcome"): labels.outcome_label,
    **CONTRACT_VALUE_LABELS,
    **PROJECT_VALUE_LABELS,
}


def value_text(
    entity: str, name: str, value: Any, names: Mapping[str, str], *, full: bool = False
) -> str:
    """A stored value as the form shows it (full length; callers shorten). A file is its size,
    and with `full` its SHA-256 too."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("History", "yes")
            if value
            else QCoreApplication.translate("History", "no")
        )
    stored = STORED_FILE.fullmatch(value) if isinstance(value, str) else None
    if stored:
        return file_text(int(stored[1]), stored[2] if full else "")
    enum = ENUM_LABELS.get((entity, name))
    if enum is not None:
        return enum(str(value))
    if name.endswith("_id") and isinstance(value, str) and value in names:
        return names[value]
    if name == "lead_member_id":
        return QCoreApplication.translate("History", "another member")
    if name.endswith("_id") and name not in NOT_LINKS:
        return QCoreApplication.translate("History", "another record")
    if name.endswith(("_on", "_at", "_until", "_date")):
        moment = labels.parse_moment(value)
        if isinstance(moment, datetime):
            return labels.medium_datetime(moment)
        if isinstance(moment, date):
            return labels.short_date(moment)
    if name in ("sectors", "keywords") and isinstance(value, str):
        return "; ".join(part for part in value.split(";") if part)
    return str(value)


def _change_phrase(entity: str, name: str, pair: list[Any], names: Mapping[str, str]) -> str:
    before, after = shorten_pair(
        value_text(entity, name, pair[0], names), value_text(entity, name, pair[1], names)
    )
    label = field_label(entity, name)
    if name == "password_hash":
        return QCoreApplication.translate("History", "{field}").format(field=label)
    if not before:
        return QCoreApplication.translate("History", "{field} to “{after}”").format(
            field=label, after=after
        )
    if not after:
        return QCoreApplication.translate("History", "{field} from “{before}” to (empty)").format(
            field=label, before=before
        )
    return QCoreApplication.translate("History", "{field} from “{before}” to “{after}”").format(
        field=label, before=before, after=after
    )


def _shown_changes(row: AuditRow) -> dict[str, list[Any]]:
    hidden = _not_shown(row.entity)
    return {
        k: v
        for k, v in row.changes.items()
        if k not in hidden and isinstance(v, list) and len(v) == 2
    }


def _changes_text(
    row: AuditRow, names: Mapping[str, str], skip: frozenset[str] | set[str] = frozenset()
) -> str:
    order = list(FIELD_LABELS.get(row.entity, {}))
    changes = _shown_changes(row)
    keys = sorted(
        (k for k in changes if k not in skip),
        key=lambda k: (order.index(k) if k in order else len(order), k),
    )
    return "; ".join(_change_phrase(row.entity, k, changes[k], names) for k in keys)


def _deleted_at(row: AuditRow) -> tuple[Any, Any]:
    pair = row.changes.get("deleted_at")
    return (pair[0], pair[1]) if isinstance(pair, list) and len(pair) == 2 else (None, None)


def _is_removal(row: AuditRow) -> bool:
    before, after = _deleted_at(row)
    return row.action == "delete" or (before is None and after is not None)


def _is_revival(row: AuditRow) -> bool:
    before, after = _deleted_at(row)
    return before is not None and after is None


def describe_own(row: AuditRow, names: Mapping[str, str]) -> str:
    """What an entry did to the record itself: created, changed …, archived, deleted."""
    if row.action == "insert":
        return QCoreApplication.translate("History", "created the record")
    if _is_removal(row):
        return QCoreApplication.translate("History", "deleted the record")
    parts: list[str] = []
    skip: set[str] = set()
    if _is_revival(row):
        parts.append(QCoreApplication.translate("History", "brought the record back"))
    status = row.changes.get("status")
    if row.entity == "member" and isinstance(status, list) and len(status) == 2:
        if status[1] == MemberStatus.ARCHIVED:
            parts.append(QCoreApplication.translate("History", "archived the record"))
            skip.add("status")
        elif status[0] == MemberStatus.ARCHIVED and status[1] == MemberStatus.ACTIVE:
            parts.append(QCoreApplication.translate("History", "restored the record"))
            skip.add("status")
    changes = _changes_text(row, names, skip)
    if changes:
        parts.append(
            QCoreApplication.translate("History", "changed {changes}").format(changes=changes)
        )
    return "; ".join(parts) or QCoreApplication.translate(
        "History", "saved the record without visible changes"
    )


def describe_related(row: AuditRow, name: str, names: Mapping[str, str]) -> str:
    """What an entry did to a record that belongs to the one shown (a contact, a membership)."""
    if row.entity == "contact":
        if row.action == "insert":
            return QCoreApplication.translate("History", "added contact {name}").format(name=name)
        if _is_removal(row):
            return QCoreApplication.translate("History", "removed contact {name}").format(name=name)
        return QCoreApplication.translate("History", "changed contact {name}: {changes}").format(
            name=name, changes=_changes_text(row, names) or "—"
        )
    if row.entity == "alliance_membership":
        role = labels.role_label(str(_latest(row, "role") or ""))
        if row.action == "insert":
            return QCoreApplication.translate("History", "added member {name} as {role}").format(
                name=name, role=role
            )
        if _is_removal(row):
            return QCoreApplication.translate("History", "removed member {name}").format(name=name)
        if _is_revival(row):
            return QCoreApplication.translate(
                "History", "added member {name} again as {role}"
            ).format(name=name, role=role)
        return QCoreApplication.translate("History", "changed member {name}: {changes}").format(
            name=name, changes=_changes_text(row, names, {"left_on"}) or "—"
        )
    if row.entity == "listing_verification" and row.action == "insert":
        outcome = str(_latest(row, "outcome") or "")
        if outcome == "returned":
            return QCoreApplication.translate(
                "History", "verified the listing and returned it: {reasons}"
            ).format(reasons=shorten(str(_latest(row, "reasons") or "")))
        return QCoreApplication.translate("History", "verified the listing and published it")
    contract_part = _describe_contract_part(row, name, names)
    if contract_part:
        return contract_part
    project_part = describe_project_part(
        row,
        shorten(name),
        removed=_is_removal(row),
        value=lambda field: shorten(_value(row, names, field)),
        changes=lambda: _changes_text(row, names),
    )
    if project_part:
        return project_part
    what = describe_own(row, names)
    return QCoreApplication.translate("History", "{entity} {name}: {what}").format(
        entity=entity_label(row.entity), name=name, what=what
    )


def _describe_contract_part(row: AuditRow, name: str, names: Mapping[str, str]) -> str:
    """A contract's party, clause or instalment added, removed or changed; a revision saved; a
    PDF issued, voided or signed; a signature recorded. "" for anything else."""
    phrases = CONTRACT_CHILD_PHRASES.get(row.entity)
    if phrases is not None:
        added, removed, changed = (QCoreApplication.translate("History", str(p)) for p in phrases)
        if row.action == "insert":
            return added.format(name=shorten(name))
        if _is_removal(row):
            return removed.format(name=shorten(name))
        return changed.format(name=shorten(name), changes=_changes_text(row, names) or "—")
    value = partial(_value, row, names)
    if row.entity == "contract_revision" and row.action == "insert":
        return QCoreApplication.translate("History", "saved revision {number}").format(
            number=value("number")
        )
    if row.entity == "contract_issue" and row.action == "insert":
        return QCoreApplication.translate(
            "History", "issued revision {number} for signature ({file})"
        ).format(number=value("revision_number"), file=value("pdf"))
    if row.entity == "contract_issue" and _latest(row, "voided_at"):
        return QCoreApplication.translate(
            "History", "voided the PDF issued for signature: {reason}"
        ).format(reason=shorten(value("void_reason")) or "—")
    if row.entity == "contract_issue" and _latest(row, "signed_pdf"):
        return QCoreApplication.translate("History", "added a digital signature to the issued PDF")
    if row.entity == "contract_signature" and row.action == "insert":
        return QCoreApplication.translate(
            "History", "recorded the signature of {party} ({method}, signed on {date})"
        ).format(party=name, method=value("method"), date=value("signed_on"))
    return ""


def _value(row: AuditRow, names: Mapping[str, str], field: str) -> str:
    return value_text(row.entity, field, _latest(row, field), names)


def _latest(row: AuditRow, name: str) -> Any:
    pair = row.changes.get(name)
    return pair[1] if isinstance(pair, list) and len(pair) == 2 else None


def entry_name(row: AuditRow, names: Mapping[str, str]) -> str:
    """The name an entry gives its record (a contact's name, a user's user name), or ""."""
    own = _latest(row, NAME_FIELDS.get(row.entity, "name"))
    if own:
        return str(own)
    member_id = _latest(row, "member_id")
    return names.get(row.entity_id) or (names.get(member_id, "") if member_id else "")


def change_details(row: AuditRow, names: Mapping[str, str], limit: int | None = None) -> str:
    """Every change of an entry, one per line, values in full (the Audit screen) or each cut to
    `limit` characters (a tooltip: a clause's whole text is too much there)."""
    lines = []
    hidden = _not_shown(row.entity) - {"deleted_at"}
    shown = {
        k: v
        for k, v in row.changes.items()
        if k not in hidden and isinstance(v, list) and len(v) == 2
    }
    for key, pair in shown.items():
        before = value_text(row.entity, key, pair[0], names, full=True)
        after = value_text(row.entity, key, pair[1], names, full=True)
        if limit is not None:
            before, after = shorten_pair(before, after, limit)
        lines.append(f"{field_label(row.entity, key)}: {before or '—'} → {after or '—'}")
    return "\n".join(lines)


def worth_telling(row: AuditRow) -> bool:
    """Entries that only moved a contact in the list (position) say nothing to a reader, nor
    does a milestone's new due date (its move says it, with the reason)."""
    if row.action in ("insert", "delete") or "deleted_at" in row.changes:
        return True
    shown = set(_shown_changes(row))
    return bool(shown) and not told_elsewhere(row, shown)
