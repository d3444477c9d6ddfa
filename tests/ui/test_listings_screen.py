"""The Listings screen and the listing form as a clerk uses them: counters and limits, messages
next to the fields, the lifecycle actions, filters, expiry warnings, the member's page."""

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from app.models import Listing, ListingStatus, Role, utcnow
from app.services import listing_data, listing_search, listings
from app.services.listings import CHECKLIST, ListingData
from app.services.permissions import Action, Actor
from app.services.uow import UnitOfWork
from app.ui import labels
from app.ui.context import AppContext
from app.ui.listings import model as columns
from app.ui.listings.expiry import expire_listings_now
from app.ui.listings.form import ListingForm
from app.ui.listings.model import ListingTableModel
from app.ui.listings.screen import ListingsScreen
from app.ui.main_window import MainWindow
from app.ui.prompts import Confirm
from tests.ui.conftest import CLERK


def supervisor() -> Actor:
    return Actor("test-supervisor", Role.SUPERVISOR)


def data(member_id: str, **changes: Any) -> ListingData:
    made = ListingData(
        kind="demand",
        member_id=member_id,
        title="固态锂电池电解质量产工艺",
        summary="寻求硫化物固态电解质的量产工艺",
        description="需要能量密度大于400 Wh/kg的固态电池电解质技术。",
        keywords=["固态电池"],
        sectors=["C38"],
        trl="5",
        cooperation_types=["joint_rd"],
    )
    for key, value in changes.items():
        setattr(made, key, value)
    return made


@pytest.fixture
def add_listing(ctx: AppContext):
    """add_listing(member_id, status="draft", **fields) -> ListingDetail, committed."""

    def add(member_id: str, status: str = "draft", **changes: Any) -> listings.ListingDetail:
        detail = ctx.write(listings.create_listing, data(member_id, **changes), CLERK)
        if status in ("submitted", "published"):
            detail = ctx.write(listings.submit_listing, detail.id, CLERK)
        if status == "published":
            ticks = dict.fromkeys(CHECKLIST, True)
            detail = ctx.write(listings.publish_listing, detail.id, ticks, supervisor())
        return detail

    return add


def set_expiry(ctx: AppContext, listing_id: str, days: float) -> None:
    with UnitOfWork(ctx.db) as uow:
        uow.acting(CLERK, Action.EDIT_LISTINGS)
        listing = uow.session.get(Listing, listing_id)
        assert listing is not None
        listing.expires_at = utcnow() + timedelta(days=days)
        uow.commit()


@pytest.fixture
def screen(qtbot, ctx: AppContext) -> ListingsScreen:
    widget = ListingsScreen(ctx)
    qtbot.addWidget(widget)
    return widget


def titles(screen: ListingsScreen) -> list[str]:
    return [screen.model.row(r).title for r in range(screen.model.rowCount())]


def test_the_model_passes_qt_checks(qtbot, qtmodeltester, ctx, add_member, add_listing) -> None:
    member = add_member("常州新能源科技有限公司")
    for i in range(5):
        add_listing(member.id, title=f"Listing {i}")
    model = ListingTableModel(
        lambda query, offset, limit: ctx.read(
            listing_search.search_listings, query, offset=offset, limit=limit
        ),
        lambda query: ctx.read(listing_search.count_matching, query),
        page_size=2,
    )
    model.set_query(model.query)
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 4
    assert model.total == 5
    qtmodeltester.check(model)


def test_creating_a_demand_through_the_form(screen, qtbot, ctx, add_member, monkeypatch) -> None:
    member = add_member("常州新能源科技有限公司")
    screen.new_listing("demand", (member.id, member.data.name))
    form = screen.form
    assert form.title_label.text() == "New demand"
    form.lines["title"].setText("高精度锂电池热管理方案")
    form.summary.setPlainText("电池包温差控制在2°C以内")
    form.sectors.edit.setText("C38")
    form.cooperation["joint_rd"].setChecked(True)
    form.budget_min.setText("500,000")
    assert form.is_dirty()
    with qtbot.waitSignal(form.saved):
        form.save_action.trigger()
    stored = ctx.read(listings.get_listing, form.listing_id)
    assert stored.data.title == "高精度锂电池热管理方案"
    assert stored.data.cooperation_types == ["joint_rd"]
    assert stored.data.budget_min == "500000.00"
    assert stored.status == "draft"
    assert titles(screen) == ["高精度锂电池热管理方案"]
    assert screen.count_label.text() == "1 listing"


def test_counters_show_the_limits_and_too_long_text_is_refused_next_to_the_field(
    screen, qtbot, add_member, messages
) -> None:
    member = add_member("常州新能源科技有限公司")
    screen.new_listing("supply", (member.id, member.data.name))
    form: ListingForm = screen.form
    form.lines["title"].setText("电" * 150)
    assert form.counters["title"].text() == "150 / 200"
    form.lines["title"].setText("电" * 205)
    assert "205 / 200" in form.counters["title"].text()
    assert "5 too many" in form.counters["title"].text()
    form.summary.setPlainText("x" * 501)
    assert "1 too many" in form.counters["summary"].text()
    form.save_action.trigger()
    assert form.listing_id is None  # nothing saved
    assert form.error_labels["title"].isVisibleTo(form)
    assert "200" in form.error_labels["title"].text()
    assert form.error_labels["summary"].isVisibleTo(form)
    assert "not saved" in form.error_banner.text()
    assert messages  # and the clerk was told


def test_a_listing_without_a_member_is_refused_with_the_reason(screen, qtbot, messages) -> None:
    screen.new_listing("demand")
    screen.form.lines["title"].setText("Heat pump for cold climates")
    screen.form.save_action.trigger()
    assert screen.form.listing_id is None
    assert screen.form.error_labels["member_id"].isVisibleTo(screen.form)
    assert screen.form.error_labels["member_id"].text()


def test_demand_and_supply_ask_for_different_things(screen, add_member) -> None:
    screen.new_listing("demand")
    form = screen.form
    assert form.description_label.text() == "Technical specification sought"
    assert form.terms_form.isRowVisible(form.budget_row.parentWidget())
    screen.new_listing("supply")
    assert form.description_label.text() == "Advantages and innovations"
    assert form.trl_label.text() == "Readiness (TRL)"
    assert not form.terms_form.isRowVisible(form.budget_row.parentWidget())


def test_submit_makes_the_listing_read_only_and_offers_withdraw(
    screen, qtbot, ctx, add_member, add_listing, monkeypatch
) -> None:
    member = add_member("常州新能源科技有限公司")
    draft = add_listing(member.id)
    screen.refresh()
    screen.open_listing(draft.id)
    form = screen.form
    assert form.submit_action.isEnabled()
    with qtbot.waitSignal(form.saved):
        form.submit_action.trigger()
    assert ctx.read(listings.get_listing, draft.id).status == "submitted"
    assert form.lines["title"].isReadOnly()
    assert not form.save_action.isEnabled()
    assert not form.submit_action.isEnabled()
    assert "Waiting for verification" in form.notice.text()
    assert form.withdraw_action.isEnabled()
    assert not form.archive_action.isEnabled()  # submitted → archived is not a transition
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda *_a: True))
    with qtbot.waitSignal(form.saved):
        form.withdraw_action.trigger()
    assert ctx.read(listings.get_listing, draft.id).status == "withdrawn"
    assert screen.model.row(0).status == "withdrawn"


def test_a_returned_listing_shows_the_reasons_and_can_be_edited(
    screen, ctx, add_member, add_listing
) -> None:
    member = add_member("常州新能源科技有限公司")
    submitted = add_listing(member.id, status="submitted")
    ctx.write(listings.return_listing, submitted.id, "预算范围不清楚，请补充。", supervisor())
    screen.refresh()
    screen.open_listing(submitted.id)
    assert "预算范围不清楚" in screen.form.notice.text()
    assert not screen.form.lines["title"].isReadOnly()
    assert screen.form.submit_action.isEnabled()
    screen.form.tabs.setCurrentIndex(1)
    assert "预算范围不清楚" in screen.form.verification.text()


def test_filters_narrow_the_table(screen, ctx, add_member, add_listing, qtbot) -> None:
    company = add_member("常州新能源科技有限公司")
    university = add_member("清华大学", kind="university")
    add_listing(company.id, title="锂电池热管理需求")
    add_listing(university.id, kind="supply", title="Membrane desalination", sectors=["N77"])
    add_listing(company.id, status="published", title="固态电解质需求")
    screen.refresh()
    assert len(titles(screen)) == 3
    screen.kind_filter.setCurrentIndex(screen.kind_filter.findData("supply"))
    assert titles(screen) == ["Membrane desalination"]
    screen.clear_filters()
    screen.status_filter.setCurrentIndex(screen.status_filter.findData("published"))
    assert titles(screen) == ["固态电解质需求"]
    screen.clear_filters()
    screen.search.setText("热管理")
    screen.apply_filter()
    assert titles(screen) == ["锂电池热管理需求"]
    screen.clear_filters()
    screen.filter_member((university.id, "清华大学"))
    assert titles(screen) == ["Membrane desalination"]
    assert "清华大学" in screen.member_button.text()
    screen.search.setText("nothing like this")
    screen.apply_filter()
    assert screen.stack.currentIndex() == 1
    assert "No listing matches" in screen.empty.label.text()
    screen.empty.button.click()
    assert len(titles(screen)) == 3


def test_expiring_listings_are_flagged_in_the_banner_table_and_form(
    screen, ctx, add_member, add_listing
) -> None:
    member = add_member("常州新能源科技有限公司")
    soon = add_listing(member.id, status="published", title="Soon")
    add_listing(member.id, status="published", title="Later")
    set_expiry(ctx, soon.id, 10)
    screen.refresh()
    assert screen.banner.isVisibleTo(screen)
    assert "1 published listing expires within 14 days" in screen.banner_label.text()
    screen.banner_button.click()
    assert titles(screen) == ["Soon"]
    assert screen.expiring_filter.isChecked()
    index = screen.model.index(0, columns.EXPIRES)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    screen.open_listing(soon.id)
    assert "Expires in" in screen.form.notice.text()
    assert screen.form.extend_action.isEnabled()


def test_extending_once(screen, qtbot, ctx, add_member, add_listing, monkeypatch) -> None:
    member = add_member("常州新能源科技有限公司")
    listing = add_listing(member.id, status="published")
    set_expiry(ctx, listing.id, 5)
    screen.refresh()
    screen.open_listing(listing.id)
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda *_a: True))
    with qtbot.waitSignal(screen.form.saved):
        screen.form.extend_action.trigger()
    stored = ctx.read(listings.get_listing, listing.id)
    assert stored.extended
    assert stored.expires_at is not None and stored.expires_at > utcnow() + timedelta(days=300)
    assert not screen.form.extend_action.isEnabled()


def test_a_viewer_reads_but_cannot_change(qtbot, sqlite_db, add_member) -> None:
    viewer_ctx = AppContext(sqlite_db, Actor("viewer", Role.VIEWER))
    member = add_member("常州新能源科技有限公司")
    AppContext(sqlite_db, CLERK).write(listings.create_listing, data(member.id), CLERK)
    screen = ListingsScreen(viewer_ctx)
    qtbot.addWidget(screen)
    screen.table.selectRow(0)
    assert screen.form.listing_id is not None
    assert screen.form.lines["title"].isReadOnly()
    assert not screen.new_demand_action.isVisible()
    assert "signed in as" in screen.form.read_only_note.text()


def test_the_member_page_lists_its_listings_and_opens_one(
    qtbot, ctx, add_member, add_listing
) -> None:
    member = add_member("常州新能源科技有限公司")
    other = add_member("清华大学")
    first = add_listing(member.id, title="需求一")
    add_listing(member.id, kind="supply", title="成果二")
    add_listing(other.id, title="别人的")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_screen("registry")
    registry = window.screen_widget("registry")
    registry.select_member(member.id)
    panel = registry.form.listings
    assert sorted(r.title for r in panel.model.rows) == ["成果二", "需求一"]
    assert "1 demands, 1 supplies" in panel.summary.text()
    row = next(i for i, r in enumerate(panel.model.rows) if r.id == first.id)
    panel.table.doubleClicked.emit(panel.model.index(row, 0))
    assert window.current_key() == "listings"
    assert window.screen_widget("listings").form.listing_id == first.id


def test_new_listing_from_the_member_page_has_the_member_filled_in(qtbot, ctx, add_member) -> None:
    member = add_member("常州新能源科技有限公司")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_screen("registry")
    registry = window.screen_widget("registry")
    registry.select_member(member.id)
    registry.form.listings.new_supply.click()
    form = window.screen_widget("listings").form
    assert window.current_key() == "listings"
    assert form.data().member_id == member.id
    assert form.data().kind == "supply"


def test_expiry_at_start_up_expires_due_listings(qtbot, ctx, add_member, add_listing) -> None:
    member = add_member("常州新能源科技有限公司")
    due = add_listing(member.id, status="published", title="Due")
    fresh = add_listing(member.id, status="published", title="Fresh")
    set_expiry(ctx, due.id, -1)
    window = QMainWindow()
    qtbot.addWidget(window)
    expire_listings_now(window, ctx)
    assert ctx.read(listings.get_listing, due.id).status == ListingStatus.EXPIRED
    assert ctx.read(listings.get_listing, fresh.id).status == ListingStatus.PUBLISHED
    assert "expired" in window.statusBar().currentMessage()


def test_ui_checklist_labels_cover_the_service_checklist() -> None:
    assert set(labels.CHECKLIST) == set(CHECKLIST)
    assert listing_data.TITLE_MAX == 200


def test_a_listings_history_tells_its_verification_and_status_moves(
    ctx, add_member, add_listing
) -> None:
    from app.services.audit import record_history
    from app.ui.history import history_lines

    member = add_member("常州新能源科技有限公司")
    listing = add_listing(member.id, status="published")
    rows = ctx.read(record_history, "listing", listing.id)
    texts = [line.text for line in history_lines(rows, "listing", listing.id, {})]
    assert any("verified the listing and published it" in t for t in texts)
    assert any("Status from “Submitted” to “Published”" in t for t in texts)
    assert any("Status from “Draft” to “Submitted”" in t for t in texts)
    assert not any("search" in t.lower() for t in texts)
