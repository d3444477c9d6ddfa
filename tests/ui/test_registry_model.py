"""The registry's table model: lazy pages, SQL sorting, labels, and Qt's model contract."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.services.member_search import MemberQuery, MemberRow
from app.ui.registry import model as m
from app.ui.registry.model import MemberTableModel


class FakeRegistry:
    """Stands in for the member services: sorts and pages a list, counts the calls."""

    def __init__(self, n: int) -> None:
        kinds = ["enterprise", "university", "research_institute"]
        self.rows = [
            MemberRow(
                f"id-{i:05d}",
                f"Member {i:05d}",
                f"M{i}",
                kinds[i % 3],
                f"City {i % 7}",
                "广东省",
                "C39;I65",
                "archived" if i % 10 == 0 else "active",
                f"Contact {i}",
                datetime(2026, 1, 1 + i % 28, 12, tzinfo=UTC),
            )
            for i in range(n)
        ]
        self.pages: list[tuple[int, int]] = []

    def fetch(self, query: MemberQuery, offset: int, limit: int) -> list[MemberRow]:
        self.pages.append((offset, limit))
        rows = sorted(self.rows, key=lambda r: getattr(r, query.sort), reverse=query.descending)
        return rows[offset : offset + limit]

    def count(self, query: MemberQuery) -> int:
        return len(self.rows)


def make_model(n: int, page_size: int = 200) -> tuple[MemberTableModel, FakeRegistry]:
    registry = FakeRegistry(n)
    model = MemberTableModel(registry.fetch, registry.count, page_size=page_size)
    model.set_query(MemberQuery())
    return model, registry


def test_model_passes_qt_model_tester(qtmodeltester) -> None:
    model, _ = make_model(450, page_size=100)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() > 0


def test_first_page_only_is_loaded_until_the_view_asks_for_more() -> None:
    model, registry = make_model(450)
    assert model.rowCount() == 200
    assert model.total == 450
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    assert registry.pages == [(0, 200), (200, 200), (400, 200)]


def test_fetch_more_announces_inserted_rows(qtbot) -> None:
    model, _ = make_model(250)
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.fetchMore(QModelIndex())
    assert inserted.args[1:] == [200, 249]


def test_sorting_requeries_in_order_and_starts_from_the_first_page() -> None:
    model, registry = make_model(450)
    model.fetchMore(QModelIndex())
    model.sort(m.NAME, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "name" and model.query.descending
    assert model.rowCount() == 200
    assert model.data(model.index(0, m.NAME)) == "Member 00449"
    assert registry.pages[-1] == (0, 200)


def test_sorting_a_column_that_sql_cannot_sort_changes_nothing() -> None:
    model, registry = make_model(10)
    calls = len(registry.pages)
    model.sort(m.CONTACT, Qt.SortOrder.AscendingOrder)
    assert len(registry.pages) == calls
    assert model.query.sort == "name"


def test_labels_are_translated_and_archived_rows_are_greyed() -> None:
    model, _ = make_model(20)
    assert model.data(model.index(1, m.KIND)) == "University"
    assert model.data(model.index(2, m.KIND)) == "Research institute"
    assert model.data(model.index(0, m.STATUS)) == "Archived"
    assert model.data(model.index(0, m.NAME), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, m.NAME), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(3, m.NAME), m.ID_ROLE) == "id-00003"


def test_sector_tooltip_names_each_sector() -> None:
    model, _ = make_model(1)
    tip = model.data(model.index(0, m.SECTORS), Qt.ItemDataRole.ToolTipRole)
    assert "C39" in tip and "I65" in tip and "\n" in tip


def test_updated_column_uses_the_locale_short_date() -> None:
    from PySide6.QtCore import QDate, QLocale

    model, _ = make_model(1)
    expected = QLocale().toString(QDate(2026, 1, 1), QLocale.FormatType.ShortFormat)
    assert model.data(model.index(0, m.UPDATED)) == expected


def test_set_query_resets_and_refresh_keeps_the_loaded_rows(qtbot) -> None:
    model, registry = make_model(450)
    model.fetchMore(QModelIndex())
    with qtbot.waitSignal(model.modelReset):
        model.refresh()
    assert model.rowCount() == 400
    assert registry.pages[-1] == (0, 400)
    model.set_query(replace(model.query, text="x"))
    assert model.rowCount() == 200


@pytest.mark.parametrize("signal", ["layoutChanged", "dataChanged"])
def test_emitting_a_model_signal_ten_thousand_times_does_not_crash(signal: str) -> None:
    """FACTS.md: PySide6 6.12 on CPython 3.11 aborted after a few thousand emits."""
    model, _ = make_model(5)
    received = []
    getattr(model, signal).connect(lambda *args: received.append(1))
    top, bottom = model.index(0, 0), model.index(4, m.UPDATED)
    for _ in range(10_000):
        if signal == "dataChanged":
            model.dataChanged.emit(top, bottom, [])
        else:
            model.layoutChanged.emit()
    assert len(received) == 10_000
