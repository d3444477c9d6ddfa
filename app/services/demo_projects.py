"""Demo projects: five more contracts, signed months ago, whose projects show every state on the
Projects screen, the timeline, the Home screen and the reports: one on track, one with an
overdue milestone, an open problem and a moved milestone, one completed and evaluated by all
three sides, one completed with an evaluation still missing, and one terminated early.

The contracts go through the real services (review, issue, wet-ink signatures), then their dates
are set back to when the story began: demo data describes a past that a fresh database has not
lived through. Milestones, log entries and evaluations go through the services again."""

import random
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.models import (
    Contract,
    ContractIssue,
    ContractSignature,
    Listing,
    ListingStatus,
    Match,
    MatchStatus,
    Milestone,
    Project,
)
from app.services import evaluations, matches, project_log, projects
from app.services.demo_contract_plans import PROJECT_PLANS, Plan
from app.services.demo_contracts import Registry, advance_plan, draft_plan
from app.services.demo_matches import INTEREST, MEETINGS
from app.services.uow import Actor, UnitOfWork


@dataclass(frozen=True)
class Story:
    """What happens in a demo project after signature."""

    outcome: str  # running | overdue | completed | completed_unevaluated | terminated
    log: tuple[tuple[int, str, str, str, str], ...]  # (day, kind, side, author, text)
    scores: tuple[tuple[str, tuple[int, ...], str], ...] = ()  # (side, five scores, comment)
    end_day: int | None = None  # days after the start: completion or termination
    end_note: str = ""
    from_match: bool = False  # from a match agreed before the start, so the funnel runs through


STORIES = (
    Story(
        "running",
        (
            (
                9,
                "progress",
                "office",
                "技术经纪人 陈静",
                "项目启动会召开，三方确认了研发计划和联络人。",
            ),
            (
                146,
                "progress",
                "research",
                "课题组 李明",
                "小试完成，阶段性技术报告已提交企业方审阅。",
            ),
            (
                160,
                "feedback",
                "enterprise",
                "研发部 王强",
                "阶段报告内容详实，希望中试阶段增加能耗数据。",
            ),
        ),
    ),
    Story(
        "overdue",
        (
            (12, "progress", "research", "课题组 赵磊", "样机设计方案通过双方评审。"),
            (
                98,
                "problem",
                "enterprise",
                "生产部 孙军",
                "中试设备供应商交货推迟，中试无法按期开始。",
            ),
            (
                110,
                "feedback",
                "office",
                "技术经纪人 陈静",
                "已协调另一家供应商报价，等待企业方决定。",
            ),
        ),
    ),
    Story(
        "completed",
        (
            (
                20,
                "progress",
                "research",
                "课题组 刘洋",
                "许可技术资料已全部交付，企业技术人员完成培训。",
            ),
            (180, "problem", "enterprise", "质量部 何涛", "首批产品一项指标未达标。"),
            (196, "resolution", "research", "课题组 刘洋", "调整固化工艺参数后复检合格。"),
            (300, "progress", "enterprise", "质量部 何涛", "量产稳定，许可产品已上市销售。"),
        ),
        (
            ("enterprise", (5, 4, 4, 5, 4), "技术成熟，问题响应及时；量产后年新增产值约两千万元。"),
            ("research", (4, 5, 4, 4, 4), "企业配合积极，技术资料交接规范，专利许可费按期支付。"),
            ("office", (5, 4, 4, 5, 5), "合作顺利，可作为专利许可的示范项目在联盟内推广。"),
        ),
        end_day=330,
        end_note="全部里程碑已完成，许可产品进入量产。",
    ),
    Story(
        "completed_unevaluated",
        (
            (
                30,
                "progress",
                "research",
                "Dr. Anna Virtanen",
                "Interviews with the production teams done.",
            ),
            (
                120,
                "feedback",
                "enterprise",
                "Operations lead",
                "The roadmap is clear; phase 1 is in the budget.",
            ),
        ),
        (
            (
                "enterprise",
                (4, 4, 3, 4, 3),
                "Useful roadmap; the interim report came two weeks late.",
            ),
            ("research", (4, 4, 4, 5, 4), "Open access to the plant made the study possible."),
        ),
        end_day=150,
        end_note="Final report accepted.",
        from_match=True,
    ),
    Story(
        "terminated",
        (
            (40, "progress", "research", "课题组 周涛", "完成技术方案设计。"),
            (150, "problem", "enterprise", "总经理办公室", "企业经营调整，拟停止该产品线。"),
        ),
        end_day=200,
        end_note="企业停止相关产品线，经三方协商一致解除合同，已付款项不予退还。",
    ),
)


EVALUATORS_ZH = {
    "enterprise": "企业方项目负责人",
    "research": "高校方项目负责人",
    "office": "技术转移中心",
}
EVALUATORS_EN = {
    "enterprise": "Client's project lead",
    "research": "Provider's project lead",
    "office": "Technology transfer office",
}


def add_demo_projects(uow: UnitOfWork, by: Actor, seed: int = 1) -> int:
    """Make the demo projects; returns how many (a tiny registry may allow fewer)."""
    rng = random.Random(seed + 17)
    registry = Registry(uow, rng)
    made = 0
    with tempfile.TemporaryDirectory(prefix="helix-demo-projects-") as folder:
        for plan, story in zip(PROJECT_PLANS, STORIES, strict=True):
            start = date.today() + timedelta(days=plan.start_in)
            match = _agreed_before(uow, by, start) if story.from_match else None
            detail = draft_plan(uow, by, plan, registry, match, rng)
            if detail is None:
                continue
            advance_plan(uow, by, plan, detail, Path(folder))
            project = projects.project_for_contract(uow, detail.id)
            if project is None:
                continue
            _set_back(uow, detail.id, project.id, start)
            _tell(uow, by, project.id, plan, story, start, Path(folder))
            made += 1
    return made


def _agreed_before(uow: UnitOfWork, by: Actor, start: date) -> Match | None:
    """A match agreed three weeks before a project that started on `start`: the engine's best
    remaining suggestion between two members whose listings were both published five weeks
    before that, taken through proposal, interest and a meeting on dates of that past. None
    when the demo has no listings that old."""
    proposed = datetime.combine(start - timedelta(days=35), time(10), tzinfo=UTC)
    demand, supply = aliased(Listing), aliased(Listing)
    pair = uow.session.execute(
        select(Match.demand_id, Match.supply_id)
        .join(demand, demand.id == Match.demand_id)
        .join(supply, supply.id == Match.supply_id)
        .where(
            Match.status == MatchStatus.SUGGESTED,
            Match.deleted_at.is_(None),
            demand.status == ListingStatus.PUBLISHED,
            supply.status == ListingStatus.PUBLISHED,
            demand.published_at <= proposed - timedelta(days=1),
            supply.published_at <= proposed - timedelta(days=1),
            demand.member_id != supply.member_id,
        )
        .order_by(Match.score.desc(), demand.title, supply.title)
        .limit(1)
    ).first()
    if pair is None:
        return None
    day = proposed.date()
    match = matches.propose_match(uow, pair[0], pair[1], by, note="展会上当面推荐。", now=proposed)
    matches.record_interest(uow, match.id, "demand", day + timedelta(days=3), INTEREST[0], by)
    matches.record_interest(uow, match.id, "supply", day + timedelta(days=5), INTEREST[1], by)
    matches.log_event(
        uow, match.id, "meeting", day + timedelta(days=9), MEETINGS[1], by, side="office"
    )
    agreed = datetime.combine(start - timedelta(days=21), time(15), tzinfo=UTC)
    matches.agree_match(uow, match.id, by, now=agreed)
    return uow.session.get(Match, match.id)


def _set_back(uow: UnitOfWork, contract_id: str, project_id: str, start: date) -> None:
    """The contract was issued a week before the start and signed three days before it."""
    issued = datetime.combine(start - timedelta(days=7), time(9, 30), tzinfo=UTC)
    signed = start - timedelta(days=3)
    contract = uow.session.get(Contract, contract_id)
    assert contract is not None
    contract.signed_on = signed
    for issue in uow.session.scalars(
        select(ContractIssue).where(ContractIssue.contract_id == contract_id)
    ):
        issue.issued_at = issued
        for signature in uow.session.scalars(
            select(ContractSignature).where(ContractSignature.issue_id == issue.id)
        ):
            signature.signed_on = signed
            signature.recorded_at = datetime.combine(signed, time(16), tzinfo=UTC)
    project = uow.session.get(Project, project_id)
    assert project is not None
    project.started_on = start
    uow.flush()


def _tell(
    uow: UnitOfWork, by: Actor, project_id: str, plan: Plan, story: Story, start: date, folder: Path
) -> None:
    today = date.today()
    detail = projects.get_project(uow, project_id)
    milestones = list(detail.milestones)
    if story.outcome == "overdue":
        # the middle milestone waits for the late equipment; the last one was moved for it
        last = milestones[-1]
        projects.move_milestone(
            uow, last.id, last.due_date + timedelta(days=45), "中试设备交货推迟，验收相应顺延", by
        )
    finish_all = story.outcome in ("completed", "completed_unevaluated", "terminated")
    for n, milestone in enumerate(milestones):
        due = milestone.due_date
        overdue_one = story.outcome == "overdue" and n == 1
        if story.outcome == "terminated" and due > start + timedelta(days=story.end_day or 0):
            continue
        if overdue_one or (due > today and not finish_all):
            continue
        done = min(due - timedelta(days=2), today)
        evidence = folder / f"acceptance-{project_id[:8]}-{n + 1}.pdf"
        evidence.write_bytes(b"%PDF-1.4\n% acceptance record (demo)\n")
        projects.complete_milestone(
            uow,
            milestone.id,
            max(done, start),
            "王经理" if plan.template.endswith(".zh") else "Project lead",
            by,
            note="验收记录已归档" if plan.template.endswith(".zh") else "Acceptance signed",
            evidence_path=evidence,
        )
    problems: list[str] = []
    for day, kind, side, author, text in story.log:
        entry_date = min(start + timedelta(days=day), today)
        entry = project_log.add_entry(
            uow,
            project_id,
            kind,
            side,
            author,
            entry_date,
            text,
            by,
            resolves_id=problems.pop() if kind == "resolution" and problems else None,
        )
        if kind == "problem":
            problems.append(entry.id)
    if story.end_day is None:
        return
    ended = min(start + timedelta(days=story.end_day), today)
    if story.outcome == "terminated":
        projects.terminate_project(uow, project_id, ended, story.end_note, by)
        return
    projects.complete_project(uow, project_id, ended, by, note=story.end_note)
    for side, scores, comment in story.scores:
        evaluator = (EVALUATORS_ZH if plan.template.endswith(".zh") else EVALUATORS_EN)[side]
        evaluations.record_evaluation(
            uow,
            project_id,
            side,
            evaluator,
            dict(zip(evaluations.CRITERIA, scores, strict=True)),
            comment,
            min(ended + timedelta(days=10), today),
            by,
        )


def overdue_count(uow: UnitOfWork) -> int:
    """Open milestones past their due date (what the demo's overdue story shows)."""
    rows = uow.session.scalars(
        select(Milestone).where(
            Milestone.completed_on.is_(None),
            Milestone.due_date < date.today(),
            Milestone.deleted_at.is_(None),
        )
    )
    return len(list(rows))
