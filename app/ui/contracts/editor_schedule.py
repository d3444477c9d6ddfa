"""The contract editor's payment schedule tab (instalments tied to milestones, with a live total
against the contract value), and the small pieces every editor tab shares: amounts typed and
shown in the locale's format, and the red message beneath a field."""

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from PySide6.QtCore import QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.contract_data import InstalmentData
from app.ui.record_form import ERROR_STYLE
from app.ui.widgets import OptionalDate

MUTED_STYLE = "color: palette(placeholder-text);"
TOTAL_STYLE = "font-weight: bold;"
WRONG_TOTAL_STYLE = ERROR_STYLE + " font-weight: bold;"
MAX_AMOUNT_LENGTH = 22


def decimal_text(value: Decimal, places: int | None = 2) -> str:
    """`value` with the locale's digit grouping and decimal point: 1,234,567.50 / 1 234 567,50.
    places=None shows the value's own digits (a share of 33.5 stays 33.5, 60 stays 60)."""
    if places is None:
        text = format(abs(value).normalize(), "f")
    else:
        step = Decimal(1).scaleb(-places)
        text = format(abs(value).quantize(step, rounding=ROUND_HALF_UP), "f")
    whole, _, fraction = text.partition(".")
    locale = QLocale()
    # Grouped even where the locale would omit it (Qt's "C" locale): 5,000,000.00, not 5000000.00
    out = f"{int(whole):,}".replace(",", locale.groupSeparator())
    if fraction:
        out += locale.decimalPoint() + fraction
    return "-" + out if value < 0 else out


def parse_decimal(text: str) -> Decimal | None:
    """What a clerk typed, in the locale's format or plain (full-width digits too); None when
    the field is empty or holds no number yet."""
    locale = QLocale()
    point = locale.decimalPoint()
    cleaned = unicodedata.normalize("NFKC", text).strip()
    for separator in {
        locale.groupSeparator(),
        " ",
        "\u00a0",
        "\u202f",
        "," if point != "," else "",
    }:
        if separator:
            cleaned = cleaned.replace(separator, "")
    cleaned = cleaned.replace(point, ".")
    if not cleaned or cleaned == ".":
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


class AmountEdit(QLineEdit):
    """A decimal field (money or a percentage): only digits, grouping and at most `places`
    decimals can be typed; on leaving the field the number is shown in the locale's format."""

    def __init__(self, places: int = 2, pad: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.places = places
        self.pad = pad
        locale = QLocale()
        group = re.escape(locale.groupSeparator())
        point = re.escape(locale.decimalPoint())
        pattern = rf"[0-9０-９{group},\s]*(?:[{point}.．][0-9０-９]{{0,{places}}})?"
        self.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))
        self.setMaxLength(MAX_AMOUNT_LENGTH)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(self._reformat)

    def value(self) -> Decimal | None:
        return parse_decimal(self.text())

    def set_value(self, value: Decimal | None) -> None:
        blocked = self.blockSignals(True)
        self.setText("" if value is None else self._format(value))
        self.blockSignals(blocked)

    def _format(self, value: Decimal) -> str:
        return decimal_text(value, self.places if self.pad else None)

    def _reformat(self) -> None:
        value = self.value()
        if value is not None and self.text() != self._format(value):
            self.set_value(value)


def error_label() -> QLabel:
    """The red message beneath a field, hidden until a save names the field."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_message(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))


def icon_button(widget: QWidget, icon: QStyle.StandardPixmap, tip: str) -> QToolButton:
    button = QToolButton()
    button.setIcon(widget.style().standardIcon(icon))
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    return button


class InstalmentRow:
    """The editors of one instalment: milestone, amount, due date, and its move/remove buttons."""

    def __init__(self, owner: "ScheduleTab", item: InstalmentData) -> None:
        self.number = QLabel()
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.milestone = QLineEdit(item.milestone)
        self.milestone.setPlaceholderText(owner.tr("e.g. 合同生效后十日内 / on acceptance"))
        self.milestone.setCursorPosition(0)
        self.amount = AmountEdit()
        self.amount.set_value(item.amount)
        self.due = OptionalDate(owner.tr("Due by"))
        self.due.set_value(item.due_date)
        self.up = icon_button(owner, QStyle.StandardPixmap.SP_ArrowUp, owner.tr("Move up"))
        self.down = icon_button(owner, QStyle.StandardPixmap.SP_ArrowDown, owner.tr("Move down"))
        self.remove = icon_button(
            owner, QStyle.StandardPixmap.SP_DialogDiscardButton, owner.tr("Remove this instalment")
        )
        self.tools = QWidget()
        buttons = QHBoxLayout(self.tools)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(0)
        for button in (self.up, self.down, self.remove):
            buttons.addWidget(button)
        self.errors = error_label()
        self.milestone.textChanged.connect(owner._edited)
        self.amount.textChanged.connect(owner._edited)
        self.due.changed.connect(owner._edited)

    def widgets(self) -> list[QWidget]:
        return [
            self.number,
            self.milestone,
            self.amount,
            self.due,
            self.tools,
            self.errors,
        ]

    def value(self) -> InstalmentData:
        return InstalmentData(
            self.milestone.text(), self.amount.value() or Decimal(0), self.due.value()
        )

    def set_read_only(self, read_only: bool) -> None:
        self.milestone.setReadOnly(read_only)
        self.amount.setReadOnly(read_only)
        self.due.setEnabled(not read_only)
        for button in (self.up, self.down, self.remove):
            button.setVisible(not read_only)


class ScheduleTab(QWidget):
    """The instalments in order; below them what is scheduled against the contract value."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[InstalmentRow] = []
        self._value = Decimal(0)
        self._currency = "CNY"
        self._read_only = False
        self._loading = False
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 1)
        headers = ("#", self.tr("Milestone that triggers the payment"), self.tr("Amount"))
        for column, text in enumerate((*headers, self.tr("Due date"))):
            header = QLabel(text)
            header.setStyleSheet("font-weight: bold;")
            if column == 2:
                header.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(header, 0, column)
        self.empty = QLabel(
            self.tr("No instalments yet: add one for each milestone that triggers a payment.")
        )
        self.empty.setStyleSheet(MUTED_STYLE)
        self.empty.setWordWrap(True)
        body = QWidget()
        column_box = QVBoxLayout(body)
        column_box.addLayout(self.grid)
        column_box.addWidget(self.empty)
        column_box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.add_button = QPushButton(self.tr("Add instalment"))
        self.add_button.setToolTip(self.tr("A new instalment at the end of the schedule"))
        self.add_button.clicked.connect(self.add_instalment)
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.total_error = error_label()
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.total_error)
        self._show_total()

    # -- values ---------------------------------------------------------------------------

    def values(self) -> tuple[InstalmentData, ...]:
        return tuple(row.value() for row in self.rows)

    def set_values(self, schedule: tuple[InstalmentData, ...] | list[InstalmentData]) -> None:
        self._loading = True
        try:
            self._build_rows(list(schedule))
        finally:
            self._loading = False
        self._show_total()

    def set_target(self, value: Decimal, currency: str) -> None:
        """The contract value the instalments must add up to (from the Details tab)."""
        self._value, self._currency = value, currency
        self._show_total()

    def scheduled(self) -> Decimal:
        return sum((row.amount.value() or Decimal(0) for row in self.rows), Decimal(0))

    # -- structure ------------------------------------------------------------------------

    def add_instalment(self) -> None:
        rest = self._value - self.scheduled()
        amount = rest if rest > 0 else Decimal(0)
        self._restructure([*self.values(), InstalmentData("", amount)])
        self.rows[-1].milestone.setFocus()

    def remove_instalment(self, index: int) -> None:
        items = list(self.values())
        del items[index]
        self._restructure(items)

    def move_instalment(self, index: int, step: int) -> None:
        target = index + step
        if not 0 <= target < len(self.rows):
            return
        items = list(self.values())
        items[index], items[target] = items[target], items[index]
        self._restructure(items)
        self.rows[target].milestone.setFocus()

    def _restructure(self, items: list[InstalmentData]) -> None:
        """Rows added, removed or moved: the numbers in earlier error messages no longer fit."""
        self._build_rows(items)
        self.clear_errors()
        self._edited()

    def _build_rows(self, items: list[InstalmentData]) -> None:
        for row in self.rows:
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self.rows = []
        for i, item in enumerate(items):
            row = InstalmentRow(self, item)
            row.number.setText(f"{i + 1}.")
            row.up.clicked.connect(lambda _c=False, i=i: self.move_instalment(i, -1))
            row.down.clicked.connect(lambda _c=False, i=i: self.move_instalment(i, 1))
            row.remove.clicked.connect(lambda _c=False, i=i: self.remove_instalment(i))
            row.up.setEnabled(i > 0)
            row.down.setEnabled(i < len(items) - 1)
            grid_row = 1 + 2 * i
            for column, widget in enumerate((row.number, row.milestone, row.amount, row.due)):
                self.grid.addWidget(widget, grid_row, column)
            self.grid.addWidget(row.tools, grid_row, 4)
            self.grid.addWidget(row.errors, grid_row + 1, 1, 1, 3)
            row.set_read_only(self._read_only)
            self.rows.append(row)
        self.empty.setVisible(not items)

    # -- feedback -------------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading:
            return
        self._show_total()
        self.changed.emit()

    def _show_total(self) -> None:
        if not self.rows:
            self.total.setText(
                self.tr("Nothing scheduled; the contract value is {value} {currency}.").format(
                    value=decimal_text(self._value), currency=self._currency
                )
            )
            self.total.setStyleSheet(MUTED_STYLE)
            return
        scheduled = self.scheduled()
        rest = self._value - scheduled
        line = self.tr("Scheduled {scheduled} of {value} {currency}").format(
            scheduled=decimal_text(scheduled),
            value=decimal_text(self._value),
            currency=self._currency,
        )
        if rest > 0:
            line += self.tr(": {rest} still to schedule").format(rest=decimal_text(rest))
        elif rest < 0:
            line += self.tr(": {over} more than the contract value").format(
                over=decimal_text(-rest)
            )
        else:
            line += self.tr(": all of it")
        self.total.setText(line)
        self.total.setStyleSheet(TOTAL_STYLE if rest == 0 else WRONG_TOTAL_STYLE)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for row in self.rows:
            row.set_read_only(read_only)
        self.add_button.setVisible(not read_only)

    # -- errors ---------------------------------------------------------------------------

    def show_errors(self, errors: dict[str, str]) -> bool:
        """Messages for `schedule` and `schedule.{i}.{field}`; True when any was shown."""
        shown = False
        if "schedule" in errors:
            show_message(self.total_error, errors["schedule"])
            shown = True
        for i, row in enumerate(self.rows):
            messages = [text for key, text in errors.items() if key.startswith(f"schedule.{i}.")]
            show_message(row.errors, " ".join(messages))
            for field, edit in (("milestone", row.milestone), ("amount", row.amount)):
                edit.setStyleSheet(
                    "border: 1px solid #b00020;" if f"schedule.{i}.{field}" in errors else ""
                )
            shown = shown or bool(messages)
        return shown

    def first_error_widget(self) -> QWidget | None:
        for row in self.rows:
            if row.errors.isVisibleTo(self):
                return row.amount if row.amount.styleSheet() else row.milestone
        return None

    def clear_errors(self) -> None:
        show_message(self.total_error, None)
        for row in self.rows:
            show_message(row.errors, None)
            row.milestone.setStyleSheet("")
            row.amount.setStyleSheet("")
