"""The dialogs of the contract's Signature tab: recording a wet-ink signature (who signed, when,
the scanned signed copy) and signing digitally with a PKCS#12 certificate. Each keeps itself
open with the message beside the field when the service refuses, so nothing typed is lost."""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.services.contract_issue import PartySlot
from app.ui.submit_dialog import Submit, SubmitDialog


class _SignatureDialog(SubmitDialog):
    """The party who signs, above the fields of the way they sign."""

    def __init__(self, slot: PartySlot, submit: Submit, parent: QWidget | None) -> None:
        super().__init__(submit, parent)
        self.slot = slot
        party = QLabel(f"<b>{slot.role_label}</b>: {slot.name or '—'}")
        party.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(self.tr("Party"), party)


def _file_row(edit: QLineEdit, choose: Callable[[], None], text: str) -> QWidget:
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(edit, 1)
    browse = QPushButton(text)
    browse.clicked.connect(lambda: choose())
    line.addWidget(browse)
    return row


class WetInkDialog(_SignatureDialog):
    """Who signed the printed contract for this party, when, and the scanned signed copy."""

    def __init__(self, slot: PartySlot, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(slot, submit, parent)
        self.setWindowTitle(self.tr("Record a wet-ink signature"))
        self.name = QLineEdit(slot.signatory_name)
        self.title = QLineEdit(slot.signatory_title)
        self.signed_on = QDateEdit(QDate.currentDate())
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setMaximumDate(QDate.currentDate())
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("The scanned signed copy (PDF, PNG, JPEG or TIFF)"))
        self.add_row("signatory_name", self.tr("Signed by"), self.name)
        self.add_row("signatory_title", self.tr("Title"), self.title)
        self.add_row("signed_on", self.tr("Date signed"), self.signed_on)
        self.add_row("scan", self.tr("Scanned copy"), _file_row(self.scan, self._choose, "…"))
        self.resize(520, self.sizeHint().height())

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the scanned signed copy"),
            "",
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
        )
        if name:
            self.scan.setText(name)

    def values(self) -> dict[str, Any]:
        chosen = self.signed_on.date()
        return {
            "signatory_name": self.name.text(),
            "signatory_title": self.title.text(),
            "signed_on": date(chosen.year(), chosen.month(), chosen.day()),
            "scan_path": Path(self.scan.text().strip()),
        }


class DigitalSignDialog(_SignatureDialog):
    """The signer's PKCS#12 file and its password; the signature goes into this party's box."""

    def __init__(self, slot: PartySlot, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(slot, submit, parent)
        self.setWindowTitle(self.tr("Sign digitally"))
        self.p12 = QLineEdit()
        self.p12.setPlaceholderText(self.tr("The signer's certificate file (.p12 or .pfx)"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row("p12", self.tr("Certificate"), _file_row(self.p12, self._choose, "…"))
        self.add_row("password", self.tr("Password"), self.password)
        note = QLabel(
            self.tr(
                "The signature is added to the PDF in this party's signature box. Signatures "
                "made before stay valid: the file is extended, never rewritten."
            )
        )
        note.setWordWrap(True)
        self.form.addRow("", note)
        self.resize(520, self.sizeHint().height())

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the signer's certificate"),
            "",
            self.tr("PKCS#12 certificates (*.p12 *.pfx)"),
        )
        if name:
            self.p12.setText(name)

    def values(self) -> dict[str, Any]:
        return {"p12_path": Path(self.p12.text().strip()), "password": self.password.text()}

    def _failed(self, exc: BaseException) -> None:
        self.password.clear()  # never kept longer than one attempt
        super()._failed(exc)
