"""The registry screen: search-as-you-type and facets over the lazily loaded member table, with
the member form beside it."""

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QTableView,
    QToolBar,
    QWidget,
)

from app.services import member_search, members
from app.services.member_search import MemberQuery, MemberRow
from app.ui import labels
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.list_screen import (
    FillingColumn,
    RecordListScreen,
    facet,
    paged_table,
    sector_facet,
)
from app.ui.registry import model as columns
from app.ui.registry.member_form import MemberForm
from app.ui.registry.model import SORT_KEYS, MemberTableModel

STATE_KEY = "registry"
ANY = ""
# Status filter entries beyond the statuses themselves.
NOT_ARCHIVED, EVERYTHING = "", "*"
HIDDEN_BY_DEFAULT = (columns.SHORT_NAME, columns.CONTACT)  # shown from the header's menu
NAME_MIN_CHARS = 12  # the name column takes what is left, but no less than this


COUNT_CAP = 1000


class RegistryScreen(RecordListScreen):
    """Find members, open one in the form, create, edit, archive and restore."""

    STATE_KEY = STATE_KEY
    FOCUS_COLUMN = columns.NAME

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = MemberTableModel(self._fetch_page, self._count, self, language=ctx.language)
        self.form = MemberForm(ctx)
        self._make_actions()
        self._build()
        self._connect()
        self.reload_choices()
        self.apply_filter()
        self._restore_state()

    # -- data access (the model gets these; it never sees the database) ----------------------

    def _fetch_page(self, query: MemberQuery, offset: int, limit: int) -> list[MemberRow]:
        # The next page starts after the last loaded row (keyset paging: deep pages stay fast).
        after = self.model.row(offset - 1) if offset else None
        return self.ctx.read(
            member_search.search_members, query, offset=offset, limit=limit, after=after
        )

    def _count(self, query: MemberQuery) -> int:
        # Counting stops after COUNT_CAP: a two-letter prefix can match half the registry, and
        # an exact count of 50,000 matches would slow every keystroke.
        return self.ctx.read(member_search.count_members, query, at_most=COUNT_CAP)

    # -- building ---------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New member"),
            self.tr("Register a new member (Ctrl+N)"),
            self.new_member,
            QKeySequence.StandardKey.New,
        )
        self.refresh_action = self._action(
            self.tr("Re&fresh"),
            self.tr("Load the list again (F5)"),
            self.refresh,
            QKeySequence(Qt.Key.Key_F5),
        )
        self.find_action = self._action(
            self.tr("&Find"),
            self.tr("Search the registry (Ctrl+F)"),
            self.focus_search,
            QKeySequence.StandardKey.Find,
        )
        self.new_action.setEnabled(self.form.can_edit)
        self.new_action.setVisible(self.form.can_edit)
        for action in (
            self.new_action,
            self.refresh_action,
            self.find_action,
            self.form.save_action,
            self.form.revert_action,
            self.form.archive_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    def _build(self) -> None:
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if self.form.can_edit:  # a viewer's toolbar has no editing actions
            toolbar.addAction(self.new_action)
            toolbar.addAction(self.form.save_action)
            toolbar.addAction(self.form.revert_action)
            toolbar.addSeparator()
        if self.form.can_archive:
            toolbar.addAction(self.form.archive_action)
            toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)

        self._place(toolbar, self._list_side(), (760, 460))

    def _list_side(self) -> QWidget:
        search_row = self._search_row(
            self.tr("Search name, short name, keywords, city or contact  (Ctrl+F)")
        )
        clear_search = QAction(self.search)
        clear_search.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear_search.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.triggered.connect(self.search.clear)
        self.search.addAction(clear_search)
        self.kind_filter = facet(self.tr("All kinds"), labels.choices(labels.MEMBER_KINDS))
        self.sector_filter = sector_facet(self.tr("All sectors"), self.ctx.language)
        self.region_filter = facet(self.tr("All regions"), [])
        self.status_filter = facet(
            self.tr("Active and suspended"),
            [
                *labels.choices(labels.MEMBER_STATUSES),
                (EVERYTHING, self.tr("All, including archived")),
            ],
        )
        facets = QHBoxLayout()
        for combo in (self.kind_filter, self.sector_filter, self.region_filter, self.status_filter):
            facets.addWidget(combo, 1)
        self._table()
        return self._list_panel(search_row, facets)

    def _table(self) -> QTableView:
        self.table = paged_table(self.model, self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, self._column_width(column))
        self._name_column = FillingColumn(
            self.table, columns.NAME, self._column_width(columns.NAME)
        )
        for column in HIDDEN_BY_DEFAULT:
            header.hideSection(column)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setSortIndicator(columns.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        return self.table

    def _column_width(self, column: int) -> int:
        """Wide enough for the header and typical content, measured in the UI font."""
        metrics = self.table.fontMetrics()
        samples = {
            columns.NAME: ["中" * NAME_MIN_CHARS],
            columns.SHORT_NAME: ["中" * 6, "Fraunhofer"],
            columns.KIND: [label for _v, label in labels.choices(labels.MEMBER_KINDS)],
            columns.STATUS: [label for _v, label in labels.choices(labels.MEMBER_STATUSES)],
            columns.REGION: ["黑龙江省", "Nordrhein-Wes"],
            columns.CITY: ["石家庄市", "Darmstadt"],
            columns.SECTORS: ["C39; I65"],
            columns.CONTACT: ["欧阳建国", "M. Müller"],
            columns.UPDATED: [labels.short_date(date(2026, 12, 28))],
        }.get(column, [])
        header = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
        widest = max([metrics.horizontalAdvance(t) for t in samples] or [0])
        return max(widest + 16, metrics.horizontalAdvance(str(header)) + 28)

    def _column_menu(self, position: QPoint) -> None:
        """Header right-click: show or hide columns (the name column always stays)."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            if column == columns.NAME:
                continue
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.popup(header.mapToGlobal(position))

    def _connect(self) -> None:
        self._connect_list()
        for combo in (self.kind_filter, self.sector_filter, self.region_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_indicator)
        self.form.open_requested.connect(self.select_member)

    # -- filtering --------------------------------------------------------------------------

    def query(self) -> MemberQuery:
        """The MemberQuery the search field and facets describe (sort kept from the table)."""
        status = self.status_filter.currentData() or None
        current = self.model.query
        return MemberQuery(
            text=self.search.text().strip(),
            kind=self.kind_filter.currentData() or None,
            sector=self.sector_filter.currentData() or None,
            region=self.region_filter.currentData() or None,
            status=None if status == EVERYTHING else status,
            include_archived=status == EVERYTHING,
            sort=current.sort,
            descending=current.descending,
        )

    def clear_filters(self) -> None:
        for combo in (self.kind_filter, self.sector_filter, self.region_filter, self.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filter()

    def reload_choices(self) -> None:
        """Regions in use, for the region facet and the form's completer."""
        try:
            regions = self.ctx.read(member_search.member_regions)
        except Exception as exc:
            show_error(self, exc)
            return
        current = self.region_filter.currentData()
        self.region_filter.blockSignals(True)
        while self.region_filter.count() > 1:
            self.region_filter.removeItem(1)
        for region in regions:
            self.region_filter.addItem(region, region)
        index = self.region_filter.findData(current)
        self.region_filter.setCurrentIndex(max(0, index))
        self.region_filter.blockSignals(False)
        self.form.set_regions(regions)

    def _on_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        if column not in SORT_KEYS:  # no SQL order for it: put the indicator back
            order = (
                Qt.SortOrder.DescendingOrder
                if self.model.query.descending
                else Qt.SortOrder.AscendingOrder
            )
            self.table.horizontalHeader().setSortIndicator(self.model.sort_column(), order)

    # -- after the model changed ----------------------------------------------------------

    def _update_count(self) -> None:
        total = self.model.total
        if total > COUNT_CAP:
            if self.model.canFetchMore():
                self.count_label.setText(
                    self.tr("More than {count} members").format(count=labels.number(COUNT_CAP))
                )
                return
            total = self.model.rowCount()  # everything is loaded: the exact number is known
        self._show_count(total, self.tr("1 member"), self.tr("{count} members"))

    def _no_match_text(self) -> str:
        return self.tr("No member matches this search and these filters.")

    def _nothing_yet(self) -> tuple[str, str]:
        if not self.form.can_edit:
            return self.tr("The registry is empty."), ""
        return (
            self.tr("The registry is empty. Register the first member with New member (Ctrl+N)."),
            self.tr("New member"),
        )

    def _first_record(self) -> None:
        self.new_member()

    # -- selection and the form -----------------------------------------------------------

    def select_member(self, member_id: str) -> None:
        """Open a member in the form and select it in the table (when it is loaded)."""
        self._open_in_form(member_id)

    open_record = select_member

    def new_member(self) -> None:
        def start() -> None:
            self.form.new_member()
            self._select_row(None)
            self.form.focus_first_field()

        self.form.request_leave(start)

    def _on_saved(self, detail: members.MemberDetail) -> None:
        if detail.data.region and self.region_filter.findData(detail.data.region) < 0:
            self.reload_choices()  # a region not offered yet (DISTINCT over all members)
        self.refresh_list()
        self._select_row(detail.id)

    def refresh(self) -> None:
        """F5: the list, the facets, and the open member when it has no unsaved changes."""
        self.reload_choices()
        self.refresh_list()
        self._refresh_open_record()
