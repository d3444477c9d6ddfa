"""The matching workspace: rank, compare with highlighted shared terms, propose, dismiss with a
reason (remembered), match everything (saved, or nothing when cancelled), weights in Settings."""

import json
import threading

import pytest
from PySide6.QtWidgets import QProgressDialog

from app.models.enums import MatchStatus
from app.services import matches, matching
from app.settings import Settings, configured_weights
from app.ui import workers
from app.ui.context import AppContext
from app.ui.matching import run_all
from app.ui.matching.dialogs import DismissDialog, ProposeDialog
from app.ui.matching.screen import MatchingScreen
from app.ui.matching.suggestions import SCORE_ROLE
from app.ui.matching.weights import WeightsSection
from tests.ui.conftest import CLERK
from tests.ui.test_matches_board import publish


@pytest.fixture(autouse=True)
def fresh_index():
    matching.forget_indexes()
    yield
    matching.forget_indexes()


@pytest.fixture
def listings(ctx: AppContext, add_member) -> dict[str, str]:
    company = add_member("常州新能源科技有限公司")
    university = add_member("清华大学", kind="university")
    other = add_member("苏州纺织研究所", kind="research_institute")
    return {
        "demand": publish(ctx, company.id, "demand", "动力电池包热管理液冷方案"),
        "answer": publish(ctx, university.id, "supply", "Liquid cooling plates for battery packs"),
        "other": publish(ctx, other.id, "supply", "Dyeing wastewater decolourisation"),
    }


@pytest.fixture
def screen(qtbot, ctx: AppContext) -> MatchingScreen:
    widget = MatchingScreen(ctx)
    qtbot.addWidget(widget)
    return widget


def titles(screen: MatchingScreen) -> list[str]:
    return [s.title for s in screen.model.rows]


def test_choosing_a_demand_ranks_supplies_and_compares_the_best(screen, listings) -> None:
    screen.load_choices()
    assert screen.choices.count() == 1
    screen.choices.setCurrentRow(0)
    assert screen.subject is not None and screen.subject.id == listings["demand"]
    assert titles(screen)[0] == "Liquid cooling plates for battery packs"
    assert screen.model.index(0, 0).data(SCORE_ROLE) > 0
    assert screen.model.rows[0].reasons  # reasons in words
    assert screen.table.currentIndex().row() == 0
    html = screen.compare.right.toHtml()
    assert "background-color:#fff2a8" in html or "#fff2a8" in html  # shared terms marked
    assert screen.propose_button.isEnabled()


def test_supplies_side_finds_demands(screen, listings) -> None:
    screen.kind.setCurrentIndex(screen.kind.findData("supply"))
    assert screen.choices.count() == 2
    screen.choose(listings["answer"])
    assert titles(screen)[:1] == ["动力电池包热管理液冷方案"]


def test_proposing_creates_a_proposed_match(screen, ctx, listings, monkeypatch) -> None:
    screen.choose(listings["demand"])
    monkeypatch.setattr(ProposeDialog, "ask", classmethod(lambda *_a: "先电话联系"))
    screen.propose()
    rows = ctx.read(matches.matches_by_status, MatchStatus.PROPOSED.value)
    assert [(r.demand_id, r.supply_id) for r in rows] == [
        (listings["demand"], screen.model.rows[0].listing_id)
    ]
    detail = ctx.read(matches.get_match, rows[0].id)
    assert detail.note == "先电话联系"
    assert detail.breakdown.reasons  # the engine's reasons kept with the match
    assert "Proposed" in screen.status.text()


def test_not_relevant_is_remembered_with_its_reason(screen, ctx, listings, monkeypatch) -> None:
    screen.choose(listings["demand"])
    first = screen.model.rows[0]
    monkeypatch.setattr(DismissDialog, "ask", classmethod(lambda *_a: ("other", "已合作过")))
    screen.dismiss()
    assert first.listing_id not in [s.listing_id for s in screen.model.rows]
    assert first.listing_id in ctx.read(matches.dismissed_supply_ids, listings["demand"])
    screen.refresh()  # ranked again: the dismissed supply stays away
    assert first.listing_id not in [s.listing_id for s in screen.model.rows]


def test_match_everything_saves_suggestions(screen, ctx, listings, messages) -> None:
    screen.everything_action.trigger()
    saved = ctx.read(matches.matches_by_status, MatchStatus.SUGGESTED.value)
    assert {r.demand_id for r in saved} == {listings["demand"]}
    assert messages and "1 demands ranked" in messages[0]


def test_a_cancelled_match_everything_saves_nothing(ctx, listings) -> None:
    with pytest.raises(run_all._Cancelled):
        ctx.write(run_all.match_everything, CLERK, lambda _d, _t: None, lambda: True)
    assert ctx.read(matches.matches_by_status, MatchStatus.SUGGESTED.value) == []


def test_weights_are_kept_in_settings(qtbot) -> None:
    settings = Settings()
    section = WeightsSection(settings)
    qtbot.addWidget(section)
    assert configured_weights(settings) == matching.DEFAULT_WEIGHTS
    section.spins["text"].setValue(0.9)
    section.apply_to(settings)
    assert json.loads(settings.match_weights)["text"] == 0.9
    assert configured_weights(settings).text == 0.9
    section.defaults.click()
    section.apply_to(settings)
    assert settings.match_weights == ""
    for spin in section.spins.values():
        spin.setValue(0)
    assert section.weights() is None
    broken = Settings(match_weights="{not json")
    assert configured_weights(broken) == matching.DEFAULT_WEIGHTS


def test_cancel_in_the_progress_window_saves_nothing(
    qtbot, screen, ctx, listings, monkeypatch
) -> None:
    """A real background run: the clerk presses Cancel while it ranks; nothing is kept."""
    real = matching.rank_all
    started, go_on = threading.Event(), threading.Event()

    def slow(uow, **kwargs):  # type: ignore[no-untyped-def]
        progress = kwargs.pop("progress")
        results = real(uow, **kwargs)
        started.set()
        go_on.wait(10)
        progress(1, 2, "")  # the next step notices the cancel
        return results

    monkeypatch.setattr(run_all.matching, "rank_all", slow)
    workers.set_synchronous(False)
    try:
        screen.everything_action.trigger()
        qtbot.waitUntil(started.is_set, timeout=10_000)
        dialog = screen.findChild(QProgressDialog)
        assert dialog is not None
        dialog.canceled.emit()  # what its Cancel button does
        go_on.set()
        assert workers.wait_for_all(10_000)
        qtbot.wait(50)  # the worker's outcome is delivered on the GUI thread
    finally:
        workers.set_synchronous(True)
    assert ctx.read(matches.matches_by_status, MatchStatus.SUGGESTED.value) == []
