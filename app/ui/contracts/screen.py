"""The Contracts screen: contracts filtered by status, type and free text, with the contract
form beside the table; New contract… drafts one from a template."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.services import contract_lists, contracts
from app.services.contract_data import ContractDetail
from app.services.contract_drafts import blank_contract
from app.services.contract_lists import ContractQuery, ContractRow
from app.ui import labels
from app.ui.context import AppContext
from app.ui.contracts import model as columns
from app.ui.contracts.form import ContractForm
from app.ui.contracts.model import ContractTableModel
from app.ui.contracts.new_contract import NewContractDialog
from app.ui.errors import show_error
from app.ui.list_screen import EmptyState, FillingColumn, RecordListScreen, facet, paged_table
from app.ui.workers import run_task

STATE_KEY = "contracts"
EVERYTHING = "*"
COLUMN_SAMPLES = {
    columns.NUMBER: "HX-2026-000001",
    columns.TITLE: "中" * 12,
    columns.KIND: "Commissioned development",
    columns.PARTIES: "中" * 12,
    columns.VALUE: "1,200,000.00 CNY",
    columns.STATUS: "Awaiting signature",
    columns.UPDATED: "28/12/2026",
}


class ContractsScreen(RecordListScreen):
    """Find contracts, open one in the form, draft new ones, move them through review."""

    STATE_KEY = STATE_KEY
    FOCUS_COLUMN = columns.TITLE
    form: ContractForm

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ContractTableModel(self._fetch_page, self._count, self)
        self.form = ContractForm(ctx)
        self._make_actions()
        self._build()
        self._connect()
        self.apply_filter()
        self._restore_state()

    # -- data access --------------------------------------------------------------------------

    def _fetch_page(self, query: ContractQuery, offset: int, limit: int) -> list[ContractRow]:
        return self.ctx.read(contract_lists.search_contracts, query, offset=offset, limit=limit)

    def _count(self, query: ContractQuery) -> int:
        return self.ctx.read(contract_lists.count_matching, query)

    # -- building -------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.new_action = self._screen_action(
            self.tr("&New contract…"),
            self.tr("Draft a contract from a template (Ctrl+N)"),
            self.new_contract,
            QKeySequence(QKeySequence.StandardKey.New),
        )
        self.new_action.setVisible(self.form.can_edit)
        self.refresh_action = self._screen_action(
            self.tr("Re&fresh"),
            self.tr("Load the list again (F5)"),
            self.refresh,
            QKeySequence(Qt.Key.Key_F5),
        )
        self.find_action = self._screen_action(
            self.tr("&Find"),
            self.tr("Search the contracts (Ctrl+F)"),
            self.focus_search,
            QKeySequence(QKeySequence.StandardKey.Find),
        )
        for action in (self.form.save_action, self.form.revert_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    def _build(self) -> None:
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if self.form.can_edit:
            toolbar.addAction(self.new_action)
            toolbar.addAction(self.form.save_action)
            toolbar.addAction(self.form.revert_action)
            toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        self._place(toolbar, self._list_side(), (640, 640))

    def _list_side(self) -> QWidget:
        self.search = QLineEdit(
            placeholderText=self.tr("Search number, title, subject or party  (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status_filter = facet(self.tr("All but void"), [])
        self._fill_status_filter({})
        self.kind_filter = facet(self.tr("All types"), labels.choices(labels.CONTRACT_KINDS))
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addSpacing(8)
        search_row.addWidget(self.count_label)
        facets = QHBoxLayout()
        facets.addWidget(self.status_filter, 1)
        facets.addWidget(self.kind_filter, 1)
        self.table = paged_table(self.model, self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column, sample in COLUMN_SAMPLES.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(
                column,
                max(metrics.horizontalAdvance(sample) + 16, metrics.horizontalAdvance(title) + 28),
            )
        header.hideSection(columns.UPDATED)
        header.hideSection(columns.KIND)
        self._title_column = FillingColumn(
            self.table, columns.TITLE, header.sectionSize(columns.TITLE)
        )
        header.setSortIndicator(columns.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.empty = EmptyState(self._empty_action)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addLayout(search_row)
        layout.addLayout(facets)
        layout.addWidget(self.stack, 1)
        return side

    def _fill_status_filter(self, counts: dict[str, int]) -> None:
        """The statuses with how many contracts are in each ("In review (3)")."""
        combo = self.status_filter
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value, label in labels.choices(labels.CONTRACT_STATUSES):
            n = counts.get(value, 0)
            combo.addItem(f"{label} ({labels.number(n)})" if n else label, value)
        combo.addItem(self.tr("All, including void"), EVERYTHING)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        for combo in (self.status_filter, self.kind_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.activated.connect(lambda _index: self.form.focus_first_field())
        self.model.modelReset.connect(self._after_reload)
        self.model.rowsInserted.connect(self._update_count)
        self.form.saved.connect(self._on_saved)

    # -- filtering ------------------------------------------------------------------------

    def query(self) -> ContractQuery:
        status = self.status_filter.currentData() or None
        current = self.model.query
        return ContractQuery(
            text=self.search.text().strip(),
            status=None if status == EVERYTHING else status,
            kind=self.kind_filter.currentData() or None,
            include_void=status == EVERYTHING,
            sort=current.sort,
            descending=current.descending,
        )

    def apply_filter(self) -> None:
        super().apply_filter()
        self._update_status_counts()

    def clear_filters(self) -> None:
        for widget in (self.status_filter, self.kind_filter, self.search):
            widget.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.kind_filter.setCurrentIndex(0)
        self.search.clear()
        for widget in (self.status_filter, self.kind_filter, self.search):
            widget.blockSignals(False)
        self.apply_filter()

    def filter_status(self, status: str) -> None:
        """Show the contracts in one status (e.g. in review, for a supervisor)."""
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(status), 0))

    def _update_status_counts(self) -> None:
        try:
            counts = self.ctx.read(contract_lists.status_counts)
        except Exception:
            return  # the list's own error is shown already
        self._fill_status_filter(counts)

    # -- after the model changed ----------------------------------------------------------

    def _after_reload(self) -> None:
        self._update_count()
        self._update_empty_state()
        if self.form.contract_id:
            self._select_row(self.form.contract_id)

    def _update_count(self) -> None:
        total = self.model.total
        self.count_label.setText(
            self.tr("1 contract")
            if total == 1
            else self.tr("{count} contracts").format(count=labels.number(total))
        )

    def _update_empty_state(self) -> None:
        empty = self.model.rowCount() == 0
        self.stack.setCurrentIndex(1 if empty else 0)
        if not empty:
            return
        if self.is_filtered():
            self.empty.show_message(
                self.tr("No contract matches this search and these filters."),
                self.tr("Clear search and filters"),
            )
        elif self.form.can_edit:
            self.empty.show_message(
                self.tr(
                    "There are no contracts yet. Draft one with New contract…, or from an "
                    "agreed match on the Matches screen."
                ),
                self.tr("New contract…"),
            )
        else:
            self.empty.show_message(self.tr("There are no contracts yet."))

    def _empty_action(self) -> None:
        if self.is_filtered():
            self.clear_filters()
        else:
            self.new_contract()

    # -- selection and the form -----------------------------------------------------------

    def open_contract(self, contract_id: str) -> None:
        """Open a contract in the form and select it in the table (when it is loaded)."""
        self._open_in_form(contract_id)

    def open_record(self, record_id: str) -> None:
        self.open_contract(record_id)

    def show_contract(self, contract_id: str) -> None:
        """From another screen (a match's new contract): the list shows it, the form opens it
        (once what is in the form is saved or dropped)."""

        def go() -> None:
            if self.is_filtered():
                self.clear_filters()
            else:
                self.refresh_list()
            self.open_contract(contract_id)

        self.form.request_leave(go)

    def new_contract(self) -> None:
        """Ask for the template, create the draft, open it (once the form may be left)."""
        if not self.form.can_edit:
            return

        def start() -> None:
            chosen = NewContractDialog.ask(
                self, self.tr("New contract"), language=self.ctx.language
            )
            if chosen is None:
                return
            ctx = self.ctx
            run_task(
                lambda: ctx.write(
                    contracts.create_contract, chosen, blank_contract(chosen), ctx.actor
                ),
                self._created,
                lambda exc: show_error(self, exc),
            )

        self.form.request_leave(start)

    def _created(self, detail: ContractDetail) -> None:
        self.form.show_detail(detail)
        self._on_saved(detail)
        self.form.focus_first_field()

    def _on_saved(self, detail: ContractDetail) -> None:
        self.refresh_list()
        self._update_status_counts()
        self._select_row(detail.id)

    def refresh(self) -> None:
        """F5: the list, the status counts, and the open contract when it has no unsaved
        changes."""
        self.refresh_list()
        self._update_status_counts()
        self._refresh_open_record()

    # -- screen protocol (MainWindow) -----------------------------------------------------

    def activate(self) -> None:
        self.refresh()


__all__ = ["ContractsScreen"]
