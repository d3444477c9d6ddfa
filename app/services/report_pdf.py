"""A report as a PDF: its title and period, a bar chart (reportlab.graphics) when the report has
one, and the table with its heading row repeated on every page; in the bundled font, so Chinese
names print on any machine. Wide tables go landscape."""

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from app.services.pdf_fonts import pdf_font
from app.services.report_tables import (
    NUMBERS,
    ReportTable,
    heading,
    period_text,
    shown_value,
    title,
)

INK = HexColor("#1f2933")
GREY = HexColor("#616e7c")
RULE = HexColor("#cbd2d9")
STRIPE = HexColor("#f5f7fa")
NAVY = HexColor("#243b53")
SERIES = (HexColor("#2f6fb0"), HexColor("#e08a2c"), HexColor("#3a9d5d"), HexColor("#8e5ea2"))
MARGIN = 15 * mm
NUMBER_WIDTH = 24 * mm
LABEL_CHARS = 12


def _style(name: str, size: float, colour: Color = INK, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=pdf_font(),
        fontSize=size,
        leading=size * 1.3,
        textColor=colour,
        wordWrap="CJK",
        **extra,
    )


def build_report_pdf(table: ReportTable, path: Path, language: str = "en") -> int:
    """Write the report to `path`; returns the number of pages."""
    wide = len(table.columns) > 6 or table.name == "overdue"
    page = landscape(A4) if wide else A4
    width = page[0] - 2 * MARGIN
    name = title(table.name, language)
    pages = [0]

    def footer(canvas: Any, doc: Any) -> None:
        pages[0] = doc.page
        canvas.saveState()
        canvas.setFont(pdf_font(), 8)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN, 9 * mm, f"Helix — {name}")
        canvas.drawRightString(page[0] - MARGIN, 9 * mm, str(doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=name,
        author="Helix",
        initialFontName=pdf_font(),  # else every page names Helvetica, a font not embedded
    )
    story: list[Any] = [
        Paragraph(escape(name), _style("title", 16, NAVY, spaceAfter=2 * mm)),
        Paragraph(escape(period_text(table, language)), _style("period", 9, GREY)),
        Spacer(1, 5 * mm),
    ]
    chart = bar_chart(table, width, language)
    if chart is not None:
        story += [chart, Spacer(1, 6 * mm)]
    story.append(_table(table, width, language))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return pages[0]


# -- the chart ----------------------------------------------------------------------------------


def bar_chart(table: ReportTable, width: float, language: str = "en") -> Drawing | None:
    """Bars for the report's chart rows, one series per charted column, with a legend when
    there is more than one; None when the report has no chart or no rows."""
    spec = table.chart
    if spec is None or not table.rows:
        return None
    rows = table.rows[: spec.limit]
    height = 62 * mm
    drawing = Drawing(width, height, initialFontName=pdf_font())  # never Helvetica, not embedded
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 14 * mm
    chart.width = width - (60 * mm if len(spec.values) > 1 else 20 * mm)
    chart.height = height - 20 * mm
    chart.data = [[_number(row[column]) for row in rows] for column in spec.values]
    chart.categoryAxis.categoryNames = [
        _short(shown_value(table, row, spec.label, language)) for row in rows
    ]
    chart.categoryAxis.labels.fontName = pdf_font()
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(rows) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(rows) > 6 else "n"
    chart.valueAxis.labels.fontName = pdf_font()
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = _axis_number
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for n in range(len(spec.values)):
        chart.bars[n].fillColor = SERIES[n % len(SERIES)]
        chart.bars[n].strokeColor = None
    drawing.add(chart)
    if len(spec.values) > 1:
        legend = Legend()
        legend.x, legend.y = chart.x + chart.width + 6 * mm, height - 10 * mm
        legend.fontName = pdf_font()
        legend.fontSize = 8
        legend.alignment = "right"
        legend.colorNamePairs = [
            (SERIES[n % len(SERIES)], heading(table.columns[c], language))
            for n, c in enumerate(spec.values)
        ]
        drawing.add(legend)
    return drawing


def _number(value: Any) -> float:
    return float(value) if value is not None else 0.0


def _axis_number(value: float) -> str:
    if value >= 1_000_000:
        return f"{value / 1_000_000:g}M"
    if value >= 10_000:
        return f"{value / 1_000:g}k"
    return f"{value:g}"


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


# -- the table ----------------------------------------------------------------------------------


def _widths(table: ReportTable, width: float) -> list[float]:
    numbers = [c.kind in NUMBERS or c.kind == "date" for c in table.columns]
    fixed = NUMBER_WIDTH * sum(numbers)
    texts = len(numbers) - sum(numbers)
    share = (width - fixed) / texts if texts else 0
    return [NUMBER_WIDTH if is_number else share for is_number in numbers]


def _table(table: ReportTable, width: float, language: str) -> LongTable:
    head = _style("head", 8, white)
    head_right = _style("head_right", 8, white, alignment=2)
    cell = _style("cell", 8)
    cell_right = _style("cell_right", 8, alignment=2)
    right = [c.kind in NUMBERS for c in table.columns]
    data: list[list[Any]] = [
        [
            Paragraph(escape(heading(c, language)), head_right if right[i] else head)
            for i, c in enumerate(table.columns)
        ]
    ]
    for row in table.rows:
        data.append(
            [
                Paragraph(
                    escape(shown_value(table, row, i, language)),
                    cell_right if right[i] else cell,
                )
                for i in range(len(table.columns))
            ]
        )
    if not table.rows:
        data.append([Paragraph("—", cell)] + [""] * (len(table.columns) - 1))
    result = LongTable(data, colWidths=_widths(table, width), repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), pdf_font(), 8),  # else the table names Helvetica
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    style += [("BACKGROUND", (0, r), (-1, r), STRIPE) for r in range(2, len(data), 2)]
    result.setStyle(TableStyle(style))
    return result


__all__ = ["bar_chart", "build_report_pdf"]
