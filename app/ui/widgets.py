"""Small input widgets shared by forms."""

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget


class OptionalDate(QWidget):
    """A date that may be left empty (a checkbox switches the date field on)."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        blockers = (QSignalBlocker(self.check), QSignalBlocker(self.edit))
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(
            QDate(value.year, value.month, value.day) if value else QDate.currentDate()
        )
        del blockers


def read_only_note(text: str) -> QLabel:
    """The quiet line a form shows to someone who may read it but not change it (hidden until
    the form knows)."""
    note = QLabel(text)
    note.setWordWrap(True)
    note.setStyleSheet("color: palette(placeholder-text);")
    note.hide()
    return note


def value_combo(choices: list[tuple[str, str]]) -> QComboBox:
    """A combo box of (stored value, label) pairs; the value is the item's data."""
    combo = QComboBox()
    for value, label in choices:
        combo.addItem(label, value)
    return combo


def select_value(combo: QComboBox, value: str) -> None:
    """Show the item holding `value` (the first item when none does)."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
