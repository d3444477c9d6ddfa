"""Painting the timeline: the same code draws the scrolled view on screen and the whole chart
into an image or a PDF page. Rows and the header scroll with the time axis; the row labels
stay at the left and the header at the top."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from app.services.timeline import MilestoneState
from app.ui.projects.timeline_layout import Row, TimeScale, Zoom, state_label

STATE_COLOURS = {
    MilestoneState.DONE: QColor("#2f9e44"),
    MilestoneState.OVERDUE: QColor("#e03131"),
    MilestoneState.DUE_SOON: QColor("#f59f00"),
    MilestoneState.UPCOMING: QColor("#1c7ed6"),
}
TODAY_COLOUR = QColor("#7048e8")
TEXT = QColor("#212529")
MUTED = QColor("#6c757d")
GRID = QColor("#e3e6ea")
HEADER = QColor("#f1f3f5")
STRIPE = QColor("#f8f9fb")
WEEKEND = QColor("#f3f4f7")
PROJECT_BAR = QColor("#d6e0ee")
PROJECT_ELAPSED = QColor("#aebfd6")
PROJECT_EDGE = QColor("#8ea3bf")


@dataclass(frozen=True)
class Geometry:
    """Sizes that follow the font: the label column, the header's two bands, a row."""

    label_width: float
    band_height: float
    row_height: float

    @property
    def header_height(self) -> float:
        return 2 * self.band_height

    @property
    def mark_radius(self) -> float:
        return min(7.0, self.row_height * 0.22)

    @classmethod
    def for_font(cls, font: QFont) -> "Geometry":
        line = QFontMetricsF(font).height()
        return cls(label_width=round(line * 21), band_height=line + 10, row_height=2 * line + 16)


def resized(font: QFont, factor: float) -> QFont:
    """The font `factor` times as large, in pixels when it is sized in pixels (exports)."""
    result = QFont(font)
    if font.pixelSize() > 0:
        result.setPixelSize(max(7, round(font.pixelSize() * factor)))
    else:
        result.setPointSizeF(max(6.0, font.pointSizeF() * factor))
    return result


def _with_alpha(colour: QColor, alpha: int) -> QColor:
    tinted = QColor(colour)
    tinted.setAlpha(alpha)
    return tinted


def diamond(centre: QPointF, radius: float) -> QPolygonF:
    x, y = centre.x(), centre.y()
    return QPolygonF(
        [
            QPointF(x, y - radius),
            QPointF(x + radius, y),
            QPointF(x, y + radius),
            QPointF(x - radius, y),
        ]
    )


class ChartPainter:
    """Draws rows on a scale into any QPainter (a widget, a QImage, a PDF page)."""

    def __init__(
        self, rows: list[Row], scale: TimeScale, today: date, geometry: Geometry, font: QFont
    ) -> None:
        self.rows, self.scale, self.today, self.g, self.font = rows, scale, today, geometry, font
        self.small = resized(font, 0.88)
        self.bold = QFont(font)
        self.bold.setBold(True)

    @property
    def full_width(self) -> float:
        return self.g.label_width + self.scale.width

    @property
    def full_height(self) -> float:
        return self.g.header_height + len(self.rows) * self.g.row_height

    def row_top(self, index: int) -> float:
        """y of a row's top in the chart without scrolling (the header included)."""
        return self.g.header_height + index * self.g.row_height

    # -- the whole ----------------------------------------------------------------------------

    def paint(self, p: QPainter, sx: float, sy: float, width: float, height: float) -> None:
        """The chart scrolled by (sx, sy) into a `width` × `height` area at the painter's
        origin; (0, 0, full_width, full_height) draws all of it."""
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.fillRect(QRectF(0, 0, width, height), Qt.GlobalColor.white)
        g = self.g
        visible = range(
            max(0, int(sy // g.row_height)),
            min(len(self.rows), int((sy + height - g.header_height) // g.row_height) + 1),
        )
        left, right = sx, sx + width - g.label_width
        body_height = height - g.header_height
        self._clipped(p, QRectF(g.label_width, g.header_height, right - left, body_height), sx, sy)
        self._body(p, visible, left, right, sy + body_height)
        p.restore()
        self._clipped(p, QRectF(g.label_width, 0, right - left, g.header_height), sx, 0)
        self._header(p, left, right)
        p.restore()
        self._clipped(p, QRectF(0, g.header_height, g.label_width, body_height), 0, sy)
        self._labels(p, visible)
        p.restore()
        self._corner(p)
        p.restore()

    def _clipped(self, p: QPainter, area: QRectF, sx: float, sy: float) -> None:
        """Save the painter, clip it to `area` and put the origin of the scrolled content
        (scrolled by sx, sy) at the area's top left; the caller restores."""
        p.save()
        p.setClipRect(area, Qt.ClipOperation.IntersectClip)
        p.translate(area.x() - sx, area.y() - sy)

    # -- the body: rows, bars, marks, today ---------------------------------------------------

    def _body(self, p: QPainter, visible: range, left: float, right: float, bottom: float) -> None:
        g, scale = self.g, self.scale
        for i in visible:
            if i % 2:
                p.fillRect(QRectF(left, i * g.row_height, right - left, g.row_height), STRIPE)
        if scale.zoom is Zoom.WEEK and scale.day_width >= 6:
            self._weekends(p, left, right, bottom)
        p.setPen(QPen(GRID, 1))
        for tick in scale.ticks():
            if left - 1 <= tick.x <= right + 1:  # on a pixel's middle: a crisp line
                x = round(tick.x) + 0.5
                p.drawLine(QPointF(x, 0), QPointF(x, bottom))
        for i in visible:
            self._row(p, self.rows[i], i * g.row_height)
        x = round(scale.x_for(self.today))  # two pixels wide, on the pixel grid
        p.setPen(QPen(TODAY_COLOUR, 2))
        p.drawLine(QPointF(x, 0), QPointF(x, bottom))

    def _weekends(self, p: QPainter, left: float, right: float, bottom: float) -> None:
        day = self.scale.day_at(max(0.0, left))
        while (x := self.scale.edge(day)) <= right and day <= self.scale.last:
            if day.weekday() >= 5:
                p.fillRect(QRectF(x, 0, self.scale.day_width, bottom), WEEKEND)
            day = date.fromordinal(day.toordinal() + 1)

    def _row(self, p: QPainter, row: Row, top: float) -> None:
        g, scale = self.g, self.scale
        bar_height = g.row_height * 0.34
        y = top + (g.row_height - bar_height) / 2
        start, end = scale.edge(row.start), scale.edge(row.end) + scale.day_width
        if row.milestone is None:
            self._project_bar(p, row, start, end, y, bar_height)
        else:
            colour = STATE_COLOURS[row.state]
            p.setPen(QPen(_with_alpha(colour, 170), 1))
            p.setBrush(_with_alpha(colour, 55))
            p.drawRoundedRect(QRectF(start, y, max(end - start, 2), bar_height), 3, 3)
        centre_y = top + g.row_height / 2
        for mark in row.marks:
            self._mark(p, mark.milestone, centre_y, ghost=row.milestone is not None)

    def _project_bar(
        self, p: QPainter, row: Row, start: float, end: float, y: float, height: float
    ) -> None:
        scale = self.scale
        planned = scale.edge(row.planned_end) + scale.day_width if row.planned_end else end
        planned = min(planned, end)
        rect = QRectF(start, y, max(planned - start, 2), height)
        path = QPainterPath()
        path.addRoundedRect(rect, 4, 4)
        p.fillPath(path, PROJECT_BAR)
        elapsed = min(scale.edge(self.today), planned) - start
        if elapsed > 0:
            p.save()
            p.setClipPath(path)
            p.fillRect(QRectF(start, y, elapsed, height), PROJECT_ELAPSED)
            p.restore()
        p.setPen(QPen(PROJECT_EDGE, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        if end > planned + 1:  # milestones after the planned end: the overrun
            overdue = STATE_COLOURS[MilestoneState.OVERDUE]
            p.setPen(QPen(overdue, 1, Qt.PenStyle.DashLine))
            p.setBrush(_with_alpha(overdue, 35))
            p.drawRoundedRect(QRectF(planned, y, end - planned, height), 4, 4)

    def _mark(self, p: QPainter, milestone, centre_y: float, *, ghost: bool) -> None:  # type: ignore[no-untyped-def]
        radius, scale = self.g.mark_radius, self.scale
        x = scale.x_for(milestone.due_date)
        if ghost and milestone.moved:
            planned = QPointF(scale.x_for(milestone.planned_due_date), centre_y)
            p.setPen(QPen(MUTED, 1.2, Qt.PenStyle.DotLine))
            p.drawLine(planned, QPointF(x, centre_y))
            p.setPen(QPen(MUTED, 1.2, Qt.PenStyle.DashLine))
            p.setBrush(Qt.GlobalColor.white)
            p.drawPolygon(diamond(planned, radius * 0.9))
        p.setPen(QPen(Qt.GlobalColor.white, 1.5))
        p.setBrush(STATE_COLOURS[milestone.state])
        p.drawPolygon(diamond(QPointF(x, centre_y), radius))

    # -- the header: two bands of dates, and today ------------------------------------------

    def _header(self, p: QPainter, left: float, right: float) -> None:
        g = self.g
        p.fillRect(QRectF(left, 0, right - left, g.header_height), HEADER)
        p.setPen(QPen(GRID.darker(115), 1))
        p.drawLine(QPointF(left, g.header_height - 0.5), QPointF(right, g.header_height - 0.5))
        p.drawLine(QPointF(left, g.band_height), QPointF(right, g.band_height))
        # the today badge sits in the upper band, whose periods are long beside their labels;
        # the body's today line rises to it behind the lower band's labels
        badge = self._today_rect()
        x = round(self.scale.x_for(self.today))
        p.setPen(QPen(TODAY_COLOUR, 2))
        p.drawLine(QPointF(x, badge.bottom()), QPointF(x, g.header_height))
        self._band(p, self.scale.bands(), 0, left, right, self.bold, sticky=True, avoid=badge)
        self._band(p, self.scale.ticks(), g.band_height, left, right, self.small, sticky=False)
        self._today_badge(p, badge)

    def _band(
        self,
        p: QPainter,
        ticks: list,  # type: ignore[type-arg]
        top: float,
        left: float,
        right: float,
        font: QFont,
        *,
        sticky: bool,
        avoid: QRectF | None = None,
    ) -> None:
        p.setFont(font)
        metrics = QFontMetricsF(font)
        ends = [t.x for t in ticks[1:]] + [self.scale.width]
        for tick, end in zip(ticks, ends, strict=True):
            if end < left or tick.x > right:
                continue
            p.setPen(QPen(GRID.darker(115), 1))
            p.drawLine(QPointF(tick.x, top), QPointF(tick.x, top + self.g.band_height))
            text_width = metrics.horizontalAdvance(tick.label)
            x = tick.x + 6
            if sticky:  # the label of a band begun off-screen stays readable at the left
                x = min(max(x, left + 6), end - text_width - 6)
                x = self._beside(x, text_width, max(tick.x, left) + 6, end - text_width - 6, avoid)
            elif end - tick.x > text_width + 12:
                x = tick.x + (end - tick.x - text_width) / 2
            p.setPen(TEXT if sticky else MUTED)
            p.save()
            p.setClipRect(
                QRectF(tick.x, top, end - tick.x, self.g.band_height),
                Qt.ClipOperation.IntersectClip,
            )
            box = QRectF(x, top, text_width + 2, self.g.band_height)
            p.fillRect(box.adjusted(-2, 4, 2, -4), HEADER)  # over the today line
            p.drawText(box, Qt.AlignmentFlag.AlignVCenter, tick.label)
            p.restore()

    @staticmethod
    def _beside(x: float, width: float, first: float, last: float, avoid: QRectF | None) -> float:
        """A label at `x` moved just after or just before the today badge when the badge would
        cover it, if its period (`first` to `last`, where it may start) has room there."""
        if avoid is None or not (x < avoid.right() and avoid.left() < x + width):
            return x
        for place in (avoid.right() + 6, avoid.left() - width - 6):
            if first <= place <= last:
                return place
        return x

    def _today_rect(self) -> QRectF:
        text = QCoreApplication.translate("Timeline", "Today")
        width = QFontMetricsF(self.small).horizontalAdvance(text) + 10
        height = self.g.band_height - 8
        x = self.scale.x_for(self.today)
        return QRectF(x - width / 2, 4, width, height)

    def _today_badge(self, p: QPainter, rect: QRectF) -> None:
        text = QCoreApplication.translate("Timeline", "Today")
        p.setFont(self.small)
        height = rect.height()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(TODAY_COLOUR)
        p.drawRoundedRect(rect, height / 2, height / 2)
        p.setPen(Qt.GlobalColor.white)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    # -- the label column --------------------------------------------------------------------

    def _labels(self, p: QPainter, visible: range) -> None:
        g = self.g
        p.fillRect(
            QRectF(0, visible.start * g.row_height, g.label_width, len(visible) * g.row_height),
            Qt.GlobalColor.white,
        )
        for i in visible:
            self._label(p, self.rows[i], i * g.row_height, stripe=bool(i % 2))
        p.setPen(QPen(GRID.darker(120), 1))
        bottom = max(visible.stop, len(self.rows)) * g.row_height + 10_000
        p.drawLine(QPointF(g.label_width - 0.5, 0), QPointF(g.label_width - 0.5, bottom))

    def _label(self, p: QPainter, row: Row, top: float, *, stripe: bool) -> None:
        g = self.g
        if stripe:
            p.fillRect(QRectF(0, top, g.label_width, g.row_height), STRIPE)
        indent = 12.0 if row.milestone is None else 26.0
        colour = STATE_COLOURS[row.state]
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        centre = QPointF(indent - 4, top + g.row_height * 0.34)
        if row.milestone is None:
            p.drawEllipse(centre, 4, 4)
        else:
            p.drawPolygon(diamond(centre, 4.5))
        title_font = self.bold if row.milestone is None else self.font
        width = g.label_width - indent - 10
        line = g.row_height / 2 - 4
        self._text(p, row.title, title_font, TEXT, QRectF(indent + 6, top + 5, width, line))
        self._text(
            p,
            row.subtitle,
            self.small,
            MUTED,
            QRectF(indent + 6, top + g.row_height / 2, width, line),
        )

    def _text(self, p: QPainter, text: str, font: QFont, colour: QColor, rect: QRectF) -> None:
        p.setFont(font)
        p.setPen(colour)
        elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        p.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)

    def _corner(self, p: QPainter) -> None:
        g = self.g
        rect = QRectF(0, 0, g.label_width, g.header_height)
        p.fillRect(rect, HEADER)
        p.setPen(QPen(GRID.darker(120), 1))
        p.drawLine(QPointF(0, g.header_height - 0.5), QPointF(g.label_width, g.header_height - 0.5))
        p.drawLine(QPointF(g.label_width - 0.5, 0), QPointF(g.label_width - 0.5, g.header_height))
        if any(r.milestone is not None for r in self.rows):
            text = QCoreApplication.translate("Timeline", "Milestone")
        else:
            text = QCoreApplication.translate("Timeline", "Project")
        self._text(p, text, self.bold, TEXT, rect.adjusted(12, g.band_height, -8, 0))


def legend_width(font: QFont) -> float:
    metrics = QFontMetricsF(font)
    return sum(34 + metrics.horizontalAdvance(state_label(s)) for s in MilestoneState)


def legend(p: QPainter, font: QFont, x: float, y: float) -> float:
    """The four colours with their meaning in a line from (x, y); returns the width used."""
    metrics = QFontMetricsF(font)
    p.setFont(font)
    start = x
    for state in MilestoneState:
        text = state_label(state)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(STATE_COLOURS[state])
        p.drawPolygon(diamond(QPointF(x + 6, y + metrics.height() / 2), 5.5))
        p.setPen(TEXT)
        p.drawText(QPointF(x + 16, y + metrics.ascent()), text)
        x += 16 + metrics.horizontalAdvance(text) + 18
    return x - start
