"""A save that fails because the database cannot be reached offers Retry (which saves again)
and Close; the form keeps what was typed either way."""

from typing import Any

import pytest

from app.errors import DatabaseUnavailableError
from app.services import alliances, members
from app.services.alliances import AllianceData
from app.ui.alliances.screen import AlliancesScreen
from app.ui.prompts import LostConnection
from app.ui.registry.screen import RegistryScreen

from .conftest import CLERK

LOST = DatabaseUnavailableError(
    "The connection to the database was lost, so the last action was not saved. Check the "
    "network, then try again; what you typed is kept."
)


def failing_first(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, times: int) -> list[int]:
    """module.name fails `times` times as a dropped connection would, then works."""
    real = getattr(module, name)
    calls: list[int] = []

    def flaky(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) <= times:
            raise LOST
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, flaky)
    return calls


def answer(monkeypatch: pytest.MonkeyPatch, reply: str) -> list[tuple]:
    asked: list[tuple] = []
    monkeypatch.setattr(LostConnection, "ask", classmethod(lambda _c, *a: asked.append(a) or reply))
    return asked


@pytest.fixture
def screen(qtbot, ctx, add_member) -> RegistryScreen:
    add_member("宁波舟山港集团有限公司")
    widget = RegistryScreen(ctx)
    qtbot.addWidget(widget)
    widget.table.selectRow(0)
    return widget


def test_retry_saves_the_member_once_the_connection_is_back(screen, monkeypatch, ctx) -> None:
    calls = failing_first(monkeypatch, members, "update_member", 1)
    asked = answer(monkeypatch, LostConnection.RETRY)
    screen.form.edits["city"].setText("宁波")
    screen.form.save()
    assert len(asked) == 1 and "connection to the database was lost" in asked[0][1]
    assert len(calls) == 2
    assert ctx.read(members.get_member, screen.form.member_id).data.city == "宁波"
    assert not screen.form.is_dirty()


def test_close_keeps_the_typed_text_in_the_member_form(screen, monkeypatch, ctx) -> None:
    failing_first(monkeypatch, members, "update_member", 5)
    answer(monkeypatch, LostConnection.CLOSE)
    screen.form.edits["city"].setText("宁波")
    screen.form.description.setPlainText("港口物流与航运服务")
    screen.form.save()
    assert screen.form.edits["city"].text() == "宁波"
    assert screen.form.description.toPlainText() == "港口物流与航运服务"
    assert screen.form.is_dirty() and screen.form.save_action.isEnabled()
    assert ctx.read(members.get_member, screen.form.member_id).data.city == "深圳"


def test_a_new_member_survives_a_lost_connection(qtbot, ctx, monkeypatch) -> None:
    failing_first(monkeypatch, members, "find_possible_duplicates", 1)
    asked = answer(monkeypatch, LostConnection.CLOSE)
    widget = RegistryScreen(ctx)
    qtbot.addWidget(widget)
    widget.form.edits["name"].setText("浙江大学")
    widget.form.save()
    assert len(asked) == 1
    assert widget.form.member_id is None and widget.form.edits["name"].text() == "浙江大学"
    answer(monkeypatch, LostConnection.RETRY)
    widget.form.save()
    assert widget.form.member_id is not None


def test_the_alliance_form_offers_retry_and_keeps_the_text(qtbot, ctx, monkeypatch) -> None:
    detail = ctx.write(alliances.create_alliance, AllianceData(name="长三角联盟"), CLERK)
    widget = AlliancesScreen(ctx)
    qtbot.addWidget(widget)
    widget.open_alliance(detail.id)
    calls = failing_first(monkeypatch, alliances, "update_alliance", 1)
    answer(monkeypatch, LostConnection.CLOSE)
    widget.form.focus.setText("集成电路")
    widget.form.save()
    assert widget.form.focus.text() == "集成电路" and widget.form.is_dirty()
    assert ctx.read(alliances.get_alliance, detail.id).data.focus == ""
    widget.form.save()  # the connection is back
    assert len(calls) == 2
    assert ctx.read(alliances.get_alliance, detail.id).data.focus == "集成电路"


def test_retry_on_an_alliance_member_change(qtbot, ctx, monkeypatch, add_member) -> None:
    from app.ui.member_picker import MemberPickerDialog

    member = add_member("比亚迪股份有限公司")
    detail = ctx.write(alliances.create_alliance, AllianceData(name="新能源汽车联盟"), CLERK)
    widget = AlliancesScreen(ctx)
    qtbot.addWidget(widget)
    widget.open_alliance(detail.id)
    calls = failing_first(monkeypatch, alliances, "add_alliance_member", 1)
    asked = answer(monkeypatch, LostConnection.RETRY)
    monkeypatch.setattr(
        MemberPickerDialog,
        "ask",
        classmethod(lambda *_a, **_k: (member.id, member.data.name, "member")),
    )
    widget.form.add_button.click()
    assert len(asked) == 1 and len(calls) == 2
    assert [m.member_name for m in widget.form.members_model.rows] == ["比亚迪股份有限公司"]
