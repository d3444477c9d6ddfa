"""The contract editor: one contract's `ContractData` in four tabs (Details, Parties, Clauses,
Payment schedule). It only edits: the Contracts form around it loads, saves and reviews, and
hands the messages of a refused save to `show_errors`."""

import logging
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.contract_data import SCALAR_FIELDS, ContractData, ContractDetail
from app.ui.context import AppContext
from app.ui.contracts.editor_clauses import ClausesTab
from app.ui.contracts.editor_parties import PartiesTab
from app.ui.contracts.editor_schedule import AmountEdit, ScheduleTab, error_label, show_message
from app.ui.widgets import OptionalDate, select_value

log = logging.getLogger(__name__)

CURRENCIES = ("CNY", "USD", "EUR", "HKD", "JPY", "GBP")
DISPUTE_METHODS = {
    # the templates test `method == 'arbitration'`; anything else goes to court
    "arbitration": QT_TRANSLATE_NOOP("ContractEditor", "Arbitration"),
    "litigation": QT_TRANSLATE_NOOP("ContractEditor", "Court proceedings"),
}
ERROR_TAB_COLOR = QColor("#b00020")
TEXT_LINES = ("title", "subject", "dispute_body", "governing_law", "signing_place")
TEXT_BOXES = ("ip_ownership", "risk_sharing")


class DetailsTab(QWidget):
    """The contract's own fields, each with its error message beneath."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: dict[str, QLineEdit] = {}
        self.boxes: dict[str, QPlainTextEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.editors: dict[str, QWidget] = {}
        self._loading = False
        self.forms: list[QFormLayout] = []
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._contract_group())
        column.addWidget(self._terms_group())
        column.addStretch(1)
        self._align_labels()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- building -------------------------------------------------------------------------

    def _form(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.forms.append(form)
        return group, form

    def _align_labels(self) -> None:
        """The fields of both groups start at the same x."""
        labels = [
            label
            for form in self.forms
            for row in range(form.rowCount())
            if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
            and (label := item.widget()) is not None
        ]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def _row(
        self,
        form: QFormLayout,
        field: str,
        label: str | QWidget,
        widget: QWidget,
        *also: str,
        focus: QWidget | None = None,
    ) -> None:
        """A form row: the editor with its error message beneath; `also` are further fields
        whose messages show in the same place (the end date beside the start date); `focus`
        is the editor inside a compound `widget`."""
        error = error_label()
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        form.addRow(label, cell)
        if focus is not None:
            widget.setFocusProxy(focus)
        for name in (field, *also):
            self.errors[name] = error
            self.editors[name] = widget

    def _line(self, field: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(placeholderText=placeholder)
        edit.textChanged.connect(self._edited)
        self.lines[field] = edit
        return edit

    def _box(self, field: str, placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setPlaceholderText(placeholder)
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 14)
        box.textChanged.connect(self._edited)
        self.boxes[field] = box
        return box

    def _contract_group(self) -> QGroupBox:
        group, form = self._form(self.tr("The contract"))
        self._row(form, "title", self.tr("Title"), self._line("title"))
        self._row(
            form,
            "subject",
            self.tr("Subject"),
            self._line(
                "subject", self.tr("The technology or service, e.g. 固态锂电池电解质制备技术")
            ),
        )
        self.value = AmountEdit()
        self.value.textChanged.connect(self._edited)
        self.currency = QComboBox()
        self.currency.addItems(list(CURRENCIES))
        self.currency.currentIndexChanged.connect(self._edited)
        money = QWidget()
        row = QHBoxLayout(money)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.value, 1)
        row.addWidget(self.currency)
        row.addStretch(2)
        self._row(form, "value", self.tr("Value"), money, "currency", focus=self.value)
        self.start_date = OptionalDate(self.tr("From"))
        self.end_date = OptionalDate(self.tr("until"))
        for edit in (self.start_date, self.end_date):
            edit.changed.connect(self._edited)
        term = QWidget()
        row = QHBoxLayout(term)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start_date)
        row.addWidget(self.end_date)
        row.addStretch(1)
        self._row(form, "start_date", self.tr("Term"), term, "end_date", focus=self.end_date.check)
        return group

    def _terms_group(self) -> QGroupBox:
        group, form = self._form(self.tr("Terms"))
        self._row(
            form,
            "ip_ownership",
            self.tr("IP ownership"),
            self._box(
                "ip_ownership", self.tr("Who owns the patents and results, e.g. 专利权归乙方所有。")
            ),
        )
        self._row(
            form,
            "risk_sharing",
            self.tr("Risk sharing"),
            self._box("risk_sharing", self.tr("How the parties bear the risk of failure")),
        )
        self.confidentiality = QSpinBox()
        self.confidentiality.setRange(0, 99)
        self.confidentiality.setSpecialValueText(self.tr("not set"))
        self.confidentiality.setSuffix(self.tr(" years"))
        self.confidentiality.valueChanged.connect(self._edited)
        years = QWidget()
        row = QHBoxLayout(years)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.confidentiality)
        row.addStretch(1)
        self._row(
            form,
            "confidentiality_years",
            self.tr("Confidentiality"),
            years,
            focus=self.confidentiality,
        )
        self.dispute_method = QComboBox()
        for value, source in DISPUTE_METHODS.items():
            self.dispute_method.addItem(
                QCoreApplication.translate("ContractEditor", str(source)), value
            )
        self.dispute_method.currentIndexChanged.connect(self._show_dispute_method)
        self.dispute_method.currentIndexChanged.connect(self._edited)
        method = QWidget()
        row = QHBoxLayout(method)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.dispute_method)
        row.addStretch(1)
        self._row(
            form, "dispute_method", self.tr("Disputes go to"), method, focus=self.dispute_method
        )
        self.dispute_body_label = QLabel()
        self._row(form, "dispute_body", self.dispute_body_label, self._line("dispute_body"))
        self._row(
            form,
            "governing_law",
            self.tr("Governing law"),
            self._line("governing_law", self.tr("e.g. 中华人民共和国法律")),
        )
        self._row(
            form,
            "signing_place",
            self.tr("Place of signing"),
            self._line("signing_place", self.tr("e.g. 江苏省苏州市")),
        )
        self._show_dispute_method()
        return group

    def _show_dispute_method(self) -> None:
        arbitration = self.dispute_method.currentData() == "arbitration"
        self.dispute_body_label.setText(
            self.tr("Arbitration commission") if arbitration else self.tr("Court")
        )
        self.lines["dispute_body"].setPlaceholderText(
            self.tr("e.g. 苏州仲裁委员会") if arbitration else self.tr("e.g. 苏州市中级人民法院")
        )

    # -- values ---------------------------------------------------------------------------

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def values(self) -> dict[str, Any]:
        """The scalar fields of ContractData."""
        out: dict[str, Any] = {f: edit.text() for f, edit in self.lines.items()}
        out |= {f: box.toPlainText() for f, box in self.boxes.items()}
        years = self.confidentiality.value()
        return out | {
            "value": self.value.value() or Decimal(0),
            "currency": self.currency.currentText(),
            "start_date": self.start_date.value(),
            "end_date": self.end_date.value(),
            "confidentiality_years": years or None,
            "dispute_method": self.dispute_method.currentData(),
        }

    def set_values(self, data: ContractData) -> None:
        self._loading = True
        try:
            for field, edit in self.lines.items():
                edit.setText(getattr(data, field))
                edit.setCursorPosition(0)
            for field, box in self.boxes.items():
                box.setPlainText(getattr(data, field))
            self.value.set_value(data.value)
            if self.currency.findText(data.currency) < 0:
                self.currency.addItem(data.currency)  # kept as stored, e.g. "RMB"
            self.currency.setCurrentText(data.currency)
            self.start_date.set_value(data.start_date)
            self.end_date.set_value(data.end_date)
            self.confidentiality.setValue(data.confidentiality_years or 0)
            if self.dispute_method.findData(data.dispute_method) < 0:
                self.dispute_method.addItem(data.dispute_method, data.dispute_method)
            select_value(self.dispute_method, data.dispute_method)
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        for line in (*self.lines.values(), self.value):
            line.setReadOnly(read_only)
        for box in self.boxes.values():
            box.setReadOnly(read_only)
        self.confidentiality.setReadOnly(read_only)
        for widget in (self.currency, self.start_date, self.end_date, self.dispute_method):
            widget.setEnabled(not read_only)

    # -- errors ---------------------------------------------------------------------------

    def show_errors(self, errors: dict[str, str]) -> bool:
        shown = False
        for label in set(self.errors.values()):
            names = [f for f, other in self.errors.items() if other is label and f in errors]
            show_message(label, " ".join(errors[f] for f in names))
            shown = shown or bool(names)
        return shown

    def first_error_widget(self) -> QWidget | None:
        for field in SCALAR_FIELDS:
            label = self.errors.get(field)
            if label is not None and not label.isHidden():
                return self.editors[field]
        return None

    def clear_errors(self) -> None:
        self.show_errors({})


class ContractEditor(QTabWidget):
    """Tabs Details, Parties, Clauses, Payment schedule for one contract's `ContractData`."""

    changed = Signal()  # the clerk changed something

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._detail: ContractDetail | None = None
        self.details = DetailsTab()
        self.parties = PartiesTab(ctx)
        self.clauses = ClausesTab()
        self.schedule = ScheduleTab()
        self.addTab(self.details, self.tr("Details"))
        self.addTab(self.parties, self.tr("Parties"))
        self.addTab(self.clauses, self.tr("Clauses"))
        self.addTab(self.schedule, self.tr("Payment schedule"))
        self.details.changed.connect(self._details_edited)
        for tab in (self.parties, self.clauses, self.schedule):
            tab.changed.connect(self.changed)

    def _details_edited(self) -> None:
        self._show_schedule_target()
        self.changed.emit()

    def _show_schedule_target(self) -> None:
        self.schedule.set_target(
            self.details.value.value() or Decimal(0), self.details.currency.currentText()
        )

    def set_contract(self, detail: ContractDetail) -> None:
        """Show `detail`'s contract; earlier messages go, and `changed` does not fire."""
        self._detail = detail
        self.clear_errors()
        self.details.set_values(detail.data)
        self.parties.set_values(detail.data.parties)
        self.clauses.set_values(detail.data.clauses)
        self.schedule.set_values(detail.data.schedule)
        self._show_schedule_target()

    def data(self) -> ContractData:
        """What the editor holds now, as the contract services take it."""
        return ContractData(
            **self.details.values(),
            parties=self.parties.values(),
            clauses=self.clauses.values(),
            schedule=self.schedule.values(),
        )

    def set_read_only(self, read_only: bool) -> None:
        """Nothing can be changed; texts stay selectable and clauses can still be browsed."""
        for tab in (self.details, self.parties, self.clauses, self.schedule):
            tab.set_read_only(read_only)

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message beside its field, row or clause; the first tab with one comes forward."""
        self.clear_errors()
        first: Any = None
        for tab in self._tabs():
            if tab.show_errors(errors):
                self.tabBar().setTabTextColor(self.indexOf(tab), ERROR_TAB_COLOR)
                first = tab if first is None else first
        if first is None:
            for key in errors:
                log.warning("contract editor: no field for the message on %s", key)
            return
        self.setCurrentWidget(first)
        widget = first.first_error_widget()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_errors(self) -> None:
        for tab in self._tabs():
            tab.clear_errors()
            self.tabBar().setTabTextColor(self.indexOf(tab), QColor())

    def _tabs(self) -> list[Any]:
        return [self.details, self.parties, self.clauses, self.schedule]
