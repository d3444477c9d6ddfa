"""The ranked suggestions of the matching workspace: a score bar, the listing, its member and
the engine's reasons in words."""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.services.matching import Suggestion
from app.ui.errors import messages_joined
from app.ui.tables import RowsModel

Index = QModelIndex | QPersistentModelIndex
SCORE, REFERENCE, TITLE, MEMBER, REASONS = range(5)
SCORE_ROLE = Qt.ItemDataRole.UserRole + 10
STRONG, FAIR = 70.0, 45.0
BAR_COLOURS = {"strong": "#2e7d32", "fair": "#f9a825", "weak": "#9e9e9e"}


def strength(score: float) -> str:
    return "strong" if score >= STRONG else "fair" if score >= FAIR else "weak"


class SuggestionModel(RowsModel):
    CONTEXT = "SuggestionModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("SuggestionModel", "Score"),
        QT_TRANSLATE_NOOP("SuggestionModel", "Reference"),
        QT_TRANSLATE_NOOP("SuggestionModel", "Title"),
        QT_TRANSLATE_NOOP("SuggestionModel", "Member"),
        QT_TRANSLATE_NOOP("SuggestionModel", "Why"),
    )

    def cell(self, row: Suggestion, column: int) -> str:
        values = [
            f"{row.score:.0f}",
            row.reference or "—",
            row.title,
            row.member_name + ("  " + self.tr("(anonymous)") if row.anonymous else ""),
            messages_joined(row.reasons),
        ]
        return values[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SCORE_ROLE and index.isValid():
            return float(self.rows[index.row()].score)
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == SCORE:
            row = self.rows[index.row()]
            return "\n".join(f"{name}: {value:.2f}" for name, value in row.parts.items())
        return super().data(index, role)

    def suggestion(self, row: int) -> Suggestion:
        return self.rows[row]  # type: ignore[no-any-return]


class ScoreBarDelegate(QStyledItemDelegate):
    """The score as a bar (green strong, amber fair, grey weak) with its number."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        score = index.data(SCORE_ROLE)
        if score is None:
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.fillRect(option.rect, option.palette.highlight())  # type: ignore[attr-defined]
        rect: QRect = option.rect.adjusted(4, 5, -34, -5)  # type: ignore[attr-defined]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e8eaed"))
        painter.drawRoundedRect(rect, 3, 3)
        filled = QRect(
            rect.left(), rect.top(), int(rect.width() * min(score, 100) / 100), rect.height()
        )
        painter.setBrush(QColor(BAR_COLOURS[strength(score)]))
        painter.drawRoundedRect(filled, 3, 3)
        text_rect = option.rect.adjusted(option.rect.width() - 32, 0, -2, 0)  # type: ignore[attr-defined]
        role = (
            QPalette.ColorRole.HighlightedText
            if option.state & QStyle.StateFlag.State_Selected  # type: ignore[attr-defined]
            else QPalette.ColorRole.Text
        )
        painter.setPen(option.palette.color(role))  # type: ignore[attr-defined]
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            f"{score:.0f}",
        )
        painter.restore()
