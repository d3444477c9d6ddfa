"""A record's history in plain language, from the audit trail: "28 Nov 2026 10:03 — 李娜 changed
City from “杭州” to “宁波”". `HistoryPanel` shows it beside a form; `describe` also serves the
Audit screen. Field names are the form's own labels (same translation context)."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.models.enums import MemberStatus
from app.services import audit
from app.services.audit import AuditRow
from app.ui import labels
from app.ui.context import AppContext
from app.ui.errors import domain_message
from app.ui.workers import run_task

CONTEXT = "History"
SHORTEN_AT = 40
HISTORY_LIMIT = 300
Index = QModelIndex | QPersistentModelIndex

# Field labels: (translation context, source text) — the contexts and texts of the forms, so one
# translation serves both.
FIELD_LABELS: dict[str, dict[str, tuple[str, str]]] = {
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
}
# Links and bookkeeping that say nothing in a sentence (the record they belong to does).
NOT_SHOWN = {"member_id", "alliance_id", "listing_id", "position", "deleted_at", "search_text"}

ENTITY_LABELS = {
    "member": QT_TRANSLATE_NOOP("History", "Member"),
    "contact": QT_TRANSLATE_NOOP("History", "Contact"),
    "alliance": QT_TRANSLATE_NOOP("History", "Alliance"),
    "alliance_membership": QT_TRANSLATE_NOOP("History", "Alliance membership"),
    "app_user": QT_TRANSLATE_NOOP("History", "User"),
    "listing": QT_TRANSLATE_NOOP("History", "Listing"),
    "listing_verification": QT_TRANSLATE_NOOP("History", "Verification"),
}
# The field that names a record of each kind (for "removed contact 王芳").
NAME_FIELDS = {
    "member": "name",
    "contact": "name",
    "alliance": "name",
    "app_user": "username",
    "listing": "title",
    "listing_verification": "outcome",
}


def entity_label(entity: str) -> str:
    source = ENTITY_LABELS.get(entity)
    return QCoreApplication.translate("History", source) if source else entity


def field_label(entity: str, name: str) -> str:
    if name == "deleted_at":
        return QCoreApplication.translate("History", "Removed on")
    known = FIELD_LABELS.get(entity, {}).get(name)
    if known is None:
        return name.replace("_", " ").capitalize()
    return QCoreApplication.translate(*known)


def shorten(text: str, limit: int = SHORTEN_AT) -> str:
    """One line, at most `limit` characters ("…" marks the cut)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


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
}


def value_text(entity: str, name: str, value: Any, names: Mapping[str, str]) -> str:
    """A stored value as the form shows it (full length; callers shorten)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("History", "yes")
            if value
            else QCoreApplication.translate("History", "no")
        )
    enum = ENUM_LABELS.get((entity, name))
    if enum is not None:
        return enum(str(value))
    if name.endswith("_id") and isinstance(value, str) and value in names:
        return names[value]
    if name == "lead_member_id":
        return QCoreApplication.translate("History", "another member")
    if name.endswith("_id") and name != "external_id":
        return QCoreApplication.translate("History", "another record")
    if name.endswith(("_on", "_at", "_until")):
        moment = labels.parse_moment(value)
        if isinstance(moment, datetime):
            return labels.medium_datetime(moment)
        if isinstance(moment, date):
            return labels.short_date(moment)
    if name in ("sectors", "keywords") and isinstance(value, str):
        return "; ".join(part for part in value.split(";") if part)
    return str(value)


def _change_phrase(entity: str, name: str, pair: list[Any], names: Mapping[str, str]) -> str:
    before = shorten(value_text(entity, name, pair[0], names))
    after = shorten(value_text(entity, name, pair[1], names))
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
    return {
        k: v
        for k, v in row.changes.items()
        if k not in NOT_SHOWN and isinstance(v, list) and len(v) == 2
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
    what = describe_own(row, names)
    return QCoreApplication.translate("History", "{entity} {name}: {what}").format(
        entity=entity_label(row.entity), name=name, what=what
    )


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


def change_details(row: AuditRow, names: Mapping[str, str]) -> str:
    """Every change of an entry, one per line, values in full (tooltips, the Audit screen)."""
    lines = []
    shown = {
        k: v
        for k, v in row.changes.items()
        if k not in NOT_SHOWN - {"deleted_at"} and isinstance(v, list) and len(v) == 2
    }
    for key, pair in shown.items():
        before = value_text(row.entity, key, pair[0], names) or "—"
        after = value_text(row.entity, key, pair[1], names) or "—"
        lines.append(f"{field_label(row.entity, key)}: {before} → {after}")
    return "\n".join(lines)


def _worth_telling(row: AuditRow) -> bool:
    """Entries that only moved a contact in the list (position) say nothing to a reader."""
    if row.action in ("insert", "delete") or "deleted_at" in row.changes:
        return True
    return bool(_shown_changes(row))


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    actor: str
    text: str  # "28 Nov 2026 10:03 — 李娜 changed City from “杭州” to “宁波”"
    details: str  # the changes in full, for the tooltip


def history_lines(
    rows: list[AuditRow], entity: str, record_id: str, names: Mapping[str, str]
) -> list[HistoryLine]:
    """The entries of a record and of its related records as sentences, newest first."""
    current_names: dict[str, str] = {}
    lines = []
    for row in sorted(rows, key=lambda r: (r.at, r.seq)):
        name = entry_name(row, names)
        if name and row.entity != "alliance_membership":
            current_names[row.entity_id] = name
        if not _worth_telling(row):
            continue
        if row.entity == entity and row.entity_id == record_id:
            what = describe_own(row, names)
        else:
            shown = (
                current_names.get(row.entity_id)
                or name
                or QCoreApplication.translate("History", "(no name)")
            )
            what = describe_related(row, shown, names)
        text = QCoreApplication.translate("History", "{when} — {who} {what}").format(
            when=labels.medium_datetime(row.at), who=row.actor, what=what
        )
        lines.append(HistoryLine(row.at, row.actor, text, change_details(row, names)))
    lines.reverse()
    return lines


@dataclass(frozen=True)
class HistorySubject:
    """Which record's history to show, with the records that belong to it (contacts,
    memberships: id → entity) and names for ids that appear in values (lead member)."""

    entity: str
    record_id: str
    related: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)


def load_history(uow: Any, subject: HistorySubject) -> list[AuditRow]:
    """The audit entries of a record and its related records (runs in a worker)."""
    rows = audit.record_history(uow, subject.entity, subject.record_id, limit=HISTORY_LIMIT)
    seen = {(r.entity, r.entity_id, r.seq, r.site_id) for r in rows}
    for related_id, related_entity in subject.related.items():
        rows.extend(
            row
            for row in audit.history(
                uow, entity=related_entity, entity_id=related_id, limit=HISTORY_LIMIT
            )
            if (row.entity, row.entity_id, row.seq, row.site_id) not in seen
        )
    return rows


class HistoryModel(QAbstractListModel):
    """The sentences of a history, newest first (plain rows)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[HistoryLine] = []

    def set_lines(self, lines: list[HistoryLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return line.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.details or None
        if role == Qt.ItemDataRole.UserRole:
            return line
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def texts(self) -> list[str]:
        return [line.text for line in self.lines]


class _WrappedText(QStyledItemDelegate):
    """Row height for the wrapped sentence in the width the cell really paints into (Qt's own
    size hint uses the whole column and so cuts the last line off)."""

    PADDING = 6

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = max(80, self.view.columnWidth(index.column()) - 4 * self.PADDING)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(width, bounds.height() + 2 * self.PADDING)


class WrappingTable(QTableView):
    """A one-column table rather than a list view: its rows grow to fit wrapped sentences, and
    fit them again once a new width has settled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_WrappedText(self))
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self.resizeRowsToContents)
        self.horizontalHeader().sectionResized.connect(lambda *_a: self._refit.start())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit.start()


class HistoryPanel(QWidget):
    """A record's history, loaded in the background when the panel is visible. Related records
    seen once for the same record are kept, so a removed contact's entries stay listed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.subject: HistorySubject | None = None
        self._stale = False
        self._loading = 0  # number of the load whose result is wanted
        self.model = HistoryModel(self)
        self.view = WrappingTable()
        self.view.setModel(self.model)
        self.view.horizontalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setWordWrap(True)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._show_placeholder(self.tr("The history starts when the record is first saved."))

    def set_subject(self, subject: HistorySubject | None) -> None:
        """Show this record's history (loaded now when visible, else when shown)."""
        old = self.subject
        if (
            subject is not None
            and old is not None
            and (old.entity, old.record_id)
            == (
                subject.entity,
                subject.record_id,
            )
        ):
            subject = HistorySubject(
                subject.entity,
                subject.record_id,
                {**old.related, **subject.related},
                {**old.names, **subject.names},
            )
        elif subject is None or old is None or old.record_id != subject.record_id:
            self.model.set_lines([])
        self.subject = subject
        self._stale = True
        if subject is None:
            self._loading += 1
            self._show_placeholder(self.tr("The history starts when the record is first saved."))
            return
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        subject = self.subject
        if subject is None:
            return
        self._stale = False
        self._loading += 1
        number, ctx = self._loading, self.ctx
        if not self.model.lines:
            self._show_placeholder(self.tr("Loading the history…"))
        run_task(
            lambda: ctx.read(load_history, subject),
            lambda rows: self._loaded(number, subject, rows),
            lambda exc: self._failed(number, exc),
        )

    def _loaded(self, number: int, subject: HistorySubject, rows: list[AuditRow]) -> None:
        if number != self._loading:
            return
        self.model.set_lines(history_lines(rows, subject.entity, subject.record_id, subject.names))
        self.view.resizeRowsToContents()
        if self.model.lines:
            self.stack.setCurrentWidget(self.view)
        else:
            self._show_placeholder(self.tr("No changes are recorded for this record."))

    def _failed(self, number: int, exc: BaseException) -> None:
        if number != self._loading:
            return
        reason = domain_message(exc) if isinstance(exc, DomainError) else ""
        self._stale = True
        self._show_placeholder(
            self.tr("The history could not be loaded. {reason}").format(reason=reason).strip()
        )

    def _show_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()


__all__ = [
    "HistoryLine",
    "HistoryPanel",
    "HistorySubject",
    "change_details",
    "describe_own",
    "describe_related",
    "entity_label",
    "history_lines",
    "load_history",
]
