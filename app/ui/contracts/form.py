"""The contract form: a header (number, title, status, the supervisor's comments), the moves the
contract's status and the user's role allow (save, submit for review, approve, return to the
clerk, change an approved contract), and one row of tabs: the editor's own tabs, then the
contract's revisions, its signature and its history.

The editor is editable only while the contract is a draft or returned. An approved contract,
or one issued for signature, is changed only after "Change contract…" has said what that means:
it goes back to draft, needs review again, and the issued PDF with its signatures becomes void."""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.models.enums import ContractStatus
from app.services import contracts, projects
from app.services.contract_data import ContractData, ContractDetail
from app.services.permissions import Action, may
from app.ui import labels
from app.ui.context import AppContext
from app.ui.contracts.editor import ContractEditor
from app.ui.contracts.new_contract import language_name
from app.ui.contracts.revisions import RevisionsPanel
from app.ui.contracts.signing import SigningPanel
from app.ui.errors import field_message, show_error
from app.ui.history import HistoryPanel, HistorySubject
from app.ui.projects.log_panel import ProjectLogPanel
from app.ui.prompts import Confirm
from app.ui.record_form import RecordForm
from app.ui.widgets import read_only_note
from app.ui.workers import run_task

S = ContractStatus
log = logging.getLogger(__name__)
NOTICE_STYLE = "background: #fff4d6; border: 1px solid #e0b84c; border-radius: 4px; padding: 6px;"
RETURNED_STYLE = "background: #fde7e9; border: 1px solid #d9534f; border-radius: 4px; padding: 6px;"
WITH_PROJECT = {S.IN_EXECUTION, S.COMPLETED, S.TERMINATED}  # the last signature started one
Work = Callable[[AppContext, ContractDetail], ContractDetail]


class ReturnContractDialog(QDialog):
    """What the clerk must change; Return stays disabled until something is written."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return to clerk"))
        intro = QLabel(
            self.tr(
                "Return contract {number} to the clerk. Say what must change; the clerk sees "
                "these comments and submits the contract again once it is corrected."
            ).format(number=number)
        )
        intro.setWordWrap(True)
        self.comments = QPlainTextEdit()
        self.comments.setPlaceholderText(
            self.tr("e.g. The payment schedule must follow the milestones of clause 4.")
        )
        self.comments.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.return_button = buttons.addButton(
            self.tr("Return"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.return_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.comments.textChanged.connect(lambda: self.return_button.setEnabled(bool(self.text())))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.comments, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(460, 280)

    def text(self) -> str:
        return self.comments.toPlainText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, number: str) -> str | None:
        dialog = cls(number, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.text():
            return None
        return dialog.text()


class ContractForm(RecordForm):
    """Shows one contract: the editor with the revisions, signature and history beside its tabs,
    and the review moves. Every write goes through the contract services in the background."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = may(ctx.actor, Action.EDIT_CONTRACTS)
        self.can_approve = may(ctx.actor, Action.APPROVE_CONTRACTS)
        self.detail: ContractDetail | None = None
        self._baseline: ContractData | None = None
        self._unlocked = False  # "Change contract…" accepted for an approved or issued one
        self._read_only: bool | None = None
        self._failure_banner = ""
        self.editor = ContractEditor(ctx)
        self.revisions = RevisionsPanel(ctx)
        self.signing = SigningPanel(ctx)
        self.history = HistoryPanel(ctx)
        self.log = ProjectLogPanel(ctx)
        self._make_actions()
        self._build()
        self.editor.changed.connect(self._on_edited)
        self.signing.changed.connect(self._reload_after_signing)
        self.show_detail(None)

    # -- building -------------------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(text: str, tip: str, slot: Callable[[], None]) -> QAction:
            made = QAction(text, self)
            made.setToolTip(tip)
            made.triggered.connect(lambda: slot())
            return made

        self.save_action = action(
            self.tr("&Save"), self.tr("Save the contract as a new revision (Ctrl+S)"), self.save
        )
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.revert_action = action(
            self.tr("&Revert"), self.tr("Undo the changes not yet saved"), self.revert
        )
        self.submit_action = action(
            self.tr("Su&bmit for review"),
            self.tr("Hand the contract to a supervisor, who approves it or returns it"),
            self.submit,
        )
        self.approve_action = action(
            self.tr("&Approve"),
            self.tr("The contract is right: it can be issued for signature"),
            self.approve,
        )
        self.return_action = action(
            self.tr("Return to &clerk…"),
            self.tr("Send the contract back with comments on what to change"),
            self.return_to_clerk,
        )
        self.change_action = action(
            self.tr("C&hange contract…"),
            self.tr("Change an approved contract; it then needs review again"),
            self.change_contract,
        )

    def _build(self) -> None:
        self._make_header()
        self.read_only_note = read_only_note(self.tr("You may read contracts but not change them."))
        # One row of tabs: the editor's own (Details, Parties, Clauses, …), then ours.
        self.extra_tabs = (
            (self.revisions, self.tr("Revisions")),
            (self.signing, self.tr("Signature")),
            (self.history, self.tr("History")),
        )
        self.editor.setDocumentMode(True)
        self._ensure_tabs()
        self.placeholder = QLabel(
            self.tr("Choose a contract in the list, or start one with New contract…")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")
        self.body = QStackedWidget()
        self.body.addWidget(self.placeholder)
        self.body.addWidget(self.editor)
        self.project_button = QPushButton(self.tr("Open project"))
        self.project_button.setToolTip(
            self.tr("The project this contract started, on the Projects screen")
        )
        self.project_button.clicked.connect(lambda: self.open_project())
        meta_row = QHBoxLayout()
        meta_row.addWidget(self.meta, 1)
        meta_row.addWidget(self.project_button)
        self.header = QWidget()
        header = QVBoxLayout(self.header)
        header.setContentsMargins(8, 8, 8, 0)
        header.addWidget(self.title_label)
        header.addLayout(meta_row)
        for widget in (self.notice, self.read_only_note, self.error_banner):
            header.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.body, 1)
        layout.addLayout(self._button_row())

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(8, 4, 8, 8)
        self.buttons: dict[QAction, QToolButton] = {}
        for action in (self.change_action, None, self.return_action, self.approve_action):
            if action is None:
                row.addStretch(1)
                continue
            row.addWidget(self._button(action))
        for action in (self.revert_action, self.save_action, self.submit_action):
            row.addWidget(self._button(action))
        return row

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumWidth(90)
        self.buttons[action] = button
        return button

    def _ensure_tabs(self) -> None:
        """Our tabs after the editor's (again, should the editor have rebuilt its own)."""
        for widget, title in self.extra_tabs:
            if self.editor.indexOf(widget) < 0:
                self.editor.addTab(widget, title)

    # -- state ----------------------------------------------------------------------------

    @property
    def contract_id(self) -> str | None:
        return self.detail.id if self.detail else None

    @property
    def record_id(self) -> str | None:
        return self.contract_id

    def record_title(self) -> str:
        if self.detail is None:
            return self.tr("the contract")
        return self.tr("contract {number}").format(number=self.detail.number)

    def open_record(self, record_id: str) -> bool:
        return self.open_contract(record_id)

    def show_doing(self, text: str) -> None:
        self.meta.setText(text)

    def status(self) -> ContractStatus | None:
        return ContractStatus(self.detail.status) if self.detail else None

    def allowed(self) -> set[ContractStatus]:
        """The moves the contract's status allows (the service's table, never more)."""
        status = self.status()
        return contracts.TRANSITIONS.get(status, set()) if status else set()

    def may_change(self) -> bool:
        """An approved or issued contract that a change would send back to draft."""
        status = self.status()
        return (
            self.can_edit
            and status is not None
            and status not in contracts.EDITABLE
            and S.DRAFT in self.allowed()
        )

    def editable(self) -> bool:
        status = self.status()
        if status is None or not self.can_edit:
            return False
        return status in contracts.EDITABLE or (self._unlocked and self.may_change())

    def _on_edited(self, *_args: Any) -> None:
        if self.detail is not None and self._baseline is not None:
            self._set_dirty(self.editor.data() != self._baseline)

    def _update_state(self) -> None:
        editable, idle, allowed = self.editable(), not self._busy, self.allowed()
        self.save_action.setEnabled(editable and idle and self._dirty)
        self.revert_action.setEnabled(editable and idle and (self._dirty or self._unlocked))
        moves = {
            self.submit_action: self.can_edit and S.IN_REVIEW in allowed,
            self.approve_action: self.can_approve and S.APPROVED in allowed,
            self.return_action: self.can_approve and S.RETURNED in allowed,
            self.change_action: self.may_change() and not self._unlocked,
        }
        for action, offered in moves.items():
            action.setEnabled(offered and idle)
            self.buttons[action].setVisible(offered)
        for action in (self.save_action, self.revert_action):
            self.buttons[action].setVisible(editable)
        if self._read_only is not (not editable):
            self._read_only = not editable
            self.editor.set_read_only(not editable)
        self.read_only_note.setVisible(self.detail is not None and not self.can_edit)
        self._update_header()
        super()._update_state()

    def _update_header(self) -> None:
        detail = self.detail
        self.header.setVisible(detail is not None)
        if detail is None:
            return
        title = detail.data.title or self.tr("(no title)")
        self.title_label.setText(f"{detail.number} · {title}" + (" *" if self._dirty else ""))
        parts = [
            labels.contract_kind_label(detail.kind),
            labels.contract_status_label(detail.status),
            language_name(detail.language),
        ]
        if detail.updated_by:
            parts.append(self.tr("last saved by {user}").format(user=detail.updated_by))
        self.meta.setText(" · ".join(parts))
        self.project_button.setVisible(ContractStatus(detail.status) in WITH_PROJECT)
        text, style = self._notice(detail)
        self.notice.setText(text)
        self.notice.setStyleSheet(style)
        self.notice.setVisible(bool(text))

    def _notice(self, detail: ContractDetail) -> tuple[str, str]:
        """What the contract waits for, or the supervisor's comments when it was returned."""
        status = ContractStatus(detail.status)
        if self._unlocked:
            return self.tr(
                "You are changing an approved contract. Saving sends it back to draft: it needs "
                "review again, and the PDF issued for signature becomes void."
            ), NOTICE_STYLE
        if status is S.RETURNED and detail.review_comments:
            return self.tr(
                "Returned by the supervisor: {comments}\nCorrect it, then submit it again."
            ).format(comments=detail.review_comments), RETURNED_STYLE
        texts = {
            S.IN_REVIEW: self.tr("Check the contract, then approve it or return it to the clerk.")
            if self.can_approve
            else self.tr("Waiting for a supervisor to approve it or return it."),
            S.APPROVED: self.tr("Approved. Issue the PDF for signature on the Signature tab."),
            S.AWAITING_SIGNATURE: self.tr(
                "Issued for signature. Record each party's signature on the Signature tab."
            ),
        }
        return texts.get(status, ""), NOTICE_STYLE

    # -- loading --------------------------------------------------------------------------

    def show_detail(self, detail: ContractDetail | None) -> None:
        """Show a contract as stored (or nothing), dropping what was typed."""
        self.detail = detail
        self._unlocked = False
        self._baseline = None
        self._dirty = False
        self.body.setCurrentWidget(self.editor if detail else self.placeholder)
        if detail is not None:
            self.editor.set_contract(detail)
            self._ensure_tabs()
            self._baseline = self.editor.data()
        self.revisions.show_contract(detail.id if detail else None)
        self.signing.show_contract(detail)
        self._show_log(detail)
        self.history.set_subject(HistorySubject("contract", detail.id) if detail else None)
        self.clear_errors()
        self._update_state()

    def open_contract(self, contract_id: str) -> bool:
        """Load a contract from the database into the form (discarding what is in it)."""
        try:
            detail = self.ctx.read(contracts.get_contract, contract_id)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.show_detail(detail)
        return True

    def clear(self) -> None:
        self.show_detail(None)

    def revert(self) -> None:
        self.show_detail(self.detail)

    def focus_first_field(self) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_log(self, detail: ContractDetail | None) -> None:
        """The project's log (progress, feedback, problems) once the contract has a project."""
        project = None
        if detail is not None and S(detail.status) in WITH_PROJECT:
            try:
                project = self.ctx.read(projects.project_for_contract, detail.id)
            except Exception:  # the tab is extra: a failed read leaves it out, nothing more
                log.warning("the project of %s could not be read", detail.number, exc_info=True)
        index = self.editor.indexOf(self.log)
        if project is None:
            if index >= 0:
                self.editor.removeTab(index)
            return
        if index < 0:
            self.editor.insertTab(self.editor.indexOf(self.history), self.log, self.tr("Log"))
        self.log.show_project(project)

    def open_project(self) -> None:
        """The project this contract started, on the Projects screen."""
        contract_id = self.contract_id
        open_in = getattr(self.window(), "open_in", None)
        if contract_id and open_in is not None:
            open_in("projects", lambda screen: screen.show_contract_project(contract_id))

    def _reload_after_signing(self) -> None:
        """The Signature tab issued the PDF or recorded a signature: show the new status."""
        contract_id = self.contract_id
        if contract_id and self.open_contract(contract_id):
            self.saved.emit(self.detail)

    # -- errors ---------------------------------------------------------------------------

    def clear_errors(self) -> None:
        super().clear_errors()
        self.editor.clear_errors()

    def show_validation(self, error: ValidationError) -> None:
        self.clear_errors()
        self.editor.show_errors({key: field_message(text) for key, text in error.fields.items()})
        self.error_banner.setText(
            self._failure_banner
            or self.tr("Not saved: correct what is marked in red, then save again.")
        )
        self.error_banner.show()

    # -- saving and moving ----------------------------------------------------------------

    def save(self, then: Callable[[], None] | None = None) -> None:
        detail = self.detail
        if self._busy or detail is None or not self.editable():
            return
        self._after_save = then
        data, ctx = self.editor.data(), self.ctx
        self._failure_banner = self.tr(
            "The contract was not saved: correct what is marked in red, then save again."
        )
        self._set_busy(True, self.tr("Saving…"))
        run_task(
            lambda: ctx.write(
                contracts.update_contract, detail.id, detail.version, data, ctx.actor
            ),
            self._saved,
            lambda exc: self._save_failed(exc, lambda: self.save(then)),
        )

    def _run(self, work: Work, banner: str = "") -> None:
        detail, ctx = self.detail, self.ctx
        if detail is None or self._busy:
            return
        self._failure_banner = banner
        self._set_busy(True, self.tr("Saving…"))
        run_task(
            lambda: work(ctx, detail),
            self._saved,
            lambda exc: self._save_failed(exc, lambda: self._run(work, banner)),
        )

    def submit(self) -> None:
        """Unsaved changes are saved first; then the contract goes to a supervisor."""

        def go() -> None:
            self._run(
                lambda ctx, d: ctx.write(
                    contracts.submit_for_review, d.id, ctx.actor, expected_version=d.version
                ),
                self.tr(
                    "The contract was not submitted: correct what is marked in red, save, then "
                    "submit it again."
                ),
            )

        if self._dirty:
            self.save(go)
        else:
            go()

    def approve(self) -> None:
        detail = self.detail
        if detail is None or not Confirm.ask(
            self,
            self.tr("Approve contract"),
            self.tr("Approve contract {number}? It can then be issued for signature.").format(
                number=detail.number
            ),
            self.tr("Approve"),
        ):
            return
        self._run(
            lambda ctx, d: ctx.write(
                contracts.approve_contract, d.id, ctx.actor, expected_version=d.version
            )
        )

    def return_to_clerk(self) -> None:
        detail = self.detail
        if detail is None:
            return
        comments = ReturnContractDialog.ask(self, detail.number)
        if comments is None:
            return
        self._run(
            lambda ctx, d: ctx.write(
                contracts.return_contract, d.id, comments, ctx.actor, expected_version=d.version
            )
        )

    def change_contract(self) -> None:
        """Make an approved (or issued) contract editable, once the clerk knows the cost."""
        detail = self.detail
        if detail is None or not self.may_change():
            return
        if not Confirm.ask(
            self,
            self.tr("Change contract"),
            self.tr(
                "Contract {number} is {status}. Changing it sends it back to draft: it must be "
                "reviewed and approved again, and the PDF issued for signature (with any "
                "signatures recorded on it) becomes void. Change it?"
            ).format(
                number=detail.number,
                status=labels.contract_status_label(detail.status).lower(),
            ),
            self.tr("Change it"),
        ):
            return
        self._unlocked = True
        self._update_state()
        self.focus_first_field()


__all__ = ["ContractForm", "ReturnContractDialog"]
