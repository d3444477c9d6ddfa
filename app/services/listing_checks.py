"""The automatic checks a listing passes before a supervisor may publish it."""

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz, process
from sqlalchemy import select

from app.errors import Joined, problem
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


@lru_cache(maxsize=65536)
def _similarity_form(title: str, summary: str) -> tuple[str, str]:
    """Normalised once per text (each publication compares with every published listing)."""
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


@dataclass(frozen=True)
class _Published:
    title: str
    reference: str
    member_name: str
    listing_id: str | None


class PublishedListings:
    """The published listings of each kind with their similarity forms, read once: an import
    that publishes many listings compares each with all of them (and with the ones it
    published before), the same comparison as listing_similarity, in rapidfuzz's C loop."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self._by_kind: dict[ListingKind, tuple[list[_Published], list[str], list[str]]] = {}

    def _of_kind(self, kind: ListingKind) -> tuple[list[_Published], list[str], list[str]]:
        if kind not in self._by_kind:
            self._by_kind[kind] = ([], [], [])
            stmt = (
                select(Listing.id, Listing.title, Listing.summary, Listing.reference, Member.name)
                .join(Member, Member.id == Listing.member_id)
                .where(
                    Listing.deleted_at.is_(None),
                    Listing.status == ListingStatus.PUBLISHED,
                    Listing.kind == kind,
                )
            )
            for listing_id, title, summary, reference, member_name in self._uow.session.execute(
                stmt
            ):
                self.add(kind, title, summary, reference or "", member_name, listing_id)
        return self._by_kind[kind]

    def add(
        self,
        kind: ListingKind,
        title: str,
        summary: str,
        reference: str,
        member_name: str,
        listing_id: str | None = None,
    ) -> None:
        """One more published listing to compare the next ones with."""
        title_form, all_form = _similarity_form(title, summary)
        if title_form:  # listing_similarity scores a listing without title words 0
            found, titles, alls = self._of_kind(kind)
            found.append(_Published(title, reference, member_name, listing_id))
            titles.append(title_form)
            alls.append(all_form)

    def similar(self, listing: Listing) -> list[tuple[float, str, str, str]]:
        """(score, title, reference, member name) of each published listing of the same kind
        that scores at least SIMILAR_THRESHOLD with the listing, best first."""
        title_form, all_form = _similarity_form(listing.title, listing.summary)
        if not title_form:
            return []
        found, titles, alls = self._of_kind(listing.kind)
        scores: dict[int, float] = {}
        for query, choices in ((title_form, titles), (all_form, alls)):
            for _choice, score, index in process.extract(
                query,
                choices,
                scorer=fuzz.token_sort_ratio,
                score_cutoff=SIMILAR_THRESHOLD,
                limit=None,
            ):
                scores[index] = max(score, scores.get(index, 0.0))
        hits = [
            (score, found[i].title, found[i].reference, found[i].member_name)
            for i, score in scores.items()
            if listing.id is None or found[i].listing_id != listing.id
        ]
        return sorted(hits, reverse=True)


def _required_check(listing: Listing) -> CheckResult:
    missing = []
    if not listing.title.strip():
        missing.append(problem("title"))
    if not listing.summary.strip():
        missing.append(problem("summary"))
    if not listing.description.strip():
        missing.append(problem("description"))
    if not listing.sectors:
        missing.append(problem("sectors"))
    if not listing.cooperation_types:
        missing.append(problem("cooperation types"))
    if listing.kind is ListingKind.SUPPLY and listing.trl is None:
        missing.append(problem("technology readiness level"))
    if missing:
        return CheckResult(
            "required_fields", False, problem("Missing: {fields}.", fields=Joined(tuple(missing)))
        )
    return CheckResult("required_fields", True, problem("All required fields are filled in."))


def _limits_check(listing: Listing, today: date) -> CheckResult:
    problems = []
    if len(listing.title) > TITLE_MAX:
        problems.append(problem("The title is longer than {limit} characters.", limit=TITLE_MAX))
    if len(listing.summary) > SUMMARY_MAX:
        problems.append(
            problem("The summary is longer than {limit} characters.", limit=SUMMARY_MAX)
        )
    if len(listing.description) > DESCRIPTION_MAX:
        problems.append(
            problem("The description is longer than {limit} characters.", limit=DESCRIPTION_MAX)
        )
    if listing.trl is not None and not 1 <= listing.trl <= 9:
        problems.append(problem("The technology readiness level is not from 1 to 9."))
    low, high = listing.budget_min, listing.budget_max
    if low is not None and high is not None and low > high:
        problems.append(problem("The highest budget is below the lowest."))
    if listing.deadline is not None and listing.deadline < today:
        problems.append(
            problem("The deadline {date} has passed.", date=listing.deadline.isoformat())
        )
    if problems:
        return CheckResult(
            "limits", False, problem("{problems}", problems=Joined(tuple(problems), " "))
        )
    return CheckResult("limits", True, problem("All fields are within their limits."))


def _member_check(listing: Listing) -> CheckResult:
    member = listing.member
    if member.deleted_at is not None:
        return CheckResult(
            "member_active", False, problem("The member “{name}” was deleted.", name=member.name)
        )
    if member.status is not MemberStatus.ACTIVE:
        return CheckResult(
            "member_active",
            False,
            problem(
                "The member “{name}” is {state}, not active.",
                name=member.name,
                state=member.status.value,
            ),
        )
    return CheckResult(
        "member_active", True, problem("The member “{name}” is active.", name=member.name)
    )


def _similar_check(
    uow: UnitOfWork, listing: Listing, published: PublishedListings | None = None
) -> CheckResult:
    hits = (published or PublishedListings(uow)).similar(listing)
    if not hits:
        return CheckResult(
            "similar_listing", True, problem("No similar listing is published."), blocking=False
        )
    shown = Joined(
        tuple(
            problem(
                "“{title}” ({reference}, {member}, {score} %)",
                title=t,
                reference=r,
                member=m,
                score=f"{s:.0f}",
            )
            for s, t, r, m in hits[:3]
        ),
        "; ",
    )
    return CheckResult(
        "similar_listing",
        False,
        problem(
            "Similar listings are already published: {shown}. Check that this is not a duplicate.",
            shown=shown,
        ),
        blocking=False,
    )


def run_checks(
    uow: UnitOfWork, listing: Listing, today: date, published: PublishedListings | None = None
) -> list[CheckResult]:
    """The automatic checks of a listing (also one not saved yet): required fields, limits,
    member active (blocking) and a similar listing already published (a warning)."""
    return [
        _required_check(listing),
        _limits_check(listing, today),
        _member_check(listing),
        _similar_check(uow, listing, published),
    ]
