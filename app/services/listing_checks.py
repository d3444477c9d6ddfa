"""The automatic checks a listing passes before a supervisor may publish it."""

from datetime import date

from rapidfuzz import fuzz
from sqlalchemy import select

from app.models import (
    Listing,
    ListingKind,
    ListingStatus,
    Member,
    MemberStatus,
)
from app.services import text
from app.services.listing_data import (
    DESCRIPTION_MAX,
    SUMMARY_MAX,
    TITLE_MAX,
    CheckResult,
)
from app.services.uow import UnitOfWork

SIMILAR_THRESHOLD = 80.0
"""A published listing of the same kind scoring at least this is flagged as similar."""


def _similarity_form(title: str, summary: str) -> tuple[str, str]:
    return text.search_form(title), text.search_form(f"{title} {summary}")


def listing_similarity(a_title: str, a_summary: str, b_title: str, b_summary: str) -> float:
    """How alike two listings read, 0-100: titles, and titles with summaries, compared word by
    word (Chinese character by character, text.search_form), order ignored."""
    a_title_form, a_all = _similarity_form(a_title, a_summary)
    b_title_form, b_all = _similarity_form(b_title, b_summary)
    if not a_title_form or not b_title_form:
        return 0.0
    return max(
        fuzz.token_sort_ratio(a_title_form, b_title_form),
        fuzz.token_sort_ratio(a_all, b_all),
    )


def _required_check(listing: Listing) -> CheckResult:
    missing = []
    if not listing.title.strip():
        missing.append("title")
    if not listing.summary.strip():
        missing.append("summary")
    if not listing.description.strip():
        missing.append("description")
    if not listing.sectors:
        missing.append("sectors")
    if not listing.cooperation_types:
        missing.append("cooperation types")
    if listing.kind is ListingKind.SUPPLY and listing.trl is None:
        missing.append("technology readiness level")
    if missing:
        return CheckResult("required_fields", False, f"Missing: {', '.join(missing)}.")
    return CheckResult("required_fields", True, "All required fields are filled in.")


def _limits_check(listing: Listing, today: date) -> CheckResult:
    problems = []
    for label, value, limit in (
        ("title", listing.title, TITLE_MAX),
        ("summary", listing.summary, SUMMARY_MAX),
        ("description", listing.description, DESCRIPTION_MAX),
    ):
        if len(value) > limit:
            problems.append(f"the {label} is longer than {limit} characters")
    if listing.trl is not None and not 1 <= listing.trl <= 9:
        problems.append("the technology readiness level is not from 1 to 9")
    low, high = listing.budget_min, listing.budget_max
    if low is not None and high is not None and low > high:
        problems.append("the highest budget is below the lowest")
    if listing.deadline is not None and listing.deadline < today:
        problems.append(f"the deadline {listing.deadline.isoformat()} has passed")
    if problems:
        joined = "; ".join(problems)
        return CheckResult("limits", False, joined[0].upper() + joined[1:] + ".")
    return CheckResult("limits", True, "All fields are within their limits.")


def _member_check(listing: Listing) -> CheckResult:
    member = listing.member
    if member.deleted_at is not None or member.status is not MemberStatus.ACTIVE:
        state = "deleted" if member.deleted_at is not None else member.status.value
        return CheckResult(
            "member_active", False, f"The member “{member.name}” is {state}, not active."
        )
    return CheckResult("member_active", True, f"The member “{member.name}” is active.")


def _similar_check(uow: UnitOfWork, listing: Listing) -> CheckResult:
    stmt = (
        select(Listing.title, Listing.summary, Listing.reference, Member.name)
        .join(Member, Member.id == Listing.member_id)
        .where(
            Listing.deleted_at.is_(None),
            Listing.status == ListingStatus.PUBLISHED,
            Listing.kind == listing.kind,
            Listing.id != listing.id,
        )
    )
    hits = []
    for title, summary, reference, member_name in uow.session.execute(stmt):
        score = listing_similarity(listing.title, listing.summary, title, summary)
        if score >= SIMILAR_THRESHOLD:
            hits.append((score, title, reference or "", member_name))
    if not hits:
        return CheckResult(
            "similar_listing", True, "No similar listing is published.", blocking=False
        )
    hits.sort(reverse=True)
    shown = "; ".join(f"“{t}” ({r}, {m}, {s:.0f} %)" for s, t, r, m in hits[:3])
    return CheckResult(
        "similar_listing",
        False,
        f"Similar listings are already published: {shown}. Check that this is not a duplicate.",
        blocking=False,
    )
