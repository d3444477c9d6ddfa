"""The Home screen: what needs attention today (app.services.alerts) as cards with counts and the
first items; a click opens an item on its own screen. Read in the background each time the
screen is shown (and by Refresh), so a slow database never freezes the window."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAction, QFont, QHideEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.services import alerts
from app.services.alerts import Attention, AttentionItem, AttentionSection, SectionKey
from app.services.permissions import Action, may
from app.ui import labels
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.home_cards import CARD_STYLE, SectionCard
from app.ui.sync.home_link import ConflictsLink
from app.ui.widgets import read_only_note
from app.ui.workers import TaskHandle, run_task

COLUMN_WIDTH = 470  # a card narrower than this reads badly: one column below twice this


class HomeScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.attention: Attention | None = None
        self.cards: dict[SectionKey, SectionCard] = {}
        self._loading = 0
        self._task: TaskHandle | None = None
        self._columns = 0
        self._build()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.refresh_action = QAction(self.tr("Re&fresh"), self)
        self.refresh_action.setToolTip(self.tr("Look again at what needs attention (F5)"))
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.refresh_action)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._cards_page())
        self.pages.addWidget(self._empty_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(toolbar)
        layout.addWidget(self._header())
        layout.addWidget(self.pages, 1)
        self.setStyleSheet(CARD_STYLE)

    def _header(self) -> QWidget:
        self.heading = QLabel(self.tr("What needs attention today"))
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.Bold)
        self.heading.setFont(font)
        self.date_label = QLabel()
        self.date_label.setStyleSheet("color: palette(placeholder-text);")
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.read_only_note = read_only_note(
            self.tr(
                "You are signed in as Viewer: you can open these records and read them, "
                "but not change them."
            )
        )
        self.read_only_note.setVisible(not may(self.ctx.actor, Action.EDIT_LISTINGS))
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.heading)
        titles.addWidget(self.date_label)
        row = QHBoxLayout()
        row.addLayout(titles, 1)
        row.addWidget(self.summary)
        header = QWidget()
        box = QVBoxLayout(header)
        box.setContentsMargins(16, 12, 16, 4)
        box.addLayout(row)
        box.addWidget(self.read_only_note)
        self.conflicts_link = ConflictsLink(
            self.ctx, lambda: self._open("conflicts", lambda s: None)
        )
        box.addWidget(self.conflicts_link, 0, Qt.AlignmentFlag.AlignLeft)
        return header

    def _cards_page(self) -> QWidget:
        self.board = QWidget()
        self.columns = QHBoxLayout(self.board)
        self.columns.setContentsMargins(16, 8, 16, 16)
        self.columns.setSpacing(12)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.board)
        return self.scroll_area

    def _empty_page(self) -> QWidget:
        page = QWidget()
        tick = QLabel("✓")
        big = QFont(tick.font())
        big.setPointSizeF(big.pointSizeF() * 3.5)
        tick.setFont(big)
        tick.setStyleSheet("color: #2e7d32;")
        self.empty_title = QLabel(self.tr("Nothing needs attention today"))
        font = QFont(self.empty_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.empty_title.setFont(font)
        self.empty_text = QLabel(
            self.tr(
                "Listings to verify or about to expire, matches waiting for an answer, contracts "
                "to approve or sign and milestones coming due show here as they come."
            )
        )
        self.empty_text.setStyleSheet("color: palette(placeholder-text);")
        self.empty_text.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for label in (tick, self.empty_title, self.empty_text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(2)
        layout.setContentsMargins(48, 0, 48, 0)
        return page

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read what needs attention again, in the background; the cards stay until it is in."""
        self._loading += 1
        number = self._loading
        if self._task is not None:
            self._task.cancel()
        if self.attention is None:
            self.summary.setText(self.tr("Loading…"))
        self.conflicts_link.refresh()
        ctx = self.ctx
        self._task = run_task(
            lambda: ctx.read(alerts.attention, ctx.actor),
            lambda result: self._loaded(number, result),
            lambda exc: self._failed(number, exc),
        )

    def _loaded(self, number: int, result: Attention) -> None:
        if number == self._loading:
            self._task = None
            self.show_attention(result)

    def _failed(self, number: int, exc: BaseException) -> None:
        if number != self._loading:
            return
        self._task = None
        self.summary.setText(self.tr("Could not read what needs attention. Refresh to try again."))
        show_error(self, exc)

    def show_attention(self, result: Attention) -> None:
        self.attention = result
        self.date_label.setText(_long_date(result.today))
        if result.total == 0:
            self.summary.setText("")
        elif result.total == 1:
            self.summary.setText(self.tr("1 thing needs attention"))
        else:
            self.summary.setText(
                self.tr("{count} things need attention").format(count=labels.number(result.total))
            )
        self._fill_cards([s for s in result.sections if s.count])
        self.pages.setCurrentIndex(0 if result.total else 1)

    def _fill_cards(self, sections: list[AttentionSection]) -> None:
        for card in self.cards.values():
            card.hide()
            card.deleteLater()
        self.cards = {s.key: SectionCard(s, self.open_item, self.show_all) for s in sections}
        self._columns = 0
        self._arrange()

    def _arrange(self) -> None:
        """Cards in one or two columns (by the width), each card to the shorter column."""
        wanted = 2 if self.width() >= 2 * COLUMN_WIDTH else 1
        if wanted == self._columns:
            return
        self._columns = wanted
        while (item := self.columns.takeAt(0)) is not None:
            stack = item.layout()
            while stack is not None and stack.takeAt(0) is not None:
                pass  # the cards stay; only the old column layouts go
        stacks = [QVBoxLayout() for _ in range(wanted)]
        heights = [0] * wanted
        for card in self.cards.values():
            shortest = heights.index(min(heights))
            stacks[shortest].addWidget(card)
            heights[shortest] += 2 + len(card.rows)
        for stack in stacks:
            stack.setSpacing(12)
            stack.addStretch(1)
            self.columns.addLayout(stack, 1)

    def hideEvent(self, event: QHideEvent) -> None:
        """Another screen shows (or the window closes): a read still running is not wanted."""
        if not event.spontaneous() and self._task is not None:
            self._task.cancel()
            self._task = None
            self._loading += 1
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    # -- opening ----------------------------------------------------------------------------

    def open_item(self, section: AttentionSection, item: AttentionItem) -> None:
        """The item on its own screen: a listing in Verification or Listings, a match on the
        Matches board, a contract in Contracts, a milestone's project in Projects."""
        record = item.record_id
        if item.kind == "listing":
            if section.key is SectionKey.LISTINGS_TO_VERIFY and self._offered("verification"):
                self._open("verification", lambda s: s.reload(select_id=record))
            elif section.key is SectionKey.LISTINGS_EXPIRING:
                self._open(
                    "listings", lambda s: _call(s, "show_expiring", then=("open_listing", record))
                )
            else:
                self._open("listings", lambda s: _call(s, "open_listing", record))
        elif item.kind == "match":
            self._open("matches", lambda s: _call(s, "open_match", record))
        elif item.kind == "contract":
            self._open("contracts", lambda s: _call(s, OPEN_CONTRACT, record))
        elif item.project_id and self._offered("projects"):
            project = item.project_id
            self._open("projects", lambda s: _call(s, ("show_project", "open_project"), project))
        elif item.contract_id:  # no Projects screen: the contract the project came from
            contract = item.contract_id
            self._open("contracts", lambda s: _call(s, OPEN_CONTRACT, contract))

    def show_all(self, section: AttentionSection) -> None:
        """The whole list behind a card, filtered where the screen can."""
        key = section.key
        if key is SectionKey.LISTINGS_TO_VERIFY and self._offered("verification"):
            self._open("verification", lambda s: None)
        elif key is SectionKey.LISTINGS_EXPIRING:
            self._open("listings", lambda s: _call(s, "show_expiring"))
        elif key in (SectionKey.LISTINGS_TO_VERIFY, SectionKey.LISTINGS_RETURNED):
            status = "submitted" if key is SectionKey.LISTINGS_TO_VERIFY else "returned"
            self._open("listings", lambda s: _filter_listings(s, status))
        elif key is SectionKey.MATCHES_WAITING:
            self._open("matches", lambda s: None)
        elif key in CONTRACT_FILTERS:
            self._open("contracts", lambda s: _call(s, "filter_status", CONTRACT_FILTERS[key]))
        elif key is SectionKey.MILESTONES_OVERDUE:
            self._open("projects", lambda s: _call(s, "filter_overdue"))
        else:
            self._open("projects", lambda s: None)

    def _offered(self, key: str) -> bool:
        return key in [s.key for s in getattr(self.window(), "specs", [])]

    def _open(self, key: str, then: Callable[[Any], None]) -> None:
        open_in = getattr(self.window(), "open_in", None)
        if open_in is not None and self._offered(key):
            open_in(key, then)

    # -- screen protocol (MainWindow) -------------------------------------------------------

    def activate(self) -> None:
        self.refresh()


CONTRACT_FILTERS = {
    SectionKey.CONTRACTS_TO_APPROVE: "in_review",
    SectionKey.CONTRACTS_RETURNED: "returned",
    SectionKey.CONTRACTS_TO_SIGN: "awaiting_signature",
}


OPEN_CONTRACT = ("show_contract", "open_contract")  # show_contract clears the list's filters


def _call(
    screen: Any, names: str | tuple[str, ...], *args: Any, then: tuple[Any, ...] = ()
) -> None:
    """Call the first of a screen's methods `names` that it has (a screen written later may
    lack one), then another one (`then`: name and arguments)."""
    for name in (names,) if isinstance(names, str) else names:
        method = getattr(screen, name, None)
        if method is not None:
            method(*args)
            break
    if then:
        _call(screen, then[0], *then[1:])


def _filter_listings(screen: Any, status: str) -> None:
    """The Listings screen showing one status (its status filter, when it has one)."""
    combo = getattr(screen, "status_filter", None)
    if combo is not None:
        _call(screen, "clear_filters")
        combo.setCurrentIndex(max(combo.findData(status), 0))


def _long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


__all__ = ["HomeScreen"]
