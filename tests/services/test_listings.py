"""Information release services (listings and their verification), on SQLite and PostgreSQL."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.db import Database
from app.errors import DomainError, StaleRecordError, ValidationError
from app.models import Listing, ListingStatus, Role
from app.services import listings, members
from app.services.listings import CHECKLIST, TRANSITIONS, ListingData
from app.services.members import MemberData
from app.services.permissions import Action, Actor, PermissionDeniedError
from app.services.uow import UnitOfWork

CLERK = Actor("clerk-li", Role.CLERK)
SUPERVISOR = Actor("supervisor-zhao", Role.SUPERVISOR)
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
TICKED = dict.fromkeys(CHECKLIST, True)


def make_member(db: Database, name: str = "常州新能源科技有限公司") -> str:
    with UnitOfWork(db) as uow:
        member_id = members.create_member(uow, MemberData(kind="enterprise", name=name), CLERK).id
        uow.commit()
    return member_id


def demand(member_id: str, **changes: Any) -> ListingData:
    data = ListingData(
        kind="demand",
        member_id=member_id,
        title="高能量密度固态锂电池电解质技术",
        summary="寻求硫化物固态电解质的量产工艺",
        description="我公司需要能量密度大于400 Wh/kg的固态电池电解质技术，用于电动汽车。",
        keywords=["固态电池", "电解质"],
        sectors=["C38"],
        trl="6",
        ip_status="none",
        cooperation_types=["joint_rd", "licensing"],
        budget_min="500000",
        budget_max="2,000,000",
        region="江苏省",
        deadline="2027-06-30",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def run(db: Database, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    with UnitOfWork(db) as uow:
        result = fn(uow, *args, **kwargs)
        uow.commit()
    return result


def create(db: Database, data: ListingData) -> listings.ListingDetail:
    return run(db, listings.create_listing, data, CLERK, now=NOW)  # type: ignore[no-any-return]


def published(db: Database, data: ListingData) -> listings.ListingDetail:
    detail = create(db, data)
    run(db, listings.submit_listing, detail.id, CLERK)
    return run(  # type: ignore[no-any-return]
        db, listings.publish_listing, detail.id, TICKED, SUPERVISOR, now=NOW
    )


def set_status(db: Database, listing_id: str, status: ListingStatus) -> None:
    """Put a listing straight into a status, to try each transition from there."""
    with UnitOfWork(db) as uow:
        uow.acting(CLERK, Action.EDIT_LISTINGS)
        listing = uow.session.get(Listing, listing_id)
        assert listing is not None
        listing.status = status
        if status is not ListingStatus.DRAFT:
            listing.published_at = NOW
            listing.expires_at = NOW + timedelta(days=365)
        uow.commit()


# -- create and validate ----------------------------------------------------------------------


def test_a_new_listing_is_a_draft_with_its_data_kept(database: Database) -> None:
    member_id = make_member(database)
    detail = create(database, demand(member_id))
    with UnitOfWork(database) as uow:
        loaded = listings.get_listing(uow, detail.id)
    assert loaded.status == "draft"
    assert loaded.reference == ""
    assert loaded.version == 1
    assert loaded.updated_by == "clerk-li"
    assert loaded.member_name == "常州新能源科技有限公司"
    assert loaded.data.budget_min == "500000.00"
    assert loaded.data.budget_max == "2000000.00"
    assert loaded.data.trl == "6"
    assert loaded.data.cooperation_types == ["joint_rd", "licensing"]
    assert loaded.data.sectors == ["C38"]
    assert loaded.data.currency == "CNY"
    assert loaded.data.deadline == "2027-06-30"


def test_every_bad_field_is_named_in_words_a_clerk_understands(database: Database) -> None:
    member_id = make_member(database)
    data = demand(
        member_id,
        title="x" * 201,
        summary="s" * 501,
        description="d" * 4001,
        trl="10",
        budget_min="-1",
        currency="RMB1",
        sectors=["Z99"],
        cooperation_types=["barter"],
        deadline="2026-01-01",
        ip_status="secret",
    )
    with UnitOfWork(database) as uow, pytest.raises(ValidationError) as refused:
        listings.create_listing(uow, data, CLERK, now=NOW)
    fields = refused.value.fields
    assert set(fields) == {
        "title",
        "summary",
        "description",
        "trl",
        "budget_min",
        "currency",
        "sectors",
        "cooperation_types",
        "deadline",
        "ip_status",
    }
    assert "201 characters" in fields["title"] and "200" in fields["title"]
    assert "500" in fields["summary"]
    assert "4000" in fields["description"]
    assert "1 to 9" in fields["trl"]
    assert "negative" in fields["budget_min"]
    assert "Z99" in fields["sectors"]
    assert "barter" in fields["cooperation_types"]
    assert "passed" in fields["deadline"]


def test_the_budget_range_must_not_be_upside_down(database: Database) -> None:
    member_id = make_member(database)
    with UnitOfWork(database) as uow, pytest.raises(ValidationError) as refused:
        listings.create_listing(
            uow, demand(member_id, budget_min="900", budget_max="100"), CLERK, now=NOW
        )
    assert set(refused.value.fields) == {"budget_max"}


def test_a_listing_needs_an_existing_member(database: Database) -> None:
    with UnitOfWork(database) as uow, pytest.raises(ValidationError) as refused:
        listings.create_listing(uow, demand("no-such-member"), CLERK, now=NOW)
    assert set(refused.value.fields) == {"member_id"}


def test_only_drafts_and_returned_listings_can_be_edited(database: Database) -> None:
    detail = create(database, demand(make_member(database)))
    edited = run(
        database,
        listings.update_listing,
        detail.id,
        detail.version,
        demand(detail.data.member_id, title="固态电池电解质量产工艺"),
        CLERK,
    )
    assert edited.data.title == "固态电池电解质量产工艺"
    with UnitOfWork(database) as uow, pytest.raises(StaleRecordError):
        listings.update_listing(
            uow, detail.id, detail.version, demand(edited.data.member_id), CLERK
        )
    run(database, listings.submit_listing, detail.id, CLERK)
    with UnitOfWork(database) as uow, pytest.raises(DomainError, match="submitted"):
        listings.update_listing(uow, detail.id, edited.version + 1, edited.data, CLERK)


def test_an_incomplete_draft_cannot_be_submitted(database: Database) -> None:
    detail = create(database, demand(make_member(database), summary="", sectors=[]))
    with (
        UnitOfWork(database) as uow,
        pytest.raises(DomainError, match="Missing: summary, sectors"),
    ):
        listings.submit_listing(uow, detail.id, CLERK)
    with UnitOfWork(database) as uow:
        assert listings.get_listing(uow, detail.id).status == "draft"


# -- the transition table ---------------------------------------------------------------------

SERVICES: dict[ListingStatus, Callable[[UnitOfWork, str], Any]] = {
    ListingStatus.SUBMITTED: lambda uow, i: listings.submit_listing(uow, i, CLERK),
    ListingStatus.PUBLISHED: lambda uow, i: listings.publish_listing(
        uow, i, TICKED, SUPERVISOR, now=NOW
    ),
    ListingStatus.RETURNED: lambda uow, i: listings.return_listing(
        uow, i, "请补充技术指标", SUPERVISOR, now=NOW
    ),
    ListingStatus.MATCHED: lambda uow, i: listings.mark_matched(uow, i, CLERK),
    ListingStatus.EXPIRED: lambda uow, i: listings.expire_listing(uow, i, CLERK, now=NOW),
    ListingStatus.WITHDRAWN: lambda uow, i: listings.withdraw_listing(uow, i, CLERK),
    ListingStatus.ARCHIVED: lambda uow, i: listings.archive_listing(uow, i, CLERK),
}


def test_every_status_has_a_row_and_every_target_a_service() -> None:
    assert set(TRANSITIONS) == set(ListingStatus)
    targets = {t for ts in TRANSITIONS.values() for t in ts}
    assert targets == set(SERVICES)
    assert ListingStatus.DRAFT not in targets


@pytest.mark.parametrize("target", list(SERVICES), ids=lambda s: f"to-{s.value}")
@pytest.mark.parametrize("source", list(ListingStatus), ids=lambda s: f"from-{s.value}")
def test_each_transition_is_allowed_or_refused_as_the_table_says(
    database: Database, source: ListingStatus, target: ListingStatus
) -> None:
    detail = create(database, demand(make_member(database)))
    set_status(database, detail.id, source)
    if target in TRANSITIONS[source]:
        result = run(database, SERVICES[target], detail.id)
        assert result.status == target.value
        return
    with UnitOfWork(database) as uow, pytest.raises(DomainError) as refused:
        SERVICES[target](uow, detail.id)
    assert f"is {source.value}" in refused.value.message
    assert f"become {target.value}" in refused.value.message
    with UnitOfWork(database) as uow:
        assert listings.get_listing(uow, detail.id).status == source.value


# -- verification -----------------------------------------------------------------------------


def test_publishing_needs_every_checklist_tick(database: Database) -> None:
    detail = create(database, demand(make_member(database)))
    run(database, listings.submit_listing, detail.id, CLERK)
    partial = {**TICKED, "ip_plausible": False}
    with UnitOfWork(database) as uow, pytest.raises(DomainError, match="IP status is plausible"):
        listings.publish_listing(uow, detail.id, partial, SUPERVISOR, now=NOW)
    with UnitOfWork(database) as uow:
        assert listings.get_listing(uow, detail.id).status == "submitted"
        assert listings.listing_verifications(uow, detail.id) == []


def test_only_a_supervisor_may_publish(database: Database) -> None:
    detail = create(database, demand(make_member(database)))
    run(database, listings.submit_listing, detail.id, CLERK)
    with UnitOfWork(database) as uow, pytest.raises(PermissionDeniedError):
        listings.publish_listing(uow, detail.id, TICKED, CLERK, now=NOW)


def test_publishing_writes_the_verification_record_reference_and_validity(
    database: Database,
) -> None:
    detail = published(database, demand(make_member(database)))
    assert detail.status == "published"
    assert detail.reference == "D-2026-0001"
    assert detail.published_at == NOW
    assert detail.expires_at == NOW + timedelta(days=365)
    with UnitOfWork(database) as uow:
        (record,) = listings.listing_verifications(uow, detail.id)
    assert record.outcome == "published"
    assert record.verified_by == "supervisor-zhao"
    assert record.verified_at == NOW
    assert record.checks["checklist"] == TICKED
    automatic = {c["name"]: c["ok"] for c in record.checks["automatic"]}  # type: ignore[attr-defined]
    assert automatic == {
        "required_fields": True,
        "limits": True,
        "member_active": True,
        "similar_listing": True,
    }


def test_references_count_per_kind_and_year(database: Database) -> None:
    member_id = make_member(database)
    first = published(database, demand(member_id))
    second = published(database, demand(member_id, title="氢燃料电池催化剂", summary="铂载量"))
    offer = published(database, demand(member_id, kind="supply"))
    assert (first.reference, second.reference, offer.reference) == (
        "D-2026-0001",
        "D-2026-0002",
        "S-2026-0001",
    )


def test_a_listing_of_an_inactive_member_is_not_published(database: Database) -> None:
    member_id = make_member(database)
    detail = create(database, demand(member_id))
    run(database, listings.submit_listing, detail.id, CLERK)
    run(database, members.archive_member, member_id, CLERK)
    with UnitOfWork(database) as uow:
        checks = {c.name: c for c in listings.automatic_checks(uow, detail.id, NOW)}
    assert not checks["member_active"].ok and "archived" in checks["member_active"].message
    with UnitOfWork(database) as uow, pytest.raises(DomainError, match="archived"):
        listings.publish_listing(uow, detail.id, TICKED, SUPERVISOR, now=NOW)


def test_a_returned_listing_keeps_its_reasons_and_can_come_back(database: Database) -> None:
    detail = create(database, demand(make_member(database)))
    run(database, listings.submit_listing, detail.id, CLERK)
    reasons = "预算范围不清楚；请说明所需的循环寿命。"
    returned = run(database, listings.return_listing, detail.id, reasons, SUPERVISOR, now=NOW)
    assert returned.status == "returned"
    assert returned.return_reasons == reasons
    with UnitOfWork(database) as uow:
        (record,) = listings.listing_verifications(uow, detail.id)
    assert (record.outcome, record.reasons, record.verified_by) == (
        "returned",
        reasons,
        "supervisor-zhao",
    )
    fixed = demand(returned.data.member_id, description="循环寿命不少于2000次。" * 3)
    run(database, listings.update_listing, detail.id, returned.version, fixed, CLERK)
    run(database, listings.submit_listing, detail.id, CLERK)
    run(database, listings.publish_listing, detail.id, TICKED, SUPERVISOR, now=NOW)
    with UnitOfWork(database) as uow:
        history = listings.listing_verifications(uow, detail.id)
        assert listings.get_listing(uow, detail.id).return_reasons == reasons
    assert [r.outcome for r in history] == ["returned", "published"]


def test_returning_needs_reasons(database: Database) -> None:
    detail = create(database, demand(make_member(database)))
    run(database, listings.submit_listing, detail.id, CLERK)
    with UnitOfWork(database) as uow, pytest.raises(ValidationError) as refused:
        listings.return_listing(uow, detail.id, "  ", SUPERVISOR, now=NOW)
    assert set(refused.value.fields) == {"reasons"}


# -- expiry and extension ---------------------------------------------------------------------


def test_listings_expire_on_a_fixed_clock_with_a_warning_two_weeks_before(
    database: Database,
) -> None:
    detail = published(database, demand(make_member(database)))
    with UnitOfWork(database) as uow:
        assert listings.listings_expiring_soon(uow, NOW + timedelta(days=300)) == []
        soon = listings.listings_expiring_soon(uow, NOW + timedelta(days=352))
    assert [r.id for r in soon] == [detail.id]
    assert run(database, listings.expire_due_listings, NOW + timedelta(days=364), CLERK) == 0
    assert run(database, listings.expire_due_listings, NOW + timedelta(days=365), CLERK) == 1
    with UnitOfWork(database) as uow:
        assert listings.get_listing(uow, detail.id).status == "expired"
    assert run(database, listings.expire_due_listings, NOW + timedelta(days=400), CLERK) == 0


def test_a_listing_can_be_extended_only_once(database: Database) -> None:
    detail = published(database, demand(make_member(database)))
    extended = run(database, listings.extend_listing, detail.id, CLERK)
    assert extended.expires_at == NOW + timedelta(days=730)
    assert extended.extended
    with UnitOfWork(database) as uow, pytest.raises(DomainError, match="only once"):
        listings.extend_listing(uow, detail.id, CLERK)


def test_only_a_published_listing_can_be_extended(database: Database) -> None:
    detail = create(database, demand(make_member(database)))
    with UnitOfWork(database) as uow, pytest.raises(DomainError, match="only a published"):
        listings.extend_listing(uow, detail.id, CLERK)


# -- similar listings -------------------------------------------------------------------------

SIMILAR_PAIRS = {
    "chinese": (
        ("高能量密度固态锂电池电解质技术", "适用于电动汽车的固态电池"),
        ("高能量密度固态锂电池电解质材料技术", "用于电动车的固态电池"),
    ),
    "english": (
        ("Solid-state lithium battery electrolyte technology", "For electric vehicles."),
        ("Lithium battery solid state electrolyte technology", "For EVs."),
    ),
}
UNRELATED_PAIRS = {
    "chinese": (("高能量密度固态锂电池电解质技术", "电池"), ("农业无人机植保服务", "农业")),
    "english": (
        ("Solid-state lithium battery electrolyte technology", "Batteries."),
        ("Precision agriculture drone spraying service", "Farming."),
    ),
}


def _similar_check(
    db: Database, first: tuple[str, str], second: tuple[str, str]
) -> listings.CheckResult:
    member_id = make_member(db)
    other_member = make_member(db, "江南大学")
    shown = published(db, demand(member_id, title=first[0], summary=first[1]))
    assert shown.status == "published"
    candidate = create(db, demand(other_member, title=second[0], summary=second[1]))
    run(db, listings.submit_listing, candidate.id, CLERK)
    with UnitOfWork(db) as uow:
        checks = {c.name: c for c in listings.automatic_checks(uow, candidate.id, NOW)}
    return checks["similar_listing"]


@pytest.mark.parametrize("language", SIMILAR_PAIRS)
def test_a_similar_published_listing_is_flagged(database: Database, language: str) -> None:
    check = _similar_check(database, *SIMILAR_PAIRS[language])
    assert not check.ok
    assert "D-2026-0001" in check.message
    assert not check.blocking  # the supervisor judges; it does not stop publication


@pytest.mark.parametrize("language", UNRELATED_PAIRS)
def test_an_unrelated_published_listing_is_not_flagged(database: Database, language: str) -> None:
    assert _similar_check(database, *UNRELATED_PAIRS[language]).ok


# -- anonymity --------------------------------------------------------------------------------


def test_an_anonymous_listing_stays_anonymous_when_published(database: Database) -> None:
    member_id = make_member(database)
    detail = published(database, demand(member_id, confidentiality="anonymous"))
    assert detail.anonymous
    assert detail.public_member_name == ""
    assert detail.member_name == "常州新能源科技有限公司"  # the office still knows
    with UnitOfWork(database) as uow:
        assert listings.get_listing(uow, detail.id).data.confidentiality == "anonymous"
        (row,) = listings.member_listings(uow, member_id)
    assert row.anonymous
    public = published(database, demand(member_id, title="氢燃料电池催化剂", summary="铂"))
    assert public.public_member_name == "常州新能源科技有限公司"
