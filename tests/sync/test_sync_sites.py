"""Three sites, partial copies, users and numbers offline."""

from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import DomainError
from app.models import Contract, Listing, Member, Role, User
from app.services import conflicts, contract_drafts, contracts, demo, sync, users
from app.services.uow import SYSTEM, UnitOfWork
from tests.sync.conftest import CLERK, both_ways, copy, data_of, edit, member

PASSWORD = "Fair-Clerk-2026!"


def _ids(db: Database, model: type) -> set[str]:
    with UnitOfWork(db) as uow:
        return set(uow.session.scalars(select(model.id)))


def test_two_laptops_and_the_office_in_every_order_end_alike(
    office: Database, new_site: Callable[[str], Database]
) -> None:
    shared = member(office, "宁德时代新能源科技股份有限公司")
    first, second = new_site("first"), new_site("second")
    copy(office, first)
    copy(office, second)
    made = [
        member(first, "福建省电池产业联盟秘书处"),
        member(second, "厦门大学能源学院", kind="university"),
    ]
    edit(first, shared.id, city="宁德市")
    edit(second, shared.id, website="https://catl.example")
    edit(office, shared.id, description="动力电池")
    both_ways(second, office)
    both_ways(first, office)
    both_ways(second, office)
    both_ways(first, second)  # laptops may meet each other too
    reference = data_of(office)
    assert data_of(first) == reference and data_of(second) == reference
    assert {m.id for m in made} <= _ids(office, Member)
    for site in (office, first, second):
        assert both_ways(first, site).nothing_new if site is not first else True
    with UnitOfWork(office) as uow:  # three concurrent edits: every version is kept somewhere
        kept = conflicts.list_conflicts(uow, CLERK)
        seen = {f.a for c in kept for f in c.fields} | {f.b for c in kept for f in c.fields}
    assert {"宁德市", "https://catl.example", "动力电池"} <= seen | {
        v for v in reference[f"member:{shared.id}"].values() if isinstance(v, str)
    }


@pytest.fixture
def demo_office(sqlite_db: Database) -> Database:
    with UnitOfWork(sqlite_db) as uow:
        demo.make_demo(uow, SYSTEM, members=120, listings=80, seed=7)
        uow.commit()
    return sqlite_db


def test_a_copy_of_one_region_holds_its_members_and_what_they_depend_on(
    demo_office: Database, new_site: Callable[[str], Database]
) -> None:
    with demo_office.engine.connect() as conn:
        region = conn.execute(
            select(Member.region).group_by(Member.region).order_by(Member.region).limit(1)
        ).scalar_one()
    laptop = new_site("region")
    summary = copy(demo_office, laptop, regions=(region,))
    assert not summary.scope.everything
    with UnitOfWork(laptop) as uow, UnitOfWork(demo_office) as office_uow:
        here = set(uow.session.scalars(select(Member.id)))
        in_region = set(
            office_uow.session.scalars(select(Member.id).where(Member.region == region))
        )
        assert in_region <= here and len(here) < len(_ids(demo_office, Member))
        for listing in uow.session.scalars(select(Listing)):  # every listing's member came along
            assert listing.member_id in here
        for contract in uow.session.scalars(select(Contract)):
            assert {p.member_id for p in contract.parties if p.member_id} <= here
        assert len(set(uow.session.scalars(select(User.id)))) == len(_ids(demo_office, User))
    # A member registered at the office in that region comes with the next sync; one elsewhere not.
    inside = member(demo_office, "本区新会员有限公司", region=region)
    outside = member(demo_office, "外区新会员有限公司", region="外区")
    both_ways(laptop, demo_office)
    got = _ids(laptop, Member)
    assert inside.id in got and outside.id not in got


def test_accounts_sign_in_offline_and_new_ones_are_made_at_the_office(
    office: Database, laptop: Database
) -> None:
    with UnitOfWork(office) as uow:
        users.create_first_admin(uow, "admin", PASSWORD)
        uow.commit()
    admin = users_actor("admin")
    with UnitOfWork(office) as uow:
        users.create_user(uow, "wang", PASSWORD, Role.CLERK, admin)
        uow.commit()
    copy(office, laptop)
    with UnitOfWork(laptop) as uow:
        actor = users.authenticate(uow, "wang", PASSWORD)
        assert actor.role is Role.CLERK
    with UnitOfWork(laptop) as uow, pytest.raises(DomainError, match="local copy"):
        users.create_user(uow, "li", PASSWORD, Role.CLERK, admin)
    with UnitOfWork(laptop) as uow, pytest.raises(DomainError):
        users.create_user(uow, "li", PASSWORD, Role.CLERK, actor)  # a clerk: no permission anyway
    with UnitOfWork(office) as uow:  # the same account signs in at the office meanwhile
        users.authenticate(uow, "wang", PASSWORD)
    both_ways(laptop, office)
    with UnitOfWork(office) as uow:
        assert conflicts.list_conflicts(uow, CLERK) == []  # two sign-ins are no conflict
    assert data_of(laptop, tables=("app_user",)) == data_of(office, tables=("app_user",))


def users_actor(name: str):  # type: ignore[no-untyped-def]
    from app.services.permissions import Actor

    return Actor(name, Role.ADMIN)


def test_a_contract_drafted_on_the_copy_keeps_its_series_number_at_the_office(
    demo_office: Database, new_site: Callable[[str], Database]
) -> None:
    laptop = new_site("contracts")
    sync.copy_out(demo_office, laptop, CLERK, series="L2")
    template = "nda.two_party.zh"
    with UnitOfWork(laptop) as uow:
        made = contracts.create_contract(
            uow, template, contract_drafts.blank_contract(template), CLERK
        )
        uow.commit()
    with UnitOfWork(demo_office) as uow:  # the office drafts one at the same time
        theirs = contracts.create_contract(
            uow, template, contract_drafts.blank_contract(template), CLERK
        )
        uow.commit()
    assert made.number.startswith("HX-L2-") and not theirs.number.startswith("HX-L2-")
    both_ways(laptop, demo_office)
    with UnitOfWork(demo_office) as uow:
        numbers = set(uow.session.scalars(select(Contract.number)))
    assert {made.number, theirs.number} <= numbers
    assert data_of(laptop) == data_of(demo_office)


def test_matching_sees_a_listing_a_sync_changed_with_its_older_timestamp(
    demo_office: Database,
) -> None:
    from sqlalchemy import update

    from app.models import ListingStatus
    from app.services.matching.index import current_index

    with UnitOfWork(demo_office) as uow:
        index = current_index(uow)
        listing = uow.session.scalars(
            select(Listing).where(Listing.status == ListingStatus.PUBLISHED).limit(1)
        ).one()
        kind_index = index.kinds[listing.kind]
        assert kind_index.facts[kind_index.slot_of[listing.id]] is not None
        listing_id, kind, version, stamp = (
            listing.id,
            listing.kind,
            listing.version,
            listing.updated_at,
        )
    with demo_office.engine.begin() as conn:  # as sync applies a row: version + 1, old time
        conn.execute(
            update(Listing.__table__)
            .where(Listing.__table__.c.id == listing_id)
            .values(title="离线修改的标题", version=version + 1, updated_at=stamp)
        )
    with UnitOfWork(demo_office) as uow:
        after = current_index(uow).kinds[kind]
        facts = after.facts[after.slot_of[listing_id]]
    assert facts is not None and facts.version == version + 1


def test_a_copy_of_the_demo_database_signs_in_as_its_demo_user(
    demo_office: Database, new_site: Callable[[str], Database]
) -> None:
    laptop = new_site("demo-copy")
    copy(demo_office, laptop)
    with UnitOfWork(laptop) as uow:
        assert users.is_demo_database(uow)
        assert users.demo_actor(uow).name == users.DEMO_USERNAME


def test_a_partial_copy_gets_the_conflicts_of_its_own_records_only(
    demo_office: Database, new_site: Callable[[str], Database]
) -> None:
    with demo_office.engine.connect() as conn:
        regions = list(
            conn.execute(
                select(Member.region).group_by(Member.region).order_by(Member.region).limit(2)
            ).scalars()
        )
        ours, theirs = (
            conn.execute(select(Member.id).where(Member.region == region).limit(1)).scalar_one()
            for region in regions
        )
    full = new_site("full")
    copy(demo_office, full)
    for member_id in (ours, theirs):  # a conflict on each member
        edit(demo_office, member_id, website="https://office.example")
        edit(full, member_id, website="https://fair.example")
    both_ways(full, demo_office)
    part = new_site("part")
    copy(demo_office, part, regions=(regions[0],))
    with UnitOfWork(part) as uow:
        assert [c.entity_id for c in conflicts.list_conflicts(uow, CLERK)] == [ours]
    edit(demo_office, theirs, city="别处")  # resolving elsewhere later does not reach the part
    both_ways(part, demo_office)
    with UnitOfWork(part) as uow:
        assert [c.entity_id for c in conflicts.list_conflicts(uow, CLERK)] == [ours]
