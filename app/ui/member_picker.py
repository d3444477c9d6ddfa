"""Pick a member by typing part of its name (search-as-you-type over member_search.search_members),
optionally with a role; used by the Alliances screen and later by listings and contracts."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import member_search
from app.services.member_search import MemberQuery
from app.ui import labels
from app.ui.context import AppContext
from app.ui.errors import show_error

SEARCH_DELAY_MS = 200
RESULT_LIMIT = 50


class MemberPickerDialog(QDialog):
    """A search field and the matching members; OK returns the one selected."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        roles: list[tuple[str, str]] | None = None,
        exclude: set[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exclude = exclude or set()
        self.setWindowTitle(title)
        self.resize(560, 460)
        self.search = QLineEdit(placeholderText=self.tr("Type part of the name, city or keyword"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setUniformItemSizes(True)
        self.results.setWordWrap(False)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.role = QComboBox()
        for value, label in roles or []:
            self.role.addItem(label, value)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        if roles:
            form = QFormLayout()
            form.addRow(self.tr("Role"), self.role)
            layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.results.currentItemChanged.connect(lambda *_a: self._update_ok())
        self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        query = MemberQuery(text=self.search.text().strip())
        try:
            rows = self.ctx.read(member_search.search_members, query, offset=0, limit=RESULT_LIMIT)
        except Exception as exc:
            show_error(self, exc)
            return
        self.results.clear()
        for row in rows:
            if row.id in self.exclude:
                continue
            place = " · ".join(p for p in (labels.kind_label(row.kind), row.city) if p)
            item = QListWidgetItem(f"{row.name}    ({place})" if place else row.name)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(row.name)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        more = len(rows) == RESULT_LIMIT
        self.hint.setText(
            self.tr("No member matches.")
            if not self.results.count()
            else self.tr("Showing the first {n}; type more to narrow down.").format(n=RESULT_LIMIT)
            if more
            else ""
        )
        self._update_ok()

    def selected_id(self) -> str | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def selected_name(self) -> str:
        item = self.results.currentItem()
        return item.toolTip() if item else ""

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.selected_id() is not None
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx: AppContext,
        title: str,
        roles: list[tuple[str, str]] | None = None,
        exclude: set[str] | None = None,
    ) -> tuple[str, str, str] | None:
        """(member id, member name, role) or None when cancelled."""
        dialog = cls(ctx, title, roles, exclude, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.selected_id() is None:
            return None
        return dialog.selected_id() or "", dialog.selected_name(), dialog.role.currentData() or ""
