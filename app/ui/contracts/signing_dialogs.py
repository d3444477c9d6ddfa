"""The dialogs of the contract's Signature tab: recording a wet-ink signature (who signed, when,
the scanned signed copy) and signing digitally with a PKCS#12 certificate. Each keeps itself
open with the message beside the field when the service refuses, so nothing typed is lost."""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationError
from app.services.contract_issue import PartySlot
from app.ui.errors import domain_message, show_error

ERROR_STYLE = "color: #b00020;"
Submit = Callable[[dict[str, Any], Callable[[Any], None], Callable[[BaseException], None]], None]


class _SignatureDialog(QDialog):
    """A form whose OK hands the values to `submit` (which may run in the background) and stays
    open until it succeeds."""

    def __init__(self, slot: PartySlot, submit: Submit, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.slot = slot
        self._submit = submit
        self.result_value: Any = None
        self.form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.hide()
        party = QLabel(f"<b>{slot.role_label}</b>: {slot.name or '—'}")
        party.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(self.tr("Party"), party)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

    def add_row(self, key: str, label: str, widget: QWidget) -> None:
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(error)
        self.errors[key] = error
        self.form.addRow(label, box)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def _ok(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.banner.hide()
        self.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._submit(self.values(), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.unsetCursor()
        self.setEnabled(True)
        self.result_value = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.unsetCursor()
        self.setEnabled(True)
        if isinstance(exc, ValidationError):
            for key, text in exc.fields.items():
                label = self.errors.get(key)
                if label is not None:
                    label.setText(QCoreApplication.translate("Helix", text))
                    label.show()
            self.banner.setText(self.tr("Correct the marked fields and press OK again."))
            self.banner.show()
        elif isinstance(exc, DomainError):
            self.banner.setText(domain_message(exc))
            self.banner.show()
        else:
            show_error(self, exc)


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
