"""What every record form shares (members, listings): rows with their error message beneath,
dirty and busy state, field-by-field validation messages, and the answers to a failed save
(marked fields, the stale-record choice, Retry after a lost connection).

A subclass builds its fields with `add_row`, and provides `record_id`, `record_title()`,
`open_record(id)`, `save(then)` and `revert()`."""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import StaleRecordError, ValidationError
from app.ui.errors import domain_message, field_message, show_error
from app.ui.prompts import StaleRecord, leave_form, save_failed_offline

log = logging.getLogger(__name__)
ERROR_STYLE = "color: #b00020;"


class RecordForm(QWidget):
    saved = Signal(object)  # the record's detail, after a save or a status change
    state_changed = Signal()  # dirty, busy or the loaded record changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self._dirty = False
        self._after_save: Callable[[], None] | None = None
        self.edits: dict[str, QWidget] = {}
        self.lines: dict[str, QLineEdit] = {}  # the plain text fields among them
        self.error_labels: dict[str, QLabel] = {}
        self.error_banner = QLabel()
        self.error_banner.setWordWrap(True)
        self.error_banner.setStyleSheet(ERROR_STYLE)
        self.error_banner.hide()

    # -- what subclasses provide --------------------------------------------------------------

    @property
    def record_id(self) -> str | None:
        raise NotImplementedError

    def record_title(self) -> str:
        raise NotImplementedError

    def open_record(self, record_id: str) -> bool:
        raise NotImplementedError

    def save(self, then: Callable[[], None] | None = None) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def _update_state(self) -> None:
        self.state_changed.emit()

    def _make_header(self) -> None:
        """The record's title (large, bold), a line about it, and a notice hidden until used."""
        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setStyleSheet("color: palette(placeholder-text);")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()

    # -- building -------------------------------------------------------------------------

    def add_row(
        self,
        form: QFormLayout,
        field: str,
        label: str | QWidget,
        widget: QWidget,
        below: QWidget | None = None,
    ) -> None:
        """A form row: the editor (and `below`, e.g. a counter) with its error message beneath,
        hidden until needed."""
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        if below is not None:
            box.addWidget(below)
        box.addWidget(error)
        form.addRow(label, cell)
        self.edits[field] = widget
        if isinstance(widget, QLineEdit):
            self.lines[field] = widget
        self.error_labels[field] = error

    @staticmethod
    def form_layout(group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    # -- state ----------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._dirty

    def is_busy(self) -> bool:
        return self._busy

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self._update_state()

    def _set_busy(self, busy: bool, doing: str = "") -> None:
        """While a save runs in the background the actions wait; `doing` says what runs."""
        self._busy = busy
        self._update_state()
        if busy and doing:
            self.show_doing(doing)

    def show_doing(self, text: str) -> None:
        """Where the form says what runs in the background (the header's meta line)."""

    # -- errors ---------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self.error_labels.values():
            label.hide()
        self.error_banner.hide()

    def show_field_errors(self, error: ValidationError, banner: str) -> dict[str, str]:
        """Each message next to its field; returns the messages for fields without a row."""
        self.clear_errors()
        others: dict[str, str] = {}
        for field, text in error.fields.items():
            message = field_message(text)
            label = self.error_labels.get(field)
            if label is None:
                others[field] = message
                continue
            label.setText(message)
            label.show()
        self.error_banner.setText(banner)
        self.error_banner.show()
        return others

    def show_validation(self, error: ValidationError) -> None:
        for field in self.show_field_errors(
            error, self.tr("Not saved: correct the fields marked in red.")
        ):
            log.warning("validation message for unknown field %s", field)

    # -- after a save -----------------------------------------------------------------------

    def show_detail(self, detail: Any) -> None:
        raise NotImplementedError

    def _saved(self, detail: Any) -> None:
        """A save (or status change) went through: show what is stored, tell the screen, and
        run what waited for the save (leaving the form, a lifecycle move)."""
        self._set_busy(False)
        self.show_detail(detail)
        self.saved.emit(detail)
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    # -- a failed save --------------------------------------------------------------------

    def _save_failed(self, exc: BaseException, retry: Callable[[], None] | None = None) -> None:
        """Marked fields for bad input, a choice for a stale record, Retry for a lost
        connection; the clerk's text stays in the form in every case."""
        self._after_save = None
        self._set_busy(False)
        if retry is not None and save_failed_offline(self, exc, retry):
            return
        if isinstance(exc, ValidationError):
            self.show_validation(exc)
            show_error(self, exc)
        elif isinstance(exc, StaleRecordError):
            self._stale(exc)
        else:
            show_error(self, exc)

    def _stale(self, exc: StaleRecordError) -> None:
        """Someone saved meanwhile: the clerk's text stays unless they choose Reload."""
        record_id = self.record_id
        if StaleRecord.ask(self, domain_message(exc)) == StaleRecord.RELOAD and record_id:
            self.open_record(record_id)

    def request_leave(self, then: Callable[[], None]) -> None:
        """Run `then` once the form may be left: nothing unsaved, saved, or discarded."""
        leave_form(
            self,
            busy=self._busy,
            dirty=self._dirty,
            what=self.record_title(),
            save=self.save,
            revert=self.revert,
            then=then,
        )
