"""Demo listings: every status, through the real services, realistic, varied and deterministic."""

import re
import shutil
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database, sqlite_url
from app.errors import DomainError
from app.models import (
    Listing,
    ListingKind,
    ListingStatus,
    ListingVerification,
    Member,
    MemberStatus,
    Role,
    utcnow,
)
from app.services import listings, text
from app.services.demo import make_demo
from app.services.demo_listings import (
    CORPUS,
    SMALL_DEMO_STATUSES,
    add_demo_listings,
    demo_texts,
    language,
    topic_pairs,
)
from app.services.listing_data import ListingData, clean_listing
from app.services.uow import Actor, UnitOfWork

ADMIN = Actor("demo-maker", Role.ADMIN)
REFERENCE = re.compile(r"^([DS])-(\d{4})-(\d{4})$")


def _make(db: Database, members: int, count: int, seed: int = 1) -> int:
    with UnitOfWork(db) as uow:
        made = make_demo(uow, ADMIN, members=members, listings=count, seed=seed).listings
        uow.commit()
    return made


def _listings(db: Database) -> list[Listing]:
    with UnitOfWork(db) as uow:
        found = list(uow.session.scalars(select(Listing)))
        uow.session.expunge_all()
    return found


@pytest.fixture(scope="module")
def demo(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One demo of 300 members and 120 listings for the tests that only read it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    shutil.copy(sqlite_template, path)
    db = Database.open(sqlite_url(path))
    _make(db, 300, 120)
    yield db
    db.dispose()


# -- the corpus ---------------------------------------------------------------------------------


def _sentences(s: str) -> int:
    return len(re.findall(r"[。！？]|[.!?](?=\s|$)", s))


def test_the_corpus_holds_enough_distinct_hand_written_texts_in_both_languages() -> None:
    assert len({t.title for t in CORPUS}) == len(CORPUS) >= 80
    kinds = Counter(t.kind for t in CORPUS)
    assert min(kinds.values()) >= 0.4 * len(CORPUS)
    chinese = sum(language(t) == "zh" for t in CORPUS) / len(CORPUS)
    assert 0.55 <= chinese <= 0.7
    assert len({s for t in CORPUS for s in t.sectors}) >= 25


def test_each_text_has_a_summary_and_description_of_the_promised_length() -> None:
    for t in CORPUS:
        assert 1 <= _sentences(t.summary) <= 3, t.title
        assert 3 <= _sentences(t.description) <= 8, t.title
        assert len(t.title) <= 200 and len(t.keywords) >= 4, t.title
        assert all(language(t) == "en" or text.has_cjk(k) or k.isascii() for k in t.keywords)


def test_demands_ask_and_supplies_offer_what_their_kind_needs() -> None:
    for t in CORPUS:
        if t.kind == "demand":
            assert t.budget and t.budget[0] <= t.budget[1] and t.owners == ("enterprise",)
        else:
            assert t.trl is not None and t.budget is None
            assert set(t.owners) <= {"university", "research_institute", "enterprise"}


def test_every_topic_pairs_a_demand_with_a_supply_some_across_languages() -> None:
    topics = {t.topic for t in CORPUS if t.topic}
    pairs = topic_pairs()
    assert {d.topic for d, _ in pairs} == topics
    assert len(topics) >= 30
    crossing = [(d, s) for d, s in pairs if language(d) != language(s)]
    assert any(language(d) == "zh" for d, _ in crossing)
    assert any(language(d) == "en" for d, _ in crossing)
    lures = [t for t in CORPUS if t.lure]
    assert len(lures) >= 8 and all(t.lure in topics and not t.topic for t in lures)


def test_the_same_seed_gives_the_same_texts_and_another_seed_another_order() -> None:
    first = [t.title for t in demo_texts(150, seed=4)]
    assert first == [t.title for t in demo_texts(150, seed=4)]
    assert first != [t.title for t in demo_texts(150, seed=5)]
    assert len(set(first)) == 150  # beyond the corpus the titles are qualified, not repeated


def test_a_small_demo_keeps_demand_supply_pairs_together() -> None:
    chosen = demo_texts(30, seed=2)
    kinds_by_topic: dict[str, set[str]] = {}
    for t in chosen:
        if t.topic:
            kinds_by_topic.setdefault(t.topic, set()).add(t.kind)
    assert sum(kinds == {"demand", "supply"} for kinds in kinds_by_topic.values()) >= 8


# -- the written demo ---------------------------------------------------------------------------


def test_every_status_appears_with_most_listings_on_show(demo: Database) -> None:
    statuses = Counter(listing.status for listing in _listings(demo))
    assert set(statuses) == set(ListingStatus)
    assert sum(statuses.values()) == 120
    # most are on show (published, or matched by an agreement), published the largest status
    assert statuses[ListingStatus.PUBLISHED] + statuses[ListingStatus.MATCHED] > 60
    assert statuses.most_common(1)[0][0] is ListingStatus.PUBLISHED
    assert statuses[ListingStatus.SUBMITTED] >= 5  # work in the supervisor's queue


def test_references_are_unique_well_formed_and_numbered_in_publication_order(
    demo: Database,
) -> None:
    found = [listing for listing in _listings(demo) if listing.reference]
    assert len({listing.reference for listing in found}) == len(found) > 80
    by_series: dict[tuple[str, int], list[tuple[object, int]]] = {}
    for listing in found:
        match = REFERENCE.match(listing.reference or "")
        assert match, listing.reference
        letter, year, number = match.group(1), int(match.group(2)), int(match.group(3))
        assert letter == ("D" if listing.kind is ListingKind.DEMAND else "S")
        assert listing.published_at is not None and listing.published_at.year == year
        by_series.setdefault((letter, year), []).append((listing.published_at, number))
    for series in by_series.values():
        numbers = [number for _, number in sorted(series)]  # type: ignore[type-var]
        assert numbers == list(range(1, len(numbers) + 1))


def test_listings_never_published_have_no_reference(demo: Database) -> None:
    for listing in _listings(demo):
        if listing.status in (ListingStatus.DRAFT, ListingStatus.RETURNED):
            assert listing.reference is None and listing.published_at is None


def test_each_publication_and_return_has_its_verification_record(demo: Database) -> None:
    with UnitOfWork(demo) as uow:
        for listing in uow.session.scalars(select(Listing)):
            records = listings.listing_verifications(uow, listing.id)
            published = [r for r in records if r.outcome == "published"]
            if listing.reference:
                assert published[-1].verified_at == listing.published_at
                assert all(published[-1].checks["checklist"].values())  # type: ignore[attr-defined]
            if listing.status is ListingStatus.RETURNED:
                assert records[-1].outcome == "returned"
                assert records[-1].reasons == listing.return_reasons != ""
        returned_then_published = uow.session.scalar(
            select(ListingVerification.listing_id)
            .join(Listing)
            .where(
                ListingVerification.outcome == "returned",
                Listing.status == ListingStatus.PUBLISHED,
            )
            .limit(1)
        )
    assert returned_then_published is not None


def test_some_published_listings_are_anonymous(demo: Database) -> None:
    published = [x for x in _listings(demo) if x.status is ListingStatus.PUBLISHED]
    anonymous = [x for x in published if x.confidentiality.value == "anonymous"]
    assert 0 < len(anonymous) < len(published)


def test_some_published_listings_expire_within_the_warning_period_and_one_was_extended(
    demo: Database,
) -> None:
    with UnitOfWork(demo) as uow:
        soon = listings.listings_expiring_soon(uow)
    assert len(soon) >= 2
    assert all(row.status == "published" for row in soon)
    extended = [x for x in _listings(demo) if x.extended]
    assert len(extended) == 1
    only = extended[0]
    assert only.status is ListingStatus.PUBLISHED and only.expires_at and only.published_at
    assert only.expires_at - only.published_at == listings.VALIDITY + listings.EXTENSION


def test_dates_tell_a_consistent_story_over_the_past_year(demo: Database) -> None:
    now = utcnow()
    found = _listings(demo)
    for listing in found:
        assert listing.created_at <= listing.updated_at <= now
        if listing.published_at:
            assert listing.created_at < listing.published_at <= listing.updated_at
        if listing.status is ListingStatus.EXPIRED:
            assert listing.expires_at is not None and listing.expires_at <= now
        if listing.status is ListingStatus.PUBLISHED:
            assert listing.expires_at is not None and listing.expires_at > now
    published = sorted(x.published_at for x in found if x.status is ListingStatus.PUBLISHED)
    assert published[-1] - published[0] > timedelta(days=300)  # spread, so expiries vary
    with UnitOfWork(demo) as uow:
        for record in uow.session.scalars(select(ListingVerification)):
            assert record.created_at == record.verified_at


def test_chinese_and_english_listings_are_both_written(demo: Database) -> None:
    titles = [listing.title for listing in _listings(demo)]
    chinese = sum(text.has_cjk(t) for t in titles) / len(titles)
    assert 0.5 <= chinese <= 0.75


def test_listings_belong_to_fitting_active_members(demo: Database) -> None:
    with UnitOfWork(demo) as uow:
        rows = uow.session.execute(
            select(Listing.kind, Listing.title, Member.kind, Member.status, Member.country).join(
                Member
            )
        ).all()
    assert all(status is MemberStatus.ACTIVE for *_, status, _country in rows)
    demanders = {member.value for kind, _, member, *_ in rows if kind is ListingKind.DEMAND}
    assert demanders == {"enterprise"}
    suppliers = Counter(member.value for kind, _, member, *_ in rows if kind is ListingKind.SUPPLY)
    assert set(suppliers) == {"university", "research_institute", "enterprise"}
    foreign = [(kind, title) for kind, title, _, _, country in rows if country != "CN"]
    assert foreign  # some English offers come from German and Finnish members
    assert all(kind is ListingKind.SUPPLY and not text.has_cjk(title) for kind, title in foreign)


def test_clean_listing_accepts_every_written_listing(demo: Database) -> None:
    with UnitOfWork(demo) as uow:
        for listing_id in uow.session.scalars(select(Listing.id)):
            data: ListingData = listings.get_listing(uow, listing_id).data
            clean = clean_listing(data)
            assert clean.title == data.title


# -- counts, seeds and refusals -----------------------------------------------------------------


def test_counts_are_honoured_beyond_the_corpus_and_down_to_none(sqlite_db: Database) -> None:
    assert _make(sqlite_db, 60, len(CORPUS) + 40) == len(CORPUS) + 40
    found = _listings(sqlite_db)
    assert len(found) == len({x.title for x in found}) == len(CORPUS) + 40
    assert {x.status for x in found} == set(ListingStatus)


def test_seven_listings_are_made_although_the_small_demo_lists_six_statuses(
    sqlite_db: Database,
) -> None:
    assert _make(sqlite_db, 10, 7) == len(_listings(sqlite_db)) == 7


def test_a_demo_without_listings_has_none(sqlite_db: Database) -> None:
    assert _make(sqlite_db, 20, 0) == 0
    assert _listings(sqlite_db) == []


@pytest.mark.parametrize("count", [1, 6])
def test_a_demo_of_fewer_listings_than_statuses_has_the_likeliest_ones(
    sqlite_db: Database, count: int
) -> None:
    assert _make(sqlite_db, 10, count) == count
    statuses = sorted(x.status.value for x in _listings(sqlite_db))
    assert statuses == sorted(s.value for s in SMALL_DEMO_STATUSES[:count])


def test_the_same_seed_writes_the_same_listings(sqlite_db: Database, tmp_path: Path) -> None:
    other = Database.open(sqlite_url(tmp_path / "other.sqlite"))
    try:
        _make(sqlite_db, 40, 30, seed=6)
        _make(other, 40, 30, seed=6)

        def written(db: Database) -> list[tuple[str, str, str]]:
            return sorted((x.title, x.status.value, x.member_id) for x in _listings(db))

        assert written(sqlite_db) == written(other)
    finally:
        other.dispose()


def test_demo_listings_on_both_engines(database: Database) -> None:
    assert _make(database, 80, 40) == 40
    found = _listings(database)
    assert {x.status for x in found} == set(ListingStatus)
    assert all(REFERENCE.match(x.reference) for x in found if x.reference)


def test_demo_listings_need_active_members(sqlite_db: Database) -> None:
    with UnitOfWork(sqlite_db) as uow, pytest.raises(DomainError, match="need active members"):
        add_demo_listings(uow, ADMIN, 5)


def test_a_negative_number_of_listings_is_refused(sqlite_db: Database) -> None:
    with UnitOfWork(sqlite_db) as uow, pytest.raises(DomainError, match="cannot be negative"):
        make_demo(uow, ADMIN, members=5, listings=-1)
