"""Demo listings: the hand-written demands and supplies (demo_listing_texts*) put out by fitting
demo members, in every status, through the real listing services.

Each listing goes the way a real one would — created, submitted, returned with reasons,
published with the checklist, extended, matched, expired, withdrawn, archived — at dates over the
past year and a half, all in time order, so references (D-2026-0001 …) follow the publication
dates and every publication has its verification record. Afterwards the rows' bookkeeping
stamps (created_at, updated_at; not audited) are moved to those dates. The texts, owners,
statuses and date offsets depend on the seed only; the dates count back from `now`.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Table, bindparam, select, update

from app.errors import DomainError
from app.models import Listing, ListingStatus, ListingVerification, Member, MemberStatus, utcnow
from app.services import listings as listing_service
from app.services.demo_listing_texts import (
    IP_RETURN_REASONS,
    RETURN_REASONS,
    TITLE_QUALIFIERS,
    ListingText,
)
from app.services.demo_listing_texts_digital import DIGITAL_AND_SERVICES
from app.services.demo_listing_texts_energy import ENERGY_AND_ENVIRONMENT
from app.services.demo_listing_texts_industry import MATERIALS_AND_MANUFACTURING
from app.services.demo_listing_texts_life import LIFE_SCIENCES_AND_AGRICULTURE
from app.services.listing_data import ListingData
from app.services.members import LIST_SEPARATOR
from app.services.permissions import Action
from app.services.text import has_cjk
from app.services.uow import Actor, UnitOfWork

CORPUS: tuple[ListingText, ...] = (
    *ENERGY_AND_ENVIRONMENT,
    *MATERIALS_AND_MANUFACTURING,
    *LIFE_SCIENCES_AND_AGRICULTURE,
    *DIGITAL_AND_SERVICES,
)

S = ListingStatus
STATUS_SHARES = {
    S.DRAFT: 0.05,
    S.SUBMITTED: 0.08,
    S.RETURNED: 0.05,
    S.MATCHED: 0.07,
    S.EXPIRED: 0.07,
    S.WITHDRAWN: 0.04,
    S.ARCHIVED: 0.05,
}
"""The share of each status but published, which takes the rest (about 60 %)."""
SMALL_DEMO_STATUSES = (S.PUBLISHED, S.SUBMITTED, S.DRAFT, S.RETURNED, S.MATCHED, S.EXPIRED)
"""The statuses of a demo of fewer listings than there are statuses, in this order."""
EXPIRING_SOON = 3
"""Published listings whose validity ends within the expiry warning's 14 days."""
GENERIC_SECTORS = frozenset({"M73", "M74", "M75", "P83"})
"""Research, technical services, technology promotion, education: no sign of a field."""
CHECKLIST_TICKED = dict.fromkeys(listing_service.CHECKLIST, True)


def language(text: ListingText) -> str:
    """ "zh" for a Chinese text, "en" for an English one."""
    return "zh" if has_cjk(text.title) else "en"


def topic_pairs() -> list[tuple[ListingText, ListingText]]:
    """The answer key for matching: each demand with each supply of its topic."""
    return [
        (d, s)
        for d in CORPUS
        if d.kind == "demand" and d.topic
        for s in CORPUS
        if s.kind == "supply" and s.topic == d.topic
    ]


def demo_texts(count: int, seed: int = 1) -> list[ListingText]:
    """The texts of `count` demo listings: the corpus in an order shuffled topic by topic (so
    that a small demo still holds whole demand-supply pairs), then again with qualified titles
    (“（二期项目）”, “(second generation)”) when more are wanted than the corpus holds."""
    rng = random.Random(seed + 3_000_017)
    groups: dict[str, list[ListingText]] = {}
    for text in CORPUS:
        groups.setdefault(text.topic or f"lure:{text.title}", []).append(text)
    order = list(groups.values())
    rng.shuffle(order)
    texts = [text for group in order for text in group]
    return [_repeated(texts[i % len(texts)], i // len(texts)) for i in range(count)]


def _repeated(text: ListingText, round_: int) -> ListingText:
    if round_ == 0:
        return text
    qualifiers = TITLE_QUALIFIERS[(text.kind, language(text))]
    qualifier = qualifiers[(round_ - 1) % len(qualifiers)]
    if round_ > len(qualifiers):
        qualifier = f"{qualifier} {(round_ - 1) // len(qualifiers) + 1}"
    title = (
        f"{text.title}（{qualifier}）" if language(text) == "zh" else f"{text.title} ({qualifier})"
    )
    return replace(text, title=title)


# -- planning -----------------------------------------------------------------------------------

Step = tuple[datetime, str]
"""(when, what): create, submit, return, publish, extend, match, expire, withdraw, archive."""
OPEN = {S.DRAFT, S.SUBMITTED, S.RETURNED, S.PUBLISHED}
PROTECTED = {"patent_granted", "patent_pending", "software_copyright"}


@dataclass(frozen=True)
class _Owner:
    id: str
    kind: str
    sectors: frozenset[str]
    foreign: bool
    region: str


@dataclass(frozen=True)
class _Plan:
    """One demo listing: its data, the steps of its life in time order, and what the
    supervisor writes and ticks if the listing is returned."""

    data: ListingData
    steps: list[Step]
    reasons: str
    checklist: dict[str, bool]


def _statuses(count: int, rng: random.Random) -> list[ListingStatus]:
    """Every status once a demo has at least eight listings; published for the rest."""
    if count < len(S):
        statuses = [SMALL_DEMO_STATUSES[i % len(SMALL_DEMO_STATUSES)] for i in range(count)]
    else:
        statuses = [
            status
            for status, share in STATUS_SHARES.items()
            for _ in range(max(1, round(share * count)))
        ]
        statuses += [S.PUBLISHED] * (count - len(statuses))
    rng.shuffle(statuses)
    return statuses


def _flags(statuses: list[ListingStatus]) -> list[set[str]]:
    """The first published listings expire soon, the next one was extended; some published
    and submitted listings were returned once before."""
    flags: list[set[str]] = []
    published = submitted = 0
    for status in statuses:
        mine: set[str] = set()
        if status is S.PUBLISHED:
            if published < EXPIRING_SOON:
                mine.add("expiring_soon")
            elif published == EXPIRING_SOON:
                mine.add("extended")
            elif published % 8 == 5:
                mine.add("returned_once")
            published += 1
        elif status is S.SUBMITTED:
            if submitted % 3 == 1:
                mine.add("returned_once")
            submitted += 1
        flags.append(mine)
    return flags


def _days(rng: random.Random, low: float, high: float) -> timedelta:
    return timedelta(days=rng.uniform(low, high))


def _between(rng: random.Random, start: datetime, end: datetime, margin: float) -> datetime:
    """A moment between start + margin days and a day before end."""
    span = (end - start) / timedelta(days=1)
    return start + _days(rng, margin, max(margin, span - 1))


def _verified(rng: random.Random, at: datetime, last: str, returned_once: bool) -> list[Step]:
    """Created, submitted (returned once and submitted again), then `last` (publish, return
    or submit) at `at`: counted back from `at`."""
    steps = [(at, last)]
    t = at
    if last != "submit":
        t -= _days(rng, 0.5, 6)
        steps.append((t, "submit"))
    if returned_once:
        t -= _days(rng, 2, 10)
        steps.append((t, "return"))
        t -= _days(rng, 1, 4)
        steps.append((t, "submit"))
    steps.append((t - _days(rng, 0.2, 10), "create"))
    return steps[::-1]


def _published(rng: random.Random, now: datetime, flags: set[str]) -> list[Step]:
    if "expiring_soon" in flags:
        at = now - listing_service.VALIDITY + _days(rng, 1, 13)
    elif "extended" in flags:
        at = now - _days(rng, 370, 520)
    else:
        at = now - _days(rng, 1, 340)
    steps = _verified(rng, at, "publish", "returned_once" in flags)
    if "extended" in flags:
        steps.append((at + _days(rng, 330, 360), "extend"))
    return steps


def _withdrawn(rng: random.Random, now: datetime) -> list[Step]:
    """Withdrawn by the member: mostly after publication, sometimes before verification."""
    way = rng.random()
    if way < 0.5:
        at = now - _days(rng, 20, 300)
        return [*_verified(rng, at, "publish", False), (_between(rng, at, now, 3), "withdraw")]
    if way < 0.75:
        at = now - _days(rng, 3, 40)
        return [*_verified(rng, at, "submit", False), (_between(rng, at, now, 1), "withdraw")]
    created = now - _days(rng, 3, 60)
    return [(created, "create"), (_between(rng, created, now, 1), "withdraw")]


def _archived(rng: random.Random, now: datetime) -> list[Step]:
    """Archived after it expired, was matched or was withdrawn."""
    way = rng.randrange(3)
    if way == 0:
        at = now - _days(rng, 400, 700)
        end = at + listing_service.VALIDITY
        closed = [(end, "expire"), (end + _days(rng, 1, 30), "archive")]
    elif way == 1:
        at = now - _days(rng, 250, 500)
        matched = at + _days(rng, 30, 150)
        closed = [(matched, "match"), (matched + _days(rng, 20, 60), "archive")]
    else:
        at = now - _days(rng, 150, 400)
        withdrawn = at + _days(rng, 10, 60)
        closed = [(withdrawn, "withdraw"), (withdrawn + _days(rng, 10, 60), "archive")]
    return [*_verified(rng, at, "publish", False), *closed]


def _life(status: ListingStatus, rng: random.Random, now: datetime, flags: set[str]) -> list[Step]:
    """The steps that bring a listing to `status`, at dates before `now`."""
    if status is S.DRAFT:
        return [(now - _days(rng, 0.1, 30), "create")]
    if status is S.SUBMITTED:
        return _verified(rng, now - _days(rng, 0.2, 12), "submit", "returned_once" in flags)
    if status is S.RETURNED:
        return _verified(rng, now - _days(rng, 0.5, 20), "return", False)
    if status is S.PUBLISHED:
        return _published(rng, now, flags)
    if status is S.MATCHED:
        at = now - _days(rng, 45, 330)
        return [*_verified(rng, at, "publish", False), (_between(rng, at, now, 7), "match")]
    if status is S.EXPIRED:
        at = now - _days(rng, 368, 540)
        return [*_verified(rng, at, "publish", False), (at + listing_service.VALIDITY, "expire")]
    if status is S.WITHDRAWN:
        return _withdrawn(rng, now)
    return _archived(rng, now)


class _Owners:
    """The active members who may put out a text: of a kind that fits, Chinese (foreign
    members put out some English supplies), working in the text's first sector that any of
    them works in (a demand's first sector is the demander's industry). A comprehensive
    university fits any field; research, testing and education sectors say nothing."""

    def __init__(self, uow: UnitOfWork) -> None:
        stmt = select(Member.id, Member.kind, Member.sectors, Member.country, Member.region).where(
            Member.status == MemberStatus.ACTIVE, Member.deleted_at.is_(None)
        )
        self.all = sorted(
            (
                _Owner(
                    id_,
                    kind.value,
                    frozenset(sectors.split(LIST_SEPARATOR)),
                    country != "CN",
                    region,
                )
                for id_, kind, sectors, country, region in uow.session.execute(stmt)
            ),
            key=lambda o: o.id,
        )
        self._found: dict[tuple[object, ...], tuple[list[_Owner], list[_Owner]]] = {}

    def _candidates(self, text: ListingText) -> tuple[list[_Owner], list[_Owner]]:
        key = (text.kind, text.owners, language(text), text.sectors)
        if key not in self._found:
            of_kind = [o for o in self.all if o.kind in text.owners] or self.all
            local = [o for o in of_kind if not o.foreign] or of_kind
            fields = [s for s in text.sectors if s not in GENERIC_SECTORS] or list(text.sectors)
            near = next(
                (found for s in fields if (found := [o for o in local if s in o.sectors])), []
            )
            broad = [o for o in local if o.kind == "university" and o.sectors <= GENERIC_SECTORS]
            foreign = []
            if text.kind == "supply" and language(text) == "en":
                foreign = [o for o in of_kind if o.foreign and o.sectors & set(fields)]
            self._found[key] = (near + broad or local, foreign)
        return self._found[key]

    def pick(self, text: ListingText, rng: random.Random) -> _Owner:
        fitting, foreign = self._candidates(text)
        if foreign and rng.random() < 0.2:
            return rng.choice(foreign)
        return rng.choice(fitting)


def _deadline(
    text: ListingText, status: ListingStatus, steps: list[Step], rng: random.Random, now: datetime
) -> str:
    """Most demands have one: ahead for an open listing, counted from publication otherwise."""
    if text.kind != "demand" or rng.random() < 0.15:
        return ""
    if status in OPEN:
        return (now.date() + timedelta(days=rng.randrange(45, 420))).isoformat()
    start = max(when for when, step in steps if step in ("create", "publish")).date()
    return (start + timedelta(days=rng.randrange(60, 360))).isoformat()


def _data(
    index: int, text: ListingText, owner: _Owner, deadline: str, rng: random.Random
) -> ListingData:
    low, high = ("", "") if text.budget is None else (str(a * 10_000) for a in text.budget)
    anonymous = rng.random() < (0.2 if text.kind == "demand" else 0.08)
    external_id = ""
    if rng.random() < 0.25:  # carried over from the office's older platform
        external_id = f"{'XQ' if text.kind == 'demand' else 'CG'}-{index + 1:05d}"
    return ListingData(
        kind=text.kind,
        member_id=owner.id,
        title=text.title,
        summary=text.summary,
        description=text.description,
        keywords=list(text.keywords),
        sectors=list(text.sectors),
        trl="" if text.trl is None else str(text.trl),
        ip_status=text.ip_status,
        cooperation_types=list(text.cooperation),
        budget_min=low,
        budget_max=high,
        currency="CNY",
        region=owner.region,
        deadline=deadline,
        confidentiality="anonymous" if anonymous else "public",
        external_id=external_id,
    )


def _return_reasons(text: ListingText) -> tuple[str, ...]:
    reasons = RETURN_REASONS[(text.kind, language(text))]
    if text.ip_status in PROTECTED:
        reasons = (*reasons, IP_RETURN_REASONS[language(text)])
    return reasons


def _plans(texts: list[ListingText], owners: _Owners, seed: int, now: datetime) -> list[_Plan]:
    rng = random.Random(seed + 4_000_037)
    statuses = _statuses(len(texts), rng)
    plans = []
    for index, (text, status, flags) in enumerate(
        zip(texts, statuses, _flags(statuses), strict=True)
    ):
        steps = _life(status, rng, now, flags)
        deadline = _deadline(text, status, steps, rng, now)
        data = _data(index, text, owners.pick(text, rng), deadline, rng)
        reasons = rng.choice(_return_reasons(text))
        checklist = {key: rng.random() < 0.6 for key in listing_service.CHECKLIST}
        plans.append(_Plan(data, steps, reasons, checklist))
    published = [p for p, s in zip(plans, statuses, strict=True) if s is S.PUBLISHED]
    if published and all(p.data.confidentiality == "public" for p in published):
        published[-1].data.confidentiality = "anonymous"
    return plans


# -- writing ------------------------------------------------------------------------------------

_Do = Callable[[UnitOfWork, str, Actor, datetime, _Plan], object]
_STEPS: dict[str, _Do] = {
    "submit": lambda uow, id_, by, when, plan: listing_service.submit_listing(uow, id_, by),
    "return": lambda uow, id_, by, when, plan: listing_service.return_listing(
        uow, id_, plan.reasons, by, now=when, checklist=plan.checklist
    ),
    "publish": lambda uow, id_, by, when, plan: listing_service.publish_listing(
        uow, id_, CHECKLIST_TICKED, by, now=when
    ),
    "extend": lambda uow, id_, by, when, plan: listing_service.extend_listing(uow, id_, by),
    "match": lambda uow, id_, by, when, plan: listing_service.mark_matched(uow, id_, by),
    "expire": lambda uow, id_, by, when, plan: listing_service.expire_listing(
        uow, id_, by, now=when
    ),
    "withdraw": lambda uow, id_, by, when, plan: listing_service.withdraw_listing(uow, id_, by),
    "archive": lambda uow, id_, by, when, plan: listing_service.archive_listing(uow, id_, by),
}


def _run(uow: UnitOfWork, by: Actor, plans: list[_Plan]) -> list[str]:
    """Every step of every plan through the listing services, all in time order."""
    events = sorted(
        (when, index, order, step)
        for index, plan in enumerate(plans)
        for order, (when, step) in enumerate(plan.steps)
    )
    ids: dict[int, str] = {}
    for when, index, _order, step in events:
        plan = plans[index]
        if step == "create":
            ids[index] = listing_service.create_listing(uow, plan.data, by, now=when).id
        else:
            _STEPS[step](uow, ids[index], by, when, plan)
    return [ids[index] for index in range(len(plans))]


def _backdate(uow: UnitOfWork, plans: list[_Plan], ids: list[str]) -> None:
    """created_at and updated_at of the listings and their verifications at the dates the demo
    says these things happened (the services stamped the real time). Not audited columns."""
    listing_table = cast(Table, Listing.__table__)
    verification_table = cast(Table, ListingVerification.__table__)
    uow.flush()
    connection = uow.session.connection()
    connection.execute(
        update(listing_table)
        .where(listing_table.c.id == bindparam("b_id"))
        .values(created_at=bindparam("b_created"), updated_at=bindparam("b_updated")),
        [
            {"b_id": id_, "b_created": plan.steps[0][0], "b_updated": plan.steps[-1][0]}
            for id_, plan in zip(ids, plans, strict=True)
        ],
    )
    connection.execute(
        update(verification_table)
        .where(verification_table.c.listing_id == bindparam("b_id"))
        .values(
            created_at=verification_table.c.verified_at,
            updated_at=verification_table.c.verified_at,
        ),
        [{"b_id": id_} for id_ in ids],
    )
    uow.session.expire_all()


def add_demo_listings(
    uow: UnitOfWork, by: Actor, count: int, *, seed: int = 1, now: datetime | None = None
) -> int:
    """`count` demo listings of the demo's active members (make_demo calls this after making
    them); returns how many. The caller commits."""
    if count < 0:
        raise DomainError("The number of demo listings cannot be negative.")
    uow.acting(by, Action.MAKE_DEMO_DATA)
    if not count:
        return 0
    owners = _Owners(uow)
    if not owners.all:
        raise DomainError(
            "Demo listings need active members to put them out, and this database has none. "
            "Make the demo with some members, or without listings (--listings 0)."
        )
    plans = _plans(demo_texts(count, seed), owners, seed, now or utcnow())
    _backdate(uow, plans, _run(uow, by, plans))
    return count


__all__ = ["CORPUS", "add_demo_listings", "demo_texts", "language", "topic_pairs"]
