"""The timeline as a file for a meeting: the whole chart at the current zoom (not just what is
scrolled into view) under a title, the date it was made and the colour legend — a PNG picture
or a one-page A4 landscape PDF, chosen by the file's suffix."""

import math
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QPointF, Qt
from PySide6.QtGui import (
    QFont,
    QFontInfo,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from app.errors import DomainError
from app.services.files import write_exactly
from app.ui import labels
from app.ui.projects.timeline_paint import TEXT, ChartPainter, legend, resized

SUFFIXES = (".png", ".pdf")
PNG_PIXELS = 40_000_000  # at most this many pixels (160 MB while drawing)
PNG_SIDE = 30_000  # and at most this many a side (the raster painter's limit is 32,767)
PDF_DPI = 300
SCREEN_DPI = 96.0


def export_timeline(chart: ChartPainter, title: str, target: str | Path) -> Path:
    """Write the chart to `target` (.png or .pdf) through a temporary file; the path written."""
    path = Path(target)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise DomainError(
            "Helix saves the timeline as a PNG picture or a PDF file; choose a file name that "
            "ends in .png or .pdf."
        )
    chart = _in_pixels(chart)
    data = _png(chart, title) if suffix == ".png" else _pdf(chart, title)
    write_exactly(path, data)
    return path


def _in_pixels(chart: ChartPainter) -> ChartPainter:
    """The same chart with its font sized in pixels, so that text keeps its size relative to
    the bars on a device of any resolution (a 300 dpi PDF page)."""
    font = QFont(chart.font)
    font.setPixelSize(QFontInfo(chart.font).pixelSize())
    return ChartPainter(chart.rows, chart.scale, chart.today, chart.g, font)


def _across(chart: ChartPainter, width: float) -> ChartPainter:
    """The chart with its whole time range stretched or squeezed to `width` (a page)."""
    scale = chart.scale.fitted(max(1.0, width - chart.g.label_width))
    return ChartPainter(chart.rows, scale, chart.today, chart.g, chart.font)


class _Heading:
    """The title, the date it was made, and the legend, above the chart."""

    def __init__(self, chart: ChartPainter, title: str) -> None:
        self.title_font = resized(chart.font, 1.45)
        self.title_font.setBold(True)
        self.font = chart.font
        self.title = title
        made = labels.medium_datetime(datetime.now())
        self.subtitle = QCoreApplication.translate("Timeline", "Made on {moment}").format(
            moment=made
        )
        title_metrics, metrics = QFontMetricsF(self.title_font), QFontMetricsF(self.font)
        self.height = title_metrics.height() + 2 * metrics.height() + 22
        self.width = max(title_metrics.horizontalAdvance(title), 520.0) + 24

    def paint(self, p: QPainter, width: float) -> None:
        title_metrics, metrics = QFontMetricsF(self.title_font), QFontMetricsF(self.font)
        p.setPen(TEXT)
        p.setFont(self.title_font)
        title = title_metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, width - 24)
        p.drawText(QPointF(12, 8 + title_metrics.ascent()), title)
        y = 8 + title_metrics.height() + 4
        p.setFont(self.font)
        p.drawText(QPointF(12, y + metrics.ascent()), self.subtitle)
        legend(p, self.font, 12, y + metrics.height() + 4)


def _png(chart: ChartPainter, title: str) -> bytes:
    heading = _Heading(chart, title)
    width = max(chart.full_width, heading.width)
    height = heading.height + chart.full_height
    # Twice the screen size for a sharp slide, less when that would be a huge picture.
    factor = min(2.0, math.sqrt(PNG_PIXELS / (width * height)), PNG_SIDE / max(width, height))
    image = QImage(round(width * factor), round(height * factor), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    p = QPainter(image)
    try:
        p.scale(factor, factor)
        heading.paint(p, width)
        p.translate(0, heading.height)
        chart.paint(p, 0, 0, chart.full_width, chart.full_height)
    finally:
        p.end()
    return _saved(image)


def _saved(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs say bytes
        raise DomainError("The picture of the timeline could not be made; try a smaller zoom.")
    buffer.close()
    return bytes(data.data())


def _pdf(chart: ChartPainter, title: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Helix")
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        )
    )
    p = QPainter(writer)
    try:
        unit = PDF_DPI / SCREEN_DPI  # device pixels per screen pixel
        p.scale(unit, unit)
        page_width, page_height = writer.width() / unit, writer.height() / unit
        heading = _Heading(chart, title)
        heading.paint(p, page_width)
        p.translate(0, heading.height)
        fit = min(1.0, (page_height - heading.height) / chart.full_height)
        p.scale(fit, fit)
        page = _across(chart, page_width / fit)
        page.paint(p, 0, 0, page.full_width, page.full_height)
    finally:
        p.end()
    buffer.close()
    return bytes(data.data())
