"""The scrolling Gantt chart: paints through ChartPainter, maps dates to x for the tests and
the mouse, shows a tooltip for a bar or a milestone, and reports clicks on a row or a mark."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from app.services.timeline import TimelineMilestone
from app.ui.projects.timeline_layout import Row, Zoom, milestone_tooltip, scale_for
from app.ui.projects.timeline_paint import ChartPainter, Geometry


@dataclass(frozen=True)
class Hit:
    """What is under the mouse: a row, and the milestone mark on it if the mouse is on one."""

    row: int
    milestone: TimelineMilestone | None = None


class GanttChart(QAbstractScrollArea):
    """Rows on a time axis; the row labels and the date header stay put while it scrolls."""

    row_clicked = Signal(str)  # the row's project id
    milestone_clicked = Signal(str)  # a milestone's id (row_clicked follows with its project)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.today = date.today()
        self.scale = scale_for([], Zoom.MONTH, self.today)
        self.sizes = Geometry.for_font(self.font())
        self.viewport().setMouseTracking(True)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        # Until the clerk scrolls, this date stays at this fraction of the width (through resizes).
        self._anchor: tuple[date, float] | None = None
        self.horizontalScrollBar().valueChanged.connect(self.viewport().update)
        self.horizontalScrollBar().actionTriggered.connect(self._drop_anchor)
        self.verticalScrollBar().valueChanged.connect(self.viewport().update)

    # -- content --------------------------------------------------------------------------

    def set_rows(self, rows: list[Row], zoom: Zoom, today: date, *, again: bool = False) -> None:
        """Show these rows; today placed in view, or, when the same rows are shown `again`
        (reloaded after a change), the view left where the clerk had scrolled it."""
        first, x, y = (
            self.scale.first,
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
        )
        self.rows, self.today = rows, today
        self._rescale(zoom)
        if again and self._anchor is None:
            self.horizontalScrollBar().setValue(round(x + self.scale.edge(first)))
            self.verticalScrollBar().setValue(y)
        elif again and self._anchor is not None:
            self.scroll_to_day(*self._anchor)
        else:
            self.verticalScrollBar().setValue(0)
            self.scroll_to_day(today, self._today_at())
        self.viewport().update()

    def _today_at(self) -> float:
        """Where today goes at first: as far across as it is between the first and the last date
        of the rows, within the middle part of the view (past work on the left, what comes on
        the right)."""
        days = [d for r in self.rows for d in r.days]
        if not days:
            return 0.3
        low, high = min(days), max(days)
        across = (self.today - low).days / max(1, (high - low).days)
        return min(0.8, max(0.3, across))

    def set_zoom(self, zoom: Zoom) -> None:
        """Another zoom; the date in the middle of the view stays in the middle (or today stays
        where it was, if the clerk has not scrolled since)."""
        if zoom is self.scale.zoom:
            return
        middle = self.scale.day_at(self.horizontalScrollBar().value() + self._time_width() / 2)
        anchor = self._anchor or (middle, 0.5)
        self._rescale(zoom)
        self.scroll_to_day(*anchor)
        self.viewport().update()

    def _rescale(self, zoom: Zoom) -> None:
        """The scale for the rows at this zoom, wide enough to show today at the left third."""
        days = [d for r in self.rows for d in r.days]
        self.scale = scale_for(days, zoom, self.today, room=self._time_width() * 0.7)
        self._update_scrollbars()

    def painter(self) -> ChartPainter:
        return ChartPainter(self.rows, self.scale, self.today, self.sizes, self.font())

    # -- geometry (in viewport coordinates, after scrolling) -------------------------------

    def x_for(self, day: date) -> float:
        """Where `day`'s middle is in the viewport: its milestone marks and the today line."""
        return self.sizes.label_width + self.scale.x_for(day) - self.horizontalScrollBar().value()

    def today_x(self) -> float:
        return self.x_for(self.today)

    def row_centre_y(self, index: int) -> float:
        g = self.sizes
        return g.header_height + (index + 0.5) * g.row_height - self.verticalScrollBar().value()

    def mark_point(self, index: int, milestone_id: str) -> QPointF:
        mark = next(m for m in self.rows[index].marks if m.milestone.id == milestone_id)
        return QPointF(self.x_for(mark.day), self.row_centre_y(index))

    def hit(self, pos: QPointF) -> Hit | None:
        g = self.sizes
        if pos.y() < g.header_height:
            return None
        index = int((pos.y() - g.header_height + self.verticalScrollBar().value()) // g.row_height)
        if not 0 <= index < len(self.rows):
            return None
        if pos.x() >= g.label_width:
            reach = g.mark_radius + 3
            centre_y = self.row_centre_y(index)
            for mark in reversed(self.rows[index].marks):
                x = self.x_for(mark.day)
                if abs(pos.x() - x) + abs(pos.y() - centre_y) <= reach:
                    return Hit(index, mark.milestone)
        return Hit(index)

    def scroll_to_day(self, day: date, at: float = 0.3) -> None:
        """Scroll so that `day` is at the fraction `at` of the time area's width (and keep it
        there when the window is resized, until the clerk scrolls)."""
        self._anchor = (day, at)
        bar = self.horizontalScrollBar()
        bar.setValue(round(self.scale.x_for(day) - self._time_width() * at))

    def _drop_anchor(self, _action: int) -> None:
        self._anchor = None

    def _time_width(self) -> float:
        return max(0.0, self.viewport().width() - self.sizes.label_width)

    def _update_scrollbars(self) -> None:
        g = self.sizes
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setRange(0, max(0, round(self.scale.width - self._time_width())))
        horizontal.setPageStep(round(self._time_width()))
        horizontal.setSingleStep(round(self.scale.day_width * 7))
        body = self.viewport().height() - g.header_height
        vertical.setRange(0, max(0, round(len(self.rows) * g.row_height - body)))
        vertical.setPageStep(max(1, round(body)))
        vertical.setSingleStep(round(g.row_height))

    # -- Qt events --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale(self.scale.zoom)
        if self._anchor is not None:
            self.scroll_to_day(*self._anchor)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self.viewport())
        try:
            size = self.viewport().size()
            self.painter().paint(
                p,
                self.horizontalScrollBar().value(),
                self.verticalScrollBar().value(),
                size.width(),
                size.height(),
            )
        finally:
            p.end()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.hit(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
            else:
                row = self.rows[hit.row]
                if hit.milestone is None:
                    text = row.tooltip
                else:  # on a project's row, say which project the milestone belongs to
                    text = milestone_tooltip(hit.milestone, "" if row.milestone else row.title)
                QToolTip.showText(event.globalPos(), text, self.viewport())
            return True
        return super().viewportEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.hit(event.position())
        cursor = Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(cursor)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.hit(event.position()) if event.button() is Qt.MouseButton.LeftButton else None
        if hit is None:
            super().mousePressEvent(event)
            return
        if hit.milestone is not None:
            self.milestone_clicked.emit(hit.milestone.id)
        self.row_clicked.emit(self.rows[hit.row].project_id)
        event.accept()
