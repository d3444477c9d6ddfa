"""The main window: every screen opens, the status bar names the database and the clerk,
window state survives a restart, unsaved changes hold the window open."""

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from app.ui import screens
from app.ui.errors import MessageBox
from app.ui.home import HomeScreen
from app.ui.main_window import MainWindow
from app.ui.prompts import UnsavedChanges
from app.ui.registry.screen import RegistryScreen


@pytest.fixture
def window(qtbot, ctx) -> MainWindow:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    return main


def answer(monkeypatch: pytest.MonkeyPatch, cls: type, reply: Any) -> list[tuple]:
    asked: list[tuple] = []
    monkeypatch.setattr(cls, "ask", classmethod(lambda _c, *a, **k: asked.append(a) or reply))
    return asked


def test_every_screen_opens(window: MainWindow) -> None:
    assert [s.key for s in window.specs][:3] == ["home", "registry", "alliances"]
    for spec in window.specs:
        window.show_screen(spec.key)
        assert window.current_key() == spec.key
        assert window.stack.currentWidget() is window.screens[spec.key]
    assert window.nav.count() == len(window.specs)


def test_home_is_the_first_screen(window: MainWindow) -> None:
    assert isinstance(window.stack.currentWidget(), HomeScreen)
    assert window.nav.currentItem().text() == "Home"


def test_status_bar_shows_the_database_and_the_clerk(window: MainWindow, sqlite_db) -> None:
    texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert any(str(sqlite_db.sqlite_path) in text for text in texts)
    assert any("test-clerk" in text for text in texts)


def test_a_plugged_in_screen_appears_in_navigation(qtbot, ctx, monkeypatch) -> None:
    monkeypatch.setattr(screens, "SCREENS", list(screens.SCREENS))
    monkeypatch.setattr("app.ui.main_window.SCREENS", screens.SCREENS)
    screens.register_screen(
        screens.ScreenSpec("listings", "Listings", lambda c, p: QLabel("listings", p))
    )
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show_screen("listings")
    assert main.nav.item(main.nav.count() - 1).text() == "Listings"
    assert main.stack.currentWidget().text() == "listings"


def test_a_broken_screen_shows_a_message_and_keeps_the_window(
    qtbot,
    ctx,
    monkeypatch,
    messages,
) -> None:
    def broken(c: Any, p: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(
        screens, "SCREENS", [*screens.SCREENS, screens.ScreenSpec("broken", "Broken", broken)]
    )
    monkeypatch.setattr("app.ui.main_window.SCREENS", screens.SCREENS)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show_screen("broken")
    assert messages and "Something went wrong" in messages[0]
    assert main.current_key() == "home"


def test_switching_screens_with_unsaved_changes_asks(window: MainWindow, monkeypatch) -> None:
    window.show_screen("registry")
    registry = window.screens["registry"]
    assert isinstance(registry, RegistryScreen)
    registry.form.edits["name"].setText("未保存的名字")
    asked = answer(monkeypatch, UnsavedChanges, UnsavedChanges.CANCEL)
    window.show_screen("alliances")
    assert len(asked) == 1
    assert window.current_key() == "registry"
    assert window.stack.currentWidget() is registry


def test_closing_with_unsaved_changes_can_be_cancelled(window: MainWindow, monkeypatch) -> None:
    window.show()
    window.show_screen("registry")
    registry = window.screens["registry"]
    assert isinstance(registry, RegistryScreen)
    registry.form.edits["name"].setText("未保存的名字")
    answer(monkeypatch, UnsavedChanges, UnsavedChanges.CANCEL)
    assert not window.close()
    assert window.isVisible()
    answer(monkeypatch, UnsavedChanges, UnsavedChanges.DISCARD)
    assert window.close()


def test_window_size_and_splitter_are_restored(qtbot, ctx) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(790, 540)
    first.splitter.setSizes([115, 675])
    nav_width = first.splitter.sizes()[0]
    assert nav_width < 123  # not the default
    first.show_screen("registry")
    registry = first.screens["registry"]
    registry.table.horizontalHeader().resizeSection(2, 211)
    assert first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (790, 540)  # the offscreen screen is 800 wide
    assert second.splitter.sizes()[0] == nav_width
    second.show_screen("registry")
    assert second.screens["registry"].table.horizontalHeader().sectionSize(2) == 211


def test_about_names_the_version_and_database(window: MainWindow, sqlite_db) -> None:
    import app
    from app.ui.about import AboutDialog

    window.about_action.trigger()
    text = window.findChild(AboutDialog).summary.text()
    assert app.__version__ in text
    assert str(sqlite_db.sqlite_path) in text


def test_menus_hold_settings_quit_and_about(window: MainWindow) -> None:
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "View", "Help"]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.settings_action.text().replace("&", "") == "Settings…"


def test_message_box_class_is_what_tests_replace(messages) -> None:
    MessageBox.show(None, None, "t", "hello")  # type: ignore[arg-type]
    assert messages == ["hello"]
