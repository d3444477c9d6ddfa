"""The registry table: plain MemberRow values paged in from SQL as the view scrolls
(app.ui.paged_model)."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from app.models.enums import MemberStatus
from app.services.member_search import MemberQuery, MemberRow
from app.services.sectors import sector_label
from app.ui import labels
from app.ui.paged_model import ID_ROLE, PAGE_SIZE, ROW_ROLE, PagedTableModel

FetchPage = Callable[[MemberQuery, int, int], list[MemberRow]]
Count = Callable[[MemberQuery], int]
Index = QModelIndex | QPersistentModelIndex


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
# Column -> MemberQuery.sort key (member_search.SORT_COLUMNS); columns missing here do not sort.
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


class MemberTableModel(PagedTableModel):
    """Rows of the registry for one MemberQuery; loads PAGE_SIZE rows at a time."""

    CONTEXT = "MemberTableModel"
    HEADERS = HEADERS
    SORT_KEYS = SORT_KEYS
    DEFAULT_SORT_COLUMN = NAME

    def __init__(
        self,
        fetch_page: FetchPage,
        count: Count,
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
        language: str = "en",
    ) -> None:
        super().__init__(fetch_page, count, MemberQuery(), parent, page_size=page_size)
        self.language = language

    @property
    def query(self) -> MemberQuery:
        return self._query  # type: ignore[no-any-return]

    def row(self, row: int) -> MemberRow:
        return self._rows[row]  # type: ignore[no-any-return]

    def other_role(self, row: MemberRow, column: int, role: int) -> Any:
        if row.status != MemberStatus.ARCHIVED:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def display(self, row: MemberRow, column: int) -> str | None:
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

    def tooltip(self, row: MemberRow, column: int) -> str | None:
        if column == SECTORS and row.sectors:
            return "\n".join(
                sector_label(code, self.language) for code in row.sectors.split(";") if code
            )
        if column == UPDATED:
            return labels.short_datetime(row.updated_at)
        text = self.display(row, column)
        return text or None


__all__ = ["HEADERS", "ID_ROLE", "ROW_ROLE", "SORT_KEYS", "MemberTableModel"]
