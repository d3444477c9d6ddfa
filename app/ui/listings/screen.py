"""The Listings screen: demands and supplies filtered by kind, status, sector, member, expiring
soon and free text, with the listing form beside the table."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolBar,
    QToolButton,
    QWidget,
)

from app.models.enums import ListingKind
from app.services import listing_search
from app.services.listing_data import ListingDetail, ListingRow
from app.services.listing_search import WARNING_DAYS, ListingQuery
from app.ui import labels
from app.ui.context import AppContext
from app.ui.list_screen import (
    FillingColumn,
    RecordListScreen,
    facet,
    paged_table,
    sector_facet,
)
from app.ui.listings import model as columns
from app.ui.listings.form import ListingForm
from app.ui.listings.model import ListingTableModel
from app.ui.member_picker import MemberPickerDialog

STATE_KEY = "listings"
EVERYTHING = "*"
BANNER_STYLE = "background: #fff4d6; border: 1px solid #e0b84c; border-radius: 4px; padding: 4px;"
COLUMN_SAMPLES = {
    columns.REFERENCE: "D-2026-0001",
    columns.KIND: "Demand",
    columns.TITLE: "中" * 16,
    columns.MEMBER: "中" * 10,
    columns.STATUS: "Withdrawn",
    columns.SECTORS: "C39; I65",
    columns.EXPIRES: "28/12/2026",
    columns.UPDATED: "28/12/2026",
}


class ListingsScreen(RecordListScreen):
    """Find listings, open one in the form, create demands and supplies, move them along."""

    STATE_KEY = STATE_KEY
    FOCUS_COLUMN = columns.TITLE

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ListingTableModel(self._fetch_page, self._count, self, language=ctx.language)
        self.form = ListingForm(ctx)
        self._member_filter: tuple[str, str] | None = None  # (id, name)
        self._make_actions()
        self._build()
        self._connect()
        self.apply_filter()
        self._restore_state()

    # -- data access --------------------------------------------------------------------------

    def _fetch_page(self, query: ListingQuery, offset: int, limit: int) -> list[ListingRow]:
        return self.ctx.read(listing_search.search_listings, query, offset=offset, limit=limit)

    def _count(self, query: ListingQuery) -> int:
        return self.ctx.read(listing_search.count_matching, query)

    # -- building -------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.new_demand_action = self._screen_action(
            self.tr("New &demand"),
            self.tr("A member's technical need (Ctrl+N)"),
            lambda: self.new_listing(ListingKind.DEMAND.value),
            QKeySequence(QKeySequence.StandardKey.New),
        )
        self.new_supply_action = self._screen_action(
            self.tr("New s&upply"),
            self.tr("A member's offer of technology, know-how, service or equipment"),
            lambda: self.new_listing(ListingKind.SUPPLY.value),
        )
        self._refresh_and_find_actions(self.tr("Search the listings (Ctrl+F)"))
        for action in (self.form.save_action, self.form.revert_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        for action in (self.new_demand_action, self.new_supply_action):
            action.setVisible(self.form.can_edit)

    def _build(self) -> None:
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if self.form.can_edit:
            toolbar.addAction(self.new_demand_action)
            toolbar.addAction(self.new_supply_action)
            toolbar.addAction(self.form.save_action)
            toolbar.addAction(self.form.revert_action)
            toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        self._place(toolbar, self._list_side(), (720, 520))

    def _list_side(self) -> QWidget:
        search_row = self._search_row(
            self.tr("Search title, summary, keywords, reference or member  (Ctrl+F)")
        )
        self.kind_filter = facet(
            self.tr("Demands and supplies"), labels.choices(labels.LISTING_KINDS)
        )
        self.status_filter = facet(
            self.tr("All but archived"),
            [
                *labels.choices(labels.LISTING_STATUSES),
                (EVERYTHING, self.tr("All, including archived")),
            ],
        )
        self.sector_filter = sector_facet(self.tr("All sectors"), self.ctx.language)
        self.member_button = QToolButton()
        self.member_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.member_button.clicked.connect(self.choose_member_filter)
        self.member_clear = QToolButton(text="×")
        self.member_clear.setToolTip(self.tr("Show the listings of every member"))
        self.member_clear.clicked.connect(lambda: self.filter_member(None))
        self.expiring_filter = QCheckBox(self.tr("Expiring soon"))
        self.expiring_filter.setToolTip(
            self.tr("Published listings whose validity ends within {days} days").format(
                days=WARNING_DAYS
            )
        )
        facets = QHBoxLayout()
        for combo in (self.kind_filter, self.status_filter, self.sector_filter):
            facets.addWidget(combo, 1)
        facets.addWidget(self.member_button)
        facets.addWidget(self.member_clear)
        facets.addWidget(self.expiring_filter)
        self.banner = QWidget()
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("Show them"))
        self.banner_button.clicked.connect(self.show_expiring)
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(6, 2, 6, 2)
        banner_row.addWidget(self.banner_label, 1)
        banner_row.addWidget(self.banner_button)
        self.banner.hide()
        self.table = paged_table(self.model, self.fontMetrics().height() + 10)
        widest_kind = max((t for _v, t in labels.choices(labels.LISTING_KINDS)), key=len)
        self._size_columns({**COLUMN_SAMPLES, columns.KIND: widest_kind})
        header = self.table.horizontalHeader()
        header.hideSection(columns.UPDATED)
        self._title_column = FillingColumn(
            self.table, columns.TITLE, header.sectionSize(columns.TITLE)
        )
        header.setSortIndicator(columns.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        side = self._list_panel(search_row, facets, self.banner)
        self._show_member_filter()
        return side

    def _connect(self) -> None:
        self._connect_list()
        for combo in (self.kind_filter, self.status_filter, self.sector_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.expiring_filter.toggled.connect(self.apply_filter)
        self.form.member_open_requested.connect(self._open_member)

    # -- filtering ------------------------------------------------------------------------

    def query(self) -> ListingQuery:
        status = self.status_filter.currentData() or None
        current = self.model.query
        return ListingQuery(
            text=self.search.text().strip(),
            kind=self.kind_filter.currentData() or None,
            status=None if status == EVERYTHING else status,
            sector=self.sector_filter.currentData() or None,
            member_id=self._member_filter[0] if self._member_filter else None,
            expiring_soon=self.expiring_filter.isChecked(),
            include_archived=status == EVERYTHING,
            sort=current.sort,
            descending=current.descending,
        )

    def apply_filter(self) -> None:
        super().apply_filter()
        self._update_banner()

    def clear_filters(self) -> None:
        widgets = (self.kind_filter, self.status_filter, self.sector_filter)
        for combo in widgets:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for widget in (self.search, self.expiring_filter):
            widget.blockSignals(True)
        self.search.clear()
        self.expiring_filter.setChecked(False)
        for widget in (self.search, self.expiring_filter):
            widget.blockSignals(False)
        self._member_filter = None
        self._show_member_filter()
        self.apply_filter()

    def filter_member(self, member: tuple[str, str] | None) -> None:
        """Show only the listings of one member (id, name), or of every member (None)."""
        self._member_filter = member
        self._show_member_filter()
        self.apply_filter()

    def choose_member_filter(self) -> None:
        chosen = MemberPickerDialog.ask(self, self.ctx, self.tr("Show the listings of a member"))
        if chosen is not None:
            self.filter_member((chosen[0], chosen[1]))

    def _show_member_filter(self) -> None:
        if self._member_filter is None:
            self.member_button.setText(self.tr("Any member…"))
            self.member_button.setToolTip(self.tr("Show only the listings of one member"))
        else:
            name = self._member_filter[1]
            short = name if len(name) <= 18 else name[:17] + "…"
            self.member_button.setText(self.tr("Member: {name}").format(name=short))
            self.member_button.setToolTip(name)
        self.member_clear.setVisible(self._member_filter is not None)

    def show_expiring(self) -> None:
        self.clear_filters()
        self.expiring_filter.setChecked(True)

    def _update_banner(self) -> None:
        try:
            soon = self.ctx.read(listing_search.count_matching, ListingQuery(expiring_soon=True))
        except Exception:
            soon = 0  # the list's own error is shown already
        if soon and not self.expiring_filter.isChecked():
            self.banner_label.setText(
                self.tr(
                    "{count} published listings expire within {days} days: extend them or let "
                    "them expire."
                ).format(count=labels.number(soon), days=WARNING_DAYS)
                if soon != 1
                else self.tr(
                    "1 published listing expires within {days} days: extend it or let it expire."
                ).format(days=WARNING_DAYS)
            )
            self.banner.show()
        else:
            self.banner.hide()

    # -- after the model changed ----------------------------------------------------------

    def _update_count(self) -> None:
        self._show_count(self.model.total, self.tr("1 listing"), self.tr("{count} listings"))

    def _no_match_text(self) -> str:
        return self.tr("No listing matches this search and these filters.")

    def _nothing_yet(self) -> tuple[str, str]:
        if not self.form.can_edit:
            return self.tr("There are no listings yet."), ""
        return (
            self.tr("There are no listings yet. Record a member's need with New demand."),
            self.tr("New demand"),
        )

    def _first_record(self) -> None:
        self.new_listing(ListingKind.DEMAND.value)

    # -- selection and the form -----------------------------------------------------------

    def open_listing(self, listing_id: str) -> None:
        """Open a listing in the form and select it in the table (when it is loaded)."""
        self._open_in_form(listing_id)

    open_record = open_listing

    def new_listing(self, kind: str, member: tuple[str, str] | None = None) -> None:
        """An empty form for a new demand or supply; for the member filtered on, if any."""
        member = member or self._member_filter

        def start() -> None:
            self.form.new_listing(kind, *(member or ("", "")))
            self._select_row(None)
            self.form.focus_first_field()

        self.form.request_leave(start)

    def _on_saved(self, detail: ListingDetail) -> None:
        self.refresh_list()
        self._select_row(detail.id)
        self._update_banner()

    def _open_member(self, member_id: str) -> None:
        open_in = getattr(self.window(), "open_in", None)
        if open_in is not None:
            open_in("registry", lambda registry: registry.select_member(member_id))

    def refresh(self) -> None:
        """F5: the list, the banner, and the open listing when it has no unsaved changes."""
        self.refresh_list()
        self._update_banner()
        self._refresh_open_record()

    # -- screen protocol (MainWindow) -----------------------------------------------------

    def activate(self) -> None:
        self.refresh()
