"""The Gantt-style timeline: one project's milestones (`show_project`, embedded in the Projects
screen) or every running project (`show_running`, the Timeline window). Zoom by weeks, months or
quarters; a click on a project's row or a milestone opens the project; Export… writes the whole
chart as a PNG picture or a one-page PDF for a meeting."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services.timeline import TimelineProject, project_timeline, running_timelines
from app.ui import state
from app.ui.context import AppContext
from app.ui.errors import domain_message, show_error
from app.ui.projects.timeline_chart import GanttChart
from app.ui.projects.timeline_export import export_timeline
from app.ui.projects.timeline_layout import ZOOM_LABELS, Row, Zoom, milestone_rows, project_row
from app.ui.projects.timeline_paint import legend, legend_width
from app.ui.workers import run_task

ZOOM_KEY = "timeline/zoom"  # view state: the zoom last chosen
FOLDER_KEY = "timeline/folder"  # view state: where the last export went


class TimelineFile:
    """Where to export the timeline (a save-file dialog); None when the clerk cancelled."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        pdf = QCoreApplication.translate("Timeline", "PDF document (*.pdf)")
        png = QCoreApplication.translate("Timeline", "PNG picture (*.png)")
        path, chosen = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Timeline", "Export the timeline"),
            str(suggested),
            f"{pdf};;{png}",
        )
        if not path:
            return None
        file = Path(path)
        if file.suffix.lower() not in (".pdf", ".png"):
            file = file.with_name(file.name + (".png" if chosen == png else ".pdf"))
        return file


class _Legend(QWidget):
    """The four colours and what they mean, as in the exported file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(round(legend_width(self.font())), self.fontMetrics().height() + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            legend(p, self.font(), 0, 2)
        finally:
            p.end()


class TimelineView(QWidget):
    """One project's milestones (`show_project`) or every running project (`show_running`)."""

    open_project = Signal(str)  # a project's id: the clerk clicked it (or one of its milestones)
    open_milestone = Signal(str)  # a milestone's id, when the click was on its mark
    exported = Signal(str)  # the file Export… wrote

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fixed_today = today  # tests fix the day; otherwise the real today
        self.projects: list[TimelineProject] = []
        self.single: str | None = None  # the project shown alone, if any
        self.running = False
        self._shown: tuple[str | None, bool] | None = None  # what the chart shows now
        self._loading = 0
        remembered = str(state.view_state().value(ZOOM_KEY, Zoom.MONTH.value))
        self._zoom = Zoom(remembered) if remembered in set(Zoom) else Zoom.MONTH
        self._build()

    @property
    def today(self) -> date:
        return self.fixed_today or date.today()

    @property
    def zoom(self) -> Zoom:
        return self._zoom

    def _build(self) -> None:
        self.chart = GanttChart(self)
        self.chart.row_clicked.connect(self.open_project)
        self.chart.milestone_clicked.connect(self.open_milestone)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.chart)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.stack, 1)
        # The legend below the chart: beside the toolbar it made the view some 840 px wide,
        # squeezing the project list next to it.
        legend_row = QHBoxLayout()
        legend_row.addStretch(1)
        legend_row.addWidget(_Legend())
        layout.addLayout(legend_row)
        self._show_placeholder(self.tr("Choose a project to see its timeline."))

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.zoom_buttons = QButtonGroup(self)
        for zoom in Zoom:
            button = QToolButton()
            button.setText(QCoreApplication.translate("Timeline", str(ZOOM_LABELS[zoom])))
            button.setCheckable(True)
            button.setChecked(zoom is self._zoom)
            button.setAutoRaise(False)
            button.clicked.connect(lambda _=False, z=zoom: self.set_zoom(z))
            self.zoom_buttons.addButton(button)
            bar.addWidget(button)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Scroll to today"))
        self.today_button.clicked.connect(lambda: self.chart.scroll_to_day(self.today))
        bar.addSpacing(8)
        bar.addWidget(self.today_button)
        self.status_label = QLabel()
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar.addSpacing(8)
        bar.addWidget(self.status_label, 1)
        bar.addSpacing(12)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr("Save the whole timeline as a PNG picture or a PDF page for a meeting")
        )
        self.export_button.clicked.connect(self.export)
        bar.addWidget(self.export_button)
        return bar

    # -- what is shown ----------------------------------------------------------------------

    def show_project(self, project_id: str | None) -> None:
        self.single, self.running = project_id, False
        if project_id is None:
            self._loading += 1
            self.projects = []
            self._show_placeholder(self.tr("Choose a project to see its timeline."))
            return
        self.refresh()

    def show_running(self) -> None:
        self.single, self.running = None, True
        self.refresh()

    def refresh(self) -> None:
        """Load again what is shown (after a milestone changed, or F5 in the window)."""
        ctx, today, single = self.ctx, self.today, self.single
        if single is None and not self.running:
            return
        self._loading += 1
        number = self._loading
        if not self.projects:
            self._show_placeholder(self.tr("Loading the timeline…"))

        def load() -> list[TimelineProject]:
            if single is not None:
                return [ctx.read(project_timeline, single, today=today)]
            return ctx.read(running_timelines, today=today)  # type: ignore[no-any-return]

        run_task(load, lambda rows: self._loaded(number, rows), lambda e: self._failed(number, e))

    def _loaded(self, number: int, projects: list[TimelineProject]) -> None:
        if number != self._loading:
            return
        again = (
            self._shown == (self.single, self.running) and self.stack.currentWidget() is self.chart
        )
        self._shown = (self.single, self.running)
        self.projects = projects
        if not projects:
            self._show_placeholder(
                self.tr(
                    "No project is running. A project starts when the last party signs its "
                    "contract."
                )
            )
            return
        rows = self.rows()
        self.chart.set_rows(rows, self._zoom, self.today, again=again)
        self.stack.setCurrentWidget(self.chart)
        self.export_button.setEnabled(True)
        self.today_button.setEnabled(True)

    def _failed(self, number: int, exc: BaseException) -> None:
        if number != self._loading:
            return
        self.projects = []
        if isinstance(exc, DomainError):
            reason = domain_message(exc)
        else:
            show_error(self, exc)
            reason = ""
        self._show_placeholder(
            self.tr("The timeline could not be loaded. {reason}").format(reason=reason).strip()
        )

    def rows(self) -> list[Row]:
        if self.single is not None and self.projects:
            return milestone_rows(self.projects[0])
        return [project_row(p) for p in self.projects]

    def _show_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)
        self.export_button.setEnabled(False)
        self.today_button.setEnabled(False)

    def set_zoom(self, zoom: Zoom) -> None:
        self._zoom = zoom
        self.zoom_buttons.buttons()[list(Zoom).index(zoom)].setChecked(True)
        self.chart.set_zoom(zoom)
        state.view_state().setValue(ZOOM_KEY, zoom.value)

    # -- export -----------------------------------------------------------------------------

    def title(self) -> str:
        if self.single is not None and self.projects:
            project = self.projects[0]
            return self.tr("{title} ({number}) — milestones").format(
                title=project.title, number=project.contract_number
            )
        return self.tr("Running projects ({count})").format(count=len(self.projects))

    def export(self) -> None:
        """Ask for a file, then write the whole timeline there (in the background)."""
        if not self.projects:
            return
        target = TimelineFile.ask(self, self._suggested_file())
        if target is not None:
            state.view_state().setValue(FOLDER_KEY, str(target.parent))
            self.export_to(target)

    def export_to(self, target: str | Path) -> None:
        """Write the timeline to `target` (.png or .pdf); `exported` tells when it is there.
        A picture of hundreds of projects takes a second or two: it is drawn off the GUI thread
        from plain data (rows, dates, fonts), never from the widget."""
        chart, title = self.chart.painter(), self.title()
        self.status_label.clear()
        self.export_button.setEnabled(False)
        self.export_button.setText(self.tr("Exporting…"))
        run_task(
            lambda: export_timeline(chart, title, target),
            self._exported,
            self._export_failed,
            purpose="export",
        )

    def _exported(self, path: Path) -> None:
        self._export_finished()
        self.status_label.setText(self.tr("Saved as {file}.").format(file=path.name))
        self.status_label.setToolTip(str(path))
        self.exported.emit(str(path))

    def _export_failed(self, exc: BaseException) -> None:
        self._export_finished()
        show_error(self, exc)

    def _export_finished(self) -> None:
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setEnabled(bool(self.projects))

    def _suggested_file(self) -> Path:
        folder = Path(
            str(state.view_state().value(FOLDER_KEY, "") or "")
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        if not folder.is_dir():
            folder = Path.home()
        what = "timeline" if self.single is None else f"timeline-{self.projects[0].contract_number}"
        return folder / f"{what}-{self.today.isoformat()}.pdf"
