"""The listing form's fields: the editors of a demand or a supply, the length counters,
and reading and filling them (a mixin of ListingForm, which keeps state and the lifecycle)."""

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.models.enums import ListingKind
from app.services import listing_data
from app.services.listing_data import ListingData
from app.services.members import split_list
from app.ui import labels
from app.ui.registry.sector_picker import SectorField
from app.ui.widgets import OptionalDate, select_value, value_combo

CURRENCIES = ("CNY", "USD", "EUR", "HKD", "JPY", "GBP")
COUNTER_STYLE = "color: palette(placeholder-text);"
OVER_STYLE = "color: #b00020; font-weight: bold;"


class Counter(QLabel):
    """ "37 / 200" under a text field; red once the text is longer than the limit."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.show_length(0)

    def show_length(self, length: int) -> None:
        self.setText(
            f"{labels.number(length)} / {labels.number(self.limit)}"
            if length <= self.limit
            else self.tr("{length} / {limit}: {over} too many").format(
                length=labels.number(length),
                limit=labels.number(self.limit),
                over=labels.number(length - self.limit),
            )
        )
        self.setStyleSheet(OVER_STYLE if length > self.limit else COUNTER_STYLE)


class ListingFields:
    """The editors of ListingForm; expects RecordForm's add_row, form_layout, edits, lines
    and error_labels, and the form's ctx, _on_edited and choose_member."""

    ctx: Any
    edits: dict[str, QWidget]
    lines: dict[str, QLineEdit]
    error_labels: dict[str, QLabel]
    counters: dict[str, "Counter"]
    _member_id: str
    _member_name: str

    def _line(self, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(placeholderText=placeholder)
        edit.textChanged.connect(self._on_edited)
        return edit

    def _counted(self, field: str, widget: QLineEdit | QPlainTextEdit, limit: int) -> Counter:
        counter = Counter(limit)
        self.counters[field] = counter

        def count() -> None:
            text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
            counter.show_length(len(text.strip()))

        widget.textChanged.connect(count)
        return counter

    def _text_box(self, placeholder: str, height: int) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setPlaceholderText(placeholder)
        box.setMinimumHeight(height)
        box.setTabChangesFocus(True)
        box.textChanged.connect(self._on_edited)
        return box

    def _what_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("What is sought or offered"))
        form = self.form_layout(group)
        self.kind = value_combo(labels.choices(labels.LISTING_KINDS))
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.add_row(form, "kind", self.tr("Kind"), self.kind)
        self.member_label = QLabel()
        self.member_label.setTextFormat(Qt.TextFormat.RichText)
        self.member_label.linkActivated.connect(
            lambda _link: self._member_id and self.member_open_requested.emit(self._member_id)
        )
        self.member_button = QPushButton(self.tr("Choose…"))
        self.member_button.clicked.connect(self.choose_member)
        member_row = QWidget()
        box = QHBoxLayout(member_row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.member_label, 1)
        box.addWidget(self.member_button)
        self.add_row(form, "member_id", self.tr("Member"), member_row)
        title = self._line(self.tr("Short and concrete, e.g. 固态电池电解质量产工艺"))
        self.add_row(
            form,
            "title",
            self.tr("Title"),
            title,
            self._counted("title", title, listing_data.TITLE_MAX),
        )
        self.summary = self._text_box(self.tr("Two or three sentences a visitor reads first"), 60)
        self.summary.setMaximumHeight(90)
        self.add_row(
            form,
            "summary",
            self.tr("Summary"),
            self.summary,
            self._counted("summary", self.summary, listing_data.SUMMARY_MAX),
        )
        self.description = self._text_box("", 140)
        self.description_label = QLabel()
        self.add_row(
            form,
            "description",
            self.description_label,
            self.description,
            self._counted("description", self.description, listing_data.DESCRIPTION_MAX),
        )
        self.add_row(
            form,
            "keywords",
            self.tr("Keywords"),
            self._line(self.tr("Separated by ;  e.g. 固态电池; solid-state battery")),
        )
        self.sectors = SectorField(self.ctx.language)
        self.sectors.changed.connect(self._on_edited)
        self.add_row(form, "sectors", self.tr("Sectors"), self.sectors)
        return group

    def _terms_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Technology and terms"))
        form = self.terms_form = self.form_layout(group)
        self.trl = QComboBox()
        self.trl.addItem(self.tr("Not given"), "")
        for level in range(1, 10):
            self.trl.addItem(self.tr("TRL {level}").format(level=level), str(level))
        self.trl.currentIndexChanged.connect(self._on_edited)
        self.trl_label = QLabel()
        self.add_row(form, "trl", self.trl_label, self.trl)
        self.ip_status = value_combo(labels.choices(labels.IP_STATUSES))
        self.ip_status.currentIndexChanged.connect(self._on_edited)
        self.add_row(form, "ip_status", self.tr("IP status"), self.ip_status)
        self.cooperation = {
            value: QCheckBox(label.replace("&", "&&"))
            for value, label in labels.choices(labels.COOPERATION_TYPES)
        }
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, box in enumerate(self.cooperation.values()):
            box.toggled.connect(self._on_edited)
            grid.addWidget(box, i // 2, i % 2)
        self.add_row(form, "cooperation_types", self.tr("Cooperation"), grid_widget)
        budget = QWidget()
        row = QHBoxLayout(budget)
        row.setContentsMargins(0, 0, 0, 0)
        self.budget_min = self._line(self.tr("from"))
        self.budget_max = self._line(self.tr("up to"))
        self.currency = QComboBox()
        self.currency.addItems(list(CURRENCIES))
        self.currency.currentIndexChanged.connect(self._on_edited)
        for widget in (self.budget_min, QLabel("–"), self.budget_max, self.currency):
            row.addWidget(widget)
        self.add_row(form, "budget_min", self.tr("Budget"), budget)
        self.error_labels["budget_max"] = self.error_labels["budget_min"]
        self.budget_row = budget
        self.add_row(
            form, "region", self.tr("Region"), self._line(self.tr("Province, e.g. 江苏省"))
        )
        self.deadline = OptionalDate(self.tr("Answer wanted by"))
        self.deadline.changed.connect(self._on_edited)
        self.add_row(form, "deadline", self.tr("Deadline"), self.deadline)
        self.confidentiality = value_combo(labels.choices(labels.CONFIDENTIALITY))
        self.confidentiality.currentIndexChanged.connect(self._on_edited)
        self.confidentiality.setToolTip(
            self.tr(
                "Anonymous listings are published without the member's name: visitors ask the "
                "office, quoting the listing's reference."
            )
        )
        self.add_row(form, "confidentiality", self.tr("Publication"), self.confidentiality)
        self.add_row(
            form,
            "external_id",
            self.tr("External id"),
            self._line(self.tr("Reference in another system (optional)")),
        )
        return group

    # -- reading and writing the widgets --------------------------------------------------

    def data(self) -> ListingData:
        """What the form holds now, as the services take it."""
        deadline = self.deadline.value()
        return ListingData(
            kind=self.kind.currentData(),
            member_id=self._member_id,
            title=self.lines["title"].text(),
            summary=self.summary.toPlainText(),
            description=self.description.toPlainText(),
            keywords=split_list(self.lines["keywords"].text()),
            sectors=self.sectors.codes(),
            trl=self.trl.currentData() or "",
            ip_status=self.ip_status.currentData(),
            cooperation_types=[v for v, box in self.cooperation.items() if box.isChecked()],
            budget_min=self.budget_min.text(),
            budget_max=self.budget_max.text(),
            currency=self.currency.currentText(),
            region=self.lines["region"].text(),
            deadline=deadline.isoformat() if deadline else "",
            confidentiality=self.confidentiality.currentData(),
            external_id=self.lines["external_id"].text(),
        )

    def _fill(self, data: ListingData, member_name: str) -> None:
        widgets = [
            *self.edits.values(),
            self.summary,
            self.description,
            self.budget_min,
            self.budget_max,
            self.currency,
            *self.cooperation.values(),
        ]
        blockers = [QSignalBlocker(w) for w in widgets]
        select_value(self.kind, data.kind)
        self._member_id, self._member_name = data.member_id, member_name
        for field in ("title", "region", "external_id"):
            self.lines[field].setText(getattr(data, field))
            self.lines[field].setCursorPosition(0)
        self.lines["keywords"].setText("; ".join(data.keywords))
        self.summary.setPlainText(data.summary)
        self.description.setPlainText(data.description)
        self.sectors.set_codes(data.sectors)
        select_value(self.trl, data.trl)
        select_value(self.ip_status, data.ip_status)
        for value, box in self.cooperation.items():
            box.setChecked(value in data.cooperation_types)
        self.budget_min.setText(data.budget_min)
        self.budget_max.setText(data.budget_max)
        self.currency.setCurrentText(data.currency or "CNY")
        self.deadline.set_value(date.fromisoformat(data.deadline) if data.deadline else None)
        select_value(self.confidentiality, data.confidentiality)
        del blockers
        for counter, text in (
            ("title", data.title),
            ("summary", data.summary),
            ("description", data.description),
        ):
            self.counters[counter].show_length(len(text.strip()))
        self._show_member()
        self._show_kind(data.kind)

    def _show_member(self) -> None:
        if not self._member_id:
            self.member_label.setText("<i>" + self.tr("No member chosen yet") + "</i>")
            return
        self.member_label.setText(f'<a href="member">{html.escape(self._member_name)}</a>')
        self.member_label.setToolTip(self.tr("Open the member in the registry"))

    def _on_kind(self) -> None:
        self._show_kind(self.kind.currentData())
        self._on_edited()

    def _show_kind(self, kind: str) -> None:
        """A demand stresses what is sought, budget and deadline; a supply its advantages,
        readiness and IP."""
        demand = kind == ListingKind.DEMAND.value
        self.description_label.setText(
            self.tr("Technical specification sought")
            if demand
            else self.tr("Advantages and innovations")
        )
        self.description.setPlaceholderText(
            self.tr("The problem, the figures a solution must reach, constraints, the setting")
            if demand
            else self.tr("What the technology does, what is new, figures proven, where it is used")
        )
        self.trl_label.setText(
            self.tr("Minimum TRL wanted") if demand else self.tr("Readiness (TRL)")
        )
        for widget in (self.budget_row, self.deadline):
            self.terms_form.setRowVisible(widget.parentWidget(), demand)

    def _set_read_only(self, read_only: bool) -> None:
        for edit in self.lines.values():
            edit.setReadOnly(read_only)
        for box in (self.summary, self.description):
            box.setReadOnly(read_only)
        for widget in (
            self.kind,
            self.trl,
            self.ip_status,
            self.currency,
            self.confidentiality,
            self.deadline,
            *self.cooperation.values(),
        ):
            widget.setEnabled(not read_only)
        for edit in (self.budget_min, self.budget_max):
            edit.setReadOnly(read_only)
        self.sectors.edit.setReadOnly(read_only)
        self.sectors.choose.setVisible(not read_only)
        self.member_button.setVisible(not read_only)
        if not self.can_edit:
            note = self.tr(
                "You can read this listing but not change it: {user} is signed in as {role}."
            ).format(
                user=self.ctx.actor.name,
                role=labels.user_role_label(self.ctx.actor.role.value),
            )
        elif read_only and self.detail is not None:
            note = self.tr(
                "A {status} listing is not edited any more; withdraw it and make a new one if "
                "it must change."
            ).format(status=labels.listing_status_label(self.detail.status).lower())
        else:
            note = ""
        self.read_only_note.setText(note)
        self.read_only_note.setVisible(bool(note))
