"""A member's listings, shown on its page in the registry: each demand and supply with its
status and validity; double-click opens it on the Listings screen, and new ones start there
with the member filled in."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.enums import ListingKind
from app.services import listings
from app.services.listing_data import ListingRow
from app.services.permissions import Action, may
from app.ui import labels
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.tables import RowsModel, read_only_table


class MemberListingsModel(RowsModel):
    CONTEXT = "MemberListingsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("MemberListingsModel", "Reference"),
        QT_TRANSLATE_NOOP("MemberListingsModel", "Kind"),
        QT_TRANSLATE_NOOP("MemberListingsModel", "Title"),
        QT_TRANSLATE_NOOP("MemberListingsModel", "Status"),
        QT_TRANSLATE_NOOP("MemberListingsModel", "Valid until"),
    )

    def cell(self, row: ListingRow, column: int) -> str:
        values = [
            row.reference or "—",
            labels.listing_kind_label(row.kind),
            row.title,
            labels.listing_status_label(row.status)
            + (" · " + self.tr("anonymous") if row.anonymous else ""),
            labels.short_date(row.expires_at),
        ]
        return values[column]


class MemberListingsPanel(QWidget):
    """The Listings tab of the member form."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member: tuple[str, str] | None = None
        self.model = MemberListingsModel(self)
        self.table = read_only_table(self.model, stretch=2)
        self.table.doubleClicked.connect(self._open)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.new_demand = QPushButton(self.tr("New demand…"))
        self.new_supply = QPushButton(self.tr("New supply…"))
        self.new_demand.clicked.connect(lambda: self._new(ListingKind.DEMAND.value))
        self.new_supply.clicked.connect(lambda: self._new(ListingKind.SUPPLY.value))
        self.show_matches = QPushButton(self.tr("Matches…"))
        self.show_matches.setToolTip(self.tr("The member's matches on the Matches screen"))
        self.show_matches.clicked.connect(self._matches)
        can_edit = may(ctx.actor, Action.EDIT_LISTINGS)
        buttons = QHBoxLayout()
        for button in (self.new_demand, self.new_supply):
            button.setVisible(can_edit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_matches)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.set_member(None)

    def set_member(self, member: tuple[str, str] | None) -> None:
        """Show the listings of (member id, name); None for a member not saved yet."""
        self.member = member
        rows: list[ListingRow] = []
        if member is not None:
            try:
                rows = self.ctx.read(listings.member_listings, member[0])
            except Exception as exc:
                show_error(self, exc)
        self.model.set_rows(rows)
        for button in (self.new_demand, self.new_supply, self.show_matches):
            button.setEnabled(member is not None)
        if member is None:
            self.summary.setText(self.tr("Save the member first; then its listings show here."))
        elif not rows:
            self.summary.setText(self.tr("No demands or supplies yet."))
        else:
            demands = sum(1 for r in rows if r.kind == ListingKind.DEMAND)
            self.summary.setText(
                self.tr("{demands} demands, {supplies} supplies. Double-click to open one.").format(
                    demands=labels.number(demands), supplies=labels.number(len(rows) - demands)
                )
            )

    def _in_listings(self, then: Callable[[Any], None]) -> None:
        self._in_listings_or("listings", then)

    def _in_listings_or(self, key: str, then: Callable[[Any], None]) -> None:
        open_in = getattr(self.window(), "open_in", None)
        if open_in is not None:
            open_in(key, then)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            listing_id = self.model.rows[index.row()].id
            self._in_listings(lambda screen: screen.open_listing(listing_id))

    def _matches(self) -> None:
        member = self.member
        if member is not None:
            self._in_listings_or("matches", lambda screen: screen.filter_member(member))

    def _new(self, kind: str) -> None:
        member = self.member
        if member is not None:
            self._in_listings(lambda screen: screen.new_listing(kind, member))


__all__ = ["MemberListingsPanel"]
