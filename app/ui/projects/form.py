"""The project form: a header (title, contract number with Open contract, status, started, planned
end, and a notice of overdue milestones or how the project ended), one row of tabs (Milestones,
Timeline, Log, Evaluation, History), and the project's end: Complete project… once every
milestone is done, Terminate project… to end the cooperation early.

There is nothing to save here: every change is a service call of its own (a dialog), after
which the form shows the project as stored and tells the screen (`saved`)."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import ProjectStatus
from app.services import projects
from app.services.permissions import Action, may
from app.services.projects import ProjectDetail
from app.ui import labels
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.history import HistoryPanel, HistorySubject
from app.ui.projects.dialogs import (
    CompleteProjectDialog,
    ServiceDialog,
    Submit,
    TerminateProjectDialog,
)
from app.ui.projects.evaluation_panel import EvaluationPanel
from app.ui.projects.log_panel import ProjectLogPanel
from app.ui.projects.milestones import MilestonesPanel
from app.ui.projects.timeline import TimelineView
from app.ui.record_form import RecordForm
from app.ui.widgets import read_only_note
from app.ui.workers import run_task

OVERDUE_STYLE = "background: #fde7e9; border: 1px solid #d9534f; border-radius: 4px; padding: 6px;"
ENDED_STYLE = "background: #eef2f7; border: 1px solid #b8c4d6; border-radius: 4px; padding: 6px;"


class ProjectForm(RecordForm):
    """Shows one project with its milestones, timeline, log, evaluation and history."""

    open_contract = Signal(str)  # the contract's id: Open contract was pressed
    open_project = Signal(str)  # a project's id, clicked on the timeline

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_work = may(ctx.actor, Action.WORK_PROJECTS)
        self.detail: ProjectDetail | None = None
        self.milestones = MilestonesPanel(ctx)
        self.timeline = TimelineView(ctx)
        self.log = ProjectLogPanel(ctx)
        self.evaluation = EvaluationPanel(ctx)
        self.history = HistoryPanel(ctx)
        self._build()
        self.milestones.changed.connect(self._changed)
        self.log.changed.connect(self.reload)
        self.evaluation.changed.connect(self.reload)
        self.show_detail(None)

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self._make_header()
        self.contract_label = QLabel()
        self.contract_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contract_label.setWordWrap(True)
        self.contract_button = QPushButton(self.tr("Open contract"))
        self.contract_button.setToolTip(self.tr("Show the contract on the Contracts screen"))
        self.contract_button.clicked.connect(self._open_contract)
        contract_row = QHBoxLayout()
        contract_row.addWidget(self.contract_label, 1)
        contract_row.addWidget(self.contract_button)
        self.read_only_note = read_only_note(self.tr("You may read projects but not change them."))
        self.header = QWidget()
        header = QVBoxLayout(self.header)
        header.setContentsMargins(8, 8, 8, 0)
        header.addWidget(self.title_label)
        header.addLayout(contract_row)
        for label in (self.meta, self.notice, self.read_only_note, self.error_banner):
            header.addWidget(label)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        tabs: tuple[tuple[QWidget, str], ...] = (
            (self.milestones, self.tr("Milestones")),
            (self.timeline, self.tr("Timeline")),
            (self.log, self.tr("Log")),
            (self.evaluation, self.tr("Evaluation")),
            (self.history, self.tr("History")),
        )
        for widget, title in tabs:
            self.tabs.addTab(widget, title)
        self.placeholder = QLabel(
            self.tr(
                "Choose a project in the list. A project starts when every party has signed "
                "its contract."
            )
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")
        self.body = QStackedWidget()
        self.body.addWidget(self.placeholder)
        self.body.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.body, 1)
        layout.addLayout(self._button_row())
        self.timeline.open_project.connect(self._timeline_project)
        self.timeline.open_milestone.connect(self.show_milestone)

    def _button_row(self) -> QHBoxLayout:
        self.terminate_button = QPushButton(self.tr("Terminate project…"))
        self.terminate_button.setToolTip(
            self.tr("End the cooperation early, with the reason; the contract is terminated")
        )
        self.terminate_button.clicked.connect(self.terminate_project)
        self.complete_button = QPushButton(self.tr("Complete project…"))
        self.complete_button.setToolTip(
            self.tr("Every milestone is done: complete the project and its contract")
        )
        self.complete_button.clicked.connect(self.complete_project)
        row = QHBoxLayout()
        row.setContentsMargins(8, 4, 8, 8)
        row.addWidget(self.terminate_button)
        row.addStretch(1)
        row.addWidget(self.complete_button)
        return row

    # -- state ----------------------------------------------------------------------------

    @property
    def project_id(self) -> str | None:
        return self.detail.id if self.detail else None

    @property
    def record_id(self) -> str | None:
        return self.project_id

    def record_title(self) -> str:
        if self.detail is None:
            return self.tr("the project")
        return self.tr("project {title}").format(title=self.detail.title)

    def running(self) -> bool:
        return self.detail is not None and self.detail.status == ProjectStatus.RUNNING

    def _update_state(self) -> None:
        detail = self.detail
        self.header.setVisible(detail is not None)
        offered = self.can_work and self.running()
        for button in (self.complete_button, self.terminate_button):
            button.setVisible(offered)
            button.setEnabled(offered and not self._busy)
        self.read_only_note.setVisible(detail is not None and not self.can_work)
        if detail is not None:
            self._update_header(detail)
        super()._update_state()

    def _update_header(self, detail: ProjectDetail) -> None:
        self.title_label.setText(detail.title)
        self.title_label.setToolTip(detail.title)
        parties = " · ".join(detail.parties)
        self.contract_label.setText(
            self.tr("Contract {number}").format(number=detail.contract_number)
            + (f" · {parties}" if parties else "")
        )
        parts = [
            labels.project_status_label(detail.status),
            self.tr("started {date}").format(date=labels.short_date(detail.started_on)),
        ]
        if detail.planned_end:
            parts.append(
                self.tr("planned end {date}").format(date=labels.short_date(detail.planned_end))
            )
        self.meta.setText(" · ".join(parts))
        text, style = self._notice(detail)
        self.notice.setText(text)
        self.notice.setStyleSheet(style)
        self.notice.setVisible(bool(text))

    def _notice(self, detail: ProjectDetail) -> tuple[str, str]:
        """Overdue milestones of a running project; how a finished one ended."""
        ended = labels.short_date(detail.ended_on) if detail.ended_on else ""
        if detail.status == ProjectStatus.COMPLETED:
            text = self.tr("Completed on {date}.").format(date=ended)
            return (f"{text} {detail.end_note}".strip(), ENDED_STYLE)
        if detail.status == ProjectStatus.TERMINATED:
            return self.tr("Terminated on {date}: {reason}").format(
                date=ended, reason=detail.end_note
            ), ENDED_STYLE
        late = [m for m in detail.milestones if m.overdue(date.today())]
        if not late:
            return "", ""
        if len(late) == 1:
            return self.tr("Milestone “{title}” is overdue since {date}.").format(
                title=late[0].title, date=labels.short_date(late[0].due_date)
            ), OVERDUE_STYLE
        return self.tr("{n} milestones are overdue, the first since {date}.").format(
            n=labels.number(len(late)), date=labels.short_date(min(m.due_date for m in late))
        ), OVERDUE_STYLE

    # -- loading --------------------------------------------------------------------------

    def show_detail(self, detail: ProjectDetail | None) -> None:
        """Show a project as stored (or nothing)."""
        self.detail = detail
        self.body.setCurrentWidget(self.tabs if detail else self.placeholder)
        self.milestones.show_project(detail)
        self.timeline.show_project(detail.id if detail else None)
        self.log.show_project(detail)
        self.evaluation.show_project(detail)
        self.history.set_subject(self._history_subject(detail))
        self.clear_errors()
        self._update_state()

    @staticmethod
    def _history_subject(detail: ProjectDetail | None) -> HistorySubject | None:
        """The project's history, its milestones named in the sentences of their moves."""
        if detail is None:
            return None
        names = {m.id: m.title for m in detail.milestones}
        return HistorySubject("project", detail.id, names=names)

    def open_record(self, record_id: str) -> bool:
        """Load a project from the database into the form."""
        try:
            detail = self.ctx.read(projects.get_project, record_id)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.show_detail(detail)
        return True

    def reload(self) -> None:
        """The project again (a log entry or an evaluation was recorded), and tell the screen."""
        if self.project_id and self.open_record(self.project_id):
            self.saved.emit(self.detail)

    def clear(self) -> None:
        self.show_detail(None)

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Nothing waits to be saved here: every change was stored by its own dialog."""
        if then is not None:
            then()

    def revert(self) -> None:
        pass

    def focus_first_field(self) -> None:
        self.tabs.setCurrentWidget(self.milestones)
        self.milestones.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self, detail: ProjectDetail) -> None:
        self.show_detail(detail)
        self.saved.emit(detail)

    def _timeline_project(self, project_id: str) -> None:
        """A click on the timeline: this project's own row shows its milestones."""
        if project_id == self.project_id:
            self.tabs.setCurrentWidget(self.milestones)
        else:
            self.open_project.emit(project_id)

    def show_milestone(self, milestone_id: str) -> None:
        """A milestone clicked on the timeline: selected on the Milestones tab."""
        self.tabs.setCurrentWidget(self.milestones)
        self.milestones.select_milestone(milestone_id)

    def _open_contract(self) -> None:
        if self.detail is not None:
            self.open_contract.emit(self.detail.contract_id)

    # -- ending the project ---------------------------------------------------------------

    def _submit(self, service: Callable[..., object]) -> Submit:
        detail, ctx = self.detail, self.ctx
        assert detail is not None

        def submit(values: dict, on_done: Callable, on_error: Callable) -> None:  # type: ignore[type-arg]
            run_task(
                lambda: ctx.write(
                    service, detail.id, by=ctx.actor, expected_version=detail.version, **values
                ),
                on_done,
                on_error,
            )

        return submit

    def complete_project(self) -> None:
        """Complete the project (the dialog says what follows; the service refuses while a
        milestone is open, and the dialog shows why)."""
        if self.detail is None or not (self.can_work and self.running()):
            return
        dialog = CompleteProjectDialog(self.detail, self._submit(projects.complete_project), self)
        self._ended(ServiceDialog.run(dialog))

    def terminate_project(self) -> None:
        if self.detail is None or not (self.can_work and self.running()):
            return
        dialog = TerminateProjectDialog(self.detail, self._submit(projects.terminate_project), self)
        self._ended(ServiceDialog.run(dialog))

    def _ended(self, detail: ProjectDetail | None) -> None:
        if detail is not None:
            self._changed(detail)


__all__ = ["ProjectForm"]
