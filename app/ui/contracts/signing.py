"""Issue for signature, signatures and verification (placeholder interface; being written)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.services.contract_data import ContractDetail
from app.ui.context import AppContext


class SigningPanel(QWidget):
    changed = Signal()  # the contract's status changed (issued, signed): reload it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def show_contract(self, detail: ContractDetail | None) -> None:
        pass
