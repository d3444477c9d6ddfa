"""The Contracts screen: contracts filtered by status, type and free text, with the contract
form beside the table; New contract… drafts one from a template."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QToolBar,
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
from app.ui.list_screen import FillingColumn, RecordListScreen, facet, paged_table
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
        self._refresh_and_find_actions(self.tr("Search the contracts (Ctrl+F)"))
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
        search_row = self._search_row(self.tr("Search number, title, subject or party  (Ctrl+F)"))
        self.status_filter = facet(self.tr("All but void"), [])
        self._fill_status_filter({})
        self.kind_filter = facet(self.tr("All types"), labels.choices(labels.CONTRACT_KINDS))
        facets = QHBoxLayout()
        facets.addWidget(self.status_filter, 1)
        facets.addWidget(self.kind_filter, 1)
        self.table = paged_table(self.model, self.fontMetrics().height() + 10)
        self._size_columns(COLUMN_SAMPLES)
        header = self.table.horizontalHeader()
        header.hideSection(columns.UPDATED)
        header.hideSection(columns.KIND)
        self._title_column = FillingColumn(
            self.table, columns.TITLE, header.sectionSize(columns.TITLE)
        )
        header.setSortIndicator(columns.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        return self._list_panel(search_row, facets)

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
        self._connect_list()
        for combo in (self.status_filter, self.kind_filter):
            combo.currentIndexChanged.connect(self.apply_filter)

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

    def _update_count(self) -> None:
        self._show_count(self.model.total, self.tr("1 contract"), self.tr("{count} contracts"))

    def _no_match_text(self) -> str:
        return self.tr("No contract matches this search and these filters.")

    def _nothing_yet(self) -> tuple[str, str]:
        if not self.form.can_edit:
            return self.tr("There are no contracts yet."), ""
        return (
            self.tr(
                "There are no contracts yet. Draft one with New contract…, or from an "
                "agreed match on the Matches screen."
            ),
            self.tr("New contract…"),
        )

    def _first_record(self) -> None:
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
