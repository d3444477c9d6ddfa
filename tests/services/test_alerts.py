"""What needs attention today (the Home screen), on a fixed clock, on SQLite and PostgreSQL: each
section, what depends on the role, and the cut-off days."""

from datetime import date, datetime, time, timedelta
from typing import Any

from app.db import Database
from app.models import (
    Contract,
    ContractIssue,
    ContractSignature,
    ContractStatus,
    Listing,
    ListingStatus,
    Match,
    MatchEvent,
    MatchEventKind,
    MatchOrigin,
    MatchStatus,
    Milestone,
    Project,
    ProjectStatus,
    Role,
)
from app.services import alerts, contracts
from app.services.alerts import SectionKey
from app.services.contract_templates import load_template
from app.services.permissions import Actor
from app.services.uow import SYSTEM, UnitOfWork
from tests.services.test_contract_templates import sample_context
from tests.services.test_listings import CLERK, create, demand, make_member, run
from tests.services.test_matches import make_office

TODAY = date(2026, 12, 1)
SUPERVISOR = Actor("supervisor-zhao", Role.SUPERVISOR)
VIEWER = Actor("viewer-wang", Role.VIEWER)


def noon(days_from_today: int) -> datetime:
    """Midday (local time) so many days before (negative) or after today."""
    return datetime.combine(TODAY + timedelta(days=days_from_today), time(12)).astimezone()


def put(db: Database, model: type, record_id: str, **values: Any) -> None:
    """Set columns straight (timestamps included), as if it had happened on those days."""
    with UnitOfWork(db) as uow:
        uow.session.info["actor"] = SYSTEM
        record = uow.session.get(model, record_id)
        for key, value in values.items():
            setattr(record, key, value)
        uow.commit()


def add(db: Database, *records: Any) -> None:
    with UnitOfWork(db) as uow:
        uow.session.info["actor"] = SYSTEM
        uow.session.add_all(records)
        uow.commit()


def attention(db: Database, actor: Actor, **kwargs: Any) -> alerts.Attention:
    with UnitOfWork(db) as uow:
        return alerts.attention(uow, actor, today=TODAY, **kwargs)


def shown(result: alerts.Attention, key: SectionKey) -> list[tuple[str, str]]:
    section = result.section(key)
    assert section is not None, f"no section {key}"
    return [(item.title, item.reason.text) for item in section.items]


def listing(db: Database, member_id: str, title: str, status: ListingStatus, **values: Any) -> str:
    listing_id = create(db, demand(member_id, title=title)).id
    put(db, Listing, listing_id, status=status, **values)
    return listing_id


# -- listings -------------------------------------------------------------------------------------


def test_a_supervisor_sees_the_submitted_listings_longest_waiting_first(database) -> None:
    member = make_member(database)
    listing(database, member, "今天提交", ListingStatus.SUBMITTED, updated_at=noon(0))
    listing(database, member, "三天前提交", ListingStatus.SUBMITTED, updated_at=noon(-3))
    listing(database, member, "昨天提交", ListingStatus.SUBMITTED, updated_at=noon(-1))
    listing(database, member, "退回的", ListingStatus.RETURNED, updated_at=noon(-2))
    listing(database, member, "草稿", ListingStatus.DRAFT, updated_at=noon(-9))
    result = attention(database, SUPERVISOR)
    assert shown(result, SectionKey.LISTINGS_TO_VERIFY) == [
        ("三天前提交", "submitted 3 days ago"),
        ("昨天提交", "submitted yesterday"),
        ("今天提交", "submitted today"),
    ]
    assert result.section(SectionKey.LISTINGS_TO_VERIFY).count == 3  # type: ignore[union-attr]
    assert result.section(SectionKey.LISTINGS_RETURNED) is None
    assert result.section(SectionKey.LISTINGS_TO_VERIFY).items[0].on == TODAY - timedelta(3)  # type: ignore[union-attr]


def test_clerks_and_viewers_see_the_returned_listings_with_the_reasons(database) -> None:
    member = make_member(database)
    listing(database, member, "提交的", ListingStatus.SUBMITTED, updated_at=noon(-3))
    listing(
        database,
        member,
        "退回的",
        ListingStatus.RETURNED,
        updated_at=noon(-2),
        return_reasons="预算区间与需求内容不匹配。",
    )
    for actor in (CLERK, VIEWER):
        result = attention(database, actor)
        assert result.section(SectionKey.LISTINGS_TO_VERIFY) is None
        assert shown(result, SectionKey.LISTINGS_RETURNED) == [("退回的", "returned 2 days ago")]
        item = result.section(SectionKey.LISTINGS_RETURNED).items[0]  # type: ignore[union-attr]
        assert item.note == "预算区间与需求内容不匹配。" and item.kind == "listing"
        assert "常州新能源科技有限公司" in item.context


def test_published_listings_expiring_within_the_warning_days_count_whole_days(database) -> None:
    member = make_member(database)
    published = ListingStatus.PUBLISHED
    listing(database, member, "今天到期", published, expires_at=noon(0))
    listing(database, member, "五天后", published, expires_at=noon(5))
    listing(database, member, "十四天后", published, expires_at=noon(alerts.WARNING_DAYS))
    listing(database, member, "十五天后", published, expires_at=noon(alerts.WARNING_DAYS + 1))
    listing(database, member, "昨天已到期", published, expires_at=noon(-1))
    listing(database, member, "明天", published, expires_at=noon(1))
    listing(database, member, "已撤回", ListingStatus.WITHDRAWN, expires_at=noon(3))
    result = attention(database, CLERK)
    assert shown(result, SectionKey.LISTINGS_EXPIRING) == [
        ("今天到期", "expires today"),
        ("明天", "expires tomorrow"),
        ("五天后", "expires in 5 days"),
        ("十四天后", "expires in 14 days"),
    ]
    assert result.section(SectionKey.LISTINGS_EXPIRING).count == 4  # type: ignore[union-attr]


def test_a_section_lists_the_first_few_and_counts_them_all(database) -> None:
    member = make_member(database)
    for n in range(5):
        listing(database, member, f"提交{n}", ListingStatus.SUBMITTED, updated_at=noon(-n))
    section = attention(database, SUPERVISOR, limit=3).section(SectionKey.LISTINGS_TO_VERIFY)
    assert section is not None and section.count == 5
    assert [i.title for i in section.items] == ["提交4", "提交3", "提交2"]


# -- matches --------------------------------------------------------------------------------------


def match(db: Database, demand_id: str, supply_id: str, status: MatchStatus, proposed: int) -> str:
    record = Match(
        demand_id=demand_id,
        supply_id=supply_id,
        origin=MatchOrigin.CLERK,
        status=status,
        proposed_at=noon(proposed),
        created_at=noon(proposed - 5),
    )
    add(db, record)
    return record.id


def event(db: Database, match_id: str, days: int, *, deleted: bool = False) -> None:
    add(
        db,
        MatchEvent(
            match_id=match_id,
            kind=MatchEventKind.NOTE,
            happened_on=TODAY + timedelta(days=days),
            text="电话跟进",
            deleted_at=noon(0) if deleted else None,
        ),
    )


def test_matches_with_nothing_recorded_for_more_than_seven_days_wait(database) -> None:
    office = make_office(database, supplies=7, publish=False)
    d, s = office.demand_id, office.supply_ids
    put(database, Listing, s[0], title="八天前推荐")
    eight = match(database, d, s[0], MatchStatus.PROPOSED, -8)
    event(database, eight, -8)
    seven = match(database, d, s[1], MatchStatus.PROPOSED, -7)  # exactly seven: not yet
    event(database, seven, -7)
    put(database, Listing, s[2], title="二十天前推荐，九天前有消息")
    quiet = match(database, d, s[2], MatchStatus.PROPOSED, -20)
    event(database, quiet, -20)
    event(database, quiet, -9)
    recent = match(database, d, s[3], MatchStatus.PROPOSED, -20)
    event(database, recent, -20)
    event(database, recent, -3)
    put(database, Listing, s[4], title="有兴趣")
    interested = match(database, d, s[4], MatchStatus.INTERESTED, -30)
    event(database, interested, -10)
    event(database, interested, -2, deleted=True)  # a removed event is no news
    negotiating = match(database, d, s[5], MatchStatus.NEGOTIATING, -40)
    event(database, negotiating, -40)
    put(database, Listing, s[6], title="没有事件")
    match(database, d, s[6], MatchStatus.PROPOSED, -12)  # imported: no events at all
    section = attention(database, CLERK).section(SectionKey.MATCHES_WAITING)
    assert section is not None
    reasons = {item.title.split(" ↔ ")[1]: item.reason.text for item in section.items}
    assert reasons == {
        "没有事件": "proposed 12 days ago, no answer",
        "二十天前推荐，九天前有消息": "proposed 20 days ago, nothing heard for 9 days",
        "有兴趣": "interested, nothing heard for 10 days",
        "八天前推荐": "proposed 8 days ago, no answer",
    }
    assert section.count == 4
    assert [i.on for i in section.items] == sorted(i.on for i in section.items)
    assert section.items[0].kind == "match" and " ↔ 江南大学" in section.items[0].context


# -- contracts ------------------------------------------------------------------------------------


def contract(db: Database, status: ContractStatus, days: int, template: str, **values: Any) -> str:
    detail = run(
        db,
        contracts.create_contract,
        template,
        sample_context(load_template(template)),
        CLERK,
    )
    put(db, Contract, detail.id, status=status, updated_at=noon(days), **values)
    return str(detail.id)


def issue(db: Database, contract_id: str, signed: list[int], *, voided: bool = False) -> None:
    record = ContractIssue(
        contract_id=contract_id,
        revision_number=1,
        issued_at=noon(-5),
        issued_by="clerk-li",
        sha256="0" * 64,
        pdf=b"%PDF-1.7",
        pages=1,
        signature_boxes="[]",
        voided_at=noon(-4) if voided else None,
    )
    add(db, record)
    add(
        db,
        *(
            ContractSignature(
                issue_id=record.id,
                party_position=p,
                party_name=f"party {p}",
                method="wet_ink",
                signatory_name="王明",
                signed_on=TODAY,
                recorded_at=noon(0),
                recorded_by="clerk-li",
            )
            for p in signed
        ),
    )


THREE = "joint_rd.three_party.en"
TWO = "joint_rd.two_party.en"


def test_supervisors_see_contracts_to_approve_and_clerks_those_returned(database) -> None:
    contract(database, ContractStatus.IN_REVIEW, -2, TWO, title="待审批合同")
    contract(
        database,
        ContractStatus.RETURNED,
        -1,
        TWO,
        title="退回合同",
        review_comments="请补充验收标准",
    )
    contract(database, ContractStatus.DRAFT, -9, TWO, title="草稿合同")
    boss = attention(database, SUPERVISOR)
    assert shown(boss, SectionKey.CONTRACTS_TO_APPROVE) == [
        ("待审批合同", "submitted for approval 2 days ago")
    ]
    assert boss.section(SectionKey.CONTRACTS_RETURNED) is None
    for actor in (CLERK, VIEWER):
        clerk = attention(database, actor)
        assert clerk.section(SectionKey.CONTRACTS_TO_APPROVE) is None
        assert shown(clerk, SectionKey.CONTRACTS_RETURNED) == [("退回合同", "returned yesterday")]
        item = clerk.section(SectionKey.CONTRACTS_RETURNED).items[0]  # type: ignore[union-attr]
        assert item.note == "请补充验收标准"
        assert item.context.startswith("HX-") and "星河电池科技有限公司" in item.context


def test_contracts_to_sign_say_which_parties_have_not_signed(database) -> None:
    approved = contract(database, ContractStatus.APPROVED, -4, TWO, title="已批准")
    waiting = contract(database, ContractStatus.AWAITING_SIGNATURE, -3, THREE, title="待签署")
    issue(database, waiting, [1, 2], voided=True)  # the signatures on a voided PDF do not count
    issue(database, waiting, [0])
    contract(database, ContractStatus.SIGNED, -2, TWO, title="已签署")
    result = attention(database, SUPERVISOR)
    assert shown(result, SectionKey.CONTRACTS_TO_SIGN) == [
        ("已批准", "approved 4 days ago, not yet issued for signature"),
        ("待签署", "waiting for 2 of 3 signatures: 华东理工大学, 苏州市技术转移中心"),
    ]
    section = result.section(SectionKey.CONTRACTS_TO_SIGN)
    assert section is not None and [i.record_id for i in section.items] == [approved, waiting]
    assert section.items[1].reason.params["missing"] == 2


# -- milestones -----------------------------------------------------------------------------------


def project(db: Database, status: ProjectStatus, dues: list[int], done: int | None = None) -> str:
    contract_id = contract(db, ContractStatus.IN_EXECUTION, -60, TWO)
    record = Project(
        contract_id=contract_id, title=f"项目{status.value}", status=status, started_on=TODAY
    )
    add(db, record)
    add(
        db,
        *(
            Milestone(
                project_id=record.id,
                position=n,
                title=f"{status.value} {days:+d}",
                due_date=TODAY + timedelta(days=days),
                planned_due_date=TODAY + timedelta(days=days),
                completed_on=TODAY if n == done else None,
            )
            for n, days in enumerate(dues)
        ),
    )
    return record.id


def test_milestones_overdue_and_due_within_fourteen_days(database) -> None:
    running = project(database, ProjectStatus.RUNNING, [-4, -1, 0, 9, 14, 15, -7], done=6)
    project(database, ProjectStatus.TERMINATED, [-3, 2])
    result = attention(database, CLERK)
    assert shown(result, SectionKey.MILESTONES_OVERDUE) == [
        ("running -4", "overdue by 4 days"),
        ("running -1", "overdue by 1 day"),
    ]
    assert shown(result, SectionKey.MILESTONES_DUE) == [
        ("running +0", "due today"),
        ("running +9", "due in 9 days"),
        ("running +14", "due in 14 days"),
    ]
    item = result.section(SectionKey.MILESTONES_DUE).items[1]  # type: ignore[union-attr]
    assert item.project_id == running and item.on == TODAY + timedelta(days=9)
    assert item.contract_id and item.context.endswith("项目running")


def test_a_moved_milestone_counts_from_its_new_date(database) -> None:
    project_id = project(database, ProjectStatus.RUNNING, [-2])
    with UnitOfWork(database) as uow:
        milestone_id = uow.session.query(Milestone.id).filter_by(project_id=project_id).scalar()
    put(database, Milestone, milestone_id, due_date=TODAY + timedelta(days=20))
    result = attention(database, CLERK)
    assert result.section(SectionKey.MILESTONES_OVERDUE).count == 0  # type: ignore[union-attr]
    assert result.section(SectionKey.MILESTONES_DUE).count == 0  # type: ignore[union-attr]


# -- the whole page -------------------------------------------------------------------------------


def test_an_empty_office_needs_nothing(database) -> None:
    result = attention(database, SUPERVISOR)
    assert result.total == 0 and result.today == TODAY
    assert [s.key for s in result.sections] == [
        SectionKey.LISTINGS_TO_VERIFY,
        SectionKey.LISTINGS_EXPIRING,
        SectionKey.MATCHES_WAITING,
        SectionKey.CONTRACTS_TO_APPROVE,
        SectionKey.CONTRACTS_TO_SIGN,
        SectionKey.MILESTONES_OVERDUE,
        SectionKey.MILESTONES_DUE,
    ]


def test_without_a_clock_today_is_the_local_date(database) -> None:
    with UnitOfWork(database) as uow:
        result = alerts.attention(uow, CLERK)
    assert result.today == datetime.now().astimezone().date()
