"""The supervisor's Verification screen: the queue, the checks and checklist, publishing and
returning; and the read-only listing view the listing form embeds."""

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMainWindow

from app.db import Database
from app.models import Role
from app.services import listings
from app.services.listing_data import ListingData, ListingDetail, VerificationRecord
from app.services.permissions import Actor
from app.services.uow import UnitOfWork
from app.ui.context import AppContext
from app.ui.listings.detail import ListingView, amount_text, verification_html
from app.ui.listings.verification import QueueModel, ReturnDialog, VerificationScreen
from app.ui.screens import SCREENS

CLERK = Actor("clerk-li", Role.CLERK)
SUPERVISOR = Actor("supervisor-zhao", Role.SUPERVISOR)
COLLEAGUE = Actor("supervisor-qian", Role.SUPERVISOR)
TICKED = dict.fromkeys(listings.CHECKLIST, True)


def listing_data(member_id: str, title: str, **changes: Any) -> ListingData:
    data = ListingData(
        kind="demand",
        member_id=member_id,
        title=title,
        summary="寻求量产工艺与中试合作",
        description="需要能量密度大于400 Wh/kg的技术，用于电动汽车。",
        keywords=["固态电池"],
        sectors=["C38"],
        trl="6",
        cooperation_types=["joint_rd"],
        budget_min="500000",
        budget_max="2000000",
        region="江苏省",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def run(db: Database, fn: Any, *args: Any, **kwargs: Any) -> Any:
    with UnitOfWork(db) as uow:
        result = fn(uow, *args, **kwargs)
        uow.commit()
    return result


@pytest.fixture
def member_id(add_member) -> str:
    return str(add_member("常州新能源科技有限公司").id)


@pytest.fixture
def draft(sqlite_db: Database, member_id: str):
    """draft(title, **fields) -> ListingDetail of a new draft."""

    def make(title: str, **changes: Any) -> ListingDetail:
        data = listing_data(changes.pop("member_id", member_id), title, **changes)
        return run(sqlite_db, listings.create_listing, data, CLERK)  # type: ignore[no-any-return]

    return make


@pytest.fixture
def submitted(sqlite_db: Database, draft):
    """submitted(title, **fields) -> ListingDetail, handed in for verification."""

    def make(title: str, **changes: Any) -> ListingDetail:
        detail = draft(title, **changes)
        return run(sqlite_db, listings.submit_listing, detail.id, CLERK)  # type: ignore[no-any-return]

    return make


@pytest.fixture
def screen(qtbot, sqlite_db: Database) -> VerificationScreen:
    widget = VerificationScreen(AppContext(sqlite_db, SUPERVISOR))
    qtbot.addWidget(widget)
    return widget


def answer(monkeypatch: pytest.MonkeyPatch, cls: type, reply: Any) -> list[tuple]:
    asked: list[tuple] = []
    monkeypatch.setattr(cls, "ask", classmethod(lambda _c, *a, **k: asked.append(a) or reply))
    return asked


def titles(screen: VerificationScreen) -> list[str]:
    return [row.title for row in screen.model.rows]


def tick(screen: VerificationScreen, *keys: str) -> None:
    for key in keys or tuple(listings.CHECKLIST):
        screen.ticks[key].setChecked(True)


def read(db: Database, fn: Any, *args: Any) -> Any:
    with UnitOfWork(db) as uow:
        return fn(uow, *args)


# -- the queue ------------------------------------------------------------------------------------


def test_the_queue_shows_submitted_listings_only_longest_waiting_first(
    qtbot, sqlite_db, draft, submitted, qtmodeltester
) -> None:
    first, second = draft("固态电解质量产"), draft("工业视觉缺陷检测")
    draft("只是草稿")
    run(sqlite_db, listings.submit_listing, second.id, CLERK)  # handed in first
    run(sqlite_db, listings.submit_listing, first.id, CLERK)
    published = submitted("已发布的需求")
    run(sqlite_db, listings.publish_listing, published.id, TICKED, SUPERVISOR)
    screen = VerificationScreen(AppContext(sqlite_db, SUPERVISOR))
    qtbot.addWidget(screen)
    assert titles(screen) == ["工业视觉缺陷检测", "固态电解质量产"]
    assert screen.count_label.text() == "2 listings wait for verification"
    assert screen.model.index(0, QueueModel.KIND).data() == "Demand"
    assert screen.table.isColumnHidden(QueueModel.REFERENCE)  # none has a reference yet
    assert screen.current is not None and screen.current.detail.data.title == "工业视觉缺陷检测"
    assert "工业视觉缺陷检测" in screen.view.text()
    qtmodeltester.check(screen.model, force_py=True)


def test_an_empty_queue_says_so(screen: VerificationScreen) -> None:
    assert screen.pages.currentWidget() is screen.empty
    assert "Nothing waits for verification." in screen.empty.text()
    assert screen.count_label.text() == ""
    assert not screen.publish_button.isEnabled() and not screen.return_button.isEnabled()


def test_activating_the_screen_loads_newly_submitted_listings(screen, submitted) -> None:
    submitted("新提交的需求")
    assert titles(screen) == []
    screen.activate()
    assert titles(screen) == ["新提交的需求"]
    assert screen.pages.currentWidget() is screen.splitter
    assert screen.count_label.text() == "1 listing waits for verification"


def test_an_anonymous_listing_shows_its_member_inside_the_office(
    qtbot, sqlite_db, submitted
) -> None:
    submitted("匿名需求", confidentiality="anonymous")
    screen = VerificationScreen(AppContext(sqlite_db, SUPERVISOR))
    qtbot.addWidget(screen)
    assert screen.model.index(0, QueueModel.MEMBER).data() == "常州新能源科技有限公司 (anonymous)"


# -- checks and checklist -------------------------------------------------------------------------


def test_publish_is_disabled_until_all_three_ticks(qtbot, sqlite_db, submitted) -> None:
    submitted("固态电解质量产")
    screen = VerificationScreen(AppContext(sqlite_db, SUPERVISOR))
    qtbot.addWidget(screen)
    assert not screen.publish_button.isEnabled()
    assert "tick every item of the checklist (3 of 3 open)" in screen.publish_button.toolTip()
    keys = list(listings.CHECKLIST)
    tick(screen, keys[0], keys[1])
    assert not screen.publish_button.isEnabled()
    assert "(1 of 3 open)" in screen.publish_hint.text()
    tick(screen, keys[2])
    assert screen.publish_button.isEnabled()
    assert screen.publish_hint.text() == ""
    assert screen.return_button.isEnabled()


def test_a_suspended_member_keeps_publish_disabled_and_says_why(
    qtbot, sqlite_db, add_member, submitted
) -> None:
    suspended = add_member("深圳市华星光电技术有限公司", status="suspended")
    submitted("OLED柔性显示封装材料", member_id=suspended.id)
    screen = VerificationScreen(AppContext(sqlite_db, SUPERVISOR))
    qtbot.addWidget(screen)
    tick(screen)
    assert not screen.publish_button.isEnabled()
    reason = "“深圳市华星光电技术有限公司” is suspended, not active"
    assert reason in screen.publish_button.toolTip()
    assert reason in screen.publish_hint.text() and not screen.publish_hint.isHidden()
    member_check = next(x for x in screen.check_labels if x.objectName() == "check_member_active")
    assert "✗" in member_check.text() and "#b00020" in member_check.text()
    assert screen.return_button.isEnabled()  # it can still go back to the clerk


def test_a_similar_published_listing_warns_and_names_it_but_does_not_block(
    qtbot, sqlite_db, submitted, add_member
) -> None:
    other = add_member("苏州纳米材料有限公司")
    earlier = submitted("固态锂电池电解质量产技术", member_id=other.id)
    published = run(sqlite_db, listings.publish_listing, earlier.id, TICKED, SUPERVISOR)
    submitted("固态锂电池电解质量产技术方案")
    screen = VerificationScreen(AppContext(sqlite_db, SUPERVISOR))
    qtbot.addWidget(screen)
    similar = next(x for x in screen.check_labels if x.objectName() == "check_similar_listing")
    assert "⚠" in similar.text()
    assert published.reference in similar.text() and "苏州纳米材料有限公司" in similar.text()
    tick(screen)
    assert screen.publish_button.isEnabled()


# -- publishing and returning ---------------------------------------------------------------------


def test_publishing_gives_a_reference_keeps_the_ticks_and_moves_to_the_next(
    qtbot, sqlite_db, submitted
) -> None:
    first = submitted("固态电解质量产")
    submitted("工业视觉缺陷检测")
    screen = VerificationScreen(AppContext(sqlite_db, SUPERVISOR))
    qtbot.addWidget(screen)
    tick(screen)
    screen.publish_button.click()
    stored = read(sqlite_db, listings.get_listing, first.id)
    assert stored.status == "published" and stored.reference.startswith("D-")
    (record,) = read(sqlite_db, listings.listing_verifications, first.id)
    assert (record.outcome, record.verified_by) == ("published", "supervisor-zhao")
    assert record.checks["checklist"] == TICKED
    assert {c["name"] for c in record.checks["automatic"]} >= {"member_active", "limits"}
    assert titles(screen) == ["工业视觉缺陷检测"]
    assert screen.current is not None and screen.current.detail.data.title == "工业视觉缺陷检测"
    assert not any(box.isChecked() for box in screen.ticks.values())  # a new listing, no ticks
    assert screen.notice.text().startswith(f"Published as {stored.reference}; valid until ")


def test_publishing_inside_a_main_window_says_so_in_its_status_bar(
    qtbot, sqlite_db, submitted
) -> None:
    submitted("固态电解质量产")
    window = QMainWindow()
    qtbot.addWidget(window)
    screen = VerificationScreen(AppContext(sqlite_db, SUPERVISOR))
    window.setCentralWidget(screen)
    tick(screen)
    screen.publish_button.click()
    assert window.statusBar().currentMessage().startswith("Published as D-")
    assert screen.pages.currentWidget() is screen.empty


def test_returning_with_reasons_stores_and_shows_them(
    qtbot, sqlite_db, submitted, monkeypatch
) -> None:
    listing = submitted("工业视觉缺陷检测")
    screen = VerificationScreen(AppContext(sqlite_db, SUPERVISOR))
    qtbot.addWidget(screen)
    tick(screen, "identity_confirmed")
    reasons = "预算范围不清楚；\n请说明部署案例。"
    asked = answer(monkeypatch, ReturnDialog, reasons)
    screen.return_button.click()
    assert asked == [(screen, "工业视觉缺陷检测")]
    stored = read(sqlite_db, listings.get_listing, listing.id)
    assert stored.status == "returned" and stored.return_reasons == reasons
    (record,) = read(sqlite_db, listings.listing_verifications, listing.id)
    assert record.outcome == "returned" and record.reasons == reasons
    assert record.checks["checklist"]["identity_confirmed"] is True
    assert record.checks["checklist"]["ip_plausible"] is False
    assert titles(screen) == []
    assert screen.notice.text() == "Returned “工业视觉缺陷检测” to the clerk."
    view = ListingView()
    qtbot.addWidget(view)
    view.show_listing(stored, [record], "en")
    text = view.text()
    assert "Returned to the clerk. Reasons:" in text
    assert "预算范围不清楚；\n请说明部署案例。" in text
    assert "Returned on" in text and "by supervisor-zhao" in text


def test_cancelling_the_return_changes_nothing(qtbot, sqlite_db, submitted, monkeypatch) -> None:
    listing = submitted("工业视觉缺陷检测")
    screen = VerificationScreen(AppContext(sqlite_db, SUPERVISOR))
    qtbot.addWidget(screen)
    answer(monkeypatch, ReturnDialog, None)
    screen.return_button.click()
    assert read(sqlite_db, listings.get_listing, listing.id).status == "submitted"
    assert titles(screen) == ["工业视觉缺陷检测"]


def test_the_return_dialog_needs_a_reason(qtbot) -> None:
    dialog = ReturnDialog("工业视觉缺陷检测")
    qtbot.addWidget(dialog)
    assert "Return “工业视觉缺陷检测” to the clerk." in dialog.intro.text()
    assert not dialog.return_button.isEnabled()
    dialog.reasons.setPlainText("   \n ")
    assert not dialog.return_button.isEnabled()
    dialog.reasons.setPlainText("请补充检测速度。")
    assert dialog.return_button.isEnabled()
    assert dialog.reason_text() == "请补充检测速度。"


def test_a_listing_a_colleague_handled_meanwhile_gives_a_message(
    qtbot, sqlite_db, submitted, messages
) -> None:
    first = submitted("固态电解质量产")
    submitted("工业视觉缺陷检测")
    screen = VerificationScreen(AppContext(sqlite_db, SUPERVISOR))
    qtbot.addWidget(screen)
    run(sqlite_db, listings.return_listing, first.id, "重复", COLLEAGUE)
    tick(screen)
    screen.publish_button.click()
    assert len(messages) == 1
    assert "“固态电解质量产” was changed by supervisor-qian after you opened it" in messages[0]
    assert "it is now returned" in messages[0]
    assert read(sqlite_db, listings.get_listing, first.id).status == "returned"
    assert len(read(sqlite_db, listings.listing_verifications, first.id)) == 1  # the colleague's
    assert titles(screen) == ["工业视觉缺陷检测"]
    assert screen.current is not None and screen.current.detail.data.title == "工业视觉缺陷检测"


def test_a_listing_withdrawn_meanwhile_gives_a_message(
    qtbot, sqlite_db, submitted, messages, monkeypatch
) -> None:
    listing = submitted("固态电解质量产")
    screen = VerificationScreen(AppContext(sqlite_db, SUPERVISOR))
    qtbot.addWidget(screen)
    run(sqlite_db, listings.withdraw_listing, listing.id, CLERK)
    answer(monkeypatch, ReturnDialog, "不完整")
    screen.return_button.click()
    assert len(messages) == 1 and "it is now withdrawn" in messages[0]
    assert screen.pages.currentWidget() is screen.empty


def test_a_clerk_is_not_offered_the_screen_and_cannot_use_it(qtbot, sqlite_db, submitted) -> None:
    submitted("固态电解质量产")
    offered = {role: [s.key for s in SCREENS if s.offered_to(Actor("a", role))] for role in Role}
    assert "verification" not in offered[Role.CLERK] + offered[Role.VIEWER]
    assert "verification" in offered[Role.SUPERVISOR] and "verification" in offered[Role.ADMIN]
    screen = VerificationScreen(AppContext(sqlite_db, CLERK))  # reached anyway
    qtbot.addWidget(screen)
    tick(screen)
    assert not screen.publish_button.isEnabled() and not screen.return_button.isEnabled()


# -- the read-only listing view -------------------------------------------------------------------


@pytest.fixture
def locale() -> Iterator[None]:
    previous = QLocale()
    yield
    QLocale.setDefault(previous)


def shown(qtbot, detail: ListingDetail, records: list[VerificationRecord], lang: str = "en") -> str:
    view = ListingView()
    qtbot.addWidget(view)
    view.show_listing(detail, records, lang)
    return view.text()


def test_the_view_notes_an_anonymous_listing_and_still_names_the_member(qtbot, draft) -> None:
    anonymous = shown(qtbot, draft("匿名需求", confidentiality="anonymous"), [])
    assert "Published anonymously" in anonymous and "常州新能源科技有限公司" in anonymous
    public = shown(qtbot, draft("公开需求"), [])
    assert "Published anonymously" not in public and "常州新能源科技有限公司" in public


def test_the_view_shows_user_text_literally(qtbot, draft) -> None:
    detail = draft("<b>Fast</b> charging & more", description='<img src="x"> <a href="y">z</a>')
    text = shown(qtbot, detail, [])
    assert "<b>Fast</b> charging & more" in text
    assert '<img src="x"> <a href="y">z</a>' in text


def test_the_view_names_sectors_in_the_ui_language(qtbot, draft) -> None:
    detail = draft("传感器", sectors=["C38", "I65"])
    english = shown(qtbot, detail, [])
    assert "C38 Electrical machinery and equipment" in english
    assert "I65 Software and IT services" in english
    assert "C38 电气机械和器材制造业" in shown(qtbot, detail, [], "zh")


def test_budgets_follow_the_locale(qtbot, draft, locale) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert "500,000.00 – 2,000,000.00 CNY" in shown(qtbot, draft("预算"), [])
    assert amount_text("999999999999.99") == "999,999,999,999.99"
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert amount_text("1234567.5") == "1.234.567,50"
    assert "up to 800.000,00 CNY" in shown(
        qtbot, draft("预算", budget_min="", budget_max="8e5"), []
    )


def test_the_verification_history_lists_each_check_and_tick() -> None:
    moment = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    record = VerificationRecord(
        "v1",
        "published",
        "supervisor-zhao",
        moment,
        {
            "automatic": [
                {"name": "member_active", "ok": True, "blocking": True, "message": "active <ok>"},
                {"name": "similar_listing", "ok": False, "blocking": False, "message": "similar"},
            ],
            "checklist": {"identity_confirmed": True, "description_plausible": False},
        },
        "",
    )
    html = verification_html([record])
    assert "Published on" in html and "by supervisor-zhao" in html
    assert "✓" in html and "active &lt;ok&gt;" in html
    assert "⚠" in html and "Similar listings" in html
    assert "☑</span> The identity of the member is confirmed" in html
    assert "☐</span> The description is plausible" in html
    assert "☐</span> The IP status is plausible" in html
    assert "Not verified yet." in verification_html([])


def test_publishing_a_supply_that_fits_an_open_demand_makes_a_new_match(
    qtbot, sqlite_db, submitted, add_member
) -> None:
    from app.services import matches, matching

    matching.forget_indexes()
    demand = submitted("动力电池包液冷热管理方案")
    screen = VerificationScreen(AppContext(sqlite_db, SUPERVISOR))
    qtbot.addWidget(screen)
    tick(screen)
    screen.publish_button.click()  # the demand: no supply yet, nothing suggested
    assert read(sqlite_db, matches.new_matches, SUPERVISOR) == []
    lab = add_member("江南大学", kind="university")
    supply = submitted(
        "电池包液冷板与热管理设计",
        kind="supply",
        member_id=lab.id,
        summary="液冷板热管理方案，快充时电芯温差小于3°C",
        description="动力电池包液冷热管理：液冷板流道仿真设计，已在储能和电动汽车电池包应用。",
    )
    screen.activate()
    tick(screen)
    screen.publish_button.click()
    (new,) = read(sqlite_db, matches.new_matches, SUPERVISOR)
    assert (new.demand_id, new.supply_id) == (demand.id, supply.id)
    assert "strong matches are waiting" in screen.notice.text()
    matching.forget_indexes()
