"""The Contracts table: ContractRow values paged in from SQL as the view scrolls; sorting
re-queries (ORDER BY in SQL). The model never touches the database: it gets `fetch_page` and
`count` callables."""

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.models.enums import ContractStatus
from app.services.contract_lists import ContractQuery, ContractRow
from app.ui import labels
from app.ui.paged_model import ID_ROLE, PAGE_SIZE, PagedTableModel

FetchPage = Callable[[ContractQuery, int, int], list[ContractRow]]
Count = Callable[[ContractQuery], int]

CONTEXT = "ContractTableModel"
CLOSED = {ContractStatus.VOID, ContractStatus.TERMINATED}
WAITING_COLOUR = QColor("#9a6700")  # waits for someone in the office: review, a returned one
WAITING = {ContractStatus.IN_REVIEW, ContractStatus.RETURNED}
PARTIES_SHOWN = 28  # characters of the parties column before it is cut short

NUMBER, STATUS, TITLE, KIND, PARTIES, VALUE, UPDATED = range(7)
HEADERS = {
    NUMBER: QT_TRANSLATE_NOOP("ContractTableModel", "Number"),
    TITLE: QT_TRANSLATE_NOOP("ContractTableModel", "Title"),
    KIND: QT_TRANSLATE_NOOP("ContractTableModel", "Type"),
    PARTIES: QT_TRANSLATE_NOOP("ContractTableModel", "Parties"),
    VALUE: QT_TRANSLATE_NOOP("ContractTableModel", "Value"),
    STATUS: QT_TRANSLATE_NOOP("ContractTableModel", "Status"),
    UPDATED: QT_TRANSLATE_NOOP("ContractTableModel", "Updated"),
}
SORT_KEYS = {
    NUMBER: "number",
    TITLE: "title",
    KIND: "kind",
    VALUE: "value",
    STATUS: "status",
    UPDATED: "updated_at",
}


def money(value: Decimal, currency: str) -> str:
    """An amount with two decimals in the locale's digit grouping, then its currency code
    ("1,200,000.00 CNY"). Built from the Decimal, not a float: 16-digit amounts stay exact."""
    locale = QLocale()
    plain = f"{value:,.2f}"
    separators: dict[str, str | int | None] = {
        ",": locale.groupSeparator(),
        ".": locale.decimalPoint(),
    }
    grouped = plain.translate(str.maketrans(separators))
    return f"{grouped} {currency}".strip()


def short_parties(names: tuple[str, ...], limit: int = PARTIES_SHOWN) -> str:
    """The parties on one line, "星河电池 · 江南大学", cut with … when long."""
    text = " · ".join(name for name in names if name) or "—"
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class ContractTableModel(PagedTableModel):
    """Rows for one ContractQuery; loads PAGE_SIZE rows at a time."""

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
    ) -> None:
        super().__init__(fetch_page, count, ContractQuery(), parent, page_size=page_size)

    @property
    def query(self) -> ContractQuery:
        return self._query  # type: ignore[no-any-return]

    def row(self, row: int) -> ContractRow:
        return self._rows[row]  # type: ignore[no-any-return]

    def display(self, row: ContractRow, column: int) -> str | None:
        values = {
            NUMBER: lambda: row.number,
            TITLE: lambda: row.title,
            KIND: lambda: labels.contract_kind_label(row.kind),
            PARTIES: lambda: short_parties(row.parties),
            VALUE: lambda: money(row.value, row.currency),
            STATUS: lambda: labels.contract_status_label(row.status),
            UPDATED: lambda: labels.short_date(row.updated_at),
        }
        value = values.get(column)
        return value() if value else None

    def tooltip(self, row: ContractRow, column: int) -> str | None:
        if column == PARTIES:
            return "\n".join(row.parties) or None
        if column == UPDATED:
            return QCoreApplication.translate(CONTEXT, "{when} by {user}").format(
                when=labels.short_datetime(row.updated_at), user=row.updated_by or "—"
            )
        return self.display(row, column) or None

    def other_role(self, row: ContractRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and row.status in WAITING:
            return QBrush(WAITING_COLOUR)
        if role == Qt.ItemDataRole.FontRole and row.status in CLOSED:
            font = QFont()
            font.setItalic(True)
            return font
        return None


__all__ = ["HEADERS", "ID_ROLE", "SORT_KEYS", "ContractTableModel", "money", "short_parties"]
