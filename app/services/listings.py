"""Information release: members' technology demands and supplies, from draft to publication.

Lifecycle (one service function per transition; the allowed moves are in TRANSITIONS):

    draft → submitted → published | returned (with reasons) → submitted again …
    published → matched | expired | withdrawn | archived

Publishing needs a supervisor, the three checklist ticks and passing blocking automatic checks;
it writes a ListingVerification (who, when, each check) and gives the listing its reference
(D-2026-0001 / S-2026-0001, assigned at first publication, never reused) and a validity of
365 days, which can be extended once."""

import json
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.exc import IntegrityError

from app.errors import DomainError, Joined, ValidationError, message_to_json, problem
from app.models import (
    Listing,
    ListingKind,
    ListingStatus,
    ListingVerification,
    Member,
    VerificationOutcome,
    utcnow,
)
from app.services import text
from app.services.listing_checks import _required_check, listing_similarity, run_checks
from app.services.listing_data import (
    CheckResult,
    CleanListing,
    ListingData,
    ListingDetail,
    ListingRow,
    VerificationRecord,
    clean_listing,
)
from app.services.listing_search import WARNING_DAYS, expiring_soon_condition, listing_rows
from app.services.members import LIST_SEPARATOR
from app.services.numbering import take_numbers, with_series
from app.services.permissions import Action
from app.services.uow import Actor, UnitOfWork, live_record, stale_record

VALIDITY = timedelta(days=365)
EXTENSION = timedelta(days=365)

CHECKLIST = {
    "identity_confirmed": problem("the identity of the member is confirmed"),
    "description_plausible": problem("the description is plausible"),
    "ip_plausible": problem("the IP status is plausible"),
}
"""The ticks a supervisor gives before publishing: key → what the tick says."""

TRANSITIONS: dict[ListingStatus, set[ListingStatus]] = {
    ListingStatus.DRAFT: {ListingStatus.SUBMITTED, ListingStatus.WITHDRAWN, ListingStatus.ARCHIVED},
    ListingStatus.SUBMITTED: {
        ListingStatus.PUBLISHED,
        ListingStatus.RETURNED,
        ListingStatus.WITHDRAWN,
    },
    ListingStatus.RETURNED: {
        ListingStatus.SUBMITTED,
        ListingStatus.WITHDRAWN,
        ListingStatus.ARCHIVED,
    },
    ListingStatus.PUBLISHED: {
        ListingStatus.MATCHED,
        ListingStatus.EXPIRED,
        ListingStatus.WITHDRAWN,
        ListingStatus.ARCHIVED,
    },
    ListingStatus.MATCHED: {ListingStatus.ARCHIVED},
    ListingStatus.EXPIRED: {ListingStatus.ARCHIVED},
    ListingStatus.WITHDRAWN: {ListingStatus.ARCHIVED},
    ListingStatus.ARCHIVED: set(),
}
"""From each status, the statuses a listing may move to. Nothing leads back to draft."""

EDITABLE = {ListingStatus.DRAFT, ListingStatus.RETURNED}


# -- reading ----------------------------------------------------------------------------------


def _amount_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _data(listing: Listing) -> ListingData:
    return ListingData(
        kind=listing.kind.value,
        member_id=listing.member_id,
        title=listing.title,
        summary=listing.summary,
        description=listing.description,
        keywords=[k for k in listing.keywords.split(LIST_SEPARATOR) if k],
        sectors=[s for s in listing.sectors.split(LIST_SEPARATOR) if s],
        trl="" if listing.trl is None else str(listing.trl),
        ip_status=listing.ip_status.value,
        cooperation_types=[c for c in listing.cooperation_types.split(LIST_SEPARATOR) if c],
        budget_min=_amount_text(listing.budget_min),
        budget_max=_amount_text(listing.budget_max),
        currency=listing.currency,
        region=listing.region,
        deadline=listing.deadline.isoformat() if listing.deadline else "",
        confidentiality=listing.confidentiality.value,
        external_id=listing.external_id or "",
    )


def _detail(listing: Listing) -> ListingDetail:
    return ListingDetail(
        id=listing.id,
        version=listing.version,
        data=_data(listing),
        status=listing.status.value,
        reference=listing.reference or "",
        member_name=listing.member.name,
        published_at=listing.published_at,
        expires_at=listing.expires_at,
        extended=listing.extended,
        return_reasons=listing.return_reasons,
        created_at=listing.created_at,
        updated_at=listing.updated_at,
        updated_by=listing.updated_by,
    )


def _load(uow: UnitOfWork, listing_id: str) -> Listing:
    return live_record(uow, Listing, listing_id, "listing")


def get_listing(uow: UnitOfWork, listing_id: str) -> ListingDetail:
    return _detail(_load(uow, listing_id))


def listing_verifications(uow: UnitOfWork, listing_id: str) -> list[VerificationRecord]:
    """The verification records of a listing, oldest first (who, when, outcome, each check)."""
    stmt = (
        select(ListingVerification)
        .where(
            ListingVerification.listing_id == listing_id,
            ListingVerification.deleted_at.is_(None),
        )
        .order_by(ListingVerification.verified_at, ListingVerification.created_at)
    )
    return [
        VerificationRecord(
            v.id, v.outcome.value, v.verified_by, v.verified_at, json.loads(v.checks), v.reasons
        )
        for v in uow.session.scalars(stmt)
    ]


def listings_expiring_soon(
    uow: UnitOfWork, now: datetime | None = None, days: int = WARNING_DAYS
) -> list[ListingRow]:
    """Published listings whose validity ends within `days` from now, soonest first."""
    return listing_rows(uow, expiring_soon_condition(now or utcnow(), days))


def member_listings(uow: UnitOfWork, member_id: str) -> list[ListingRow]:
    """A member's listings, whatever their status (the member page shows them)."""
    return listing_rows(uow, Listing.member_id == member_id)


# -- automatic checks


def automatic_checks(
    uow: UnitOfWork, listing_id: str, now: datetime | None = None
) -> list[CheckResult]:
    """The checks run before publication: required fields, limits, member active (blocking)
    and a similar listing already published (a warning for the supervisor to judge)."""
    return run_checks(uow, _load(uow, listing_id), (now or utcnow()).date())


# -- writing ----------------------------------------------------------------------------------


def _apply(listing: Listing, clean: CleanListing) -> None:
    listing.kind = clean.kind
    listing.member_id = clean.member_id
    listing.title = clean.title
    listing.summary = clean.summary
    listing.description = clean.description
    listing.keywords = LIST_SEPARATOR.join(clean.keywords)
    listing.sectors = LIST_SEPARATOR.join(clean.sectors)
    listing.trl = clean.trl
    listing.ip_status = clean.ip_status
    listing.cooperation_types = LIST_SEPARATOR.join(clean.cooperation_types)
    listing.budget_min = clean.budget_min
    listing.budget_max = clean.budget_max
    listing.currency = clean.currency
    listing.region = clean.region
    listing.deadline = clean.deadline
    listing.confidentiality = clean.confidentiality
    listing.external_id = clean.external_id or None
    listing.search_text = text.search_form(
        " ".join((clean.title, clean.summary, " ".join(clean.keywords)))
    )


def rederive(listing: Listing) -> None:
    """Make the listing's search text again from its fields (after a conflict's resolution)."""
    keywords = " ".join(k for k in listing.keywords.split(";") if k)
    listing.search_text = text.search_form(" ".join((listing.title, listing.summary, keywords)))


def _check_references(uow: UnitOfWork, clean: CleanListing, listing_id: str | None) -> Member:
    member = uow.session.get(Member, clean.member_id)
    if member is None or member.deleted_at is not None:
        raise ValidationError({"member_id": "The chosen member no longer exists; choose another."})
    if clean.external_id:
        clash = uow.session.scalar(
            select(Listing.title).where(
                Listing.external_id == clean.external_id, Listing.id != (listing_id or "")
            )
        )
        if clash is not None:
            raise ValidationError(
                {
                    "external_id": f"The external id {clean.external_id} is already used by "
                    f"the listing “{clash}”."
                }
            )
    return member


def _save(uow: UnitOfWork) -> None:
    try:
        uow.flush()
    except IntegrityError as exc:
        uow.session.rollback()
        raise DomainError(
            "The listing could not be saved because its reference or external id is already in "
            "use (perhaps just now, by a colleague). Try again."
        ) from exc


def create_listing(
    uow: UnitOfWork, data: ListingData, by: Actor, now: datetime | None = None
) -> ListingDetail:
    """A new listing, as a draft."""
    uow.acting(by, Action.EDIT_LISTINGS)
    clean = clean_listing(data, today=(now or utcnow()).date(), new=True)
    member = _check_references(uow, clean, None)
    listing = Listing(status=ListingStatus.DRAFT, extended=False, return_reasons="")
    _apply(listing, clean)
    listing.member = member
    uow.session.add(listing)
    _save(uow)
    return _detail(listing)


def update_listing(
    uow: UnitOfWork, listing_id: str, expected_version: int, data: ListingData, by: Actor
) -> ListingDetail:
    """Save an edit of a draft or returned listing, made on the version the clerk opened."""
    uow.acting(by, Action.EDIT_LISTINGS)
    listing = _load(uow, listing_id)
    if listing.version != expected_version:
        raise stale_record()
    if listing.status not in EDITABLE:
        raise DomainError(
            "“{title}” is {status} and can no longer be edited; only draft or returned listings "
            "can. Withdraw it and make a new one if it must change.",
            title=listing.title,
            status=listing.status.value,
        )
    clean = clean_listing(data)
    _check_references(uow, clean, listing_id)
    _apply(listing, clean)
    _save(uow)
    return _detail(listing)


def _allow(listing: Listing, target: ListingStatus) -> None:
    """Nothing if TRANSITIONS allows the listing to move to `target`; otherwise say why not."""
    current = listing.status
    if target in TRANSITIONS[current]:
        return
    sources = sorted(s.value for s, targets in TRANSITIONS.items() if target in targets)
    raise DomainError(
        "“{title}” is {current}, so it cannot become {target}; only a listing that is {sources} "
        "can.",
        title=listing.title,
        current=current.value,
        target=target.value,
        sources=" or ".join(sources),
    )


def _transition(
    uow: UnitOfWork, listing_id: str, target: ListingStatus, by: Actor, action: Action
) -> Listing:
    uow.acting(by, action)
    listing = _load(uow, listing_id)
    _allow(listing, target)
    return listing


def submit_listing(uow: UnitOfWork, listing_id: str, by: Actor) -> ListingDetail:
    """Hand a draft (or a returned listing, corrected) to the office for verification."""
    listing = _transition(uow, listing_id, ListingStatus.SUBMITTED, by, Action.EDIT_LISTINGS)
    required = _required_check(listing)
    if not required.ok:
        raise DomainError(
            "“{title}” cannot be submitted yet. {missing}",
            title=listing.title,
            missing=required.message,
        )
    listing.status = ListingStatus.SUBMITTED
    _save(uow)
    return _detail(listing)


def _checks_json(results: list[CheckResult], checklist: dict[str, bool], note: str = "") -> str:
    checks: dict[str, object] = {
        "automatic": [
            {
                "name": r.name,
                "ok": r.ok,
                "blocking": r.blocking,
                "message": message_to_json(r.message),
            }
            for r in results
        ],
        "checklist": {key: bool(checklist.get(key, False)) for key in CHECKLIST},
    }
    if note:  # how the checklist was confirmed, when not ticked on the verification screen
        checks["note"] = note
    return json.dumps(checks, ensure_ascii=False)


def reference_prefix(uow: UnitOfWork, kind: ListingKind, year: int) -> str:
    """D-2026- / S-2026- (D-L2-2026- on a laptop with the series L2; numbering.py)."""
    return with_series(uow, "D-" if kind is ListingKind.DEMAND else "S-") + f"{year}-"


def take_references(uow: UnitOfWork, kind: ListingKind, year: int, count: int = 1) -> list[str]:
    """`count` new references of this kind and year, in order, never given before."""
    prefix = reference_prefix(uow, kind, year)

    def highest() -> int:
        taken = uow.session.scalars(
            select(Listing.reference).where(Listing.reference.like(f"{prefix}%"))
        )
        numbers = [int(r[len(prefix) :]) for r in taken if r and r[len(prefix) :].isdigit()]
        return max(numbers, default=0)

    first = take_numbers(uow, prefix, count, highest)
    return [f"{prefix}{n:04d}" for n in range(first, first + count)]


def _record_publication(
    uow: UnitOfWork,
    listing: Listing,
    results: list[CheckResult],
    checklist: dict[str, bool],
    by: Actor,
    now: datetime,
    note: str = "",
) -> None:
    """What publishing writes (publish_listing, and an import of published listings): the
    status, the validity, the reference at first publication and the verification record."""
    listing.status = ListingStatus.PUBLISHED
    listing.published_at = now
    listing.expires_at = now + VALIDITY
    listing.extended = False
    if not listing.reference:
        listing.reference = take_references(uow, listing.kind, now.year)[0]
    uow.session.add(
        ListingVerification(
            listing=listing,
            verified_by=by.name,
            verified_at=now,
            outcome=VerificationOutcome.PUBLISHED,
            checks=_checks_json(results, checklist, note),
            reasons="",
        )
    )


def publish_listing(
    uow: UnitOfWork,
    listing_id: str,
    checklist: dict[str, bool],
    by: Actor,
    now: datetime | None = None,
) -> ListingDetail:
    """A supervisor publishes a submitted listing: all three checklist ticks and passing
    blocking checks are needed. Writes the verification record, the reference and the
    validity (365 days)."""
    now = now or utcnow()
    listing = _transition(uow, listing_id, ListingStatus.PUBLISHED, by, Action.VERIFY_LISTINGS)
    unticked = [label for key, label in CHECKLIST.items() if not checklist.get(key, False)]
    if unticked:
        raise DomainError(
            "“{title}” cannot be published before the checklist is complete. Still to confirm: "
            "{unticked}.",
            title=listing.title,
            unticked=Joined(tuple(unticked), "; "),
        )
    results = automatic_checks(uow, listing_id, now)
    failed = [r.message for r in results if r.blocking and not r.ok]
    if failed:
        raise DomainError(
            "“{title}” cannot be published: {failed} Correct this or return the listing.",
            title=listing.title,
            failed=Joined(tuple(failed), " "),
        )
    _record_publication(uow, listing, results, checklist, by, now)
    _save(uow)
    return _detail(listing)


def return_listing(
    uow: UnitOfWork,
    listing_id: str,
    reasons: str,
    by: Actor,
    now: datetime | None = None,
    checklist: dict[str, bool] | None = None,
) -> ListingDetail:
    """A supervisor sends a submitted listing back to the member's clerk, saying why."""
    now = now or utcnow()
    listing = _transition(uow, listing_id, ListingStatus.RETURNED, by, Action.VERIFY_LISTINGS)
    reasons = reasons.strip()
    if not reasons:
        raise ValidationError({"reasons": "Say why the listing is returned, so it can be fixed."})
    results = automatic_checks(uow, listing_id, now)
    listing.status = ListingStatus.RETURNED
    listing.return_reasons = reasons
    uow.session.add(
        ListingVerification(
            listing=listing,
            verified_by=by.name,
            verified_at=now,
            outcome=VerificationOutcome.RETURNED,
            checks=_checks_json(results, checklist or {}),
            reasons=reasons,
        )
    )
    _save(uow)
    return _detail(listing)


def mark_matched(uow: UnitOfWork, listing_id: str, by: Actor) -> ListingDetail:
    """A published listing found its partner (the matching work will call this)."""
    listing = _transition(uow, listing_id, ListingStatus.MATCHED, by, Action.EDIT_LISTINGS)
    listing.status = ListingStatus.MATCHED
    _save(uow)
    return _detail(listing)


def withdraw_listing(uow: UnitOfWork, listing_id: str, by: Actor) -> ListingDetail:
    """The member no longer wants the listing out (at any point before it is closed)."""
    listing = _transition(uow, listing_id, ListingStatus.WITHDRAWN, by, Action.EDIT_LISTINGS)
    listing.status = ListingStatus.WITHDRAWN
    _save(uow)
    return _detail(listing)


def archive_listing(uow: UnitOfWork, listing_id: str, by: Actor) -> ListingDetail:
    """Out of the everyday lists for good; the history stays."""
    listing = _transition(uow, listing_id, ListingStatus.ARCHIVED, by, Action.EDIT_LISTINGS)
    listing.status = ListingStatus.ARCHIVED
    _save(uow)
    return _detail(listing)


def expire_listing(
    uow: UnitOfWork, listing_id: str, by: Actor, now: datetime | None = None
) -> ListingDetail:
    """End a published listing's validity now (expire_due_listings does it when due)."""
    now = now or utcnow()
    listing = _transition(uow, listing_id, ListingStatus.EXPIRED, by, Action.EDIT_LISTINGS)
    listing.status = ListingStatus.EXPIRED
    if listing.expires_at is None or listing.expires_at > now:
        listing.expires_at = now
    _save(uow)
    return _detail(listing)


def extend_listing(
    uow: UnitOfWork, listing_id: str, by: Actor, expected_version: int | None = None
) -> ListingDetail:
    """One extension of a published listing: 365 more days from its current expiry."""
    uow.acting(by, Action.EDIT_LISTINGS)
    listing = _load(uow, listing_id)
    if expected_version is not None and listing.version != expected_version:
        raise stale_record()
    if listing.status is not ListingStatus.PUBLISHED:
        raise DomainError(
            "“{title}” is {status}; only a published listing can be extended.",
            title=listing.title,
            status=listing.status.value,
        )
    if listing.extended:
        raise DomainError(
            "“{title}” has already been extended once; a listing can be extended only once. "
            "Publish it anew as a new listing if it must stay out longer.",
            title=listing.title,
        )
    assert listing.expires_at is not None  # set at publication
    listing.expires_at = listing.expires_at + EXTENSION
    listing.extended = True
    _save(uow)
    return _detail(listing)


def expire_due_listings(uow: UnitOfWork, now: datetime, by: Actor) -> int:
    """Published listings whose validity has ended become expired; returns how many."""
    uow.acting(by, Action.EDIT_LISTINGS)
    due = uow.session.scalars(
        select(Listing).where(
            and_(
                Listing.deleted_at.is_(None),
                Listing.status == ListingStatus.PUBLISHED,
                Listing.expires_at <= now,
            )
        )
    ).all()
    for listing in due:
        _allow(listing, ListingStatus.EXPIRED)
        listing.status = ListingStatus.EXPIRED
    _save(uow)
    return len(due)


def count_listings(uow: UnitOfWork, status: ListingStatus | None = None) -> int:
    stmt = select(func.count()).select_from(Listing).where(Listing.deleted_at.is_(None))
    if status is not None:
        stmt = stmt.where(Listing.status == status)
    return int(uow.session.scalar(stmt) or 0)


__all__ = [
    "CHECKLIST",
    "TRANSITIONS",
    "CheckResult",
    "CleanListing",
    "ListingData",
    "ListingDetail",
    "ListingRow",
    "VerificationRecord",
    "archive_listing",
    "automatic_checks",
    "clean_listing",
    "count_listings",
    "create_listing",
    "expire_due_listings",
    "expire_listing",
    "extend_listing",
    "get_listing",
    "listing_similarity",
    "listing_verifications",
    "listings_expiring_soon",
    "mark_matched",
    "member_listings",
    "publish_listing",
    "return_listing",
    "submit_listing",
    "update_listing",
    "withdraw_listing",
]
