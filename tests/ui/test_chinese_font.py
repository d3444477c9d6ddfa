"""Chinese text has a font on every screen from start-up: the system's, or else the font bundled
for the PDFs, registered when the application object is set up."""

import logging
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QRawFont, QTextLayout
from PySide6.QtWidgets import QApplication

from app.services.pdf_fonts import FONT_FILE
from app.ui import app as ui_app

CHINESE = "技术转让合同"


def chinese_families() -> list[str]:
    return QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)


def drawn_with_real_glyphs(font: QFont, text: str) -> bool:
    """Every character of `text`, laid out in `font` (with Qt's fallback), gets a glyph from a
    font that has it; glyph 0 is the empty box. (supportsCharacter takes the code point: given
    a str, PySide6 6.12 answered False for 转 and 让 in a font that has them.)"""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    if not runs or any(0 in run.glyphIndexes() for run in runs):
        return False
    return all(any(run.rawFont().supportsCharacter(ord(c)) for run in runs) for c in text)


def test_after_start_up_chinese_text_has_glyphs(qapp: QApplication) -> None:
    QFontDatabase.removeAllApplicationFonts()  # as before start-up (a bare system may list none)
    ui_app.application()
    families = chinese_families()
    assert families
    assert drawn_with_real_glyphs(QApplication.font(), CHINESE) or any(
        all(QRawFont.fromFont(QFont(family)).supportsCharacter(ord(c)) for c in CHINESE)
        for family in families
    )


class FakeFontDatabase:
    """Stands in for QFontDatabase: which Chinese families the system has, what was added."""

    WritingSystem = QFontDatabase.WritingSystem

    def __init__(self, system_families: list[str]) -> None:
        self.system_families = system_families
        self.added: list[str] = []

    def families(self, writing_system: QFontDatabase.WritingSystem) -> list[str]:
        assert writing_system == QFontDatabase.WritingSystem.SimplifiedChinese
        return self.system_families + (["WenQuanYi Micro Hei"] if self.added else [])

    def addApplicationFont(self, path: str) -> int:
        self.added.append(path)
        return len(self.added) - 1


def test_the_bundled_font_is_added_only_when_the_system_has_no_chinese_font(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_system_font = FakeFontDatabase(["Microsoft YaHei"])
    monkeypatch.setattr(ui_app, "QFontDatabase", with_system_font)
    ui_app.install_chinese_font()
    assert with_system_font.added == []
    bare = FakeFontDatabase([])
    monkeypatch.setattr(ui_app, "QFontDatabase", bare)
    ui_app.install_chinese_font()
    ui_app.install_chinese_font()  # the second call finds the font already there
    (added,) = bare.added
    assert Path(added) == ui_app.resource_path(*FONT_FILE) and Path(added).is_file()


def test_a_missing_font_file_is_logged_not_raised(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bare = FakeFontDatabase([])
    monkeypatch.setattr(ui_app, "QFontDatabase", bare)
    monkeypatch.setattr(ui_app, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with caplog.at_level(logging.WARNING, logger="app.ui.app"):
        ui_app.install_chinese_font()
    assert bare.added == []
    assert "no font for Chinese text" in caplog.text
