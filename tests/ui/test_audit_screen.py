"""The Audit trail screen: recent entries in plain language, filtered by kind of record and id,
and the check that finds an entry changed after it was written."""

import pytest
from sqlalchemy import text

from app.models import Role
from app.services import members
from app.services.permissions import Actor
from app.ui.audit_screen import AuditScreen
from app.ui.context import AppContext

SUPERVISOR = Actor("zhaolei", Role.SUPERVISOR)


@pytest.fixture
def screen(qtbot, sqlite_db) -> AuditScreen:
    widget = AuditScreen(AppContext(sqlite_db, SUPERVISOR))
    qtbot.addWidget(widget)
    return widget


def whats(screen: AuditScreen) -> list[str]:
    return [line.what for line in screen.model.rows]


def test_recent_entries_read_in_plain_language(screen, add_member, ctx) -> None:
    detail = add_member("宁波舟山港集团有限公司")
    data = detail.data
    data.city = "宁波"
    ctx.write(members.update_member, detail.id, detail.version, data, ctx.actor)
    screen.reload()
    assert whats(screen)[0] == "changed City from “深圳” to “宁波”"
    first = screen.model.rows[0]
    assert first.record == "Member 宁波舟山港集团有限公司" and first.entry.actor == "test-clerk"
    assert screen.count_label.text() == "3 entries"  # member, contact, the edit
    screen.table.selectRow(0)
    assert "City: 深圳 → 宁波" in screen.details.toPlainText()


def test_entries_filter_by_kind_and_id(screen, add_member) -> None:
    first = add_member("浙江大学", kind="university")
    add_member("西湖大学", kind="university")
    screen.entity_filter.setCurrentIndex(screen.entity_filter.findData("contact"))
    assert {line.record for line in screen.model.rows} == {"Contact 张伟"}
    assert len(screen.model.rows) == 2
    screen.entity_filter.setCurrentIndex(screen.entity_filter.findData("member"))
    screen.id_filter.setText(first.id)
    screen.show_button.click()
    assert [line.record for line in screen.model.rows] == ["Member 浙江大学"]


def test_verify_reports_an_intact_trail(screen, add_member) -> None:
    add_member("浙江大学", kind="university")
    screen.verify_button.click()
    assert screen.verify_result.text() == "The audit trail is intact: 2 entries checked."
    assert screen.verify_button.isEnabled()


def test_verify_finds_an_entry_changed_in_the_database(screen, add_member, sqlite_db) -> None:
    add_member("浙江大学", kind="university")
    with sqlite_db.engine.begin() as conn:  # someone edits the trail behind Helix's back
        conn.execute(
            text(
                "UPDATE audit_entry SET actor = 'nobody' "
                "WHERE seq = (SELECT min(seq) FROM audit_entry)"
            )
        )
    screen.verify_button.click()
    result = screen.verify_result.text()
    assert result.startswith("The audit trail was tampered with:")
    assert "was changed after it was written" in result


def test_a_clerk_is_refused_by_the_service_too(qtbot, ctx, messages) -> None:
    widget = AuditScreen(ctx)
    qtbot.addWidget(widget)
    assert messages and "may not read and verify the audit trail" in messages[0]
