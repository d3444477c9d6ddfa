"""A record's history in plain language, from the audit trail: "28 Nov 2026 10:03 — 李娜 changed
City from “杭州” to “宁波”". `HistoryPanel` shows it beside a form; `describe` also serves the
Audit screen. Field names are the form's own labels (same translation context)."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
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
from app.services import audit
from app.services.audit import AuditRow
from app.ui import labels
from app.ui.context import AppContext
from app.ui.errors import domain_message
from app.ui.history_text import (
    HISTORY_LIMIT,
    TOOLTIP_LIMIT,
    change_details,
    describe_own,
    describe_related,
    entity_label,
    entry_name,
    worth_telling,
)
from app.ui.workers import run_task

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    actor: str
    text: str  # "28 Nov 2026 10:03 — 李娜 changed City from “杭州” to “宁波”"
    details: str  # the changes, each value up to TOOLTIP_LIMIT characters, for the tooltip


def _plural(entity: str, count: int) -> str:
    """'15 clauses': how a run of rows added together is counted."""
    t = QCoreApplication.translate
    words = {
        "contract_clause": (t("History", "1 clause"), t("History", "{n} clauses")),
        "contract_instalment": (t("History", "1 instalment"), t("History", "{n} instalments")),
        "contract_party": (t("History", "1 party"), t("History", "{n} parties")),
        "contact": (t("History", "1 contact"), t("History", "{n} contacts")),
        "milestone": (t("History", "1 milestone"), t("History", "{n} milestones")),
        "project_entry": (t("History", "1 log entry"), t("History", "{n} log entries")),
    }
    one, many = words.get(entity, (t("History", "1 record"), t("History", "{n} records")))
    return one if count == 1 else many.format(n=count)


@dataclass(frozen=True)
class _Told:
    row: AuditRow
    what: str  # the sentence's predicate: "added clause Recitals"
    name: str  # the related record's name ("Recitals"), empty for the record itself


def _same_batch(told: _Told, batch: list[_Told]) -> bool:
    """Rows of one kind that the same user added in one save (a new contract's clauses)."""
    first = batch[0]
    return (
        told.name != ""
        and first.name != ""
        and told.row.action == first.row.action == "insert"
        and told.row.entity == first.row.entity
        and told.row.actor == first.row.actor
        and abs((told.row.at - first.row.at).total_seconds()) <= 2
    )


def history_lines(
    rows: list[AuditRow], entity: str, record_id: str, names: Mapping[str, str]
) -> list[HistoryLine]:
    """The entries of a record and of its related records as sentences, newest first; rows of
    one kind added together (a new contract's clauses) make one line."""
    current_names: dict[str, str] = {}
    batches: list[list[_Told]] = []
    for row in sorted(rows, key=lambda r: (r.at, r.seq)):
        name = entry_name(row, names)
        if name and row.entity != "alliance_membership":
            current_names[row.entity_id] = name
        if not worth_telling(row):
            continue
        if row.entity == entity and row.entity_id == record_id:
            told = _Told(row, describe_own(row, names), "")
        else:
            shown = (
                current_names.get(row.entity_id)
                or name
                or QCoreApplication.translate("History", "(no name)")
            )
            told = _Told(row, describe_related(row, shown, names), shown)
        if batches and _same_batch(told, batches[-1]):
            batches[-1].append(told)
        else:
            batches.append([told])
    lines = []
    for batch in batches:
        row, what = batch[0].row, batch[0].what
        if len(batch) > 1:
            what = QCoreApplication.translate("History", "added {things}: {names}").format(
                things=_plural(row.entity, len(batch)), names=", ".join(t.name for t in batch)
            )
        text = QCoreApplication.translate("History", "{when} — {who} {what}").format(
            when=labels.medium_datetime(row.at), who=row.actor, what=what
        )
        details = "\n".join(change_details(t.row, names, TOOLTIP_LIMIT) for t in batch)
        lines.append(HistoryLine(row.at, row.actor, text, details))
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
