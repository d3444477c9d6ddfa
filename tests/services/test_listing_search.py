"""Finding listings: the Listings screen's filters and the verification queue, on both engines."""

from datetime import timedelta

from app.db import Database
from app.models import ListingStatus
from app.services import listing_search, listings
from app.services.listing_search import ListingQuery
from app.services.uow import UnitOfWork
from tests.services.test_listings import (
    CLERK,
    NOW,
    create,
    demand,
    make_member,
    published,
    run,
    set_status,
)


def titles(db: Database, query: ListingQuery) -> list[str]:
    with UnitOfWork(db) as uow:
        rows = listing_search.search_listings(uow, query, now=NOW)
        assert listing_search.count_matching(uow, query, now=NOW) == len(rows)
    return [row.title for row in rows]


def test_filters_by_kind_status_sector_member_and_text(database: Database) -> None:
    battery_maker = make_member(database)
    university = make_member(database, "Tsinghua University")
    published(database, demand(battery_maker))
    create(
        database,
        demand(
            university,
            kind="supply",
            title="Membrane water purification",
            summary="Low-energy desalination membranes",
            keywords=["membrane"],
            sectors=["N77"],
        ),
    )
    create(database, demand(battery_maker, title="锂电池热管理系统", sectors=["C38", "I65"]))

    assert titles(database, ListingQuery(kind="supply")) == ["Membrane water purification"]
    assert titles(database, ListingQuery(status="published")) == ["高能量密度固态锂电池电解质技术"]
    assert sorted(titles(database, ListingQuery(sector="C38"))) == [
        "锂电池热管理系统",
        "高能量密度固态锂电池电解质技术",
    ]
    assert titles(database, ListingQuery(sector="I65")) == ["锂电池热管理系统"]
    assert titles(database, ListingQuery(sector="N")) == ["Membrane water purification"]
    assert titles(database, ListingQuery(member_id=university)) == ["Membrane water purification"]
    # Two Chinese characters inside a longer word, a Latin word in any case, a member's name.
    assert titles(database, ListingQuery(text="电池", sort="title", descending=False)) == [
        "锂电池热管理系统",
        "高能量密度固态锂电池电解质技术",
    ]
    assert titles(database, ListingQuery(text="DESALINATION")) == ["Membrane water purification"]
    assert titles(database, ListingQuery(text="tsinghua")) == ["Membrane water purification"]
    assert titles(database, ListingQuery(text="电池 热管理")) == ["锂电池热管理系统"]
    assert titles(database, ListingQuery(text="quantum")) == []


def test_text_finds_a_quoted_reference(database: Database) -> None:
    member_id = make_member(database)
    detail = published(database, demand(member_id))
    create(database, demand(member_id, title="另一个需求"))
    assert detail.reference.startswith("D-2026-")
    assert titles(database, ListingQuery(text=detail.reference.lower())) == [detail.data.title]


def test_archived_only_when_asked_and_expiring_soon(database: Database) -> None:
    member_id = make_member(database)
    soon = published(database, demand(member_id, title="Expires soon"))
    published(database, demand(member_id, title="Plenty of time"))
    archived = create(database, demand(member_id, title="Old one"))
    set_status(database, archived.id, ListingStatus.ARCHIVED)
    with UnitOfWork(database) as uow:
        uow.acting(CLERK, listings.Action.EDIT_LISTINGS)
        row = uow.session.get(listings.Listing, soon.id)
        assert row is not None
        row.expires_at = NOW + timedelta(days=10)
        uow.commit()

    assert "Old one" not in titles(database, ListingQuery())
    assert "Old one" in titles(database, ListingQuery(include_archived=True))
    assert titles(database, ListingQuery(status="archived")) == ["Old one"]
    assert titles(database, ListingQuery(expiring_soon=True)) == ["Expires soon"]


def test_sorting_and_paging(database: Database) -> None:
    member_id = make_member(database)
    for title in ("Bravo", "Alpha", "Charlie"):
        create(database, demand(member_id, title=title))
    assert titles(database, ListingQuery(sort="title", descending=False)) == [
        "Alpha",
        "Bravo",
        "Charlie",
    ]
    with UnitOfWork(database) as uow:
        page = listing_search.search_listings(
            uow, ListingQuery(sort="title", descending=True), offset=1, limit=1
        )
    assert [row.title for row in page] == ["Bravo"]


def test_queue_holds_submitted_listings_oldest_first_and_counts_by_status(
    database: Database,
) -> None:
    member_id = make_member(database)
    first = create(database, demand(member_id, title="First in"))
    second = create(database, demand(member_id, title="Second in"))
    create(database, demand(member_id, title="Still a draft"))
    run(database, listings.submit_listing, first.id, CLERK)
    run(database, listings.submit_listing, second.id, CLERK)
    with UnitOfWork(database) as uow:
        queue = listing_search.verification_queue(uow)
        counts = listing_search.status_counts(uow)
    assert [row.title for row in queue] == ["First in", "Second in"]
    assert queue[0].member_id == member_id
    assert counts == {"submitted": 2, "draft": 1}
