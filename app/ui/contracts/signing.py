"""The contract form's Signature tab: the PDF (preview, print, save as), issue for signature,
each party's signature (wet ink with the scanned copy, or digital with a PKCS#12 certificate),
and checking a contract PDF someone sends back (Verify a file…).

Rendering, signing and verifying run off the GUI thread; the tab says what is happening."""

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services import contract_issue
from app.services.contract_data import ContractDetail
from app.services.contract_issue import IssueDetail, PartySlot
from app.services.contract_verify import FileVerdict, verify_contract_file
from app.services.files import viewing_copy, write_exactly
from app.services.permissions import Action, may
from app.ui.context import AppContext
from app.ui.contracts.signing_dialogs import DigitalSignDialog, Submit, WetInkDialog
from app.ui.errors import MessageBox, show_error
from app.ui.workers import run_task

ISSUABLE = "approved"
SIGNABLE = "awaiting_signature"


def _local(moment: datetime) -> str:
    """A stored moment (UTC) in the user's time zone and locale."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    local = QDateTime.fromSecsSinceEpoch(int(aware.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def _day(value: Any) -> str:
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


class SigningPanel(QWidget):
    changed = Signal()  # the contract's status changed (issued, signed): reload it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = may(ctx.actor, Action.EDIT_CONTRACTS)
        self.detail: ContractDetail | None = None
        self.issue: IssueDetail | None = None
        self.history: list[IssueDetail] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QLabel()
        self.busy.setStyleSheet("color: #1f3a5f;")
        self.busy.hide()

        def button(text: str, tip: str, slot: Any) -> QPushButton:
            made = QPushButton(text)
            made.setToolTip(tip)
            made.clicked.connect(lambda: slot())
            return made

        self.preview_button = button(
            self.tr("Preview…"), self.tr("Show the contract's PDF"), self.preview
        )
        self.print_button = button(self.tr("Print…"), self.tr("Print the PDF"), self.print_pdf)
        self.save_button = button(
            self.tr("Save PDF as…"), self.tr("Save the PDF to a file, unchanged"), self.save_pdf
        )
        self.issue_button = button(
            self.tr("Issue for signature"),
            self.tr("Freeze the approved contract's PDF; the parties sign exactly this file"),
            self.issue_for_signature,
        )
        self.verify_button = button(
            self.tr("Verify a file…"),
            self.tr("Check a contract PDF against the issued one and its signatures"),
            self.verify_file,
        )
        self.wet_button = button(
            self.tr("Record wet-ink signature…"),
            self.tr("The chosen party signed the printed contract: record it with the scan"),
            self.record_wet_ink,
        )
        self.digital_button = button(
            self.tr("Sign digitally…"),
            self.tr("The chosen party signs the PDF with their certificate"),
            self.sign_digitally,
        )
        self.scan_button = button(
            self.tr("Open scanned copy"),
            self.tr("Open the scanned signed copy of the chosen party"),
            self.open_scan,
        )
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Party"), self.tr("Signatory"), self.tr("Signature")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.earlier = QLabel()
        self.earlier.setWordWrap(True)
        self.earlier.setStyleSheet("color: #666666;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        for b in (self.preview_button, self.print_button, self.save_button, self.issue_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.verify_button)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)
        signs = QHBoxLayout()
        for b in (self.wet_button, self.digital_button, self.scan_button):
            signs.addWidget(b)
        signs.addStretch(1)
        layout.addLayout(signs)
        layout.addWidget(self.earlier)
        self.show_contract(None)

    # -- showing --------------------------------------------------------------------------

    def show_contract(self, detail: ContractDetail | None) -> None:
        self.detail = detail
        self.issue = None
        self.history = []
        if detail is not None:
            try:
                self.history = self.ctx.read(contract_issue.issue_history, detail.id)
            except Exception as exc:
                show_error(self, exc)
            self.issue = next((i for i in self.history if i.voided_at is None), None)
        self._show()

    def _show(self) -> None:
        self.summary.setText(self._summary_text())
        slots = self.issue.parties if self.issue else ()
        self.table.setRowCount(len(slots))
        for row, slot in enumerate(slots):
            who = slot.signatory_name + (
                f", {slot.signatory_title}" if slot.signatory_title else ""
            )
            cells = (f"{slot.role_label}: {slot.name}", who, self._signature_text(slot))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2 and slot.signature is None:
                    item.setForeground(Qt.GlobalColor.darkYellow)
                self.table.setItem(row, column, item)
        if slots:
            waiting = next((s.position for s in slots if s.signature is None), 0)
            self.table.selectRow(waiting)
        self.table.setVisible(bool(slots))
        voided = [i for i in self.history if i.voided_at is not None]
        self.earlier.setText(
            "\n".join(
                self.tr(
                    "Voided: the PDF of revision {rev} issued {issued}, voided {voided} ({why})"
                ).format(
                    rev=i.revision_number,
                    issued=_local(i.issued_at),
                    voided=_local(i.voided_at) if i.voided_at else "",
                    why=i.void_reason,
                )
                for i in voided
            )
        )
        self.earlier.setVisible(bool(voided))
        self._update_buttons()

    def _summary_text(self) -> str:
        if self.detail is None:
            return ""
        if self.issue is not None:
            issued = self.tr(
                "Issued for signature {when} by {who}, from revision {rev}: {pages} pages, "
                "SHA-256 {sha}."
            ).format(
                when=_local(self.issue.issued_at),
                who=self.issue.issued_by,
                rev=self.issue.revision_number,
                pages=self.issue.pages,
                sha=self.issue.sha256,
            )
            if self.issue.all_signed:
                return issued + "\n" + self.tr("Every party has signed: the contract is signed.")
            return (
                issued
                + "\n"
                + self.tr("Waiting for {n} of {total} signatures.").format(
                    n=len(self.issue.waiting_for), total=len(self.issue.parties)
                )
            )
        if self.detail.status == ISSUABLE:
            return self.tr(
                "Approved. Issue it for signature to freeze the PDF the parties sign; until then "
                "the PDF is a copy marked DRAFT."
            )
        return self.tr(
            "Not approved yet: the PDF is a copy marked DRAFT for reading and discussion. A "
            "supervisor's approval lets it be issued for signature."
        )

    def _signature_text(self, slot: PartySlot) -> str:
        s = slot.signature
        if s is None:
            return self.tr("Waiting")
        if s.method == contract_issue.DIGITAL:
            return self.tr("Signed digitally {when} ({cert})").format(
                when=_local(s.recorded_at), cert=s.certificate_subject
            )
        return self.tr("Signed in ink on {day} by {who}; scan {scan} recorded by {clerk}").format(
            day=_day(s.signed_on), who=s.signatory_name, scan=s.scan_name, clerk=s.recorded_by
        )

    def selected_slot(self) -> PartySlot | None:
        if self.issue is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.issue.parties[rows[0].row()] if rows else None

    def _update_buttons(self, working: bool = False) -> None:
        has = self.detail is not None
        status = self.detail.status if self.detail else ""
        slot = self.selected_slot()
        open_slot = slot is not None and slot.signature is None
        for b in (self.preview_button, self.print_button, self.save_button):
            b.setEnabled(has and not working)
        self.issue_button.setVisible(self.can_edit and status == ISSUABLE)
        self.issue_button.setEnabled(not working)
        can_sign = self.can_edit and status == SIGNABLE and open_slot and not working
        self.wet_button.setEnabled(can_sign)
        self.digital_button.setEnabled(can_sign)
        for b in (self.wet_button, self.digital_button):
            b.setVisible(self.can_edit and self.issue is not None)
        has_scan = (
            slot is not None and slot.signature is not None and bool(slot.signature.scan_name)
        )
        self.scan_button.setVisible(self.issue is not None)
        self.scan_button.setEnabled(has_scan)
        self.verify_button.setEnabled(not working)

    def _working(self, text: str) -> None:
        self.busy.setText(text)
        self.busy.show()
        self._update_buttons(working=True)

    def _idle(self) -> None:
        self.busy.hide()
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        show_error(self, exc)

    # -- the PDF --------------------------------------------------------------------------

    def _with_pdf(self, then: Any) -> None:
        if self.detail is None:
            return
        contract_id = self.detail.id
        self._working(self.tr("Preparing the PDF…"))

        def done(result: tuple[bytes, bool]) -> None:
            self._idle()
            then(*result)

        run_task(
            lambda: self.ctx.read(contract_issue.contract_pdf, contract_id), done, self._failed
        )

    def _file_name(self) -> str:
        number = self.detail.number if self.detail else "contract"
        return f"{number}.pdf"

    def preview(self) -> None:
        def show(data: bytes, issued: bool) -> None:
            from app.ui.pdf_preview import PdfPreviewDialog

            title = self.detail.number if self.detail else ""
            if not issued:
                title = self.tr("{number} (draft copy)").format(number=title)
            PdfPreviewDialog(data, title, self._file_name(), self).exec()

        self._with_pdf(show)

    def print_pdf(self) -> None:
        def show(data: bytes, _issued: bool) -> None:
            from app.ui.pdf_preview import PdfPreviewDialog

            dialog = PdfPreviewDialog(
                data, self.detail.number if self.detail else "", self._file_name(), self
            )
            dialog.print_document()

        self._with_pdf(show)

    def save_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the contract PDF"), self._file_name(), self.tr("PDF (*.pdf)")
        )
        if not name:
            return
        target = Path(name)

        def write(data: bytes, _issued: bool) -> None:
            try:
                write_exactly(target, data)
            except DomainError as exc:
                show_error(self, exc)

        self._with_pdf(write)

    # -- issue and signatures -------------------------------------------------------------

    def issue_for_signature(self) -> None:
        if self.detail is None:
            return
        contract_id, version = self.detail.id, self.detail.version
        self._working(self.tr("Issuing the PDF for signature…"))

        def done(_issue: IssueDetail) -> None:
            self._idle()
            self.changed.emit()

        run_task(
            lambda: self.ctx.write(
                contract_issue.issue_for_signature, contract_id, self.ctx.actor, version
            ),
            done,
            self._failed,
        )

    def _submit(self, service: Any, slot: PartySlot) -> Submit:
        assert self.detail is not None
        contract_id = self.detail.id

        def submit(values: dict[str, Any], on_done: Any, on_error: Any) -> None:
            if "password" in values:
                values = {**values, "password": values["password"].encode()}
            run_task(
                lambda: self.ctx.write(
                    service, contract_id, slot.position, by=self.ctx.actor, **values
                ),
                on_done,
                on_error,
            )

        return submit

    def record_wet_ink(self) -> None:
        slot = self.selected_slot()
        if slot is None or slot.signature is not None:
            return
        dialog = WetInkDialog(slot, self._submit(contract_issue.record_wet_signature, slot), self)
        if dialog.exec():
            self.changed.emit()

    def sign_digitally(self) -> None:
        slot = self.selected_slot()
        if slot is None or slot.signature is not None:
            return
        dialog = DigitalSignDialog(slot, self._submit(contract_issue.sign_digitally, slot), self)
        if dialog.exec():
            self.changed.emit()

    def open_scan(self) -> None:
        """Write the scanned signed copy to a temporary folder and open it with its program."""
        slot = self.selected_slot()
        if self.detail is None or slot is None:
            return
        ctx, contract_id, number = self.ctx, self.detail.id, self.detail.number

        def fetch() -> Path:  # up to 25 MB: read and written off the GUI thread
            name, data = ctx.read(contract_issue.signed_scan, contract_id, slot.position)
            return viewing_copy(f"{number}-{slot.position + 1}-{Path(name).name}", data)

        def show(target: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

        run_task(fetch, show, self._failed)

    # -- verify ---------------------------------------------------------------------------

    def verify_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the contract PDF to check"), "", self.tr("PDF (*.pdf)")
        )
        if not name:
            return
        self._working(self.tr("Checking {file}…").format(file=Path(name).name))
        run_task(
            lambda: self.ctx.read(verify_contract_file, Path(name)),
            self._show_verdict,
            self._failed,
        )

    def _show_verdict(self, verdict: FileVerdict) -> None:
        self._idle()
        lines = []
        if verdict.number:
            lines.append(self.tr("Contract {number}").format(number=verdict.number))
        for check in verdict.signatures:
            state = self.tr("intact") if check.intact and check.valid else self.tr("BROKEN")
            lines.append(
                self.tr("{field}: signed by {signer}, {state}").format(
                    field=check.field, signer=check.signer, state=state
                )
            )
        lines += list(verdict.notes)
        if verdict.ok:
            lines.insert(
                0, self.tr("The file is the issued contract and its signatures are in order.")
            )
            icon = QMessageBox.Icon.Information
        else:
            lines.insert(0, self.tr("This file is NOT in order:"))
            lines[1:1] = [f"• {p}" for p in verdict.problems]
            icon = QMessageBox.Icon.Warning
        MessageBox.show(
            self, icon, self.tr("Verify {file}").format(file=verdict.file_name), "\n".join(lines)
        )
