"""Copy out, offline edits on both sides, sync both ways: against SQLite and PostgreSQL offices."""

import json

import pytest
from sqlalchemy import func, select

from app.errors import DomainError
from app.models import AuditEntry, Member, SyncConflict
from app.services import audit, conflicts, members, sync
from app.services.uow import UnitOfWork
from tests.sync.conftest import CLERK, both_ways, copy, data_of, edit, member


def test_a_full_copy_holds_everything_and_syncing_at_once_changes_nothing(office, laptop) -> None:
    member(
        office,
        "深圳市比亚迪电池有限公司",
        contacts=[members.ContactData("王工", phone="0755 2345 6789")],
    )
    summary = copy(office, laptop)
    assert summary.records == 2  # the member and its contact
    assert summary.series and not summary.refreshed
    assert data_of(laptop) == data_of(office)
    info = sync.copy_info(laptop)
    assert info is not None and info.last_sync is None and info.unsent == 0
    assert info.remote_site == office.site_id
    assert sync.copy_info(office) is None
    result = both_ways(laptop, office)
    assert result.nothing_new and not result.cancelled
    assert data_of(laptop) == data_of(office)


def test_changes_travel_both_ways_with_their_audit_entries(office, laptop) -> None:
    shared = member(office, "华南理工大学", kind="university")
    copy(office, laptop)
    fair = member(laptop, "东莞新材料科技有限公司")
    edit(office, shared.id, city="广州市")
    result = both_ways(laptop, office)
    assert (result.sent, result.received, result.new_conflicts) == (1, 1, 0)
    assert data_of(laptop) == data_of(office)
    with UnitOfWork(office) as uow:
        assert members.get_member(uow, fair.id).data.name == "东莞新材料科技有限公司"
        history = audit.history(uow, entity="member", entity_id=fair.id)
        assert [row.site_id for row in history] == [laptop.site_id]
        assert audit.verify_chain(uow, CLERK).ok
    with UnitOfWork(laptop) as uow:
        assert members.get_member(uow, shared.id).data.city == "广州市"
        assert audit.verify_chain(uow, CLERK).ok
    again = both_ways(laptop, office)
    assert again.nothing_new
    info = sync.copy_info(laptop)
    assert info is not None and info.last_sync is not None and info.unsent == 0


def test_an_edit_on_both_sides_is_a_conflict_with_both_versions_kept(office, laptop) -> None:
    shared = member(office, "中科院深圳先进技术研究院", kind="research_institute")
    copy(office, laptop)
    edit(office, shared.id, city="深圳市", website="https://office.example")
    edit(laptop, shared.id, city="东莞市")
    result = both_ways(laptop, office)
    assert result.new_conflicts >= 1 and result.open_conflicts == 1
    assert data_of(laptop) == data_of(office)
    with UnitOfWork(laptop) as uow:
        [row] = conflicts.list_conflicts(uow, CLERK)
    fields = {f.name: (f.a, f.b) for f in row.fields}
    assert set(fields["city"]) == {"深圳市", "东莞市"}
    assert row.kind == "edit" and row.label == "中科院深圳先进技术研究院"
    with UnitOfWork(office) as uow:  # the same conflict on both sides
        assert [c.id for c in conflicts.list_conflicts(uow, CLERK)] == [row.id]


def test_resolving_field_by_field_is_saved_audited_and_synced(office, laptop) -> None:
    shared = member(office, "广东省科技厅", kind="government")
    copy(office, laptop)
    edit(office, shared.id, city="广州市", website="https://office.example")
    edit(laptop, shared.id, city="佛山市", website="https://laptop.example")
    both_ways(laptop, office)
    with UnitOfWork(office) as uow:
        [row] = conflicts.list_conflicts(uow, CLERK)
        a = {f.name: f.a for f in row.fields}
        b = {f.name: f.b for f in row.fields}
        conflicts.resolve(uow, CLERK, row.id, take_b=["city"], version=row.version)
        uow.commit()
    both_ways(laptop, office)
    for db in (office, laptop):
        with UnitOfWork(db) as uow:
            data = members.get_member(uow, shared.id).data
            assert (data.city, data.website) == (b["city"], a["website"])
            assert conflicts.list_conflicts(uow, CLERK) == []
            [done] = conflicts.list_conflicts(uow, CLERK, include_resolved=True)
            assert (done.status, done.resolution, done.resolved_by) == (
                "resolved",
                "merged",
                CLERK.name,
            )
    with UnitOfWork(laptop) as uow:  # the choice is in the record's history, made at the office
        newest = audit.history(uow, entity="member", entity_id=shared.id)[0]
        assert newest.site_id == office.site_id and "city" in newest.changes
    assert data_of(laptop) == data_of(office)


def test_resolving_twice_is_refused(office, laptop) -> None:
    shared = member(office, "佛山市顺德区家电研究院")
    copy(office, laptop)
    edit(office, shared.id, city="佛山市")
    edit(laptop, shared.id, city="顺德区")
    both_ways(laptop, office)
    with UnitOfWork(office) as uow:
        [row] = conflicts.list_conflicts(uow, CLERK)
        conflicts.resolve(uow, CLERK, row.id, version=row.version)
        uow.commit()
    with UnitOfWork(office) as uow, pytest.raises(DomainError, match="already resolved"):
        conflicts.resolve(uow, CLERK, row.id)


def test_a_removed_contact_edited_on_the_other_side_is_a_conflict(office, laptop) -> None:
    shared = member(
        office, "珠海格力电器", contacts=[members.ContactData("李工", phone="0756 123 4567")]
    )
    copy(office, laptop)
    with UnitOfWork(office) as uow:  # the office removes the contact
        detail = members.get_member(uow, shared.id)
        detail.data.contacts = []
        members.update_member(uow, shared.id, detail.version, detail.data, CLERK)
        uow.commit()
    with UnitOfWork(laptop) as uow:  # the fair changes its phone number
        detail = members.get_member(uow, shared.id)
        detail.data.contacts[0].phone = "0756 888 9999"
        members.update_member(uow, shared.id, detail.version, detail.data, CLERK)
        uow.commit()
    both_ways(laptop, office)
    assert data_of(laptop) == data_of(office)
    with UnitOfWork(office) as uow:
        # the contact; its member's search text, which both sides rewrote, is no conflict
        [row] = conflicts.list_conflicts(uow, CLERK)
        assert row.entity == "contact"
        assert row.deleted_a != row.deleted_b
        # the live version stays in the data while the clerk decides: no edit is lost
        assert (
            not row.deleted_a
            and {"phone": "+867568889999"}.items()
            <= json.loads(uow.session.get(SyncConflict, row.id).version_a).items()
        )


def test_a_member_registered_at_the_fair_twice_shows_as_a_duplicate(office, laptop) -> None:
    copy(office, laptop)
    code = "91110000600037341L"
    at_office = member(office, "深圳市大疆创新科技有限公司", registration_code=code)
    at_fair = member(laptop, "深圳大疆创新科技有限公司", registration_code=code)
    both_ways(laptop, office)
    assert data_of(laptop) == data_of(office)
    with UnitOfWork(office) as uow:
        holders = uow.session.scalars(
            select(Member.id).where(Member.registration_code == code)
        ).all()
        assert len(holders) == 1  # the code stays with the member registered first
        candidates = members.find_possible_duplicates(
            uow, "深圳大疆创新科技有限公司", registration_code=code, exclude_id=at_fair.id
        )
        assert [c.id for c in candidates] == [at_office.id]
        assert {c.reason for c in candidates} == {"same registration code"}
        twins = members.find_possible_duplicates(
            uow, "深圳市大疆创新科技有限公司", exclude_id=at_office.id
        )
        assert [c.id for c in twins] == [at_fair.id]
        [row] = conflicts.list_conflicts(uow, CLERK)
        assert row.kind == "duplicate" and row.other_id in {at_office.id, at_fair.id}
        assert [f.name for f in row.fields] == ["registration_code"]


def test_a_second_copy_over_unsent_changes_is_refused(office, laptop) -> None:
    copy(office, laptop)
    member(laptop, "东莞市松山湖研究院")
    with pytest.raises(DomainError, match="Sync first"):
        copy(office, laptop)
    both_ways(laptop, office)
    again = copy(office, laptop)
    assert again.refreshed
    assert data_of(laptop) == data_of(office)


def test_a_copy_is_not_made_over_a_database_of_its_own(office, new_site) -> None:
    own = new_site("own")
    member(own, "自有数据库的会员")
    with pytest.raises(DomainError, match="database of its own"):
        copy(office, own)


def test_numbers_made_on_the_copy_carry_its_series(office, laptop) -> None:
    from app.services import numbering

    summary = sync.copy_out(office, laptop, CLERK, series="fair1")
    assert summary.series == "FAIR1"
    with UnitOfWork(laptop) as uow:
        assert numbering.with_series(uow, "HX-") == "HX-FAIR1-"
    with pytest.raises(DomainError, match="letters or digits"):
        sync.copy_out(office, laptop, CLERK, series="L 2!")


def test_a_newer_schema_on_the_other_side_is_refused_and_nothing_changes(office, laptop) -> None:
    copy(office, laptop)
    member(laptop, "未同步的会员")
    before = data_of(office)
    with office.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    try:
        with pytest.raises(DomainError, match="newer version of Helix"):
            both_ways(laptop, office)
        assert data_of(office) == before
    finally:
        with office.engine.begin() as conn:
            conn.exec_driver_sql(
                f"UPDATE alembic_version SET version_num = '{office.head_revision()}'"
            )


def test_an_unreachable_office_is_a_plain_message() -> None:
    with pytest.raises(DomainError, match="could not reach"):
        sync.open_remote("postgresql+psycopg://nobody@127.0.0.1:1/helix")


def test_the_trail_is_copied_whole_and_the_chains_verify(office, laptop) -> None:
    member(office, "广州汽车集团")
    copy(office, laptop)
    with UnitOfWork(laptop) as uow:
        count = uow.session.scalar(select(func.count(AuditEntry.id)))
        assert count and audit.verify_chain(uow, CLERK).ok
