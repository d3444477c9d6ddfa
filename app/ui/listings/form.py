"""The listing form: every field of a demand or a supply with counters for the length limits,
the lifecycle actions its status allows (submit, withdraw, archive, extend, mark as matched),
its verification record and its history."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import ListingKind, ListingStatus
from app.services import listings
from app.services.listing_data import ListingData, ListingDetail
from app.services.listing_search import WARNING_DAYS
from app.services.permissions import Action, may
from app.ui import labels
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.history import HistoryPanel, HistorySubject
from app.ui.listings.detail import verification_html
from app.ui.listings.fields import Counter, ListingFields
from app.ui.member_picker import MemberPickerDialog
from app.ui.prompts import Confirm
from app.ui.record_form import RecordForm
from app.ui.widgets import read_only_note
from app.ui.workers import run_task

NOTICE_STYLE = "background: #fff4d6; border: 1px solid #e0b84c; border-radius: 4px; padding: 6px;"


class ListingForm(ListingFields, RecordForm):
    """Shows one listing (or a new one) for editing; its lifecycle moves go through the listing
    services. Only drafts and returned listings can be edited."""

    member_open_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = may(ctx.actor, Action.EDIT_LISTINGS)
        self.detail: ListingDetail | None = None
        self._baseline: ListingData | None = None
        self._member_id = ""
        self._member_name = ""
        self._kind = ListingKind.DEMAND.value
        self.counters: dict[str, Counter] = {}
        self._make_actions()
        self._build()
        self.new_listing(ListingKind.DEMAND.value)

    # -- building ---------------------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(text: str, tip: str, slot: Callable[[], None]) -> QAction:
            made = QAction(text, self)
            made.setToolTip(tip)
            made.triggered.connect(lambda: slot())
            return made

        self.save_action = action(self.tr("&Save"), self.tr("Save the listing (Ctrl+S)"), self.save)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.revert_action = action(
            self.tr("&Revert"), self.tr("Undo the changes not yet saved"), self.revert
        )
        self.submit_action = action(
            self.tr("Su&bmit for verification"),
            self.tr("Hand the listing to a supervisor, who publishes it or returns it"),
            lambda: self._move(listings.submit_listing, ""),
        )
        self.extend_action = action(
            self.tr("E&xtend validity"),
            self.tr("Keep the listing published for another year (once)"),
            self._extend,
        )
        self.matched_action = action(
            self.tr("Mark as &matched"),
            self.tr("A partner was found; the listing leaves the catalogue"),
            lambda: self._move(listings.mark_matched, self.tr("Mark “{title}” as matched?")),
        )
        self.withdraw_action = action(
            self.tr("&Withdraw"),
            self.tr("The member no longer wants the listing published"),
            lambda: self._move(
                listings.withdraw_listing,
                self.tr("Withdraw “{title}”? It will no longer be offered or published."),
            ),
        )
        self.archive_action = action(
            self.tr("&Archive"),
            self.tr("Take the listing out of the everyday lists; its history is kept"),
            lambda: self._move(
                listings.archive_listing,
                self.tr("Archive “{title}”? Archived listings cannot be changed any more."),
            ),
        )
        self.lifecycle_actions = {
            ListingStatus.SUBMITTED: self.submit_action,
            ListingStatus.MATCHED: self.matched_action,
            ListingStatus.WITHDRAWN: self.withdraw_action,
            ListingStatus.ARCHIVED: self.archive_action,
        }

    def _build(self) -> None:
        self._make_header()
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.read_only_note = read_only_note("")

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._what_group())
        column.addWidget(self._terms_group())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.verification = QLabel()
        self.verification.setWordWrap(True)
        self.verification.setTextFormat(Qt.TextFormat.RichText)
        self.verification.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.verification.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verification.setContentsMargins(8, 8, 8, 8)
        verification_scroll = QScrollArea()
        verification_scroll.setWidgetResizable(True)
        verification_scroll.setFrameShape(QFrame.Shape.NoFrame)
        verification_scroll.setWidget(self.verification)
        self.history = HistoryPanel(self.ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, self.tr("Details"))
        self.tabs.addTab(verification_scroll, self.tr("Verification"))
        self.tabs.addTab(self.history, self.tr("History"))
        header = QVBoxLayout()
        header.setContentsMargins(8, 8, 8, 0)
        for widget in (
            self.title_label,
            self.meta,
            self.notice,
            self.read_only_note,
            self.error_banner,
        ):
            header.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._button_row())

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(8, 4, 8, 8)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("Status"))
        self.more_button.setToolTip(self.tr("Withdraw, archive, extend or mark as matched"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        for action in (
            self.extend_action,
            self.matched_action,
            self.withdraw_action,
            self.archive_action,
        ):
            self.more_button.addAction(action)
        row.addWidget(self.more_button)
        row.addStretch(1)
        self.edit_buttons: list[QToolButton] = []
        for action in (self.revert_action, self.save_action, self.submit_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(90)
            row.addWidget(button)
            self.edit_buttons.append(button)
        return row

    # -- state ----------------------------------------------------------------------------

    @property
    def listing_id(self) -> str | None:
        return self.detail.id if self.detail else None

    @property
    def record_id(self) -> str | None:
        return self.listing_id

    def record_title(self) -> str:
        return self.detail.data.title if self.detail else self.tr("the new listing")

    def open_record(self, record_id: str) -> bool:
        return self.open_listing(record_id)

    def show_doing(self, text: str) -> None:
        self.meta.setText(text)

    def editable(self) -> bool:
        """Only drafts and returned listings are edited; the rest moves by lifecycle actions."""
        status = self.detail.status if self.detail else ListingStatus.DRAFT.value
        return self.can_edit and status in (ListingStatus.DRAFT, ListingStatus.RETURNED)

    def _on_edited(self, *_args: Any) -> None:
        self._set_dirty(self._baseline is not None and self.data() != self._baseline)

    def _update_state(self) -> None:
        editable = self.editable()
        idle = not self._busy
        self.save_action.setEnabled(editable and idle and (self._dirty or self.detail is None))
        self.revert_action.setEnabled(editable and idle and self._dirty)
        status = ListingStatus(self.detail.status) if self.detail else None
        allowed = listings.TRANSITIONS.get(status, set()) if status else set()
        for target, action in self.lifecycle_actions.items():
            action.setEnabled(self.can_edit and idle and target in allowed)
            action.setVisible(
                self.can_edit and (target in allowed or target is not ListingStatus.SUBMITTED)
            )
        self.extend_action.setEnabled(
            self.can_edit
            and idle
            and status is ListingStatus.PUBLISHED
            and self.detail is not None
            and not self.detail.extended
        )
        self.more_button.setEnabled(self.can_edit and self.detail is not None and idle)
        self.more_button.setVisible(self.can_edit)
        revert, save, submit = self.edit_buttons
        for button in (revert, save):
            button.setVisible(editable)
        submit.setVisible(self.can_edit and ListingStatus.SUBMITTED in allowed)
        self._set_read_only(not editable)
        self._update_header()
        super()._update_state()

    def _update_header(self) -> None:
        detail = self.detail
        if detail is None:
            self.title_label.setText(
                self.tr("New demand")
                if self.kind.currentData() == ListingKind.DEMAND.value
                else self.tr("New supply")
            )
            self.meta.setText(self.tr("Not saved yet."))
            self.notice.hide()
            return
        reference = f"{detail.reference} · " if detail.reference else ""
        self.title_label.setText(reference + detail.data.title + (" *" if self._dirty else ""))
        parts = [
            labels.listing_kind_label(detail.data.kind),
            labels.listing_status_label(detail.status),
        ]
        if detail.expires_at is not None and detail.status == ListingStatus.PUBLISHED:
            parts.append(
                self.tr("valid until {date}").format(date=labels.short_date(detail.expires_at))
            )
        parts.append(
            self.tr("last saved {updated} by {user}").format(
                updated=labels.short_datetime(detail.updated_at), user=detail.updated_by or "—"
            )
        )
        self.meta.setText(" · ".join(parts))
        self._update_notice(detail)

    def _update_notice(self, detail: ListingDetail) -> None:
        text = ""
        if detail.status == ListingStatus.RETURNED and detail.return_reasons:
            text = self.tr(
                "Returned by the office: {reasons}\nCorrect it, then submit again."
            ).format(reasons=detail.return_reasons)
        elif detail.status == ListingStatus.SUBMITTED:
            text = self.tr("Waiting for verification by a supervisor.")
        elif detail.status == ListingStatus.PUBLISHED and detail.expires_at is not None:
            days = (detail.expires_at.date() - date.today()).days
            if days <= WARNING_DAYS:
                text = (
                    self.tr("Expires in {days} days, on {date}.").format(
                        days=max(days, 0), date=labels.short_date(detail.expires_at)
                    )
                    + " "
                    + (
                        self.tr("It has been extended once already.")
                        if detail.extended
                        else self.tr("Use Status › Extend validity to keep it published.")
                    )
                )
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- loading --------------------------------------------------------------------------

    def new_listing(self, kind: str, member_id: str = "", member_name: str = "") -> None:
        """An empty form for a new demand or supply (of a member when given)."""
        self.detail = None
        self._fill(ListingData(kind=kind, member_id=member_id, title=""), member_name)
        self._after_load()

    def show_detail(self, detail: ListingDetail) -> None:
        self.detail = detail
        self._fill(detail.data, detail.member_name)
        self._after_load()

    def _after_load(self) -> None:
        detail = self.detail
        self.history.set_subject(
            HistorySubject("listing", detail.id, names={detail.data.member_id: detail.member_name})
            if detail
            else None
        )
        self.clear_errors()
        self._baseline = self.data()
        self._dirty = False
        self._load_verifications()
        self._update_state()

    def _load_verifications(self) -> None:
        if self.detail is None:
            self.verification.setText(self.tr("A new listing has not been verified yet."))
            return
        try:
            records = self.ctx.read(listings.listing_verifications, self.detail.id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.verification.setText(
            verification_html(records)
            if records
            else self.tr("Not verified yet: a supervisor verifies it once it is submitted.")
        )

    def open_listing(self, listing_id: str) -> bool:
        """Load a listing from the database into the form (discarding what is in it)."""
        try:
            detail = self.ctx.read(listings.get_listing, listing_id)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.show_detail(detail)
        return True

    def revert(self) -> None:
        if self.detail is None:
            self.new_listing(self.kind.currentData(), self._member_id, self._member_name)
        else:
            self.show_detail(self.detail)

    def focus_first_field(self) -> None:
        self.lines["title"].setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_member(self) -> None:
        chosen = MemberPickerDialog.ask(self, self.ctx, self.tr("Member who makes the listing"))
        if chosen is None:
            return
        self._member_id, self._member_name, _role = chosen
        self._show_member()
        self._on_edited()

    # -- saving and lifecycle -------------------------------------------------------------

    def show_validation(self, error: Any) -> None:
        self.show_field_errors(
            error,
            self.tr(
                "The listing was not saved: correct the fields marked in red, then save again."
            ),
        )

    def save(self, then: Callable[[], None] | None = None) -> None:
        if self._busy or not self.editable():
            return
        self._after_save = then
        data, ctx, detail = self.data(), self.ctx, self.detail
        self._set_busy(True, self.tr("Saving…"))
        if detail is None:
            task = lambda: ctx.write(listings.create_listing, data, ctx.actor)  # noqa: E731
        else:
            task = lambda: ctx.write(  # noqa: E731
                listings.update_listing, detail.id, detail.version, data, ctx.actor
            )
        run_task(task, self._saved, lambda exc: self._save_failed(exc, lambda: self.save(then)))

    def _move(self, service: Callable[..., ListingDetail], question: str) -> None:
        """A lifecycle move: unsaved changes are saved (or discarded) first, then confirmed."""

        def go() -> None:
            detail = self.detail
            if detail is None:
                return
            if question and not Confirm.ask(
                self,
                self.tr("Change the listing's status"),
                question.format(title=detail.data.title),
                self.tr("Go ahead"),
            ):
                return
            self._run(lambda ctx: ctx.write(service, detail.id, ctx.actor))

        if self.detail is None:
            self.save(lambda: self._move(service, question))
            return
        self.request_leave(go)

    def _extend(self) -> None:
        detail = self.detail
        if detail is None or not Confirm.ask(
            self,
            self.tr("Extend validity"),
            self.tr(
                "Keep “{title}” published for another year? A listing is extended only once."
            ).format(title=detail.data.title),
            self.tr("Extend"),
        ):
            return
        self._run(
            lambda ctx: ctx.write(
                listings.extend_listing, detail.id, ctx.actor, expected_version=detail.version
            )
        )

    def _run(self, work: Callable[[AppContext], ListingDetail]) -> None:
        ctx = self.ctx
        self._set_busy(True, self.tr("Saving…"))
        run_task(lambda: work(ctx), self._saved, lambda exc: self._save_failed(exc, None))


__all__ = ["ListingForm"]
