"""The Chinese translation is complete: every string of the code that the UI translates has a
finished translation in resources/translations/helix_zh_CN.ts that keeps its placeholders."""

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("helix_i18n", ROOT / "packaging" / "i18n.py")
assert _spec is not None and _spec.loader is not None
i18n = importlib.util.module_from_spec(_spec)
sys.modules["helix_i18n"] = i18n  # dataclasses look their module up while the file runs
_spec.loader.exec_module(i18n)


@pytest.fixture(scope="module")
def catalog() -> i18n.Catalog:
    found, problems = i18n.extract()
    assert not problems, "\n".join(problems)
    return found


@pytest.fixture(scope="module")
def entries() -> dict[tuple[str, str], i18n.Entry]:
    return i18n.read_ts()


def test_every_string_of_the_code_is_translated(catalog, entries) -> None:
    gaps = i18n.missing(catalog, entries)
    shown = "\n".join(f"{context}: {source!r}" for context, source in gaps[:30])
    assert not gaps, (
        f"{len(gaps)} strings have no Chinese translation; run "
        f"`python packaging/i18n.py update`, translate them, then check again:\n{shown}"
    )


def test_the_ts_file_holds_no_string_the_code_lost(catalog, entries) -> None:
    gone = sorted(set(entries) - set(catalog))
    assert not gone, f"run `python packaging/i18n.py update`: {gone[:10]}"


def test_translations_keep_their_placeholders(entries) -> None:
    assert i18n.misfits(entries) == []


def test_the_catalog_is_large_and_the_translation_chinese(catalog, entries) -> None:
    """Guards the extractor itself: it must see the screens' strings, not a handful."""
    assert len(catalog) > 1500
    chinese = [e for e in entries.values() if re.search(r"[\u4e00-\u9fff]", e.translation)]
    assert len(chinese) > 0.9 * len(entries)
    assert entries[("MainWindow", "&File")].translation.startswith("文件")


def test_self_tr_is_read_under_the_class_it_is_written_in(tmp_path: Path) -> None:
    """PySide6 tries each class of the object's MRO in turn, so the writing class suffices."""
    (tmp_path / "screens.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QWidget\n"
        "class Base(QWidget):\n"
        "    def title(self):\n"
        "        return self.tr('Shared title')\n"
        "class Child(Base):\n"
        "    def own(self):\n"
        "        t = QCoreApplication.translate\n"
        "        return self.tr('%n row(s)', '', 3) + t('Other', 'Aliased')\n",
        encoding="utf-8",
    )
    found, problems = i18n.extract(tmp_path)
    assert problems == []
    assert {c for c, s in found if s == "Shared title"} == {"Base"}
    assert found[("Child", "%n row(s)")].numerus
    assert ("Other", "Aliased") in found


def test_templates_of_services_and_module_helpers_are_found(tmp_path: Path) -> None:
    (tmp_path / "errors.py").write_text(
        "class DomainError(Exception):\n    pass\nclass StaleError(DomainError):\n    pass\n",
        encoding="utf-8",
    )
    services = tmp_path / "services"
    services.mkdir()
    (services / "things.py").write_text(
        "from errors import StaleError\n"
        "def check(name, errors):\n"
        "    errors['name'] = 'Give the name.'\n"
        "    raise StaleError('{name} was changed meanwhile.', name=name)\n"
        "def bad(name):\n"
        "    raise StaleError(f'{name} was changed meanwhile.')\n",
        encoding="utf-8",
    )
    (tmp_path / "view.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "CONTEXT = 'Things'\n"
        "def tr(text):\n"
        "    return QCoreApplication.translate(CONTEXT, text)\n"
        "LABEL = tr('Thing')\n",
        encoding="utf-8",
    )
    found, problems = i18n.extract(tmp_path)
    assert ("Helix", "{name} was changed meanwhile.") in found
    assert ("Helix", "Give the name.") in found
    assert ("Things", "Thing") in found
    assert len(problems) == 1 and "things.py:6" in problems[0]


def test_placeholders_are_compared_as_fields() -> None:
    assert i18n.placeholders("{count:,} of {total} · %n") == ["%n", "{count:,}", "{total}"]
    assert i18n.placeholders("{{literal}} braces") == []


def test_button_names_quoted_by_the_chinese_help_are_translations(entries) -> None:
    """The Chinese guide tells a clerk which button to press; that button must exist."""

    def bare(text: str) -> str:
        return re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…").strip()

    names = {bare(e.translation) for e in entries.values() if e.finished}
    unknown = []
    for page in sorted((ROOT / "resources" / "help" / "zh").glob("*.md")):
        for quoted in re.findall(r"“([^”]+)”", page.read_text(encoding="utf-8")):
            for part in quoted.split("▸"):
                if bare(part) and bare(part) not in names:
                    unknown.append(f"{page.name}: {part}")
    assert unknown == []
