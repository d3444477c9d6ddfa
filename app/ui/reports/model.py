"""The Reports screen's words and its table model: a report (a plain ReportTable from the
services) shown with translated headings and labels, numbers in the locale's format, sortable on
the raw values."""

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.services.report_tables import NUMBERS, ReportTable
from app.ui import labels
from app.ui.tables import read_only_flags

CONTEXT = "Reports"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

REPORT_TITLES = {
    "funnel": QT_TRANSLATE_NOOP("Reports", "Funnel: from publication to completed project"),
    "sectors": QT_TRANSLATE_NOOP("Reports", "Activity by sector"),
    "regions": QT_TRANSLATE_NOOP("Reports", "Activity by region"),
    "kinds": QT_TRANSLATE_NOOP("Reports", "Activity by member kind"),
    "value": QT_TRANSLATE_NOOP("Reports", "Contract value"),
    "overdue": QT_TRANSLATE_NOOP("Reports", "Overdue milestones"),
}
HEADINGS = {
    "stage": QT_TRANSLATE_NOOP("Reports", "Stage"),
    "listings": QT_TRANSLATE_NOOP("Reports", "Listings"),
    "rate": QT_TRANSLATE_NOOP("Reports", "Conversion"),
    "median_days": QT_TRANSLATE_NOOP("Reports", "Median days from previous stage"),
    "sector": QT_TRANSLATE_NOOP("Reports", "Sector"),
    "sector_name": QT_TRANSLATE_NOOP("Reports", "Sector name"),
    "region": QT_TRANSLATE_NOOP("Reports", "Region"),
    "member_kind": QT_TRANSLATE_NOOP("Reports", "Member kind"),
    "demands": QT_TRANSLATE_NOOP("Reports", "Demands published"),
    "supplies": QT_TRANSLATE_NOOP("Reports", "Supplies published"),
    "matches": QT_TRANSLATE_NOOP("Reports", "Matches agreed"),
    "contracts": QT_TRANSLATE_NOOP("Reports", "Contracts"),
    "breakdown": QT_TRANSLATE_NOOP("Reports", "By"),
    "key": QT_TRANSLATE_NOOP("Reports", "Type or status"),
    "project": QT_TRANSLATE_NOOP("Reports", "Project"),
    "contract_number": QT_TRANSLATE_NOOP("Reports", "Contract"),
    "milestone": QT_TRANSLATE_NOOP("Reports", "Milestone"),
    "responsible": QT_TRANSLATE_NOOP("Reports", "Responsible party"),
    "due_date": QT_TRANSLATE_NOOP("Reports", "Due"),
    "days_overdue": QT_TRANSLATE_NOOP("Reports", "Days overdue"),
}
STAGES = {
    "published": QT_TRANSLATE_NOOP("Reports", "Published"),
    "matched": QT_TRANSLATE_NOOP("Reports", "Matched"),
    "contracted": QT_TRANSLATE_NOOP("Reports", "Contracted"),
    "completed": QT_TRANSLATE_NOOP("Reports", "Completed"),
}
BREAKDOWNS = {
    "type": QT_TRANSLATE_NOOP("Reports", "Type"),
    "total": QT_TRANSLATE_NOOP("Reports", "Total"),
    "status": QT_TRANSLATE_NOOP("Reports", "Status"),
}
NOT_GIVEN = QT_TRANSLATE_NOOP("Reports", "(not given)")
NO_LISTING = QT_TRANSLATE_NOOP("Reports", "(contracts not from a listing)")
EVERY_TYPE = QT_TRANSLATE_NOOP("Reports", "every type, void excluded")
VALUE = QT_TRANSLATE_NOOP("Reports", "Value ({currency})")


def tr(text: object) -> str:
    """Source text (QT_TRANSLATE_NOOP gives it untyped) in the UI's language."""
    return QCoreApplication.translate(CONTEXT, str(text))


def report_title(name: str) -> str:
    return tr(REPORT_TITLES[name])


def column_heading(key: str) -> str:
    if key.startswith("value_"):
        return tr(VALUE).format(currency=key.removeprefix("value_"))
    return tr(HEADINGS[key])


def _group(kind: str, value: Any) -> str:
    """A group's label: a member kind, a sector code or region as stored; "" and None."""
    if value is None:
        return tr(NO_LISTING)
    if value == "":
        return tr(NOT_GIVEN)
    if kind == "member_kind":
        return labels.kind_label(str(value))
    return str(value)


def cell_text(table: ReportTable, row: tuple[Any, ...], column: int) -> str:
    """What a clerk reads in a cell: labels in the UI's language, numbers as the locale writes
    them, "—" for a figure there is none of (a rate after an empty stage)."""
    kind, key = table.columns[column].kind, table.columns[column].key
    value = row[column]
    if kind == "stage":
        return tr(STAGES.get(value, value))
    if kind == "breakdown":
        return tr(BREAKDOWNS.get(value, value))
    if key == "key":
        if row[0] == "total":
            return tr(EVERY_TYPE)
        if row[0] == "status":
            return labels.contract_status_label(value)
        return labels.contract_kind_label(value)
    if kind in ("group", "member_kind"):
        return _group(kind, value)
    return _shown(kind, value)


def _shown(kind: str, value: Any) -> str:
    if value is None:
        return "—"
    locale = QLocale()
    if kind == "count":
        return locale.toString(int(value))
    if kind == "rate":
        return f"{locale.toString(float(value) * 100, 'f', 1)} %"
    if kind == "days":
        return locale.toString(float(value), "f", 1)
    if kind == "money":
        return locale.toString(float(value), "f", 2)
    if isinstance(value, date):
        return locale.toString(
            QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
        )
    return str(value)


def sort_value(kind: str, value: Any) -> Any:
    """A value the proxy sorts on: numbers as numbers (none lowest), the rest as text."""
    if kind in NUMBERS:
        return float(value) if isinstance(value, int | float | Decimal) else -1.0
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


class ReportModel(QAbstractTableModel):
    """The rows of one report; empty before the first one has loaded."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table: ReportTable | None = None

    def set_table(self, table: ReportTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.table.columns):
                return column_heading(self.table.columns[section].key)
            return None
        return section + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        return read_only_flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        table = self.table
        if table is None or not index.isValid() or not 0 <= index.row() < len(table.rows):
            return None
        row, column = table.rows[index.row()], index.column()
        kind = table.columns[column].kind
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(table, row, column)
        if role == SORT_ROLE:
            return sort_value(kind, row[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
