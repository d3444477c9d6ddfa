"""A listing for reading: its data, where it stands, and every verification it went through.

The verification screen shows it beside the queue; the listing form embeds it in its
"Verification" tab. Everything a clerk or member typed is escaped before it goes into HTML."""

from collections.abc import Iterable
from datetime import date
from decimal import Decimal, InvalidOperation
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from app.errors import message_from_json
from app.models.enums import ListingStatus, VerificationOutcome
from app.services.listing_data import CheckResult, ListingDetail, VerificationRecord
from app.services.sectors import sector_label
from app.ui import labels
from app.ui.errors import field_message

PASS_COLOR, FAIL_COLOR, WARN_COLOR = "#1b5e20", "#b00020", "#8a5a00"
MUTED_COLOR = "#5f6368"
NOTE_BACKGROUND, RETURNED_BACKGROUND = "#eef3fb", "#fdf0e6"

CHECK_NAMES = {
    "required_fields": QT_TRANSLATE_NOOP("ListingView", "Required fields"),
    "limits": QT_TRANSLATE_NOOP("ListingView", "Limits"),
    "member_active": QT_TRANSLATE_NOOP("ListingView", "Member in good standing"),
    "similar_listing": QT_TRANSLATE_NOOP("ListingView", "Similar listings"),
}
"""The automatic checks' names (listing_checks) as a supervisor reads them."""


def _tr(source: str) -> str:
    return QCoreApplication.translate("ListingView", source)


def text_html(value: str) -> str:
    """User text, escaped, with its line breaks kept."""
    return escape(value).replace("\n", "<br>")


def check_name(name: str) -> str:
    source = CHECK_NAMES.get(name)
    return _tr(str(source)) if source else name


def check_mark(ok: bool, blocking: bool) -> tuple[str, str]:
    """(mark, colour) of a check result: ✓ passed, ✗ failed and blocking, ⚠ a warning."""
    if ok:
        return "✓", PASS_COLOR
    return ("✗", FAIL_COLOR) if blocking else ("⚠", WARN_COLOR)


def check_line_html(result: CheckResult) -> str:
    """One check as a line: the mark in its colour; a failure or warning all in its colour."""
    mark, color = check_mark(result.ok, result.blocking)
    text = f"<b>{escape(check_name(result.name))}:</b> {escape(field_message(result.message))}"
    if not result.ok:
        text = f'<span style="color:{color};">{text}</span>'
    return f'<span style="color:{color}; font-weight:bold;">{mark}</span> {text}'


def amount_text(raw: str) -> str:
    """A stored amount ("2000000.00") with the locale's grouping and decimal point, exactly."""
    try:
        value = Decimal(raw).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return raw
    whole, _, cents = f"{abs(value):.2f}".partition(".")
    locale = QLocale()
    sign = "-" if value < 0 else ""
    return f"{sign}{locale.toString(int(whole))}{locale.decimalPoint()}{cents}"


def budget_text(low: str, high: str, currency: str) -> str:
    if low and high:
        return _tr("{low} – {high} {currency}").format(
            low=amount_text(low), high=amount_text(high), currency=currency
        )
    if low:
        return _tr("from {low} {currency}").format(low=amount_text(low), currency=currency)
    if high:
        return _tr("up to {high} {currency}").format(high=amount_text(high), currency=currency)
    return ""


def _deadline(value: str) -> str:
    try:
        return labels.short_date(date.fromisoformat(value)) if value else ""
    except ValueError:
        return value


def _box(inner: str, background: str) -> str:
    """A shaded paragraph (QTextDocument draws backgrounds on table cells, not on divs)."""
    return (
        f'<table width="100%" cellpadding="8" cellspacing="0" style="margin-top:6px; '
        f'margin-bottom:6px;"><tr><td bgcolor="{background}">{inner}</td></tr></table>'
    )


def _facts_table(rows: Iterable[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><td style="color:{MUTED_COLOR}; padding-right:12px;" valign="top" nowrap>'
        f"{escape(label)}</td><td>{value}</td></tr>"
        for label, value in rows
        if value
    )
    return f'<table cellpadding="2" cellspacing="0" style="margin-top:8px;">{cells}</table>'


def _heading(detail: ListingDetail) -> str:
    parts = [
        labels.listing_kind_label(detail.data.kind),
        labels.listing_status_label(detail.status),
    ]
    parts.append(detail.reference or _tr("no reference yet"))
    subline = " · ".join(escape(p) for p in parts)
    return (
        f'<h2 style="margin-bottom:2px;">{escape(detail.data.title)}</h2>'
        f'<p style="color:{MUTED_COLOR}; margin-top:0;">{subline}</p>'
    )


def _member_html(detail: ListingDetail) -> str:
    html = f"<p><b>{escape(_tr('Member'))}:</b> {escape(detail.member_name)}</p>"
    if detail.anonymous:
        note = _tr(
            "Published anonymously: outside the office this listing is shown without the "
            "member's name. Inside the office the name is shown."
        )
        html += _box(f"<b>{escape(_tr('Anonymous'))}</b> — {escape(note)}", NOTE_BACKGROUND)
    return html


def _texts_html(detail: ListingDetail) -> str:
    html = ""
    for label, value in (
        (_tr("Summary"), detail.data.summary),
        (_tr("Description"), detail.data.description),
    ):
        if value.strip():
            html += (
                f'<p style="margin-bottom:2px;"><b>{escape(label)}</b></p>'
                f'<p style="margin-top:0;">{text_html(value)}</p>'
            )
    return html


def _facts_html(detail: ListingDetail, language: str) -> str:
    data = detail.data
    expires = labels.short_date(detail.expires_at)
    if expires and detail.extended:
        expires = _tr("{date} (extended once)").format(date=expires)
    rows = [
        (_tr("Keywords"), escape(", ".join(data.keywords))),
        (_tr("Sectors"), "<br>".join(escape(sector_label(c, language)) for c in data.sectors)),
        (_tr("Readiness (TRL)"), escape(data.trl)),
        (_tr("IP status"), escape(labels.ip_status_label(data.ip_status))),
        (
            _tr("Cooperation"),
            escape(", ".join(labels.cooperation_label(c) for c in data.cooperation_types)),
        ),
        (_tr("Budget"), escape(budget_text(data.budget_min, data.budget_max, data.currency))),
        (_tr("Region"), escape(data.region)),
        (_tr("Deadline"), escape(_deadline(data.deadline))),
        (_tr("Published"), escape(labels.short_date(detail.published_at))),
        (_tr("Valid until"), escape(expires)),
        (_tr("External id"), escape(data.external_id)),
        (_tr("Last changed"), escape(_changed_text(detail))),
    ]
    return _facts_table(rows)


def _changed_text(detail: ListingDetail) -> str:
    when = labels.medium_datetime(detail.updated_at)
    if not detail.updated_by:
        return when
    return _tr("{when} by {who}").format(when=when, who=detail.updated_by)


def _returned_html(detail: ListingDetail) -> str:
    if detail.status != ListingStatus.RETURNED.value or not detail.return_reasons.strip():
        return ""
    title = escape(_tr("Returned to the clerk. Reasons:"))
    return _box(f"<b>{title}</b><br>{text_html(detail.return_reasons)}", RETURNED_BACKGROUND)


def listing_html(detail: ListingDetail, language: str) -> str:
    """The listing as a page to read (without its verification history)."""
    return "".join(
        (
            _heading(detail),
            _returned_html(detail),
            _member_html(detail),
            _texts_html(detail),
            _facts_html(detail, language),
        )
    )


# -- verification history ---------------------------------------------------------------------


def _automatic_results(record: VerificationRecord) -> list[CheckResult]:
    raw = record.checks.get("automatic", [])
    results = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict):
            results.append(
                CheckResult(
                    str(item.get("name", "")),
                    bool(item.get("ok")),
                    message_from_json(item.get("message", "")),
                    bool(item.get("blocking", True)),
                )
            )
    return results


def _checklist_html(record: VerificationRecord) -> str:
    raw = record.checks.get("checklist", {})
    ticks = raw if isinstance(raw, dict) else {}
    lines = []
    for key in labels.CHECKLIST:
        ticked = bool(ticks.get(key, False))
        mark, color = ("☑", PASS_COLOR) if ticked else ("☐", MUTED_COLOR)
        state = _tr("confirmed") if ticked else _tr("not confirmed")
        lines.append(
            f'<span style="color:{color};">{mark}</span> {escape(labels.checklist_label(key))} '
            f'<span style="color:{MUTED_COLOR};">({escape(state)})</span>'
        )
    return "<br>".join(lines)


def _record_html(record: VerificationRecord) -> str:
    returned = record.outcome == VerificationOutcome.RETURNED.value
    color = WARN_COLOR if returned else PASS_COLOR
    head = _tr("{outcome} on {when} by {who}").format(
        outcome=labels.outcome_label(record.outcome),
        when=labels.medium_datetime(record.verified_at),
        who=record.verified_by,
    )
    checks = "<br>".join(check_line_html(r) for r in _automatic_results(record))
    html = (
        f'<p style="margin-top:10px; margin-bottom:2px; color:{color};"><b>{escape(head)}</b></p>'
        f'<p style="margin-top:0; margin-left:12px;">{checks or escape(_tr("No checks recorded."))}'
        f"</p>"
        f'<p style="margin-top:0; margin-left:12px;">{_checklist_html(record)}</p>'
    )
    if record.reasons.strip():
        html += (
            f'<p style="margin-top:0; margin-left:12px;"><b>{escape(_tr("Reasons"))}:</b> '
            f"{text_html(record.reasons)}</p>"
        )
    return html


def verification_html(records: list[VerificationRecord]) -> str:
    """Each verification of a listing, oldest first: outcome, who, when, each automatic check,
    each checklist tick and the reasons."""
    heading = f'<h3 style="margin-top:16px;">{escape(_tr("Verification history"))}</h3>'
    if not records:
        return heading + f'<p style="color:{MUTED_COLOR};">{escape(_tr("Not verified yet."))}</p>'
    return heading + "".join(_record_html(r) for r in records)


class ListingView(QWidget):
    """A read-only page showing one listing and its verification history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setPlaceholderText(self.tr("No listing selected."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)

    def show_listing(
        self, detail: ListingDetail, verifications: list[VerificationRecord], language: str
    ) -> None:
        self.browser.setHtml(listing_html(detail, language) + verification_html(verifications))

    def clear(self) -> None:
        self.browser.clear()

    def text(self) -> str:
        """What the page shows, as plain text (tests, copying)."""
        return self.browser.toPlainText()
