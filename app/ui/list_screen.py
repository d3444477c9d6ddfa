"""Pieces the list-and-form screens share (registry, listings): facet combo boxes, the sector
facet, the paged table view, the empty state, and selecting a record's row quietly."""

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import sectors as taxonomy
from app.ui import labels, state
from app.ui.errors import show_error
from app.ui.paged_model import ID_ROLE, PagedTableModel
from app.ui.record_form import RecordForm

ANY = ""


def facet(everything: str, choices: list[tuple[str, str]]) -> QComboBox:
    """A filter combo box: "everything" first (data ""), then the choices."""
    combo = QComboBox()
    combo.addItem(everything, ANY)
    for value, label in choices:
        combo.addItem(label, value)
    combo.setMinimumContentsLength(5)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setToolTip(everything)
    return combo


def sector_facet(everything: str, language: str) -> QComboBox:
    """Sections in bold with their divisions indented beneath (GB/T 4754)."""
    combo = facet(everything, [])
    combo.setMaxVisibleItems(25)
    bold = QFont(combo.font())
    bold.setBold(True)
    for sector in taxonomy.sectors():
        indent = "" if sector.is_section else "    "
        combo.addItem(f"{indent}{sector.code}  {sector.name(language)}", sector.code)
        combo.setItemData(combo.count() - 1, sector.name(language), Qt.ItemDataRole.ToolTipRole)
        if sector.is_section:
            combo.setItemData(combo.count() - 1, bold, Qt.ItemDataRole.FontRole)
    return combo


def paged_table(model: PagedTableModel, row_height: int) -> QTableView:
    """A read-only, single-selection table sorted by SQL through the model."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionsMovable(True)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(40)
    return table


class EmptyState(QWidget):
    """Shown instead of an empty table: what is (not) there and one button to go on."""

    def __init__(self, on_button: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.button = QPushButton()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addStretch(2)
        self.button.clicked.connect(on_button)

    def show_message(self, text: str, button: str = "") -> None:
        self.label.setText(text)
        self.button.setText(button)
        self.button.setVisible(bool(button))


def select_row(table: QTableView, record_id: str | None, column: int) -> None:
    """Select a record's row (when loaded) and scroll to it; clear the selection otherwise."""
    model = table.model()
    selection = table.selectionModel()
    row = model.row_of(record_id) if record_id and isinstance(model, PagedTableModel) else -1
    if row < 0:
        selection.clear()
        return
    index = model.index(row, column)
    selection.setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.scrollTo(index)


class FillingColumn(QObject):
    """Keeps one column (a name, a title) as wide as the others leave, but never narrower than
    `minimum` (a header Stretch mode would squeeze it to nothing on a small screen and stop the
    clerk from resizing it)."""

    def __init__(self, table: QTableView, column: int, minimum: int) -> None:
        super().__init__(table)
        self.table, self.column, self.minimum = table, column, minimum
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.fit()
        return False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != self.column:
            self.fit()

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self.column and not header.isSectionHidden(c)
        )
        width = max(self.minimum, self.table.viewport().width() - others)
        if header.sectionSize(self.column) != width:
            header.resizeSection(self.column, width)


class RecordListScreen(QWidget):
    """A filtered, paged table of records with a RecordForm beside it (registry, listings).

    A subclass sets `model`, `form` and `table`, builds its list side with `_search_row` and
    `_list_panel`, and gives STATE_KEY, FOCUS_COLUMN, `query()` (the filter the widgets
    describe), `clear_filters()`, `open_record(id)`, `_on_saved(detail)`, `_update_count()` and
    what the empty state says (`_no_match_text`, `_nothing_yet`, `_first_record`).
    Moving to another row waits until the form may be left (unsaved changes saved or dropped).
    """

    STATE_KEY = ""
    FOCUS_COLUMN = 0
    SEARCH_DELAY_MS = 250

    model: PagedTableModel
    form: RecordForm
    table: QTableView
    search: QLineEdit
    count_label: QLabel
    splitter: QSplitter
    empty: EmptyState
    stack: QStackedWidget

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selecting = False
        self._search_timer = QTimer(self, singleShot=True, interval=self.SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)

    def _action(
        self,
        text: str,
        tip: str,
        slot: Callable[[], None],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _screen_action(
        self,
        text: str,
        tip: str,
        slot: Callable[[], None],
        shortcut: QKeySequence | None = None,
    ) -> QAction:
        """An action whose shortcut works anywhere in the window while this screen shows."""
        action = self._action(text, tip, slot, shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)
        return action

    def _place(self, toolbar: QWidget, list_side: QWidget, sizes: tuple[int, int]) -> None:
        """The toolbar above, the list and the form side by side below."""
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes(list(sizes))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(toolbar)
        layout.addWidget(self.splitter, 1)

    def _refresh_and_find_actions(self, find_tip: str) -> None:
        """Refresh (F5) and Find (Ctrl+F), working anywhere in the window."""
        self.refresh_action = self._screen_action(
            self.tr("Re&fresh"),
            self.tr("Load the list again (F5)"),
            self.refresh,
            QKeySequence(Qt.Key.Key_F5),
        )
        self.find_action = self._screen_action(
            self.tr("&Find"),
            find_tip,
            self.focus_search,
            QKeySequence(QKeySequence.StandardKey.Find),
        )

    def _search_row(self, placeholder: str) -> QHBoxLayout:
        """The search box with the number of records found beside it."""
        self.search = QLineEdit(placeholderText=placeholder)
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addSpacing(8)
        row.addWidget(self.count_label)
        return row

    def _size_columns(self, samples: dict[int, str]) -> None:
        """Each column wide enough for its header and its sample value, in the table's font."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(
                column,
                max(metrics.horizontalAdvance(sample) + 16, metrics.horizontalAdvance(title) + 28),
            )

    def _list_panel(self, *parts: QLayout | QWidget) -> QWidget:
        """The list side: `parts` (the search row, the facets…) above the table, which the empty
        state replaces when no record is there."""
        self.empty = EmptyState(self._empty_action)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(8, 8, 4, 8)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.stack, 1)
        return side

    def _connect_list(self) -> None:
        """The search box, the table, the model and the form (a subclass adds its facets)."""
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.activated.connect(lambda _index: self.form.focus_first_field())
        self.model.modelReset.connect(self._after_reload)
        self.model.rowsInserted.connect(self._update_count)
        self.form.saved.connect(self._on_saved)

    def _restore_state(self) -> None:
        state.restore_splitter(self.STATE_KEY, self.splitter)
        state.restore_header(self.STATE_KEY, self.table.horizontalHeader())

    # -- filtering ------------------------------------------------------------------------

    def query(self) -> Any:
        raise NotImplementedError

    def is_filtered(self) -> bool:
        current = self.model.query
        return bool(
            self.query()
            != replace(type(current)(), sort=current.sort, descending=current.descending)
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        try:
            self.model.set_query(self.query())
        except Exception as exc:
            show_error(self, exc)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_filters(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    # -- after the model changed ----------------------------------------------------------

    def _after_reload(self) -> None:
        self._update_count()
        self._update_empty_state()
        if self.form.record_id:
            self._select_row(self.form.record_id)

    def _update_count(self) -> None:
        raise NotImplementedError

    def _show_count(self, total: int, one: str, many: str) -> None:
        """`one` for a single record, else `many` with its {count} filled in."""
        self.count_label.setText(one if total == 1 else many.format(count=labels.number(total)))

    def _no_match_text(self) -> str:
        """The empty state when the search and filters leave nothing."""
        raise NotImplementedError

    def _nothing_yet(self) -> tuple[str, str]:
        """The empty state's text and button (or "") when there is no record at all."""
        raise NotImplementedError

    def _first_record(self) -> None:
        """The empty state's button when there is no record at all."""
        raise NotImplementedError

    def _update_empty_state(self) -> None:
        empty = self.model.rowCount() == 0
        self.stack.setCurrentIndex(1 if empty else 0)
        if not empty:
            return
        if self.is_filtered():
            self.empty.show_message(self._no_match_text(), self.tr("Clear search and filters"))
        else:
            self.empty.show_message(*self._nothing_yet())

    def _empty_action(self) -> None:
        if self.is_filtered():
            self.clear_filters()
        else:
            self._first_record()

    # -- selection and the form -----------------------------------------------------------

    def open_record(self, record_id: str) -> None:
        raise NotImplementedError

    def _select_row(self, record_id: str | None) -> None:
        """Select the record's row without opening it again (it is already in the form)."""
        self._selecting = True
        try:
            select_row(self.table, record_id, self.FOCUS_COLUMN)
        finally:
            self._selecting = False

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        record_id = current.data(ID_ROLE)
        if record_id == self.form.record_id:
            return
        if self.form.is_dirty() or self.form.is_busy():
            self._select_row(self.form.record_id)  # stay until the form may be left
            QTimer.singleShot(
                0, lambda: self.form.request_leave(lambda: self.open_record(record_id))
            )
            return
        self.open_record(record_id)

    def _open_in_form(self, record_id: str) -> None:
        if self.form.record_id != record_id and not self.form.open_record(record_id):
            return
        self._select_row(record_id)

    def refresh_list(self) -> None:
        try:
            self.model.refresh()
        except Exception as exc:
            show_error(self, exc)

    def _on_saved(self, detail: Any) -> None:
        raise NotImplementedError

    def _refresh_open_record(self) -> None:
        """The open record again, when it has no unsaved changes."""
        record_id = self.form.record_id
        if record_id and not self.form.is_dirty() and not self.form.is_busy():
            self.form.open_record(record_id)

    # -- screen protocol (MainWindow) -----------------------------------------------------

    def request_leave(self, then: Callable[[], None]) -> None:
        self.form.request_leave(then)

    def save_state(self) -> None:
        state.save_splitter(self.STATE_KEY, self.splitter)
        state.save_header(self.STATE_KEY, self.table.horizontalHeader())
