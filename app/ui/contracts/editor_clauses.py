"""The contract editor's Clauses tab: the numbered clauses on the left, the chosen one's heading
and text on the right. Clauses are added, removed (after a question), moved, edited, and a
changed template clause can get its template text back."""

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.services.contract_data import ClauseData
from app.ui.contracts.editor_schedule import (
    MUTED_STYLE,
    error_label,
    icon_button,
    show_message,
)
from app.ui.prompts import Confirm

CUSTOM_KEY = re.compile(r"custom-(\d+)$")
ERROR_COLOR = QColor("#b00020")
EDITED_COLOR = QColor("#1a5fb4")
EDITED_MARK = "  ✎"
MARKED_STYLE = "border: 1px solid #b00020;"


@dataclass
class Clause:
    """One clause while it is edited; `errors` are the messages of the last failed save."""

    key: str
    heading: str
    text: str
    template_text: str = ""
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def edited(self) -> bool:
        """A template clause whose text the clerk has changed."""
        return bool(self.template_text) and self.text != self.template_text

    def value(self) -> ClauseData:
        return ClauseData(self.key, self.heading, self.text, self.template_text)


def new_clause_key(keys: list[str]) -> str:
    """`custom-<n>`, one more than any custom key the contract has."""
    numbers = [int(m.group(1)) for key in keys if (m := CUSTOM_KEY.match(key))]
    return f"custom-{max(numbers, default=0) + 1}"


class ClausesTab(QWidget):
    """The ordered clauses; the list on the left chooses which one the editors on the right
    show."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clauses: list[Clause] = []
        self._read_only = False
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(1)
        self.list.currentRowChanged.connect(self._show_current)
        self.add_button = QPushButton(self.tr("Add clause"))
        self.add_button.setToolTip(self.tr("A new clause after the one chosen"))
        self.add_button.clicked.connect(self.add_clause)
        self.remove_button = icon_button(
            self, QStyle.StandardPixmap.SP_DialogDiscardButton, self.tr("Remove the clause")
        )
        self.remove_button.clicked.connect(self.remove_clause)
        self.up_button = icon_button(self, QStyle.StandardPixmap.SP_ArrowUp, self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_clause(-1))
        self.down_button = icon_button(
            self, QStyle.StandardPixmap.SP_ArrowDown, self.tr("Move down")
        )
        self.down_button.clicked.connect(lambda: self.move_clause(1))
        self.heading = QLineEdit()
        self.heading.setPlaceholderText(self.tr("Heading, e.g. 保密 / Confidentiality"))
        self.heading.textChanged.connect(self._heading_edited)
        self.heading_error = error_label()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._text_edited)
        self.text_error = error_label()
        self.origin = QLabel()
        self.origin.setStyleSheet(MUTED_STYLE)
        self.origin.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore template text"))
        self.restore_button.setToolTip(
            self.tr("Put back the template's text of this clause, filled from the contract")
        )
        self.restore_button.clicked.connect(self.restore_template_text)
        self.empty = QLabel(self.tr("This contract has no clauses. Add one to start."))
        self.empty.setStyleSheet(MUTED_STYLE)
        self._build()
        self._show_current(-1)

    def _build(self) -> None:
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        left_box.addLayout(buttons)
        self.editor = QWidget()
        right = QVBoxLayout(self.editor)
        right.setContentsMargins(0, 0, 0, 0)
        self.heading_caption = QLabel()
        right.addWidget(self.heading_caption)
        right.addWidget(self.heading)
        right.addWidget(self.heading_error)
        right.addWidget(QLabel(self.tr("Text")))
        right.addWidget(self.text, 1)
        right.addWidget(self.text_error)
        footer = QHBoxLayout()
        footer.addWidget(self.origin, 1)
        footer.addWidget(self.restore_button)
        right.addLayout(footer)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 700])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)

    # -- values ---------------------------------------------------------------------------

    def values(self) -> tuple[ClauseData, ...]:
        return tuple(clause.value() for clause in self.clauses)

    def set_values(self, clauses: tuple[ClauseData, ...]) -> None:
        self.clauses = [Clause(c.key, c.heading, c.text, c.template_text) for c in clauses]
        self._fill_list(0 if self.clauses else -1)

    def current(self) -> Clause | None:
        row = self.list.currentRow()
        return self.clauses[row] if 0 <= row < len(self.clauses) else None

    # -- the list -------------------------------------------------------------------------

    def _fill_list(self, select: int) -> None:
        blocker = QSignalBlocker(self.list)
        self.list.clear()
        for _ in self.clauses:
            self.list.addItem(QListWidgetItem())
        for row in range(len(self.clauses)):
            self._show_item(row)
        self.list.setCurrentRow(select)
        del blocker
        self._show_current(select)
        self.empty.setVisible(not self.clauses)

    def _show_item(self, row: int) -> None:
        """ "3. Heading", marked when the text was changed and red when a save named it."""
        clause, item = self.clauses[row], self.list.item(row)
        heading = clause.heading.strip() or self.tr("(no heading)")
        item.setText(f"{row + 1}. {heading}" + (EDITED_MARK if clause.edited else ""))
        tips = list(clause.errors.values())
        if clause.edited:
            tips.append(self.tr("The text was changed from the template's."))
        elif not clause.template_text:
            tips.append(self.tr("Added to this contract; not from the template."))
        item.setToolTip("\n".join(tips))
        color = ERROR_COLOR if clause.errors else EDITED_COLOR if clause.edited else None
        item.setForeground(QBrush(color) if color else QBrush())
        font = QFont(self.list.font())
        font.setItalic(not clause.heading.strip())
        font.setBold(bool(clause.errors))
        item.setFont(font)

    def _show_current(self, row: int) -> None:
        clause = self.clauses[row] if 0 <= row < len(self.clauses) else None
        blockers = (QSignalBlocker(self.heading), QSignalBlocker(self.text))
        self.heading.setText(clause.heading if clause else "")
        self.heading.setCursorPosition(0)
        self.text.setPlainText(clause.text if clause else "")
        del blockers
        self.editor.setEnabled(clause is not None)
        self.heading_caption.setText(
            self.tr("Heading of clause {n}").format(n=row + 1) if clause else self.tr("Heading")
        )
        self._show_clause_errors(clause)
        self._show_origin(clause)
        self._update_buttons()

    def _show_origin(self, clause: Clause | None) -> None:
        if clause is None:
            text = ""
        elif not clause.template_text:
            text = self.tr("Added to this contract; there is no template text to go back to.")
        elif clause.edited:
            text = self.tr("Changed from the template's text.")
        else:
            text = self.tr(
                "As in the template: the text follows the contract's fields when it is saved."
            )
        self.origin.setText(text)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        clause = self.current()
        editable = not self._read_only
        self.remove_button.setEnabled(clause is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self.clauses) - 1)
        self.restore_button.setEnabled(editable and clause is not None and clause.edited)

    # -- editing --------------------------------------------------------------------------

    def _heading_edited(self, text: str) -> None:
        clause = self.current()
        if clause is None:
            return
        clause.heading = text
        self._show_item(self.list.currentRow())
        self.changed.emit()

    def _text_edited(self) -> None:
        clause = self.current()
        if clause is None:
            return
        clause.text = self.text.toPlainText()
        self._show_item(self.list.currentRow())
        self._show_origin(clause)
        self._update_buttons()
        self.changed.emit()

    def add_clause(self) -> None:
        row = self.list.currentRow() + 1 if self.current() else len(self.clauses)
        key = new_clause_key([c.key for c in self.clauses])
        self.clauses.insert(row, Clause(key, "", ""))
        self._restructured(row)
        self.heading.setFocus()

    def remove_clause(self) -> None:
        clause, row = self.current(), self.list.currentRow()
        if clause is None:
            return
        heading = clause.heading.strip() or self.tr("(no heading)")
        if not Confirm.ask(
            self,
            self.tr("Remove clause"),
            self.tr("Remove clause {n}, “{heading}”, from this contract?").format(
                n=row + 1, heading=heading
            ),
            self.tr("Remove"),
        ):
            return
        del self.clauses[row]
        self._restructured(min(row, len(self.clauses) - 1))

    def move_clause(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if self.current() is None or not 0 <= target < len(self.clauses):
            return
        self.clauses[row], self.clauses[target] = self.clauses[target], self.clauses[row]
        self._restructured(target)

    def _restructured(self, select: int) -> None:
        """Clauses were added, removed or moved: the numbers in earlier messages no longer fit."""
        for clause in self.clauses:
            clause.errors = {}
        self._fill_list(select)
        self.changed.emit()

    def restore_template_text(self) -> None:
        """The template's text back in the editor; the services fill it anew on save."""
        clause = self.current()
        if clause is not None and clause.template_text:
            self.text.setPlainText(clause.template_text)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.heading.setReadOnly(read_only)
        self.text.setReadOnly(read_only)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setVisible(not read_only)
        self.restore_button.setVisible(not read_only)
        self._update_buttons()

    # -- errors ---------------------------------------------------------------------------

    def show_errors(self, errors: dict[str, str]) -> bool:
        """Messages keyed `clauses.{i}.heading` / `clauses.{i}.text`: the clause turns red in
        the list, the first one is chosen, its messages show under its editors."""
        first = -1
        for i, clause in enumerate(self.clauses):
            prefix = f"clauses.{i}."
            clause.errors = {
                key[len(prefix) :]: text for key, text in errors.items() if key.startswith(prefix)
            }
            if clause.errors and first < 0:
                first = i
            self._show_item(i)
        if first >= 0:
            self.list.setCurrentRow(first)
        self._show_clause_errors(self.current())
        return first >= 0

    def _show_clause_errors(self, clause: Clause | None) -> None:
        errors = clause.errors if clause else {}
        show_message(self.heading_error, errors.get("heading"))
        show_message(self.text_error, errors.get("text"))
        self.heading.setStyleSheet(MARKED_STYLE if "heading" in errors else "")
        self.text.setStyleSheet(MARKED_STYLE if "text" in errors else "")

    def first_error_widget(self) -> QWidget | None:
        clause = self.current()
        if clause is None or not clause.errors:
            return None
        return self.heading if "heading" in clause.errors else self.text

    def clear_errors(self) -> None:
        for i, clause in enumerate(self.clauses):
            clause.errors = {}
            self._show_item(i)
        self._show_clause_errors(self.current())
