"""Property-based sync tests (issue 8): random interleavings of member and contact edits on two
or three sites, with syncs between random pairs, converge to the same data and lose no edit.

The office (site 0) is a SQLite file or the PostgreSQL server; the other sites are copies made
from it with `sync.copy_out`. The ledger in tests/sync/world.py keeps every value written and
what each site had seen; after syncing until quiet, every value no later edit replaced is the
present one or is kept in a conflict of its record. Site and record ids are drawn from a seed
the example carries, so that each example runs the same way every time.

Examples are derandomised (the same ones every run, so CI is stable). For a longer, random
search: `HELIX_SYNC_EXAMPLES=500 HELIX_SYNC_RANDOM=1 .venv/bin/python -m pytest -p no:timeout
tests/sync/test_sync_properties.py`."""

import contextlib
import os
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings, target
from hypothesis import strategies as st

from app.db import Database
from app.errors import DomainError
from app.services import member_search, members
from app.services.member_search import MemberQuery
from app.services.uow import UnitOfWork
from tests.sync.conftest import CLERK, both_ways, copy, data_of, edit, member
from tests.sync.world import (
    CITIES,
    World,
    check_converged,
    postgres_office,
    seeded_ids,
    settle,
    sqlite_sites,
)
from tests.sync.world import start as start_world

EXAMPLES = int(os.environ.get("HELIX_SYNC_EXAMPLES", "30"))
RANDOM = os.environ.get("HELIX_SYNC_RANDOM") == "1"

WEBSITES = ("https://office.example", "https://fair.example.cn/展位", "")
DESCRIPTIONS = ("固态电池电解质", "machine vision for QA", "")
KEYWORDS = ("锂电池", "热管理", "coating", "AI")
PHONES = ("0755 2345 6789", "138 1234 5678", "")
EMAILS = ("wang@example.com", "li@fair.example.cn", "")
TITLES = ("总工程师", "CTO", "")
CONTACT_NAMES = ("王工", "李经理", "Zhang Wei")
CODES = ("91110000600037341L", "91350100M000100Y43", "91440300MA5F123452", "")

id_seeds = st.integers(0, 2**32)  # the seed of site and record ids (they order what sync reads)
site = st.integers(0, 2)  # taken modulo the number of sites
pick = st.integers(0, 7)  # which member (or contact) of those the site holds, modulo their count

operations = st.one_of(
    st.tuples(st.just("create"), site, st.integers(0, 99)),
    st.tuples(st.just("city"), site, pick, st.sampled_from(CITIES)),
    st.tuples(st.just("website"), site, pick, st.sampled_from(WEBSITES)),
    st.tuples(st.just("description"), site, pick, st.sampled_from(DESCRIPTIONS)),
    st.tuples(
        st.just("keywords"),
        site,
        pick,
        st.lists(st.sampled_from(KEYWORDS), max_size=2, unique=True),
    ),
    st.tuples(st.just("add_contact"), site, pick, st.sampled_from(CONTACT_NAMES)),
    st.tuples(st.just("phone"), site, pick, pick, st.sampled_from(PHONES)),
    st.tuples(st.just("email"), site, pick, pick, st.sampled_from(EMAILS)),
    st.tuples(st.just("title"), site, pick, pick, st.sampled_from(TITLES)),
    st.tuples(st.just("remove_contact"), site, pick, pick),
    st.tuples(st.just("archive_or_restore"), site, pick),
    st.tuples(st.just("sync"), site, site),
    st.tuples(st.just("sync"), site, site),  # syncs twice as likely as any one kind of edit
)


# Registration codes are unique: typed for two members (at one site: refused; at two: the
# member registered later gives its code up, and a duplicate conflict keeps it).
with_codes = st.one_of(
    operations,
    st.tuples(st.just("registration_code"), site, pick, st.sampled_from(CODES)),
    st.tuples(st.just("registration_code"), site, pick, st.sampled_from(CODES)),
)


def run(world: World, ops: list[tuple]) -> None:
    n = len(world.sites)
    for op in ops:
        kind, at = op[0], op[1] % n
        match kind:
            case "registration_code":
                with contextlib.suppress(DomainError):  # another member here has the code
                    world.change(at, op[2], registration_code=op[3])
            case "create":
                world.create(at, op[2])
            case "city" | "website" | "description" | "keywords":
                world.change(at, op[2], **{kind: op[3]})
            case "add_contact":
                world.change_contacts(at, op[2], None, "add", op[3])
            case "remove_contact":
                world.change_contacts(at, op[2], op[3], "remove")
            case "phone" | "email" | "title":
                world.change_contacts(at, op[2], op[3], kind, op[4])
            case "archive_or_restore":
                world.archive_or_restore(at, op[2])
            case "sync":
                other = op[2] % n
                world.sync(at, other if other != at else (at + 1) % n)


def converge(world: World, ops: list[tuple]) -> None:
    run(world, ops)
    rounds = settle(world)
    kept = check_converged(world)
    # Steer the search towards interleavings that make conflicts, and show how often it found
    # them (pytest --hypothesis-show-statistics).
    target(float(len(kept)), label="records in conflict")
    event(f"records in conflict: {min(len(kept), 4)}{'+' if len(kept) >= 4 else ''}")
    event(f"rounds of syncs to come to rest: {rounds}")


def _settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=not RANDOM,
        database=None,
        print_blob=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@_settings(EXAMPLES)
@given(laptops=st.integers(1, 2), ops=st.lists(operations, min_size=8, max_size=30), ids=id_seeds)
def test_random_edits_and_syncs_converge_and_lose_nothing(
    sqlite_template: Path, laptops: int, ops: list[tuple], ids: int
) -> None:
    with seeded_ids(ids), sqlite_sites(sqlite_template, 1 + laptops) as sites:
        converge(start_world(sites[0], sites[1:]), ops)


@_settings(max(3, EXAMPLES // 3))
@given(laptops=st.integers(1, 2), ops=st.lists(operations, min_size=8, max_size=20), ids=id_seeds)
def test_random_edits_and_syncs_converge_with_a_postgresql_office(
    sqlite_template: Path, pg_url: str, laptops: int, ops: list[tuple], ids: int
) -> None:
    with (
        seeded_ids(ids),
        postgres_office(pg_url) as office,
        sqlite_sites(sqlite_template, laptops) as copies,
    ):
        converge(start_world(office, copies), ops)


@_settings(max(3, EXAMPLES // 2))
@given(laptops=st.integers(1, 2), ops=st.lists(with_codes, min_size=8, max_size=25), ids=id_seeds)
def test_registration_codes_typed_on_several_sites_settle_without_loss(
    sqlite_template: Path, laptops: int, ops: list[tuple], ids: int
) -> None:
    with seeded_ids(ids), sqlite_sites(sqlite_template, 1 + laptops) as sites:
        converge(start_world(sites[0], sites[1:]), ops)


# -- found by the properties: the smallest cases -------------------------------------------------


def _add_contact(db: Database, member_id: str, name: str) -> None:
    with UnitOfWork(db) as uow:
        detail = members.get_member(uow, member_id)
        detail.data.contacts.append(members.ContactData(name))
        members.update_member(uow, member_id, detail.version, detail.data, CLERK)
        uow.commit()


def test_contacts_added_to_one_member_on_two_sites_leave_the_sites_alike(
    office: Database, laptop: Database
) -> None:
    shared = member(office, "珠海格力电器", contacts=[members.ContactData("陈工")])
    copy(office, laptop)
    _add_contact(office, shared.id, "李经理")
    _add_contact(laptop, shared.id, "王工")
    assert both_ways(laptop, office).new_conflicts == 0  # two additions are no conflict
    assert both_ways(laptop, office).nothing_new
    listed = []
    for db in (office, laptop):
        with UnitOfWork(db) as uow:
            listed.append([c.name for c in members.get_member(uow, shared.id).data.contacts])
    assert sorted(listed[0]) == ["李经理", "王工", "陈工"]
    assert listed[0] == listed[1]
    assert data_of(laptop) == data_of(office)


def test_a_contact_kept_live_by_a_conflict_is_still_found_by_the_registry_filter(
    office: Database, laptop: Database
) -> None:
    shared = member(
        office, "珠海格力电器", contacts=[members.ContactData("李工", phone="0756 123 4567")]
    )
    copy(office, laptop)
    by_contact = [MemberQuery(text="李工"), MemberQuery(text="7568889999")]
    with UnitOfWork(laptop) as uow:  # the fair changes the contact's phone number
        detail = members.get_member(uow, shared.id)
        detail.data.contacts[0].phone = "0756 888 9999"
        members.update_member(uow, shared.id, detail.version, detail.data, CLERK)
        uow.commit()
        assert [member_search.count_members(uow, q) for q in by_contact] == [1, 1]
    with UnitOfWork(office) as uow:  # later, the office removes the contact
        detail = members.get_member(uow, shared.id)
        detail.data.contacts = []
        members.update_member(uow, shared.id, detail.version, detail.data, CLERK)
        uow.commit()
    both_ways(laptop, office)
    for db in (office, laptop):
        with UnitOfWork(db) as uow:
            [kept] = members.get_member(uow, shared.id).data.contacts  # the edit beat the removal
            assert kept.phone == "+867568889999"
            assert [member_search.count_members(uow, q) for q in by_contact] == [1, 1]


def test_registration_codes_swapped_on_one_site_sync_to_the_other(
    office: Database, laptop: Database
) -> None:
    first, second = "91110000600037341L", "91350100M000100Y43"
    a = member(office, "甲新材料有限公司", registration_code=first)
    b = member(office, "乙电池科技有限公司", registration_code=second)
    copy(office, laptop)
    edit(laptop, a.id, registration_code="")  # the fair finds the two codes were swapped
    edit(laptop, b.id, registration_code=first)
    edit(laptop, a.id, registration_code=second)
    summary = both_ways(laptop, office)
    assert summary.sent == 2 and summary.new_conflicts == 0
    with UnitOfWork(office) as uow:
        assert members.get_member(uow, a.id).data.registration_code == second
        assert members.get_member(uow, b.id).data.registration_code == first
