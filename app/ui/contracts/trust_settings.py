"""Settings ▸ Signatures: the folder of certificates the office trusts for digital signatures on
contracts (its own CA, a national CA), with how many usable certificates it holds now.

Without any, Verify checks each signature against the certificate Helix recorded when that
party signed; with them, a signature must also chain to one of these."""

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.errors import DomainError
from app.services.contract_verify import configured_trust_roots
from app.settings import Settings, config_dir

DEFAULT_FOLDER_NAME = "trusted-certificates"


class TrustSection(QGroupBox):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Digital signatures"), parent)
        note = QLabel(
            self.tr(
                "Put the certificates the office trusts (PEM or DER files of its own or a national "
                "certification authority) into this folder. Verify then also checks that every "
                "signature chains to one of them. Without any, Verify checks each signature "
                "against the certificate recorded when that party signed."
            )
        )
        note.setWordWrap(True)
        self.folder = QLineEdit(settings.trusted_certificates)
        self.folder.setPlaceholderText(str(config_dir() / DEFAULT_FOLDER_NAME))
        self.folder.textChanged.connect(self.update_count)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(self._open)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.folder, 1)
        line.addWidget(browse)
        line.addWidget(self.open_button)
        self.count = QLabel()
        self.count.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Trusted certificates"), row)
        form.addRow("", self.count)
        self.update_count()

    def chosen_folder(self) -> Path:
        text = self.folder.text().strip()
        return Path(text) if text else config_dir() / DEFAULT_FOLDER_NAME

    def update_count(self) -> None:
        folder = self.chosen_folder()
        if not folder.is_dir():
            self.count.setText(self.tr("The folder does not exist yet: no trusted certificates."))
            return
        try:
            found = len(configured_trust_roots(folder))
        except DomainError as exc:
            self.count.setText(exc.message)
            return
        if found == 0:
            text = self.tr("No trusted certificates in the folder.")
        elif found == 1:
            text = self.tr("1 trusted certificate in the folder.")
        else:
            text = self.tr("{n} trusted certificates in the folder.").format(n=found)
        self.count.setText(text)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of trusted certificates"), str(self.chosen_folder())
        )
        if chosen:
            self.folder.setText(chosen)

    def _open(self) -> None:
        folder = self.chosen_folder()
        folder.mkdir(parents=True, exist_ok=True)
        self.update_count()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def apply_to(self, settings: Settings) -> None:
        settings.trusted_certificates = self.folder.text().strip()
