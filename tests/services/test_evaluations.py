"""The three-party evaluation: recorded once per side for a completed project, shown side by side
with averages, summed up on the members' pages (what the other sides said of their work), and
feeding the supplier's past performance in matching. The figures are worked out by hand below."""

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.db import Database
from app.errors import DomainError, ValidationError
from app.models import Contract, ContractParty, ContractStatus, Project, ProjectStatus
from app.services import evaluations, projects
from app.services.matching import Weights, forget_indexes, rank
from app.services.permissions import Action
from app.services.uow import UnitOfWork
from tests.services.test_contract_issue import read
from tests.services.test_listings import CLERK, make_member, run
from tests.services.test_matching import listing, published
from tests.services.test_projects import signed_project

TODAY = date.today()
ENDED = TODAY - timedelta(days=10)
GOOD = dict(zip(evaluations.CRITERIA, (5, 4, 3, 4, 5), strict=True))  # 21
EVEN = dict.fromkeys(evaluations.CRITERIA, 4)  # 20
MIXED = dict(zip(evaluations.CRITERIA, (3, 5, 4, 2, 4), strict=True))  # 18
POOR = dict(zip(evaluations.CRITERIA, (2, 3, 2, 3, 2), strict=True))  # 12


@pytest.fixture(autouse=True)
def fresh_indexes() -> Iterator[None]:
    forget_indexes()
    yield
    forget_indexes()


def project_with(
    db: Database,
    parties: list[tuple[str, str | None]],
    status: ProjectStatus = ProjectStatus.COMPLETED,
) -> str:
    """A project (and its contract) with these (role, member id) parties, written directly: the
    evaluation rules only need the project's status, its end and who was on which side."""
    with UnitOfWork(db) as uow:
        uow.acting(CLERK, Action.WORK_PROJECTS)
        contract = Contract(
            number=f"HX-T-{uuid.uuid4().hex[:10]}",
            title="技术转让合同",
            template_id="technology_transfer.three_party.zh",
            kind="technology_transfer",
            language="zh",
            status=ContractStatus.IN_EXECUTION,
        )
        uow.session.add(contract)
        uow.flush()
        for position, (role, member_id) in enumerate(parties):
            uow.session.add(
                ContractParty(
                    contract_id=contract.id,
                    position=position,
                    role=role,
                    member_id=member_id,
                    name=f"{role}-{position}",
                )
            )
        project = Project(
            contract_id=contract.id,
            title="固态电池电解质中试",
            status=status,
            started_on=ENDED - timedelta(days=300),
            ended_on=None if status is ProjectStatus.RUNNING else ENDED,
        )
        uow.session.add(project)
        uow.commit()
        return project.id


def evaluate(db: Database, project_id: str, side: str, scores: dict[str, int], **kwargs):  # type: ignore[no-untyped-def]
    evaluator = kwargs.pop("evaluator", "王经理")
    comment = kwargs.pop("comment", "")
    day = kwargs.pop("day", TODAY)
    return run(
        db,
        evaluations.record_evaluation,
        project_id,
        side,
        evaluator,
        scores,
        comment,
        day,
        CLERK,
        **kwargs,
    )


@pytest.fixture
def office(database: Database) -> dict[str, str]:
    """University U in two completed projects (the side offering the technology); enterprises E1
    and E2 the clients; P1 evaluated by all three sides, P2 by the enterprise and the office.

    P1: enterprise GOOD (5,4,3,4,5), research EVEN (4,4,4,4,4), office MIXED (3,5,4,2,4)
    P2: enterprise POOR (2,3,2,3,2), office EVEN; the research side has not evaluated."""
    u = make_member(database, "江南大学")
    e1 = make_member(database, "常州新能源科技有限公司")
    e2 = make_member(database, "无锡精密机械有限公司")
    p1 = project_with(database, [("transferor", u), ("transferee", e1), ("coordinator", None)])
    p2 = project_with(database, [("developer", u), ("client", e2)])
    evaluate(database, p1, "enterprise", GOOD, comment="达到预期")
    evaluate(database, p1, "research", EVEN)
    evaluate(database, p1, "office", MIXED)
    evaluate(database, p2, "enterprise", POOR, comment="交付延迟")
    evaluate(database, p2, "office", EVEN)
    return {"u": u, "e1": e1, "e2": e2, "p1": p1, "p2": p2}


def test_the_three_sides_side_by_side_with_their_averages(
    database: Database, office: dict[str, str]
) -> None:
    summary = read(database, evaluations.project_evaluations, office["p1"])
    assert list(summary.evaluations) == ["enterprise", "research", "office"]
    assert summary.evaluations["enterprise"].scores == GOOD
    assert summary.evaluations["enterprise"].comment == "达到预期"
    assert summary.evaluations["office"].average == pytest.approx(18 / 5)
    # goal (5+4+3)/3, quality (4+4+5)/3, timeliness (3+4+4)/3, communication (4+4+2)/3,
    # benefit (5+4+4)/3; overall: all fifteen scores, 59/15
    assert summary.averages == pytest.approx(
        {
            "goal_achieved": 4.0,
            "quality": 13 / 3,
            "timeliness": 11 / 3,
            "communication": 10 / 3,
            "benefit_realised": 13 / 3,
        }
    )
    assert summary.overall == pytest.approx(59 / 15)
    assert summary.missing == () and not summary.can_evaluate
    assert summary.parties == {
        "enterprise": ("transferee-1",),
        "research": ("transferor-0",),
        "office": ("coordinator-2",),
    }


def test_missing_sides_are_named_and_averages_use_the_sides_that_evaluated(
    database: Database, office: dict[str, str]
) -> None:
    summary = read(database, evaluations.project_evaluations, office["p2"])
    assert summary.missing == ("research",) and summary.can_evaluate
    assert summary.averages["goal_achieved"] == pytest.approx(3.0)  # (2+4)/2
    assert summary.overall == pytest.approx(32 / 10)
    assert summary.parties["office"] == ()  # a two-party contract: the office evaluates anyway


def test_a_members_performance_is_what_the_other_sides_said(
    database: Database, office: dict[str, str]
) -> None:
    # U was the research side in P1 and P2: the enterprise and office evaluations count,
    # 21 + 18 + 12 + 20 = 71 points over 4 evaluations of 5 criteria.
    u = read(database, evaluations.member_performance, office["u"])
    assert (u.project_count, u.evaluation_count) == (2, 4)
    assert u.averages == pytest.approx(
        {
            "goal_achieved": (5 + 3 + 2 + 4) / 4,
            "quality": (4 + 5 + 3 + 4) / 4,
            "timeliness": (3 + 4 + 2 + 4) / 4,
            "communication": (4 + 2 + 3 + 4) / 4,
            "benefit_realised": (5 + 4 + 2 + 4) / 4,
        }
    )
    assert u.overall == pytest.approx(71 / 20)
    assert {p.project_id: p.average for p in u.projects} == pytest.approx(
        {office["p1"]: 39 / 10, office["p2"]: 32 / 10}
    )
    assert all(p.member_sides == ("research",) for p in u.projects)
    # E1 was the enterprise side of P1: the research and office evaluations, 20 + 18
    e1 = read(database, evaluations.member_performance, office["e1"])
    assert (e1.project_count, e1.evaluation_count) == (1, 2)
    assert e1.overall == pytest.approx(38 / 10)
    assert e1.averages["communication"] == pytest.approx((4 + 2) / 2)
    # E2's own (poor) evaluation of P2 is not about E2: only the office's EVEN counts
    assert read(database, evaluations.member_performance, office["e2"]).overall == 4.0


def test_matching_reads_every_members_performance_in_one_go(
    database: Database, office: dict[str, str]
) -> None:
    scores = read(database, evaluations.performance_scores)
    assert scores == pytest.approx(
        {office["u"]: (71 / 20 - 1) / 4, office["e1"]: (38 / 10 - 1) / 4, office["e2"]: 0.75}
    )


def test_no_performance_without_an_evaluation_by_another_side(database: Database) -> None:
    lonely = make_member(database, "苏州新材料研究所")
    client = make_member(database, "昆山电子有限公司")
    assert read(database, evaluations.member_performance, lonely) is None
    running = project_with(
        database, [("provider", lonely), ("client", client)], ProjectStatus.RUNNING
    )
    assert read(database, evaluations.member_performance, lonely) is None
    done = project_with(database, [("provider", lonely), ("client", client)])
    evaluate(database, done, "research", EVEN)  # its own side: says nothing of its work
    assert read(database, evaluations.member_performance, lonely) is None
    assert lonely not in read(database, evaluations.performance_scores)
    assert read(database, evaluations.member_performance, client).evaluation_count == 1
    with UnitOfWork(database) as uow, pytest.raises(DomainError, match="is running"):
        evaluations.record_evaluation(uow, running, "office", "张", EVEN, "", TODAY, CLERK)


def test_each_side_evaluates_once_and_the_first_is_kept(
    database: Database, office: dict[str, str]
) -> None:
    with UnitOfWork(database) as uow, pytest.raises(DomainError) as caught:
        evaluations.record_evaluation(uow, office["p2"], "office", "刘", POOR, "", TODAY, CLERK)
    assert "evaluates a project once" in caught.value.message
    assert "王经理" in caught.value.message
    summary = evaluate(database, office["p2"], "research", GOOD, evaluator="李教授")
    assert summary.missing == () and summary.evaluations["office"].scores == EVEN
    assert summary.evaluations["research"].evaluator == "李教授"


def test_every_mistake_in_an_evaluation_is_named(
    database: Database, office: dict[str, str]
) -> None:
    scores = {**EVEN, "quality": 0, "timeliness": 6, "communication": True, "extra": 3}
    del scores["benefit_realised"]
    with UnitOfWork(database) as uow, pytest.raises(ValidationError) as caught:
        evaluations.record_evaluation(
            uow, office["p2"], "research", " ", scores, "", TODAY + timedelta(1), CLERK
        )
    fields = caught.value.fields
    assert set(fields) == {
        "quality",
        "timeliness",
        "communication",
        "benefit_realised",
        "scores",
        "evaluator",
        "evaluated_on",
    }
    assert "6 is not" in fields["timeliness"] and "extra" in fields["scores"]
    with UnitOfWork(database) as uow, pytest.raises(ValidationError) as caught:
        evaluations.record_evaluation(
            uow, office["p2"], "research", "李", EVEN, "", ENDED - timedelta(1), CLERK
        )
    assert set(caught.value.fields) == {"evaluated_on"}
    with UnitOfWork(database) as uow, pytest.raises(ValidationError) as caught:
        evaluations.record_evaluation(uow, office["p2"], "ministry", "李", EVEN, "", TODAY, CLERK)
    assert set(caught.value.fields) == {"side"}
    assert read(database, evaluations.project_evaluations, office["p2"]).missing == ("research",)


def test_a_signed_contracts_project_is_evaluated_once_completed(
    database: Database, tmp_path: Path
) -> None:
    project = signed_project(database, tmp_path)
    with UnitOfWork(database) as uow, pytest.raises(DomainError, match="once it is completed"):
        evaluations.record_evaluation(uow, project.id, "office", "张", EVEN, "", TODAY, CLERK)
    for milestone in project.milestones:
        run(database, projects.complete_milestone, milestone.id, TODAY, "李明", CLERK)
    run(database, projects.complete_project, project.id, TODAY, CLERK)
    summary = evaluate(database, project.id, "office", MIXED, comment="沟通需加强")
    assert summary.missing == ("enterprise", "research") and summary.overall == 3.6
    names = set(project.parties)
    assert {n for side in summary.parties.values() for n in side} == names
    assert all(len(summary.parties[side]) == 1 for side in evaluations.SIDES)


# -- matching -----------------------------------------------------------------------------------


def _twin_supplies(db: Database) -> dict[str, str]:
    """A demand and two identical supplies from two members; the first member's work will be
    evaluated, the second's never."""
    company = make_member(db, "常州新能源科技有限公司")
    evaluated = make_member(db, "江南大学")
    unknown = make_member(db, "南京工业大学")
    text = "复合相变材料用于电池模组热管理，快充时降低电芯温差。"
    return {
        "demand": published(db, listing(company, "demand", "电池模组快充温差大", text)),
        "evaluated": published(db, listing(evaluated, "supply", "电池模组相变均温材料", text)),
        "unknown": published(db, listing(unknown, "supply", "电池模组相变均温材料", text)),
        "member": evaluated,
        "client": company,
    }


def _suggestions(db: Database, listing_id: str, weights: Weights | None = None) -> dict:  # type: ignore[type-arg]
    with UnitOfWork(db) as uow:
        return {s.listing_id: s for s in rank(uow, listing_id, weights=weights)}


def test_an_evaluated_supplier_ranks_above_an_identical_unevaluated_one(
    database: Database,
) -> None:
    twins = _twin_supplies(database)
    before = _suggestions(database, twins["demand"])  # the index is built before the evaluation
    assert before[twins["evaluated"]].score == before[twins["unknown"]].score
    done = project_with(database, [("transferor", twins["member"]), ("transferee", None)])
    evaluate(database, done, "enterprise", dict.fromkeys(evaluations.CRITERIA, 5))
    evaluate(database, done, "office", {**EVEN, "timeliness": 3})  # mean (25 + 19) / 10 = 4.4
    after = _suggestions(database, twins["demand"])
    good, plain = after[twins["evaluated"]], after[twins["unknown"]]
    assert list(after)[:2] == [twins["evaluated"], twins["unknown"]]
    assert good.score > plain.score
    assert good.parts["past_performance"] == pytest.approx((4.4 - 1) / 4)
    assert plain.parts["past_performance"] == 0.5
    assert "past evaluations 4.4 of 5" in good.reasons
    assert not any(r.startswith("past") for r in plain.reasons)
    # The same pair asked from the supply's side carries the same part.
    back = _suggestions(database, twins["evaluated"])[twins["demand"]]
    assert back.parts["past_performance"] == pytest.approx(good.parts["past_performance"])
    # Without weight, the evaluation changes nothing.
    unweighted = _suggestions(database, twins["demand"], Weights(past_performance=0))
    assert unweighted[twins["evaluated"]].score == unweighted[twins["unknown"]].score


def test_a_poorly_evaluated_supplier_ranks_below_an_unevaluated_one(database: Database) -> None:
    twins = _twin_supplies(database)
    done = project_with(database, [("licensor", twins["member"]), ("licensee", twins["client"])])
    evaluate(database, done, "enterprise", dict.fromkeys(evaluations.CRITERIA, 1))
    after = _suggestions(database, twins["demand"])
    assert list(after)[:2] == [twins["unknown"], twins["evaluated"]]
    assert after[twins["evaluated"]].parts["past_performance"] == 0.0
