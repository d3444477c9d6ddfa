"""The matching workspace: pick a published demand (or supply), see the supplies (demands) the
engine ranks for it with score bars and reasons, compare a pair side by side with the shared
terms highlighted, mark a suggestion as not relevant, or propose the match. *Match everything*
ranks every open demand off the GUI thread and keeps the strong suggestions."""

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import ListingKind, ListingStatus
from app.services import listing_search, listings, matches, matching
from app.services.listing_data import ListingDetail
from app.services.listing_search import ListingQuery
from app.services.matching import Suggestion
from app.services.permissions import Action, may
from app.settings import configured_weights
from app.ui import labels, state
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.matching.compare import CompareView
from app.ui.matching.dialogs import DismissDialog, ProposeDialog
from app.ui.matching.run_all import MatchEverything
from app.ui.matching.suggestions import (
    MEMBER,
    REFERENCE,
    SCORE,
    TITLE,
    ScoreBarDelegate,
    SuggestionModel,
)
from app.ui.tables import read_only_table
from app.ui.workers import TaskHandle, run_task

STATE_KEY = "matching"
PICK_LIMIT = 300
SEARCH_DELAY_MS = 250
TOP = 20


class MatchingScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_work = may(ctx.actor, Action.WORK_MATCHES)
        self.subject: ListingDetail | None = None
        self._ranking: TaskHandle | None = None
        self._details: dict[str, ListingDetail] = {}
        self.model = SuggestionModel(self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.load_choices)
        self.everything = MatchEverything(ctx, self)
        self.everything.finished.connect(self._after_everything)
        self._build()
        self.load_choices()
        state.restore_splitter(STATE_KEY, self.splitter)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.everything_action = toolbar.addAction(self.tr("Match &everything…"))
        self.everything_action.setToolTip(
            self.tr("Rank the supplies for every published demand and keep the strong ones")
        )
        self.everything_action.triggered.connect(self.everything.start)
        self.everything_action.setVisible(self.can_work)
        self.refresh_action = toolbar.addAction(self.tr("Re&fresh"))
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh)

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Demands: find supplies"), ListingKind.DEMAND.value)
        self.kind.addItem(self.tr("Supplies: find demands"), ListingKind.SUPPLY.value)
        self.kind.currentIndexChanged.connect(self.load_choices)
        self.search = QLineEdit(placeholderText=self.tr("Search published listings"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.choices = QListWidget()
        self.choices.setUniformItemSizes(True)
        self.choices.currentItemChanged.connect(lambda *_a: self._on_choice())
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(8, 8, 4, 8)
        box.addWidget(self.kind)
        box.addWidget(self.search)
        box.addWidget(self.choices, 1)

        self.heading = QLabel(self.tr("Choose a listing on the left."))
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.status = QLabel()
        self.status.setStyleSheet("color: palette(placeholder-text);")
        self.table = read_only_table(self.model, stretch=4)
        self.table.setItemDelegateForColumn(SCORE, ScoreBarDelegate(self.table))
        header = self.table.horizontalHeader()
        for column, width in ((SCORE, 110), (REFERENCE, 110), (TITLE, 300), (MEMBER, 200)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(self._on_suggestion)
        self.table.doubleClicked.connect(lambda _i: self.propose())
        self.propose_button = QPushButton(self.tr("Propose match…"))
        self.propose_button.setToolTip(self.tr("Propose this pair to both sides"))
        self.propose_button.clicked.connect(self.propose)
        self.dismiss_button = QPushButton(self.tr("Not relevant…"))
        self.dismiss_button.setToolTip(
            self.tr("Take the suggestion off the list for good, saying why")
        )
        self.dismiss_button.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.dismiss_button, self.propose_button):
            button.setVisible(self.can_work)
            buttons.addWidget(button)
        self.compare = CompareView()
        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(4, 8, 8, 8)
        column.addWidget(self.heading)
        column.addWidget(self.table, 3)
        column.addLayout(buttons)
        column.addWidget(self.compare, 4)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(toolbar)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()

    # -- choosing what to match -------------------------------------------------------------

    def load_choices(self) -> None:
        """Published listings of the chosen kind matching the search text."""
        self._search_timer.stop()
        query = ListingQuery(
            text=self.search.text().strip(),
            kind=self.kind.currentData(),
            status=ListingStatus.PUBLISHED.value,
            sort="reference",
            descending=False,
        )
        try:
            rows = self.ctx.read(listing_search.search_listings, query, limit=PICK_LIMIT)
        except Exception as exc:
            show_error(self, exc)
            return
        current = self.subject.id if self.subject else None
        self.choices.blockSignals(True)
        self.choices.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.reference}  {row.title}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(f"{row.title}\n{row.member_name}")
            self.choices.addItem(item)
            if row.id == current:
                self.choices.setCurrentItem(item)
        self.choices.blockSignals(False)
        if not rows:
            self.heading.setText(self.tr("No published listing of this kind matches."))

    def choose(self, listing_id: str) -> None:
        """Show the suggestions for one listing (selected in the list when it is shown)."""
        for row in range(self.choices.count()):
            if self.choices.item(row).data(Qt.ItemDataRole.UserRole) == listing_id:
                self.choices.setCurrentRow(row)
                return
        self._rank(listing_id)

    def _on_choice(self) -> None:
        item = self.choices.currentItem()
        if item is not None:
            self._rank(item.data(Qt.ItemDataRole.UserRole))

    # -- ranking --------------------------------------------------------------------------

    def _rank(self, listing_id: str) -> None:
        try:
            self.subject = self.ctx.read(listings.get_listing, listing_id)
        except Exception as exc:
            show_error(self, exc)
            return
        subject = self.subject
        self.heading.setText(
            self.tr("Supplies for {reference} {title}").format(
                reference=subject.reference, title=subject.data.title
            )
            if subject.data.kind == ListingKind.DEMAND
            else self.tr("Demands for {reference} {title}").format(
                reference=subject.reference, title=subject.data.title
            )
        )
        self.status.setText(self.tr("Ranking…"))
        self.model.set_rows([])
        self.compare.clear()
        if self._ranking is not None:
            self._ranking.cancel()
        ctx = self.ctx
        demand = subject.data.kind == ListingKind.DEMAND
        weights = configured_weights()
        self._ranking = run_task(
            lambda: ctx.read(_rank_without_dismissed, listing_id, demand, weights),
            lambda found: self._ranked(listing_id, found),
            self._rank_failed,
        )

    def _ranked(self, listing_id: str, found: list[Suggestion]) -> None:
        self._ranking = None
        if self.subject is None or self.subject.id != listing_id:
            return
        self.model.set_rows(found)
        self.status.setText(
            self.tr("No suggestion: nothing published shares enough with it.")
            if not found
            else self.tr("{count} suggestions, best first.").format(count=labels.number(len(found)))
        )
        if found:
            self.table.selectRow(0)
        self._update_buttons()

    def _rank_failed(self, exc: BaseException) -> None:
        self._ranking = None
        self.status.setText("")
        show_error(self, exc)

    def current_suggestion(self) -> Suggestion | None:
        index = self.table.currentIndex()
        return self.model.suggestion(index.row()) if index.isValid() else None

    def _on_suggestion(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        suggestion = self.current_suggestion()
        if suggestion is None or self.subject is None:
            self.compare.clear()
            return
        try:
            other = self.ctx.read(listings.get_listing, suggestion.listing_id)
        except Exception as exc:
            show_error(self, exc)
            return
        terms = matching.shared_terms(_text(self.subject), _text(other))
        self.compare.show_pair(self.subject, other, terms, terms, self.ctx.language)

    def _update_buttons(self) -> None:
        chosen = self.current_suggestion() is not None
        for button in (self.propose_button, self.dismiss_button):
            button.setEnabled(self.can_work and chosen)

    # -- acting on a suggestion -----------------------------------------------------------

    def _pair(self) -> tuple[str, str, Suggestion] | None:
        suggestion = self.current_suggestion()
        if suggestion is None or self.subject is None:
            return None
        if self.subject.data.kind == ListingKind.DEMAND:
            return self.subject.id, suggestion.listing_id, suggestion
        return suggestion.listing_id, self.subject.id, suggestion

    def propose(self) -> None:
        pair = self._pair()
        if pair is None or not self.can_work:
            return
        demand_id, supply_id, suggestion = pair
        note = ProposeDialog.ask(self, suggestion.title)
        if note is None:
            return
        try:
            self.ctx.write(
                matches.propose_match,
                demand_id,
                supply_id,
                self.ctx.actor,
                score=suggestion.score,
                breakdown=matches.breakdown_of(suggestion),
                note=note,
            )
        except Exception as exc:
            show_error(self, exc)
            return
        self.status.setText(
            self.tr("Proposed: {title}. Follow it on the Matches screen.").format(
                title=suggestion.title
            )
        )

    def dismiss(self) -> None:
        pair = self._pair()
        if pair is None or not self.can_work:
            return
        demand_id, supply_id, suggestion = pair
        answer = DismissDialog.ask(self, suggestion.title)
        if answer is None:
            return
        reason, text = answer
        try:
            self.ctx.write(
                matches.dismiss_suggestion, demand_id, supply_id, reason, text, self.ctx.actor
            )
        except Exception as exc:
            show_error(self, exc)
            return
        row = self.table.currentIndex().row()
        self.model.set_rows([s for i, s in enumerate(self.model.rows) if i != row])
        self.status.setText(self.tr("Marked as not relevant; it will not be suggested again."))
        self._update_buttons()

    # -- everything -------------------------------------------------------------------------

    def _after_everything(self) -> None:
        if self.subject is not None:
            self._rank(self.subject.id)

    def refresh(self) -> None:
        self.load_choices()
        if self.subject is not None:
            self._rank(self.subject.id)

    # -- screen protocol ------------------------------------------------------------------

    def save_state(self) -> None:
        state.save_splitter(STATE_KEY, self.splitter)


def _rank_without_dismissed(
    uow: Any, listing_id: str, demand: bool, weights: matching.Weights
) -> list[Suggestion]:
    """The engine's list for a listing, without the supplies dismissed for a demand (runs in a
    worker)."""
    excluded = matches.dismissed_supply_ids(uow, listing_id) if demand else set()
    return matching.rank(uow, listing_id, top=TOP, weights=weights, exclude_ids=tuple(excluded))


def _text(detail: ListingDetail) -> str:
    data = detail.data
    return "\n".join((data.title, data.summary, data.description, "; ".join(data.keywords)))
