"""Words, colours and small pictures for the project log and the evaluation: the three sides,
the kinds of entry, the five criteria, and a row of stars for a 1–5 score."""

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.models.enums import EntryKind, PartySide

_CONTEXT = "ProjectLabels"
SIDES = {
    PartySide.ENTERPRISE: QT_TRANSLATE_NOOP("ProjectLabels", "Enterprise"),
    PartySide.RESEARCH: QT_TRANSLATE_NOOP("ProjectLabels", "University / institute"),
    PartySide.OFFICE: QT_TRANSLATE_NOOP("ProjectLabels", "Office"),
}
KINDS = {
    EntryKind.PROGRESS: QT_TRANSLATE_NOOP("ProjectLabels", "Progress report"),
    EntryKind.FEEDBACK: QT_TRANSLATE_NOOP("ProjectLabels", "Feedback"),
    EntryKind.PROBLEM: QT_TRANSLATE_NOOP("ProjectLabels", "Problem"),
    EntryKind.RESOLUTION: QT_TRANSLATE_NOOP("ProjectLabels", "Resolution"),
}
CRITERIA = {
    "goal_achieved": QT_TRANSLATE_NOOP("ProjectLabels", "Goal achieved"),
    "quality": QT_TRANSLATE_NOOP("ProjectLabels", "Quality"),
    "timeliness": QT_TRANSLATE_NOOP("ProjectLabels", "Timeliness"),
    "communication": QT_TRANSLATE_NOOP("ProjectLabels", "Communication"),
    "benefit_realised": QT_TRANSLATE_NOOP("ProjectLabels", "Benefit realised"),
}
KIND_COLOURS = {
    EntryKind.PROGRESS.value: "#1f6feb",
    EntryKind.FEEDBACK.value: "#7b3fa0",
    EntryKind.PROBLEM.value: "#c62828",
    EntryKind.RESOLUTION.value: "#2e7d32",
}
OPEN_PROBLEM_BACKGROUND = "#fdecea"
STAR_COLOUR = "#f2a900"
STAR_EMPTY = "#d0d4da"


def _translated(table: dict, value: str) -> str:  # type: ignore[type-arg]
    for key, source in table.items():
        if str(key) == value:
            return QCoreApplication.translate(_CONTEXT, source)
    return value


def side_label(value: str) -> str:
    return _translated(SIDES, value)


def kind_label(value: str) -> str:
    return _translated(KINDS, value)


def criterion_label(key: str) -> str:
    return _translated(CRITERIA, key)


def score_text(value: float | None) -> str:
    """A score or an average in the locale's format with one decimal ("4.3", "—" for none)."""
    return "—" if value is None else QLocale().toString(float(value), "f", 1)


_icons: dict[str, QIcon] = {}


def kind_icon(kind: str) -> QIcon:
    """A coloured dot for a kind of entry (the colour is also the kind's text colour)."""
    if kind not in _icons:
        pixmap = QPixmap(14, 14)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(KIND_COLOURS.get(kind, "#666666")))
        if kind == EntryKind.PROBLEM.value:  # a triangle: a warning, also without colour
            path = QPainterPath(QPointF(7, 1))
            path.lineTo(13, 13)
            path.lineTo(1, 13)
            path.closeSubpath()
            painter.drawPath(path)
        else:
            painter.drawEllipse(2, 2, 10, 10)
        painter.end()
        _icons[kind] = QIcon(pixmap)
    return _icons[kind]


def _star(size: float) -> QPainterPath:
    path = QPainterPath()
    centre, outer, inner = size / 2, size / 2, size / 5
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        point = QPointF(centre + radius * math.cos(angle), centre + radius * math.sin(angle))
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    return path


class StarRating(QWidget):
    """Five stars, as many filled as the score (an average fills part of a star)."""

    STAR = 16
    GAP = 2

    def __init__(self, value: float | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setToolTip("" if value is None else score_text(value) + " / 5")

    def sizeHint(self) -> QSize:
        return QSize(5 * self.STAR + 4 * self.GAP, self.STAR)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        star = _star(self.STAR)
        filled = max(0.0, min(5.0, self.value or 0.0))
        for i in range(5):
            painter.save()
            painter.translate(i * (self.STAR + self.GAP), 0)
            painter.setBrush(QColor(STAR_EMPTY))
            painter.drawPath(star)
            share = max(0.0, min(1.0, filled - i))
            if share > 0:
                painter.setClipRect(0, 0, round(self.STAR * share), self.STAR)
                painter.setBrush(QColor(STAR_COLOUR))
                painter.drawPath(star)
            painter.restore()
        painter.end()
