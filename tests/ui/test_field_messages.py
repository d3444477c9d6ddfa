"""Field and import-row messages reach the clerk translated, with their values filled in."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.errors import ValidationError, problem
from app.services.import_common import RowProblem
from app.ui.errors import domain_message, field_message
from app.ui.transfer import ImportDialog

CHINESE = {
    "Clause {number} has no heading.": "第 {number} 条没有标题。",
    "The scan {name} is empty.": "扫描件 {name} 是空的。",
    "Enter a name.": "请输入名称。",
    "{field} is required. Please fill it in.": "{field}为必填项，请填写。",
    "Name": "名称",
    "the deadline “{text}” is not a date; write it like 2026-12-31, 2026/12/31, 2026.12.31 or "
    "2026年12月31日.": "截止日期“{text}”不是日期。",
    "Please correct the following and save again:\n{lines}": "请更正以下内容后再保存：\n{lines}",
}


class FakeChinese(QTranslator):
    """Translates a few templates of the context "Helix"; one translation lost its field."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        if context != "Helix":
            return None  # a null string: no translation
        if source == "The title has {length} characters; at most {limit} are allowed.":
            return "标题有 {length} 个字符。{missing}"
        return CHINESE.get(source)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    translator = FakeChinese()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_a_problem_is_translated_then_filled_in(chinese) -> None:
    assert (
        field_message(problem("Clause {number} has no heading.", number=4)) == "第 4 条没有标题。"
    )


def test_a_plain_message_is_translated_as_it_is(chinese) -> None:
    assert field_message("Enter a name.") == "请输入名称。"
    assert field_message("A message without a translation.") == "A message without a translation."


def test_a_word_passed_as_its_own_problem_is_translated_too(chinese) -> None:
    text = problem("{field} is required. Please fill it in.", field=problem("Name"))
    assert text == "Name is required. Please fill it in."
    assert field_message(text) == "名称为必填项，请填写。"


def test_a_translation_that_does_not_fit_falls_back_to_english(chinese) -> None:
    text = problem(
        "The title has {length} characters; at most {limit} are allowed.", length=300, limit=200
    )
    assert field_message(text) == "The title has 300 characters; at most 200 are allowed."


def test_a_validation_error_lists_each_field_translated(chinese) -> None:
    error = ValidationError(
        {
            "title": "Enter a name.",
            "scan": problem("The scan {name} is empty.", name="合同.pdf"),
        }
    )
    assert (
        domain_message(error)
        == "请更正以下内容后再保存：\n• 请输入名称。\n• 扫描件 合同.pdf 是空的。"
    )


def test_without_a_translation_the_english_sentence_shows() -> None:
    error = ValidationError({"scan": problem("The scan {name} is empty.", name="a.pdf")})
    assert (
        domain_message(error)
        == "Please correct the following and save again:\n• The scan a.pdf is empty."
    )


def test_the_import_problems_table_shows_each_problem_translated(chinese, qtbot, ctx) -> None:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    message = problem(
        "the deadline “{text}” is not a date; write it like 2026-12-31, 2026/12/31, 2026.12.31 "
        "or 2026年12月31日.",
        text="下周",
    )
    dialog.show_problems([RowProblem(3, "deadline", message)])
    assert dialog.problem_rows() == [["3", "deadline", "截止日期“下周”不是日期。"]]
