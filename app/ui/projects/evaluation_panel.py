"""The three-party evaluation of a completed project (placeholder)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.services.projects import ProjectDetail
from app.ui.context import AppContext


class EvaluationPanel(QWidget):
    changed = Signal()  # an evaluation was recorded

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def show_project(self, detail: ProjectDetail | None) -> None:
        pass
