"""Turning a contract's changes into the rows and HTML of the revisions tab (no widgets)."""

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from app.services.contract_data import (
    Change,
    ClauseData,
    ContractData,
    InstalmentData,
    PartyData,
    RevisionRow,
)
from app.ui.contracts.revision_diff import (
    INSERTED_STYLE,
    REMOVED_STYLE,
    changed_spans,
    comparison_html,
    diff_rows,
    inserted_html,
    moved_clauses,
    removed_html,
    revision_html,
    value_text,
)


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


def clause(key: str, heading: str = "", text: str = "") -> ClauseData:
    return ClauseData(key, heading or key.title(), text or f"The {key} clause.")


def contract(**changes) -> ContractData:
    base = ContractData(
        title="技术开发合同",
        value=Decimal("1200000"),
        parties=(
            PartyData("partner_a", "甲方", "星河电池"),
            PartyData("partner_b", "乙方", "江南大学"),
        ),
        clauses=tuple(clause(k) for k in ("a", "b", "c", "d", "e")),
        schedule=(InstalmentData("签约后", Decimal("1200000"), date(2026, 12, 31)),),
    )
    return ContractData(**{**base.__dict__, **changes})


def test_spans_cover_whole_latin_words_but_single_chinese_characters() -> None:
    assert changed_spans("pay within 30 days", "pay within 45 days") == [(11, 13, 11, 13)]
    before, after = "Party A shall pay", "Party A must pay"
    (i1, i2, j1, j2), *rest = changed_spans(before, after)
    assert not rest and before[i1:i2] == "shall" and after[j1:j2] == "must"
    spans = changed_spans("甲方支付费用", "乙方支付费用")
    assert [("甲方支付费用"[i1:i2], "乙方支付费用"[j1:j2]) for i1, i2, j1, j2 in spans] == [
        ("甲", "乙")
    ]


def test_a_rewritten_phrase_is_one_change_not_confetti() -> None:
    before, after = "settle by friendly negotiation first", "settle by talks in good faith first"
    spans = changed_spans(before, after)
    assert len(spans) == 1
    (i1, i2, j1, j2) = spans[0]
    assert before[i1:i2] == "friendly negotiation" and after[j1:j2] == "talks in good faith"


def test_removed_and_inserted_text_is_marked_and_escaped() -> None:
    before, after = "Pay <b>30</b> days", "Pay <b>45</b> days"
    spans = changed_spans(before, after)
    left, right = removed_html(before, spans), inserted_html(after, spans)
    assert f'<span style="{REMOVED_STYLE}">30</span>' in left
    assert f'<span style="{INSERTED_STYLE}">45</span>' in right
    assert "&lt;b&gt;" in left and "<b>" not in left.replace(f"{REMOVED_STYLE}", "")


def test_a_clause_pushed_down_by_an_added_one_has_not_moved() -> None:
    old = [clause(k) for k in "abcde"]
    assert moved_clauses(old, [clause("new"), *old]) == set()
    assert moved_clauses(old, [clause(k) for k in "abdec"]) == {"c"}


def test_values_are_written_in_the_locale() -> None:
    assert value_text("value", "1200000.5", "CNY") == "1,200,000.50 CNY"
    assert value_text("due_date", "2026-12-31") == "12/31/26"
    assert value_text("benefit_share", "62.50") == "62.5 %"
    assert value_text("confidentiality_years", 5) == "5 years"
    assert value_text("dispute_method", "arbitration") == "Arbitration"
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert value_text("value", "1200000.5", "EUR") == "1.200.000,50 EUR"


def test_rows_have_labels_a_clerk_reads() -> None:
    old = contract()
    new = contract(
        value=Decimal("900000"),
        parties=(old.parties[0], PartyData("partner_b", "乙方", "江南大学科技园")),
        clauses=(*old.clauses, clause("extra", "补充条款", "双方另行约定。")),
        schedule=(
            InstalmentData("签约后", Decimal("600000"), date(2026, 12, 31)),
            InstalmentData("验收后", Decimal("300000"), date(2027, 6, 30)),
        ),
    )
    changes = [
        Change("field", "value", "1200000", "900000"),
        Change("party", "parties.1.name", "江南大学", "江南大学科技园"),
        Change("party", "parties.1.member_id", None, "m-1"),
        Change("clause", "clauses.extra.position", None, 5),
        Change("clause", "clauses.extra.heading", None, "补充条款"),
        Change("clause", "clauses.extra.text", "", "双方另行约定。", (("insert", 0, 0, 0, 7),)),
        Change("instalment", "schedule.0.amount", "1200000", "600000"),
        Change("instalment", "schedule.1.amount", None, "300000"),
        Change("instalment", "schedule.1.milestone", None, "验收后"),
    ]
    rows = diff_rows(changes, old, new)
    assert [r.label for r in rows] == [
        "Contract value",
        "Party 2 · name",
        "Clause 6 · 补充条款 · added",
        "Instalment 1 · amount",
        "Instalment 2 · added",
    ]
    assert (
        "科技园" in rows[1].after
        and f'<span style="{INSERTED_STYLE}">科技园</span>' in rows[1].after
    )
    assert "双方另行约定" in rows[2].after and "not there" in rows[2].before
    assert "300,000.00 CNY" in rows[4].after and "6/30/27" in rows[4].after


def test_a_removed_clause_and_an_unchanged_amount_written_differently() -> None:
    old = contract()
    new = contract(clauses=old.clauses[1:])
    changes = [
        Change("clause", "clauses.a.position", 0, None),
        Change("clause", "clauses.a.text", "The a clause.", "", (("delete", 0, 13, 0, 0),)),
        Change("instalment", "schedule.0.amount", "1200000", "1200000.00"),
    ]
    rows = diff_rows(changes, old, new)
    assert [r.label for r in rows] == ["Clause 1 · A · removed"]
    assert f'<span style="{REMOVED_STYLE}">The a clause.</span>' in rows[0].before


def test_comparison_and_whole_revision_pages() -> None:
    saved = datetime(2026, 11, 28, 2, 3, tzinfo=UTC)
    older, newer = RevisionRow(1, saved, "李娜"), RevisionRow(2, saved, "王芳")
    rows = diff_rows(
        [Change("field", "title", "技术开发合同", "合作开发合同")], contract(), contract()
    )
    page = comparison_html(rows, older, newer)
    assert page.index("Revision 1") < page.index("Revision 2") and "1 change" in page
    whole = revision_html(contract(), older)
    assert "<h2>技术开发合同</h2>" in whole and "Revision 1" in whole and "李娜" in whole
    assert "<b>3. C</b>" in whole and "1,200,000.00 CNY" in whole and "Party 2 · 乙方" in whole
