"""A read-only table of rows paged in from SQL as the view scrolls (the registry, listings).

The model never touches the database: it is given `fetch_page(query, offset, limit)` and
`count(query)`. Sorting re-queries (ORDER BY in SQL), because sorting 100k rows in a Python
proxy takes seconds. The query is a frozen dataclass with `sort` and `descending`."""

from collections.abc import Callable
from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.ui.tables import read_only_flags

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class PagedTableModel(QAbstractTableModel):
    """Rows of one query, PAGE_SIZE at a time. Subclasses give CONTEXT, HEADERS (column →
    English source text), SORT_KEYS (column → the query's sort key), DEFAULT_SORT_COLUMN and
    `display(row, column)`; `other_role(row, column, role)` for colours and fonts."""

    CONTEXT: ClassVar[str] = ""
    HEADERS: ClassVar[dict[int, str]] = {}
    SORT_KEYS: ClassVar[dict[int, str]] = {}
    DEFAULT_SORT_COLUMN: ClassVar[int] = 0

    def __init__(
        self,
        fetch_page: Callable[[Any, int, int], list[Any]],
        count: Callable[[Any], int],
        query: Any,
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._fetch_page, self._count = fetch_page, count
        self.page_size = page_size
        self._query = query
        self._rows: list[Any] = []
        self._total = 0
        self._exhausted = True

    # -- what the screen uses ---------------------------------------------------------------

    @property
    def query(self) -> Any:
        return self._query

    @property
    def total(self) -> int:
        """How many rows match the query (all pages, not only those loaded)."""
        return self._total

    def set_query(self, query: Any) -> None:
        """Show another filter: counts again and loads its first page."""
        self._reload(query, self.page_size)

    def refresh(self) -> None:
        """Load again what is shown now (after a save), keeping as many rows as were loaded."""
        self._reload(self._query, max(self.page_size, len(self._rows)))

    def row(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        """Row number of a loaded record, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def sort_column(self) -> int:
        return next(
            (c for c, k in self.SORT_KEYS.items() if k == self._query.sort),
            self.DEFAULT_SORT_COLUMN,
        )

    def _reload(self, query: Any, limit: int) -> None:
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
        key = self.SORT_KEYS.get(column)
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
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            source = self.HEADERS.get(section)
            return QCoreApplication.translate(self.CONTEXT, source) if source else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return read_only_flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return self.other_role(row, index.column(), role)

    def display(self, row: Any, column: int) -> str | None:
        raise NotImplementedError

    def tooltip(self, row: Any, column: int) -> str | None:
        return self.display(row, column) or None

    def other_role(self, row: Any, column: int, role: int) -> Any:
        return None
