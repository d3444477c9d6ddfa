"""The Matches screen: the pipeline board, new strong suggestions, a member's matches, and each
move a match's status allows (propose, interest, meeting, agree, decline with reason)."""

from dataclasses import dataclass, field
from typing import Any

import pytest

from app.models import Role
from app.models.enums import ListingStatus, MatchStatus
from app.services import listings, matches
from app.services.listings import CHECKLIST, ListingData
from app.services.permissions import Actor
from app.ui.context import AppContext
from app.ui.matching.board import NEW, EventDialog, MatchesScreen
from app.ui.matching.dialogs import DeclineDialog
from app.ui.prompts import Confirm
from tests.ui.conftest import CLERK

SUPERVISOR = Actor("test-supervisor", Role.SUPERVISOR)


@dataclass(frozen=True)
class Found:
    listing_id: str
    score: float
    parts: dict[str, float] = field(default_factory=lambda: {"text": 0.8})
    reasons: tuple[str, ...] = ("shares: thermal management",)
    shared_terms: tuple[str, ...] = ("thermal management",)


def publish(ctx: AppContext, member_id: str, kind: str, title: str) -> str:
    data = ListingData(
        kind=kind,
        member_id=member_id,
        title=title,
        summary="Battery pack thermal management",
        description="Keep the cells within 2 °C of each other.",
        keywords=["thermal management"],
        sectors=["C38"],
        trl="6",
        cooperation_types=["joint_rd"],
    )
    detail = ctx.write(listings.create_listing, data, CLERK)
    ctx.write(listings.submit_listing, detail.id, CLERK)
    ticks = dict.fromkeys(CHECKLIST, True)
    return ctx.write(listings.publish_listing, detail.id, ticks, SUPERVISOR).id  # type: ignore[no-any-return]


@pytest.fixture
def pair(ctx: AppContext, add_member) -> tuple[str, str]:
    company = add_member("常州新能源科技有限公司")
    university = add_member("清华大学", kind="university")
    demand = publish(ctx, company.id, "demand", "电池包热管理方案")
    supply = publish(ctx, university.id, "supply", "Liquid cooling plates for battery packs")
    return demand, supply


@pytest.fixture
def screen(qtbot, ctx: AppContext) -> MatchesScreen:
    widget = MatchesScreen(ctx)
    qtbot.addWidget(widget)
    return widget


def answer(monkeypatch: pytest.MonkeyPatch, cls: type, reply: Any) -> None:
    monkeypatch.setattr(cls, "ask", classmethod(lambda *_a, **_k: reply))


def select(screen: MatchesScreen, column: str, row: int = 0) -> None:
    screen.lists[column].setCurrentRow(row)


def test_a_strong_suggestion_goes_from_new_to_agreed(
    screen, ctx, pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    demand, supply = pair
    ctx.write(matches.save_suggestions, demand, [Found(supply, 88.0)], CLERK)
    screen.refresh()
    assert screen.lists[NEW].count() == 1
    assert "(1)" in screen.headers[NEW].text()
    select(screen, NEW)
    assert screen.detail is not None and screen.detail.status == "suggested"
    assert "shares: thermal management" in screen.story.toPlainText()
    assert screen.buttons["agree"].isHidden()  # agree is not offered yet
    assert not screen.buttons["propose"].isHidden()

    screen.buttons["propose"].click()
    assert screen.lists["proposed"].count() == 1
    assert screen.detail is not None and screen.detail.status == "proposed"

    from datetime import date

    answer(monkeypatch, EventDialog, ("interest", "demand", date(2026, 11, 20), "很感兴趣"))
    screen.buttons["interest"].click()
    assert screen.detail.status == "interested"
    answer(monkeypatch, EventDialog, ("meeting", "office", date(2026, 11, 25), "在苏州见面"))
    screen.buttons["event"].click()
    assert screen.detail.status == "negotiating"
    assert "在苏州见面" in screen.story.toPlainText()
    answer(monkeypatch, Confirm, True)
    screen.buttons["agree"].click()
    assert screen.detail.status == "agreed"
    assert screen.lists["agreed"].count() == 1
    assert ctx.read(listings.get_listing, demand).status == ListingStatus.MATCHED
    assert ctx.read(listings.get_listing, supply).status == ListingStatus.MATCHED


def test_declining_keeps_who_and_why_and_can_be_reopened(
    screen, ctx, pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    demand, supply = pair
    ctx.write(matches.propose_match, demand, supply, CLERK)
    screen.refresh()
    select(screen, "proposed")
    answer(monkeypatch, DeclineDialog, ("supply", "price", "报价太高"))
    screen.buttons["decline"].click()
    assert screen.detail is not None and screen.detail.status == MatchStatus.DECLINED
    assert screen.detail.decline_reason == "price"
    assert "报价太高" in screen.story.toPlainText()
    assert screen.lists["declined"].count() == 1
    screen.buttons["reopen"].click()
    assert screen.detail.status == MatchStatus.PROPOSED


def test_mark_seen_empties_the_new_column(screen, ctx, pair) -> None:
    demand, supply = pair
    ctx.write(matches.save_suggestions, demand, [Found(supply, 90.0)], CLERK)
    screen.refresh()
    assert screen.lists[NEW].count() == 1
    screen.seen_action.trigger()
    assert screen.lists[NEW].count() == 0
    assert not screen.seen_action.isEnabled()


def test_member_filter_shows_only_that_members_matches(screen, ctx, pair, add_member) -> None:
    demand, supply = pair
    ctx.write(matches.propose_match, demand, supply, CLERK)
    other = add_member("无关公司")
    screen.filter_member((other.id, "无关公司"))
    assert screen.lists["proposed"].count() == 0
    assert "无关公司" in screen.member_button.text()
    screen.filter_member(None)
    assert screen.lists["proposed"].count() == 1


def test_a_viewer_sees_the_board_without_moves(qtbot, sqlite_db, ctx, pair) -> None:
    demand, supply = pair
    ctx.write(matches.propose_match, demand, supply, CLERK)
    viewer = MatchesScreen(AppContext(sqlite_db, Actor("viewer", Role.VIEWER)))
    qtbot.addWidget(viewer)
    select(viewer, "proposed")
    assert viewer.detail is not None
    assert all(button.isHidden() for button in viewer.buttons.values())


def test_the_member_page_opens_the_members_matches(qtbot, ctx, pair) -> None:
    from app.ui.main_window import MainWindow

    demand, supply = pair
    ctx.write(matches.propose_match, demand, supply, CLERK)
    member_id = ctx.read(listings.get_listing, demand).data.member_id
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_screen("registry")
    registry = window.screen_widget("registry")
    registry.select_member(member_id)
    registry.form.listings.show_matches.click()
    assert window.current_key() == "matches"
    board = window.screen_widget("matches")
    assert board.member is not None and board.member[0] == member_id
    assert board.lists["proposed"].count() == 1
