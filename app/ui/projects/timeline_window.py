"""View ▸ Timeline of running projects: a window beside the main one with every running project
on one Gantt chart. A click on a project hands its id to `on_open` (the main window shows it in
the Projects screen); the window stays open for the next one.
Closing it only hides it; opening it again reloads the projects."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from app.ui import state
from app.ui.context import AppContext
from app.ui.projects.timeline import TimelineView

STATE_KEY = "timeline-window"


class RunningTimelineWindow(QDialog):
    """Modeless: the clerk keeps it open on a second screen during a meeting."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Timeline of running projects"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.on_open: Callable[[str], None] | None = None
        self.view = TimelineView(ctx, self)
        self.view.open_project.connect(self._opened)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.triggered.connect(self.view.refresh)
        self.addAction(refresh)
        if not state.restore_geometry(STATE_KEY, self):
            self.resize(1180, 640)

    def _opened(self, project_id: str) -> None:
        if self.on_open is not None:
            self.on_open(project_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        state.save_geometry(STATE_KEY, self)
        super().closeEvent(event)


def open_running_timeline(
    ctx: AppContext, parent: QWidget | None, on_open: Callable[[str], None] | None = None
) -> RunningTimelineWindow:
    """Show the timeline of every running project (raising the window if it is open already);
    `on_open(project_id)` is called when the clerk clicks a project or one of its milestones."""
    existing = parent.findChild(RunningTimelineWindow) if parent is not None else None
    window = existing if isinstance(existing, RunningTimelineWindow) else None
    if window is None:
        window = RunningTimelineWindow(ctx, parent)
    window.on_open = on_open
    window.view.show_running()
    window.show()
    window.raise_()
    window.activateWindow()
    return window
