"""Help inside the app: F1 opens the guide at the page of the screen in front, every screen has a
page in English and Chinese, Chinese pages follow a Chinese UI; the About box names the
database and the bundled libraries with their licences."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QKeySequence

from app.resources import resource_path
from app.ui import help as guide
from app.ui.about import AboutDialog, _wanted, bundled_libraries
from app.ui.main_window import MainWindow
from app.ui.screens import SCREENS

CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def window(qtbot, ctx) -> MainWindow:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    return main


@pytest.fixture
def english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def chinese() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    yield
    QLocale.setDefault(before)


def press_f1(qtbot, main: MainWindow) -> guide.HelpWindow:
    with qtbot.waitExposed(main):
        main.show()
    main.activateWindow()
    qtbot.keyClick(main.stack.currentWidget(), Qt.Key.Key_F1)
    assert main.help_window is not None, "F1 did not open the user guide"
    return main.help_window


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_screen_has_a_help_page(language: str) -> None:
    keys = [guide.INDEX, *(spec.key for spec in SCREENS)]
    missing = [k for k in keys if not resource_path("help", language, f"{k}.md").is_file()]
    assert missing == [], f"screens without a {language} help page: {missing}"
    for key in keys:
        text = resource_path("help", language, f"{key}.md").read_text(encoding="utf-8")
        assert text.startswith("# ") and len(text.splitlines()) >= 5
        assert bool(CHINESE.search(text)) == (language == "zh"), key


def test_f1_opens_the_page_of_the_current_screen(qtbot, window: MainWindow, english) -> None:
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.show_screen("registry")
    help_window = press_f1(qtbot, window)
    assert help_window.isVisible()
    assert help_window.current_key() == "registry"
    assert help_window.browser.toPlainText().startswith("Members: the registry")
    assert help_window.pages.currentItem().text() == "Members"

    window.show_screen("contracts")
    assert press_f1(qtbot, window) is help_window  # the open guide turns to the new page
    assert help_window.current_key() == "contracts"
    assert "Issue for signature" in help_window.browser.toPlainText()


def test_chinese_pages_when_the_ui_speaks_chinese(qtbot, window: MainWindow, chinese) -> None:
    window.show_screen("contracts")
    window.guide_action.trigger()
    assert window.help_window is not None
    assert window.help_window.language == "zh"
    assert window.help_window.browser.toPlainText().startswith("合同")


def test_a_page_missing_in_chinese_falls_back_to_english(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "help" / "en").mkdir(parents=True)
    (tmp_path / "help" / "zh").mkdir(parents=True)
    (tmp_path / "help" / "en" / "home.md").write_text("# Home in English\n", encoding="utf-8")
    (tmp_path / "help" / "zh" / "index.md").write_text("# 概述\n", encoding="utf-8")
    monkeypatch.setattr(guide, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    window = guide.HelpWindow(language="zh")
    qtbot.addWidget(window)
    assert window.browser.toPlainText().startswith("概述")
    window.show_page("home")
    assert window.browser.toPlainText().startswith("Home in English")
    window.show_page("users")  # in neither language
    assert "no help page" in window.browser.toPlainText()


def test_links_back_and_forward(qtbot, english) -> None:
    window = guide.HelpWindow()
    qtbot.addWidget(window)
    assert not window.back_button.isEnabled()
    window.browser.anchorClicked.emit(QUrl("conflicts.md"))
    assert window.current_key() == "conflicts"
    window.pages.setCurrentRow(guide.page_keys().index("users"))
    assert window.current_key() == "users"
    window.back_button.click()
    assert window.current_key() == "conflicts"
    window.back_button.click()
    assert window.current_key() == guide.INDEX
    assert not window.back_button.isEnabled()
    window.forward_button.click()
    assert window.current_key() == "conflicts"
    assert window.browser.toPlainText().startswith("Conflicts")


def test_about_names_version_database_and_licences(window: MainWindow, sqlite_db) -> None:
    import app

    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.summary.text()
    assert app.__version__ in text
    assert str(sqlite_db.sqlite_path) in text
    assert "test-clerk" in text
    assert "LGPL-3.0" in (dialog.licence_of("PySide6-Essentials") or "")
    assert dialog.licence_of("SQLAlchemy") == "MIT"
    assert "BSD" in (dialog.licence_of("reportlab") or "")
    assert dialog.licence_of("pytest") is None  # a test tool, not bundled
    assert dialog.licence_of("WenQuanYi Micro Hei") == "Apache-2.0"  # the PDF font, no package
    assert dialog.libraries.rowCount() >= 19  # at least Helix's direct dependencies


def test_libraries_follow_requirements_and_their_extras() -> None:
    assert _wanted('pytest>=8.0; extra == "test"', set()) is None
    assert _wanted('pytest>=8.0; extra == "test"', {"test"}) == ("pytest", set())
    assert _wanted("psycopg[binary]>=3.1.18", set()) == ("psycopg", {"binary"})
    names = {library.name.lower().replace("_", "-") for library in bundled_libraries()}
    assert {"psycopg-binary", "shiboken6", "alembic"} <= names  # through psycopg[binary], PySide6
    assert "helix" not in names


def test_without_helix_metadata_every_found_library_is_listed() -> None:
    from app.ui.about import bundled_distributions

    names = {d.metadata["Name"].lower() for d in bundled_distributions("not-installed-here")}
    assert {"sqlalchemy", "reportlab"} <= names
