"""The History panel: a record's audit entries in plain language, newest first, beside the member
and alliance forms; refreshed after a save."""

from datetime import UTC, datetime

import pytest

from app.services import alliances, members
from app.services.alliances import AllianceData
from app.services.audit import AuditRow
from app.services.members import ContactData
from app.ui.alliances import AlliancesScreen
from app.ui.history import HistoryPanel, HistorySubject, history_lines
from app.ui.registry.screen import RegistryScreen

from .conftest import CLERK


@pytest.fixture
def screen(qtbot, ctx) -> RegistryScreen:
    widget = RegistryScreen(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def open_history(screen: RegistryScreen) -> HistoryPanel:
    screen.form.tabs.setCurrentWidget(screen.form.history)
    return screen.form.history


def test_editing_a_member_shows_the_change_in_plain_language(screen, add_member) -> None:
    add_member("宁波舟山港集团有限公司", website="https://www.nbport.com.cn")
    screen.refresh()
    screen.table.selectRow(0)
    screen.form.edits["city"].setText("宁波")
    screen.form.edits["website"].setText("https://www.nbzsport.cn")
    screen.form.save()
    texts = open_history(screen).model.texts()
    assert len(texts) == 3  # created, the contact added with it, then the edit
    newest = texts[0]
    assert "test-clerk changed City from “深圳” to “宁波”" in newest
    assert "Website from “https://www.nbport.com.cn” to “https://www.nbzsport.cn”" in newest
    assert texts[-1].endswith("test-clerk created the record")
    assert "added contact 张伟" in texts[1]


def test_a_removed_contact_stays_in_the_history(screen, add_member) -> None:
    add_member("浙江大学", kind="university")
    screen.refresh()
    screen.table.selectRow(0)
    history = open_history(screen)
    screen.form.contacts.set_contacts([])
    screen.form.save()
    assert "removed contact 张伟" in history.model.texts()[0]


def test_archiving_reads_archived(screen, add_member, ctx, monkeypatch) -> None:
    from app.ui.prompts import Confirm

    add_member("中国科学院宁波材料技术与工程研究所", kind="research_institute")
    screen.refresh()
    screen.table.selectRow(0)
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda *_a: True))
    screen.form.archive_action.trigger()
    assert open_history(screen).model.texts()[0].endswith("test-clerk archived the record")


def test_the_history_loads_only_when_shown(qtbot, ctx, add_member) -> None:
    detail = add_member("上海交通大学", kind="university")
    panel = HistoryPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_subject(HistorySubject("member", detail.id))
    assert panel.model.rowCount() == 0  # hidden: nothing read yet
    panel.show()
    texts = panel.model.texts()
    assert any("created the record" in t for t in texts)
    assert len(texts) == 1 + len(detail.data.contacts)  # the member and each contact added


def test_long_values_are_shortened_and_kept_whole_in_the_tooltip() -> None:
    long = "面向新能源汽车动力电池的高安全固态电解质材料研发与中试" * 3
    row = AuditRow(
        2,
        "site",
        datetime(2026, 11, 28, 2, 3, tzinfo=UTC),
        "李娜",
        "member",
        "m1",
        "update",
        {"description": ["", long]},
    )
    (line,) = history_lines([row], "member", "m1", {})
    assert "changed Description to “" in line.text and "…”" in line.text
    assert long not in line.text
    assert long in line.details


def test_the_alliance_form_shows_members_joining(qtbot, ctx, add_member) -> None:
    member = add_member("比亚迪股份有限公司")
    detail = ctx.write(alliances.create_alliance, AllianceData(name="新能源汽车产业联盟"), CLERK)
    ctx.write(alliances.add_alliance_member, detail.id, member.id, CLERK)
    screen = AlliancesScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.open_alliance(detail.id)
    screen.form.tabs.setCurrentWidget(screen.form.history)
    texts = screen.form.history.model.texts()
    assert "added member 比亚迪股份有限公司 as Member" in texts[0]
    assert texts[-1].endswith("created the record")
    screen.form.focus.setText("动力电池")
    screen.form.save()
    assert "changed Focus to “动力电池”" in screen.form.history.model.texts()[0]


def test_a_contact_renamed_reads_with_its_names(ctx, add_member) -> None:
    detail = add_member("华为技术有限公司")
    data = detail.data
    data.contacts = [ContactData("王芳", "总监", "wang.fang@example.cn", id=data.contacts[0].id)]
    ctx.write(members.update_member, detail.id, detail.version, data, CLERK)
    from app.services.audit import history

    contact_id = data.contacts[0].id
    rows = ctx.read(history, entity="member", entity_id=detail.id)
    rows += ctx.read(history, entity="contact", entity_id=contact_id)
    texts = [line.text for line in history_lines(rows, "member", detail.id, {})]
    assert "changed contact 王芳: Name from “张伟” to “王芳”" in texts[0]
    assert "Title from “经理” to “总监”" in texts[0]
