"""The Conflicts screen: a record changed on the laptop and in the office is shown field by
field, version A beside version B; the clerk keeps A, takes B or merges by ticking per field;
the result is in the data (and syncs back); viewers read but cannot resolve."""

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from app.db import Database
from app.models import Role
from app.services import conflicts, members, sync
from app.services.conflicts import ConflictField, ConflictRow
from app.services.permissions import Actor
from app.services.uow import UnitOfWork
from app.ui.context import AppContext
from app.ui.sync.conflicts_model import ConflictFieldsModel, ConflictListModel
from app.ui.sync.conflicts_screen import ConflictsScreen

from .conftest import CLERK
from .sync_fixtures import edit_member, laptop, member_id, office

__all__ = ["laptop", "office"]  # fixtures

CHECK = Qt.ItemDataRole.CheckStateRole
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


@pytest.fixture
def conflicted(laptop: Database, office: Database) -> Database:
    """The laptop after a sync that found 浙江大学 changed on both sides."""
    edit_member(laptop, "浙江大学", city="宁波", website="https://www.zju.edu.cn")
    edit_member(office, "浙江大学", city="温州", address="余杭塘路866号")
    summary = sync.sync(laptop, office, CLERK)
    assert summary.new_conflicts == 1
    return laptop


def screen_for(qtbot, db: Database, actor: Actor = CLERK) -> ConflictsScreen:
    screen = ConflictsScreen(AppContext(db, actor))
    qtbot.addWidget(screen)
    return screen


def table_rows(screen: ConflictsScreen) -> list[list[str]]:
    model = screen.fields_model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def field_row(screen: ConflictsScreen, label: str) -> int:
    return [row[0] for row in table_rows(screen)].index(label)


def city(db: Database) -> str:
    with UnitOfWork(db) as uow:
        return members.get_member(uow, member_id(db, "浙江大学")).data.city


def test_the_conflict_is_listed_and_shown_field_by_field(qtbot, conflicted) -> None:
    screen = screen_for(qtbot, conflicted)
    assert screen.count_label.text() == "1 conflict to resolve"
    listed = [screen.model.index(0, c).data() for c in range(screen.model.columnCount())]
    assert "浙江大学" in listed[0]
    assert listed[1] == "Changed on both sides" and listed[4] == "Open"
    assert "test-clerk" in listed[2] and "test-clerk" in listed[3]
    assert {"here", "on the shared database"} & set(" ".join(listed[2:4]).split(" · "))
    assert screen.details.currentIndex() == 1  # the first conflict is open beside the list
    rows = {row[0]: row[1:] for row in table_rows(screen)}
    a_city, b_city = rows["City"]
    assert {a_city, b_city} == {"宁波", "温州"}
    assert rows["City"][0] == city(conflicted)  # version A is the one in the data now
    assert "Website" in rows and "Address" in rows
    assert "(empty)" in rows["Website"] + rows["Address"]
    assert screen.sides_label.text().startswith("Version A (in the data now): test-clerk")


def test_merging_by_ticking_fields_saves_the_chosen_values(qtbot, conflicted, office) -> None:
    screen = screen_for(qtbot, conflicted)
    model = screen.fields_model
    a_city, b_city = table_rows(screen)[field_row(screen, "City")][1:]
    assert not screen.merge_button.isEnabled()  # nothing picked from B yet: not a merge
    row = field_row(screen, "City")
    assert model.index(row, 1).data(CHECK) == CHECKED
    assert model.setData(model.index(row, 2), CHECKED.value, CHECK)
    assert model.index(row, 1).data(CHECK) == UNCHECKED
    assert model.index(row, 2).data(CHECK) == CHECKED
    assert screen.merge_button.isEnabled()
    screen.merge_button.click()
    assert city(conflicted) == b_city != a_city
    assert screen.count_label.text() == "No conflicts to resolve."
    assert screen.result_label.text() == "浙江大学 (member): saved the merge." or (
        screen.result_label.text().endswith(": saved the merge.")
    )
    assert screen.details.currentIndex() == 0
    screen.resolved_check.setChecked(True)
    assert screen.model.rowCount() == 1
    assert screen.model.index(0, 4).data() == "Resolved: merged"
    assert not screen.keep_a_button.isEnabled()
    assert "Resolved: merged by test-clerk on" in screen.sides_label.text()
    again = sync.sync(conflicted, office, CLERK)  # the choice travels like any change
    assert again.open_conflicts == 0
    assert city(office) == b_city


def test_keep_a_leaves_the_data_as_it_is(qtbot, conflicted) -> None:
    before = city(conflicted)
    screen = screen_for(qtbot, conflicted)
    screen.keep_a_button.click()
    assert city(conflicted) == before
    assert screen.result_label.text().endswith(": kept version A.")
    with UnitOfWork(conflicted) as uow:
        rows = conflicts.list_conflicts(uow, CLERK, include_resolved=True)
    assert [(r.status, r.resolution, r.resolved_by) for r in rows] == [
        ("resolved", "a", "test-clerk")
    ]


def test_take_b_takes_every_field_of_the_other_version(qtbot, conflicted) -> None:
    screen = screen_for(qtbot, conflicted)
    b_city = table_rows(screen)[field_row(screen, "City")][2]
    screen.take_b_button.click()
    assert city(conflicted) == b_city
    with UnitOfWork(conflicted) as uow:
        detail = members.get_member(uow, member_id(conflicted, "浙江大学"))
        rows = conflicts.list_conflicts(uow, CLERK, include_resolved=True)
    assert rows[0].resolution == "b"
    assert {f.name: f.b for f in rows[0].fields}["website"] in ("", None, detail.data.website)


def test_a_conflict_resolved_meanwhile_is_refused_plainly(qtbot, conflicted, messages) -> None:
    screen = screen_for(qtbot, conflicted)
    row = screen.current()
    assert row is not None
    with UnitOfWork(conflicted) as uow:  # a colleague resolves it first
        conflicts.resolve(uow, Actor("wangfang"), row.id, version=row.version)
        uow.commit()
    screen.keep_a_button.click()
    assert messages and "Traceback" not in messages[0]
    assert screen.count_label.text() == "No conflicts to resolve."


def test_a_viewer_sees_the_conflict_but_cannot_resolve_it(qtbot, conflicted) -> None:
    screen = screen_for(qtbot, conflicted, Actor("guest", Role.VIEWER))
    assert screen.model.rowCount() == 1 and table_rows(screen)
    for button in (screen.keep_a_button, screen.take_b_button, screen.merge_button):
        assert not button.isEnabled()
        assert "not resolve" in button.toolTip()
    model = screen.fields_model
    index = model.index(field_row(screen, "City"), 2)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(index, CHECKED.value, CHECK)
    assert not screen.viewer_note.isHidden()


def test_no_conflicts_says_so(qtbot, laptop) -> None:
    screen = screen_for(qtbot, laptop)
    assert screen.model.rowCount() == 0
    assert screen.count_label.text() == "No conflicts to resolve."
    assert screen.details.currentIndex() == 0 and "No conflicts" in screen.placeholder.text()


def test_a_sync_elsewhere_refreshes_the_screen(qtbot, laptop, office) -> None:
    from app.ui.sync.status import sync_events

    screen = screen_for(qtbot, laptop)
    screen.show()
    edit_member(laptop, "浙江大学", city="宁波")
    edit_member(office, "浙江大学", city="温州")
    summary = sync.sync(laptop, office, CLERK)
    sync_events().synced.emit(summary)
    assert screen.model.rowCount() == 1


# -- the models on their own ----------------------------------------------------------------------


def deleted_conflict() -> ConflictRow:
    moment = datetime(2026, 11, 28, 6, 5, tzinfo=UTC)
    return ConflictRow(
        id="c1",
        version=1,
        kind="edit",
        entity="member",
        entity_id="m1",
        other_id=None,
        label="浙江大学 (member)",
        site_a="site-a",
        by_a="lina",
        at_a=moment,
        deleted_a=False,
        site_b="site-b-1234567890",
        by_b="wangfang",
        at_b=moment,
        deleted_b=True,
        fields=(
            ConflictField("city", "宁波", "杭州"),
            ConflictField("deleted_at", None, "2026-11-28T06:05:00+00:00"),
        ),
        status="open",
        resolution="",
        resolved_by="",
        resolved_at=None,
    )


def test_a_deleted_side_shows_as_deleted_and_is_taken_whole(qtmodeltester) -> None:
    model = ConflictFieldsModel()
    model.set_conflict(deleted_conflict(), editable=True)
    assert [model.index(r, 2).data() for r in range(2)] == ["(deleted)", "(deleted)"]
    assert model.index(0, 0).data() == "City" and model.index(0, 1).data() == "宁波"
    assert model.index(0, 1).data(CHECK) is None  # no field-by-field choice
    qtmodeltester.check(model, force_py=True)


def test_the_list_names_the_sites(qtmodeltester) -> None:
    model = ConflictListModel()
    model.site_names = {"site-a": "here"}
    model.set_rows([deleted_conflict()])
    assert model.index(0, 2).data().startswith("lina · here · ")
    assert model.index(0, 3).data().startswith("(deleted) wangfang · on site site-b-1 · ")
    qtmodeltester.check(model, force_py=True)


def test_the_fields_model_passes_qt_checks(qtbot, qtmodeltester, conflicted) -> None:
    screen = screen_for(qtbot, conflicted)
    qtmodeltester.check(screen.fields_model, force_py=True)
    qtmodeltester.check(screen.model, force_py=True)


def test_home_points_to_the_conflicts_to_resolve(qtbot, conflicted) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(AppContext(conflicted, CLERK))
    qtbot.addWidget(window)
    home = window.screens["home"]
    home.activate()
    link = home.conflicts_link
    assert not link.isHidden() and link.text() == "1 sync conflict to resolve"
    link.click()
    assert window.current_key() == "conflicts"
    window.screens["conflicts"].keep_a_button.click()
    window.show_screen("home")
    assert link.isHidden()
