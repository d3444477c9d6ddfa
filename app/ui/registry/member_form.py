"""The member form: every field of a member, its contacts, and the save / archive flows
(duplicate warning on create, stale-edit refusal that keeps the clerk's text)."""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.models.enums import MemberStatus
from app.services import members
from app.services.members import MemberData, MemberDetail
from app.services.permissions import Action, may
from app.ui import labels
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.history import HistoryPanel, HistorySubject
from app.ui.listings.member_listings import MemberListingsPanel
from app.ui.prompts import Confirm
from app.ui.record_form import RecordForm
from app.ui.registry.contacts import ContactsEditor
from app.ui.registry.duplicates import DuplicateWarningDialog
from app.ui.registry.member_evaluations import MemberEvaluationsPanel
from app.ui.registry.sector_picker import SectorField
from app.ui.widgets import read_only_note, select_value, value_combo
from app.ui.workers import run_task

log = logging.getLogger(__name__)
TEXT_FIELDS = (
    "name",
    "short_name",
    "registration_code",
    "country",
    "region",
    "city",
    "address",
    "website",
    "keywords",
    "external_id",
)


class MemberForm(RecordForm):
    """Shows one member (or a new one) for editing; saving goes through the member services."""

    open_requested = Signal(str)  # the clerk chose an existing member in the duplicate warning

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = may(ctx.actor, Action.EDIT_MEMBERS)
        self.can_archive = may(ctx.actor, Action.ARCHIVE_MEMBERS)
        self.detail: MemberDetail | None = None
        self._baseline: MemberData | None = None
        self._make_actions()
        self._build()
        self._apply_permissions()
        self.new_member()

    # -- building ---------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setToolTip(self.tr("Save the member (Ctrl+S)"))
        self.save_action.triggered.connect(lambda: self.save())
        self.revert_action = QAction(self.tr("&Revert"), self)
        self.revert_action.setToolTip(self.tr("Undo the changes not yet saved"))
        self.revert_action.triggered.connect(self.revert)
        self.archive_action = QAction(self.tr("&Archive"), self)
        self.archive_action.triggered.connect(self.toggle_archive)

    def _build(self) -> None:
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setStyleSheet("color: palette(placeholder-text);")
        self.read_only_note = read_only_note(
            self.tr(
                "You can read this member but not change it: {user} is signed in as {role}."
            ).format(
                user=self.ctx.actor.name,
                role=labels.user_role_label(self.ctx.actor.role.value),
            )
        )

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._organisation_group())
        column.addWidget(self._location_group())
        column.addWidget(self._profile_group())
        column.addWidget(self._contacts_group())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.history = HistoryPanel(self.ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, self.tr("Details"))
        self.listings = MemberListingsPanel(self.ctx)
        self.tabs.addTab(self.listings, self.tr("Listings"))
        self.evaluations = MemberEvaluationsPanel(self.ctx)
        self.tabs.addTab(self.evaluations, self.tr("Evaluations"))
        self.tabs.addTab(self.history, self.tr("History"))
        header = QVBoxLayout()
        header.setContentsMargins(8, 8, 8, 0)
        for widget in (self.title, self.meta, self.read_only_note, self.error_banner):
            header.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._button_row())

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(8, 4, 8, 8)
        self.archive_button = QToolButton()
        self.archive_button.setDefaultAction(self.archive_action)
        row.addWidget(self.archive_button)
        row.addStretch(1)
        self.edit_buttons: list[QToolButton] = []
        for action in (self.revert_action, self.save_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(90)
            row.addWidget(button)
            self.edit_buttons.append(button)
        return row

    def _line(self, placeholder: str = "", max_length: int = 0) -> QLineEdit:
        edit = QLineEdit(placeholderText=placeholder)
        if max_length:
            edit.setMaxLength(max_length)
        edit.textChanged.connect(self._on_edited)
        return edit

    def _organisation_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Organisation"))
        form = self.form_layout(group)
        self.kind = value_combo(labels.choices(labels.MEMBER_KINDS))
        self.size_class = value_combo(labels.choices(labels.SIZE_CLASSES))
        self.status = value_combo(labels.choices(labels.MEMBER_STATUSES))
        for combo in (self.kind, self.size_class, self.status):
            combo.currentIndexChanged.connect(self._on_edited)
        self.add_row(form, "kind", self.tr("Kind"), self.kind)
        self.add_row(
            form, "name", self.tr("Name"), self._line(self.tr("Full registered name"), 200)
        )
        self.add_row(form, "short_name", self.tr("Short name"), self._line("", 100))
        self.add_row(
            form,
            "registration_code",
            self.tr("Registration code"),
            self._line(self.tr("18-character unified social credit code"), 40),
        )
        self.edits["registration_code"].setToolTip(
            self.tr(
                "For organisations in China: the unified social credit code (统一社会信用代码) "
                "from the business licence."
            )
        )
        self.add_row(form, "country", self.tr("Country"), self._line("CN", 2))
        self.edits["country"].setMaximumWidth(60)
        self.add_row(form, "size_class", self.tr("Size"), self.size_class)
        self.add_row(form, "status", self.tr("Status"), self.status)
        return group

    def _location_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Location"))
        form = self.form_layout(group)
        self.add_row(
            form, "region", self.tr("Region"), self._line(self.tr("Province, e.g. 广东省"))
        )
        self.region_completer = QCompleter(QStringListModel(self), self)
        self.region_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.lines["region"].setCompleter(self.region_completer)
        self.add_row(form, "city", self.tr("City"), self._line())
        self.add_row(form, "address", self.tr("Address"), self._line())
        return group

    def _profile_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Profile"))
        form = self.form_layout(group)
        self.add_row(form, "website", self.tr("Website"), self._line("https://"))
        self.sectors = SectorField(self.ctx.language)
        self.sectors.changed.connect(self._on_edited)
        self.add_row(form, "sectors", self.tr("Sectors"), self.sectors)
        self.add_row(
            form,
            "keywords",
            self.tr("Keywords"),
            self._line(self.tr("Separated by ;  e.g. 5G; 通信设备")),
        )
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What the organisation does, its strengths"))
        self.description.setMinimumHeight(80)
        self.description.textChanged.connect(self._on_edited)
        self.add_row(form, "description", self.tr("Description"), self.description)
        self.add_row(
            form,
            "external_id",
            self.tr("External id"),
            self._line(self.tr("Reference in another system (optional)"), 100),
        )
        return group

    def _contacts_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Contacts"))
        self.contacts = ContactsEditor()
        self.contacts.changed.connect(self._on_edited)
        QVBoxLayout(group).addWidget(self.contacts)
        return group

    # -- reading and writing the widgets --------------------------------------------------

    def data(self) -> MemberData:
        """What the form holds now, as the services take it."""
        text = {f: self.lines[f].text() for f in TEXT_FIELDS}
        return MemberData(
            kind=self.kind.currentData(),
            name=text["name"],
            short_name=text["short_name"],
            registration_code=text["registration_code"],
            country=text["country"],
            region=text["region"],
            city=text["city"],
            address=text["address"],
            website=text["website"],
            description=self.description.toPlainText(),
            sectors=self.sectors.codes(),
            keywords=members.split_list(text["keywords"]),
            size_class=self.size_class.currentData(),
            status=self.status.currentData(),
            external_id=text["external_id"],
            contacts=self.contacts.contacts(),
        )

    def _fill(self, data: MemberData) -> None:
        blockers = [QSignalBlocker(w) for w in (*self.edits.values(), self.description)]
        for field in TEXT_FIELDS:
            value = getattr(data, field)
            edit = self.lines[field]
            edit.setText("; ".join(value) if isinstance(value, list) else value)
            edit.setCursorPosition(0)  # a long name shows its beginning, not its tail
        self.description.setPlainText(data.description)
        select_value(self.kind, data.kind)
        select_value(self.size_class, data.size_class)
        self._fill_status(data.status)
        self.sectors.set_codes(data.sectors)
        self.contacts.set_contacts(data.contacts)
        del blockers

    def _fill_status(self, status: str) -> None:
        """Archived is reached with Archive/Restore, not picked in the list."""
        select_value(self.status, status)
        model = self.status.model()
        archived = self.status.findData(MemberStatus.ARCHIVED.value)
        if isinstance(model, QStandardItemModel) and archived >= 0:
            model.item(archived).setEnabled(status == MemberStatus.ARCHIVED)
        self.status.setEnabled(self.can_edit and status != MemberStatus.ARCHIVED)

    def _apply_permissions(self) -> None:
        """A role that may not edit members sees the same form, read-only, without buttons."""
        self.archive_action.setVisible(self.can_archive)
        self.archive_button.setVisible(self.can_archive)
        if self.can_edit:
            return
        for button in self.edit_buttons:
            button.hide()
        for edit in self.lines.values():
            edit.setReadOnly(True)
        self.description.setReadOnly(True)
        for combo in (self.kind, self.size_class, self.status):
            combo.setEnabled(False)
        self.sectors.edit.setReadOnly(True)
        self.sectors.choose.hide()
        self.contacts.set_read_only(True)
        self.read_only_note.show()
        for action in (self.save_action, self.revert_action):
            action.setVisible(False)

    # -- state ----------------------------------------------------------------------------

    @property
    def member_id(self) -> str | None:
        return self.detail.id if self.detail else None

    @property
    def record_id(self) -> str | None:
        return self.member_id

    def record_title(self) -> str:
        return self.detail.data.name if self.detail else self.tr("the new member")

    def open_record(self, record_id: str) -> bool:
        return self.open_member(record_id)

    def show_doing(self, text: str) -> None:
        self.meta.setText(text)

    def _on_edited(self, *_args: Any) -> None:
        self._set_dirty(self._baseline is not None and self.data() != self._baseline)

    def _update_state(self) -> None:
        archived = self.detail is not None and self.detail.data.status == MemberStatus.ARCHIVED
        editable = self.can_edit and not self._busy
        self.save_action.setEnabled(editable and (self._dirty or self.detail is None))
        self.revert_action.setEnabled(editable and self._dirty)
        self.archive_action.setEnabled(
            self.can_archive and not self._busy and self.detail is not None
        )
        self.archive_action.setText(self.tr("Re&store") if archived else self.tr("&Archive"))
        self.archive_action.setToolTip(
            self.tr("Make the member active again")
            if archived
            else self.tr("Take the member out of the everyday lists; its history is kept")
        )
        self._update_header()
        super()._update_state()

    def _update_header(self) -> None:
        if self.detail is None and not self.can_edit:
            self.title.setText(self.tr("No member open"))
            self.meta.setText(self.tr("Choose a member in the list."))
            return
        if self.detail is None:
            self.title.setText(self.tr("New member"))
            self.meta.setText(self.tr("Not saved yet."))
            return
        name = self.detail.data.name
        self.title.setText(name + (" *" if self._dirty else ""))
        self.title.setToolTip(name)
        meta = self.tr("Created {created} · last saved {updated} by {user}").format(
            created=labels.short_date(self.detail.created_at),
            updated=labels.short_datetime(self.detail.updated_at),
            user=self.detail.updated_by or "—",
        )
        if self.detail.data.status == MemberStatus.ARCHIVED:
            meta = self.tr("Archived.") + " " + meta
        self.meta.setText(meta)

    # -- loading --------------------------------------------------------------------------

    def set_regions(self, regions: list[str]) -> None:
        model = self.region_completer.model()
        if isinstance(model, QStringListModel):
            model.setStringList(regions)

    def new_member(self) -> None:
        """An empty form for a new member (enterprise in China, active)."""
        self.show_detail(None)

    def show_detail(self, detail: MemberDetail | None) -> None:
        self.detail = detail
        self._fill(detail.data if detail else MemberData(kind="enterprise", name=""))
        self.history.set_subject(_history_subject(detail))
        self.listings.set_member((detail.id, detail.data.name) if detail else None)
        self.evaluations.set_member(detail.id if detail else None)
        self.clear_errors()
        self._baseline = self.data()
        self._dirty = False
        self._update_state()

    def open_member(self, member_id: str) -> bool:
        """Load a member from the database into the form (discarding what is in it)."""
        try:
            detail = self.ctx.read(members.get_member, member_id)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.show_detail(detail)
        return True

    def revert(self) -> None:
        if self.detail is None:
            self.new_member()
        else:
            self.show_detail(self.detail)

    def focus_first_field(self) -> None:
        self.edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- errors ---------------------------------------------------------------------------

    def clear_errors(self) -> None:
        super().clear_errors()
        self.contacts.show_errors({})

    def show_validation(self, error: ValidationError) -> None:
        """Each message next to its field; contact errors on their cells."""
        others = self.show_field_errors(
            error,
            self.tr("The member was not saved: correct the fields marked in red, then save again."),
        )
        contact_errors: dict[tuple[int, str], str] = {}
        for field, message in others.items():
            _prefix, row, attr = [*field.split("."), "name"][:3]
            if field.startswith("contacts.") and row.isdigit():
                contact_errors[(int(row), attr)] = message
            else:
                log.warning("validation message for unknown field %s", field)
        self.contacts.show_errors(contact_errors)

    # -- saving ---------------------------------------------------------------------------

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Check, warn about duplicates where needed, then create or update in the background."""
        if self._busy or not self.can_edit:
            return
        self.contacts.commit_open_editor()
        self._after_save = then
        data = self.data()
        checking = self._needs_duplicate_check(data)
        self._set_busy(
            True,
            self.tr("Checking for members already registered…") if checking else self.tr("Saving…"),
        )
        if checking:
            ctx, exclude = self.ctx, self.member_id  # the worker gets plain values, no widget
            run_task(
                lambda: ctx.read(_check_duplicates, data, exclude),
                lambda found: self._after_duplicate_check(data, found),
                lambda exc: self._save_failed(exc, lambda: self.save(then)),
            )
        else:
            self._write(data)

    def _needs_duplicate_check(self, data: MemberData) -> bool:
        if self.detail is None:
            return True
        old = self.detail.data
        return (data.name, data.registration_code) != (old.name, old.registration_code)

    def _after_duplicate_check(self, data: MemberData, found: list[Any]) -> None:
        if found:
            answer, member_id = DuplicateWarningDialog.ask(self, data.name.strip(), found)
            if answer == DuplicateWarningDialog.OPEN and member_id:
                self._after_save = None
                self._set_busy(False)
                if self.open_member(member_id):
                    self.open_requested.emit(member_id)
                return
            if answer != DuplicateWarningDialog.CREATE:
                self._after_save = None
                self._set_busy(False)
                return
        self.meta.setText(self.tr("Saving…"))
        self._write(data)

    def _write(self, data: MemberData) -> None:
        ctx, detail, then = self.ctx, self.detail, self._after_save
        if detail is None:
            task = lambda: ctx.write(members.create_member, data, ctx.actor)  # noqa: E731
        else:
            task = lambda: ctx.write(  # noqa: E731
                members.update_member, detail.id, detail.version, data, ctx.actor
            )
        run_task(task, self._saved, lambda exc: self._save_failed(exc, lambda: self.save(then)))

    # -- archiving ------------------------------------------------------------------------

    def toggle_archive(self) -> None:
        if self.detail is not None:
            self.request_leave(self._confirm_archive)

    def _confirm_archive(self) -> None:
        detail = self.detail
        if detail is None:
            return
        archived = detail.data.status == MemberStatus.ARCHIVED
        if archived:
            ok = Confirm.ask(
                self,
                self.tr("Restore member"),
                self.tr("Make “{name}” active again? It returns to the everyday lists.").format(
                    name=detail.data.name
                ),
                self.tr("Restore"),
            )
            service = members.restore_member
        else:
            ok = Confirm.ask(
                self,
                self.tr("Archive member"),
                self.tr(
                    "Archive “{name}”? It leaves the everyday lists; its history is kept and it "
                    "can be restored at any time."
                ).format(name=detail.data.name),
                self.tr("Archive"),
            )
            service = members.archive_member
        if not ok:
            return
        self._run_status_change(service, detail)

    def _run_status_change(
        self, service: Callable[..., MemberDetail], detail: MemberDetail
    ) -> None:
        ctx = self.ctx
        self._set_busy(True, self.tr("Saving…"))
        run_task(
            lambda: ctx.write(service, detail.id, ctx.actor, expected_version=detail.version),
            self._saved,
            lambda exc: self._save_failed(exc, lambda: self._run_status_change(service, detail)),
        )


def _history_subject(detail: MemberDetail | None) -> HistorySubject | None:
    """The member with its contacts (their entries read "added contact 王芳" and so on)."""
    if detail is None:
        return None
    contacts = [c for c in detail.data.contacts if c.id]
    return HistorySubject(
        "member",
        detail.id,
        related={c.id: "contact" for c in contacts if c.id},
        names={c.id: c.name for c in contacts if c.id},
    )


def _check_duplicates(uow: Any, data: MemberData, exclude_id: str | None) -> list[Any]:
    """Validate first (no warning about a form that cannot be saved), then look for twins."""
    clean = members.clean_member(data)
    return members.find_possible_duplicates(
        uow, clean.name, registration_code=clean.registration_code, exclude_id=exclude_id
    )


__all__ = ["MemberForm"]
