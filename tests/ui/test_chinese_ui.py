"""Helix in Chinese: with the compiled translation installed, the menus and every screen show
Chinese text, strings of base classes included (PySide6 tries each class of the object's MRO),
and a service's refusal reads in Chinese with its stored words translated."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QTableView,
    QTabWidget,
    QTreeView,
)

from app import translations
from app.models.enums import Role
from app.resources import resource_path
from app.services.uow import Actor
from app.ui.app import install_translators
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.screens import SCREENS

CHINESE = re.compile(r"[\u4e00-\u9fff]")
WORD = re.compile(r"[A-Za-z]{3,}")
ADMIN = Actor("test-admin", Role.ADMIN)
KEPT = {"Helix", "PDF", "CSV", "XLSX", "SQLite", "PostgreSQL", "SHA", "URL", "UUID", "Ctrl"}
"""Words that stay as they are in the Chinese UI."""


@pytest.fixture(scope="module")
def qm(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("qm") / "helix_zh_CN.qm"
    translations.compile_qm(resource_path("translations", "helix_zh_CN.ts"), target)
    return target


@pytest.fixture
def chinese_ui(qapp: QApplication, qm: Path) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def english_left(text: str) -> bool:
    """Text a clerk would read as untranslated: English words outside the kept names."""
    words = [w for w in WORD.findall(text) if w not in KEPT]
    return bool(words) and not CHINESE.search(text)


def visible_texts(widget) -> list[str]:
    texts = []
    for button in widget.findChildren(QAbstractButton):
        if button.isVisibleTo(widget):
            texts.append(button.text())
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget) and "<" not in label.text():
            texts.append(label.text())
    for box in widget.findChildren(QGroupBox):
        texts.append(box.title())
    for tabs in widget.findChildren(QTabWidget):
        texts.extend(tabs.tabText(i) for i in range(tabs.count()))
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if isinstance(view, QTableView | QTreeView) and view.isVisibleTo(widget):
            texts.extend(
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount(QModelIndex()))
            )
    return [t for t in texts if t]


def test_menus_are_in_chinese(qtbot, sqlite_db, chinese_ui) -> None:
    window = MainWindow(AppContext(sqlite_db, ADMIN))
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[0] == "文件(&F)"
    assert all(CHINESE.search(title) for title in titles), titles


@pytest.mark.parametrize("key", [spec.key for spec in SCREENS])
def test_every_screen_speaks_chinese(qtbot, sqlite_db, chinese_ui, key: str) -> None:
    window = MainWindow(AppContext(sqlite_db, ADMIN))
    qtbot.addWidget(window)
    window.show_screen(key)
    screen = window.stack.currentWidget()
    texts = visible_texts(screen)
    assert any(CHINESE.search(t) for t in texts), f"{key}: nothing in Chinese"
    assert [t for t in texts if english_left(t)] == []


def test_a_string_of_a_base_class_is_translated_for_a_subclass(
    qtbot, sqlite_db, chinese_ui
) -> None:
    """RecordListScreen writes "Clear search and filters"; a RegistryScreen asks for it."""
    window = MainWindow(AppContext(sqlite_db, ADMIN))
    qtbot.addWidget(window)
    window.show_screen("registry")
    screen = window.stack.currentWidget()
    assert type(screen).__name__ == "RegistryScreen"
    assert (
        QCoreApplication.translate("RegistryScreen", "Clear search and filters")
        == "Clear search and filters"
    )
    assert screen.tr("Clear search and filters") == QCoreApplication.translate(
        "RecordListScreen", "Clear search and filters"
    )
    assert CHINESE.search(screen.tr("Clear search and filters"))


def test_the_language_setting_installs_the_translation(qapp: QApplication) -> None:
    before = QLocale()
    installed = install_translators(qapp, "zh_CN")
    try:
        assert installed, "no translation was installed for zh_CN"
        assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
        assert QLocale().language() == QLocale.Language.Chinese
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_a_refusal_names_stored_words_in_chinese(chinese_ui) -> None:
    """A service fills stored words ("draft") into its English template; the UI translates the
    template, then those words, and leaves names as they are."""
    from app.errors import DomainError, ValidationError, message_of, problem
    from app.ui.errors import domain_message

    refusal = DomainError(
        "“{title}” is {status}; only a published listing can be extended.",
        title="Draft-free coatings",
        status="draft",
    )
    text = domain_message(refusal)
    assert "草稿" in text and "Draft-free coatings" in text
    assert not re.search(r"\bdraft\b", text)

    from app.services.validation import clean_required

    with pytest.raises(ValueError) as missing_name:
        clean_required("  ", problem("Name"), 200)
    invalid = ValidationError(
        {
            "name": message_of(missing_name.value),
            "external_id": "The external id is longer than 100 characters.",
        }
    )
    lines = domain_message(invalid).splitlines()
    assert len(lines) == 3 and CHINESE.search(lines[0])
    assert [line for line in lines if english_left(line)] == []


def test_a_broken_contract_template_is_explained_in_chinese(chinese_ui, tmp_path) -> None:
    """The file's message and the reason inside it are both translated; the file name stays."""
    from app.errors import DomainError
    from app.services.contract_templates import load_template
    from app.ui.errors import domain_message

    broken = tmp_path / "nda.two_party.zh.json"
    broken.write_text('{"id": "nda.two_party.zh"}', encoding="utf-8")
    with pytest.raises(DomainError) as caught:
        load_template("nda.two_party.zh", tmp_path)
    text = domain_message(caught.value)
    assert text.startswith(f"合同模板文件 {broken} 无法使用：文件缺少 ")
    assert "请修改该文件" in text
    # English is left only in the keys the file lacks, which are written as in the file
    words = set(re.findall(r"[A-Za-z]+", text.replace(str(broken), "")))
    assert words == {"type", "parties", "language", "title", "roles", "clauses"}


def test_a_list_in_a_message_is_joined_the_chinese_way(chinese_ui) -> None:
    from app.errors import Joined, problem
    from app.ui.errors import field_message

    missing = problem("Missing: {fields}.", fields=Joined((problem("title"), problem("summary"))))
    assert str(missing) == "Missing: title, summary."
    assert field_message(missing) == "缺少：标题、摘要。"


def test_match_reasons_read_in_chinese(chinese_ui) -> None:
    from app.errors import Joined, problem
    from app.ui.errors import messages_joined

    reasons = [
        problem("shares: {terms}", terms=Joined(("固态电池",))),
        problem("TRL {trl} ≥ {wanted} wanted", trl=6, wanted=5),
        problem("same region"),
    ]
    assert messages_joined(reasons) == "共同点：固态电池；技术成熟度 6 ≥ 要求的 5；同一地区"


def test_a_status_change_of_a_match_names_the_statuses_in_chinese(chinese_ui) -> None:
    from app.ui import labels
    from app.ui.matching.board import event_text

    assert event_text("status", "interested → negotiating") == (
        f"{labels.match_status_label('interested')} → {labels.match_status_label('negotiating')}"
    )
    assert CHINESE.search(event_text("status", "interested → negotiating"))
    assert event_text("note", "a → b") == "a → b"


def test_a_saved_verification_shows_its_checks_in_chinese(chinese_ui) -> None:
    """The checks are saved with the verification as template and values (message_to_json)."""
    from types import SimpleNamespace

    from app.errors import Joined, message_to_json, problem
    from app.ui.listings.detail import _automatic_results, check_line_html

    missing = problem("Missing: {fields}.", fields=Joined((problem("title"), problem("sectors"))))
    saved = {"name": "required_fields", "ok": False, "blocking": True}
    record = SimpleNamespace(checks={"automatic": [{**saved, "message": message_to_json(missing)}]})
    (result,) = _automatic_results(record)  # type: ignore[arg-type]
    assert "缺少：标题、行业。" in check_line_html(result)


def test_a_refused_permission_names_roles_and_action_in_chinese(chinese_ui) -> None:
    from app.errors import DomainError
    from app.services.permissions import Action, require
    from app.ui.errors import domain_message

    with pytest.raises(DomainError) as refused:
        require(Actor("li.na", Role.VIEWER), Action.EDIT_MEMBERS)
    text = domain_message(refused.value)
    assert "li.na" in text and "或" in text
    assert not english_left(text.replace("li.na", ""))
