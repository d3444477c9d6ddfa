"""Two listings side by side, the terms they share highlighted in each (the engine names them
in each listing's own words, so a Chinese demand and an English supply both light up)."""

import re
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QTextBrowser, QWidget

from app.services.listing_data import ListingDetail
from app.services.sectors import sector_label
from app.ui import labels
from app.ui.listings.detail import budget_text

MARK = '<span style="background:#fff2a8;">{}</span>'


def _tr(source: str) -> str:
    return QCoreApplication.translate("CompareView", source)


def highlight(text: str, terms: list[str]) -> str:
    """`text` as HTML with every occurrence of the terms (case ignored, longest first, never
    overlapping) marked; everything else escaped."""
    wanted = sorted({t for t in terms if t.strip()}, key=len, reverse=True)
    if not wanted or not text:
        return escape(text).replace("\n", "<br>")
    pattern = re.compile("|".join(re.escape(t) for t in wanted), re.IGNORECASE)
    parts: list[str] = []
    last = 0
    for found in pattern.finditer(text):
        parts.append(escape(text[last : found.start()]))
        parts.append(MARK.format(escape(found.group(0))))
        last = found.end()
    parts.append(escape(text[last:]))
    return "".join(parts).replace("\n", "<br>")


def listing_html(detail: ListingDetail, terms: list[str], language: str) -> str:
    data = detail.data
    member = detail.member_name + (f" ({_tr('anonymous')})" if detail.anonymous else "")
    facts = [
        (_tr("Kind"), labels.listing_kind_label(data.kind)),
        (_tr("Member"), escape(member)),
        (_tr("Sectors"), escape("; ".join(sector_label(c, language) for c in data.sectors))),
        (_tr("TRL"), escape(data.trl or "—")),
        (_tr("IP status"), labels.ip_status_label(data.ip_status)),
        (
            _tr("Cooperation"),
            escape(", ".join(labels.cooperation_label(c) for c in data.cooperation_types)),
        ),
        (_tr("Region"), escape(data.region or "—")),
    ]
    if data.budget_min or data.budget_max:
        facts.append(
            (
                _tr("Budget"),
                escape(budget_text(data.budget_min, data.budget_max, data.currency)),
            )
        )
    rows = "".join(
        f'<tr><td style="color:#5f6368;padding-right:8px;">{name}</td><td>{value}</td></tr>'
        for name, value in facts
    )
    reference = escape(detail.reference) + " · " if detail.reference else ""
    return (
        f"<h3>{reference}{highlight(data.title, terms)}</h3>"
        f"<p><b>{highlight(data.summary, terms)}</b></p>"
        f"<p>{highlight(data.description, terms)}</p>"
        f"<p><i>{_tr('Keywords')}:</i> {highlight('; '.join(data.keywords), terms)}</p>"
        f"<table>{rows}</table>"
    )


class CompareView(QWidget):
    """The listing matched for (left) and a suggestion (right)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left = QTextBrowser()
        self.right = QTextBrowser()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.left)
        layout.addWidget(self.right)

    def show_pair(
        self,
        left: ListingDetail | None,
        right: ListingDetail | None,
        left_terms: list[str],
        right_terms: list[str],
        language: str,
    ) -> None:
        self.left.setHtml(listing_html(left, left_terms, language) if left else "")
        self.right.setHtml(listing_html(right, right_terms, language) if right else "")

    def clear(self) -> None:
        self.left.clear()
        self.right.clear()
