"""Two revisions of a contract as a clerk reads them, and one revision in full, as HTML.

`diff_rows` turns the services' Changes into labelled rows ("Clause 4 · Confidentiality · text")
with the older value on the left and the newer on the right: removed text struck through on red,
inserted text on green. `comparison_html` lays the rows out side by side; `revision_html` is the
whole text of one revision. No widgets here; everything the contract holds is escaped."""

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.services.contract_data import (
    SCALAR_FIELDS,
    Change,
    ClauseData,
    ContractData,
    RevisionRow,
    to_snapshot,
)
from app.ui import labels
from app.ui.listings.detail import amount_text

CONTEXT = "RevisionDiff"
REMOVED_STYLE = "background-color:#fbd3cf; color:#7a1212; text-decoration:line-through;"
INSERTED_STYLE = "background-color:#c9efcf; color:#0b4a17;"
MUTED_COLOR = "#5f6368"
LABEL_BACKGROUND = "#eef1f5"
Span = tuple[int, int, int, int]  # before[i1:i2] became after[j1:j2]

FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("RevisionDiff", "Title"),
    "subject": QT_TRANSLATE_NOOP("RevisionDiff", "Subject"),
    "value": QT_TRANSLATE_NOOP("RevisionDiff", "Contract value"),
    "currency": QT_TRANSLATE_NOOP("RevisionDiff", "Currency"),
    "start_date": QT_TRANSLATE_NOOP("RevisionDiff", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("RevisionDiff", "End date"),
    "ip_ownership": QT_TRANSLATE_NOOP("RevisionDiff", "IP ownership"),
    "risk_sharing": QT_TRANSLATE_NOOP("RevisionDiff", "Risk sharing"),
    "confidentiality_years": QT_TRANSLATE_NOOP("RevisionDiff", "Confidentiality period"),
    "dispute_method": QT_TRANSLATE_NOOP("RevisionDiff", "Dispute resolution"),
    "dispute_body": QT_TRANSLATE_NOOP("RevisionDiff", "Arbitration body or court"),
    "governing_law": QT_TRANSLATE_NOOP("RevisionDiff", "Governing law"),
    "signing_place": QT_TRANSLATE_NOOP("RevisionDiff", "Place of signing"),
}
PARTY_LABELS = {
    "role_label": QT_TRANSLATE_NOOP("RevisionDiff", "role"),
    "name": QT_TRANSLATE_NOOP("RevisionDiff", "name"),
    "address": QT_TRANSLATE_NOOP("RevisionDiff", "address"),
    "registration_code": QT_TRANSLATE_NOOP("RevisionDiff", "registration code"),
    "representative": QT_TRANSLATE_NOOP("RevisionDiff", "representative"),
    "signatory_name": QT_TRANSLATE_NOOP("RevisionDiff", "signatory"),
    "signatory_title": QT_TRANSLATE_NOOP("RevisionDiff", "signatory's title"),
    "benefit_share": QT_TRANSLATE_NOOP("RevisionDiff", "benefit share"),
}
INSTALMENT_LABELS = {
    "milestone": QT_TRANSLATE_NOOP("RevisionDiff", "milestone"),
    "amount": QT_TRANSLATE_NOOP("RevisionDiff", "amount"),
    "due_date": QT_TRANSLATE_NOOP("RevisionDiff", "due date"),
}
DISPUTE_METHODS = {
    "arbitration": QT_TRANSLATE_NOOP("RevisionDiff", "Arbitration"),
    "litigation": QT_TRANSLATE_NOOP("RevisionDiff", "Court proceedings"),
}
NOT_SHOWN = {"member_id", "role", "template_text"}  # ids and keys say nothing to a clerk
MONEY = {"value", "amount"}
DATES = {"start_date", "end_date", "due_date"}


def _tr(source: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(source))


@dataclass(frozen=True)
class DiffRow:
    """One change as the comparison shows it: a label, the older and the newer side (HTML)."""

    label: str
    before: str
    after: str
    keys: tuple[str, ...]  # the Change keys shown in this row


# -- values -------------------------------------------------------------------------------------


def _plain_number(value: Decimal) -> str:
    """A share or a count as the locale writes it, without trailing zeros ("12.5", "12,5")."""
    text = format(value.normalize(), "f")
    whole, _, fraction = text.partition(".")
    locale = QLocale()
    body = locale.toString(int(whole)) if whole.lstrip("-").isdigit() else whole
    return body + (locale.decimalPoint() + fraction if fraction else "")


def value_text(name: str, value: Any, currency: str = "") -> str:
    """A stored value (as a revision's snapshot holds it) as a clerk reads it; "" when empty."""
    if value is None or value == "":
        return ""
    if name in MONEY:
        return f"{amount_text(str(value))} {currency}".strip()
    if name in DATES:
        try:
            return labels.short_date(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if name == "benefit_share":
        try:
            return _tr("{share} %").format(share=_plain_number(Decimal(str(value))))
        except InvalidOperation:
            return str(value)
    if name == "confidentiality_years":
        return _years(int(value))
    if name == "dispute_method":
        source = DISPUTE_METHODS.get(str(value))
        return _tr(source) if source else str(value)
    return str(value)


def _years(count: int) -> str:
    return _tr("1 year") if count == 1 else _tr("{n} years").format(n=labels.number(count))


def _text_html(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _styled(text: str, style: str) -> str:
    return f'<span style="{style}">{_text_html(text)}</span>' if text else ""


def _muted(text: str) -> str:
    return f'<span style="color:{MUTED_COLOR};"><i>{escape(text)}</i></span>'


# -- text differences ---------------------------------------------------------------------------


def _latin(ch: str) -> bool:
    """A letter or digit of a word written with spaces (not a CJK character, which is a word
    or part of one by itself)."""
    return ch.isalnum() and ord(ch) < 0x2E80


def changed_spans(
    before: str, after: str, opcodes: Iterable[Sequence[Any]] | None = None
) -> list[Span]:
    """The changed stretches of before → after from difflib opcodes (computed when not given),
    widened to whole words in Latin text and joined across gaps of one or two unchanged
    characters, so that a rewritten phrase reads as one change rather than as confetti."""
    if opcodes is None:
        opcodes = difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
    raw = [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in opcodes if tag != "equal"]
    spans: list[Span] = []
    for n, (i1, i2, j1, j2) in enumerate(raw):
        floor = spans[-1][1] if spans else 0
        ceiling = raw[n + 1][1] if n + 1 < len(raw) else len(before)
        while i1 > floor and _latin(before[i1 - 1]) and _starts_word(before, after, i1, i2, j1, j2):
            i1, j1 = i1 - 1, j1 - 1
        while i2 < ceiling and _latin(before[i2]) and _ends_word(before, after, i1, i2, j1, j2):
            i2, j2 = i2 + 1, j2 + 1
        if spans and i1 - spans[-1][1] <= 2 and "\n" not in before[spans[-1][1] : i1]:
            spans[-1] = (spans[-1][0], i2, spans[-1][2], j2)
        else:
            spans.append((i1, i2, j1, j2))
    return spans


def _starts_word(before: str, after: str, i1: int, i2: int, j1: int, j2: int) -> bool:
    return (i2 > i1 and _latin(before[i1])) or (j2 > j1 and _latin(after[j1]))


def _ends_word(before: str, after: str, i1: int, i2: int, j1: int, j2: int) -> bool:
    return (i2 > i1 and _latin(before[i2 - 1])) or (j2 > j1 and _latin(after[j2 - 1]))


def _marked(text: str, ranges: Iterable[tuple[int, int]], style: str) -> str:
    parts, last = [], 0
    for start, end in ranges:
        parts.append(_text_html(text[last:start]))
        parts.append(_styled(text[start:end], style))
        last = end
    parts.append(_text_html(text[last:]))
    return "".join(parts)


def removed_html(before: str, spans: Sequence[Span]) -> str:
    """The older text with what was taken out (or replaced) struck through on red."""
    return _marked(before, ((i1, i2) for i1, i2, _j1, _j2 in spans), REMOVED_STYLE)


def inserted_html(after: str, spans: Sequence[Span]) -> str:
    """The newer text with what was put in (or replaced) on green."""
    return _marked(after, ((j1, j2) for _i1, _i2, j1, j2 in spans), INSERTED_STYLE)


def _pair(
    name: str, before: Any, after: Any, old_currency: str, new_currency: str
) -> tuple[str, str]:
    """Both sides of a changed value: texts word by word, other values whole."""
    old, new = value_text(name, before, old_currency), value_text(name, after, new_currency)
    if not old or not new:
        return (
            _styled(old, REMOVED_STYLE) or _muted(_tr("(empty)")),
            _styled(new, INSERTED_STYLE) or _muted(_tr("(empty)")),
        )
    if isinstance(before, str) and name not in MONEY | DATES | {"benefit_share"}:
        spans = changed_spans(old, new)
        return removed_html(old, spans), inserted_html(new, spans)
    return _styled(old, REMOVED_STYLE), _styled(new, INSERTED_STYLE)


# -- rows ---------------------------------------------------------------------------------------


def _join(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def _field_rows(changes: list[Change], old: ContractData, new: ContractData) -> list[DiffRow]:
    return [
        DiffRow(
            _tr(FIELD_LABELS[c.key]) if c.key in FIELD_LABELS else c.key,
            *_pair(c.key, c.before, c.after, old.currency, new.currency),
            (c.key,),
        )
        for c in changes
    ]


def _grouped(changes: list[Change]) -> dict[int, dict[str, Change]]:
    """Party or instalment changes by position: {0: {"name": Change, …}}."""
    groups: dict[int, dict[str, Change]] = {}
    for c in changes:
        _prefix, index, name = c.key.split(".", 2)
        groups.setdefault(int(index), {})[name] = c
    return dict(sorted(groups.items()))


def _summary(item: dict[str, Any], names: Sequence[str], currency: str) -> str:
    return " · ".join(value_text(n, item.get(n), currency) for n in names if item.get(n))


def _item_rows(
    area_label: str,
    changes: list[Change],
    field_labels: dict[str, object],
    olds: list[dict[str, Any]],
    news: list[dict[str, Any]],
    currencies: tuple[str, str],
) -> list[DiffRow]:
    """Rows for parties or instalments: one for an added or removed one, else one per field."""
    rows = []
    names = list(field_labels)
    for index, fields in _grouped(changes).items():
        label = area_label.format(n=index + 1)
        keys = tuple(c.key for c in fields.values())
        if index >= len(olds):
            text = _summary(news[index], names, currencies[1])
            after = _styled(text, INSERTED_STYLE)
            rows.append(
                DiffRow(_join(label, _tr("added")), _muted(_tr("(not there)")), after, keys)
            )
        elif index >= len(news):
            before = _styled(_summary(olds[index], names, currencies[0]), REMOVED_STYLE)
            rows.append(
                DiffRow(_join(label, _tr("removed")), before, _muted(_tr("(removed)")), keys)
            )
        else:
            for name in names:
                if name in fields:
                    c = fields[name]
                    both = _pair(name, c.before, c.after, *currencies)
                    rows.append(DiffRow(_join(label, _tr(field_labels[name])), *both, (c.key,)))
    return rows


def moved_clauses(old: Sequence[ClauseData], new: Sequence[ClauseData]) -> set[str]:
    """Keys of clauses the clerk moved; a clause pushed down by an added one is not moved."""
    kept = {c.key for c in new} & {c.key for c in old}
    before = [c.key for c in old if c.key in kept]
    after = [c.key for c in new if c.key in kept]
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    in_place = {
        key for a, _b, size in matcher.get_matching_blocks() for key in before[a : a + size]
    }
    return kept - in_place


def _clause_rows(changes: list[Change], old: ContractData, new: ContractData) -> list[DiffRow]:
    olds = {c.key: (i, c) for i, c in enumerate(old.clauses)}
    news = {c.key: (i, c) for i, c in enumerate(new.clauses)}
    moved = moved_clauses(old.clauses, new.clauses)
    groups: dict[str, dict[str, Change]] = {}
    for c in changes:
        key, _, part = c.key.removeprefix("clauses.").rpartition(".")
        groups.setdefault(key, {})[part] = c
    ordered = sorted(groups, key=lambda k: news[k][0] if k in news else olds[k][0] - 0.5)
    rows = []
    for key in ordered:
        parts, keys = groups[key], tuple(c.key for c in groups[key].values())
        if key not in olds:
            j, clause = news[key]
            label = _join(_tr("Clause {n}").format(n=j + 1), clause.heading, _tr("added"))
            after = f"<b>{_styled(clause.heading, INSERTED_STYLE)}</b><br>" + _styled(
                clause.text, INSERTED_STYLE
            )
            rows.append(DiffRow(label, _muted(_tr("(not there)")), after, keys))
            continue
        if key not in news:
            i, clause = olds[key]
            label = _join(_tr("Clause {n}").format(n=i + 1), clause.heading, _tr("removed"))
            before = f"<b>{_styled(clause.heading, REMOVED_STYLE)}</b><br>" + _styled(
                clause.text, REMOVED_STYLE
            )
            rows.append(DiffRow(label, before, _muted(_tr("(removed)")), keys))
            continue
        (i, was), (j, clause) = olds[key], news[key]
        title = _join(_tr("Clause {n}").format(n=j + 1), clause.heading)
        if key in moved:
            rows.append(
                DiffRow(
                    _join(title, _tr("position")),
                    escape(_tr("position {old}").format(old=i + 1)),
                    _styled(
                        _tr("moved from position {old} to {new}").format(old=i + 1, new=j + 1),
                        INSERTED_STYLE,
                    ),
                    (f"clauses.{key}.position",),
                )
            )
        if "heading" in parts:
            spans = changed_spans(was.heading, clause.heading)
            rows.append(
                DiffRow(
                    _join(title, _tr("heading")),
                    removed_html(was.heading, spans),
                    inserted_html(clause.heading, spans),
                    (f"clauses.{key}.heading",),
                )
            )
        if "text" in parts:
            spans = changed_spans(was.text, clause.text, parts["text"].opcodes or None)
            rows.append(
                DiffRow(
                    _join(title, _tr("text")),
                    removed_html(was.text, spans),
                    inserted_html(clause.text, spans),
                    (f"clauses.{key}.text",),
                )
            )
    return rows


def _same_amount(change: Change) -> bool:
    """ "70" and "70.00" are one share: a revision saved before the database rounded an amount
    differs from the next only in its written form, which is no change to a clerk."""
    if change.key.rpartition(".")[2] not in MONEY | {"benefit_share"}:
        return False
    try:
        return Decimal(str(change.before)) == Decimal(str(change.after))
    except InvalidOperation:
        return False


def diff_rows(changes: list[Change], old: ContractData, new: ContractData) -> list[DiffRow]:
    """What changed from `old` to `new`, in the order of the contract: fields, parties, clauses
    (in the newer order), instalments."""
    by_area: dict[str, list[Change]] = {}
    for c in changes:
        if c.key.rpartition(".")[2] not in NOT_SHOWN and not _same_amount(c):
            by_area.setdefault(c.area, []).append(c)
    old_plain, new_plain = to_snapshot(old), to_snapshot(new)
    currencies = (old.currency, new.currency)
    return [
        *_field_rows(by_area.get("field", []), old, new),
        *_item_rows(
            _tr("Party {n}"),
            by_area.get("party", []),
            PARTY_LABELS,
            old_plain["parties"],
            new_plain["parties"],
            currencies,
        ),
        *_clause_rows(by_area.get("clause", []), old, new),
        *_item_rows(
            _tr("Instalment {n}"),
            by_area.get("instalment", []),
            INSTALMENT_LABELS,
            old_plain["schedule"],
            new_plain["schedule"],
            currencies,
        ),
    ]


# -- pages --------------------------------------------------------------------------------------


def revision_caption(row: RevisionRow) -> str:
    """ "Revision 3 · 28 Nov 2026 10:03 · 李娜" """
    return _join(
        _tr("Revision {n}").format(n=row.number), labels.medium_datetime(row.saved_at), row.saved_by
    )


def comparison_html(rows: Sequence[DiffRow], older: RevisionRow, newer: RevisionRow) -> str:
    """The rows side by side under the two revisions' captions (one table: one scroll)."""
    head = "".join(
        f'<th width="50%" align="left" bgcolor="#fafafa">{escape(revision_caption(r))}</th>'
        for r in (older, newer)
    )
    body = "".join(
        f'<tr><td colspan="2" bgcolor="{LABEL_BACKGROUND}"><b>{escape(row.label)}</b></td></tr>'
        f'<tr><td valign="top">{row.before}</td><td valign="top">{row.after}</td></tr>'
        for row in rows
    )
    count = (
        _tr("1 change") if len(rows) == 1 else _tr("{n} changes").format(n=labels.number(len(rows)))
    )
    return (
        f'<p style="color:{MUTED_COLOR};">{escape(count)}</p>'
        f'<table width="100%" cellspacing="0" cellpadding="6">'
        f"<tr>{head}</tr>{body}</table>"
    )


def _facts(rows: Iterable[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><td style="color:{MUTED_COLOR}; padding-right:12px;" valign="top">'
        f"{escape(label)}</td><td>{_text_html(value)}</td></tr>"
        for label, value in rows
        if value
    )
    return f'<table cellpadding="3" cellspacing="0">{cells}</table>'


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _parties_html(data: ContractData) -> str:
    plain = to_snapshot(data)["parties"]
    blocks = []
    for n, party in enumerate(plain, start=1):
        title = _join(_tr("Party {n}").format(n=n), party.get("role_label") or "")
        facts = [
            (_capitalised(_tr(PARTY_LABELS[name])), value_text(name, party.get(name)))
            for name in PARTY_LABELS
            if name != "role_label"
        ]
        blocks.append(f"<p><b>{escape(title)}</b></p>{_facts(facts)}")
    return "".join(blocks) or _muted(_tr("No parties."))


def _schedule_html(data: ContractData) -> str:
    if not data.schedule:
        return _muted(_tr("No payment schedule."))
    head = "".join(
        f'<th align="left">{escape(text)}</th>'
        for text in ("#", _tr("Milestone"), _tr("Amount"), _tr("Due"))
    )
    body = "".join(
        f"<tr><td>{n}</td><td>{_text_html(i.milestone)}</td>"
        f'<td align="right">{escape(value_text("amount", i.amount, data.currency))}</td>'
        f"<td>{escape(labels.short_date(i.due_date))}</td></tr>"
        for n, i in enumerate(data.schedule, start=1)
    )
    return f'<table cellpadding="4" cellspacing="0"><tr>{head}</tr>{body}</table>'


def revision_html(data: ContractData, row: RevisionRow) -> str:
    """The whole revision: fields, parties, numbered clauses, payment schedule."""
    plain = to_snapshot(data)
    facts = [
        (_tr(FIELD_LABELS[name]), value_text(name, plain[name], data.currency))
        for name in SCALAR_FIELDS
        if name not in ("title", "currency")
    ]
    clauses = "".join(
        f"<p><b>{n}. {escape(c.heading)}</b><br>{_text_html(c.text)}</p>"
        for n, c in enumerate(data.clauses, start=1)
    )
    return (
        f"<h2>{escape(data.title)}</h2>"
        f'<p style="color:{MUTED_COLOR};">{escape(revision_caption(row))}</p>'
        f"{_facts(facts)}"
        f"<h3>{escape(_tr('Parties'))}</h3>{_parties_html(data)}"
        f"<h3>{escape(_tr('Clauses'))}</h3>{clauses or _muted(_tr('No clauses.'))}"
        f"<h3>{escape(_tr('Payment schedule'))}</h3>{_schedule_html(data)}"
    )
