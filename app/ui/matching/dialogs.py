"""The small questions of the matching screens: a note when proposing, a reason when a
suggestion is not relevant or a match is declined. Each has an `ask()` classmethod (tests
replace it)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import DeclineReason, DismissReason, MatchSide

DISMISS_REASONS = {
    DismissReason.TECHNOLOGY_DOES_NOT_FIT: QT_TRANSLATE_NOOP(
        "MatchLabels", "The technology does not fit"
    ),
    DismissReason.READINESS_DOES_NOT_FIT: QT_TRANSLATE_NOOP("MatchLabels", "Not ready enough"),
    DismissReason.BUDGET_DOES_NOT_FIT: QT_TRANSLATE_NOOP("MatchLabels", "The budget does not fit"),
    DismissReason.COOPERATION_DOES_NOT_FIT: QT_TRANSLATE_NOOP(
        "MatchLabels", "The kind of cooperation does not fit"
    ),
    DismissReason.SAME_MEMBER: QT_TRANSLATE_NOOP("MatchLabels", "Both from the same member"),
    DismissReason.DUPLICATE: QT_TRANSLATE_NOOP("MatchLabels", "Already handled elsewhere"),
    DismissReason.OTHER: QT_TRANSLATE_NOOP("MatchLabels", "Other (say why)"),
}
DECLINE_REASONS = {
    DeclineReason.PRICE: QT_TRANSLATE_NOOP("MatchLabels", "Price"),
    DeclineReason.TECHNOLOGY_NOT_SUITABLE: QT_TRANSLATE_NOOP(
        "MatchLabels", "The technology is not suitable"
    ),
    DeclineReason.TIMING: QT_TRANSLATE_NOOP("MatchLabels", "Timing"),
    DeclineReason.IP_TERMS: QT_TRANSLATE_NOOP("MatchLabels", "IP terms"),
    DeclineReason.CHOSE_ANOTHER_SOLUTION: QT_TRANSLATE_NOOP(
        "MatchLabels", "Chose another solution"
    ),
    DeclineReason.NO_ANSWER: QT_TRANSLATE_NOOP("MatchLabels", "No answer"),
    DeclineReason.OTHER: QT_TRANSLATE_NOOP("MatchLabels", "Other (say why)"),
}
SIDES = {
    MatchSide.DEMAND: QT_TRANSLATE_NOOP("MatchLabels", "The demand's member"),
    MatchSide.SUPPLY: QT_TRANSLATE_NOOP("MatchLabels", "The supply's member"),
    MatchSide.OFFICE: QT_TRANSLATE_NOOP("MatchLabels", "The office"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate("MatchLabels", source)


def _combo(table: dict) -> QComboBox:  # type: ignore[type-arg]
    combo = QComboBox()
    for value, source in table.items():
        combo.addItem(_tr(source), value.value)
    return combo


class _TextDialog(QDialog):
    """A question with optional choices above a text field; OK waits until it may be given."""

    def __init__(self, parent: QWidget | None, title: str, intro: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(460, 300)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.text = QPlainTextEdit()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self.update_ok)

    def text_required(self) -> bool:
        return False

    def update_ok(self) -> None:
        ok = not self.text_required() or bool(self.text.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class ProposeDialog(_TextDialog):
    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(
            parent,
            self.tr("Propose match"),
            self.tr("Propose “{title}” to both sides? A note for the file (optional):").format(
                title=title
            ),
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Propose"))
        self.update_ok()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> str | None:
        dialog = cls(parent, title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text.toPlainText().strip()


class DismissDialog(_TextDialog):
    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(
            parent,
            self.tr("Not relevant"),
            self.tr("Why is “{title}” not worth proposing? It will not be suggested again.").format(
                title=title
            ),
        )
        self.reason = _combo(DISMISS_REASONS)
        self.reason.currentIndexChanged.connect(self.update_ok)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.text.setPlaceholderText(self.tr("More about it (needed for Other)"))
        self.update_ok()

    def text_required(self) -> bool:
        return self.reason.currentData() == DismissReason.OTHER.value

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> tuple[str, str] | None:
        dialog = cls(parent, title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.currentData(), dialog.text.toPlainText().strip()


class DeclineDialog(_TextDialog):
    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(
            parent,
            self.tr("Declined"),
            self.tr("Who declined “{title}”, and why?").format(title=title),
        )
        self.side = _combo(SIDES)
        self.reason = _combo(DECLINE_REASONS)
        self.reason.currentIndexChanged.connect(self.update_ok)
        self.form.addRow(self.tr("Declined by"), self.side)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.text.setPlaceholderText(self.tr("More about it (needed for Other)"))
        self.update_ok()

    def text_required(self) -> bool:
        return self.reason.currentData() == DeclineReason.OTHER.value

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> tuple[str, str, str] | None:
        dialog = cls(parent, title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return (
            dialog.side.currentData(),
            dialog.reason.currentData(),
            dialog.text.toPlainText().strip(),
        )
