"""The Projects table: ProjectRow values paged in from SQL as the view scrolls; sorting re-queries
(ORDER BY in SQL). The model never touches the database: it gets `fetch_page` and `count`
callables. A milestone overdue shows in red, one due within two weeks in amber."""

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.models.enums import ProjectStatus
from app.services.project_lists import ProjectQuery, ProjectRow
from app.ui import labels
from app.ui.contracts.model import short_parties
from app.ui.paged_model import ID_ROLE, PAGE_SIZE, PagedTableModel

FetchPage = Callable[[ProjectQuery, int, int], list[ProjectRow]]
Count = Callable[[ProjectQuery], int]

CONTEXT = "ProjectTableModel"
OVERDUE_COLOUR = QColor("#b00020")
SOON_COLOUR = QColor("#9a6700")
SOON = timedelta(days=14)  # "due soon": within two weeks, as the Home screen counts it

NUMBER, TITLE, PARTIES, STATUS, NEXT_DUE, OVERDUE, STARTED = range(7)
HEADERS = cast(
    dict[int, str],
    {
        NUMBER: QT_TRANSLATE_NOOP("ProjectTableModel", "Contract"),
        TITLE: QT_TRANSLATE_NOOP("ProjectTableModel", "Title"),
        PARTIES: QT_TRANSLATE_NOOP("ProjectTableModel", "Parties"),
        STATUS: QT_TRANSLATE_NOOP("ProjectTableModel", "Status"),
        NEXT_DUE: QT_TRANSLATE_NOOP("ProjectTableModel", "Next due"),
        OVERDUE: QT_TRANSLATE_NOOP("ProjectTableModel", "Overdue"),
        STARTED: QT_TRANSLATE_NOOP("ProjectTableModel", "Started"),
    },
)
SORT_KEYS = {
    NUMBER: "number",
    TITLE: "title",
    STATUS: "status",
    NEXT_DUE: "next_due",
    OVERDUE: "overdue",
    STARTED: "started_on",
}


def due_colour(due: date | None, today: date) -> QColor | None:
    """Red for a date passed, amber for one within two weeks, nothing otherwise."""
    if due is None:
        return None
    if due < today:
        return OVERDUE_COLOUR
    if due <= today + SOON:
        return SOON_COLOUR
    return None


class ProjectTableModel(PagedTableModel):
    """Rows for one ProjectQuery; loads PAGE_SIZE rows at a time."""

    CONTEXT = CONTEXT
    HEADERS = HEADERS
    SORT_KEYS = SORT_KEYS
    DEFAULT_SORT_COLUMN = STARTED

    def __init__(
        self,
        fetch_page: FetchPage,
        count: Count,
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(fetch_page, count, ProjectQuery(), parent, page_size=page_size)

    @property
    def query(self) -> ProjectQuery:
        return self._query  # type: ignore[no-any-return]

    def row(self, row: int) -> ProjectRow:
        return self._rows[row]  # type: ignore[no-any-return]

    def today(self) -> date:
        return self.query.today or date.today()

    def display(self, row: ProjectRow, column: int) -> str | None:
        values = {
            NUMBER: lambda: row.contract_number,
            TITLE: lambda: row.title,
            PARTIES: lambda: short_parties(row.parties),
            STATUS: lambda: labels.project_status_label(row.status),
            NEXT_DUE: lambda: labels.short_date(row.next_due) if row.next_due else "—",
            OVERDUE: lambda: labels.number(row.overdue) if row.overdue else "",
            STARTED: lambda: labels.short_date(row.started_on),
        }
        value = values.get(column)
        return value() if value else None

    def tooltip(self, row: ProjectRow, column: int) -> str | None:
        t = QCoreApplication.translate
        if column == PARTIES:
            return "\n".join(row.parties) or None
        if column == NEXT_DUE and row.next_due:
            return t(CONTEXT, "{title}, due {date}").format(
                title=row.next_title, date=labels.short_date(row.next_due)
            )
        if column == OVERDUE and row.overdue:
            return t(CONTEXT, "{n} milestone(s) overdue").format(n=labels.number(row.overdue))
        if column == STATUS and row.ended_on:
            return t(CONTEXT, "{status} on {date}").format(
                status=labels.project_status_label(row.status),
                date=labels.short_date(row.ended_on),
            )
        return self.display(row, column) or None

    def other_role(self, row: ProjectRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == OVERDUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == OVERDUE and row.overdue:
                return QBrush(OVERDUE_COLOUR)
            colour = due_colour(row.next_due, self.today()) if column == NEXT_DUE else None
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.FontRole and row.status != ProjectStatus.RUNNING:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.FontRole and column == OVERDUE and row.overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None


__all__ = ["HEADERS", "ID_ROLE", "SORT_KEYS", "ProjectTableModel", "due_colour"]
