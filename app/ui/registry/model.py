"""The registry table: plain MemberRow values paged in from SQL as the view scrolls.

The model never touches the database: it is given `fetch_page(query, offset, limit)` and
`count(query)`. Sorting re-queries (ORDER BY in SQL), because sorting 100k rows in a Python
proxy takes seconds.
"""

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from app.models.enums import MemberStatus
from app.services.members import MemberQuery, MemberRow
from app.services.sectors import sector_label
from app.ui import labels
from app.ui.tables import read_only_flags

FetchPage = Callable[[MemberQuery, int, int], list[MemberRow]]
Count = Callable[[MemberQuery], int]
Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

NAME, SHORT_NAME, KIND, STATUS, REGION, CITY, SECTORS, CONTACT, UPDATED = range(9)
HEADERS = {
    NAME: QT_TRANSLATE_NOOP("MemberTableModel", "Name"),
    SHORT_NAME: QT_TRANSLATE_NOOP("MemberTableModel", "Short name"),
    KIND: QT_TRANSLATE_NOOP("MemberTableModel", "Kind"),
    STATUS: QT_TRANSLATE_NOOP("MemberTableModel", "Status"),
    REGION: QT_TRANSLATE_NOOP("MemberTableModel", "Region"),
    CITY: QT_TRANSLATE_NOOP("MemberTableModel", "City"),
    SECTORS: QT_TRANSLATE_NOOP("MemberTableModel", "Sectors"),
    CONTACT: QT_TRANSLATE_NOOP("MemberTableModel", "Contact"),
    UPDATED: QT_TRANSLATE_NOOP("MemberTableModel", "Updated"),
}
# Column -> MemberQuery.sort key (members.SORT_COLUMNS); columns missing here do not sort.
SORT_KEYS = {
    NAME: "name",
    SHORT_NAME: "short_name",
    KIND: "kind",
    STATUS: "status",
    REGION: "region",
    CITY: "city",
    SECTORS: "sectors",
    UPDATED: "updated_at",
}


class MemberTableModel(QAbstractTableModel):
    """Rows of the registry for one MemberQuery; loads PAGE_SIZE rows at a time."""

    def __init__(
        self,
        fetch_page: FetchPage,
        count: Count,
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self._fetch_page, self._count = fetch_page, count
        self.page_size = page_size
        self.language = language
        self._query = MemberQuery()
        self._rows: list[MemberRow] = []
        self._total = 0
        self._exhausted = True

    # -- what the screen uses ---------------------------------------------------------------

    @property
    def query(self) -> MemberQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many members match the query (all pages, not only those loaded)."""
        return self._total

    def set_query(self, query: MemberQuery) -> None:
        """Show another filter: counts again and loads its first page."""
        self._reload(query, self.page_size)

    def refresh(self) -> None:
        """Load again what is shown now (after a save), keeping as many rows as were loaded."""
        self._reload(self._query, max(self.page_size, len(self._rows)))

    def row(self, row: int) -> MemberRow:
        return self._rows[row]

    def row_of(self, member_id: str) -> int:
        """Row number of a loaded member, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == member_id), -1)

    def sort_column(self) -> int:
        return next((c for c, k in SORT_KEYS.items() if k == self._query.sort), NAME)

    def _reload(self, query: MemberQuery, limit: int) -> None:
        total = self._count(query)
        rows = self._fetch_page(query, 0, limit)
        self.beginResetModel()
        self._query, self._total, self._rows = query, total, rows
        self._exhausted = len(rows) < limit
        self.endResetModel()

    # -- lazy loading ---------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._fetch_page(self._query, len(self._rows), self.page_size)
        self._exhausted = len(page) < self.page_size
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending and self._rows:
            return
        self.set_query(replace(self._query, sort=key, descending=descending))

    # -- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            source = HEADERS.get(section)
            return QCoreApplication.translate("MemberTableModel", source) if source else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return read_only_flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and row.status == MemberStatus.ARCHIVED:
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.FontRole and row.status == MemberStatus.ARCHIVED:
            font = QFont()
            font.setItalic(True)
            return font
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def _display(self, row: MemberRow, column: int) -> str | None:
        values = {
            NAME: lambda: row.name,
            SHORT_NAME: lambda: row.short_name,
            KIND: lambda: labels.kind_label(row.kind),
            STATUS: lambda: labels.status_label(row.status),
            REGION: lambda: row.region,
            CITY: lambda: row.city,
            SECTORS: lambda: row.sectors.replace(";", "; "),
            CONTACT: lambda: row.contact,
            UPDATED: lambda: labels.short_date(row.updated_at),
        }
        value = values.get(column)
        return value() if value else None

    def _tooltip(self, row: MemberRow, column: int) -> str | None:
        if column == SECTORS and row.sectors:
            return "\n".join(
                sector_label(code, self.language) for code in row.sectors.split(";") if code
            )
        if column == UPDATED:
            return labels.short_datetime(row.updated_at)
        text = self._display(row, column)
        return text or None
