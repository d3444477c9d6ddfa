"""A member's contacts: an editable table of plain ContactData rows with per-cell errors."""

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.members import ContactData

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("name", "title", "email", "phone")
HEADERS = (
    QT_TRANSLATE_NOOP("ContactsModel", "Name"),
    QT_TRANSLATE_NOOP("ContactsModel", "Title"),
    QT_TRANSLATE_NOOP("ContactsModel", "E-mail"),
    QT_TRANSLATE_NOOP("ContactsModel", "Phone"),
)
ERROR_BRUSH = QBrush(QColor(255, 220, 220))


class ContactsModel(QAbstractTableModel):
    """Contacts being edited; errors maps (row, field) to the service's message."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._contacts: list[ContactData] = []
        self.errors: dict[tuple[int, str], str] = {}

    def contacts(self) -> list[ContactData]:
        return [replace(c) for c in self._contacts]

    def set_contacts(self, contacts: list[ContactData]) -> None:
        self.beginResetModel()
        self._contacts = [replace(c) for c in contacts]
        self.errors = {}
        self.endResetModel()

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        self.errors = dict(errors)
        if self._contacts:
            last = self.index(len(self._contacts) - 1, len(FIELDS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def add(self) -> QModelIndex:
        row = len(self._contacts)
        self.beginInsertRows(QModelIndex(), row, row)
        self._contacts.append(ContactData(name=""))
        self.endInsertRows()
        return self.index(row, 0)

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._contacts):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._contacts[row]
        self.endRemoveRows()
        self.errors = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._contacts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("ContactsModel", HEADERS[section])
        return str(section + 1) if orientation == Qt.Orientation.Vertical else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        field = FIELDS[index.column()]
        error = self.errors.get((index.row(), field))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(self._contacts[index.row()], field)
        if role == Qt.ItemDataRole.ToolTipRole:
            return error or getattr(self._contacts[index.row()], field) or None
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return ERROR_BRUSH
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = FIELDS[index.column()]
        contact = self._contacts[index.row()]
        if getattr(contact, field) == str(value):
            return False
        setattr(contact, field, str(value))
        self.errors.pop((index.row(), field), None)
        self.dataChanged.emit(index, index)
        return True


class ContactsView(QTableView):
    """The contacts table; can hand over a cell still being typed in before a save."""

    def commit_open_editor(self) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            return
        for editor in self.viewport().findChildren(QWidget):
            if editor.isVisible():
                self.commitData(editor)
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class ContactsEditor(QWidget):
    """The contacts table with Add and Remove buttons."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ContactsModel(self)
        self.view = ContactsView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(110)
        self.add_button = QPushButton(self.tr("Add contact"))
        self.remove_button = QPushButton(self.tr("Remove contact"))
        self.remove_button.setEnabled(False)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self.changed)
        self.model.modelReset.connect(self._update_buttons)

    def contacts(self) -> list[ContactData]:
        return self.model.contacts()

    def set_read_only(self, read_only: bool) -> None:
        """Contacts shown but not editable (a viewer's form)."""
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.AllEditTriggers
        )
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)

    def commit_open_editor(self) -> None:
        """Take what is typed in an open cell into the model (Save does not move the focus)."""
        self.view.commit_open_editor()

    def set_contacts(self, contacts: list[ContactData]) -> None:
        self.model.set_contacts(contacts)
        self.show_errors({})

    def show_errors(self, errors: dict[tuple[int, str], str]) -> None:
        """Marks the bad cells and lists the messages under the table."""
        self.model.set_errors(errors)
        text = "\n".join(message for _key, message in sorted(errors.items()))
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _add(self) -> None:
        index = self.model.add()
        self.view.setCurrentIndex(index)  # opens the cell editor (edit triggers)

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.model.remove(row)
        self.show_errors({})

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.view.selectionModel().hasSelection())
