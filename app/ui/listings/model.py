"""The Listings table: ListingRow values paged in from SQL as the view scrolls; sorting
re-queries (ORDER BY in SQL). The model never touches the database: it gets `fetch_page` and
`count` callables."""

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.models import utcnow
from app.models.enums import ListingStatus
from app.services.listing_data import ListingRow
from app.services.listing_search import WARNING_DAYS, ListingQuery
from app.services.sectors import sector_label
from app.ui import labels
from app.ui.paged_model import ID_ROLE, PAGE_SIZE, PagedTableModel

FetchPage = Callable[[ListingQuery, int, int], list[ListingRow]]
Count = Callable[[ListingQuery], int]
Index = QModelIndex | QPersistentModelIndex

CONTEXT = "ListingTableModel"
EXPIRING_COLOUR = QColor("#9a6700")
CLOSED = {ListingStatus.ARCHIVED, ListingStatus.WITHDRAWN, ListingStatus.EXPIRED}

REFERENCE, KIND, TITLE, MEMBER, STATUS, SECTORS, EXPIRES, UPDATED = range(8)
HEADERS = {
    REFERENCE: QT_TRANSLATE_NOOP("ListingTableModel", "Reference"),
    KIND: QT_TRANSLATE_NOOP("ListingTableModel", "Kind"),
    TITLE: QT_TRANSLATE_NOOP("ListingTableModel", "Title"),
    MEMBER: QT_TRANSLATE_NOOP("ListingTableModel", "Member"),
    STATUS: QT_TRANSLATE_NOOP("ListingTableModel", "Status"),
    SECTORS: QT_TRANSLATE_NOOP("ListingTableModel", "Sectors"),
    EXPIRES: QT_TRANSLATE_NOOP("ListingTableModel", "Valid until"),
    UPDATED: QT_TRANSLATE_NOOP("ListingTableModel", "Updated"),
}
SORT_KEYS = {
    REFERENCE: "reference",
    KIND: "kind",
    TITLE: "title",
    MEMBER: "member",
    STATUS: "status",
    EXPIRES: "expires_at",
    UPDATED: "updated_at",
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


class ListingTableModel(PagedTableModel):
    """Rows for one ListingQuery; loads PAGE_SIZE rows at a time."""

    CONTEXT = CONTEXT
    HEADERS = HEADERS
    SORT_KEYS = SORT_KEYS
    DEFAULT_SORT_COLUMN = UPDATED

    def __init__(
        self,
        fetch_page: FetchPage,
        count: Count,
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
        language: str = "en",
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(fetch_page, count, ListingQuery(), parent, page_size=page_size)
        self.language = language
        self._now = now

    @property
    def query(self) -> ListingQuery:
        return self._query  # type: ignore[no-any-return]

    def row(self, row: int) -> ListingRow:
        return self._rows[row]  # type: ignore[no-any-return]

    def expiring_soon(self, row: ListingRow) -> bool:
        if row.status != ListingStatus.PUBLISHED or row.expires_at is None:
            return False
        return row.expires_at <= self._now() + timedelta(days=WARNING_DAYS)

    def other_role(self, row: ListingRow, column: int, role: int) -> Any:
        soon = column == EXPIRES and self.expiring_soon(row)
        if role == Qt.ItemDataRole.ForegroundRole and soon:
            return QBrush(EXPIRING_COLOUR)
        if role == Qt.ItemDataRole.FontRole and (soon or row.status in CLOSED):
            font = QFont()
            font.setBold(soon)
            font.setItalic(not soon)
            return font
        return None

    def display(self, row: ListingRow, column: int) -> str | None:
        if column == MEMBER:
            return row.member_name + ("  " + _tr("(anonymous)") if row.anonymous else "")
        values = {
            REFERENCE: lambda: row.reference or "—",
            KIND: lambda: labels.listing_kind_label(row.kind),
            TITLE: lambda: row.title,
            STATUS: lambda: labels.listing_status_label(row.status),
            SECTORS: lambda: row.sectors.replace(";", "; "),
            EXPIRES: lambda: labels.short_date(row.expires_at),
            UPDATED: lambda: labels.short_date(row.updated_at),
        }
        value = values.get(column)
        return value() if value else None

    def tooltip(self, row: ListingRow, column: int) -> str | None:
        if column == SECTORS and row.sectors:
            return "\n".join(
                sector_label(code, self.language) for code in row.sectors.split(";") if code
            )
        if column == MEMBER and row.anonymous:
            return _tr("Published without the member's name")
        if column == EXPIRES and self.expiring_soon(row):
            return _tr("Expires within {days} days").format(days=WARNING_DAYS)
        if column == UPDATED:
            return labels.short_datetime(row.updated_at)
        return self.display(row, column) or None


__all__ = ["HEADERS", "ID_ROLE", "SORT_KEYS", "ListingTableModel"]
