"""The contract editor: what it shows is what data() gives back, every kind of edit reaches
data() and fires `changed`, clauses and instalments are added, removed and moved, the live
totals say what is wrong, a failed save's messages land beside their fields, read-only holds."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from app.errors import ValidationError
from app.services import contracts
from app.services.contract_data import ContractDetail, InstalmentData, validate
from app.services.contract_templates import load_template
from app.ui.contracts.editor import ContractEditor
from app.ui.contracts.editor_schedule import AmountEdit, decimal_text, parse_decimal
from app.ui.member_picker import MemberPickerDialog
from app.ui.prompts import Confirm
from tests.services.test_contract_templates import sample_context
from tests.ui.conftest import CLERK

THREE_PARTY_ZH = "technology_transfer.three_party.zh"
DETAILS, PARTIES, CLAUSES, SCHEDULE = range(4)


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    """Numbers grouped as en_US does (1,200,000.00) whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def detail(ctx) -> ContractDetail:
    context = sample_context(load_template(THREE_PARTY_ZH))
    return ctx.write(contracts.create_contract, THREE_PARTY_ZH, context, CLERK)  # type: ignore[no-any-return]


@pytest.fixture
def editor(qtbot, ctx, detail) -> ContractEditor:
    widget = ContractEditor(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.set_contract(detail)
    widget.show()
    return widget


def answer(monkeypatch: pytest.MonkeyPatch, cls: type, reply: Any) -> list[tuple]:
    asked: list[tuple] = []
    monkeypatch.setattr(cls, "ask", classmethod(lambda _c, *a, **k: asked.append(a) or reply))
    return asked


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying `text`, as an input method delivers Chinese (QTest.keyClicks
    takes Latin-1 only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def retype(widget: QLineEdit, text: str) -> None:
    widget.selectAll()
    type_text(widget, text)


# -- showing and reading back -----------------------------------------------------------------


def test_what_is_shown_is_what_data_gives_back(editor: ContractEditor, detail) -> None:
    assert len(detail.data.parties) == 3 and len(detail.data.clauses) > 10
    assert editor.data() == detail.data
    assert editor.parties.cards[2].title() == "3. 协调方（丙方）"
    assert editor.details.value.text() == "1,200,000.00"
    assert editor.clauses.list.item(0).text() == "1. 订立依据"


def test_loading_a_contract_does_not_count_as_an_edit(qtbot, ctx, detail) -> None:
    widget = ContractEditor(ctx)
    qtbot.addWidget(widget)
    fired: list[bool] = []
    widget.changed.connect(lambda: fired.append(True))
    widget.set_contract(detail)
    widget.set_contract(replace(detail, data=replace(detail.data, schedule=())))
    assert fired == []
    assert widget.data().schedule == ()


def test_editing_the_details_changes_data_and_fires_changed(qtbot, editor) -> None:
    details = editor.details
    with qtbot.waitSignal(editor.changed):
        retype(details.lines["title"], "电池技术转让")
    retype(details.value, "1,500,000.5")
    details.value.editingFinished.emit()
    details.boxes["risk_sharing"].setPlainText("甲方承担技术风险。")
    details.currency.setCurrentText("USD")
    details.end_date.check.setChecked(False)
    details.confidentiality.setValue(0)
    details.dispute_method.setCurrentIndex(details.dispute_method.findData("litigation"))
    data = editor.data()
    assert data.title == "电池技术转让"
    assert data.value == Decimal("1500000.5") and details.value.text() == "1,500,000.50"
    assert (data.currency, data.end_date, data.risk_sharing) == ("USD", None, "甲方承担技术风险。")
    assert data.confidentiality_years is None and data.dispute_method == "litigation"
    assert details.dispute_body_label.text() == "Court"


def test_every_edit_fires_changed(qtbot, editor, monkeypatch) -> None:
    answer(monkeypatch, Confirm, True)
    edits = [
        lambda: editor.details.start_date.check.setChecked(False),
        lambda: editor.parties.cards[0].lines["signatory_title"].setText("总经理"),
        lambda: editor.clauses.text.setPlainText("新的文字"),
        editor.clauses.add_clause,
        editor.clauses.remove_clause,
        editor.schedule.add_instalment,
        lambda: editor.schedule.move_instalment(0, 1),
        lambda: editor.schedule.rows[0].due.check.setChecked(False),
    ]
    for edit in edits:
        with qtbot.waitSignal(editor.changed, timeout=500):
            edit()


def test_editing_a_party_changes_data(qtbot, editor) -> None:
    card = editor.parties.cards[1]
    retype(card.lines["signatory_name"], "李华")
    retype(card.share, "35.5")
    party = editor.data().parties[1]
    assert party.signatory_name == "李华" and party.benefit_share == Decimal("35.5")
    assert party.role == "transferee" and party.role_label == "受让方（乙方）"


def test_a_party_is_filled_from_the_registry(editor, add_member, monkeypatch) -> None:
    member = add_member(
        "华东理工大学技术转移中心", address="上海市梅陇路130号", registration_code=""
    )
    asked = answer(monkeypatch, MemberPickerDialog, (member.id, member.data.name, ""))
    card = editor.parties.cards[2]
    card.choose.click()
    party = editor.data().parties[2]
    assert asked and "协调方（丙方）" in asked[0][2]
    assert (party.member_id, party.name) == (member.id, "华东理工大学技术转移中心")
    assert party.address == "上海市梅陇路130号" and party.registration_code == ""
    assert not card.linked.isHidden()
    card.unlink.click()
    assert editor.data().parties[2].member_id is None
    assert editor.data().parties[2].name == "华东理工大学技术转移中心"


# -- clauses ----------------------------------------------------------------------------------


def headings(editor: ContractEditor) -> list[str]:
    return [c.heading for c in editor.data().clauses]


def test_clauses_are_added_with_unique_keys_after_the_chosen_one(qtbot, editor) -> None:
    tab = editor.clauses
    tab.list.setCurrentRow(1)
    tab.add_clause()
    assert tab.list.currentRow() == 2 and tab.heading.text() == ""
    type_text(tab.heading, "附加条款")
    type_text(tab.text, "双方另行约定。")
    tab.add_clause()
    data = editor.data()
    assert [c.key for c in data.clauses[2:4]] == ["custom-1", "custom-2"]
    assert (data.clauses[2].heading, data.clauses[2].text) == ("附加条款", "双方另行约定。")
    assert data.clauses[2].template_text == ""
    assert tab.list.item(2).text() == "3. 附加条款" and tab.list.item(4).text() == "5. 合同标的"
    assert not tab.restore_button.isEnabled()


def test_a_clause_is_removed_only_when_the_clerk_confirms(editor, monkeypatch) -> None:
    tab = editor.clauses
    tab.list.setCurrentRow(2)
    before = headings(editor)
    asked = answer(monkeypatch, Confirm, False)
    tab.remove_button.click()
    assert headings(editor) == before and "合同标的" in asked[0][2]
    answer(monkeypatch, Confirm, True)
    tab.remove_button.click()
    assert headings(editor) == before[:2] + before[3:]
    assert tab.list.currentRow() == 2 and tab.list.item(2).text() == "3. 甲方的义务"


def test_clauses_move_up_and_down(editor) -> None:
    tab = editor.clauses
    before = headings(editor)
    tab.list.setCurrentRow(0)
    assert not tab.up_button.isEnabled() and tab.down_button.isEnabled()
    tab.down_button.click()
    assert headings(editor)[:2] == [before[1], before[0]] and tab.list.currentRow() == 1
    assert tab.list.item(1).text() == f"2. {before[0]}"
    tab.list.setCurrentRow(len(before) - 1)
    assert not tab.down_button.isEnabled()
    tab.up_button.click()
    assert headings(editor)[-2:] == [before[-1], before[-2]]


def test_a_changed_clause_is_marked_and_its_template_text_can_be_restored(qtbot, editor) -> None:
    tab = editor.clauses
    tab.list.setCurrentRow(2)
    original = editor.data().clauses[2]
    assert not tab.restore_button.isEnabled()
    tab.text.moveCursor(tab.text.textCursor().MoveOperation.End)
    type_text(tab.text, "补充说明。")
    assert editor.data().clauses[2].text == original.text + "补充说明。"
    assert tab.list.item(2).text().endswith("✎") and tab.restore_button.isEnabled()
    assert "Changed" in tab.origin.text()
    with qtbot.waitSignal(editor.changed):
        tab.restore_button.click()
    assert editor.data().clauses[2] == original
    assert not tab.list.item(2).text().endswith("✎") and not tab.restore_button.isEnabled()


# -- the live totals --------------------------------------------------------------------------


def test_the_benefit_share_line_adds_up_and_says_what_is_wrong(qtbot, editor) -> None:
    line = editor.parties.shares
    assert line.text() == "Benefit shares: 60 % + 30 % + 10 % = 100 %"
    assert "b00020" not in line.styleSheet()
    retype(editor.parties.cards[1].share, "20")
    assert line.text().startswith("Benefit shares: 60 % + 20 % + 10 % = 90 %: 10 % still to")
    assert "b00020" in line.styleSheet()
    editor.parties.cards[1].share.clear()
    assert "give party 2 (受让方（乙方）) a share too" in line.text()
    for card in editor.parties.cards:
        card.share.clear()
    assert "none given" in line.text() and "b00020" not in line.styleSheet()
    assert all(p.benefit_share is None for p in editor.data().parties)


def test_the_schedule_line_compares_the_instalments_with_the_value(qtbot, editor) -> None:
    line = editor.schedule.total
    assert line.text() == "Scheduled 1,200,000.00 of 1,200,000.00 CNY: all of it"
    retype(editor.details.value, "500000")
    retype(editor.schedule.rows[0].amount, "100000")
    retype(editor.schedule.rows[1].amount, "200000")
    assert line.text() == ("Scheduled 300,000.00 of 500,000.00 CNY: 200,000.00 still to schedule")
    assert "b00020" in line.styleSheet()
    editor.schedule.add_instalment()
    row = editor.schedule.rows[2]
    assert row.amount.value() == Decimal(200000)
    assert line.text().endswith(": all of it") and "b00020" not in line.styleSheet()
    type_text(row.milestone, "验收合格后三十日内")
    assert editor.data().schedule[2] == InstalmentData("验收合格后三十日内", Decimal(200000))


def test_instalments_are_moved_and_removed(editor) -> None:
    schedule = editor.schedule
    first, second = editor.data().schedule
    schedule.rows[1].up.click()
    assert editor.data().schedule == (second, first)
    assert schedule.rows[0].number.text() == "1." and not schedule.rows[0].up.isEnabled()
    schedule.rows[0].remove.click()
    assert editor.data().schedule == (first,)
    schedule.rows[0].due.check.setChecked(False)
    assert editor.data().schedule[0].due_date is None
    schedule.rows[0].remove.click()
    assert editor.data().schedule == () and not schedule.empty.isHidden()
    assert schedule.total.text().startswith("Nothing scheduled")


# -- messages of a refused save ---------------------------------------------------------------


def refused(data) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        validate(data)
    return caught.value.fields


def test_the_messages_of_a_refused_save_land_beside_their_fields(editor, detail) -> None:
    data = detail.data
    parties = (data.parties[0], replace(data.parties[1], name=" "), data.parties[2])
    clauses = (*data.clauses[:3], replace(data.clauses[3], text=""), *data.clauses[4:])
    schedule = (*data.schedule, InstalmentData("", Decimal(0)))
    bad = replace(
        data,
        title="",
        end_date=date(2020, 1, 1),
        parties=parties,
        clauses=clauses,
        schedule=schedule,
    )
    editor.set_contract(replace(detail, data=bad))
    errors = refused(editor.data())
    assert {"title", "end_date", "parties.1.name", "clauses.3.text", "schedule.2.amount"} <= set(
        errors
    )
    editor.setCurrentIndex(SCHEDULE)
    editor.show_errors(errors)
    assert editor.currentIndex() == DETAILS
    assert editor.details.errors["title"].text() == "Give the contract a title."
    assert not editor.details.errors["end_date"].isHidden()
    party_error = editor.parties.cards[1].errors["name"]
    assert not party_error.isHidden() and "party 2" in party_error.text()
    assert editor.parties.cards[0].errors["name"].isHidden()
    assert editor.clauses.list.currentRow() == 3
    assert editor.clauses.text_error.text() == errors["clauses.3.text"]
    assert editor.clauses.list.item(3).foreground().color().name() == "#b00020"
    row = editor.schedule.rows[2]
    assert "amount above zero" in row.errors.text() and row.amount.styleSheet()
    assert editor.tabBar().tabTextColor(SCHEDULE).name() == "#b00020"
    editor.clear_errors()
    assert editor.details.errors["title"].isHidden() and party_error.isHidden()
    assert editor.clauses.text_error.isHidden() and row.errors.isHidden()
    assert not editor.tabBar().tabTextColor(SCHEDULE).isValid()


def test_the_first_tab_with_a_message_comes_forward(editor, detail) -> None:
    data = detail.data
    clauses = (*data.clauses[:5], replace(data.clauses[5], heading=""), *data.clauses[6:])
    parties = tuple(replace(p, benefit_share=Decimal(40)) for p in data.parties)
    editor.set_contract(replace(detail, data=replace(data, clauses=clauses)))
    editor.show_errors(refused(editor.data()))
    assert editor.currentIndex() == CLAUSES and editor.clauses.list.currentRow() == 5
    assert not editor.clauses.heading_error.isHidden()
    editor.set_contract(replace(detail, data=replace(data, parties=parties)))
    assert editor.clauses.heading_error.isHidden()
    editor.show_errors(refused(editor.data()))
    assert editor.currentIndex() == PARTIES
    assert all(card.share.styleSheet() for card in editor.parties.cards)
    assert "= 120 %" in editor.parties.shares.text()


# -- read-only --------------------------------------------------------------------------------


def test_read_only_allows_reading_but_no_change(qtbot, editor, detail) -> None:
    editor.set_read_only(True)
    type_text(editor.details.lines["title"], "改")
    type_text(editor.clauses.text, "改")
    type_text(editor.parties.cards[0].lines["name"], "改")
    assert editor.data() == detail.data
    assert not editor.details.currency.isEnabled()
    assert not editor.details.dispute_method.isEnabled()
    assert editor.clauses.text.isReadOnly()
    flags = editor.clauses.text.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    for button in (
        editor.clauses.add_button,
        editor.clauses.remove_button,
        editor.clauses.restore_button,
        editor.schedule.add_button,
        editor.schedule.rows[0].remove,
        editor.parties.cards[0].choose,
    ):
        assert button.isHidden()
    editor.clauses.list.setCurrentRow(4)
    assert editor.clauses.heading.text() == detail.data.clauses[4].heading
    editor.set_read_only(False)
    assert not editor.clauses.add_button.isHidden() and editor.details.currency.isEnabled()
    type_text(editor.details.lines["title"], "改")
    assert editor.data().title == "改" + detail.data.title


def test_read_only_holds_for_instalments_added_later(editor, detail) -> None:
    editor.set_read_only(True)
    editor.set_contract(detail)
    assert all(row.milestone.isReadOnly() for row in editor.schedule.rows)
    assert all(card.lines["name"].isReadOnly() for card in editor.parties.cards)


# -- amounts in the clerk's locale ------------------------------------------------------------


def test_amounts_follow_the_locale_both_ways(qtbot) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert decimal_text(Decimal("1234567.5")) == "1.234.567,50"
    assert parse_decimal("1.234.567,50") == Decimal("1234567.50")
    assert parse_decimal("１２３４") == Decimal(1234)
    edit = AmountEdit()
    qtbot.addWidget(edit)
    type_text(edit, "2500,7x")
    assert edit.value() == Decimal("2500.7")
    assert decimal_text(Decimal("33.50"), None) == "33,5"
    assert parse_decimal("") is None
