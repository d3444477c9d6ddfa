"""The Alliances screen: the list of alliances with the selected one's form beside it."""

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QToolBar, QVBoxLayout, QWidget

from app.services import alliances
from app.services.alliances import AllianceDetail
from app.ui import state
from app.ui.alliances.form import AllianceForm
from app.ui.alliances.model import AllianceListModel
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.tables import read_only_table

STATE_KEY = "alliances"


class AlliancesScreen(QWidget):
    """The list of alliances with the selected one's form beside it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._selecting = False
        self.model = AllianceListModel(self)
        self.form = AllianceForm(ctx)
        self.new_action = QAction(self.tr("&New alliance"), self)
        self.new_action.setVisible(self.form.can_edit)
        self.new_action.setEnabled(self.form.can_edit)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_alliance)
        self.refresh_action = QAction(self.tr("Re&fresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh)
        for action in (
            self.new_action,
            self.refresh_action,
            self.form.save_action,
            self.form.revert_action,
        ):
            self.addAction(action)
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if self.form.can_edit:  # a viewer's toolbar has no editing actions
            for action in (self.new_action, self.form.save_action, self.form.revert_action):
                toolbar.addAction(action)
            toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        self.table = read_only_table(self.model, stretch=0)
        header = self.table.horizontalHeader()
        for column, chars in ((1, 8), (2, 12)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, chars * self.fontMetrics().horizontalAdvance("中"))
        self.empty = QLabel(
            self.tr("No alliances yet. Create one with New alliance (Ctrl+N).")
            if self.form.can_edit
            else self.tr("No alliances yet.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.form)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([520, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(toolbar)
        layout.addWidget(self.splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.form.saved.connect(self._on_saved)
        state.restore_splitter(STATE_KEY, self.splitter)
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = self.ctx.read(alliances.list_alliances)
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._select_row(self.form.alliance_id)

    def activate(self) -> None:
        if not self.form.is_dirty():
            self.refresh()

    def _select_row(self, alliance_id: str | None) -> None:
        self._selecting = True
        try:
            row = next((i for i, r in enumerate(self.model.rows) if r.id == alliance_id), -1)
            selection = self.table.selectionModel()
            if row < 0:
                selection.clear()
            else:
                selection.setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        finally:
            self._selecting = False

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        alliance_id = current.data(Qt.ItemDataRole.UserRole).id
        if alliance_id == self.form.alliance_id:
            return
        if self.form.is_dirty():
            self._select_row(self.form.alliance_id)  # stay until the form may be left
            QTimer.singleShot(
                0, lambda: self.form.request_leave(lambda: self.open_alliance(alliance_id))
            )
            return
        self.open_alliance(alliance_id)

    def open_alliance(self, alliance_id: str) -> None:
        if self.form.open_alliance(alliance_id):
            self._select_row(alliance_id)

    def new_alliance(self) -> None:
        def start() -> None:
            self.form.new_alliance()
            self._select_row(None)
            self.form.name.setFocus()

        self.form.request_leave(start)

    def _on_saved(self, detail: AllianceDetail) -> None:
        self.refresh()
        self._select_row(detail.id)

    def request_leave(self, then: Callable[[], None]) -> None:
        self.form.request_leave(then)

    def save_state(self) -> None:
        state.save_splitter(STATE_KEY, self.splitter)
