"""A contract's revisions: the list of saves, two of them compared side by side, or one read in
full. Every save of a draft keeps a revision (app.services.contracts); they never change, so
what is read once is kept while the same contract is shown."""

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services import contracts
from app.services.contract_data import Change, ContractData, RevisionRow
from app.ui import labels
from app.ui.context import AppContext
from app.ui.contracts.revision_diff import (
    DiffRow,
    comparison_html,
    diff_rows,
    revision_caption,
    revision_html,
)
from app.ui.errors import domain_message, unexpected_message
from app.ui.workers import run_task

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Comparison:
    """What the side-by-side view needs: both revisions' data and what changed between them."""

    older: ContractData
    newer: ContractData
    changes: list[Change]


def load_comparison(uow: Any, contract_id: str, older: int, newer: int) -> Comparison:
    """Read in a worker: revision `older` and `newer` and the changes from one to the other."""
    return Comparison(
        contracts.revision_data(uow, contract_id, older),
        contracts.revision_data(uow, contract_id, newer),
        contracts.compare_revisions(uow, contract_id, older, newer),
    )


class RevisionListModel(QAbstractTableModel):
    """The revisions of one contract, oldest first (plain RevisionRows)."""

    NUMBER, SAVED, BY = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RevisionRow] = []

    def set_rows(self, rows: list[RevisionRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("No."), self.tr("Saved"), self.tr("By"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.NUMBER:
                return labels.number(row.number)
            return labels.medium_datetime(row.saved_at) if column == self.SAVED else row.saved_by
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class RevisionsPanel(QWidget):
    """The revisions tab of the contract form: `show_contract(id)` (None clears it)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contract_id: str | None = None
        self.diff: list[DiffRow] = []  # the rows the comparison shows
        self._data: dict[int, ContractData] = {}  # revisions read for this contract
        self._loading = 0  # bumped for each contract shown: older reads are dropped
        self._tickets: dict[str, int] = {}  # per kind of read, the newest one asked for
        self._stale = False
        self.model = RevisionListModel(self)
        self.list = self._revision_list()
        self.first = QComboBox()
        self.second = QComboBox()
        for combo in (self.first, self.second):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.whole = QPushButton(self.tr("Show whole revision"))
        self.whole.setCheckable(True)
        self.whole.setToolTip(self.tr("Read the revision chosen in the list in full."))
        self.comparison = self._browser()
        self.full_text = self._browser()
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(placeholder-text);")
        self.stack = QStackedWidget()
        for widget in (self.message, self.comparison, self.full_text):
            self.stack.addWidget(widget)
        self._lay_out()
        self.first.currentIndexChanged.connect(self._compare)
        self.second.currentIndexChanged.connect(self._compare)
        self.whole.toggled.connect(self._whole_toggled)
        self.list.selectionModel().currentRowChanged.connect(lambda *_a: self._chosen_changed())
        self.list.doubleClicked.connect(lambda *_a: self.whole.setChecked(True))
        self.show_contract(None)

    # -- building ---------------------------------------------------------------------------

    def _revision_list(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.setShowGrid(False)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return view

    def _browser(self) -> QTextBrowser:
        browser = QTextBrowser()
        browser.setOpenLinks(False)
        return browser

    def _chooser_row(self) -> QHBoxLayout:
        """ "Compare revision [A] with [B]", the combos placed where the translation puts them."""
        row = QHBoxLayout()
        sentence = self.tr("Compare revision {first} with {second}")
        slots = {"{first}": self.first, "{second}": self.second}
        for part in re.split(r"(\{first\}|\{second\})", sentence):
            if part in slots:
                row.addWidget(slots[part])
            elif part.strip():
                row.addWidget(QLabel(part.strip()))
        row.addStretch(1)
        row.addWidget(self.whole)
        return row

    def _lay_out(self) -> None:
        # The list above, short; the two sides below get the whole width.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([130, 600])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(self._chooser_row())
        layout.addWidget(splitter, 1)

    # -- the contract -----------------------------------------------------------------------

    def show_contract(self, contract_id: str | None) -> None:
        """Show this contract's revisions (read now when visible, else when shown)."""
        if contract_id != self.contract_id:
            self._data.clear()
        self.contract_id = contract_id
        self._loading += 1
        self._stale = contract_id is not None
        if contract_id is None:
            self._clear()
            return
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the list of revisions again (after a save the newest pair is compared)."""
        contract_id = self.contract_id
        if contract_id is None:
            return
        self._stale = False
        if not self.model.rows:
            self._say(self.tr("Loading the revisions…"))
        self._read(
            "list", lambda: self.ctx.read(contracts.revisions, contract_id), self._revisions_loaded
        )

    def _clear(self) -> None:
        self.model.set_rows([])
        self.diff = []
        self._fill_choosers([])
        self.comparison.clear()
        self.full_text.clear()
        self.whole.setEnabled(False)
        self._say(self.tr("Choose a contract to see its revisions."))

    def _revisions_loaded(self, rows: list[RevisionRow]) -> None:
        self.model.set_rows(rows)
        self._fill_choosers(rows)
        self.whole.setEnabled(bool(rows))
        if rows:
            self.list.selectRow(len(rows) - 1)
        if not rows:
            self._say(self.tr("This contract has no saved revision yet."))
        elif len(rows) == 1:
            self._say(
                self.tr(
                    "There is only one revision, so there is nothing to compare yet. Each time "
                    "the contract is saved, a new revision is kept."
                )
            )
        self._compare()
        self._chosen_changed()

    def _fill_choosers(self, rows: list[RevisionRow]) -> None:
        for combo in (self.first, self.second):
            blocker = QSignalBlocker(combo)
            combo.clear()
            for n, row in enumerate(rows):
                when = labels.medium_datetime(row.saved_at)
                combo.addItem(self.tr("{number} · {when}").format(number=row.number, when=when))
                combo.setItemData(n, row.number)
                combo.setItemData(n, revision_caption(row), Qt.ItemDataRole.ToolTipRole)
            del blocker
        if len(rows) >= 2:
            self.first.setCurrentIndex(len(rows) - 2)
            self.second.setCurrentIndex(len(rows) - 1)
        self._enable_choosers()

    def _enable_choosers(self) -> None:
        """The boxes choose what to compare: of no use with one revision or while reading one."""
        for combo in (self.first, self.second):
            combo.setEnabled(self.first.count() >= 2 and not self.whole.isChecked())

    # -- comparing --------------------------------------------------------------------------

    def chosen_pair(self) -> tuple[int, int] | None:
        """(older, newer) as chosen in the two boxes, whichever box holds which."""
        a, b = self.first.currentData(), self.second.currentData()
        if a is None or b is None:
            return None
        return (min(a, b), max(a, b))

    def _compare(self) -> None:
        pair, contract_id = self.chosen_pair(), self.contract_id
        if pair is None or contract_id is None or len(self.model.rows) < 2:
            self.diff = []
            return
        older, newer = pair
        if older == newer:
            self.diff = []
            self._tickets["comparison"] = self._tickets.get("comparison", 0) + 1
            self._show_unless_whole(self.tr("Choose two different revisions to compare."))
            return
        self._read(
            "comparison",
            lambda: self.ctx.read(load_comparison, contract_id, older, newer),
            lambda result: self._compared(older, newer, result),
        )

    def _compared(self, older: int, newer: int, result: Comparison) -> None:
        self._data.update({older: result.older, newer: result.newer})
        self.diff = diff_rows(result.changes, result.older, result.newer)
        captions = {row.number: row for row in self.model.rows}
        if not self.diff:
            self._show_unless_whole(
                self.tr("Revisions {older} and {newer} are the same: nothing was changed.").format(
                    older=older, newer=newer
                )
            )
            return
        self.comparison.setHtml(comparison_html(self.diff, captions[older], captions[newer]))
        if not self.whole.isChecked():
            self.stack.setCurrentWidget(self.comparison)

    def _show_unless_whole(self, text: str) -> None:
        self.message.setText(text)
        if not self.whole.isChecked():
            self.stack.setCurrentWidget(self.message)

    # -- one revision in full ---------------------------------------------------------------

    def chosen_revision(self) -> RevisionRow | None:
        """The revision selected in the list (the one "Show whole revision" shows)."""
        index = self.list.selectionModel().currentIndex()
        if not index.isValid():
            return None
        row = self.model.data(index, Qt.ItemDataRole.UserRole)
        return row if isinstance(row, RevisionRow) else None

    def _whole_toggled(self, on: bool) -> None:
        self._enable_choosers()
        if on:
            if self.chosen_revision() is None and self.model.rows:
                self.list.selectRow(len(self.model.rows) - 1)
            self._chosen_changed()
        elif self.diff:
            self.stack.setCurrentWidget(self.comparison)
        else:
            self.stack.setCurrentWidget(self.message)

    def _chosen_changed(self) -> None:
        row, contract_id = self.chosen_revision(), self.contract_id
        if not self.whole.isChecked() or row is None or contract_id is None:
            return
        if row.number in self._data:
            self._show_whole(row, self._data[row.number])
            return
        self._read(
            "whole",
            lambda: self.ctx.read(contracts.revision_data, contract_id, row.number),
            lambda data: self._show_whole(row, data),
        )

    def _show_whole(self, row: RevisionRow, data: ContractData) -> None:
        self._data[row.number] = data
        chosen = self.chosen_revision()
        if not self.whole.isChecked() or chosen is None or chosen.number != row.number:
            return
        self.full_text.setHtml(revision_html(data, row))
        self.stack.setCurrentWidget(self.full_text)

    # -- reading ----------------------------------------------------------------------------

    def _read(self, kind: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run a read in the background; its result counts only while it is the newest read of
        its kind for the contract still shown."""
        ticket = self._tickets[kind] = self._tickets.get(kind, 0) + 1
        loading = self._loading

        def wanted() -> bool:
            return loading == self._loading and self._tickets.get(kind) == ticket

        def deliver(result: Any) -> None:
            if wanted():
                done(result)

        def failed(exc: BaseException) -> None:
            if wanted():
                self._failed(exc)

        run_task(work, deliver, failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            reason = domain_message(exc)
        else:
            log.error("reading revisions failed", exc_info=(type(exc), exc, exc.__traceback__))
            reason = unexpected_message()
        self._stale = True
        self.whole.setChecked(False)
        self._say(self.tr("The revisions could not be read. {reason}").format(reason=reason))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
