"""Before a new member is created: the members it may duplicate, and what the clerk wants."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.members import DuplicateCandidate

REASONS = {
    "similar name": QT_TRANSLATE_NOOP("DuplicateWarningDialog", "similar name"),
    "same registration code": QT_TRANSLATE_NOOP("DuplicateWarningDialog", "same registration code"),
}


def reason_label(reason: str) -> str:
    return QCoreApplication.translate("DuplicateWarningDialog", REASONS.get(reason, reason))


class DuplicateWarningDialog(QDialog):
    """Lists possible duplicates; the answer is OPEN (with an id), CREATE or CANCEL."""

    OPEN, CREATE, CANCEL = "open", "create", "cancel"

    def __init__(
        self, name: str, candidates: list[DuplicateCandidate], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.resize(720, 320)
        self.answer = self.CANCEL
        self.candidates = candidates
        intro = QLabel(
            self.tr(
                "“{name}” may already be registered. Open the existing member instead (what you "
                "typed for the new one is then discarded), or create it anyway if it is a "
                "different organisation."
            ).format(name=name)
        )
        intro.setWordWrap(True)
        self.table = self._table(candidates)
        buttons = QDialogButtonBox()
        self.open_button = QPushButton(self.tr("Open selected"))
        create = QPushButton(self.tr("Create anyway"))
        cancel = QPushButton(self.tr("Cancel"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(create, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(lambda: self._finish(self.OPEN))
        create.clicked.connect(lambda: self._finish(self.CREATE))
        cancel.clicked.connect(self.reject)
        self.table.doubleClicked.connect(lambda _index: self._finish(self.OPEN))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _table(self, candidates: list[DuplicateCandidate]) -> QTableWidget:
        headers = [
            self.tr("Name"),
            self.tr("City"),
            self.tr("Registration code"),
            self.tr("Similarity"),
            self.tr("Why"),
        ]
        table = QTableWidget(len(candidates), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        for row, c in enumerate(candidates):
            score = QLocale().toString(c.score, "f", 0) + " %"
            values = [c.name, c.city, c.registration_code, score, reason_label(c.reason)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if candidates:
            table.selectRow(0)
        return table

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        return self.candidates[row].id if 0 <= row < len(self.candidates) else None

    def _finish(self, answer: str) -> None:
        self.answer = answer
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, name: str, candidates: list[DuplicateCandidate]
    ) -> tuple[str, str | None]:
        """(OPEN, member id) / (CREATE, None) / (CANCEL, None)."""
        dialog = cls(name, candidates, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return cls.CANCEL, None
        if dialog.answer == cls.OPEN:
            return (cls.OPEN, dialog.selected_id()) if dialog.selected_id() else (cls.CANCEL, None)
        return dialog.answer, None
