"""Demo data: realistic, valid, deterministic, and quick to make in bulk."""

import random
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select
from stdnum.cn import uscc as stdnum_uscc
from stdnum.fi import ytunnus

from app.db import Database, sqlite_url
from app.errors import DomainError
from app.models import Contact, Member, MemberKind, Role
from app.services import alliances, member_search, members, text, validation
from app.services.demo import (
    demo_members,
    ensure_demo_database,
    make_demo,
    make_uscc,
    uscc_check_character,
)
from app.services.uow import Actor, UnitOfWork

CLERK = Actor("test-clerk", Role.ADMIN)


def _make(db: Database, count: int, seed: int = 1):  # type: ignore[no-untyped-def]
    with UnitOfWork(db) as uow:
        summary = make_demo(uow, CLERK, members=count, seed=seed)
        uow.commit()
    return summary


def test_demo_fills_the_registry_with_every_kind(database: Database) -> None:
    summary = _make(database, 120)
    with UnitOfWork(database) as uow:
        kinds = Counter(uow.session.scalars(select(Member.kind)))
        contacts = uow.session.scalar(select(func.count()).select_from(Contact))
    assert set(kinds) == set(MemberKind)
    assert kinds[MemberKind.ENTERPRISE] > kinds[MemberKind.GOVERNMENT]
    assert sum(kinds.values()) == summary.members == 120
    assert contacts == summary.contacts
    assert summary.contacts >= 120


def test_demo_members_pass_the_registry_validation_unchanged() -> None:
    for _id, data in demo_members(400, seed=5):
        assert members.clean_member(data) == data, data.name


def test_demo_codes_are_valid_and_unique() -> None:
    codes = [d.registration_code for _id, d in demo_members(3000, seed=2) if d.registration_code]
    assert len(codes) == len(set(codes))
    chinese = [c for c in codes if len(c) == 18]
    finnish = [c for c in codes if "-" in c]
    assert len(chinese) > 2000 and finnish
    assert all(stdnum_uscc.is_valid(c) for c in chinese)
    assert all(validation.clean_registration_code(c, "CN") == c for c in chinese)
    assert all(ytunnus.is_valid(c) for c in finnish)


def test_uscc_check_character_matches_a_published_code() -> None:
    assert uscc_check_character("91110000600037341") == "L"  # python-stdnum's example


def test_generated_uscc_follow_the_requested_authority_and_region() -> None:
    code = make_uscc(random.Random(4), "12", "320505")
    assert code.startswith("12320505")
    assert stdnum_uscc.is_valid(code)


def test_the_same_seed_gives_the_same_data_and_another_seed_other_data() -> None:
    first = list(demo_members(80, seed=9))
    assert first == list(demo_members(80, seed=9))
    assert [d.name for _, d in first] != [d.name for _, d in demo_members(80, seed=10)]


def test_make_demo_writes_exactly_the_described_members(sqlite_db: Database) -> None:
    _make(sqlite_db, 50, seed=3)
    expected = {member_id: data.name for member_id, data in demo_members(50, seed=3)}
    with UnitOfWork(sqlite_db) as uow:
        written = {row.id: row.name for row in uow.session.execute(select(Member.id, Member.name))}
    assert written == expected


def test_demo_data_looks_like_a_real_registry() -> None:
    data = [d for _, d in demo_members(600, seed=1)]
    names = [d.name for d in data]
    assert len(names) == len(set(names))
    assert sum(text.has_cjk(n) for n in names) > 0.85 * len(names)
    assert any(d.country == "DE" for d in data) and any(d.country == "FI" for d in data)
    assert any(len(n) >= 18 and text.has_cjk(n) for n in names)
    assert {d.status for d in data} == {"active", "suspended", "archived"}
    assert {len(d.contacts) for d in data} == {1, 2, 3}
    assert all(d.sectors and d.keywords and d.city and d.region for d in data)
    keywords = [k for d in data for k in d.keywords]
    assert any(text.has_cjk(k) for k in keywords) and any(k.isascii() for k in keywords)
    sizes = {d.size_class for d in data if d.kind == "enterprise"}
    assert {"micro", "small", "medium", "large"} <= sizes


def test_demo_rows_carry_the_search_fields_the_member_service_writes(sqlite_db: Database) -> None:
    _make(sqlite_db, 40)
    with UnitOfWork(sqlite_db) as uow:
        for member in uow.session.scalars(select(Member)):
            assert member.search_text == members._search_text(member)
            assert member.name_key == text.name_key(member.name)
            assert member.updated_by == "test-clerk"
            assert member.origin_site == sqlite_db.site_id
        found = member_search.search_members(uow, member_search.MemberQuery(text="大学"))
    assert found


def test_demo_makes_alliances_with_a_lead_and_members(database: Database) -> None:
    summary = _make(database, 300)
    with UnitOfWork(database) as uow:
        rows = alliances.list_alliances(uow)
        detail = alliances.get_alliance(uow, rows[0].id)
    assert summary.alliances == len(rows) >= 3
    assert summary.alliance_memberships == sum(r.member_count for r in rows)
    roles = {m.role for m in detail.members}
    assert "lead" in roles and "member" in roles
    assert detail.data.lead_member_id in {m.member_id for m in detail.members}


def test_demo_refuses_a_database_that_already_has_members(database: Database) -> None:
    _make(database, 10)
    with pytest.raises(DomainError, match="already holds 10 members"):
        _make(database, 10, seed=2)


def test_ensure_demo_database_fills_an_empty_database_once(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "demo.sqlite")
    assert ensure_demo_database(url, members=30) == url
    assert ensure_demo_database(url, members=30) == url
    db = Database.open(url)
    try:
        with UnitOfWork(db) as uow:
            assert uow.session.scalar(select(func.count()).select_from(Member)) == 30
    finally:
        db.dispose()


def test_a_large_demo_has_no_repeated_names() -> None:
    names = [d.name for _, d in demo_members(12000, seed=1)]
    assert len(set(names)) == len(names)


def test_an_old_demo_file_without_users_gets_its_demo_user(database: Database) -> None:
    from app.services import users
    from app.services.demo import DEMO_ACTOR, adopt_demo_database
    from app.services.members import MemberData, create_member

    with UnitOfWork(database) as uow:  # members but no users: a demo file from before users
        create_member(uow, MemberData(kind="enterprise", name="旧演示企业有限公司"), CLERK)
        uow.commit()
    with UnitOfWork(database) as uow:
        assert adopt_demo_database(uow, DEMO_ACTOR)
        uow.commit()
    with UnitOfWork(database) as uow:
        assert users.is_demo_database(uow)
        assert not adopt_demo_database(uow, DEMO_ACTOR)  # once is enough: it has a user now
