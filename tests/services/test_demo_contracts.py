"""Demo contracts: one in every state, valid, between fitting members, signed ones verifiable."""

import tempfile
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from app.db import Database, sqlite_url
from app.models import Contract, Match, MatchStatus, Member, MemberKind, Role
from app.services import contract_issue, contracts
from app.services.contract_data import validate
from app.services.contract_verify import verify_contract_file
from app.services.demo import DemoSummary, make_demo
from app.services.uow import Actor, UnitOfWork

ADMIN = Actor("demo-maker", Role.ADMIN)
TEMPLATES = {
    "joint_rd.two_party.zh": "draft",
    "technology_transfer.three_party.zh": "awaiting_signature",
    "patent_licence.two_party.en": "in_review",
    "technical_service.two_party.zh": "returned",
    "commissioned_development.three_party.zh": "approved",
    "consultancy.two_party.en": "in_execution",
    "technology_transfer.two_party.zh": "in_execution",
    "nda.two_party.zh": "draft",
}
RESEARCH = {MemberKind.UNIVERSITY, MemberKind.RESEARCH_INSTITUTE}
COORDINATORS = {MemberKind.GOVERNMENT, MemberKind.INTERMEDIARY}


def _demo(db: Database, seed: int = 1, members: int = 60, listings: int = 40) -> DemoSummary:
    with UnitOfWork(db) as uow:
        summary = make_demo(uow, ADMIN, members=members, listings=listings, seed=seed)
        uow.commit()
    return summary


def _details(uow: UnitOfWork) -> dict[str, contracts.ContractDetail]:
    """The demo contracts by template id (those of demo_contracts; demo_projects makes more)."""
    ids = uow.session.scalars(select(Contract.id).order_by(Contract.number))
    found = (contracts.get_contract(uow, i) for i in ids)
    return {d.template_id: d for d in found if d.template_id in TEMPLATES}


def _demo_folders() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("helix-demo-contracts-*")}


def test_the_demo_has_a_contract_in_every_state_and_each_is_valid(database: Database) -> None:
    folders = _demo_folders()
    summary = _demo(database)
    assert _demo_folders() <= folders  # certificates and scans are gone again
    with UnitOfWork(database) as uow:
        found = _details(uow)
        kinds = {m.id: m.kind for m in uow.session.scalars(select(Member))}
    assert len(found) == 8 and summary.contracts == 8 + summary.projects - 2
    assert {t: d.status for t, d in found.items()} == TEMPLATES
    assert f"{summary.contracts} contracts, {summary.projects} projects." in summary.summary()
    languages = Counter(d.language for d in found.values())
    assert languages == {"zh": 6, "en": 2}
    today = date.today()
    for detail in found.values():
        data = detail.data
        validate(data)
        party_kinds = [kinds[p.member_id] for p in data.parties if p.member_id]
        assert len(party_kinds) == len(data.parties) == (3 if "three" in detail.template_id else 2)
        assert MemberKind.ENTERPRISE in party_kinds, detail.template_id
        assert set(party_kinds) & (RESEARCH | {MemberKind.INTERMEDIARY}), detail.template_id
        if len(party_kinds) == 3:
            assert party_kinds[2] in COORDINATORS
        assert len({p.member_id for p in data.parties}) == len(data.parties)
        assert all(p.signatory_name and p.signatory_title and p.address for p in data.parties)
        assert data.start_date and data.end_date
        assert abs(data.start_date - today) <= timedelta(days=31) < data.end_date - today
        if detail.kind == "nda":
            assert not data.schedule and all(p.benefit_share is None for p in data.parties)
            continue
        assert sum(p.benefit_share or 0 for p in data.parties) == 100
        assert 2 <= len(data.schedule) <= 4 and data.value > 0
        assert sum(i.amount for i in data.schedule) == data.value
        dues = [i.due_date for i in data.schedule]
        assert all(d and data.start_date <= d <= data.end_date for d in dues)
        assert dues == sorted(dues)  # type: ignore[type-var]


def test_the_first_contract_comes_from_an_agreed_match_of_two_members(database: Database) -> None:
    _demo(database)
    with UnitOfWork(database) as uow:
        joint = _details(uow)["joint_rd.two_party.zh"]
        assert joint.match_id is not None
        match = uow.session.get(Match, joint.match_id)
        assert match is not None and match.status is MatchStatus.AGREED
        members = {match.demand.member_id, match.supply.member_id}
        assert {p.member_id for p in joint.data.parties} == members
        assert joint.data.subject == match.supply.title
        assert len(contracts.revisions(uow, joint.id)) == 2  # drafted, then completed


def test_review_comments_and_an_edited_clause_are_there_to_see(database: Database) -> None:
    _demo(database)
    with UnitOfWork(database) as uow:
        found = _details(uow)
        returned = found["technical_service.two_party.zh"]
        nda = found["nda.two_party.zh"]
        assert "验收标准" in returned.review_comments
        assert [r.number for r in contracts.revisions(uow, nda.id)] == [1, 2]
        changes = contracts.compare_revisions(uow, nda.id, 1, 2)
    assert [c.key for c in changes] == ["clauses.return_of_information.text"]
    clause = next(c for c in nda.data.clauses if c.key == "return_of_information")
    assert clause.text != clause.template_text and "十日" in clause.text


def test_signed_demo_contracts_verify(database: Database, tmp_path: Path) -> None:
    _demo(database)
    with UnitOfWork(database) as uow:
        found = _details(uow)
        waiting = contract_issue.current_issue(uow, found["technology_transfer.three_party.zh"].id)
        assert waiting is not None and len(waiting.waiting_for) == 2
        assert waiting.parties[0].signature is not None
        assert waiting.parties[0].signature.method == "wet_ink"
        methods = {}
        for template in ("consultancy.two_party.en", "technology_transfer.two_party.zh"):
            detail = found[template]
            issue = contract_issue.current_issue(uow, detail.id)
            assert issue is not None and issue.all_signed
            methods[template] = {p.signature.method for p in issue.parties if p.signature}
            path = tmp_path / f"{detail.number}.pdf"
            path.write_bytes(contract_issue.issued_pdf(uow, detail.id))
            verdict = verify_contract_file(uow, path, trust_roots=[])
            assert verdict.ok, verdict.problems
            assert len(verdict.signatures) == (2 if "transfer" in template else 0)
        name, scan = contract_issue.signed_scan(uow, found["consultancy.two_party.en"].id, 1)
    assert methods == {
        "consultancy.two_party.en": {"wet_ink"},
        "technology_transfer.two_party.zh": {"digital"},
    }
    assert name.endswith(".pdf") and scan.startswith(b"%PDF")


def test_the_same_seed_picks_the_same_parties(sqlite_db: Database, tmp_path: Path) -> None:
    _demo(sqlite_db, seed=3)
    other = Database.open(sqlite_url(tmp_path / "other.sqlite"))
    try:
        _demo(other, seed=3)
        sides = []
        for db in (sqlite_db, other):
            with UnitOfWork(db) as uow:
                sides.append(
                    {
                        t: ([p.name for p in d.data.parties], d.data.value, d.data.schedule)
                        for t, d in _details(uow).items()
                    }
                )
    finally:
        other.dispose()
    assert sides[0] == sides[1]


def test_contracts_whose_parties_the_registry_lacks_are_left_out(sqlite_db: Database) -> None:
    """Three members (an enterprise, a university, an institute) and no listings: the two-party
    contracts are made between them, without a match; the three-party ones need a coordinator."""
    summary = _demo(sqlite_db, members=3, listings=0)
    with UnitOfWork(sqlite_db) as uow:
        found = _details(uow)
    assert len(found) == 6 and summary.contracts == 6 + 3  # three two-party demo projects
    assert all("two_party" in t and d.match_id is None for t, d in found.items())
    assert {t: d.status for t, d in found.items()} == {
        t: s for t, s in TEMPLATES.items() if "two_party" in t
    }
