"""The Home screen's cards: one per section of waiting work, with its count, its first items
(each a row to click: it opens the record on its own screen) and a link to the whole list."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.resources import resource_path
from app.services import alerts
from app.services.alerts import AttentionItem, AttentionSection, Reason, SectionKey
from app.ui import labels

ACTION = "#3b5b8c"  # work waiting for someone in the office
WARNING = "#a0620a"  # a date coming close
URGENT = "#b03a2e"  # a date gone by
MUTED = "palette(placeholder-text)"


@dataclass(frozen=True)
class SectionLook:
    title: object  # English source text (QT_TRANSLATE_NOOP), translated in the "Home" context
    icon: str  # file under resources/icons
    accent: str
    more: object  # the link to the whole list ({count} of them), as the title


LOOKS: dict[SectionKey, SectionLook] = {
    SectionKey.LISTINGS_TO_VERIFY: SectionLook(
        QT_TRANSLATE_NOOP("Home", "Listings to verify"),
        "verification.svg",
        ACTION,
        QT_TRANSLATE_NOOP("Home", "All {count} in the verification queue"),
    ),
    SectionKey.LISTINGS_RETURNED: SectionLook(
        QT_TRANSLATE_NOOP("Home", "Listings returned for correction"),
        "listings.svg",
        ACTION,
        QT_TRANSLATE_NOOP("Home", "All {count} returned listings"),
    ),
    SectionKey.LISTINGS_EXPIRING: SectionLook(
        QT_TRANSLATE_NOOP("Home", "Listings expiring soon"),
        "listings.svg",
        WARNING,
        QT_TRANSLATE_NOOP("Home", "All {count} listings expiring soon"),
    ),
    SectionKey.MATCHES_WAITING: SectionLook(
        QT_TRANSLATE_NOOP("Home", "Matches waiting for an answer"),
        "matches.svg",
        WARNING,
        QT_TRANSLATE_NOOP("Home", "{count} in all: open the matches board"),
    ),
    SectionKey.CONTRACTS_TO_APPROVE: SectionLook(
        QT_TRANSLATE_NOOP("Home", "Contracts awaiting approval"),
        "contracts.svg",
        ACTION,
        QT_TRANSLATE_NOOP("Home", "All {count} contracts in review"),
    ),
    SectionKey.CONTRACTS_RETURNED: SectionLook(
        QT_TRANSLATE_NOOP("Home", "Contracts returned for changes"),
        "contracts.svg",
        ACTION,
        QT_TRANSLATE_NOOP("Home", "All {count} returned contracts"),
    ),
    SectionKey.CONTRACTS_TO_SIGN: SectionLook(
        QT_TRANSLATE_NOOP("Home", "Contracts to be signed"),
        "contracts.svg",
        ACTION,
        QT_TRANSLATE_NOOP("Home", "{count} in all: the contracts awaiting signature"),
    ),
    SectionKey.MILESTONES_OVERDUE: SectionLook(
        QT_TRANSLATE_NOOP("Home", "Overdue milestones"),
        "projects.svg",
        URGENT,
        QT_TRANSLATE_NOOP("Home", "{count} in all: the projects with overdue milestones"),
    ),
    SectionKey.MILESTONES_DUE: SectionLook(
        QT_TRANSLATE_NOOP("Home", "Milestones due in the next {days} days"),
        "projects.svg",
        WARNING,
        QT_TRANSLATE_NOOP("Home", "{count} in all: open the projects"),
    ),
}

# The services' reasons, for the translators (app.services.alert_data.TEMPLATES).
REASONS = (
    QT_TRANSLATE_NOOP("Alerts", "submitted today"),
    QT_TRANSLATE_NOOP("Alerts", "submitted yesterday"),
    QT_TRANSLATE_NOOP("Alerts", "submitted {days} days ago"),
    QT_TRANSLATE_NOOP("Alerts", "returned today"),
    QT_TRANSLATE_NOOP("Alerts", "returned yesterday"),
    QT_TRANSLATE_NOOP("Alerts", "returned {days} days ago"),
    QT_TRANSLATE_NOOP("Alerts", "expires today"),
    QT_TRANSLATE_NOOP("Alerts", "expires tomorrow"),
    QT_TRANSLATE_NOOP("Alerts", "expires in {days} days"),
    QT_TRANSLATE_NOOP("Alerts", "proposed {days} days ago, no answer"),
    QT_TRANSLATE_NOOP("Alerts", "proposed {days} days ago, nothing heard for {quiet} days"),
    QT_TRANSLATE_NOOP("Alerts", "interested, nothing heard for {quiet} days"),
    QT_TRANSLATE_NOOP("Alerts", "submitted for approval today"),
    QT_TRANSLATE_NOOP("Alerts", "submitted for approval yesterday"),
    QT_TRANSLATE_NOOP("Alerts", "submitted for approval {days} days ago"),
    QT_TRANSLATE_NOOP("Alerts", "approved today, not yet issued for signature"),
    QT_TRANSLATE_NOOP("Alerts", "approved yesterday, not yet issued for signature"),
    QT_TRANSLATE_NOOP("Alerts", "approved {days} days ago, not yet issued for signature"),
    QT_TRANSLATE_NOOP("Alerts", "waiting for {missing} of {total} signatures: {names}"),
    QT_TRANSLATE_NOOP("Alerts", "overdue by 1 day"),
    QT_TRANSLATE_NOOP("Alerts", "overdue by {days} days"),
    QT_TRANSLATE_NOOP("Alerts", "due today"),
    QT_TRANSLATE_NOOP("Alerts", "due tomorrow"),
    QT_TRANSLATE_NOOP("Alerts", "due in {days} days"),
)


def reason_text(reason: Reason) -> str:
    """The reason in the UI language, its numbers in the locale's digits."""
    template = QCoreApplication.translate("Alerts", reason.template)
    values = {k: labels.number(v) if isinstance(v, int) else v for k, v in reason.params.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return reason.text


def section_title(key: SectionKey) -> str:
    return QCoreApplication.translate("Home", str(LOOKS[key].title)).format(
        days=labels.number(alerts.DUE_SOON_DAYS)
    )


def icon(name: str) -> QIcon | None:
    path = resource_path("icons", name)
    return QIcon(str(path)) if path.exists() else None


class TwoToneLine(QWidget):
    """One line in two colours (the reason, then the context in grey), elided at the end."""

    def __init__(self, first: str, second: str, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first, self.second, self.color = first, second, QColor(color)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height() + 2)

    def sizeHint(self) -> QSize:
        return QSize(200, self.fontMetrics().height() + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        rect = self.rect()
        first = metrics.elidedText(self.first, Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.color)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, first)
        used = metrics.horizontalAdvance(first)
        if self.second and first == self.first and used < rect.width():
            rest = QRect(rect.left() + used, rect.top(), rect.width() - used, rect.height())
            text = metrics.elidedText(
                f" · {self.second}", Qt.TextElideMode.ElideRight, rest.width()
            )
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(rest, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when it does not fit."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
            self.palette(),
            self.isEnabled(),
            text,
            self.foregroundRole(),
        )


class AttentionRow(QFrame):
    """One waiting item: a click (or Enter) opens it."""

    clicked = Signal()

    def __init__(self, item: AttentionItem, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("attentionRow")
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = ElidedLabel(item.title)
        bold = QFont(self.title.font())
        bold.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(bold)
        self.day = QLabel(labels.short_date(item.on))
        self.day.setStyleSheet(f"color: {MUTED};")
        self.reason = TwoToneLine(reason_text(item.reason), item.context, accent)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title, 1)
        top.addWidget(self.day)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 5, 8, 5)
        layout.setSpacing(1)
        layout.addLayout(top)
        layout.addWidget(self.reason)
        if item.note:
            self.note = ElidedLabel(" ".join(item.note.split()))
            self.note.setStyleSheet(f"color: {MUTED}; font-style: italic;")
            layout.addWidget(self.note)
        tip = [item.title, item.context, reason_text(item.reason), item.note]
        self.setToolTip("\n".join(t for t in tip if t))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


CARD_STYLE = """
QFrame#attentionCard { background: palette(base); border: 1px solid palette(mid);
    border-radius: 6px; }
QFrame#attentionRow { border-radius: 4px; border: 1px solid transparent; }
QFrame#attentionRow:hover { background: palette(alternate-base); border-color: palette(midlight); }
QFrame#attentionRow:focus { border-color: palette(highlight); }
QPushButton#moreLink { border: none; text-align: left; padding: 2px 8px;
    color: palette(link); }
QPushButton#moreLink:hover { text-decoration: underline; }
"""


class SectionCard(QFrame):
    """A section: icon, title and count; its first items; a link to all of them."""

    def __init__(
        self,
        section: AttentionSection,
        on_item: Callable[[AttentionSection, AttentionItem], None],
        on_more: Callable[[AttentionSection], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        look = LOOKS[section.key]
        self.setObjectName("attentionCard")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.setSpacing(2)
        layout.addLayout(self._header(section, look))
        self.rows: list[AttentionRow] = []
        for item in section.items:
            row = AttentionRow(item, look.accent)
            row.clicked.connect(lambda i=item: on_item(section, i))
            layout.addWidget(row)
            self.rows.append(row)
        self.more = QPushButton(
            QCoreApplication.translate("Home", str(look.more)).format(
                count=labels.number(section.count)
            )
        )
        self.more.setObjectName("moreLink")
        self.more.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more.clicked.connect(lambda: on_more(section))
        self.more.setVisible(section.count > len(section.items))
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)

    def _header(self, section: AttentionSection, look: SectionLook) -> QHBoxLayout:
        header = QHBoxLayout()
        header.setContentsMargins(4, 0, 4, 6)
        header.setSpacing(8)
        found = icon(look.icon)
        if found is not None:
            picture = QLabel()
            picture.setPixmap(found.pixmap(20, 20))
            header.addWidget(picture)
        self.title = QLabel(section_title(section.key))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setWeight(QFont.Weight.Bold)
        self.title.setFont(font)
        header.addWidget(self.title, 1)
        self.count = QLabel(labels.number(section.count))
        self.count.setStyleSheet(
            f"background: {look.accent}; color: white; border-radius: 9px; padding: 1px 9px;"
            " font-weight: bold;"
        )
        header.addWidget(self.count)
        return header
