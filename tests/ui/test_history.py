"""The History panel: a record's audit entries in plain language, newest first, beside the member,
alliance and contract forms; refreshed after a save."""

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale

from app.services import alliances, contracts, members
from app.services.alliances import AllianceData
from app.services.audit import AuditRow
from app.services.members import ContactData
from app.ui.alliances.screen import AlliancesScreen
from app.ui.contracts.form import ContractForm
from app.ui.history import HistoryPanel, HistorySubject, history_lines
from app.ui.registry.screen import RegistryScreen
from tests.services.test_contracts import BOSS, draft, edit

from .conftest import CLERK


@pytest.fixture
def screen(qtbot, ctx) -> RegistryScreen:
    widget = RegistryScreen(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def open_history(screen: RegistryScreen) -> HistoryPanel:
    screen.form.tabs.setCurrentWidget(screen.form.history)
    return screen.form.history


def test_editing_a_member_shows_the_change_in_plain_language(screen, add_member) -> None:
    add_member("宁波舟山港集团有限公司", website="https://www.nbport.com.cn")
    screen.refresh()
    screen.table.selectRow(0)
    screen.form.edits["city"].setText("宁波")
    screen.form.edits["website"].setText("https://www.nbzsport.cn")
    screen.form.save()
    texts = open_history(screen).model.texts()
    assert len(texts) == 3  # created, the contact added with it, then the edit
    newest = texts[0]
    assert "test-clerk changed City from “深圳” to “宁波”" in newest
    assert "Website from “https://www.nbport.com.cn” to “https://www.nbzsport.cn”" in newest
    assert texts[-1].endswith("test-clerk created the record")
    assert "added contact 张伟" in texts[1]


def test_a_removed_contact_stays_in_the_history(screen, add_member) -> None:
    add_member("浙江大学", kind="university")
    screen.refresh()
    screen.table.selectRow(0)
    history = open_history(screen)
    screen.form.contacts.set_contacts([])
    screen.form.save()
    assert "removed contact 张伟" in history.model.texts()[0]


def test_archiving_reads_archived(screen, add_member, ctx, monkeypatch) -> None:
    from app.ui.prompts import Confirm

    add_member("中国科学院宁波材料技术与工程研究所", kind="research_institute")
    screen.refresh()
    screen.table.selectRow(0)
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda *_a: True))
    screen.form.archive_action.trigger()
    assert open_history(screen).model.texts()[0].endswith("test-clerk archived the record")


def test_the_history_loads_only_when_shown(qtbot, ctx, add_member) -> None:
    detail = add_member("上海交通大学", kind="university")
    panel = HistoryPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_subject(HistorySubject("member", detail.id))
    assert panel.model.rowCount() == 0  # hidden: nothing read yet
    panel.show()
    texts = panel.model.texts()
    assert any("created the record" in t for t in texts)
    assert len(texts) == 1 + len(detail.data.contacts)  # the member and each contact added


def test_long_values_are_shortened_and_kept_whole_in_the_tooltip() -> None:
    long = "面向新能源汽车动力电池的高安全固态电解质材料研发与中试" * 3
    row = AuditRow(
        2,
        "site",
        datetime(2026, 11, 28, 2, 3, tzinfo=UTC),
        "李娜",
        "member",
        "m1",
        "update",
        {"description": ["", long]},
    )
    (line,) = history_lines([row], "member", "m1", {})
    assert "changed Description to “" in line.text and "…”" in line.text
    assert long not in line.text
    assert long in line.details


def test_the_alliance_form_shows_members_joining(qtbot, ctx, add_member) -> None:
    member = add_member("比亚迪股份有限公司")
    detail = ctx.write(alliances.create_alliance, AllianceData(name="新能源汽车产业联盟"), CLERK)
    ctx.write(alliances.add_alliance_member, detail.id, member.id, CLERK)
    screen = AlliancesScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.open_alliance(detail.id)
    screen.form.tabs.setCurrentWidget(screen.form.history)
    texts = screen.form.history.model.texts()
    assert "added member 比亚迪股份有限公司 as Member" in texts[0]
    assert texts[-1].endswith("created the record")
    screen.form.focus.setText("动力电池")
    screen.form.save()
    assert "changed Focus to “动力电池”" in screen.form.history.model.texts()[0]


def test_a_contact_renamed_reads_with_its_names(ctx, add_member) -> None:
    detail = add_member("华为技术有限公司")
    data = detail.data
    data.contacts = [ContactData("王芳", "总监", "wang.fang@example.cn", id=data.contacts[0].id)]
    ctx.write(members.update_member, detail.id, detail.version, data, CLERK)
    from app.services.audit import history

    contact_id = data.contacts[0].id
    rows = ctx.read(history, entity="member", entity_id=detail.id)
    rows += ctx.read(history, entity="contact", entity_id=contact_id)
    texts = [line.text for line in history_lines(rows, "member", detail.id, {})]
    assert "changed contact 王芳: Name from “张伟” to “王芳”" in texts[0]
    assert "Title from “经理” to “总监”" in texts[0]


@pytest.fixture
def english_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


def test_a_contracts_history_reads_in_labels_not_stored_values(qtbot, ctx, english_locale) -> None:
    detail = draft(ctx.db)
    detail = edit(
        ctx.db,
        detail,
        subject="固态电解质中试",
        dispute_method="litigation",
        confidentiality_years=3,
    )
    ctx.write(contracts.submit_for_review, detail.id, CLERK)
    ctx.write(contracts.approve_contract, detail.id, BOSS)
    form = ContractForm(ctx)
    qtbot.addWidget(form)
    form.show()
    form.open_contract(detail.id)
    form.editor.setCurrentWidget(form.history)
    lines = form.history.model.lines
    texts = [line.text for line in lines]
    approved, submitted = texts[:2]
    updated = next(t for t in texts if "changed Subject" in t)
    created = texts[-1]
    assert "saved revision 2" in texts[2] and any("saved revision 1" in t for t in texts)
    assert any("added 15 clauses: Recitals, Definitions" in t for t in texts)  # one line
    assert any("changed clause Confidentiality: Text" in t for t in texts)
    assert approved.endswith("supervisor-zhao changed Status from “In review” to “Approved”")
    assert submitted.endswith("test-clerk changed Status from “Draft” to “In review”")
    assert "Subject from “固态锂电池电解质制备技术” to “固态电解质中试”" in updated
    assert "Dispute resolution from “Arbitration” to “Court proceedings”" in updated
    assert "Confidentiality period from “5 years” to “3 years”" in updated
    assert created.endswith("created the record")
    assert "Contract type: — → Joint R&D" in lines[-1].details
    assert "Contract value: — → 1,200,000.00" in lines[-1].details
    shown = " ".join(line.text + line.details for line in lines)
    for stored in ("in_review", "arbitration", "litigation", "confidentiality_years"):
        assert stored not in shown


def contract_row(entity: str, changes: dict, action: str = "insert") -> AuditRow:
    at = datetime(2026, 11, 28, 2, 3, tzinfo=UTC)
    return AuditRow(7, "site", at, "李娜", entity, f"{entity}-1", action, changes)


def test_a_changed_clause_shows_where_its_text_changed() -> None:
    opening = "1. Each Party shall keep confidential the know-how and business information "
    before = opening + "received from the other Party for five years after the end of the contract."
    after = opening + "received from the other Party for ten years after the end of the contract."
    row = contract_row("contract_clause", {"text": [before, after]}, "update")
    (line,) = history_lines([row], "contract", "c1", {})
    assert "changed clause (no name): Text from “…" in line.text
    assert "for five years" in line.text and "for ten years" in line.text
    assert opening not in line.text and len(line.text) < len(before)


def test_stored_files_read_as_their_size(english_locale) -> None:
    pdf = f"{120 * 1024} bytes, SHA-256 {'ab' * 32}"
    issue = contract_row("contract_issue", {"revision_number": [None, 3], "pdf": [None, pdf]})
    scan = f"{1536 * 1024} bytes, SHA-256 {'cd' * 32}"
    signature = contract_row(
        "contract_signature",
        {
            "party_name": [None, "华东理工大学"],
            "method": [None, "wet_ink"],
            "signed_on": [None, "2026-11-27"],
            "scan": [None, scan],
        },
    )
    texts = [line.text for line in history_lines([issue, signature], "contract", "c1", {})]
    assert texts[0].endswith("recorded the signature of 华东理工大学 (wet ink, signed on 11/27/26)")
    assert texts[1].endswith("issued revision 3 for signature (a file of 120 kB)")
    (line,) = history_lines([signature], "contract_signature", "contract_signature-1", {})
    assert "Scanned copy: — → a file of 1.5 MB, SHA-256 " + "cd" * 32 in line.details
    assert "bytes, SHA-256" not in " ".join(texts)
