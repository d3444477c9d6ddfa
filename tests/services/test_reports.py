"""The office's reports on a small history made through the real services, every figure worked
out by hand below, on SQLite and PostgreSQL.

The history (T = today; publications and agreements at noon UTC, T-n = n days ago):

  member (region)            kind                listings (sectors, published)
  E1 常州新能源科技 (江苏省)  enterprise          D1 demand C38, T-100; D3 demand C38, T-10
  E2 杭州智造装备 (浙江省)    enterprise          D2 demand C26, T-50; D4 demand, a draft
  U1 江南大学 (江苏省)        university          S1 supply C38;I65, T-120; S3 supply I65, T-5
  R1 上海材料研究所 (上海市)  research_institute  S2 supply C26 (no region of its own), T-30

  M1 D1–S1 agreed T-60 → C1 joint R&D, 300,000 CNY, signed T → project P1 completed T
  M2 D2–S2 agreed T-20 → C2 technical service, 80,000 USD, signed T → P2 running, its first
     milestone moved to T-10
  M3 D3–S3 only proposed
  C3 technology transfer without a match, 1,200,000 CNY, signed T → P3 running, first
     milestone due T+30
  C4 technology transfer, 1,200,000 CNY, a draft; C5 the same, void
"""

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import Database, sqlite_url
from app.models import Base, Contract, ContractStatus
from app.services import (
    contract_issue,
    contracts,
    listings,
    matches,
    members,
    projects,
    report_lists,
    reports,
)
from app.services.contract_data import InstalmentData
from app.services.contract_templates import load_template
from app.services.members import MemberData
from app.services.permissions import Action
from app.services.uow import UnitOfWork
from tests.conftest import KEPT_TABLES
from tests.services.test_contract_templates import sample_context
from tests.services.test_contracts import BOSS
from tests.services.test_listings import CLERK, SUPERVISOR, TICKED, demand, run

T = date.today()
CNY, USD = "CNY", "USD"
TRANSFER = "technology_transfer.three_party.zh"


def ago(days: int) -> datetime:
    return datetime.combine(T - timedelta(days=days), time(12), UTC)


@dataclass
class History:
    db: Database
    responsible_p2: str = ""  # who delivers C2's milestones: R1, the supply side
    responsible_p3: str = ""
    numbers: tuple[str, ...] = ()  # C1, C2, C3
    titles: tuple[str, ...] = ()  # P1, P2, P3
    milestones: tuple[str, ...] = ()  # P2's first, P3's first


def _member(db: Database, kind: str, name: str, region: str) -> str:
    data = MemberData(kind=kind, name=name, region=region)
    return run(db, members.create_member, data, CLERK).id  # type: ignore[no-any-return]


def _published(db: Database, member_id: str, days: int, **changes: object) -> str:
    detail = run(db, listings.create_listing, demand(member_id, **changes), CLERK, now=ago(days))
    run(db, listings.submit_listing, detail.id, CLERK)
    run(db, listings.publish_listing, detail.id, TICKED, SUPERVISOR, now=ago(days))
    return detail.id  # type: ignore[no-any-return]


def _agreed(db: Database, demand_id: str, supply_id: str, days: int) -> str:
    match_id = run(db, matches.propose_match, demand_id, supply_id, CLERK, now=ago(days + 5)).id
    run(db, matches.record_interest, match_id, "demand", T - timedelta(days=days + 4), "", CLERK)
    run(db, matches.start_negotiation, match_id, CLERK, now=ago(days + 3))
    run(db, matches.agree_match, match_id, CLERK, now=ago(days))
    return match_id  # type: ignore[no-any-return]


def _completed_draft(
    db: Database, detail: contracts.ContractDetail, value: str, currency: str
) -> contracts.ContractDetail:
    """Fill in what review needs: parties' details and signatories, two instalments."""
    amount = Decimal(value)
    data = replace(
        detail.data,
        value=amount,
        currency=currency,
        start_date=T,
        end_date=T + timedelta(days=730),
        ip_ownership=detail.data.ip_ownership or "归甲方所有。",
        risk_sharing=detail.data.risk_sharing or "按比例分担。",
        dispute_body="苏州仲裁委员会",
        governing_law="中华人民共和国法律",
        signing_place="苏州",
        parties=tuple(
            replace(
                p,
                address=p.address or "苏州市工业园区",
                representative=p.representative or "王明",
                signatory_name=f"签字人{i}",
                signatory_title="总经理",
            )
            for i, p in enumerate(detail.data.parties)
        ),
        schedule=(
            InstalmentData("首付款", amount / 3, T + timedelta(days=30)),
            InstalmentData("验收款", amount - amount / 3, T + timedelta(days=400)),
        ),
    )
    return run(db, contracts.update_contract, detail.id, detail.version, data, CLERK)  # type: ignore[no-any-return]


def _signed(
    db: Database, folder: Path, detail: contracts.ContractDetail, value: str, currency: str
) -> projects.ProjectDetail:
    detail = _completed_draft(db, detail, value, currency)
    run(db, contracts.submit_for_review, detail.id, CLERK)
    run(db, contracts.approve_contract, detail.id, BOSS)
    issue = run(db, contract_issue.issue_for_signature, detail.id, CLERK)
    scan = folder / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 signed copy")
    for slot in issue.parties:
        run(
            db,
            contract_issue.record_wet_signature,
            detail.id,
            slot.position,
            "签字人",
            "",
            T,
            scan,
            CLERK,
        )
    with UnitOfWork(db) as uow:
        project = projects.project_for_contract(uow, detail.id)
    assert project is not None
    return project


def _from_template(db: Database, template: str) -> contracts.ContractDetail:
    context = sample_context(load_template(template))
    return run(db, contracts.create_contract, template, context, CLERK)  # type: ignore[no-any-return]


def _void(db: Database, contract_id: str) -> None:
    """Straight into void (no service drops a draft yet)."""
    with UnitOfWork(db) as uow:
        uow.acting(CLERK, Action.EDIT_CONTRACTS)
        contract = uow.session.get(Contract, contract_id)
        assert contract is not None
        contract.status = ContractStatus.VOID
        uow.commit()


def build_history(db: Database, folder: Path) -> History:
    e1 = _member(db, "enterprise", "常州新能源科技有限公司", "江苏省")
    e2 = _member(db, "enterprise", "杭州智造装备有限公司", "浙江省")
    u1 = _member(db, "university", "江南大学", "江苏省")
    r1 = _member(db, "research_institute", "上海材料研究所", "上海市")
    d1 = _published(db, e1, 100, title="固态锂电池电解质技术", sectors=["C38"])
    s1 = _published(
        db, u1, 120, kind="supply", title="硫化物电解质量产工艺", sectors=["C38", "I65"], trl="7"
    )
    d2 = _published(db, e2, 50, title="精密减速器磨损检测", sectors=["C26"], region="浙江省")
    s2 = _published(
        db, r1, 30, kind="supply", title="涂层材料表面检测服务", sectors=["C26"], region="", trl="7"
    )
    d3 = _published(db, e1, 10, title="储能电站热管理方案", sectors=["C38"])
    s3 = _published(
        db, u1, 5, kind="supply", title="工业软件数字孪生平台", sectors=["I65"], trl="6"
    )
    run(db, listings.create_listing, demand(e2, title="尚未提交的需求"), CLERK, now=ago(3))
    m1, m2 = _agreed(db, d1, s1, 60), _agreed(db, d2, s2, 20)
    run(db, matches.propose_match, d3, s3, CLERK, now=ago(2))

    c1 = run(db, contracts.contract_from_match, m1, "joint_rd.two_party.en", CLERK)
    p1 = _signed(db, folder, c1, "300000", CNY)
    c2 = run(db, contracts.contract_from_match, m2, "technical_service.two_party.en", CLERK)
    p2 = _signed(db, folder, c2, "80000", USD)
    p3 = _signed(
        db, folder, _from_template(db, "technology_transfer.three_party.zh"), "1200000", CNY
    )
    _from_template(db, "technology_transfer.three_party.zh")  # C4, a draft
    _void(db, _from_template(db, "technology_transfer.three_party.zh").id)  # C5

    for milestone in p1.milestones:
        run(db, projects.complete_milestone, milestone.id, T, "李明", CLERK)
    run(db, projects.complete_project, p1.id, T, CLERK)
    first = p2.milestones[0]
    run(db, projects.move_milestone, first.id, T - timedelta(days=10), "设备延期到货", CLERK)
    return History(
        db,
        responsible_p2=p2.milestones[0].responsible,
        responsible_p3=p3.milestones[0].responsible,
        numbers=tuple(run(db, contracts.get_contract, p.contract_id).number for p in (p1, p2, p3)),
        titles=(p1.title, p2.title, p3.title),
        milestones=(p2.milestones[0].title, p3.milestones[0].title),
    )


def _truncate(db: Database) -> None:
    tables = [t.name for t in Base.metadata.sorted_tables if t.name not in KEPT_TABLES]
    db.dispose()
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {', '.join(tables)} CASCADE"))
        conn.execute(text("DELETE FROM site_setting WHERE key <> 'site_id'"))
    db.dispose()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def history(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[History]:
    """The history, built once per engine for the module's read-only tests."""
    folder = tmp_path_factory.mktemp("history")
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = folder / "helix.sqlite"
        path.write_bytes(template.read_bytes())
        db = Database.open(sqlite_url(path))
    else:
        db = Database.open(request.getfixturevalue("pg_url"))
    try:
        yield build_history(db, folder)
    finally:
        if request.param == "postgresql":
            _truncate(db)
        db.dispose()


def read(h: History, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    with UnitOfWork(h.db) as uow:
        return fn(uow, *args, **kwargs)


def stages(funnel: reports.Funnel) -> list[tuple[str, int, float | None, float | None]]:
    return [
        (s.stage, s.count, None if s.rate is None else round(s.rate, 4), s.median_days)
        for s in funnel.stages
    ]


# -- the funnel ---------------------------------------------------------------------------------


def test_the_funnel_counts_each_stage_with_its_rate_and_median_days(history: History) -> None:
    # published→matched: D1 40, S1 60, D2 30, S2 10 days → median of 10,30,40,60 = 35
    # matched→contracted: D1, S1 60; D2, S2 20 → 40; contracted→completed: D1, S1 0 → 0
    assert stages(read(history, reports.funnel)) == [
        ("published", 6, None, None),
        ("matched", 4, round(4 / 6, 4), 35.0),
        ("contracted", 4, 1.0, 40.0),
        ("completed", 2, 0.5, 0.0),
    ]


def test_the_funnel_follows_the_listings_published_in_the_period(history: History) -> None:
    # since T-60: D2, S2, D3, S3; D2 and S2 matched after 30 and 10 days, contracted after 20
    since = read(history, reports.funnel, since=T - timedelta(days=60))
    assert stages(since) == [
        ("published", 4, None, None),
        ("matched", 2, 0.5, 20.0),
        ("contracted", 2, 1.0, 20.0),
        ("completed", 0, 0.0, None),
    ]
    # until T-100 (the day D1 was published, included): D1 and S1 all the way
    until = read(history, reports.funnel, until=T - timedelta(days=100))
    assert stages(until) == [
        ("published", 2, None, None),
        ("matched", 2, 1.0, 50.0),
        ("contracted", 2, 1.0, 60.0),
        ("completed", 2, 1.0, 0.0),
    ]


def test_the_funnel_of_the_demands_alone(history: History) -> None:
    # D1, D2, D3; D1 and D2 matched (40, 30 days) and contracted (60, 20); D1 completed
    assert stages(read(history, reports.funnel, kind="demand")) == [
        ("published", 3, None, None),
        ("matched", 2, round(2 / 3, 4), 35.0),
        ("contracted", 2, 1.0, 40.0),
        ("completed", 1, 0.5, 0.0),
    ]


# -- activity -----------------------------------------------------------------------------------

Line = tuple[str | None, int, int, int, int, Decimal, Decimal]


def lines(activity: reports.Activity) -> list[Line]:
    return [
        (r.group, r.demands, r.supplies, r.matches, r.contracts, r.value_in(CNY), r.value_in(USD))
        for r in activity.rows
    ]


NO_MONEY = Decimal("0.00")
C1_VALUE, C2_VALUE, C3_VALUE = Decimal("300000.00"), Decimal("80000.00"), Decimal("1200000.00")
UNMATCHED: Line = (None, 0, 0, 0, 1, C3_VALUE, NO_MONEY)  # C3, drafted without a match


def test_activity_by_sector_counts_a_listing_in_each_of_its_sectors(history: History) -> None:
    found = read(history, reports.activity_by_sector)
    assert found.currencies == (CNY, USD)
    assert lines(found) == [
        ("C38", 2, 1, 1, 1, C1_VALUE, NO_MONEY),  # D1, D3 / S1; M1; C1
        ("C26", 1, 1, 1, 1, NO_MONEY, C2_VALUE),  # D2 / S2; M2; C2
        ("I65", 0, 2, 1, 1, C1_VALUE, NO_MONEY),  # S1, S3; M1; C1
        UNMATCHED,
    ]


def test_activity_in_a_period_counts_each_figure_by_its_own_date(history: History) -> None:
    # since T-40: listings S2, D3, S3; only M2 agreed; every contract signed today
    found = read(history, reports.activity_by_sector, since=T - timedelta(days=40))
    assert lines(found) == [
        ("C26", 0, 1, 1, 1, NO_MONEY, C2_VALUE),
        ("C38", 1, 0, 0, 1, C1_VALUE, NO_MONEY),
        ("I65", 0, 1, 0, 1, C1_VALUE, NO_MONEY),
        UNMATCHED,
    ]


def test_activity_by_region_takes_the_members_region_when_a_listing_names_none(
    history: History,
) -> None:
    assert lines(read(history, reports.activity_by_region)) == [
        ("江苏省", 2, 2, 1, 1, C1_VALUE, NO_MONEY),  # D1, D3 / S1, S3
        ("上海市", 0, 1, 1, 1, NO_MONEY, C2_VALUE),  # S2, through R1
        ("浙江省", 1, 0, 1, 1, NO_MONEY, C2_VALUE),  # D2
        UNMATCHED,
    ]


def test_activity_by_member_kind(history: History) -> None:
    assert lines(read(history, reports.activity_by_member_kind)) == [
        ("enterprise", 3, 0, 2, 2, C1_VALUE, C2_VALUE),
        ("university", 0, 2, 1, 1, C1_VALUE, NO_MONEY),
        ("research_institute", 0, 1, 1, 1, NO_MONEY, C2_VALUE),
        UNMATCHED,
    ]


# -- contracts and projects ---------------------------------------------------------------------


def test_contract_value_by_type_and_status_with_totals_per_currency(history: History) -> None:
    found = read(history, report_lists.contract_value)

    def rows(values: tuple[report_lists.ValueRow, ...]) -> list[tuple[str, int, Decimal, Decimal]]:
        return [(r.key, r.contracts, r.value_in(CNY), r.value_in(USD)) for r in values]

    assert rows(found.by_type) == [  # C5, void, only under its status
        ("technology_transfer", 2, 2 * C3_VALUE, NO_MONEY),  # C3, C4
        ("joint_rd", 1, C1_VALUE, NO_MONEY),
        ("technical_service", 1, NO_MONEY, C2_VALUE),
    ]
    assert rows(found.by_status) == [
        ("draft", 1, C3_VALUE, NO_MONEY),
        ("in_execution", 2, C3_VALUE, C2_VALUE),
        ("completed", 1, C1_VALUE, NO_MONEY),
        ("void", 1, C3_VALUE, NO_MONEY),
    ]
    assert found.totals == ((CNY, 2 * C3_VALUE + C1_VALUE), (USD, C2_VALUE))
    assert found.contracts == 4 and found.currencies == (CNY, USD)
    later = read(history, report_lists.contract_value, since=T + timedelta(days=1))
    assert later.by_type == () and later.by_status == () and later.totals == ()


def test_overdue_milestones_longest_overdue_first_with_who_delivers(history: History) -> None:
    today = read(history, report_lists.overdue_milestones)
    assert [(r.contract_number, r.days_overdue) for r in today.rows] == [(history.numbers[1], 10)]
    later = read(history, report_lists.overdue_milestones, T + timedelta(days=45))
    assert [
        (r.project, r.contract_number, r.milestone, r.responsible, r.due_date, r.days_overdue)
        for r in later.rows
    ] == [
        (
            history.titles[1],
            history.numbers[1],
            history.milestones[0],
            history.responsible_p2,
            T - timedelta(days=10),
            55,
        ),
        (
            history.titles[2],
            history.numbers[2],
            history.milestones[1],
            history.responsible_p3,
            T + timedelta(days=30),
            15,
        ),
    ]
    assert history.responsible_p2 == "上海材料研究所"  # R1 delivers C2's service


def test_project_progress_counts_milestones_done_in_all_and_overdue(history: History) -> None:
    found = read(history, report_lists.project_progress, T + timedelta(days=45))
    assert [
        (p.contract_number, p.status, p.milestones_done, p.milestones_total, p.overdue, p.ended_on)
        for p in found
    ] == [
        (history.numbers[0], "completed", 2, 2, 0, T),
        (history.numbers[1], "running", 0, 2, 1, None),
        (history.numbers[2], "running", 0, 2, 1, None),
    ]
