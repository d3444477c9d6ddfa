"""The Contracts screen as the office uses it: the list and its filters, a new contract from a
template, saving with a mistake, review (submit, approve, return with comments), who sees which
move, a stale save, changing an approved contract, and an agreed match becoming a contract."""

from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from app.models import Contract, ContractStatus, Listing, MatchStatus, Role
from app.services import contract_lists, contracts
from app.services.contract_data import ContractDetail
from app.services.contract_templates import list_templates, load_template
from app.services.permissions import Action, Actor
from app.services.uow import UnitOfWork
from app.ui.context import AppContext
from app.ui.contracts import model as columns
from app.ui.contracts.form import ContractForm, ReturnContractDialog
from app.ui.contracts.model import ContractTableModel, money
from app.ui.contracts.new_contract import NewContractDialog
from app.ui.contracts.screen import ContractsScreen
from app.ui.main_window import MainWindow
from app.ui.prompts import Confirm, StaleRecord
from tests.services.test_contract_templates import sample_context
from tests.services.test_matches import make_office, put_match
from tests.ui.conftest import CLERK

SUPERVISOR = Actor("test-supervisor", Role.SUPERVISOR)
TEMPLATE = "joint_rd.two_party.en"


def answer(monkeypatch: pytest.MonkeyPatch, cls: type, reply: Any) -> list[tuple]:
    """Answer `cls.ask` with `reply`; returns what it was asked."""
    asked: list[tuple] = []

    def ask(_cls: Any, *args: Any, **kwargs: Any) -> Any:
        asked.append((*args, kwargs))
        return reply

    monkeypatch.setattr(cls, "ask", classmethod(ask))
    return asked


def draft(ctx: AppContext, template: str = TEMPLATE, **changes: Any) -> ContractDetail:
    """A complete contract (it can be submitted as it is)."""
    context = sample_context(load_template(template)) | changes
    return ctx.write(contracts.create_contract, template, context, CLERK)  # type: ignore[no-any-return]


def put_status(ctx: AppContext, contract_id: str, status: ContractStatus) -> None:
    with UnitOfWork(ctx.db) as uow:
        uow.acting(CLERK, Action.EDIT_CONTRACTS)
        contract = uow.session.get(Contract, contract_id)
        assert contract is not None
        contract.status = status
        uow.commit()


def stored(ctx: AppContext, contract_id: str) -> ContractDetail:
    return ctx.read(contracts.get_contract, contract_id)  # type: ignore[no-any-return]


@pytest.fixture
def screen(qtbot, ctx: AppContext) -> ContractsScreen:
    widget = ContractsScreen(ctx)
    qtbot.addWidget(widget)
    return widget


def form_for(qtbot, ctx: AppContext, actor: Actor, contract_id: str) -> ContractForm:
    form = ContractForm(AppContext(ctx.db, actor))
    qtbot.addWidget(form)
    assert form.open_contract(contract_id)
    return form


def offered(form: ContractForm) -> set[str]:
    """The moves the form shows (its buttons are visible in a shown form)."""
    names = {
        form.save_action: "save",
        form.submit_action: "submit",
        form.approve_action: "approve",
        form.return_action: "return",
        form.change_action: "change",
    }
    return {name for action, name in names.items() if not form.buttons[action].isHidden()}


def titles(screen: ContractsScreen) -> list[str]:
    return sorted(screen.model.row(r).title for r in range(screen.model.rowCount()))


# -- the table model ------------------------------------------------------------------------


def test_the_model_passes_qt_checks(qtmodeltester, ctx) -> None:
    for i in range(5):
        draft(ctx, title=f"Contract {i}")
    model = ContractTableModel(
        lambda query, offset, limit: ctx.read(
            contract_lists.search_contracts, query, offset=offset, limit=limit
        ),
        lambda query: ctx.read(contract_lists.count_matching, query),
        page_size=2,
    )
    model.set_query(model.query)
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 4 and model.total == 5
    assert model.index(0, columns.STATUS).data() == "Draft"
    assert model.index(0, columns.KIND).data() == "Joint R&D"
    assert model.index(0, columns.PARTIES).data().startswith("星河")
    qtmodeltester.check(model)


def test_values_show_in_the_locale_with_their_currency() -> None:
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert money(Decimal("1234567.5"), "EUR") == "1.234.567,50 EUR"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert money(Decimal("12345678901234.99"), "CNY") == "12,345,678,901,234.99 CNY"
    finally:
        QLocale.setDefault(before)


# -- the list -------------------------------------------------------------------------------


def test_search_and_facets_filter_the_list(screen, ctx) -> None:
    battery = draft(ctx, title="固态锂电池联合研发合同")
    draft(ctx, "nda.two_party.en", title="Mutual NDA")
    draft(ctx, "technical_service.two_party.en", title="Membrane testing")
    put_status(ctx, battery.id, ContractStatus.IN_REVIEW)
    screen.refresh()
    assert titles(screen) == ["Membrane testing", "Mutual NDA", "固态锂电池联合研发合同"]
    assert screen.count_label.text() == "3 contracts"

    screen.search.setText("联合")  # two Chinese characters inside the title
    screen.apply_filter()
    assert titles(screen) == ["固态锂电池联合研发合同"]
    screen.search.clear()
    screen.filter_status("in_review")
    assert titles(screen) == ["固态锂电池联合研发合同"]
    in_review = screen.status_filter.findData("in_review")
    assert screen.status_filter.itemText(in_review) == "In review (1)"
    screen.filter_status("")
    screen.kind_filter.setCurrentIndex(screen.kind_filter.findData("nda"))
    assert titles(screen) == ["Mutual NDA"]

    screen.search.setText("nothing like this")
    screen.apply_filter()
    assert screen.stack.currentWidget() is screen.empty
    screen.empty.button.click()  # Clear search and filters
    assert len(titles(screen)) == 3 and screen.search.text() == ""


def test_void_contracts_show_only_when_asked_for(screen, ctx) -> None:
    gone = draft(ctx, title="Dropped deal")
    draft(ctx, title="Live deal")
    put_status(ctx, gone.id, ContractStatus.VOID)
    screen.refresh()
    assert titles(screen) == ["Live deal"]
    screen.filter_status("*")
    assert titles(screen) == ["Dropped deal", "Live deal"]


# -- a new contract -------------------------------------------------------------------------


def test_the_dialog_leads_to_a_template_and_shows_its_title(qtbot) -> None:
    templates = list_templates()
    dialog = NewContractDialog(
        None, "New contract", kind="nda", parties="three_party", language="zh", templates=templates
    )
    qtbot.addWidget(dialog)
    assert dialog.chosen_id() == "nda.three_party.zh"
    title = next(t.title for t in templates if t.id == "nda.three_party.zh")
    assert title in dialog.template_label.text() and dialog.ok.isEnabled()
    dialog.two.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.chosen_id() == "nda.two_party.en"
    # A combination without a template cannot be chosen.
    partial = NewContractDialog(
        None, "New contract", templates=[t for t in templates if t.id != "joint_rd.two_party.en"]
    )
    qtbot.addWidget(partial)
    assert partial.chosen_id() == "joint_rd.two_party.en" and not partial.ok.isEnabled()


def test_new_contract_from_the_dialog_opens_in_the_form(screen, ctx, monkeypatch) -> None:
    asked = answer(monkeypatch, NewContractDialog, "technology_transfer.three_party.zh")
    screen.new_action.trigger()
    assert asked and asked[0][-1]["language"] == ctx.language
    form = screen.form
    detail = stored(ctx, form.contract_id)
    assert detail.template_id == "technology_transfer.three_party.zh"
    template = load_template(detail.template_id)
    assert detail.status == "draft" and detail.data.title == template.info.title
    roles = template.roles
    assert [(p.role, p.role_label, p.name) for p in detail.data.parties] == [
        (r.key, r.label, "") for r in roles
    ]
    assert detail.number in form.title_label.text()
    assert titles(screen) == [template.info.title]
    assert not form.buttons[form.save_action].isHidden()  # a draft is edited at once


# -- saving and review ----------------------------------------------------------------------


def test_a_validation_error_is_shown_in_the_editor_and_a_banner(
    qtbot, ctx, monkeypatch, messages
) -> None:
    detail = draft(ctx)
    form = form_for(qtbot, ctx, CLERK, detail.id)
    shown: list[dict[str, str]] = []
    real = form.editor.show_errors
    monkeypatch.setattr(form.editor, "show_errors", lambda e: shown.append(e) or real(e))
    form.editor.details.lines["title"].setText("")
    assert form.is_dirty() and form.save_action.isEnabled()
    form.save_action.trigger()
    assert shown and "title" in shown[0]
    assert not form.error_banner.isHidden() and "not saved" in form.error_banner.text()
    assert form.is_dirty() and messages  # the text stays; the clerk was told
    assert stored(ctx, detail.id).data.title == detail.data.title


def test_submit_then_a_supervisor_approves(qtbot, ctx, monkeypatch) -> None:
    detail = draft(ctx)
    clerk = form_for(qtbot, ctx, CLERK, detail.id)
    assert offered(clerk) == {"save", "submit"}
    clerk.editor.details.lines["subject"].setText("Solid-state electrolyte, second phase")
    clerk.submit_action.trigger()  # saves the change first, then submits
    after = stored(ctx, detail.id)
    assert after.status == "in_review"
    assert after.data.subject == "Solid-state electrolyte, second phase"
    assert offered(clerk) == set()  # a clerk sees no Approve and cannot edit it in review
    assert "Waiting for a supervisor" in clerk.notice.text()

    boss = form_for(qtbot, ctx, SUPERVISOR, detail.id)
    assert offered(boss) == {"approve", "return"}
    asked = answer(monkeypatch, Confirm, True)
    boss.approve_action.trigger()
    assert asked and stored(ctx, detail.id).status == "approved"
    assert "Approved" in boss.meta.text()


def test_returned_with_comments_the_clerk_sees_them(qtbot, ctx, monkeypatch) -> None:
    detail = ctx.write(contracts.submit_for_review, draft(ctx).id, CLERK)
    boss = form_for(qtbot, ctx, SUPERVISOR, detail.id)
    answer(monkeypatch, ReturnContractDialog, None)  # cancelled: nothing happens
    boss.return_action.trigger()
    assert stored(ctx, detail.id).status == "in_review"
    answer(monkeypatch, ReturnContractDialog, "Clause 4: pay after acceptance, not before.")
    boss.return_action.trigger()
    assert stored(ctx, detail.id).status == "returned"

    clerk = form_for(qtbot, ctx, CLERK, detail.id)
    assert "Clause 4: pay after acceptance, not before." in clerk.notice.text()
    assert not clerk.notice.isHidden()
    assert offered(clerk) == {"save", "submit"}


def test_a_stale_save_keeps_the_text_or_reloads(qtbot, ctx, monkeypatch) -> None:
    detail = draft(ctx)
    form = form_for(qtbot, ctx, CLERK, detail.id)
    ctx.write(
        contracts.update_contract,
        detail.id,
        detail.version,
        replace(detail.data, title="Changed by a colleague"),
        CLERK,
    )
    form.editor.details.lines["title"].setText("My title")
    asked = answer(monkeypatch, StaleRecord, StaleRecord.KEEP)
    form.save_action.trigger()
    assert asked and form.is_dirty()
    assert form.editor.details.lines["title"].text() == "My title"
    assert stored(ctx, detail.id).data.title == "Changed by a colleague"
    answer(monkeypatch, StaleRecord, StaleRecord.RELOAD)
    form.save_action.trigger()
    assert not form.is_dirty()
    assert form.editor.details.lines["title"].text() == "Changed by a colleague"


# -- changing an approved contract ----------------------------------------------------------


def test_changing_an_approved_contract_sends_it_back_to_draft(qtbot, ctx, monkeypatch) -> None:
    detail = draft(ctx)
    put_status(ctx, detail.id, ContractStatus.APPROVED)
    form = form_for(qtbot, ctx, CLERK, detail.id)
    assert offered(form) == {"change"}
    asked = answer(monkeypatch, Confirm, False)
    form.change_action.trigger()
    assert asked and "void" in asked[0][2] and offered(form) == {"change"}
    answer(monkeypatch, Confirm, True)
    form.change_action.trigger()
    assert "save" in offered(form) and "change" not in offered(form)
    form.editor.details.lines["title"].setText("Joint R&D, revised")
    form.save_action.trigger()
    after = stored(ctx, detail.id)
    assert after.status == "draft" and after.data.title == "Joint R&D, revised"
    assert offered(form) == {"save", "submit"}


@pytest.mark.parametrize("status", [ContractStatus.SIGNED, ContractStatus.VOID])
def test_signed_or_void_contracts_cannot_be_changed(qtbot, ctx, status) -> None:
    detail = draft(ctx)
    put_status(ctx, detail.id, status)
    form = form_for(qtbot, ctx, SUPERVISOR, detail.id)
    assert offered(form) == set()
    assert not form.save_action.isEnabled()


def test_a_viewer_reads_but_is_offered_nothing(qtbot, ctx) -> None:
    detail = draft(ctx)
    form = form_for(qtbot, ctx, Actor("reader", Role.VIEWER), detail.id)
    assert offered(form) == set() and not form.read_only_note.isHidden()


# -- from an agreed match -------------------------------------------------------------------


def test_an_agreed_match_becomes_a_contract_on_the_contracts_screen(
    qtbot, ctx, monkeypatch
) -> None:
    office = make_office(ctx.db, publish=False)
    with UnitOfWork(ctx.db) as uow:
        uow.acting(CLERK, Action.EDIT_LISTINGS)
        for listing_id in (office.demand_id, *office.supply_ids):
            listing = uow.session.get(Listing, listing_id)
            assert listing is not None
            listing.cooperation_types = "licensing"
        uow.commit()
    match_id = put_match(ctx.db, office, MatchStatus.AGREED)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_screen("matches")
    board = window.screens["matches"]
    board.open_match(match_id)
    button = board.buttons["contract"]
    assert not button.isHidden()
    asked = answer(monkeypatch, NewContractDialog, "technology_transfer.two_party.en")
    button.click()
    assert asked[0][-1]["kind"] == "technology_transfer" and asked[0][-1]["parties"] == "two_party"
    assert window.current_key() == "contracts"
    form = window.screens["contracts"].form
    detail = stored(ctx, form.contract_id)
    assert detail.match_id == match_id and detail.kind == "technology_transfer"
    # the supply side (江南大学) transfers its technology to the demand side
    assert [p.name for p in detail.data.parties] == ["江南大学", "常州新能源科技有限公司"]

    # A second time, the clerk is asked first whether another contract is wanted.
    window.show_screen("matches")
    board.open_match(match_id)
    question = answer(monkeypatch, Confirm, False)
    button.click()
    assert question and detail.number in question[0][2]
    assert len(ctx.read(contract_lists.contracts_of_match, match_id)) == 1


def test_only_an_agreed_match_offers_a_contract(qtbot, ctx) -> None:
    office = make_office(ctx.db, publish=False)
    match_id = put_match(ctx.db, office, MatchStatus.NEGOTIATING)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_screen("matches")
    board = window.screens["matches"]
    board.open_match(match_id)
    assert board.buttons["contract"].isHidden()
    assert not board.buttons["agree"].isHidden()
