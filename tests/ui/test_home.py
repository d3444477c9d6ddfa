"""The Home screen: the window opens on it; cards with counts and the first items; a click opens
the item on its own screen; the empty state; a viewer's read-only view; reading in the
background. The clock is fixed (tests/services/test_alerts.TODAY)."""

from functools import partial
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.db import Database
from app.errors import DatabaseUnavailableError
from app.models import ContractStatus, ListingStatus, MatchStatus, ProjectStatus
from app.services import alerts
from app.services.alerts import SectionKey
from app.services.permissions import Actor
from app.ui import screens, workers
from app.ui.context import AppContext
from app.ui.home import HomeScreen
from app.ui.home_cards import REASONS, AttentionRow, SectionCard
from app.ui.main_window import MainWindow
from tests.services.test_alerts import (
    SUPERVISOR,
    TODAY,
    TWO,
    VIEWER,
    contract,
    event,
    listing,
    match,
    noon,
    project,
)
from tests.services.test_listings import CLERK, make_member
from tests.services.test_matches import make_office


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(alerts, "attention", partial(alerts.attention, today=TODAY))


def window_for(qtbot, db: Database, actor: Actor) -> MainWindow:
    window = MainWindow(AppContext(db, actor))
    qtbot.addWidget(window)
    return window


def home_of(window: MainWindow) -> HomeScreen:
    window.show_screen("home")
    screen = window.screens["home"]
    assert isinstance(screen, HomeScreen)
    return screen


def card(screen: HomeScreen, key: SectionKey) -> SectionCard:
    assert key in screen.cards, f"no card {key} among {list(screen.cards)}"
    return screen.cards[key]


def click(qtbot, screen: HomeScreen, key: SectionKey, title: str) -> None:
    rows = [r for r in card(screen, key).rows if r.item.title == title]
    assert rows, f"no item {title!r} in {key}"
    qtbot.mouseClick(rows[0], Qt.MouseButton.LeftButton)


def test_the_window_opens_on_home(qtbot, sqlite_db) -> None:
    window = window_for(qtbot, sqlite_db, CLERK)
    assert window.specs[0].key == "home" and window.current_key() == "home"
    assert isinstance(window.stack.currentWidget(), HomeScreen)
    assert window.nav.currentItem().text() == "Home"


def test_cards_show_their_counts_and_first_items(qtbot, sqlite_db) -> None:
    member = make_member(sqlite_db)
    for days in (1, 3, 2):
        listing(sqlite_db, member, f"提交{days}", ListingStatus.SUBMITTED, updated_at=noon(-days))
    listing(sqlite_db, member, "快到期", ListingStatus.PUBLISHED, expires_at=noon(5))
    contract(sqlite_db, ContractStatus.IN_REVIEW, -2, TWO, title="待审批合同")
    screen = home_of(window_for(qtbot, sqlite_db, SUPERVISOR))
    assert list(screen.cards) == [
        SectionKey.LISTINGS_TO_VERIFY,
        SectionKey.LISTINGS_EXPIRING,
        SectionKey.CONTRACTS_TO_APPROVE,
    ]
    verify = card(screen, SectionKey.LISTINGS_TO_VERIFY)
    assert verify.title.text() == "Listings to verify" and verify.count.text() == "3"
    assert [r.item.title for r in verify.rows] == ["提交3", "提交2", "提交1"]
    assert verify.rows[0].reason.first == "submitted 3 days ago"
    assert verify.more.isHidden()  # all three are shown
    expiring = card(screen, SectionKey.LISTINGS_EXPIRING).rows[0]
    assert expiring.reason.first == "expires in 5 days" and expiring.day.text()
    assert screen.summary.text() == "5 things need attention"
    assert screen.pages.currentIndex() == 0


def test_a_long_section_links_to_the_whole_list(qtbot, sqlite_db, monkeypatch) -> None:
    monkeypatch.setattr(alerts, "attention", partial(alerts.attention, today=TODAY, limit=2))
    member = make_member(sqlite_db)
    for days in range(3):
        listing(sqlite_db, member, f"退回{days}", ListingStatus.RETURNED, updated_at=noon(-days))
    window = window_for(qtbot, sqlite_db, CLERK)
    returned = card(home_of(window), SectionKey.LISTINGS_RETURNED)
    assert len(returned.rows) == 2 and returned.count.text() == "3"
    assert not returned.more.isHidden() and "3" in returned.more.text()
    returned.more.click()
    assert window.current_key() == "listings"
    listings = window.screens["listings"]
    assert listings.status_filter.currentData() == "returned"  # type: ignore[attr-defined]


def test_the_contracts_behind_a_card_open_filtered(qtbot, sqlite_db, monkeypatch) -> None:
    monkeypatch.setattr(alerts, "attention", partial(alerts.attention, today=TODAY, limit=1))
    for days in (1, 2):
        contract(sqlite_db, ContractStatus.IN_REVIEW, -days, TWO, title=f"待审批{days}")
    window = window_for(qtbot, sqlite_db, SUPERVISOR)
    to_approve = card(home_of(window), SectionKey.CONTRACTS_TO_APPROVE)
    assert [r.item.title for r in to_approve.rows] == ["待审批2"]
    to_approve.more.click()
    assert window.current_key() == "contracts"
    assert window.screens["contracts"].status_filter.currentData() == "in_review"  # type: ignore[attr-defined]


def test_clicking_an_item_opens_it_on_its_screen(qtbot, sqlite_db) -> None:
    member = make_member(sqlite_db)
    listing(sqlite_db, member, "更早提交", ListingStatus.SUBMITTED, updated_at=noon(-5))
    submitted = listing(sqlite_db, member, "待审核", ListingStatus.SUBMITTED, updated_at=noon(-1))
    expiring = listing(sqlite_db, member, "快到期", ListingStatus.PUBLISHED, expires_at=noon(3))
    in_review = contract(sqlite_db, ContractStatus.IN_REVIEW, -2, TWO, title="待审批合同")
    window = window_for(qtbot, sqlite_db, SUPERVISOR)

    click(qtbot, home_of(window), SectionKey.LISTINGS_TO_VERIFY, "待审核")
    assert window.current_key() == "verification"
    assert window.screens["verification"].selected_row().id == submitted  # type: ignore[attr-defined]

    click(qtbot, home_of(window), SectionKey.LISTINGS_EXPIRING, "快到期")
    assert window.current_key() == "listings"
    listings: Any = window.screens["listings"]
    assert listings.form.listing_id == expiring and listings.expiring_filter.isChecked()

    click(qtbot, home_of(window), SectionKey.CONTRACTS_TO_APPROVE, "待审批合同")
    assert window.current_key() == "contracts"
    assert window.screens["contracts"].form.contract_id == in_review  # type: ignore[attr-defined]


def test_a_waiting_match_opens_on_the_matches_board(qtbot, sqlite_db) -> None:
    office = make_office(sqlite_db, publish=False)
    match_id = match(sqlite_db, office.demand_id, office.supply_ids[0], MatchStatus.PROPOSED, -9)
    event(sqlite_db, match_id, -9)
    window = window_for(qtbot, sqlite_db, CLERK)
    row = card(home_of(window), SectionKey.MATCHES_WAITING).rows[0]
    assert row.reason.first == "proposed 9 days ago, no answer"
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    assert window.current_key() == "matches"
    assert window.screens["matches"].detail.id == match_id  # type: ignore[attr-defined]


class FakeProjects(QWidget):
    opened: list[str] = []

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def open_project(self, project_id: str) -> None:
        FakeProjects.opened.append(project_id)


def test_a_milestone_opens_its_project(qtbot, sqlite_db, monkeypatch) -> None:
    monkeypatch.setattr(screens, "SCREENS", list(screens.SCREENS))
    monkeypatch.setattr("app.ui.main_window.SCREENS", screens.SCREENS)
    screens.register_screen(screens.ScreenSpec("projects", "Projects", FakeProjects))
    monkeypatch.setattr(FakeProjects, "opened", [])
    project_id = project(sqlite_db, ProjectStatus.RUNNING, [-4, 3])
    window = window_for(qtbot, sqlite_db, CLERK)
    screen = home_of(window)
    assert card(screen, SectionKey.MILESTONES_OVERDUE).rows[0].reason.first == "overdue by 4 days"
    assert card(screen, SectionKey.MILESTONES_DUE).rows[0].reason.first == "due in 3 days"
    click(qtbot, screen, SectionKey.MILESTONES_DUE, "running +3")
    assert window.current_key() == "projects" and FakeProjects.opened == [project_id]


def test_without_a_projects_screen_a_milestone_opens_its_contract(
    qtbot, sqlite_db, monkeypatch
) -> None:
    monkeypatch.setattr(screens, "SCREENS", [s for s in screens.SCREENS if s.key != "projects"])
    monkeypatch.setattr("app.ui.main_window.SCREENS", screens.SCREENS)
    project(sqlite_db, ProjectStatus.RUNNING, [-1])
    window = window_for(qtbot, sqlite_db, CLERK)
    row = card(home_of(window), SectionKey.MILESTONES_OVERDUE).rows[0]
    assert row.reason.first == "overdue by 1 day"
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    assert window.current_key() == "contracts"
    assert window.screens["contracts"].form.contract_id == row.item.contract_id  # type: ignore[attr-defined]


def test_nothing_to_do_shows_the_empty_state(qtbot, sqlite_db) -> None:
    make_member(sqlite_db)
    screen = home_of(window_for(qtbot, sqlite_db, SUPERVISOR))
    assert screen.pages.currentIndex() == 1 and not screen.cards
    assert screen.empty_title.text() == "Nothing needs attention today"
    assert screen.summary.text() == ""
    day = QLocale().toString(QDate(2026, 12, 1), QLocale.FormatType.LongFormat)
    assert screen.date_label.text() == day  # the fixed clock's day, in the locale


def test_a_viewer_sees_the_items_and_opens_them_read_only(qtbot, sqlite_db) -> None:
    member = make_member(sqlite_db)
    returned = listing(
        sqlite_db,
        member,
        "退回的需求",
        ListingStatus.RETURNED,
        updated_at=noon(-2),
        return_reasons="预算区间与需求内容不匹配。",
    )
    listing(sqlite_db, member, "待审核", ListingStatus.SUBMITTED, updated_at=noon(-1))
    window = window_for(qtbot, sqlite_db, VIEWER)
    screen = home_of(window)
    assert not screen.read_only_note.isHidden()
    assert "signed in as Viewer" in screen.read_only_note.text()
    assert list(screen.cards) == [SectionKey.LISTINGS_RETURNED]  # no verification queue
    row = card(screen, SectionKey.LISTINGS_RETURNED).rows[0]
    assert row.note.text() == "预算区间与需求内容不匹配。"
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    form: Any = window.screens["listings"].form  # type: ignore[attr-defined]
    assert form.listing_id == returned and not form.can_edit
    assert not form.save_action.isEnabled()


def test_a_clerk_does_not_get_the_read_only_note(qtbot, sqlite_db) -> None:
    screen = home_of(window_for(qtbot, sqlite_db, CLERK))
    assert screen.read_only_note.isHidden()


def test_refresh_shows_what_came_in(qtbot, sqlite_db) -> None:
    screen = HomeScreen(AppContext(sqlite_db, SUPERVISOR))
    qtbot.addWidget(screen)
    screen.activate()
    assert not screen.cards
    listing(sqlite_db, make_member(sqlite_db), "新提交", ListingStatus.SUBMITTED)
    screen.refresh_action.trigger()
    assert card(screen, SectionKey.LISTINGS_TO_VERIFY).count.text() == "1"
    assert screen.pages.currentIndex() == 0


def test_the_read_runs_in_the_background(qtbot, sqlite_db) -> None:
    listing(sqlite_db, make_member(sqlite_db), "新提交", ListingStatus.SUBMITTED)
    screen = HomeScreen(AppContext(sqlite_db, SUPERVISOR))
    qtbot.addWidget(screen)
    workers.set_synchronous(False)
    screen.refresh()
    assert screen.attention is None and screen.summary.text() == "Loading…"  # not yet delivered
    qtbot.waitUntil(lambda: screen.attention is not None, timeout=10_000)
    assert SectionKey.LISTINGS_TO_VERIFY in screen.cards


def test_a_failed_read_is_told_and_the_screen_stays(
    qtbot, sqlite_db, messages, monkeypatch
) -> None:
    def fail(*_args: Any, **_kwargs: Any) -> None:
        raise DatabaseUnavailableError("The connection to the database was lost.")

    monkeypatch.setattr(alerts, "attention", fail)
    screen = HomeScreen(AppContext(sqlite_db, CLERK))
    qtbot.addWidget(screen)
    screen.refresh()
    assert messages == ["The connection to the database was lost."]
    assert "Refresh to try again" in screen.summary.text()


def test_every_reason_the_services_give_is_marked_for_translation() -> None:
    assert set(REASONS) == set(alerts.TEMPLATES)


def test_a_row_opens_with_the_keyboard_too(qtbot, sqlite_db) -> None:
    listing(sqlite_db, make_member(sqlite_db), "退回的", ListingStatus.RETURNED)
    window = window_for(qtbot, sqlite_db, CLERK)
    row = card(home_of(window), SectionKey.LISTINGS_RETURNED).rows[0]
    assert isinstance(row, AttentionRow) and row.findChildren(QLabel)
    qtbot.keyClick(row, Qt.Key.Key_Return)
    assert window.current_key() == "listings"
