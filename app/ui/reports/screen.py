"""The Reports screen: choose a report and a period; the figures come in the background (each
report is one SQL aggregation, under a second on the benchmark database) and show as a bar chart
above the table. Export… writes the same report to XLSX or PDF."""

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.permissions import Action, may
from app.services.report_tables import REPORTS, ReportTable, build_report
from app.ui import labels, state
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.reports.chart import ReportChart
from app.ui.reports.export import ReportExport
from app.ui.reports.model import SORT_ROLE, ReportModel, report_title
from app.ui.widgets import OptionalDate
from app.ui.workers import run_task

STATE_KEY = "reports"
SORTED_REPORTS = ("sectors", "regions", "kinds", "overdue")  # the others read in their order
DEBOUNCE_MS = 400


class ReportsScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table: ReportTable | None = None
        self._loading = 0
        self.model = ReportModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.exporter = ReportExport(ctx, self)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)
        self._build()
        if not state.restore_splitter(STATE_KEY, self.splitter):
            self.splitter.setSizes([300, 400])
        self.reload()

    def _build(self) -> None:
        self.report_combo = QComboBox()
        for name in REPORTS:
            self.report_combo.addItem(report_title(name), name)
        self.since_edit = OptionalDate(self.tr("From"))
        self.until_edit = OptionalDate(self.tr("To"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.export_button = QPushButton(self.tr("Export…"))
        allowed = may(self.ctx.actor, Action.EXPORT_RECORDS)
        self.export_button.setEnabled(allowed)
        if not allowed:
            self.export_button.setToolTip(
                self.tr("Your role may read reports but not export them.")
            )
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Report")))
        choices.addWidget(self.report_combo, 1)
        choices.addWidget(self.since_edit)
        choices.addWidget(self.until_edit)
        choices.addWidget(self.refresh_button)
        choices.addWidget(self.export_button)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.chart = ReportChart()
        self.view = self._table_view()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(choices)
        layout.addWidget(self.status_label)
        layout.addWidget(self.splitter, 1)
        self.report_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.since_edit.changed.connect(self._debounce.start)
        self.until_edit.changed.connect(self._debounce.start)
        self.refresh_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self.export)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.triggered.connect(self.reload)
        self.addAction(refresh)

    def _table_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        return view

    # -- the report -----------------------------------------------------------------------------

    def chosen(self) -> str:
        return str(self.report_combo.currentData())

    def period(self) -> tuple[date | None, date | None]:
        return self.since_edit.value(), self.until_edit.value()

    def reload(self) -> None:
        self._debounce.stop()
        ctx, name = self.ctx, self.chosen()
        since, until = self.period()
        overdue = name == "overdue"
        self.since_edit.setEnabled(not overdue)
        self.until_edit.setEnabled(not overdue)
        self._loading += 1
        number = self._loading
        self.status_label.setText(self.tr("Counting…"))
        run_task(
            lambda: ctx.read(build_report, name, since=since, until=until, language=ctx.language),
            lambda table: self._loaded(number, table),
            lambda exc: self._failed(number, exc),
        )

    def _loaded(self, number: int, table: ReportTable) -> None:
        if number != self._loading:
            return  # a later choice is on its way
        self.table = table
        self.model.set_table(table)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)  # the report's own order (the busiest group first) until a click
        self.view.setSortingEnabled(table.name in SORTED_REPORTS)
        self._fit_columns(table)
        self.chart.show_report(table)
        self.status_label.setText(self._summary(table))

    def _fit_columns(self, table: ReportTable) -> None:
        """Columns as wide as their contents; the first text column (a sector's name, a
        project) takes the room that is left."""
        header = self.view.horizontalHeader()
        for column in range(header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.view.resizeColumnsToContents()
        kinds = [c.kind for c in table.columns]
        if "text" in kinds:
            header.setSectionResizeMode(kinds.index("text"), QHeaderView.ResizeMode.Stretch)

    def _summary(self, table: ReportTable) -> str:
        if table.period is None:
            when = self.tr("Open milestones due before {day}").format(
                day=labels.short_date(table.today)
            )
        else:
            since, until = table.period.since, table.period.until
            if since is None and until is None:
                when = self.tr("All time")
            else:
                when = self.tr("From {since} to {until}").format(
                    since=labels.short_date(since) if since else self.tr("the beginning"),
                    until=labels.short_date(until) if until else self.tr("today"),
                )
        count = len(table.rows)
        rows = (
            self.tr("1 row")
            if count == 1
            else self.tr("{count} rows").format(count=labels.number(count))
        )
        return f"{when} · {rows}"

    def _failed(self, number: int, exc: BaseException) -> None:
        if number == self._loading:
            self.status_label.setText("")
            show_error(self, exc)

    def export(self) -> None:
        if self.table is not None:
            self.exporter.start(self.table)

    def activate(self) -> None:
        self.reload()

    def save_state(self) -> None:
        state.save_splitter(STATE_KEY, self.splitter)
