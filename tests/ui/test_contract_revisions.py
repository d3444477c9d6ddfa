"""The revisions tab of a contract: the list of saves, two revisions side by side with what
changed highlighted, a revision read in full."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QRawFont, QTextCursor
from PySide6.QtWidgets import QTextBrowser

from app.services import contracts
from app.services.contract_data import ContractDetail, InstalmentData
from app.ui.context import AppContext
from app.ui.contracts.revision_diff import INSERTED_STYLE, REMOVED_STYLE
from app.ui.contracts.revisions import RevisionListModel, RevisionsPanel
from tests.services.test_contracts import draft, edit
from tests.services.test_listings import CLERK

GREEN = INSERTED_STYLE.split("background-color:")[1].split(";")[0]
RED = REMOVED_STYLE.split("background-color:")[1].split(";")[0]


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def panel(qtbot, ctx: AppContext) -> RevisionsPanel:
    widget = RevisionsPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def fragments(browser: QTextBrowser) -> list[tuple[int, int, str, str, bool]]:
    """(table row, column, text, background colour or "", struck through) of every piece of
    text the browser shows; row and column are -1 outside the table."""
    pieces = []
    block = browser.document().begin()
    while block.isValid():
        cursor = QTextCursor(block)
        table = cursor.currentTable()
        cell = table.cellAt(cursor) if table else None
        where = (cell.row(), cell.column()) if cell else (-1, -1)
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            background = fmt.background().color().name() if fmt.background().style().value else ""
            pieces.append((*where, fragment.text(), background, fmt.fontStrikeOut()))
            it += 1
        block = block.next()
    return pieces


def row_labelled(panel: RevisionsPanel, label: str):
    found = [row for row in panel.diff if row.label == label]
    assert found, [row.label for row in panel.diff]
    return found[0]


def test_the_list_shows_every_revision_and_the_newest_two_are_compared(
    panel: RevisionsPanel, ctx: AppContext
) -> None:
    detail = draft(ctx.db)
    detail = edit(ctx.db, detail, subject="Solid electrolyte, second draft")
    edit(ctx.db, detail, subject="Solid electrolyte, third draft")
    panel.show_contract(detail.id)
    assert [row.number for row in panel.model.rows] == [1, 2, 3]
    assert panel.model.index(2, RevisionListModel.BY).data() == CLERK.name
    saved = panel.model.rows[0].saved_at.astimezone()
    shown = panel.model.index(0, RevisionListModel.SAVED).data()
    assert shown == f"{saved.day} {saved:%b %Y %H:%M}"
    assert (panel.first.currentData(), panel.second.currentData()) == (2, 3)
    assert panel.stack.currentWidget() is panel.comparison
    subject = row_labelled(panel, "Subject")
    assert "second" in subject.before and "third" in subject.after
    assert "Revision 2" in panel.comparison.toPlainText().split("Revision 3")[0]


def test_a_changed_value_and_an_added_instalment(panel: RevisionsPanel, ctx: AppContext) -> None:
    detail = draft(ctx.db)
    schedule = (
        *detail.data.schedule,
        InstalmentData("结题验收后", Decimal("300000"), date(2028, 6, 30)),
    )
    edit(ctx.db, detail, value=Decimal("1500000"), schedule=schedule)
    panel.show_contract(detail.id)
    value = row_labelled(panel, "Contract value")
    assert "1,200,000.00 CNY" in value.before and "1,500,000.00 CNY" in value.after
    added = row_labelled(panel, "Instalment 3 · added")
    assert "结题验收后" in added.after and "300,000.00 CNY" in added.after
    assert "6/30/28" in added.after
    assert "not there" in added.before
    assert not [row for row in panel.diff if row.label.startswith("Instalment 1")]
    text = panel.comparison.toPlainText()
    assert "Contract value" in text and "结题验收后" in text


def test_a_changed_clause_shows_removed_words_left_and_inserted_words_right(
    panel: RevisionsPanel, ctx: AppContext
) -> None:
    detail = draft(ctx.db)
    clauses = list(detail.data.clauses)
    n = next(i for i, c in enumerate(clauses) if c.key == "dispute_resolution")
    clauses[n] = replace(
        clauses[n], text=clauses[n].text.replace("friendly negotiation", "talks in good faith")
    )
    edit(ctx.db, detail, clauses=tuple(clauses))
    panel.show_contract(detail.id)
    row_labelled(panel, f"Clause {n + 1} · Dispute Resolution · text")
    pieces = fragments(panel.comparison)
    struck = [(col, text) for _r, col, text, bg, strike in pieces if bg == RED and strike]
    green = [(col, text) for _r, col, text, bg, strike in pieces if bg == GREEN and not strike]
    assert struck == [(0, "friendly negotiation")]
    assert green == [(1, "talks in good faith")]
    plain = [text for _r, col, text, bg, _s in pieces if col == 1 and not bg]
    assert any("settle any dispute" in text for text in plain)


def test_a_moved_clause_says_from_where_to_where(panel: RevisionsPanel, ctx: AppContext) -> None:
    detail = draft(ctx.db)
    clauses = list(detail.data.clauses)
    moved = clauses.pop(2)
    clauses.insert(4, moved)
    edit(ctx.db, detail, clauses=tuple(clauses))
    panel.show_contract(detail.id)
    row = row_labelled(panel, f"Clause 5 · {moved.heading} · position")
    assert "moved from position 3 to 5" in row.after
    assert [r.label for r in panel.diff] == [row.label]  # the two clauses it passed did not move


def test_one_revision_has_nothing_to_compare_yet(panel: RevisionsPanel, ctx: AppContext) -> None:
    detail = draft(ctx.db)
    panel.show_contract(detail.id)
    assert len(panel.model.rows) == 1
    assert panel.stack.currentWidget() is panel.message
    assert "nothing to compare yet" in panel.message.text()
    assert not panel.first.isEnabled() and not panel.second.isEnabled()
    assert panel.diff == []


def test_show_contract_none_clears_the_panel(panel: RevisionsPanel, ctx: AppContext) -> None:
    detail = draft(ctx.db)
    edit(ctx.db, detail, subject="Changed")
    panel.show_contract(detail.id)
    assert panel.diff
    panel.show_contract(None)
    assert panel.model.rowCount() == 0 and panel.first.count() == 0 and panel.diff == []
    assert panel.stack.currentWidget() is panel.message
    assert panel.comparison.toPlainText() == "" and not panel.whole.isEnabled()


def test_the_older_revision_is_on_the_left_whichever_box_holds_it(
    panel: RevisionsPanel, ctx: AppContext
) -> None:
    detail = draft(ctx.db)
    detail = edit(ctx.db, detail, subject="Second")
    edit(ctx.db, detail, subject="Third")
    panel.show_contract(detail.id)
    panel.first.setCurrentIndex(2)
    panel.second.setCurrentIndex(0)
    assert panel.chosen_pair() == (1, 3)
    subject = row_labelled(panel, "Subject")
    assert "固态锂电池" in subject.before and "Third" in subject.after
    panel.second.setCurrentIndex(2)
    assert panel.stack.currentWidget() is panel.message
    assert "two different revisions" in panel.message.text()


def test_show_whole_revision_reads_an_old_revision_in_full(
    panel: RevisionsPanel, ctx: AppContext
) -> None:
    detail: ContractDetail = draft(ctx.db)
    clauses = (replace(detail.data.clauses[0], text="A new preamble."), *detail.data.clauses[1:])
    edit(ctx.db, detail, clauses=clauses)
    panel.show_contract(detail.id)
    panel.whole.setChecked(True)
    assert panel.stack.currentWidget() is panel.full_text
    assert not panel.first.isEnabled()  # the boxes choose a comparison, not this page
    assert "A new preamble." in panel.full_text.toPlainText()
    panel.list.selectRow(0)
    text = panel.full_text.toPlainText()
    assert "Revision 1" in text and "A new preamble." not in text
    assert detail.data.clauses[0].text.split("\n")[0][:60] in text
    assert "3. Subject of the Contract" in text
    assert "星河电池科技有限公司" in text and "800,000.00 CNY" in text
    panel.whole.setChecked(False)
    assert panel.stack.currentWidget() is panel.comparison and panel.first.isEnabled()


def test_chinese_text_has_a_font(panel: RevisionsPanel) -> None:
    assert QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert QFontMetrics(panel.comparison.font()).inFontUcs4(ord("合")) or any(
        QRawFont.fromFont(QFont(family)).supportsCharacter("合")
        for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    )


def test_a_contract_that_cannot_be_read_says_so(panel: RevisionsPanel) -> None:
    panel.show_contract("no-such-contract")
    assert panel.stack.currentWidget() is panel.message
    assert panel.message.text().startswith("The revisions could not be read.")
    assert len(panel.message.text()) > len("The revisions could not be read. ")


def test_a_hidden_panel_reads_when_shown(qtbot, ctx: AppContext) -> None:
    detail = draft(ctx.db)
    hidden = RevisionsPanel(ctx)
    qtbot.addWidget(hidden)
    hidden.show_contract(detail.id)
    assert hidden.model.rowCount() == 0
    hidden.show()
    assert hidden.model.rowCount() == 1


def test_the_revision_list_model_passes_the_model_tester(qtmodeltester, ctx: AppContext) -> None:
    detail = draft(ctx.db)
    edit(ctx.db, detail, subject="Changed")
    model = RevisionListModel()
    model.set_rows(ctx.read(contracts.revisions, detail.id))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
