"""The Projects screen: the cooperation projects that signed contracts started, filtered by
status, "has overdue milestones" and free text, with the project form beside the table."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QToolBar,
    QWidget,
)

from app.services import project_lists, projects
from app.services.project_lists import ProjectQuery, ProjectRow
from app.services.projects import ProjectDetail
from app.ui import labels
from app.ui.context import AppContext
from app.ui.errors import show_error, show_info
from app.ui.list_screen import FillingColumn, RecordListScreen, facet, paged_table
from app.ui.projects import model as columns
from app.ui.projects.form import ProjectForm
from app.ui.projects.model import ProjectTableModel

STATE_KEY = "projects"
COLUMN_SAMPLES = {
    columns.NUMBER: "HX-2026-000001",
    columns.TITLE: "中" * 8,
    columns.PARTIES: "中" * 12,
    columns.STATUS: "Terminated",
    columns.NEXT_DUE: "28/12/2026",
    columns.OVERDUE: "99",
    columns.STARTED: "28/12/2026",
}


class ProjectsScreen(RecordListScreen):
    """Find projects, open one in the form, follow its milestones to the end."""

    STATE_KEY = STATE_KEY
    FOCUS_COLUMN = columns.TITLE
    form: ProjectForm

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ProjectTableModel(self._fetch_page, self._count, self)
        self.form = ProjectForm(ctx)
        self._make_actions()
        self._build()
        self._connect()
        self.apply_filter()
        self._restore_state()

    # -- data access --------------------------------------------------------------------------

    def _fetch_page(self, query: ProjectQuery, offset: int, limit: int) -> list[ProjectRow]:
        return self.ctx.read(project_lists.search_projects, query, offset=offset, limit=limit)

    def _count(self, query: ProjectQuery) -> int:
        return self.ctx.read(project_lists.count_matching, query)

    # -- building -------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self._refresh_and_find_actions(self.tr("Search the projects (Ctrl+F)"))

    def _build(self) -> None:
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.refresh_action)
        self._place(toolbar, self._list_side(), (560, 720))

    def _list_side(self) -> QWidget:
        search_row = self._search_row(self.tr("Search title, contract number or party  (Ctrl+F)"))
        self.status_filter = facet(self.tr("All statuses"), [])
        self.overdue_filter = QCheckBox(self.tr("Only with overdue milestones"))
        self._fill_filters({})
        facets = QHBoxLayout()
        facets.addWidget(self.status_filter, 1)
        facets.addWidget(self.overdue_filter, 1)
        self.table = paged_table(self.model, self.fontMetrics().height() + 10)
        self._size_columns(COLUMN_SAMPLES)
        header = self.table.horizontalHeader()
        header.hideSection(columns.PARTIES)
        header.hideSection(columns.STARTED)
        self._title_column = FillingColumn(
            self.table, columns.TITLE, header.sectionSize(columns.TITLE)
        )
        # Soonest due first: overdue ones on top, finished projects (nothing due) at the end.
        header.setSortIndicator(columns.NEXT_DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        return self._list_panel(search_row, facets)

    def _fill_filters(self, counts: dict[str, int]) -> None:
        """The statuses with how many projects are in each ("Running (3)"), and how many have
        a milestone overdue."""
        combo = self.status_filter
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value, label in labels.choices(labels.PROJECT_STATUSES):
            n = counts.get(value, 0)
            combo.addItem(f"{label} ({labels.number(n)})" if n else label, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        late = counts.get("overdue", 0)
        text = self.tr("Only with overdue milestones")
        self.overdue_filter.setText(f"{text} ({labels.number(late)})" if late else text)

    def _connect(self) -> None:
        self._connect_list()
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.overdue_filter.toggled.connect(self.apply_filter)
        self.form.open_contract.connect(self.open_contract)
        self.form.open_project.connect(self.show_project)

    # -- filtering ------------------------------------------------------------------------

    def query(self) -> ProjectQuery:
        current = self.model.query
        return ProjectQuery(
            text=self.search.text().strip(),
            status=self.status_filter.currentData() or None,
            overdue_only=self.overdue_filter.isChecked(),
            sort=current.sort,
            descending=current.descending,
        )

    def apply_filter(self) -> None:
        super().apply_filter()
        self._update_counts()

    def clear_filters(self) -> None:
        widgets = (self.status_filter, self.overdue_filter, self.search)
        for widget in widgets:
            widget.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.overdue_filter.setChecked(False)
        self.search.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filter()

    def filter_overdue(self) -> None:
        """Show the running projects with an overdue milestone (from the Home screen)."""
        self.status_filter.setCurrentIndex(max(self.status_filter.findData("running"), 0))
        self.overdue_filter.setChecked(True)

    def _update_counts(self) -> None:
        try:
            counts = self.ctx.read(project_lists.status_counts)
        except Exception:
            return  # the list's own error is shown already
        self._fill_filters(counts)

    # -- after the model changed ----------------------------------------------------------

    def _update_count(self) -> None:
        self._show_count(self.model.total, self.tr("1 project"), self.tr("{count} projects"))

    def _no_match_text(self) -> str:
        return self.tr("No project matches this search and these filters.")

    def _nothing_yet(self) -> tuple[str, str]:
        return (
            self.tr(
                "There are no projects yet. A project starts when every party has signed "
                "its contract; the Contracts screen records the signatures."
            ),
            self.tr("Go to Contracts"),
        )

    def _first_record(self) -> None:
        self._in_screen("contracts", lambda _screen: None)

    # -- selection and the form -----------------------------------------------------------

    def open_project(self, project_id: str) -> None:
        """Open a project in the form and select it in the table (when it is loaded)."""
        self._open_in_form(project_id)

    def open_record(self, record_id: str) -> None:
        self.open_project(record_id)

    def show_project(self, project_id: str) -> None:
        """From another screen or the timeline: the list shows the project, the form opens it."""
        if self.is_filtered():
            self.clear_filters()
        else:
            self.refresh_list()
        self.open_project(project_id)

    def show_contract_project(self, contract_id: str) -> None:
        """The project a contract started (the contract form's Open project)."""
        try:
            detail: ProjectDetail | None = self.ctx.read(projects.project_for_contract, contract_id)
        except Exception as exc:
            show_error(self, exc)
            return
        if detail is None:
            show_info(self, self.tr("This contract has not started a project."))
            return
        self.show_project(detail.id)

    def open_contract(self, contract_id: str) -> None:
        """Open contract: the Contracts screen shows the project's contract."""
        self._in_screen("contracts", lambda screen: screen.show_contract(contract_id))

    def _in_screen(self, key: str, then: Callable[[Any], None]) -> None:
        open_in = getattr(self.window(), "open_in", None)
        if open_in is not None:
            open_in(key, then)

    def _on_saved(self, detail: ProjectDetail) -> None:
        self.refresh_list()
        self._update_counts()
        self._select_row(detail.id)

    def refresh(self) -> None:
        """F5: the list, the counts, and the open project."""
        self.refresh_list()
        self._update_counts()
        self._refresh_open_record()

    # -- screen protocol (MainWindow) -----------------------------------------------------

    def activate(self) -> None:
        self.refresh()


__all__ = ["ProjectsScreen"]
