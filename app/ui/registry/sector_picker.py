"""Choosing sectors from the GB/T 4754 taxonomy: codes can be typed, or ticked in a tree that
shows code and name in the UI language."""

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from app.services import sectors as taxonomy


def split_codes(text: str) -> list[str]:
    """Codes typed in the field, upper-cased, in order, without repeats (checked on save)."""
    codes: list[str] = []
    for part in text.replace("；", ";").replace(",", ";").replace("，", ";").split(";"):
        code = part.strip().upper()
        if code and code not in codes:
            codes.append(code)
    return codes


class SectorDialog(QDialog):
    """A checkable tree of sections and their divisions, with a filter."""

    def __init__(self, selected: list[str], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose sectors"))
        self.resize(560, 620)
        self.filter = QLineEdit(placeholderText=self.tr("Filter by code or name…"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Sector")])
        self.tree.setUniformRowHeights(True)
        self._fill(set(selected), language)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.collapseAll()
        self._expand_checked()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._apply_filter)

    def _fill(self, selected: set[str], language: str) -> None:
        sections: dict[str, QTreeWidgetItem] = {}
        for sector in taxonomy.sectors():
            parent = sections.get(sector.parent or "")
            item = QTreeWidgetItem(parent or self.tree, [sector.code, sector.name(language)])
            item.setToolTip(1, sector.name(language))
            item.setData(0, Qt.ItemDataRole.UserRole, sector.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = sector.code in selected
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if sector.is_section:
                sections[sector.code] = item

    def _expand_checked(self) -> None:
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            section.setExpanded(
                any(
                    section.child(j).checkState(0) == Qt.CheckState.Checked
                    for j in range(section.childCount())
                )
            )

    def selected(self) -> list[str]:
        codes = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while item := iterator.value():
            if item.checkState(0) == Qt.CheckState.Checked:
                codes.append(item.data(0, Qt.ItemDataRole.UserRole))
            iterator += 1
        return codes

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            any_child = False
            for j in range(section.childCount()):
                child = section.child(j)
                hit = not needle or needle in f"{child.text(0)} {child.text(1)}".casefold()
                child.setHidden(not hit)
                any_child = any_child or hit
            own = not needle or needle in f"{section.text(0)} {section.text(1)}".casefold()
            section.setHidden(not (own or any_child))
            section.setExpanded(bool(needle) and any_child)

    @classmethod
    def ask(cls, parent: QWidget | None, selected: list[str], language: str) -> list[str] | None:
        """The codes ticked, or None when the clerk cancelled."""
        dialog = cls(selected, language, parent)
        return dialog.selected() if dialog.exec() == QDialog.DialogCode.Accepted else None


class SectorField(QWidget):
    """A line of codes ("C39; I65") with a Choose… button and the sectors' names beneath."""

    changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.edit = QLineEdit(placeholderText=self.tr("Codes such as C39; I65"))
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setToolTip(self.tr("Pick sectors from the GB/T 4754 classification"))
        self.names = QLabel()
        self.names.setWordWrap(True)
        self.names.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.names.setStyleSheet("color: palette(placeholder-text);")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.names)
        self.edit.textChanged.connect(self._on_text)
        self.choose.clicked.connect(self._pick)
        self._on_text()

    def codes(self) -> list[str]:
        return split_codes(self.edit.text())

    def set_codes(self, codes: list[str]) -> None:
        with QSignalBlocker(self.edit):
            self.edit.setText("; ".join(codes))
        self._show_names()

    def _on_text(self) -> None:
        self._show_names()
        self.changed.emit()

    def _show_names(self) -> None:
        lines = []
        for code in self.codes():
            found = taxonomy.sector(code)
            lines.append(
                f"{code} {found.name(self.language)}"
                if found
                else self.tr("{code}: not a sector code").format(code=code)
            )
        self.names.setText("\n".join(lines))
        self.names.setVisible(bool(lines))

    def _pick(self) -> None:
        chosen = SectorDialog.ask(self, self.codes(), self.language)
        if chosen is not None:
            self.edit.setText("; ".join(chosen))
