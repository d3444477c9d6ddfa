"""The Audit trail screen (supervisors, administrators): recent changes across all records, by
kind of record and id, and a check that no entry was changed, removed or slipped in."""

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services import audit
from app.services.audit import AuditRow, ChainReport
from app.ui import labels, state
from app.ui.context import AppContext
from app.ui.errors import domain_message, show_error
from app.ui.history_text import (
    ENTITY_LABELS,
    change_details,
    describe_own,
    entity_label,
    entry_name,
)
from app.ui.tables import RowsModel, read_only_table
from app.ui.workers import TaskHandle, run_task

STATE_KEY = "audit"
ENTRY_LIMIT = 500
OK_STYLE, BAD_STYLE = "color: #1b5e20;", "color: #b00020; font-weight: bold;"


@dataclass(frozen=True)
class AuditLine:
    """An entry as the table shows it (plain values, made on the GUI thread)."""

    entry: AuditRow
    record: str  # "Member 宁波舟山港集团有限公司"
    what: str  # "changed City from “深圳” to “宁波”"
    details: str


class AuditModel(RowsModel):
    CONTEXT = "AuditModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditModel", "When"),
        QT_TRANSLATE_NOOP("AuditModel", "Who"),
        QT_TRANSLATE_NOOP("AuditModel", "Record"),
        QT_TRANSLATE_NOOP("AuditModel", "What"),
    )

    def cell(self, row: AuditLine, column: int) -> str:
        values = [labels.medium_datetime(row.entry.at), row.entry.actor, row.record, row.what]
        return values[column]


def audit_lines(rows: list[AuditRow]) -> list[AuditLine]:
    """Entries as sentences; a record's name is taken from any entry in the list that has it."""
    names: dict[str, str] = {}
    for row in sorted(rows, key=lambda r: (r.at, r.seq)):
        name = entry_name(row, names)
        if name:
            names[row.entity_id] = name
    lines = []
    for row in rows:
        name = names.get(row.entity_id, "")
        record = f"{entity_label(row.entity)} {name}".strip()
        lines.append(AuditLine(row, record, describe_own(row, names), change_details(row, names)))
    return lines


class AuditScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._verifying: TaskHandle | None = None
        self._loading = 0
        self.model = AuditModel(self)
        self._build()
        state.restore_splitter(STATE_KEY, self.splitter)
        self.reload()

    def _build(self) -> None:
        self.entity_filter = QComboBox()
        self.entity_filter.addItem(self.tr("All records"), "")
        for entity in ENTITY_LABELS:
            self.entity_filter.addItem(entity_label(entity), entity)
        self.id_filter = QLineEdit(placeholderText=self.tr("Record id (optional)"))
        self.id_filter.setClearButtonEnabled(True)
        self.show_button = QPushButton(self.tr("Show"))
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Records")))
        filters.addWidget(self.entity_filter)
        filters.addWidget(self.id_filter, 1)
        filters.addWidget(self.show_button)
        filters.addSpacing(12)
        filters.addWidget(self.count_label)
        self.table = read_only_table(self.model, stretch=3)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select an entry to see every change it holds."))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.verify_button = QPushButton(self.tr("Verify audit trail"))
        self.verify_button.setToolTip(
            self.tr(
                "Recompute the chain of every entry: finds an entry that was changed, removed or "
                "inserted after it was written."
            )
        )
        self.verify_result = QLabel()
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        verify = QHBoxLayout()
        verify.addWidget(self.verify_button)
        verify.addWidget(self.verify_result, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(verify)
        self.show_button.clicked.connect(self.reload)
        self.id_filter.returnPressed.connect(self.reload)
        self.entity_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.verify_button.clicked.connect(self.verify)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.triggered.connect(self.reload)
        self.addAction(refresh)

    # -- entries --------------------------------------------------------------------------------

    def reload(self) -> None:
        ctx = self.ctx
        entity = self.entity_filter.currentData() or None
        entity_id = self.id_filter.text().strip() or None
        self._loading += 1
        number = self._loading
        self.count_label.setText(self.tr("Loading…"))
        run_task(
            lambda: ctx.read(
                audit.list_entries, ctx.actor, entity=entity, entity_id=entity_id, limit=ENTRY_LIMIT
            ),
            lambda rows: self._loaded(number, rows),
            lambda exc: self._load_failed(number, exc),
        )

    def _loaded(self, number: int, rows: list[AuditRow]) -> None:
        if number != self._loading:
            return
        self.model.set_rows(audit_lines(rows))
        self.details.clear()
        if len(rows) >= ENTRY_LIMIT:
            text = self.tr("The newest {count} entries").format(count=labels.number(len(rows)))
        elif len(rows) == 1:
            text = self.tr("1 entry")
        else:
            text = self.tr("{count} entries").format(count=labels.number(len(rows)))
        self.count_label.setText(text)

    def _load_failed(self, number: int, exc: BaseException) -> None:
        if number == self._loading:
            self.count_label.setText("")
            show_error(self, exc)

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        line: AuditLine | None = (
            current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        )
        if line is None:
            self.details.clear()
            return
        entry = line.entry
        head = self.tr("{record} — id {id} — entry {seq} of site {site}").format(
            record=line.record or entity_label(entry.entity),
            id=entry.entity_id,
            seq=entry.seq,
            site=entry.site_id,
        )
        self.details.setPlainText(f"{head}\n\n{line.details}")

    def activate(self) -> None:
        self.reload()

    # -- verifying ------------------------------------------------------------------------------

    def verify(self) -> None:
        if self._verifying is not None:
            return
        ctx = self.ctx
        self.verify_button.setEnabled(False)
        self.verify_result.setStyleSheet("")
        self.verify_result.setText(self.tr("Checking every entry…"))
        self._verifying = run_task(
            lambda: ctx.read(audit.verify_chain, ctx.actor),
            self._verified,
            self._verify_failed,
            purpose="audit",
        )

    def _verified(self, report: ChainReport) -> None:
        self._verifying = None
        self.verify_button.setEnabled(True)
        if report.ok:
            self.verify_result.setStyleSheet(OK_STYLE)
            self.verify_result.setText(
                self.tr("The audit trail is intact: {count} entries checked.").format(
                    count=labels.number(report.entries)
                )
            )
        else:
            self.verify_result.setStyleSheet(BAD_STYLE)
            self.verify_result.setText(
                self.tr("The audit trail was tampered with: {problem}").format(
                    problem=report.problem
                )
            )

    def _verify_failed(self, exc: BaseException) -> None:
        self._verifying = None
        self.verify_button.setEnabled(True)
        self.verify_result.setStyleSheet(BAD_STYLE)
        reason = domain_message(exc) if isinstance(exc, DomainError) else ""
        self.verify_result.setText(
            self.tr("The check could not run. {reason}").format(reason=reason)
        )
        if not isinstance(exc, DomainError):
            show_error(self, exc)

    def save_state(self) -> None:
        state.save_splitter(STATE_KEY, self.splitter)
