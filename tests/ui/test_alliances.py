"""The Alliances screen: create and edit an alliance, add members through the picker, change a
member's role, remove a member."""

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.models.enums import AllianceRole
from app.services import alliances
from app.services.alliances import AllianceData
from app.services.uow import Actor
from app.ui.alliances.screen import AlliancesScreen
from app.ui.member_picker import MemberPickerDialog
from app.ui.prompts import Confirm, UnsavedChanges

CLERK = Actor("test-clerk")


@pytest.fixture
def screen(qtbot, ctx) -> AlliancesScreen:
    widget = AlliancesScreen(ctx)
    qtbot.addWidget(widget)
    return widget


def answer(monkeypatch: pytest.MonkeyPatch, cls: type, reply: Any) -> list[tuple]:
    asked: list[tuple] = []
    monkeypatch.setattr(cls, "ask", classmethod(lambda _c, *a, **k: asked.append(a) or reply))
    return asked


def make_alliance(ctx, name: str = "长三角集成电路产业创新联盟", **kw: Any):
    return ctx.write(alliances.create_alliance, AllianceData(name=name, **kw), CLERK)


def test_an_empty_list_says_how_to_start(screen: AlliancesScreen) -> None:
    assert not screen.empty.isHidden() and screen.table.isHidden()
    assert "New alliance" in screen.empty.text()
    assert "Save the alliance first" in screen.form.members_hint.text()
    assert not screen.form.add_button.isEnabled()


def test_creating_an_alliance_with_a_lead_member(
    screen: AlliancesScreen,
    add_member,
    monkeypatch,
    ctx,
) -> None:
    lead = add_member("中芯国际集成电路制造有限公司")
    screen.new_action.trigger()
    screen.form.name.setText("长三角集成电路产业创新联盟")
    screen.form.focus.setText("集成电路设计与制造")
    screen.form.founded.check.setChecked(True)
    screen.form.founded.edit.setDate(date(2020, 5, 1))
    answer(monkeypatch, MemberPickerDialog, (lead.id, lead.data.name, ""))
    screen.form.lead_button.click()
    assert screen.form.lead_label.text() == "中芯国际集成电路制造有限公司"
    screen.form.save_action.trigger()
    assert screen.model.rowCount() == 1
    row = screen.model.rows[0]
    assert (row.name, row.lead_member_name, row.member_count) == (
        "长三角集成电路产业创新联盟",
        "中芯国际集成电路制造有限公司",
        1,
    )
    stored = ctx.read(alliances.get_alliance, row.id)
    assert stored.data.founded_on == date(2020, 5, 1)
    assert stored.members[0].role == AllianceRole.LEAD
    assert screen.form.members_model.index(0, 1).data() == "Lead"
    assert screen.table.currentIndex().row() == 0


def test_an_end_date_before_the_founding_is_shown_next_to_it(
    screen: AlliancesScreen,
    messages,
) -> None:
    screen.form.name.setText("测试联盟")
    screen.form.founded.set_value(date(2021, 1, 1))
    screen.form.ended.set_value(date(2020, 1, 1))
    screen.form._on_edited()
    screen.form.save()
    assert not screen.form.errors["ended_on"].isHidden()
    assert "before the founding date" in screen.form.errors["ended_on"].text()
    assert messages and screen.form.alliance_id is None


def test_adding_a_member_through_the_picker(
    screen: AlliancesScreen,
    add_member,
    ctx,
    monkeypatch,
) -> None:
    member = add_member("复旦大学", kind="university")
    alliance = make_alliance(ctx)
    screen.refresh()
    screen.table.selectRow(0)
    assert screen.form.alliance_id == alliance.id and screen.form.add_button.isEnabled()
    asked = answer(monkeypatch, MemberPickerDialog, (member.id, "复旦大学", "founding_member"))
    screen.form.add_button.click()
    assert asked[0][2] == "Add a member to the alliance"
    assert [m.member_name for m in screen.form.members_model.rows] == ["复旦大学"]
    assert screen.form.members_model.index(0, 1).data() == "Founding member"
    assert screen.model.rows[0].member_count == 1


def test_changing_a_members_role_and_removing_it(
    screen: AlliancesScreen,
    add_member,
    ctx,
    monkeypatch,
) -> None:
    member = add_member("复旦大学", kind="university")
    alliance = make_alliance(ctx)
    ctx.write(alliances.add_alliance_member, alliance.id, member.id, CLERK)
    screen.refresh()
    screen.open_alliance(alliance.id)
    screen.form.members_view.selectRow(0)
    assert screen.form.role_combo.isEnabled()
    combo = screen.form.role_combo
    combo.setCurrentIndex(combo.findData("observer"))
    combo.activated.emit(combo.currentIndex())
    assert ctx.read(alliances.get_alliance, alliance.id).members[0].role == "observer"
    screen.form.members_view.selectRow(0)
    asked = answer(monkeypatch, Confirm, True)
    screen.form.remove_button.click()
    assert "复旦大学" in asked[0][2]
    assert ctx.read(alliances.get_alliance, alliance.id).members == []
    assert screen.form.members_model.rowCount() == 0


def test_unsaved_alliance_edits_are_asked_about_before_switching(
    screen: AlliancesScreen, ctx, qtbot, monkeypatch
) -> None:
    first = make_alliance(ctx, "甲联盟")
    make_alliance(ctx, "乙联盟")
    screen.refresh()
    screen.open_alliance(first.id)
    screen.form.focus.setText("新的方向")
    asked = answer(monkeypatch, UnsavedChanges, UnsavedChanges.SAVE)
    screen.table.selectRow(next(i for i, r in enumerate(screen.model.rows) if r.id != first.id))
    qtbot.waitUntil(
        lambda: screen.form.detail is not None and screen.form.detail.data.name == "乙联盟",
        timeout=2000,
    )
    assert len(asked) == 1
    assert ctx.read(alliances.get_alliance, first.id).data.focus == "新的方向"


def test_the_member_picker_searches_as_you_type(qtbot, ctx, add_member) -> None:
    add_member("复旦大学", kind="university", city="上海")
    add_member("上海交通大学", kind="university", city="上海")
    add_member("深圳市华为技术有限公司")
    taken = add_member("同济大学", kind="university", city="上海")
    dialog = MemberPickerDialog(ctx, "Pick", exclude={taken.id})
    qtbot.addWidget(dialog)
    assert dialog.results.count() == 3
    dialog.search.insert("大学")
    qtbot.waitUntil(lambda: dialog.results.count() == 2, timeout=2000)
    names = [dialog.results.item(i).toolTip() for i in range(dialog.results.count())]
    assert sorted(names) == ["上海交通大学", "复旦大学"]
    assert dialog.results.item(0).data(Qt.ItemDataRole.UserRole) is not None
    dialog.search.setText("没有这个")
    dialog.run_search()
    assert dialog.results.count() == 0 and dialog.hint.text() == "No member matches."
    assert dialog.selected_id() is None
