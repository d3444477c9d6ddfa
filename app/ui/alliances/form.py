"""The alliance form: name, focus, description, lead member and dates; once saved, its members
and their roles (each change saved at once) and its history."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import StaleRecordError, ValidationError
from app.models.enums import AllianceRole
from app.services import alliances
from app.services.alliances import AllianceData, AllianceDetail, AllianceMemberRow
from app.services.permissions import Action, may
from app.ui import labels
from app.ui.alliances.model import AllianceMembersModel
from app.ui.context import AppContext
from app.ui.errors import domain_message, field_message, show_error
from app.ui.history import HistoryPanel, HistorySubject
from app.ui.member_picker import MemberPickerDialog
from app.ui.prompts import Confirm, StaleRecord, leave_form, save_failed_offline
from app.ui.tables import read_only_table
from app.ui.widgets import OptionalDate, read_only_note
from app.ui.workers import run_task

ERROR_STYLE = "color: #b00020;"


class AllianceForm(QWidget):
    """One alliance (or a new one): its fields, and once saved, its members and roles."""

    saved = Signal(object)  # AllianceDetail
    state_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = may(ctx.actor, Action.EDIT_ALLIANCES)
        self.detail: AllianceDetail | None = None
        self._lead: tuple[str | None, str] = (None, "")
        self._baseline: AllianceData | None = None
        self._dirty = self._busy = False
        self._after_save: Callable[[], None] | None = None
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(lambda: self.save())
        self.revert_action = QAction(self.tr("&Revert"), self)
        self.revert_action.triggered.connect(self.revert)
        self._build()
        self._apply_permissions()
        self.new_alliance()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.name = QLineEdit(placeholderText=self.tr("e.g. 长三角新能源汽车产业创新联盟"))
        self.name.setMaxLength(200)
        self.focus = QLineEdit(placeholderText=self.tr("What the alliance works on"))
        self.focus.setMaxLength(300)
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(90)
        self.lead_label = QLabel()
        self.lead_label.setWordWrap(True)
        self.lead_button = QPushButton(self.tr("Choose…"))
        self.lead_clear = QPushButton(self.tr("None"))
        self.founded = OptionalDate(self.tr("Founded"))
        self.ended = OptionalDate(self.tr("Ended"))
        self.errors = {key: self._error_label() for key in ("name", "focus", "ended_on")}
        lead_row = QHBoxLayout()
        lead_row.addWidget(self.lead_label, 1)
        lead_row.addWidget(self.lead_button)
        lead_row.addWidget(self.lead_clear)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self._with_error(self.name, "name"))
        form.addRow(self.tr("Focus"), self._with_error(self.focus, "focus"))
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Lead member"), lead_row)
        form.addRow(self.tr("Dates"), self.founded)
        form.addRow("", self._with_error(self.ended, "ended_on"))
        self.read_only_note = read_only_note(
            self.tr(
                "You can read this alliance but not change it: {user} is signed in as {role}."
            ).format(
                user=self.ctx.actor.name,
                role=labels.user_role_label(self.ctx.actor.role.value),
            )
        )
        self.history = HistoryPanel(self.ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._members_box(), self.tr("Members"))
        self.tabs.addTab(self.history, self.tr("History"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.read_only_note)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._buttons())
        for edit in (self.name, self.focus):
            edit.textChanged.connect(self._on_edited)
        self.description.textChanged.connect(self._on_edited)
        self.founded.changed.connect(self._on_edited)
        self.ended.changed.connect(self._on_edited)
        self.lead_button.clicked.connect(self.choose_lead)
        self.lead_clear.clicked.connect(lambda: self._set_lead(None, ""))

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        return label

    def _with_error(self, widget: QWidget, key: str) -> QWidget:
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(self.errors[key])
        return cell

    def _members_box(self) -> QWidget:
        self.members_model = AllianceMembersModel(self)
        self.members_view = read_only_table(self.members_model)
        self.members_hint = QLabel()
        self.members_hint.setStyleSheet("color: palette(placeholder-text);")
        self.add_button = QPushButton(self.tr("Add member…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.role_combo = QComboBox()
        for value, label in labels.choices(labels.ALLIANCE_ROLES):
            self.role_combo.addItem(label, value)
        self.role_combo.setToolTip(self.tr("Role of the selected member"))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.role_label = QLabel(self.tr("Role"))
        row.addWidget(self.role_label)
        row.addWidget(self.role_combo)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.members_view, 1)
        layout.addWidget(self.members_hint)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_member)
        self.role_combo.activated.connect(lambda _i: self.change_role())
        self.members_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._update_state()
        )
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        self.form_buttons: list[QPushButton] = []
        for action in (self.revert_action, self.save_action):
            button = QPushButton(action.text().replace("&", ""))
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            button.setMinimumWidth(90)
            row.addWidget(button)
            self.form_buttons.append(button)
        return row

    def _apply_permissions(self) -> None:
        """A role that may not edit alliances sees them read-only, without editing buttons."""
        if self.can_edit:
            return
        for edit in (self.name, self.focus):
            edit.setReadOnly(True)
        self.description.setReadOnly(True)
        for widget in (self.founded, self.ended):
            widget.setEnabled(False)
        for widget in (
            self.lead_button,
            self.lead_clear,
            self.add_button,
            self.remove_button,
            self.role_combo,
            self.role_label,
            *self.form_buttons,
        ):
            widget.hide()
        for action in (self.save_action, self.revert_action):
            action.setVisible(False)
        self.read_only_note.show()

    # -- values -----------------------------------------------------------------------------

    def data(self) -> AllianceData:
        return AllianceData(
            self.name.text(),
            self.focus.text(),
            self.description.toPlainText(),
            self._lead[0],
            self.founded.value(),
            self.ended.value(),
        )

    def _set_lead(self, member_id: str | None, name: str) -> None:
        self._lead = (member_id, name)
        self.lead_label.setText(name or self.tr("No lead member"))
        self.lead_clear.setEnabled(member_id is not None)
        self._on_edited()

    def show_detail(self, detail: AllianceDetail | None) -> None:
        self.detail = detail
        data = detail.data if detail else AllianceData(name="")
        blockers = [QSignalBlocker(w) for w in (self.name, self.focus, self.description)]
        self.name.setText(data.name)
        self.focus.setText(data.focus)
        self.description.setPlainText(data.description)
        del blockers
        self.founded.set_value(data.founded_on)
        self.ended.set_value(data.ended_on)
        lead_name = next(
            (
                m.member_name
                for m in (detail.members if detail else [])
                if m.member_id == data.lead_member_id
            ),
            "",
        )
        self._baseline = None
        self._set_lead(data.lead_member_id, lead_name)
        self.members_model.set_rows(detail.members if detail else [])
        self.history.set_subject(_history_subject(detail))
        for label in self.errors.values():
            label.hide()
        self._baseline = self.data()
        self._dirty = False
        self._update_state()

    def new_alliance(self) -> None:
        self.show_detail(None)

    def open_alliance(self, alliance_id: str) -> bool:
        try:
            self.show_detail(self.ctx.read(alliances.get_alliance, alliance_id))
        except Exception as exc:
            show_error(self, exc)
            return False
        return True

    def revert(self) -> None:
        self.show_detail(self.detail)

    @property
    def alliance_id(self) -> str | None:
        return self.detail.id if self.detail else None

    def is_dirty(self) -> bool:
        return self._dirty

    def _on_edited(self, *_args: Any) -> None:
        dirty = self._baseline is not None and self.data() != self._baseline
        if dirty != self._dirty:
            self._dirty = dirty
            self._update_state()

    def selected_member(self) -> AllianceMemberRow | None:
        index = self.members_view.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _update_state(self) -> None:
        saved = self.detail is not None
        new_title = self.tr("New alliance") if self.can_edit else self.tr("No alliance open")
        self.title.setText(
            (self.detail.data.name if self.detail else new_title) + (" *" if self._dirty else "")
        )
        editable = self.can_edit and not self._busy
        self.save_action.setEnabled(editable and (self._dirty or not saved))
        self.revert_action.setEnabled(editable and self._dirty)
        selected = self.selected_member()
        self.add_button.setEnabled(saved and editable)
        self.remove_button.setEnabled(saved and editable and selected is not None)
        self.role_combo.setEnabled(saved and editable and selected is not None)
        if selected is not None:
            self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(selected.role)))
        count = self.members_model.rowCount()
        self.members_hint.setText(
            ""
            if not self.can_edit
            else self.tr("Save the alliance first, then add its members.")
            if not saved
            else self.tr("No members yet: add them with Add member…")
            if count == 0
            else ""
        )
        self.members_hint.setVisible(bool(self.members_hint.text()))
        self.state_changed.emit()

    # -- saving -----------------------------------------------------------------------------

    def save(self, then: Callable[[], None] | None = None) -> None:
        if self._busy or not self.can_edit:
            return
        self._after_save, self._busy = then, True
        self._update_state()
        data, detail, ctx = self.data(), self.detail, self.ctx
        if detail is None:
            task = lambda: ctx.write(alliances.create_alliance, data, ctx.actor)  # noqa: E731
        else:
            task = lambda: ctx.write(  # noqa: E731
                alliances.update_alliance, detail.id, detail.version, data, ctx.actor
            )
        run_task(task, self._saved, lambda exc: self._failed(exc, lambda: self.save(then)))

    def _saved(self, detail: AllianceDetail) -> None:
        self._busy = False
        self.show_detail(detail)
        self.saved.emit(detail)
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    def _failed(self, exc: BaseException, retry: Callable[[], None] | None = None) -> None:
        """Fields marked, stale choice, or Retry for a lost connection; the text stays."""
        self._busy, self._after_save = False, None
        self._update_state()
        if retry is not None and save_failed_offline(self, exc, retry):
            return
        if isinstance(exc, ValidationError):
            for key, label in self.errors.items():
                label.setText(field_message(exc.fields[key]) if key in exc.fields else "")
                label.setVisible(key in exc.fields)
        if isinstance(exc, StaleRecordError):
            if StaleRecord.ask(self, domain_message(exc)) == StaleRecord.RELOAD and self.detail:
                self.open_alliance(self.detail.id)
            return
        show_error(self, exc)

    def request_leave(self, then: Callable[[], None]) -> None:
        """Run `then` once the form may be left: nothing unsaved, saved, or discarded."""
        what = self.detail.data.name if self.detail else self.tr("the new alliance")
        leave_form(
            self,
            busy=self._busy,
            dirty=self._dirty,
            what=what,
            save=self.save,
            revert=self.revert,
            then=then,
        )

    # -- members ----------------------------------------------------------------------------

    def _member_change(self, service: Callable[..., AllianceDetail], *args: Any) -> None:
        """Membership changes are saved at once (after the alliance's own unsaved edits)."""

        def run() -> None:
            if self.detail is None:
                return
            alliance_id, ctx = self.detail.id, self.ctx
            self._busy = True
            self._update_state()
            run_task(
                lambda: ctx.write(service, alliance_id, *args),
                self._saved,
                lambda exc: self._failed(exc, run),
            )

        self.request_leave(run)

    def choose_lead(self) -> None:
        picked = MemberPickerDialog.ask(self, self.ctx, self.tr("Lead member"))
        if picked is not None:
            self._set_lead(picked[0], picked[1])

    def add_member(self) -> None:
        if self.detail is None:
            return
        exclude = {m.member_id for m in self.detail.members}
        picked = MemberPickerDialog.ask(
            self,
            self.ctx,
            self.tr("Add a member to the alliance"),
            labels.choices(labels.ALLIANCE_ROLES)[1:],
            exclude,
        )
        if picked is None:
            return
        member_id, _name, role = picked
        self._member_change(
            alliances.add_alliance_member,
            member_id,
            self.ctx.actor,
            AllianceRole(role or AllianceRole.MEMBER),
            date.today(),
        )

    def remove_member(self) -> None:
        member = self.selected_member()
        if member is None or self.detail is None:
            return
        if Confirm.ask(
            self,
            self.tr("Remove member"),
            self.tr(
                "Remove “{member}” from “{alliance}”? The membership is kept in the history."
            ).format(member=member.member_name, alliance=self.detail.data.name),
            self.tr("Remove"),
        ):
            self._member_change(alliances.remove_alliance_member, member.member_id, self.ctx.actor)

    def change_role(self) -> None:
        member = self.selected_member()
        role = self.role_combo.currentData()
        if member is None or role == member.role:
            return
        self._member_change(
            alliances.set_alliance_role, member.member_id, AllianceRole(role), self.ctx.actor
        )

    def select_member_row(self, member_id: str) -> None:
        for row, m in enumerate(self.members_model.rows):
            if m.member_id == member_id:
                self.members_view.selectionModel().setCurrentIndex(
                    self.members_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )


def _history_subject(detail: AllianceDetail | None) -> HistorySubject | None:
    """The alliance with its memberships ("added member 甲 as Lead"), members named."""
    if detail is None:
        return None
    names = {m.member_id: m.member_name for m in detail.members}
    names.update({m.membership_id: m.member_name for m in detail.members})
    return HistorySubject(
        "alliance",
        detail.id,
        related={m.membership_id: "alliance_membership" for m in detail.members},
        names=names,
    )
