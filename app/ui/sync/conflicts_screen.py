"""The Conflicts screen: the records sync found changed on two sites (or one unique value given
to two records), each shown field by field, version A (in the data now) beside version B. The
clerk keeps A, takes B, or picks per field and saves the merge; the choice is audited and syncs
like any change. Viewers read them but cannot resolve them."""

from collections.abc import Collection

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import conflicts, sync
from app.services.conflicts import ConflictRow
from app.services.permissions import Action, may
from app.services.sync import CopyInfo
from app.ui import labels, state
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.sync.conflicts_model import (
    ConflictFieldsModel,
    ConflictListModel,
    kind_text,
    record_text,
    side_text,
    status_text,
)
from app.ui.sync.progress import OK_STYLE
from app.ui.sync.status import sync_events
from app.ui.tables import read_only_table
from app.ui.widgets import read_only_note
from app.ui.workers import run_task

STATE_KEY = "conflicts"
Loaded = tuple[list[ConflictRow], CopyInfo | None]


class ConflictsScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.may_resolve = may(ctx.actor, Action.RESOLVE_CONFLICTS)
        self.model = ConflictListModel(self)
        self.fields_model = ConflictFieldsModel(self)
        self._loading = 0
        self._busy = False
        self._keep_row = 0  # the row to select after a reload (the next conflict after a resolve)
        self._build()
        state.restore_splitter(STATE_KEY, self.splitter)
        sync_events().synced.connect(self._synced)
        self.reload()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.count_label = QLabel()
        self.resolved_check = QCheckBox(self.tr("Show resolved too"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.result_label = QLabel()  # what the last resolve did; stays until the next one
        self.result_label.setStyleSheet(OK_STYLE)
        top = QHBoxLayout()
        top.addWidget(self.count_label)
        top.addSpacing(12)
        top.addWidget(self.result_label, 1)
        top.addWidget(self.resolved_check)
        top.addWidget(self.refresh_button)
        self.table = read_only_table(self.model, stretch=4)
        self.details = QStackedWidget()
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")
        self.details.addWidget(self.placeholder)
        self.details.addWidget(self._detail_page())
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.resolved_check.toggled.connect(lambda _on: self.reload())
        self.refresh_button.clicked.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.triggered.connect(self.reload)
        self.addAction(refresh)

    def _detail_page(self) -> QWidget:
        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.Bold)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sides_label = QLabel()
        self.sides_label.setWordWrap(True)
        self.sides_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields_view = QTableView()
        self.fields_view.setModel(self.fields_model)
        self.fields_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fields_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields_view.setWordWrap(True)
        self.fields_view.verticalHeader().hide()
        header = self.fields_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: palette(placeholder-text);")
        self.viewer_note = read_only_note(
            self.tr(
                "You are signed in as {role}: you can read conflicts but not resolve them."
            ).format(role=labels.user_role_label(self.ctx.actor.role.value))
        )
        self.viewer_note.setVisible(not self.may_resolve)
        self.keep_a_button = QPushButton(self.tr("Keep A"))
        self.take_b_button = QPushButton(self.tr("Take B"))
        self.merge_button = QPushButton(self.tr("Save merge"))
        self.keep_a_button.setToolTip(self.tr("Keep version A, the one in the data now"))
        self.take_b_button.setToolTip(self.tr("Replace it with version B"))
        self.merge_button.setToolTip(self.tr("Keep the values ticked in each row"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.keep_a_button, self.take_b_button, self.merge_button):
            buttons.addWidget(button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.sides_label)
        layout.addWidget(self.fields_view, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.viewer_note)
        layout.addLayout(buttons)
        self.keep_a_button.clicked.connect(lambda: self.resolve(()))
        self.take_b_button.clicked.connect(self.take_b)
        self.merge_button.clicked.connect(lambda: self.resolve(set(self.fields_model.take_b)))
        self.fields_model.choice_changed.connect(self._update_buttons)
        return page

    # -- the list -------------------------------------------------------------------------

    def reload(self, *_args: object) -> None:
        ctx, include = self.ctx, self.resolved_check.isChecked()
        current = self.current()
        if current is not None:
            self._keep_row = max(self.table.currentIndex().row(), 0)
        self._loading += 1
        number = self._loading

        def load() -> Loaded:
            rows = ctx.read(conflicts.list_conflicts, ctx.actor, include_resolved=include)
            return rows, sync.copy_info(ctx.db)

        run_task(load, lambda loaded: self._loaded(number, loaded, current), self._load_failed)

    def _loaded(self, number: int, loaded: Loaded, previous: ConflictRow | None) -> None:
        if number != self._loading:
            return
        rows, info = loaded
        names = {self.ctx.db.site_id: self.tr("here")}
        if info is not None and info.remote_site:
            names[info.remote_site] = self.tr("on the shared database")
        self.model.site_names = names
        self.model.set_rows(rows)
        self._show_count(rows)
        row = self.model.row_of(previous.id) if previous is not None else -1
        if row < 0 and rows:
            row = min(self._keep_row, len(rows) - 1)
        if row >= 0:
            self.table.selectRow(row)
        self._show(self.current())

    def _load_failed(self, exc: BaseException) -> None:
        self.count_label.setText("")
        show_error(self, exc)

    def _show_count(self, rows: list[ConflictRow]) -> None:
        open_count = sum(1 for row in rows if row.status == "open")
        if open_count == 0:
            text = self.tr("No conflicts to resolve.")
        elif open_count == 1:
            text = self.tr("1 conflict to resolve")
        else:
            text = self.tr("{count} conflicts to resolve").format(count=labels.number(open_count))
        self.count_label.setText(text)
        self.placeholder.setText(
            self.tr("Select a conflict to compare its two versions field by field.")
            if rows
            else self.tr(
                "No conflicts. When a sync finds a record changed both here and on the other "
                "side, both versions are kept and shown here for you to choose."
            )
        )

    def current(self) -> ConflictRow | None:
        index = self.table.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None)

    # -- one conflict ---------------------------------------------------------------------

    def _show(self, row: ConflictRow | None) -> None:
        self.fields_model.set_conflict(row, editable=self.may_resolve)
        if row is None:
            self.details.setCurrentIndex(0)
            return
        self.details.setCurrentIndex(1)
        self.title_label.setText(f"{record_text(row)} — {kind_text(row.kind)}")
        names = self.model.site_names
        lines = [
            self.tr("Version A (in the data now): {side}").format(side=side_text(row, "a", names)),
            self.tr("Version B: {side}").format(side=side_text(row, "b", names)),
        ]
        if row.status == "resolved":
            lines.append(
                self.tr("{status} by {who} on {when}.").format(
                    status=status_text(row),
                    who=row.resolved_by,
                    when=labels.medium_datetime(row.resolved_at),
                )
            )
        self.sides_label.setText("\n".join(lines))
        self.fields_view.resizeRowsToContents()
        self.hint_label.setText(self._hint(row))
        self._update_buttons()

    def _hint(self, row: ConflictRow) -> str:
        if row.status != "open" or not self.may_resolve:
            return ""
        if row.deleted_a or row.deleted_b:
            return self.tr(
                "One side deleted the record: keep A or take B as a whole. Taking the side "
                "that kept it brings the record back."
            )
        return self.tr(
            "Tick the value to keep in each row and press Save merge, or keep one version "
            "whole. The fields not listed are the same in both versions."
        )

    def _update_buttons(self) -> None:
        row = self.current()
        usable = row is not None and row.status == "open" and self.may_resolve and not self._busy
        for button in (self.keep_a_button, self.take_b_button, self.merge_button):
            button.setEnabled(usable)
        alive = row is not None and not (row.deleted_a or row.deleted_b)
        self.merge_button.setEnabled(usable and alive and self.fields_model.merged)
        if not self.may_resolve:
            why = self.tr("Your role may read conflicts but not resolve them.")
            for button in (self.keep_a_button, self.take_b_button, self.merge_button):
                button.setToolTip(why)

    def take_b(self) -> None:
        row = self.current()
        if row is not None:
            self.resolve([field.name for field in row.fields])

    def resolve(self, take_b: Collection[str]) -> None:
        """Resolve the selected conflict: the fields in `take_b` get B's value, the rest A's."""
        row = self.current()
        if row is None or self._busy or not self.may_resolve:
            return
        ctx, chosen = self.ctx, tuple(sorted(take_b))
        self._busy = True
        self.result_label.clear()
        self._update_buttons()

        def work() -> None:
            ctx.write(conflicts.resolve, ctx.actor, row.id, take_b=chosen, version=row.version)

        run_task(work, lambda _r: self._resolved(row, chosen), self._resolve_failed)

    def _resolved(self, row: ConflictRow, chosen: tuple[str, ...]) -> None:
        self._busy = False
        if not chosen:
            text = self.tr("{record}: kept version A.")
        elif len(chosen) == len(row.fields):
            text = self.tr("{record}: took version B.")
        else:
            text = self.tr("{record}: saved the merge.")
        self._keep_row = max(self.table.currentIndex().row(), 0)
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.result_label.setText(text.format(record=record_text(row)))
        self.reload()
        sync_events().conflicts_changed.emit()

    def _resolve_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        show_error(self, exc)
        self.reload()

    def _synced(self, _summary: object) -> None:
        """A sync ended: read the list again now if it shows (else `activate` will)."""
        if self.isVisible():
            self.reload()

    # -- screen protocol --------------------------------------------------------------------

    def activate(self) -> None:
        self.reload()

    def save_state(self) -> None:
        state.save_splitter(STATE_KEY, self.splitter)
