"""The audit trail: every service write leaves entries, field by field; tampering is found.

The completeness check is generic: before and after each write it reads every row of every
syncable table straight from the database, and every row that changed in any way must have an
entry in this write whose after-values are what the row now holds (only bookkeeping that the
audit leaves out on purpose, like a member's version and search text moving when a contact is
removed, may change unrecorded). A write that bypasses the audit (a bulk UPDATE, a new service
that forgets it) fails the check, as the tests after the list show.
"""

import csv
import importlib
import inspect
import json
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any
from unittest.mock import ANY

import pytest
from sqlalchemy import func, insert, select, text, update

from app.db import Database
from app.errors import DomainError
from app.models import (
    AuditChainHead,
    AuditEntry,
    Base,
    ConflictKind,
    Member,
    Role,
    SyncConflict,
    SyncMixin,
)
from app.services import (
    alerts,
    alliances,
    audit,
    catalogue,
    conflict_store,
    conflicts,
    contract_io,
    contract_issue,
    contracts,
    demo,
    demo_contracts,
    demo_listings,
    demo_matches,
    demo_projects,
    evaluations,
    listing_io,
    listings,
    match_io,
    match_refresh,
    matches,
    member_io,
    members,
    project_log,
    projects,
    report_io,
    users,
)
from app.services.alliances import AllianceData
from app.services.members import ContactData, MemberData
from app.services.permissions import Actor
from app.services.sync_tables import row_json
from app.services.uow import SYSTEM, UnitOfWork
from tests.services.contract_samples import make_p12

ALICE = Actor("alice", Role.ADMIN)
BOB_PASSWORD = "清华大学-2026-spring"
ADMIN_PASSWORD = "Tr0ub4dor&3x"


@dataclass
class Office:
    """A small registry made through the services: two users, two members, one alliance."""

    folder: Path
    member_id: str = ""
    second_member_id: str = ""
    contact_ids: list[str] = field(default_factory=list)
    alliance_id: str = ""
    bob_id: str = ""
    listing_id: str = ""
    supply_id: str = ""
    match_id: str = ""


def run(db: Database, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    with UnitOfWork(db) as uow:
        result = fn(uow, *args, **kwargs)
        uow.commit()
    return result


def seed(db: Database, folder: Path) -> Office:
    office = Office(folder)
    run(db, users.create_first_admin, "alice", ADMIN_PASSWORD)
    office.bob_id = run(db, users.create_user, "bob", BOB_PASSWORD, Role.CLERK, ALICE).id
    contacts = [
        ContactData("陈静", email="chen.jing@example.cn"),
        ContactData("王伟", title="总工"),
    ]
    first = MemberData(
        kind="enterprise",
        name="常州新能源科技有限公司",
        city="常州",
        external_id="M-1",
        contacts=contacts,
    )
    detail = run(db, members.create_member, first, ALICE)
    office.member_id = detail.id
    office.contact_ids = [c.id for c in detail.data.contacts]
    university = MemberData(kind="university", name="江南大学", city="无锡")
    office.second_member_id = run(db, members.create_member, university, ALICE).id
    alliance = AllianceData("长三角储能产业联盟", focus="储能", lead_member_id=office.member_id)
    office.alliance_id = run(db, alliances.create_alliance, alliance, ALICE).id
    return office


# -- the writes -----------------------------------------------------------------------------------


def _listing_data(member_id: str, **changes: Any) -> listings.ListingData:
    data = listings.ListingData(
        kind="demand",
        member_id=member_id,
        title="固态电池电解质",
        summary="硫化物电解质量产工艺",
        description="能量密度大于400 Wh/kg。",
        keywords=["固态电池"],
        sectors=["C38"],
        trl="5",
        cooperation_types=["joint_rd"],
        budget_min="500000",
        budget_max="1500000.5",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


TICKED = dict.fromkeys(listings.CHECKLIST, True)


def _draft_listing(db: Database, o: Office) -> None:
    o.listing_id = run(db, listings.create_listing, _listing_data(o.member_id), ALICE).id


def _submitted_listing(db: Database, o: Office) -> None:
    _draft_listing(db, o)
    run(db, listings.submit_listing, o.listing_id, ALICE)


def _published_listing(db: Database, o: Office) -> None:
    _submitted_listing(db, o)
    run(db, listings.publish_listing, o.listing_id, TICKED, ALICE)


def _published_pair(db: Database, o: Office) -> None:
    """The published demand (o.listing_id) and a published supply of the second member."""
    _published_listing(db, o)
    supply = _listing_data(o.second_member_id, kind="supply", title="硫化物电解质量产工艺")
    o.supply_id = run(db, listings.create_listing, supply, ALICE).id
    run(db, listings.submit_listing, o.supply_id, ALICE)
    run(db, listings.publish_listing, o.supply_id, TICKED, ALICE)


def _match_in(*steps: Callable[[UnitOfWork, Office], Any]) -> Callable[[Database, Office], None]:
    """A proposed match of the pair, taken on by these steps."""

    def prepare(db: Database, o: Office) -> None:
        _published_pair(db, o)
        o.match_id = run(db, matches.propose_match, o.listing_id, o.supply_id, ALICE).id
        for step in steps:
            run(db, step, o)

    return prepare


def _interest(uow: UnitOfWork, o: Office) -> Any:
    return matches.record_interest(uow, o.match_id, "demand", date(2026, 12, 1), "想看样品", ALICE)


def _decline(uow: UnitOfWork, o: Office) -> Any:
    return matches.decline_match(uow, o.match_id, "supply", "price", "", ALICE)


def _suggestion(o: Office) -> Any:
    """A ranking result as the matching engine gives it."""
    return SimpleNamespace(
        listing_id=o.supply_id,
        score=80.5,
        parts={"text": 50.5, "sector": 30.0},
        reasons=["shares: 电解质"],
        shared_terms=["电解质"],
    )


def _listing_update(uow: UnitOfWork, o: Office) -> None:
    detail = listings.get_listing(uow, o.listing_id)
    data = replace(detail.data, title="氧化物固态电解质", budget_max="")
    listings.update_listing(uow, o.listing_id, detail.version, data, ALICE)


def _status_write(
    name: str,
    service: Callable[..., Any],
    before: str,
    after: str,
    prepare: Callable[[Database, Office], Any],
    *extra: Any,
) -> "Write":
    return Write(
        name,
        (service,),
        lambda uow, o: service(uow, o.listing_id, *extra, ALICE),
        (Expect("listing", "status", before, after, "listing_id"),),
        prepare=prepare,
    )


def _edited(uow: UnitOfWork, member_id: str, **changes: Any) -> None:
    detail = members.get_member(uow, member_id)
    members.update_member(uow, member_id, detail.version, replace(detail.data, **changes), ALICE)


def _remove_second_contact(uow: UnitOfWork, o: Office) -> None:
    contacts = members.get_member(uow, o.member_id).data.contacts
    _edited(uow, o.member_id, contacts=contacts[:1])


def _alliance_update(uow: UnitOfWork, o: Office) -> None:
    detail = alliances.get_alliance(uow, o.alliance_id)
    data = replace(detail.data, focus="氢能")
    alliances.update_alliance(uow, o.alliance_id, detail.version, data, ALICE)


def _add_second_member(uow: UnitOfWork, o: Office) -> None:
    alliances.add_alliance_member(uow, o.alliance_id, o.second_member_id, ALICE)


def _import(uow: UnitOfWork, o: Office) -> None:
    path = o.folder / "members.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["external_id", "kind", "name", "city", "contact_name"])
        writer.writerow(["M-1", "enterprise", "常州新能源科技有限公司", "溧阳", "陈静"])
        writer.writerow(["M-2", "企业", "无锡储能材料有限公司", "无锡", "李娜"])
    member_io.import_members(uow, path, ALICE, update=True)


def _import_listings(uow: UnitOfWork, o: Office) -> None:
    path = o.folder / "listings.csv"
    path.write_text(
        "external_id,member_external_id,kind,title,summary,description,sectors,trl,"
        "cooperation_types,budget_max\n"
        "L-1,M-1,供给,钠离子电池正极材料,层状氧化物正极,循环寿命3000次。,C38,TRL 7,技术许可,50万\n",
        encoding="utf-8",
    )
    listing_io.import_listings(uow, path, ALICE, status="published")


def _lock_bob(db: Database, o: Office) -> None:
    for _ in range(users.MAX_FAILED_SIGN_INS):
        with UnitOfWork(db) as uow, pytest.raises(DomainError):
            users.authenticate(uow, "bob", "Wrong-password-1")


def _failed_sign_in(uow: UnitOfWork, o: Office) -> None:
    with pytest.raises(DomainError, match="password is wrong"):
        users.authenticate(uow, "bob", "Wrong-password-1")


def _signing_work(uow: UnitOfWork, o: Office) -> str:
    """The approved contract issued, signed in wet ink by one party and digitally by the other."""
    c = contracts.contract_from_match(uow, o.match_id, "joint_rd.two_party.en", ALICE)
    parties = tuple(
        replace(p, signatory_name=f"Signatory {i}") for i, p in enumerate(c.data.parties)
    )
    c = contracts.update_contract(uow, c.id, c.version, replace(c.data, parties=parties), ALICE)
    contracts.submit_for_review(uow, c.id, ALICE)
    contracts.approve_contract(uow, c.id, ALICE)
    contract_issue.issue_for_signature(uow, c.id, ALICE)
    folder = o.folder / "signing"  # the test's own temporary folder
    folder.mkdir(exist_ok=True)
    scan = folder / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    contract_issue.record_wet_signature(uow, c.id, 0, "Signatory 0", "", date.today(), scan, ALICE)
    p12, _cert = make_p12(folder, "Signatory 1", b"pw")
    contract_issue.sign_digitally(uow, c.id, 1, p12, b"pw", ALICE)
    return c.id


def _project_work(uow: UnitOfWork, o: Office) -> None:
    """The signed contract's project: a milestone added, one moved, a problem raised and
    resolved, all done, completed, evaluated by the office."""
    project = projects.project_for_contract(uow, _signing_work(uow, o))
    assert project is not None
    project = projects.add_milestone(uow, project.id, "中试验收", date.today(), ALICE)
    first = project.milestones[0]
    project = projects.move_milestone(
        uow, first.id, first.due_date + timedelta(days=30), "设备到货延迟", ALICE
    )
    project = projects.edit_milestone(uow, first.id, first.title, ALICE, deliverable="检测报告")
    today = date.today()
    problem = project_log.add_entry(
        uow, project.id, "problem", "enterprise", "王经理", today, "样品不合格", ALICE
    )
    project_log.add_entry(
        uow, project.id, "resolution", "research", "李教授", today, "已返工", ALICE,
        resolves_id=problem.id,
    )  # fmt: skip
    for milestone in project.milestones:
        projects.complete_milestone(uow, milestone.id, today, "王经理", ALICE)
    projects.complete_project(uow, project.id, today, ALICE)
    scores = dict.fromkeys(evaluations.CRITERIA, 4)
    evaluations.record_evaluation(uow, project.id, "office", "张科员", scores, "顺利", today, ALICE)


def _terminate_work(uow: UnitOfWork, o: Office) -> None:
    project = projects.project_for_contract(uow, _signing_work(uow, o))
    assert project is not None
    projects.terminate_project(uow, project.id, date.today(), "企业停产", ALICE)


def _contract_work(uow: UnitOfWork, o: Office) -> None:
    """A contract for the agreed match, edited, restored, returned once and approved."""
    c = contracts.contract_from_match(uow, o.match_id, "joint_rd.two_party.en", ALICE)
    c = contracts.update_contract(uow, c.id, c.version, replace(c.data, subject="固态电池"), ALICE)
    contracts.restore_template_text(uow, c.id, c.data.clauses[0].key, ALICE)
    contracts.submit_for_review(uow, c.id, ALICE)
    contracts.return_contract(uow, c.id, "请补充付款节点", ALICE)
    contracts.submit_for_review(uow, c.id, ALICE)
    contracts.approve_contract(uow, c.id, ALICE)


@dataclass(frozen=True)
class Expect:
    """An entry for `entity` (the record named by the Office attribute `record`, or any new
    one) whose changes hold `column`: [before, after]."""

    entity: str
    column: str
    before: Any
    after: Any
    record: str | None = None


@dataclass(frozen=True)
class Write:
    name: str
    services: tuple[Callable[..., Any], ...]
    run: Callable[[UnitOfWork, Office], Any]
    expect: tuple[Expect, ...]
    actor: str = "alice"
    prepare: Callable[[Database, Office], Any] | None = None
    on_new_database: bool = False


def _do(fn: Callable[[UnitOfWork], Any]) -> Callable[[UnitOfWork, Office], Any]:
    return lambda uow, _o: fn(uow)


NEW = ContactData("李娜", email="li.na@example.cn")
HIDDEN = audit.HIDDEN

_AGREED = _match_in(
    _interest,
    lambda uow, o: matches.start_negotiation(uow, o.match_id, ALICE),
    lambda uow, o: matches.agree_match(uow, o.match_id, ALICE),
)

WRITES = [
    Write(
        "create member",
        (members.create_member,),
        _do(
            lambda uow: members.create_member(
                uow, MemberData("research_institute", "苏州纳米所", contacts=[NEW]), ALICE
            )
        ),
        (Expect("member", "name", None, "苏州纳米所"), Expect("contact", "name", None, "李娜")),
    ),
    Write(
        "update member",
        (members.update_member,),
        lambda uow, o: _edited(uow, o.member_id, city="无锡", keywords=["储能", "电池"]),
        (
            Expect("member", "city", "常州", "无锡", "member_id"),
            Expect("member", "keywords", "", "储能;电池", "member_id"),
        ),
    ),
    Write(
        "archive member",
        (members.archive_member,),
        lambda uow, o: members.archive_member(uow, o.member_id, ALICE),
        (Expect("member", "status", "active", "archived", "member_id"),),
    ),
    Write(
        "restore member",
        (members.restore_member,),
        lambda uow, o: members.restore_member(uow, o.member_id, ALICE),
        (Expect("member", "status", "archived", "active", "member_id"),),
        prepare=lambda db, o: run(db, members.archive_member, o.member_id, ALICE),
    ),
    Write(
        "remove a contact",
        (),
        _remove_second_contact,
        (Expect("contact", "deleted_at", None, ANY, "contact_ids.1"),),
    ),
    Write(
        "create alliance",
        (alliances.create_alliance,),
        lambda uow, o: alliances.create_alliance(
            uow, AllianceData("氢能联盟", lead_member_id=o.second_member_id), ALICE
        ),
        (
            Expect("alliance", "name", None, "氢能联盟"),
            Expect("alliance_membership", "role", None, "lead"),
        ),
    ),
    Write(
        "update alliance",
        (alliances.update_alliance,),
        _alliance_update,
        (Expect("alliance", "focus", "储能", "氢能", "alliance_id"),),
    ),
    Write(
        "add alliance member",
        (alliances.add_alliance_member,),
        _add_second_member,
        (Expect("alliance_membership", "role", None, "member"),),
    ),
    Write(
        "set alliance role",
        (alliances.set_alliance_role,),
        lambda uow, o: alliances.set_alliance_role(
            uow, o.alliance_id, o.second_member_id, alliances.AllianceRole.OBSERVER, ALICE
        ),
        (Expect("alliance_membership", "role", "member", "observer"),),
        prepare=lambda db, o: run(db, _add_second_member, o),
    ),
    Write(
        "remove alliance member",
        (alliances.remove_alliance_member,),
        lambda uow, o: alliances.remove_alliance_member(
            uow, o.alliance_id, o.member_id, ALICE, left_on=date(2026, 11, 1)
        ),
        (
            Expect("alliance_membership", "left_on", None, "2026-11-01"),
            Expect("alliance_membership", "deleted_at", None, ANY),
            Expect("alliance", "lead_member_id", ANY, None, "alliance_id"),
        ),
    ),
    Write(
        "import members",
        (member_io.import_members, member_io.insert_new_members),
        _import,
        (
            Expect("member", "city", "常州", "溧阳", "member_id"),
            Expect("member", "name", None, "无锡储能材料有限公司"),
            Expect("contact", "name", None, "李娜"),
        ),
    ),
    Write(
        "import listings",
        (listing_io.import_listings,),
        _import_listings,
        (
            Expect("listing", "title", None, "钠离子电池正极材料"),
            Expect("listing", "status", None, "published"),
            Expect("listing", "budget_max", None, "500000.00"),
            Expect("listing_verification", "verified_by", None, "alice"),
        ),
    ),
    Write(
        "create listing",
        (listings.create_listing,),
        lambda uow, o: listings.create_listing(uow, _listing_data(o.member_id), ALICE),
        (
            Expect("listing", "title", None, "固态电池电解质"),
            Expect("listing", "status", None, "draft"),
            Expect("listing", "budget_max", None, "1500000.50"),
        ),
    ),
    Write(
        "update listing",
        (listings.update_listing,),
        _listing_update,
        (
            Expect("listing", "title", "固态电池电解质", "氧化物固态电解质", "listing_id"),
            Expect("listing", "budget_max", "1500000.50", None, "listing_id"),
        ),
        prepare=_draft_listing,
    ),
    _status_write("submit listing", listings.submit_listing, "draft", "submitted", _draft_listing),
    Write(
        "publish listing",
        (listings.publish_listing,),
        lambda uow, o: listings.publish_listing(uow, o.listing_id, TICKED, ALICE),
        (
            Expect("listing", "status", "submitted", "published", "listing_id"),
            Expect("listing", "reference", None, ANY, "listing_id"),
            Expect("listing_verification", "outcome", None, "published"),
            Expect("listing_verification", "verified_by", None, "alice"),
        ),
        prepare=_submitted_listing,
    ),
    Write(
        "return listing",
        (listings.return_listing,),
        lambda uow, o: listings.return_listing(uow, o.listing_id, "请补充预算", ALICE),
        (
            Expect("listing", "status", "submitted", "returned", "listing_id"),
            Expect("listing", "return_reasons", "", "请补充预算", "listing_id"),
            Expect("listing_verification", "reasons", None, "请补充预算"),
        ),
        prepare=_submitted_listing,
    ),
    _status_write(
        "withdraw listing", listings.withdraw_listing, "draft", "withdrawn", _draft_listing
    ),
    _status_write("archive listing", listings.archive_listing, "draft", "archived", _draft_listing),
    _status_write(
        "mark listing matched", listings.mark_matched, "published", "matched", _published_listing
    ),
    _status_write(
        "expire listing", listings.expire_listing, "published", "expired", _published_listing
    ),
    Write(
        "expire due listings",
        (listings.expire_due_listings,),
        lambda uow, o: listings.expire_due_listings(
            uow, datetime.now(UTC) + timedelta(days=400), ALICE
        ),
        (Expect("listing", "status", "published", "expired", "listing_id"),),
        prepare=_published_listing,
    ),
    Write(
        "extend listing",
        (listings.extend_listing,),
        lambda uow, o: listings.extend_listing(uow, o.listing_id, ALICE),
        (Expect("listing", "extended", False, True, "listing_id"),),
        prepare=_published_listing,
    ),
    Write(
        "save suggestions",
        (matches.save_suggestions,),
        lambda uow, o: matches.save_suggestions(uow, o.listing_id, [_suggestion(o)], ALICE),
        (
            Expect("listing_match", "status", None, "suggested"),
            Expect("listing_match", "score", None, 80.5),
        ),
        prepare=_published_pair,
    ),
    Write(
        "suggest for a new listing",
        (match_refresh.suggest_for_listing,),
        lambda uow, o: match_refresh.suggest_for_listing(uow, o.supply_id, ALICE, min_score=0),
        (
            Expect("listing_match", "status", None, "suggested"),
            Expect("listing_match", "origin", None, "engine"),
        ),
        prepare=_published_pair,
    ),
    Write(
        "propose match",
        (matches.propose_match,),
        lambda uow, o: matches.propose_match(uow, o.listing_id, o.supply_id, ALICE, note="展会"),
        (
            Expect("listing_match", "status", None, "proposed"),
            Expect("listing_match", "origin", None, "clerk"),
            Expect("listing_match", "note", None, "展会"),
            Expect("listing_match_event", "kind", None, "status"),
        ),
        prepare=_published_pair,
    ),
    Write(
        "record interest",
        (matches.record_interest,),
        _interest,
        (
            Expect("listing_match", "status", "proposed", "interested", "match_id"),
            Expect("listing_match_event", "kind", None, "interest"),
            Expect("listing_match_event", "text", None, "想看样品"),
        ),
        prepare=_match_in(),
    ),
    Write(
        "log a meeting",
        (matches.log_event,),
        lambda uow, o: matches.log_event(uow, o.match_id, "meeting", date(2026, 12, 2), "", ALICE),
        (
            Expect("listing_match", "status", "interested", "negotiating", "match_id"),
            Expect("listing_match_event", "kind", None, "meeting"),
        ),
        prepare=_match_in(_interest),
    ),
    Write(
        "start negotiation",
        (matches.start_negotiation,),
        lambda uow, o: matches.start_negotiation(uow, o.match_id, ALICE),
        (Expect("listing_match", "status", "interested", "negotiating", "match_id"),),
        prepare=_match_in(_interest),
    ),
    Write(
        "agree match",
        (matches.agree_match,),
        lambda uow, o: matches.agree_match(uow, o.match_id, ALICE),
        (
            Expect("listing_match", "status", "negotiating", "agreed", "match_id"),
            Expect("listing", "status", "published", "matched", "listing_id"),
            Expect("listing", "status", "published", "matched", "supply_id"),
        ),
        prepare=_match_in(
            _interest, lambda uow, o: matches.start_negotiation(uow, o.match_id, ALICE)
        ),
    ),
    Write(
        "decline match",
        (matches.decline_match,),
        _decline,
        (
            Expect("listing_match", "status", "proposed", "declined", "match_id"),
            Expect("listing_match", "decline_reason", None, "price", "match_id"),
            Expect("listing_match", "declined_by_side", None, "supply", "match_id"),
        ),
        prepare=_match_in(),
    ),
    Write(
        "draft and review a contract",
        (
            contracts.contract_from_match,
            contracts.create_contract,
            contracts.update_contract,
            contracts.restore_template_text,
            contracts.submit_for_review,
            contracts.return_contract,
            contracts.approve_contract,
        ),
        _contract_work,
        (
            Expect("contract", "status", None, "draft"),
            Expect("contract", "status", "returned", "in_review"),
            Expect("contract", "status", "in_review", "approved"),
            Expect("contract_party", "name", None, ANY),
            Expect("contract_clause", "text", None, ANY),
            Expect("contract_revision", "number", None, 3),
        ),
        prepare=_match_in(
            _interest,
            lambda uow, o: matches.start_negotiation(uow, o.match_id, ALICE),
            lambda uow, o: matches.agree_match(uow, o.match_id, ALICE),
        ),
    ),
    Write(
        "issue and sign a contract",
        (
            contract_issue.issue_for_signature,
            contract_issue.record_wet_signature,
            contract_issue.sign_digitally,
            projects.start_project,
        ),
        _signing_work,
        (
            Expect("contract", "status", "approved", "awaiting_signature"),
            Expect("contract", "status", "awaiting_signature", "signed"),
            Expect("contract", "status", "signed", "in_execution"),
            Expect("project", "status", None, "running"),
            Expect("contract_issue", "sha256", None, ANY),
            Expect("contract_signature", "method", None, "wet_ink"),
            Expect("contract_signature", "method", None, "digital"),
        ),
        prepare=_match_in(
            _interest,
            lambda uow, o: matches.start_negotiation(uow, o.match_id, ALICE),
            lambda uow, o: matches.agree_match(uow, o.match_id, ALICE),
        ),
    ),
    Write(
        "follow a project to its end",
        (
            projects.add_milestone,
            projects.move_milestone,
            projects.edit_milestone,
            projects.complete_milestone,
            projects.complete_project,
            project_log.add_entry,
            evaluations.record_evaluation,
        ),
        _project_work,
        (
            Expect("milestone", "title", None, "中试验收"),
            Expect("milestone_move", "reason", None, "设备到货延迟"),
            Expect("milestone", "deliverable", ANY, "检测报告"),
            Expect("project_entry", "text", None, "样品不合格"),
            Expect("project_entry", "kind", None, "resolution"),
            Expect("evaluation", "timeliness", None, 4),
            Expect("evaluation", "comment", None, "顺利"),
            Expect("milestone", "confirmed_by", "", "王经理"),
            Expect("project", "status", "running", "completed"),
            Expect("contract", "status", "in_execution", "completed"),
        ),
        prepare=_AGREED,
    ),
    Write(
        "terminate a project",
        (projects.terminate_project,),
        _terminate_work,
        (
            Expect("project", "end_note", "", "企业停产"),
            Expect("contract", "status", "in_execution", "terminated"),
        ),
        prepare=_AGREED,
    ),
    Write(
        "reopen match",
        (matches.reopen_match,),
        lambda uow, o: matches.reopen_match(uow, o.match_id, ALICE),
        (
            Expect("listing_match", "status", "declined", "proposed", "match_id"),
            Expect("listing_match", "decline_reason", "price", None, "match_id"),
        ),
        prepare=_match_in(_decline),
    ),
    Write(
        "dismiss suggestion",
        (matches.dismiss_suggestion,),
        lambda uow, o: matches.dismiss_suggestion(
            uow, o.listing_id, o.supply_id, "duplicate", "", ALICE
        ),
        (
            Expect("listing_match", "status", None, "dismissed"),
            Expect("listing_match", "dismiss_reason", None, "duplicate"),
        ),
        prepare=_published_pair,
    ),
    Write(
        "demo data",
        # adopt_demo_database writes what make_demo does last (the demo user), by the same call
        (
            demo.make_demo,
            demo.ensure_demo_database,
            demo.adopt_demo_database,
            demo_listings.add_demo_listings,
            demo_matches.add_demo_matches,
            demo_contracts.add_demo_contracts,
            demo_contracts.draft_plan,
            demo_contracts.advance_plan,
            demo_projects.add_demo_projects,
        ),
        _do(lambda uow: demo.make_demo(uow, Actor("setup", Role.ADMIN), members=80, listings=30)),
        (
            Expect("member", "kind", None, ANY),
            Expect("contact", "name", None, ANY),
            Expect("alliance", "name", None, ANY),
            Expect("app_user", "username", None, "demo"),
            Expect("listing", "status", "submitted", "published"),
            Expect("listing_verification", "outcome", None, "published"),
            Expect("listing_match", "status", ANY, "proposed"),
            Expect("contract", "status", "approved", "awaiting_signature"),
            Expect("contract_signature", "method", None, "digital"),
        ),
        actor="setup",
        on_new_database=True,
    ),
    Write(
        "first administrator",
        (users.create_first_admin,),
        _do(lambda uow: users.create_first_admin(uow, "alice", ADMIN_PASSWORD)),
        (
            Expect("app_user", "username", None, "alice"),
            Expect("app_user", "role", None, "admin"),
            Expect("app_user", "password_hash", None, HIDDEN),
        ),
        on_new_database=True,
    ),
    Write(
        "create user",
        (users.create_user,),
        _do(lambda uow: users.create_user(uow, "carol", BOB_PASSWORD, Role.SUPERVISOR, ALICE)),
        (
            Expect("app_user", "username", None, "carol"),
            Expect("app_user", "role", None, "supervisor"),
            Expect("app_user", "active", None, True),
        ),
    ),
    Write(
        "reset password",
        (users.reset_password,),
        _do(lambda uow: users.reset_password(uow, "bob", "Temporary-2026", ALICE)),
        (
            Expect("app_user", "password_hash", HIDDEN, HIDDEN, "bob_id"),
            Expect("app_user", "must_change_password", False, True, "bob_id"),
        ),
    ),
    Write(
        "set role",
        (users.set_role,),
        _do(lambda uow: users.set_role(uow, "bob", Role.SUPERVISOR, ALICE)),
        (Expect("app_user", "role", "clerk", "supervisor", "bob_id"),),
    ),
    Write(
        "switch a user off",
        (users.set_active,),
        _do(lambda uow: users.set_active(uow, "bob", False, ALICE)),
        (Expect("app_user", "active", True, False, "bob_id"),),
    ),
    Write(
        "change own password",
        (users.change_own_password,),
        _do(
            lambda uow: users.change_own_password(uow, Actor("bob"), BOB_PASSWORD, "A-new-one-2026")
        ),
        (Expect("app_user", "password_hash", HIDDEN, HIDDEN, "bob_id"),),
        actor="bob",
    ),
    Write(
        "unlock a user",
        (users.unlock_user,),
        _do(lambda uow: users.unlock_user(uow, "bob", ALICE)),
        (
            Expect("app_user", "failed_attempts", 5, 0, "bob_id"),
            Expect("app_user", "locked_until", ANY, None, "bob_id"),
        ),
        prepare=_lock_bob,
    ),
    Write(
        "failed sign-in",
        (users.authenticate,),
        _failed_sign_in,
        (Expect("app_user", "failed_attempts", 0, 1, "bob_id"),),
        actor="bob",
    ),
    Write(
        "sign-in",
        (),
        _do(lambda uow: users.authenticate(uow, "bob", BOB_PASSWORD)),
        (Expect("app_user", "last_sign_in_at", None, ANY, "bob_id"),),
        actor="bob",
    ),
    Write(
        "resolve a sync conflict, taking the other version's city",
        (conflicts.resolve, conflict_store.resolve),
        lambda uow, o: conflicts.resolve(uow, ALICE, _conflict_id(o), take_b=["city"]),
        (
            Expect("member", "city", "常州", "无锡", "member_id"),
            Expect("sync_conflict", "status", "open", "resolved"),
        ),
        prepare=lambda db, o: _make_conflict(db, o),
    ),
]


def _conflict_id(office: Office) -> str:
    return f"00000000-0000-4000-8000-{office.member_id[-12:]}"


def _make_conflict(db: Database, office: Office) -> None:
    """A conflict as sync records it: the member here (A) and with another city elsewhere (B)."""
    member = Member.__table__
    with db.engine.connect() as conn:
        row = dict(
            conn.execute(select(member).where(member.c.id == office.member_id)).mappings().one()
        )
    with UnitOfWork(db) as uow:
        uow.session.info["actor"] = SYSTEM
        uow.session.add(
            SyncConflict(
                id=_conflict_id(office),
                kind=ConflictKind.EDIT,
                entity="member",
                entity_id=office.member_id,
                label=row["name"],
                version_a=row_json(row),
                site_a=db.site_id,
                at_a=row["updated_at"],
                version_b=row_json({**row, "city": "无锡"}),
                site_b="laptop",
                at_b=row["updated_at"],
            )
        )
        uow.commit()


# Public service functions that take an actor but write nothing, and what the others call.
NOT_WRITES = {
    alerts.attention,
    member_io.export_members,
    listing_io.export_listings,
    match_io.export_matches,
    contract_io.export_contracts,
    catalogue.export_catalogue,
    report_io.export_report,
    report_io.export_projects,
    users.list_users,
    audit.list_entries,
    audit.verify_chain,
    conflicts.list_conflicts,
    conflicts.get_conflict,
    conflict_store.list_conflicts,
    conflict_store.get_conflict,
}
# Writes that need no actor: the first user, the sign-in bookkeeping, the demo database's user.
WRITES_WITHOUT_ACTOR = {users.create_first_admin, users.authenticate, users.set_up_demo_sign_in}


# -- the generic check ----------------------------------------------------------------------------

Key = tuple[str, str]


def _syncable_tables() -> list[Any]:
    return [m.local_table for m in Base.registry.mappers if issubclass(m.class_, SyncMixin)]


def snapshot(db: Database) -> dict[Key, dict[str, Any]]:
    """Every row of every syncable table, as the database holds it."""
    rows: dict[Key, dict[str, Any]] = {}
    with db.engine.connect() as conn:
        for table in _syncable_tables():
            for row in conn.execute(select(table)).mappings():
                rows[(table.name, row["id"])] = dict(row)
    return rows


def last_seq(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.scalar(select(func.max(AuditEntry.seq))) or 0)


def entries_since(db: Database, seq: int) -> list[Any]:
    with db.engine.connect() as conn:
        stmt = select(AuditEntry.__table__).where(AuditEntry.seq > seq).order_by(AuditEntry.seq)
        return list(conn.execute(stmt).mappings())


def unaudited(
    before: dict[Key, dict[str, Any]], after: dict[Key, dict[str, Any]], entries: list[Any]
) -> list[str]:
    """What changed in the tables but is not (or wrongly) in the new audit entries."""
    logged: dict[Key, dict[str, list[Any]]] = {}
    for entry in entries:  # oldest first: a later entry's after-value wins
        logged.setdefault((entry["entity"], entry["entity_id"]), {}).update(
            json.loads(entry["changes"])
        )
    problems = []
    for key in sorted(before.keys() - after.keys()):
        if key not in logged:
            problems.append(f"{key} was deleted without an audit entry")
    for key, row in sorted(after.items()):
        old = before.get(key)
        changed = [c for c in row if old is None or old[c] != row[c]]
        if not changed:
            continue
        if key not in logged and (old is None or set(changed) - audit.NOT_AUDITED):
            problems.append(f"{key} changed without an audit entry")
            continue
        for column, value in row.items():
            if column in audit.NOT_AUDITED or (old is not None and old[column] == value):
                continue
            if old is None and value in (None, ""):
                continue
            shown = audit._shown(column, value)
            if column not in logged[key]:
                problems.append(f"{key}: {column} changed to {shown!r}, not in the audit")
            elif logged[key][column][1] != shown:
                problems.append(f"{key}: {column} is {shown!r}, audit says {logged[key][column]}")
    return problems


def _record(office: Office, path: str | None) -> str | None:
    if path is None:
        return None
    name, _, index = path.partition(".")
    value = getattr(office, name)
    return value[int(index)] if index else value


@pytest.mark.parametrize("write", WRITES, ids=lambda w: w.name)
def test_every_write_is_audited_field_by_field(
    database: Database, tmp_path: Path, write: Write
) -> None:
    office = Office(tmp_path) if write.on_new_database else seed(database, tmp_path)
    if write.prepare:
        write.prepare(database, office)
    before, since = snapshot(database), last_seq(database)
    with UnitOfWork(database) as uow:
        write.run(uow, office)
        uow.commit()
    entries = entries_since(database, since)
    assert entries, "the write left no audit entry"
    assert unaudited(before, snapshot(database), entries) == []
    assert {e["actor"] for e in entries} == {write.actor}
    for expect in write.expect:
        record = _record(office, expect.record)
        found = [
            json.loads(e["changes"]).get(expect.column)
            for e in entries
            if e["entity"] == expect.entity and record in (None, e["entity_id"])
        ]
        assert [expect.before, expect.after] in found, (expect, found)
    with UnitOfWork(database) as uow:
        assert audit.verify_chain(uow, ALICE).ok


def test_the_generic_check_catches_a_write_that_bypasses_the_audit(
    sqlite_db: Database, tmp_path: Path
) -> None:
    office = seed(sqlite_db, tmp_path)
    before, since = snapshot(sqlite_db), last_seq(sqlite_db)
    with UnitOfWork(sqlite_db) as uow:  # a bulk UPDATE skips the flush hook, so no entry
        uow.session.execute(update(Member).where(Member.id == office.member_id).values(city="苏州"))
        uow.commit()
    problems = unaudited(before, snapshot(sqlite_db), entries_since(sqlite_db, since))
    assert problems == [f"('member', '{office.member_id}') changed without an audit entry"]


def test_the_generic_check_catches_a_wrong_after_value(sqlite_db: Database, tmp_path: Path) -> None:
    office = seed(sqlite_db, tmp_path)
    before, since = snapshot(sqlite_db), last_seq(sqlite_db)
    run(sqlite_db, _edited, office.member_id, city="无锡")
    entries = [dict(e) for e in entries_since(sqlite_db, since)]
    entries[0]["changes"] = json.dumps({"city": ["常州", "苏州"]})
    problems = unaudited(before, snapshot(sqlite_db), entries)
    assert problems == [
        f"('member', '{office.member_id}'): city is '无锡', audit says ['常州', '苏州']"
    ]


def _service_modules() -> list[ModuleType]:
    """Every module of app/services, those added later too."""
    package = importlib.import_module("app.services")
    return [
        importlib.import_module(f"app.services.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
    ]


def test_every_service_that_takes_an_actor_is_in_the_list_of_writes() -> None:
    """A new write service must join WRITES (and so the generic check) or NOT_WRITES."""
    covered = {s for w in WRITES for s in w.services} | NOT_WRITES | WRITES_WITHOUT_ACTOR
    unlisted = []
    for module in _service_modules():
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or fn.__module__ != module.__name__:
                continue
            parameters = inspect.signature(fn).parameters
            takes_actor = "by" in parameters or "actor" in parameters
            if "uow" in parameters and takes_actor and fn not in covered:
                unlisted.append(f"{module.__name__}.{name}")
    assert unlisted == []
    assert {s for w in WRITES for s in w.services} | {
        users.set_up_demo_sign_in  # runs inside make_demo: the "demo data" write checks it
    } >= WRITES_WITHOUT_ACTOR


# -- tampering ------------------------------------------------------------------------------------


def _verify(db: Database) -> audit.ChainReport:
    with UnitOfWork(db) as uow:
        return audit.verify_chain(uow, ALICE)


def _tamper(db: Database, sql: str, **params: Any) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(sql), params)


def test_an_intact_trail_is_reported_with_its_size(database: Database, tmp_path: Path) -> None:
    seed(database, tmp_path)
    report = _verify(database)
    assert report.ok and report.problem is None
    assert (report.entries, report.sites) == (last_seq(database), 1)


def test_a_changed_entry_is_named(database: Database, tmp_path: Path) -> None:
    seed(database, tmp_path)
    _tamper(
        database, "UPDATE audit_entry SET changes = :c WHERE seq = 3", c='{"name": [null, "X"]}'
    )
    report = _verify(database)
    assert not report.ok
    assert report.problem is not None
    assert report.problem.startswith("entry 3 (") and "was changed after it was written" in (
        report.problem
    )


def test_a_removed_middle_entry_leaves_a_gap_that_is_named(
    database: Database, tmp_path: Path
) -> None:
    seed(database, tmp_path)
    _tamper(database, "DELETE FROM audit_entry WHERE seq = 4")
    report = _verify(database)
    assert report.problem == ("The audit trail jumps from entry 3 to entry 5: entry 4 was removed.")


def test_a_removed_last_entry_is_found_through_the_chain_head(
    database: Database, tmp_path: Path
) -> None:
    seed(database, tmp_path)
    last = last_seq(database)
    _tamper(database, "DELETE FROM audit_entry WHERE seq = :seq", seq=last)
    report = _verify(database)
    assert report.problem is not None
    assert f"ends at entry {last - 1}, but its chain head records entry {last}" in (report.problem)


def test_a_forged_entry_with_a_fitting_hash_but_the_wrong_predecessor_is_found(
    database: Database, tmp_path: Path
) -> None:
    office = seed(database, tmp_path)
    last = last_seq(database)
    with database.engine.begin() as conn:
        hashes = dict(conn.execute(select(AuditEntry.seq, AuditEntry.hash)).all())
        site_id = conn.scalar(select(AuditChainHead.site_id))
        at = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)
        changes = json.dumps({"role": ["clerk", "admin"]})
        prev = hashes[last - 1]  # forged as if it followed the entry before the last
        forged = audit.entry_hash(
            site_id, last + 1, at, "alice", "app_user", office.bob_id, "update", changes, prev
        )
        conn.execute(
            insert(AuditEntry.__table__),
            dict(
                id="forged",
                site_id=site_id,
                seq=last + 1,
                at=at,
                actor="alice",
                entity="app_user",
                entity_id=office.bob_id,
                action="update",
                changes=changes,
                prev_hash=prev,
                hash=forged,
            ),
        )
        conn.execute(  # and the head moved along, as a careful forger would
            update(AuditChainHead).values(last_seq=last + 1, last_hash=forged)
        )
    report = _verify(database)
    assert report.problem is not None
    assert report.problem.startswith(f"entry {last + 1} (")
    assert "does not follow the entry before it" in report.problem


# -- reading --------------------------------------------------------------------------------------


def test_history_gives_plain_rows_newest_first(database: Database, tmp_path: Path) -> None:
    office = seed(database, tmp_path)
    run(database, _edited, office.member_id, city="无锡")
    run(database, members.archive_member, office.member_id, ALICE)
    with UnitOfWork(database) as uow:
        rows = audit.history(uow, entity="member", entity_id=office.member_id)
    assert all(isinstance(r, audit.AuditRow) for r in rows)
    assert [r.action for r in rows] == ["status", "update", "insert"]
    assert [r.seq for r in rows] == sorted((r.seq for r in rows), reverse=True)
    assert rows[0].changes == {"status": ["active", "archived"]}
    assert rows[1].changes["city"] == ["常州", "无锡"]
    assert rows[2].changes["name"] == [None, "常州新能源科技有限公司"]
    assert {r.actor for r in rows} == {"alice"}


def test_a_members_history_includes_its_removed_contacts(database: Database) -> None:
    from app.services.members import ContactData, MemberData

    clerk = Actor("clerk-li", Role.CLERK)
    with UnitOfWork(database) as uow:
        created = members.create_member(
            uow,
            MemberData(
                kind="enterprise",
                name="苏州纳米科技有限公司",
                contacts=[ContactData("徐雨欣"), ContactData("王芳")],
            ),
            clerk,
        )
        uow.commit()
    kept = created.data.contacts[1]
    with UnitOfWork(database) as uow:
        members.update_member(
            uow,
            created.id,
            created.version,
            MemberData(kind="enterprise", name="苏州纳米科技有限公司", contacts=[kept]),
            clerk,
        )
        uow.commit()
    with UnitOfWork(database) as uow:  # a fresh session: nothing remembered from the edit
        rows = audit.record_history(uow, "member", created.id)
    gone = created.data.contacts[0].id
    removed = [r.entity_id for r in rows if r.entity == "contact" and r.action == "delete"]
    assert removed == [gone]
    added = {r.entity_id: r.changes["name"][1] for r in rows if r.action == "insert"}
    assert added[gone] == "徐雨欣"
    assert {r.entity for r in rows} == {"member", "contact"}
