"""The report's bar chart on screen (QtCharts, from the PySide6-Addons wheel): the first rows of
the report, one bar set per charted column, labelled as the table labels them."""

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from app.services.report_tables import ReportTable
from app.ui.reports.model import cell_text, column_heading

COLOURS = ("#2f6fb0", "#e08a2c", "#3a9d5d", "#8e5ea2")
LABEL_CHARS = 14


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


class ReportChart(QChartView):
    """Shows the chart of the report last given to `show_report` (nothing for a report without
    one); `series()` tells what it draws, for tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.show_report(None)

    def show_report(self, table: ReportTable | None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        spec = table.chart if table is not None else None
        if table is None or spec is None or not table.rows:
            chart.legend().hide()
            self._replace(chart)
            self.setVisible(table is not None and spec is not None)
            return
        rows = table.rows[: spec.limit]
        series = QBarSeries()
        for n, column in enumerate(spec.values):
            bars = QBarSet(column_heading(table.columns[column].key))
            bars.setColor(QColor(COLOURS[n % len(COLOURS)]))
            bars.append([float(row[column] or 0) for row in rows])
            series.append(bars)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([_short(cell_text(table, row, spec.label)) for row in rows])
        values = QValueAxis()
        values.setMin(0)
        values.setLabelFormat("%.0f")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        values.applyNiceNumbers()  # ticks at 0, 20, 40… rather than at fractions of the top bar
        chart.legend().setVisible(len(spec.values) > 1)
        self._replace(chart)
        self.setVisible(True)

    def _replace(self, chart: QChart) -> None:
        """Show `chart`; the view gives the one before back to us, so it goes."""
        before = self.chart()
        self.setChart(chart)
        if before is not None and before is not chart:
            before.deleteLater()

    def series(self) -> list[tuple[str, list[float]]]:
        """(label, values) of each bar set drawn."""
        drawn = []
        for series in self.chart().series():
            if isinstance(series, QBarSeries):
                for bars in series.barSets():
                    drawn.append((bars.label(), [bars.at(i) for i in range(bars.count())]))
        return drawn

    def categories(self) -> list[str]:
        for axis in self.chart().axes(Qt.Orientation.Horizontal):
            if isinstance(axis, QBarCategoryAxis):
                return list(axis.categories())
        return []
