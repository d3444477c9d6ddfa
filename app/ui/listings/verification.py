"""The Verification screen (supervisors): the queue of submitted listings, the longest-waiting
first; beside it the selected listing, its automatic checks and the checklist, and the two
outcomes: publish it, or return it to the clerk with reasons."""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import NotFoundError, StaleRecordError
from app.services import listing_search, listings, match_refresh
from app.services.listing_data import CheckResult, ListingDetail, ListingRow, VerificationRecord
from app.services.permissions import Action, Actor, may
from app.services.uow import UnitOfWork
from app.settings import configured_weights
from app.ui import labels, state
from app.ui.context import AppContext
from app.ui.errors import field_message, show_error
from app.ui.listings.detail import FAIL_COLOR, ListingView, check_line_html, check_name
from app.ui.tables import RowsModel, read_only_table
from app.ui.workers import run_task

log = logging.getLogger(__name__)

STATE_KEY = "verification"
STATUS_MS = 10_000
NOTICE_STYLE = "color: #1b5e20;"
HINT_STYLE = "color: palette(placeholder-text);"
BLOCKED_STYLE = f"color: {FAIL_COLOR};"


# -- work done in one unit of work each ----------------------------------------------------------


@dataclass(frozen=True)
class Verifying:
    """What the supervisor sees of one listing: its data, its past verifications, its checks."""

    detail: ListingDetail
    verifications: list[VerificationRecord]
    checks: list[CheckResult]

    @property
    def blocking_failures(self) -> list[CheckResult]:
        return [c for c in self.checks if c.blocking and not c.ok]


def load_for_verification(uow: UnitOfWork, listing_id: str) -> Verifying:
    return Verifying(
        listings.get_listing(uow, listing_id),
        listings.listing_verifications(uow, listing_id),
        listings.automatic_checks(uow, listing_id),
    )


def _still_as_shown(uow: UnitOfWork, listing_id: str, version: int) -> None:
    """Refuse when the listing changed after the supervisor opened it (a colleague published or
    returned it, or it came back edited): the verdict was given on what was shown."""
    now = listings.get_listing(uow, listing_id)
    if now.version != version:
        raise StaleRecordError(
            "“{title}” was changed by {who} after you opened it; it is now {status}. Nothing "
            "was published or returned. The queue has been reloaded: look at the listing again.",
            title=now.data.title,
            who=now.updated_by or "someone else",
            status=now.status,
        )


def publish_as_shown(
    uow: UnitOfWork, listing_id: str, version: int, checklist: dict[str, bool], by: Actor
) -> ListingDetail:
    _still_as_shown(uow, listing_id, version)
    return listings.publish_listing(uow, listing_id, checklist, by)


def return_as_shown(
    uow: UnitOfWork,
    listing_id: str,
    version: int,
    reasons: str,
    checklist: dict[str, bool],
    by: Actor,
) -> ListingDetail:
    _still_as_shown(uow, listing_id, version)
    return listings.return_listing(uow, listing_id, reasons, by, checklist=checklist)


# -- the queue ---------------------------------------------------------------------------------


class QueueModel(RowsModel):
    CONTEXT = "QueueModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("QueueModel", "Reference"),
        QT_TRANSLATE_NOOP("QueueModel", "Kind"),
        QT_TRANSLATE_NOOP("QueueModel", "Title"),
        QT_TRANSLATE_NOOP("QueueModel", "Member"),
        QT_TRANSLATE_NOOP("QueueModel", "Submitted"),
    )
    REFERENCE, KIND, TITLE, MEMBER, SUBMITTED = range(5)

    def cell(self, row: ListingRow, column: int) -> str:
        member = row.member_name
        if row.anonymous:
            member = self.tr("{name} (anonymous)").format(name=member)
        values = [
            row.reference,
            labels.listing_kind_label(row.kind),
            row.title,
            member,
            labels.medium_datetime(row.updated_at),
        ]
        return values[column]


class ReturnDialog(QDialog):
    """Asks why a listing goes back to the clerk; Return stays disabled until there is a reason."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return to clerk"))
        self.intro = QLabel(
            self.tr(
                "Return “{title}” to the clerk. Say what must change; the clerk sees these "
                "reasons and submits the listing again once it is corrected."
            ).format(title=title)
        )
        self.intro.setWordWrap(True)
        self.reasons = QPlainTextEdit()
        self.reasons.setPlaceholderText(
            self.tr("e.g. The budget range is unclear; please state the required cycle life.")
        )
        self.reasons.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.return_button = buttons.addButton(
            self.tr("Return"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.return_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reasons.textChanged.connect(
            lambda: self.return_button.setEnabled(bool(self.reason_text()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.reasons, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(460, 280)

    def reason_text(self) -> str:
        return self.reasons.toPlainText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> str | None:
        dialog = cls(title, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.reason_text():
            return None
        return dialog.reason_text()


class VerificationScreen(QWidget):
    """The supervisor's queue with the selected listing, its checks and the verdict."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: Verifying | None = None
        self._loading = 0
        self._busy = False
        self._selecting = False
        self.model = QueueModel(self)
        self._build()
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        state.restore_splitter(STATE_KEY, self.splitter)
        state.restore_header(STATE_KEY, self.table.horizontalHeader())
        self.reload()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.refresh_action = QAction(self.tr("Re&fresh"), self)
        self.refresh_action.setToolTip(self.tr("Load the queue again (F5)"))
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(lambda: self.reload())
        self.addAction(self.refresh_action)
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.refresh_action)
        self.count_label = QLabel()
        self.notice = QLabel()
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header = QHBoxLayout()
        header.setContentsMargins(8, 6, 8, 0)
        header.addWidget(self.count_label)
        header.addSpacing(24)
        header.addWidget(self.notice, 1)
        self.empty = QLabel(
            self.tr(
                "Nothing waits for verification.\nListings that clerks submit appear here, "
                "the longest-waiting first."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(HINT_STYLE)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._queue_panel())
        self.splitter.addWidget(self._verify_panel())
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([480, 720])
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(toolbar)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)

    def _queue_panel(self) -> QWidget:
        self.table = read_only_table(self.model, stretch=QueueModel.TITLE)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QueueModel.MEMBER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(QueueModel.MEMBER, 10 * self.fontMetrics().horizontalAdvance("中"))
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.table)
        return panel

    def _verify_panel(self) -> QWidget:
        self.view = ListingView()
        self.view.browser.setPlaceholderText(self.tr("Select a listing in the queue."))
        self.checks_box = QGroupBox(self.tr("Automatic checks"))
        self.checks_layout = QVBoxLayout(self.checks_box)
        self.check_labels: list[QLabel] = []
        self.checklist_box = QGroupBox(self.tr("Checklist: confirm before publishing"))
        checklist_layout = QVBoxLayout(self.checklist_box)
        self.ticks: dict[str, QCheckBox] = {}
        for key in listings.CHECKLIST:
            box = QCheckBox(labels.checklist_label(key))
            box.toggled.connect(lambda _on: self._update_buttons())
            checklist_layout.addWidget(box)
            self.ticks[key] = box
        self.publish_button = QPushButton(self.tr("Publish"))
        self.publish_button.clicked.connect(self.publish)
        self.return_button = QPushButton(self.tr("Return to clerk…"))
        self.return_button.setToolTip(
            self.tr("Send the listing back to the clerk with the reasons it must change")
        )
        self.return_button.clicked.connect(self.return_to_clerk)
        self.publish_hint = QLabel()
        self.publish_hint.setWordWrap(True)
        verdict = QVBoxLayout()
        verdict.addStretch(1)
        verdict.addWidget(self.publish_button)
        verdict.addWidget(self.return_button)
        decide = QHBoxLayout()
        decide.addWidget(self.checklist_box, 1)
        decide.addLayout(verdict)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 8, 8, 8)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.checks_box)
        layout.addLayout(decide)
        layout.addWidget(self.publish_hint)
        return panel

    # -- the queue --------------------------------------------------------------------------

    def reload(self, select_id: str | None = None, fallback_row: int | None = None) -> None:
        """Load the queue again and select `select_id`, else the row at `fallback_row` (the
        next listing after one was handled), else the listing selected before, else the first."""
        keep = select_id or (self.current.detail.id if self.current else None)
        try:
            rows: list[ListingRow] = self.ctx.read(listing_search.verification_queue)
        except Exception as exc:
            show_error(self, exc)
            return
        self._selecting = True
        try:
            self.model.set_rows(rows)
        finally:
            self._selecting = False
        self.table.setColumnHidden(QueueModel.REFERENCE, not any(r.reference for r in rows))
        self._show_count(len(rows))
        self.pages.setCurrentWidget(self.splitter if rows else self.empty)
        ids = [r.id for r in rows]
        if keep in ids and (select_id is not None or fallback_row is None):
            row = ids.index(keep)
        elif rows:
            row = min(fallback_row or 0, len(rows) - 1)
        else:
            row = -1
        self._select_row(row)

    def _show_count(self, count: int) -> None:
        if count == 0:
            text = ""  # the empty page says it, in the middle of the screen
        elif count == 1:
            text = self.tr("1 listing waits for verification")
        else:
            text = self.tr("{count} listings wait for verification").format(
                count=labels.number(count)
            )
        self.count_label.setText(text)

    def _select_row(self, row: int) -> None:
        self._selecting = True
        try:
            selection = self.table.selectionModel()
            if row < 0:
                selection.clear()
            else:
                selection.setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        finally:
            self._selecting = False
        self._load(self.selected_row())

    def _on_current_row(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._selecting:
            self._load(self.selected_row())

    def selected_row(self) -> ListingRow | None:
        index = self.table.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def activate(self) -> None:
        if not self._busy:
            self.reload()

    # -- the selected listing ------------------------------------------------------------------

    def _load(self, row: ListingRow | None) -> None:
        self._loading += 1
        number = self._loading
        previous = self.current
        if row is None:
            self._show(None, previous)
            return
        if previous is None or previous.detail.id != row.id:
            self._show(None, previous)  # nothing stays ticked for the wrong listing
        ctx, listing_id = self.ctx, row.id
        run_task(
            lambda: ctx.read(load_for_verification, listing_id),
            lambda loaded: self._loaded(number, loaded, previous),
            lambda exc: self._load_failed(number, exc),
        )

    def _loaded(self, number: int, loaded: Verifying, previous: Verifying | None) -> None:
        if number == self._loading:
            self._show(loaded, previous)

    def _load_failed(self, number: int, exc: BaseException) -> None:
        if number != self._loading:
            return
        show_error(self, exc)
        if isinstance(exc, NotFoundError):
            self.reload()

    def _show(self, loaded: Verifying | None, previous: Verifying | None) -> None:
        """Show a listing; the ticks stay only when it is the very version ticked before."""
        self.current = loaded
        same = (
            loaded is not None
            and previous is not None
            and (loaded.detail.id, loaded.detail.version)
            == (previous.detail.id, previous.detail.version)
        )
        for box in self.ticks.values():
            if not same:
                box.setChecked(False)
            box.setEnabled(loaded is not None)
        for label in self.check_labels:
            self.checks_layout.removeWidget(label)
            label.hide()  # deleteLater waits for the event loop; it must vanish now
            label.deleteLater()
        self.check_labels = []
        if loaded is None:
            self.view.clear()
        else:
            self.view.show_listing(loaded.detail, loaded.verifications, self.ctx.language)
            for result in loaded.checks:
                self._add_check_label(result)
        self.checks_box.setVisible(loaded is not None)
        self._update_buttons()

    def _add_check_label(self, result: CheckResult) -> None:
        label = QLabel(check_line_html(result))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setObjectName(f"check_{result.name}")
        self.checks_layout.addWidget(label)
        self.check_labels.append(label)

    def checklist(self) -> dict[str, bool]:
        return {key: box.isChecked() for key, box in self.ticks.items()}

    def _publish_refusal(self) -> str:
        """Why Publish is disabled, or "" when it may be pressed."""
        if self.current is None:
            return self.tr("Select a listing in the queue.")
        failures = self.current.blocking_failures
        if failures:
            reasons = " ".join(
                f"{check_name(c.name)}: {field_message(c.message)}" for c in failures
            )
            return self.tr(
                "Cannot be published: {reasons} Return it to the clerk to have it corrected."
            ).format(reasons=reasons)
        missing = [key for key, on in self.checklist().items() if not on]
        if missing:
            return self.tr(
                "To publish, tick every item of the checklist ({open} of {all} open)."
            ).format(open=len(missing), all=len(self.ticks))
        return ""

    def _update_buttons(self) -> None:
        refusal = self._publish_refusal()
        allowed = may(self.ctx.actor, Action.VERIFY_LISTINGS) and not self._busy
        self.publish_button.setEnabled(allowed and not refusal)
        self.return_button.setEnabled(allowed and self.current is not None)
        blocked = self.current is not None and bool(self.current.blocking_failures)
        self.publish_hint.setStyleSheet(BLOCKED_STYLE if blocked else HINT_STYLE)
        if refusal:
            self.publish_button.setToolTip(refusal)
            self.publish_hint.setText(refusal if self.current is not None else "")
        else:
            self.publish_button.setToolTip(
                self.tr("Publish the listing: it gets its reference and is valid for 365 days")
            )
            self.publish_hint.setText("")

    # -- the verdict --------------------------------------------------------------------------

    def publish(self) -> None:
        if self.current is None or not self.publish_button.isEnabled():
            return
        detail, ticks = self.current.detail, self.checklist()
        ctx = self.ctx
        self._run(
            lambda: ctx.write(publish_as_shown, detail.id, detail.version, ticks, ctx.actor),
            self._published,
            detail.id,
        )

    def return_to_clerk(self) -> None:
        if self.current is None or not self.return_button.isEnabled():
            return
        detail, ticks = self.current.detail, self.checklist()
        reasons = ReturnDialog.ask(self, detail.data.title)
        if reasons is None:
            return
        ctx = self.ctx
        self._run(
            lambda: ctx.write(
                return_as_shown, detail.id, detail.version, reasons, ticks, ctx.actor
            ),
            self._returned,
            detail.id,
        )

    def _run(
        self,
        work: Callable[[], ListingDetail],
        done: Callable[[ListingDetail], None],
        listing_id: str,
    ) -> None:
        row = self.table.currentIndex().row()
        self._set_busy(True)

        def finished(detail: ListingDetail) -> None:
            self._set_busy(False)
            done(detail)
            self.reload(fallback_row=max(row, 0))

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            show_error(self, exc)
            self.reload(select_id=listing_id, fallback_row=max(row, 0))

        run_task(work, finished, failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.refresh_action.setEnabled(not busy)
        self._update_buttons()

    def _published(self, detail: ListingDetail) -> None:
        self._tell(
            self.tr("Published as {reference}; valid until {date}.").format(
                reference=detail.reference, date=labels.short_date(detail.expires_at)
            )
        )
        self._suggest(detail)

    def _suggest(self, detail: ListingDetail) -> None:
        """The strong matches of the new listing join the new matches (in the background; a
        failure costs only the early notice: Match everything finds them too)."""
        if not may(self.ctx.actor, Action.WORK_MATCHES):
            return
        ctx, weights = self.ctx, configured_weights()

        def suggested(count: int) -> None:
            if count:
                self._tell(
                    self.tr(
                        "Published as {reference}; {count} strong matches are waiting under New "
                        "suggestions on the Matches screen."
                    ).format(reference=detail.reference, count=labels.number(count))
                )

        run_task(
            lambda: ctx.write(
                match_refresh.suggest_for_listing, detail.id, ctx.actor, weights=weights
            ),
            suggested,
            lambda exc: log.warning("suggestions for %s failed: %s", detail.reference, exc),
        )

    def _returned(self, detail: ListingDetail) -> None:
        self._tell(self.tr("Returned “{title}” to the clerk.").format(title=detail.data.title))

    def _tell(self, text: str) -> None:
        self.notice.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, STATUS_MS)

    # -- the main window's hooks --------------------------------------------------------------

    def request_leave(self, then: Callable[[], None]) -> None:
        then()  # ticks are not worth a question; nothing else is typed here

    def save_state(self) -> None:
        state.save_splitter(STATE_KEY, self.splitter)
        state.save_header(STATE_KEY, self.table.horizontalHeader())
