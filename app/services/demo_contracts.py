"""Demo contracts: eight contracts between demo members, two- and three-party, Chinese and
English, one in every state a clerk meets (draft, in review, returned with comments, approved,
awaiting signature with one wet-ink signature, signed in wet ink, signed digitally, a draft with
an edited clause). They go through the contract services like a clerk's, so every one is valid;
the two agreed demo matches become the first two. The same seed picks the same members."""

import random
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from app.models import Match, MatchStatus, Member, MemberKind, MemberStatus
from app.services import contract_issue, contracts
from app.services.contract_data import ContractData, InstalmentData, PartyData
from app.services.contract_templates import PartyRole, load_template
from app.services.demo_certificates import throwaway_p12
from app.services.demo_contract_plans import NDA_EDIT, PLANS, RETURN_COMMENTS, Plan
from app.services.uow import Actor, UnitOfWork

K = MemberKind
# Which members each pool draws from: (kinds, from China or from abroad).
POOLS = {
    "enterprise": ((K.ENTERPRISE,), True),
    "research": ((K.UNIVERSITY, K.RESEARCH_INSTITUTE), True),
    "coordinator": ((K.GOVERNMENT, K.INTERMEDIARY), True),
    "foreign_research": ((K.UNIVERSITY, K.RESEARCH_INSTITUTE), False),
    "foreign_partner": ((K.INTERMEDIARY, K.RESEARCH_INSTITUTE, K.UNIVERSITY), False),
}
FALLBACK = {"foreign_research": "research", "foreign_partner": "research"}
POOL_SIZE = 200  # members read per pool: enough to choose from, quick on a 100k registry
SENIOR_TITLES = (
    "董事长",
    "总经理",
    "技术转移中心主任",
    "成果转化处处长",
    "科研处处长",
    "副所长",
    "主任",
    "处长",
    "副处长",
    "Managing Director",
    "Head of Business Development",
    "Technology Transfer Manager",
)
TITLES_EN = {
    "董事长": "Chairman",
    "总经理": "General Manager",
    "技术总监": "Technical Director",
    "研发经理": "R&D Manager",
    "项目经理": "Project Manager",
    "教授": "Professor",
    "副教授": "Associate Professor",
    "科研处处长": "Director, Office of Research",
    "技术转移中心主任": "Director, Technology Transfer Centre",
    "研究员": "Research Professor",
    "副所长": "Deputy Director",
    "成果转化处处长": "Director, Technology Commercialisation Office",
    "高级工程师": "Senior Engineer",
    "主任": "Director",
    "处长": "Division Director",
    "技术经纪人": "Technology Broker",
}
STREETS = {
    K.ENTERPRISE: ("高新区科技大道", "经济技术开发区创新路", "工业园区星湖街", "软件园观日路"),
    K.UNIVERSITY: ("学府路", "大学城中环路", "文昌路"),
    K.RESEARCH_INSTITUTE: ("科学城科研路", "中关村南大街", "创新港研发路"),
    K.GOVERNMENT: ("人民路", "市民中心政务路", "府前街"),
    K.INTERMEDIARY: ("科技服务大厦创业路", "双创园区发展大道"),
}
ABROAD = {"DE": ("Forschungsstraße", "Germany"), "FI": ("Tekniikantie", "Finland")}
LAW_ZH, LAW_EN = "中华人民共和国法律", "the laws of the People's Republic of China"
CIETAC = "the China International Economic and Trade Arbitration Commission (CIETAC), Beijing"
P12_PASSWORD = b"helix-demo"
FROM_MATCHES = {"draft", "awaiting_signature", "signed_wet", "signed_digital"}


# -- members ------------------------------------------------------------------------------------


class Registry:
    """Active demo members by pool, picked with the seed's generator, each once while it lasts."""

    def __init__(self, uow: UnitOfWork, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.pools = {name: self._read(uow, *spec) for name, spec in POOLS.items()}

    @staticmethod
    def _read(uow: UnitOfWork, kinds: tuple[MemberKind, ...], chinese: bool) -> list[Member]:
        country = Member.country == "CN" if chinese else Member.country != "CN"
        rows = uow.session.scalars(
            select(Member)
            .where(
                Member.kind.in_(kinds),
                Member.status == MemberStatus.ACTIVE,
                Member.deleted_at.is_(None),
                country,
            )
            .order_by(Member.id)
            .limit(POOL_SIZE)
        )
        return sorted(rows, key=lambda m: m.id)

    def pick(self, pool: str) -> Member | None:
        members = self.pools[pool] or self.pools.get(FALLBACK.get(pool, ""), [])
        if not members:
            return None
        fresh = [m for m in members if m.id not in self.used] or members
        member = self.rng.choice(fresh)
        self.used.add(member.id)
        return member


def _signatory(member: Member, english: bool) -> tuple[str, str]:
    contacts = [c for c in member.contacts if c.deleted_at is None]
    if not contacts:
        return "", ""
    senior = [c for c in contacts if c.title in SENIOR_TITLES]
    contact = (senior or contacts)[0]
    return contact.name, TITLES_EN.get(contact.title, contact.title) if english else contact.title


def _address(member: Member, rng: random.Random) -> str:
    if member.address:
        return member.address
    number = rng.randrange(1, 400)
    if member.country in ABROAD:
        street, country = ABROAD[member.country]
        return f"{street} {number}, {member.city}, {country}"
    city = member.city if member.region == member.city + "市" else member.region + member.city
    street = rng.choice(STREETS.get(member.kind, STREETS[K.ENTERPRISE]))
    return f"{city}市{street}{number}号"


def _party(role: PartyRole, member: Member, english: bool, rng: random.Random) -> PartyData:
    name, title = _signatory(member, english)
    return PartyData(
        role=role.key,
        role_label=role.label,
        name=member.name,
        member_id=member.id,
        address=_address(member, rng),
        registration_code=member.registration_code or "",
        representative=name,
        signatory_name=name,
        signatory_title=title,
    )


# -- content ------------------------------------------------------------------------------------


def _schedule(plan: Plan, value: Decimal, start: date) -> tuple[InstalmentData, ...]:
    """The plan's instalments, in cents, the last one taking what rounding left over."""
    items, paid = [], Decimal(0)
    for i, (milestone, percent, days) in enumerate(plan.milestones):
        last = i == len(plan.milestones) - 1
        amount = value - paid if last else _cents(value * percent / 100)
        paid += amount
        items.append(InstalmentData(milestone, amount, start + timedelta(days=days)))
    return tuple(items)


def _place(members: list[Member], english: bool) -> tuple[str, str]:
    """Where the contract is signed and which arbitration commission hears disputes: the
    enterprise's city (an English contract: the foreign party's city when there is one)."""
    abroad = [m for m in members if m.country != "CN"]
    if english and abroad:
        return abroad[0].city, CIETAC
    home = next((m for m in members if m.kind is K.ENTERPRISE), members[0])
    city = home.city if home.region == home.city + "市" else home.region + home.city
    return f"{city}市", CIETAC if english else f"{home.city}仲裁委员会"


def _contract_data(
    plan: Plan,
    members: list[Member],
    parties: list[PartyData],
    value: Decimal,
    subject: str,
    title: str,
) -> ContractData:
    english = plan.template.endswith(".en")
    start = date.today() + timedelta(days=plan.start_in)
    place, arbitration = _place(members, english)
    shares: list[Decimal | None] = [_cents(s) for s in plan.shares] or [None] * len(parties)
    return ContractData(
        title=title,
        subject=subject,
        value=value,
        currency=plan.currency,
        start_date=start,
        end_date=_add_months(start, plan.months) - timedelta(days=1),
        ip_ownership=plan.ip_ownership,
        risk_sharing=plan.risk_sharing,
        confidentiality_years=plan.confidentiality_years,
        dispute_method="litigation" if plan.court else "arbitration",
        dispute_body=plan.court or arbitration,
        governing_law=LAW_EN if english else LAW_ZH,
        signing_place=place,
        parties=tuple(replace(p, benefit_share=s) for p, s in zip(parties, shares, strict=True)),
        schedule=_schedule(plan, value, start),
    )


def _cents(number: int | Decimal) -> Decimal:
    """An amount or a percentage as the database keeps it (two decimals), so that the audit
    trail records the value the row holds."""
    return Decimal(number).quantize(Decimal("0.01"))


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, 28))


# -- making them --------------------------------------------------------------------------------


def add_demo_contracts(uow: UnitOfWork, by: Actor, seed: int = 1) -> int:
    """Make the demo contracts (PLANS) and take each to its state; returns how many were made.
    A plan whose parties the registry cannot supply (a tiny demo) is left out."""
    rng = random.Random(seed + 11)
    registry = Registry(uow, rng)
    matches = agreed_matches(uow)
    made = 0
    with tempfile.TemporaryDirectory(prefix="helix-demo-contracts-") as folder:
        for plan in PLANS:
            # the first draft, the contract awaiting signature and the two signed ones come
            # from agreed matches, while there are (the funnel then reaches signed contracts)
            match = matches.pop(0) if matches and plan.outcome in FROM_MATCHES else None
            detail = draft_plan(uow, by, plan, registry, match, rng)
            if detail is not None:
                advance_plan(uow, by, plan, detail, Path(folder))
                made += 1
    return made


def agreed_matches(uow: UnitOfWork) -> list[Match]:
    """Agreed matches between two members (a member's demand matched with its own supply makes
    no contract: one party cannot contract with itself)."""
    rows = uow.session.scalars(
        select(Match).where(Match.status == MatchStatus.AGREED, Match.deleted_at.is_(None))
    )
    usable = [m for m in rows if m.demand.member_id != m.supply.member_id]
    return sorted(usable, key=lambda m: (m.demand.title, m.supply.title))


def draft_plan(
    uow: UnitOfWork,
    by: Actor,
    plan: Plan,
    registry: Registry,
    match: Match | None,
    rng: random.Random,
) -> contracts.ContractDetail | None:
    """The plan's contract as a complete draft: an agreed match's members (the supply side in
    the role that has the technology) with the rest from the registry, or all from the registry."""
    template = load_template(plan.template)
    roles = template.roles
    english = plan.template.endswith(".en")
    if match is not None:
        pair = [match.demand.member, match.supply.member]
        if roles[0].key in contracts.SUPPLY_SIDE_ROLES:
            pair.reverse()
        registry.used.update(m.id for m in pair)
        picked: list[Member | None] = [*pair, *(registry.pick(p) for p in plan.pools[2:])]
    else:
        picked = [registry.pick(pool) for pool in plan.pools]
    members = [m for m in picked if m is not None]
    if len(members) < len(roles):
        return None
    parties = [_party(r, m, english, rng) for r, m in zip(roles, members, strict=True)]
    title = template.info.title
    if match is None:
        data = _contract_data(plan, members, parties, _cents(plan.value), plan.subject, title)
        return contracts.create_contract(uow, plan.template, data, by)
    drafted = contracts.contract_from_match(uow, match.id, plan.template, by)
    value = drafted.data.value or _cents(plan.value)
    subject = drafted.data.subject or plan.subject
    data = _contract_data(plan, members, parties, value, subject, title)
    return contracts.update_contract(uow, drafted.id, drafted.version, data, by)


def advance_plan(
    uow: UnitOfWork, by: Actor, plan: Plan, detail: contracts.ContractDetail, folder: Path
) -> None:
    """Take a draft through review, approval, issue and signature as far as the plan says."""
    if plan.outcome == "draft_edited":
        _edit_clause(uow, by, detail)
    if plan.outcome.startswith("draft"):
        return
    contracts.submit_for_review(uow, detail.id, by)
    if plan.outcome == "returned":
        contracts.return_contract(uow, detail.id, RETURN_COMMENTS, by)
    if plan.outcome in ("in_review", "returned"):
        return
    contracts.approve_contract(uow, detail.id, by)
    if plan.outcome == "approved":
        return
    contract_issue.issue_for_signature(uow, detail.id, by)
    signers = 1 if plan.outcome == "awaiting_signature" else len(detail.data.parties)
    for position, party in enumerate(detail.data.parties[:signers]):
        if plan.outcome == "signed_digital":
            p12 = _throwaway_p12(folder, party.signatory_name or party.name, position)
            contract_issue.sign_digitally(uow, detail.id, position, p12, P12_PASSWORD, by)
        else:
            contract_issue.record_wet_signature(
                uow,
                detail.id,
                position,
                party.signatory_name,
                party.signatory_title,
                date.today(),
                _scan(folder, detail.number, position),
                by,
            )


def _edit_clause(uow: UnitOfWork, by: Actor, detail: contracts.ContractDetail) -> None:
    """The clerk's own wording in one clause: the contract's second revision."""
    key, old, new, added = NDA_EDIT
    clauses = tuple(
        replace(c, text=c.text.replace(old, new) + added) if c.key == key else c
        for c in detail.data.clauses
    )
    data = replace(detail.data, clauses=clauses)
    contracts.update_contract(uow, detail.id, detail.version, data, by)


def _scan(folder: Path, number: str, position: int) -> Path:
    """A one-page stand-in for the scanned signed copy of the printed contract."""
    path = folder / f"{number}-party-{position + 1}-scan.pdf"
    canvas = Canvas(str(path), invariant=True)
    canvas.setFont("Helvetica", 14)
    canvas.drawString(72, 760, "Scanned signed copy")
    canvas.setFont("Helvetica", 10)
    canvas.drawString(72, 740, f"Contract {number}, signature and seal of party {position + 1}")
    canvas.showPage()
    canvas.save()
    return path


def _throwaway_p12(folder: Path, common_name: str, position: int) -> Path:
    """A self-signed signing certificate in a PKCS#12 file: demo data only."""
    return throwaway_p12(folder, common_name, P12_PASSWORD, stem=f"signer-{position + 1}")[0]
