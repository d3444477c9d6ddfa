"""The Gantt-style timeline (placeholder interface; being written)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.ui.context import AppContext


class TimelineView(QWidget):
    """One project's milestones (`show_project`) or every running project (`show_running`)."""

    open_project = Signal(str)  # a project's id: the clerk clicked it (or one of its milestones)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def show_project(self, project_id: str | None) -> None:
        pass

    def show_running(self) -> None:
        pass
