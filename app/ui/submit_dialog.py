"""A dialog whose OK hands its values to a service (in the background) and stays open until the
service accepts them: a refusal shows each message beside its field, nothing typed is lost."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationError
from app.ui.errors import domain_message, field_message, show_error

ERROR_STYLE = "color: #b00020;"
Submit = Callable[[dict[str, Any], Callable[[Any], None], Callable[[BaseException], None]], None]


class SubmitDialog(QDialog):
    """Fields with room for an error message below each; OK hands `values()` to `submit` (which
    may run in the background) and the dialog closes only once that succeeded, keeping what the
    service returned in `result_value`."""

    field_spacing: int | None = None  # between a field and its error message; None: the style's

    def __init__(self, submit: Submit, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.result_value: Any = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add_row(self, key: str, label: str, widget: QWidget) -> QWidget:
        """A labelled field with room for its error message below; returns the row's box."""
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        if self.field_spacing is not None:
            column.setSpacing(self.field_spacing)
        column.addWidget(widget)
        column.addWidget(error)
        self.errors[key] = error
        self.form.addRow(label, box)
        return box

    def error_text(self, key: str) -> str:
        """The message shown beside a field ("" when none is)."""
        label = self.errors[key]
        return label.text() if not label.isHidden() else ""

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def fields_message(self, unplaced: list[str]) -> str:
        """The banner after a refusal that marked fields: messages for no field, then advice."""
        return "\n".join([*unplaced, self.tr("Correct the marked fields and press OK again.")])

    def _ok(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.banner.hide()
        self.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._submit(self.values(), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.unsetCursor()
        self.setEnabled(True)
        self.result_value = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.unsetCursor()
        self.setEnabled(True)
        if isinstance(exc, ValidationError):
            unplaced = []
            for key, text in exc.fields.items():
                label = self.errors.get(key)
                message = field_message(text)
                if label is None:
                    unplaced.append(message)
                else:
                    label.setText(message)
                    label.show()
            self.banner.setText(self.fields_message(unplaced))
            self.banner.show()
        elif isinstance(exc, DomainError):
            self.banner.setText(domain_message(exc))
            self.banner.show()
        else:
            show_error(self, exc)
