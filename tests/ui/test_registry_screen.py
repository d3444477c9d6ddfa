"""The registry screen as a clerk uses it: find, create, edit, refuse bad input, warn about
duplicates and stale edits, archive."""

from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence

from app.models.enums import MemberStatus
from app.services import member_search, members
from app.services.member_search import MemberQuery
from app.services.members import ContactData, MemberData
from app.services.uow import Actor, UnitOfWork
from app.ui import labels
from app.ui.context import AppContext
from app.ui.prompts import Confirm, StaleRecord, UnsavedChanges
from app.ui.registry import model as columns
from app.ui.registry.duplicates import DuplicateWarningDialog
from app.ui.registry.screen import EVERYTHING, RegistryScreen

VALID_USCC = "91350100M000100Y43"


@pytest.fixture
def screen(qtbot, ctx) -> RegistryScreen:
    widget = RegistryScreen(ctx)
    qtbot.addWidget(widget)
    return widget


def answer(monkeypatch: pytest.MonkeyPatch, cls: type, reply: Any) -> list[tuple]:
    """Make cls.ask return `reply` and record what it was asked."""
    asked: list[tuple] = []

    def ask(_cls: type, *args: Any, **kwargs: Any) -> Any:
        asked.append(args)
        return reply

    monkeypatch.setattr(cls, "ask", classmethod(ask))
    return asked


def fill_new_member(screen: RegistryScreen, qtbot, name: str, **texts: str) -> None:
    screen.new_member()
    form = screen.form
    form.edits["name"].insert(name)  # QTest can type ASCII only
    for field, value in texts.items():
        form.edits[field].setText(value)


def names_in_table(screen: RegistryScreen) -> list[str]:
    return [screen.model.row(r).name for r in range(screen.model.rowCount())]


def test_creating_a_member_through_the_form(screen: RegistryScreen, qtbot, ctx) -> None:
    fill_new_member(
        screen,
        qtbot,
        "杭州海康威视数字技术股份有限公司",
        city="杭州",
        region="浙江省",
        registration_code=VALID_USCC,
        keywords="安防; 视频",
    )
    screen.form.sectors.edit.setText("C39; I65")
    screen.form.contacts.set_contacts([ContactData("李娜", "经理", "li.na@example.cn")])
    assert screen.form.is_dirty()
    with qtbot.waitSignal(screen.form.saved):
        screen.form.save_action.trigger()
    assert screen.form.member_id is not None
    assert not screen.form.is_dirty()
    assert names_in_table(screen) == ["杭州海康威视数字技术股份有限公司"]
    assert screen.count_label.text() == "1 member"
    stored = ctx.read(members.get_member, screen.form.member_id)
    assert stored.data.sectors == ["C39", "I65"]
    assert stored.data.keywords == ["安防", "视频"]
    assert stored.data.contacts[0].email == "li.na@example.cn"
    assert stored.updated_by == "test-clerk"
    assert screen.table.currentIndex().row() == 0


def test_editing_a_member_saves_the_change(screen: RegistryScreen, add_member, ctx) -> None:
    detail = add_member("西安交通大学", kind="university", city="西安")
    screen.refresh()
    screen.table.selectRow(0)
    assert screen.form.member_id == detail.id
    screen.form.edits["city"].setText("西安市")
    screen.form.kind.setCurrentIndex(screen.form.kind.findData("university"))
    assert screen.form.is_dirty() and screen.form.save_action.isEnabled()
    screen.form.save()
    stored = ctx.read(members.get_member, detail.id)
    assert stored.data.city == "西安市"
    assert stored.version == detail.version + 1
    assert screen.model.row(0).city == "西安市"
    assert not screen.form.save_action.isEnabled()


def test_bad_email_is_shown_on_its_contact_and_in_a_message(
    screen: RegistryScreen,
    qtbot,
    messages: list[str],
    ctx,
) -> None:
    fill_new_member(screen, qtbot, "苏州纳米科技有限公司")
    screen.form.contacts.set_contacts([ContactData("王芳", email="wang@")])
    screen.form.save()
    assert screen.form.member_id is None
    assert len(messages) == 1 and "correct the following" in messages[0]
    editor = screen.form.contacts
    assert not editor.error_label.isHidden()
    assert "mail" in editor.error_label.text().lower()
    email_cell = editor.model.index(0, 2)
    assert email_cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert editor.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert ctx.read(member_search.count_members, MemberQuery()) == 0


def test_bad_registration_code_is_shown_next_to_the_field(
    screen: RegistryScreen,
    qtbot,
    messages: list[str],
) -> None:
    fill_new_member(screen, qtbot, "厦门科技有限公司", registration_code="91350100M000100Y44")
    screen.form.save()
    label = screen.form.error_labels["registration_code"]
    assert not label.isHidden()
    assert "check character" in label.text() or "credit code" in label.text()
    assert screen.form.error_labels["name"].isHidden()
    assert not screen.form.error_banner.isHidden()
    assert messages and screen.form.edits["registration_code"].text() == "91350100M000100Y44"
    # Correcting the field and saving again clears the message.
    screen.form.edits["registration_code"].setText(VALID_USCC)
    screen.form.save()
    assert label.isHidden() and screen.form.member_id is not None


def test_duplicate_warning_lists_the_existing_member_and_cancel_creates_nothing(
    screen: RegistryScreen, qtbot, add_member, monkeypatch, ctx
) -> None:
    existing = add_member("深圳市华为技术有限公司")
    asked = answer(monkeypatch, DuplicateWarningDialog, (DuplicateWarningDialog.CANCEL, None))
    fill_new_member(screen, qtbot, "华为技术有限公司")
    screen.form.save()
    assert len(asked) == 1
    _parent, name, candidates = asked[0]
    assert name == "华为技术有限公司"
    assert [c.id for c in candidates] == [existing.id]
    assert ctx.read(member_search.count_members, MemberQuery()) == 1
    assert screen.form.is_dirty() and screen.form.edits["name"].text() == "华为技术有限公司"


def test_duplicate_warning_create_anyway_creates_it(
    screen: RegistryScreen,
    qtbot,
    add_member,
    monkeypatch,
    ctx,
) -> None:
    add_member("深圳市华为技术有限公司")
    answer(monkeypatch, DuplicateWarningDialog, (DuplicateWarningDialog.CREATE, None))
    fill_new_member(screen, qtbot, "华为技术有限公司")
    screen.form.save()
    assert ctx.read(member_search.count_members, MemberQuery()) == 2
    assert screen.form.detail is not None and screen.form.detail.data.name == "华为技术有限公司"


def test_duplicate_warning_open_selected_shows_the_existing_member(
    screen: RegistryScreen, qtbot, add_member, monkeypatch, ctx
) -> None:
    existing = add_member("深圳市华为技术有限公司")
    screen.refresh()
    answer(monkeypatch, DuplicateWarningDialog, (DuplicateWarningDialog.OPEN, existing.id))
    fill_new_member(screen, qtbot, "华为技术有限公司")
    screen.form.save()
    assert screen.form.member_id == existing.id
    assert not screen.form.is_dirty()
    assert screen.table.currentIndex().data(columns.ID_ROLE) == existing.id
    assert ctx.read(member_search.count_members, MemberQuery()) == 1


def test_no_duplicate_warning_when_an_edit_keeps_name_and_code(
    screen: RegistryScreen, add_member, monkeypatch
) -> None:
    add_member("深圳市华为技术有限公司")
    add_member("华为技术有限公司", city="东莞")
    asked = answer(monkeypatch, DuplicateWarningDialog, (DuplicateWarningDialog.CANCEL, None))
    screen.refresh()
    screen.table.selectRow(0)
    screen.form.edits["address"].setText("坂田华为基地")
    screen.form.save()
    assert asked == []
    assert not screen.form.is_dirty()


def test_stale_edit_is_refused_and_the_typed_text_stays(
    screen: RegistryScreen,
    add_member,
    monkeypatch,
    sqlite_db,
    ctx,
) -> None:
    detail = add_member("武汉光谷生物城", city="武汉")
    screen.refresh()
    screen.table.selectRow(0)
    with UnitOfWork(sqlite_db) as uow:  # a colleague saves first
        data = detail.data
        data.city = "武汉市"
        members.update_member(uow, detail.id, detail.version, data, Actor("colleague"))
        uow.commit()
    asked = answer(monkeypatch, StaleRecord, StaleRecord.KEEP)
    screen.form.edits["address"].setText("高新大道666号")
    screen.form.save()
    assert len(asked) == 1 and "Someone else saved" in asked[0][1]
    assert screen.form.edits["address"].text() == "高新大道666号"
    assert screen.form.edits["city"].text() == "武汉"
    assert screen.form.is_dirty()
    stored = ctx.read(members.get_member, detail.id)
    assert stored.data.address == "" and stored.updated_by == "colleague"


def test_stale_edit_reload_shows_the_colleagues_version(
    screen: RegistryScreen,
    add_member,
    monkeypatch,
    sqlite_db,
) -> None:
    detail = add_member("武汉光谷生物城", city="武汉")
    screen.refresh()
    screen.table.selectRow(0)
    with UnitOfWork(sqlite_db) as uow:
        data = detail.data
        data.city = "武汉市"
        members.update_member(uow, detail.id, detail.version, data, Actor("colleague"))
        uow.commit()
    answer(monkeypatch, StaleRecord, StaleRecord.RELOAD)
    screen.form.edits["address"].setText("高新大道666号")
    screen.form.save()
    assert screen.form.edits["city"].text() == "武汉市"
    assert screen.form.edits["address"].text() == ""
    assert not screen.form.is_dirty()


def test_filter_as_you_type_narrows_the_table(screen: RegistryScreen, qtbot, add_member) -> None:
    add_member("深圳市华为技术有限公司")
    add_member("北京大学", kind="university", city="北京")
    add_member("清华大学", kind="university", city="北京")
    screen.refresh()
    assert screen.model.rowCount() == 3
    screen.search.insert("大学")  # as typed; QTest key clicks are ASCII only
    assert screen.model.rowCount() == 3  # debounced: nothing happens at once
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=2000)
    assert sorted(names_in_table(screen)) == ["北京大学", "清华大学"]
    assert screen.count_label.text() == "2 members"
    screen.search.insert(" 清华")
    qtbot.waitUntil(lambda: names_in_table(screen) == ["清华大学"], timeout=2000)


def test_facets_filter_by_kind_and_region(screen: RegistryScreen, add_member) -> None:
    add_member("深圳市华为技术有限公司")
    add_member("北京大学", kind="university", region="北京市", city="北京")
    screen.refresh()
    assert screen.region_filter.findData("北京市") > 0
    screen.kind_filter.setCurrentIndex(screen.kind_filter.findData("university"))
    assert names_in_table(screen) == ["北京大学"]
    screen.kind_filter.setCurrentIndex(0)
    screen.region_filter.setCurrentIndex(screen.region_filter.findData("广东省"))
    assert names_in_table(screen) == ["深圳市华为技术有限公司"]


def test_sector_facet_lists_sections_and_divisions_and_filters(
    screen: RegistryScreen, add_member
) -> None:
    add_member("深圳市华为技术有限公司", sectors=["C39"])
    add_member("北京大学", kind="university", sectors=["P83"])
    screen.refresh()
    combo = screen.sector_filter
    assert combo.findData("C") > 0 and combo.findData("C39") > combo.findData("C")
    combo.setCurrentIndex(combo.findData("C"))
    assert names_in_table(screen) == ["深圳市华为技术有限公司"]


def test_nothing_found_shows_an_empty_state_that_clears_the_filters(
    screen: RegistryScreen, add_member
) -> None:
    add_member("深圳市华为技术有限公司")
    screen.search.setText("不存在的名字")
    screen.apply_filter()
    assert screen.stack.currentIndex() == 1
    assert "No member matches" in screen.empty.label.text()
    screen.empty.button.click()
    assert screen.search.text() == ""
    assert screen.stack.currentIndex() == 0 and screen.model.rowCount() == 1


def test_an_empty_registry_invites_the_first_member(screen: RegistryScreen) -> None:
    assert screen.stack.currentIndex() == 1
    assert "empty" in screen.empty.label.text()
    assert screen.count_label.text() == "0 members"


def test_archiving_hides_the_member_from_the_default_list(
    screen: RegistryScreen,
    add_member,
    monkeypatch,
    ctx,
) -> None:
    keep = add_member("北京大学", kind="university")
    gone = add_member("深圳市华为技术有限公司")
    screen.refresh()
    screen.select_member(gone.id)
    asked = answer(monkeypatch, Confirm, True)
    screen.form.archive_action.trigger()
    assert len(asked) == 1
    assert ctx.read(members.get_member, gone.id).data.status == MemberStatus.ARCHIVED
    assert names_in_table(screen) == ["北京大学"]
    assert screen.form.archive_action.text().replace("&", "") == "Restore"
    screen.status_filter.setCurrentIndex(screen.status_filter.findData(EVERYTHING))
    row = screen.model.row_of(gone.id)
    assert row >= 0 and screen.model.row_of(keep.id) >= 0
    index = screen.model.index(row, columns.STATUS)
    assert index.data() == "Archived"
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    screen.form.archive_action.trigger()  # restore
    assert ctx.read(members.get_member, gone.id).data.status == MemberStatus.ACTIVE


def test_archive_asks_first_and_does_nothing_when_cancelled(
    screen: RegistryScreen,
    add_member,
    monkeypatch,
    ctx,
) -> None:
    detail = add_member("深圳市华为技术有限公司")
    screen.refresh()
    screen.select_member(detail.id)
    answer(monkeypatch, Confirm, False)
    screen.form.archive_action.trigger()
    assert ctx.read(members.get_member, detail.id).data.status == MemberStatus.ACTIVE


def test_leaving_unsaved_changes_asks_and_cancel_stays(
    screen: RegistryScreen,
    qtbot,
    add_member,
    monkeypatch,
) -> None:
    first = add_member("北京大学", kind="university")
    add_member("清华大学", kind="university")
    screen.refresh()
    screen.select_member(first.id)
    screen.form.edits["city"].setText("海淀")
    asked = answer(monkeypatch, UnsavedChanges, UnsavedChanges.CANCEL)
    screen.table.selectRow(1)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=2000)
    assert screen.form.member_id == first.id
    assert screen.form.edits["city"].text() == "海淀"
    assert screen.table.currentIndex().data(columns.ID_ROLE) == first.id


def test_leaving_unsaved_changes_with_discard_opens_the_other(
    screen: RegistryScreen,
    qtbot,
    add_member,
    monkeypatch,
) -> None:
    first = add_member("北京大学", kind="university")
    second = add_member("清华大学", kind="university")
    screen.refresh()
    screen.select_member(first.id)
    screen.form.edits["city"].setText("海淀")
    answer(monkeypatch, UnsavedChanges, UnsavedChanges.DISCARD)
    screen.table.selectRow(1)
    qtbot.waitUntil(lambda: screen.form.member_id == second.id, timeout=2000)
    assert not screen.form.is_dirty()


def test_leaving_unsaved_changes_with_save_saves_then_opens_the_new_form(
    screen: RegistryScreen, add_member, monkeypatch, ctx
) -> None:
    first = add_member("北京大学", kind="university")
    screen.refresh()
    screen.select_member(first.id)
    screen.form.edits["city"].setText("海淀")
    answer(monkeypatch, UnsavedChanges, UnsavedChanges.SAVE)
    screen.new_action.trigger()
    assert ctx.read(members.get_member, first.id).data.city == "海淀"
    assert screen.form.member_id is None and screen.form.edits["name"].text() == ""


def test_revert_restores_what_was_loaded(screen: RegistryScreen, add_member) -> None:
    detail = add_member("北京大学", kind="university", city="北京")
    screen.refresh()
    screen.select_member(detail.id)
    screen.form.edits["city"].setText("海淀")
    screen.form.revert_action.trigger()
    assert screen.form.edits["city"].text() == "北京"
    assert not screen.form.is_dirty()


def test_sorting_by_a_header_requeries(screen: RegistryScreen, add_member) -> None:
    add_member("Alpha Tech", city="Zhuhai")
    add_member("Beta Labs", city="Anshan")
    screen.refresh()
    screen.table.sortByColumn(columns.CITY, Qt.SortOrder.AscendingOrder)
    assert screen.model.query.sort == "city"
    assert names_in_table(screen) == ["Beta Labs", "Alpha Tech"]
    screen.table.sortByColumn(columns.CONTACT, Qt.SortOrder.AscendingOrder)
    assert screen.model.query.sort == "city"
    assert screen.table.horizontalHeader().sortIndicatorSection() == columns.CITY


def test_shortcuts_are_the_usual_ones(screen: RegistryScreen) -> None:
    assert screen.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert screen.form.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert screen.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert screen.refresh_action.shortcut() == QKeySequence(Qt.Key.Key_F5)


def test_ctrl_f_puts_the_cursor_in_the_search_field(screen: RegistryScreen, qtbot) -> None:
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.search.hasFocus(), timeout=2000)


def test_long_chinese_names_are_in_the_tooltip_and_the_wrapped_title(
    screen: RegistryScreen, add_member
) -> None:
    long_name = "中国科学院深圳先进技术研究院高端医疗影像与智能计算联合实验室（国家级重点实验室）"
    detail = add_member(long_name, kind="research_institute")
    screen.refresh()
    screen.select_member(detail.id)
    index = screen.model.index(0, columns.NAME)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == long_name
    assert screen.form.title.wordWrap() and screen.form.title.text() == long_name


def test_count_uses_the_locale_number_format() -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        assert labels.number(1234567) == "1.234.567"
    finally:
        QLocale.setDefault(previous)


def test_a_contact_cell_still_being_typed_in_is_saved(screen: RegistryScreen, qtbot, ctx) -> None:
    screen.show()
    qtbot.waitExposed(screen)
    fill_new_member(screen, qtbot, "Contact Test GmbH", country="DE")
    editor = screen.form.contacts
    editor.add_button.click()  # opens the editor on the new row's name cell
    qtbot.waitUntil(
        lambda: editor.view.viewport().isAncestorOf(screen.window().focusWidget() or screen),
        timeout=2000,
    )
    qtbot.keyClicks(screen.window().focusWidget(), "Anna Schmidt")
    assert editor.model.contacts()[0].name == ""  # not yet in the model
    screen.form.save_action.trigger()  # the cell editor is still open
    assert screen.form.member_id is not None
    stored = ctx.read(members.get_member, screen.form.member_id)
    assert [c.name for c in stored.data.contacts] == ["Anna Schmidt"]


def test_the_name_column_keeps_a_readable_width_on_a_small_screen(screen, qtbot, add_member):
    add_member("中国科学院深圳先进技术研究院", kind="research_institute")
    screen.refresh()
    screen.resize(790, 600)  # the offscreen screen is 800 px wide
    screen.show()
    qtbot.waitExposed(screen)
    header = screen.table.horizontalHeader()
    screen.splitter.setSizes([300, 700])
    qtbot.waitUntil(lambda: screen.table.viewport().width() < 420, timeout=2000)
    assert header.sectionSize(columns.NAME) >= screen._column_width(columns.NAME)
    for column in (columns.KIND, columns.REGION, columns.CITY, columns.SECTORS):
        header.hideSection(column)  # as from the header's menu: the name takes the room
    qtbot.waitUntil(lambda: header.sectionSize(columns.NAME) > 200, timeout=2000)
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) == screen.table.viewport().width()


def test_enter_or_double_click_on_a_row_moves_to_the_form(screen, qtbot, add_member):
    detail = add_member("北京大学", kind="university")
    screen.refresh()
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    screen.table.setFocus()
    screen.table.selectRow(0)
    assert screen.form.member_id == detail.id
    screen.table.activated.emit(screen.model.index(0, columns.NAME))
    qtbot.waitUntil(lambda: screen.form.edits["name"].hasFocus(), timeout=2000)


def test_saving_runs_in_the_background_and_locks_the_form_meanwhile(screen, qtbot, ctx):
    from app.ui import workers

    workers.set_synchronous(False)
    fill_new_member(screen, qtbot, "Background Save GmbH", country="DE")
    with qtbot.waitSignal(screen.form.saved, timeout=10_000):
        screen.form.save()
        assert screen.form.is_busy() and not screen.form.save_action.isEnabled()
        assert "Checking" in screen.form.meta.text()
    assert not screen.form.is_busy()
    assert ctx.read(member_search.count_members, MemberQuery()) == 1
    assert names_in_table(screen) == ["Background Save GmbH"]


def test_a_broad_search_says_more_than_the_cap(qtbot, sqlite_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui.registry import screen as screen_module

    monkeypatch.setattr(screen_module, "COUNT_CAP", 3)
    ctx = AppContext(sqlite_db, Actor("clerk"))
    for i in range(5):
        ctx.write(
            members.create_member, MemberData(kind="enterprise", name=f"Zhang {i}"), Actor("clerk")
        )
    screen = screen_module.RegistryScreen(ctx)
    qtbot.addWidget(screen)
    screen.model.page_size = 2
    screen.model.set_query(MemberQuery(text="zhang"))
    screen._update_count()
    assert screen.count_label.text() == "More than 3 members"
    while screen.model.canFetchMore():
        screen.model.fetchMore()
    screen._update_count()
    assert screen.count_label.text() == "5 members"
