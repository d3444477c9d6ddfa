"""The Conflicts screen's two tables: the list of conflicts, and one conflict field by field with
the clerk's choice of version per field (a check in the Version A or the Version B column)."""

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.conflicts import ConflictField, ConflictRow
from app.ui import labels
from app.ui.history_text import entity_label, field_label, value_text
from app.ui.tables import DISPLAY, Index, RowsModel

CONTEXT = "Conflicts"
CHOSEN = QColor("#e3f1e4")  # the value that will be kept
MUTED = QColor("#6b6b6b")
KINDS = {
    "edit": QT_TRANSLATE_NOOP("Conflicts", "Changed on both sides"),
    "duplicate": QT_TRANSLATE_NOOP("Conflicts", "Same value on two records"),
}
RESOLUTIONS = {
    "a": QT_TRANSLATE_NOOP("Conflicts", "Resolved: kept A"),
    "b": QT_TRANSLATE_NOOP("Conflicts", "Resolved: took B"),
    "merged": QT_TRANSLATE_NOOP("Conflicts", "Resolved: merged"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_text(kind: str) -> str:
    source = KINDS.get(kind)
    return tr(str(source)) if source else kind


def status_text(row: ConflictRow) -> str:
    if row.status != "resolved":
        return tr("Open")
    source = RESOLUTIONS.get(row.resolution)
    return tr(str(source)) if source else tr("Resolved")


def site_text(site: str, names: Mapping[str, str]) -> str:
    """Where a version was saved: "here", "on the shared database", or the site's id."""
    return names.get(site) or tr("on site {site}").format(site=site[:8])


def side_text(row: ConflictRow, side: str, names: Mapping[str, str]) -> str:
    """ "王芳 · here · 28 Nov 2026 14:05", with "(deleted)" in front for a deleted record."""
    site, by, at, deleted = (
        (row.site_a, row.by_a, row.at_a, row.deleted_a)
        if side == "a"
        else (row.site_b, row.by_b, row.at_b, row.deleted_b)
    )
    parts = [by, site_text(site, names), labels.medium_datetime(at)]
    text = " · ".join(part for part in parts if part)
    return f"{tr('(deleted)')} {text}" if deleted else text


def record_text(row: ConflictRow) -> str:
    return row.label or f"{entity_label(row.entity)} {row.entity_id[:8]}"


class ConflictListModel(RowsModel):
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("Conflicts", "Record"),
        QT_TRANSLATE_NOOP("Conflicts", "Kind"),
        QT_TRANSLATE_NOOP("Conflicts", "Version A (in the data now)"),
        QT_TRANSLATE_NOOP("Conflicts", "Version B"),
        QT_TRANSLATE_NOOP("Conflicts", "Status"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.site_names: dict[str, str] = {}

    def cell(self, row: ConflictRow, column: int) -> str:
        values = (
            lambda: record_text(row),
            lambda: kind_text(row.kind),
            lambda: side_text(row, "a", self.site_names),
            lambda: side_text(row, "b", self.site_names),
            lambda: status_text(row),
        )
        return values[column]()

    def row_of(self, conflict_id: str) -> int:
        return next((i for i, row in enumerate(self.rows) if row.id == conflict_id), -1)


class ConflictFieldsModel(QAbstractTableModel):
    """Field | Version A | Version B. The value to keep has a check (in A or in B, never both);
    `take_b` holds the fields whose check is in B."""

    FIELD, A, B = 0, 1, 2
    HEADERS = (
        QT_TRANSLATE_NOOP("Conflicts", "Field"),
        QT_TRANSLATE_NOOP("Conflicts", "Version A (in the data now)"),
        QT_TRANSLATE_NOOP("Conflicts", "Version B"),
    )
    choice_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.conflict: ConflictRow | None = None
        self.fields: list[ConflictField] = []
        self.take_b: set[str] = set()
        self.editable = False

    def set_conflict(self, conflict: ConflictRow | None, *, editable: bool) -> None:
        self.beginResetModel()
        self.conflict = conflict
        self.fields = list(conflict.fields) if conflict else []
        self.take_b = set()
        self.editable = editable and conflict is not None and conflict.status == "open"
        self.endResetModel()

    def choose(self, name: str, side: str) -> None:
        """Keep `side`'s ("a" or "b") value of field `name`."""
        row = next((i for i, f in enumerate(self.fields) if f.name == name), -1)
        if row < 0:
            return
        if side == "b":
            self.take_b.add(name)
        else:
            self.take_b.discard(name)
        self.dataChanged.emit(self.index(row, self.A), self.index(row, self.B))
        self.choice_changed.emit()

    def choose_all(self, side: str) -> None:
        for field in self.fields:
            self.choose(field.name, side)

    @property
    def merged(self) -> bool:
        """Some fields from B, some from A: a merge (not simply one side)."""
        return 0 < len(self.take_b) < len(self.fields)

    # -- the model ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return tr(str(self.HEADERS[section]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() != self.FIELD and self._choosing():
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.fields):
            return None
        field, column = self.fields[index.row()], index.column()
        if column == self.FIELD:
            return self._field_data(field, role)
        chosen = (field.name in self.take_b) == (column == self.B)
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return self.value(field, column)
        if role == Qt.ItemDataRole.CheckStateRole and self._choosing():
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and chosen and self.editable:
            return QBrush(CHOSEN)
        if role == Qt.ItemDataRole.ForegroundRole and self._placeholder(field, column):
            return QBrush(MUTED)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        if Qt.CheckState(value) != Qt.CheckState.Checked:
            return False  # a check moves by checking the other side
        self.choose(self.fields[index.row()].name, "b" if index.column() == self.B else "a")
        return True

    def _field_data(self, field: ConflictField, role: int) -> Any:
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            entity = self.conflict.entity if self.conflict else ""
            return field_label(entity, field.name)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return None

    def value(self, field: ConflictField, column: int) -> str:
        """A side's value as the forms show it; "(deleted)" for a deleted side."""
        conflict = self.conflict
        if conflict is None:
            return ""
        if conflict.deleted_a if column == self.A else conflict.deleted_b:
            return tr("(deleted)")
        raw = field.a if column == self.A else field.b
        text = value_text(conflict.entity, field.name, raw, {}, full=True)
        return text if text else tr("(empty)")

    def _placeholder(self, field: ConflictField, column: int) -> bool:
        return self.value(field, column) in (tr("(deleted)"), tr("(empty)"))

    def _choosing(self) -> bool:
        """Field by field choices: on an open conflict the clerk may resolve, both sides alive
        (a deleted record is kept deleted or brought back whole: Keep A or Take B)."""
        conflict = self.conflict
        return (
            self.editable
            and conflict is not None
            and not (conflict.deleted_a or conflict.deleted_b)
        )
