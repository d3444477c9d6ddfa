"""Member registry services, on SQLite and PostgreSQL."""

import pytest

from app.db import Database
from app.errors import DomainError, NotFoundError, StaleRecordError, ValidationError
from app.services import member_search, members
from app.services.member_search import MemberQuery
from app.services.members import ContactData, MemberData
from app.services.uow import Actor, UnitOfWork

CLERK = Actor("clerk-li")
OTHER = Actor("clerk-wang")
VALID_USCC = "91350100M000100Y43"


def huawei(**changes: object) -> MemberData:
    data = MemberData(
        kind="enterprise",
        name="深圳市华为技术有限公司",
        short_name="华为",
        registration_code="",
        region="广东省",
        city="深圳",
        sectors=["C39", "I65"],
        keywords=["5G", "通信设备"],
        contacts=[ContactData("张伟", "技术转移经理", "zhang.wei@example.cn", "138 1234 5678")],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def create(db: Database, data: MemberData, by: Actor = CLERK) -> members.MemberDetail:
    with UnitOfWork(db) as uow:
        detail = members.create_member(uow, data, by)
        uow.commit()
    return detail


def test_creating_a_member_stores_and_stamps_it(database: Database) -> None:
    detail = create(database, huawei(registration_code=VALID_USCC))
    with UnitOfWork(database) as uow:
        loaded = members.get_member(uow, detail.id)
    assert loaded.data.name == "深圳市华为技术有限公司"
    assert loaded.data.contacts[0].phone == "+8613812345678"
    assert loaded.data.sectors == ["C39", "I65"]
    assert loaded.version == 1
    assert loaded.updated_by == "clerk-li"
    assert len(detail.id) == 36


def test_nothing_is_saved_without_commit(database: Database) -> None:
    with UnitOfWork(database) as uow:
        members.create_member(uow, huawei(), CLERK)
    with UnitOfWork(database) as uow:
        assert member_search.count_members(uow, MemberQuery()) == 0


def test_bad_fields_are_all_named(database: Database) -> None:
    data = huawei(
        name=" ",
        registration_code="91350100M000100Y44",
        website="not a site",
        contacts=[ContactData("王芳", email="wang@", phone="12")],
    )
    with UnitOfWork(database) as uow, pytest.raises(ValidationError) as refused:
        members.create_member(uow, data, CLERK)
    assert {"name", "registration_code", "website", "contacts.0.email", "contacts.0.phone"} <= set(
        refused.value.fields
    )


def test_unknown_sector_is_refused(database: Database) -> None:
    with UnitOfWork(database) as uow, pytest.raises(ValidationError) as refused:
        members.create_member(uow, huawei(sectors=["Z99"]), CLERK)
    assert "Z99" in refused.value.fields["sectors"]


def test_a_registration_code_can_be_registered_only_once(database: Database) -> None:
    create(database, huawei(registration_code=VALID_USCC))
    with UnitOfWork(database) as uow, pytest.raises(DomainError) as refused:
        members.create_member(
            uow, huawei(name="华为终端有限公司", registration_code=VALID_USCC.lower()), CLERK
        )
    assert "already used by “深圳市华为技术有限公司”" in refused.value.message


def test_editing_increments_the_version_and_records_the_editor(database: Database) -> None:
    detail = create(database, huawei())
    with UnitOfWork(database) as uow:
        changed = members.update_member(uow, detail.id, detail.version, huawei(city="东莞"), OTHER)
        uow.commit()
    assert changed.version == 2
    assert changed.updated_by == "clerk-wang"
    assert changed.data.city == "东莞"


def test_a_stale_edit_is_refused_and_the_colleagues_change_kept(database: Database) -> None:
    detail = create(database, huawei())
    with UnitOfWork(database) as uow:
        members.update_member(uow, detail.id, detail.version, huawei(city="东莞"), OTHER)
        uow.commit()
    with UnitOfWork(database) as uow, pytest.raises(StaleRecordError) as refused:
        members.update_member(uow, detail.id, detail.version, huawei(city="广州"), CLERK)
    assert "Someone else saved this record" in refused.value.message
    with UnitOfWork(database) as uow:
        assert members.get_member(uow, detail.id).data.city == "东莞"


def test_a_concurrent_save_is_caught_by_the_version_column(pg_db: Database) -> None:
    """Two clerks load version 1; the second save to reach the server is refused."""
    detail = create(pg_db, huawei())
    with UnitOfWork(pg_db) as mine:
        from app.models import Member

        held = mine.session.get(Member, detail.id)  # loaded at version 1 in this unit of work
        assert held is not None and held.version == 1
        with UnitOfWork(pg_db) as theirs:
            members.update_member(theirs, detail.id, 1, huawei(city="广州"), OTHER)
            theirs.commit()
        with pytest.raises(StaleRecordError):
            members.update_member(mine, detail.id, 1, huawei(city="东莞"), CLERK)
    with UnitOfWork(pg_db) as uow:
        assert members.get_member(uow, detail.id).data.city == "广州"


def test_contacts_are_edited_in_place_and_removed(database: Database) -> None:
    detail = create(database, huawei())
    contact = detail.data.contacts[0]
    data = huawei(
        contacts=[
            ContactData("张伟", "总监", contact.email, contact.phone, contact.id),
            ContactData("李娜", email="li.na@example.cn"),
        ]
    )
    with UnitOfWork(database) as uow:
        changed = members.update_member(uow, detail.id, 1, data, CLERK)
        uow.commit()
    assert [c.name for c in changed.data.contacts] == ["张伟", "李娜"]
    assert changed.data.contacts[0].id == contact.id
    with UnitOfWork(database) as uow:
        changed = members.update_member(uow, detail.id, changed.version, huawei(contacts=[]), CLERK)
        uow.commit()
    assert changed.data.contacts == []


def test_search_finds_chinese_two_character_terms_and_contacts(database: Database) -> None:
    create(database, huawei())
    create(
        database,
        huawei(
            name="浙江大学",
            kind="university",
            short_name="浙大",
            city="杭州",
            keywords=["材料"],
            contacts=[ContactData("Anna Schmidt")],
        ),
    )
    with UnitOfWork(database) as uow:

        def names(q: str) -> list[str]:
            return [r.name for r in member_search.search_members(uow, MemberQuery(text=q))]

        assert names("通信") == ["深圳市华为技术有限公司"]
        assert names("杭州") == ["浙江大学"]
        assert names("schmidt") == ["浙江大学"]
        assert names("ＳＣＨＭＩＤＴ") == ["浙江大学"]  # full-width typed
        assert names("5g 华为") == ["深圳市华为技术有限公司"]
        assert names("50%") == []


def test_facets_filter_by_kind_sector_section_and_region(database: Database) -> None:
    create(database, huawei())
    create(database, huawei(name="浙江大学", kind="university", region="浙江省", sectors=["P83"]))
    with UnitOfWork(database) as uow:

        def names(**kw: str) -> list[str]:
            return [r.name for r in member_search.search_members(uow, MemberQuery(**kw))]

        assert names(kind="university") == ["浙江大学"]
        assert names(sector="C") == ["深圳市华为技术有限公司"]
        assert names(sector="C39") == ["深圳市华为技术有限公司"]
        assert names(sector="C3") == []
        assert names(region="浙江省") == ["浙江大学"]
        assert member_search.member_regions(uow) == sorted(["广东省", "浙江省"])


def test_sorting_and_paging_are_done_by_the_database(database: Database) -> None:
    for i in range(25):
        create(database, huawei(name=f"Member {i:02d}", contacts=[]))
    with UnitOfWork(database) as uow:
        query = MemberQuery(sort="name", descending=True)
        first = member_search.search_members(uow, query, offset=0, limit=10)
        second = member_search.search_members(uow, query, offset=10, limit=10)
        assert first[0].name == "Member 24"
        assert second[0].name == "Member 14"
        assert member_search.count_members(uow, query) == 25


def test_archived_members_leave_the_default_list_and_can_be_restored(database: Database) -> None:
    detail = create(database, huawei())
    with UnitOfWork(database) as uow:
        members.archive_member(uow, detail.id, CLERK, expected_version=1)
        uow.commit()
    with UnitOfWork(database) as uow:
        assert member_search.count_members(uow, MemberQuery()) == 0
        assert member_search.count_members(uow, MemberQuery(include_archived=True)) == 1
        assert member_search.count_members(uow, MemberQuery(status="archived")) == 1
        with pytest.raises(DomainError):
            members.archive_member(uow, detail.id, CLERK)
        members.restore_member(uow, detail.id, CLERK)
        uow.commit()
    with UnitOfWork(database) as uow:
        assert member_search.count_members(uow, MemberQuery()) == 1


def test_duplicates_are_found_by_similar_name_and_same_code(database: Database) -> None:
    existing = create(database, huawei(registration_code=VALID_USCC))
    create(database, huawei(name="北京大学", kind="university", contacts=[]))
    with UnitOfWork(database) as uow:
        by_name = members.find_possible_duplicates(uow, "华为技术有限公司")
        by_code = members.find_possible_duplicates(
            uow, "Something else", registration_code=VALID_USCC
        )
        other_uni = members.find_possible_duplicates(uow, "南京大学")
        itself = members.find_possible_duplicates(
            uow, "深圳市华为技术有限公司", exclude_id=existing.id
        )
    assert [c.id for c in by_name] == [existing.id]
    assert by_code[0].reason == "same registration code"
    assert other_uni == []
    assert itself == []


def test_a_missing_member_is_reported_clearly(database: Database) -> None:
    with UnitOfWork(database) as uow, pytest.raises(NotFoundError):
        members.get_member(uow, "00000000-0000-0000-0000-000000000000")


def test_writes_without_an_actor_are_a_programming_error(database: Database) -> None:
    from app.models import Member, MemberKind

    with UnitOfWork(database) as uow, pytest.raises(RuntimeError):
        uow.session.add(Member(kind=MemberKind.OTHER, name="x"))
        uow.session.flush()


def test_rows_carry_this_databases_site_id(database: Database) -> None:
    detail = create(database, huawei())
    from app.models import Member

    with UnitOfWork(database) as uow:
        assert uow.session.get(Member, detail.id).origin_site == database.site_id  # type: ignore[union-attr]


def test_a_capped_count_stops_counting_early(database: Database) -> None:
    for i in range(5):
        create(database, huawei(name=f"Zhang {i} Ltd", contacts=[]))
    with UnitOfWork(database) as uow:
        assert member_search.count_members(uow, MemberQuery(text="zhang"), at_most=3) == 4
        assert member_search.count_members(uow, MemberQuery(text="zhang"), at_most=10) == 5


def test_every_sort_column_returns_the_same_matches(database: Database) -> None:
    for i in range(6):
        create(database, huawei(name=f"电池 {i}", city=f"City {5 - i}", contacts=[]))
    with UnitOfWork(database) as uow:
        for sort in member_search.SORT_COLUMNS:
            rows = member_search.search_members(uow, MemberQuery(text="电池", sort=sort))
            assert len(rows) == 6, sort
        by_city = member_search.search_members(uow, MemberQuery(text="电池", sort="city"))
        assert [r.city for r in by_city] == [f"City {i}" for i in range(6)]


@pytest.mark.parametrize("sort", list(member_search.SORT_COLUMNS))
@pytest.mark.parametrize("descending", [False, True])
def test_paging_by_key_gives_the_same_rows_as_paging_by_offset(
    database: Database, sort: str, descending: bool
) -> None:
    kinds = ["enterprise", "university", "government"]
    for i in range(23):
        create(
            database,
            huawei(
                name=f"成员 {i % 7}",
                kind=kinds[i % 3],
                city=f"City {i % 4}",
                sectors=[["C39"], ["I65"], ["M73", "C39"]][i % 3],
                contacts=[],
            ),
        )
    query = MemberQuery(sort=sort, descending=descending)
    with UnitOfWork(database) as uow:
        expected = [r.id for r in member_search.search_members(uow, query, limit=100)]
        keyed: list[str] = []
        after = None
        while True:
            page = member_search.search_members(uow, query, limit=5, after=after)
            if not page:
                break
            keyed += [r.id for r in page]
            after = page[-1]
    assert keyed == expected
    assert len(expected) == 23
