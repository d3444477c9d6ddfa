"""Import and export of listings (demands and supplies) as CSV or XLSX (the columns of DESIGN §8).

An import is all-or-nothing (app/services/import_common.py): every row is checked first, and one
bad row refuses the whole file with every problem listed by its spreadsheet line. Cells are read
forgivingly (app/services/listing_cells.py). A listing names its member by the member's
external id; a member without one is named by its Helix id, which an export writes and an import
accepts (so such a file imports again into the same database, and into another one only once
those members carry external ids).

Imported listings are drafts, or with status "published" (a supervisor's import) published at
once: each gets the automatic checks, a verification record in the importer's name, its
reference and its validity, as publish_listing gives them.
"""

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from app.errors import DomainError, ValidationError, message_of, problem
from app.models import Listing, ListingKind, ListingStatus, Member, utcnow
from app.services import listing_cells as cells
from app.services import listings as listing_service
from app.services.import_common import (
    ImportRefusedError,
    ImportReport,
    Progress,
    RowProblem,
    check_rows,
    chunks,
    export_rows,
    external_id_targets,
    read_import_file,
    refuse_on_problems,
)
from app.services.listing_checks import PublishedListings, run_checks
from app.services.listing_data import CheckResult, CleanListing, ListingData, clean_listing
from app.services.permissions import Action, require
from app.services.tabular import TableRow
from app.services.uow import Actor, UnitOfWork

LISTING_COLUMNS = (
    "external_id",
    "member_external_id",
    "kind",
    "title",
    "summary",
    "description",
    "keywords",
    "sectors",
    "trl",
    "ip_status",
    "cooperation_types",
    "budget_min",
    "budget_max",
    "currency",
    "region",
    "deadline",
)
EXPORT_COLUMNS = (*LISTING_COLUMNS, "reference", "status")
"""An export adds the reference and status; an import ignores them (it sets its own status)."""
REQUIRED_COLUMNS = ("member_external_id", "kind", "title")
IMPORT_STATUSES = (ListingStatus.DRAFT, ListingStatus.PUBLISHED)
FLUSH_EVERY = 500

# Field names of clean_listing's ValidationError, as the file's columns call them.
_FIELD_COLUMNS = {"member_id": "member_external_id"}
# Columns of the file read into ListingData fields by a cell reader (the rest are free text).
_READERS: dict[str, Any] = {
    "kind": cells.listing_kind,
    "keywords": cells.keywords,
    "sectors": cells.sector_codes,
    "trl": cells.trl,
    "ip_status": cells.ip_status,
    "cooperation_types": cells.cooperation_types,
    "deadline": cells.deadline,
}
_FREE_TEXT = ("title", "summary", "description", "region")
# A blocking automatic check that fails, and the column a clerk corrects for it.
_CHECK_COLUMNS = {"limits": "deadline", "member_active": "member_external_id"}
_STATUS_WORDS = {  # a status in a row problem's sentence, translated with it
    ListingStatus.SUBMITTED: problem("submitted"),
    ListingStatus.PUBLISHED: problem("published"),
    ListingStatus.MATCHED: problem("matched"),
    ListingStatus.EXPIRED: problem("expired"),
    ListingStatus.WITHDRAWN: problem("withdrawn"),
    ListingStatus.ARCHIVED: problem("archived"),
}


@dataclass(frozen=True)
class ListingExportQuery:
    """Which listings an export writes (default: all, whatever their status)."""

    kind: ListingKind | None = None
    statuses: tuple[ListingStatus, ...] = ()
    member_id: str | None = None


@dataclass
class _Planned:
    """One checked row: the listing it makes (not in the session yet), the listing it updates
    (None: a new one), its clean data, and the automatic checks when it is published."""

    line: int
    listing: Listing
    clean: CleanListing
    target: Listing | None = None
    results: list[CheckResult] = field(default_factory=list)


@dataclass
class _Context:
    """What checking the rows needs besides the row itself."""

    columns: frozenset[str]
    members: dict[str, Member]
    targets: dict[int, str | None]
    loaded: dict[str, Listing]
    today: date
    problems: list[RowProblem]
    published: PublishedListings | None  # set when the import publishes


# -- import -------------------------------------------------------------------------------------


def import_listings(
    uow: UnitOfWork,
    path: str | os.PathLike[str],
    by: Actor,
    *,
    dry_run: bool = False,
    update: bool = False,
    status: str = "draft",
    progress: Progress | None = None,
    now: datetime | None = None,
) -> ImportReport:
    """Check every row of the file, then create (with `update`, also update) the listings, as
    drafts or, with status "published", published at once by `by` (a supervisor).

    Refuses the whole file with ImportRefusedError when any row is bad. Writes nothing in a dry
    run. The caller commits the unit of work; progress may raise to cancel (nothing is saved).
    """
    publish = _import_status(status) is ListingStatus.PUBLISHED
    require(by, Action.IMPORT_RECORDS)
    if publish:
        require(by, Action.VERIFY_LISTINGS)
    now = now or utcnow()
    file = read_import_file(path, LISTING_COLUMNS, REQUIRED_COLUMNS, "listings")
    rows = [  # ids are codes: full-width forms and stray spaces are not part of them
        TableRow(r.line, {**r.cells, "external_id": cells.plain(r.get("external_id"))})
        for r in file.rows
    ]
    problems: list[RowProblem] = []
    existing = _existing(uow, {r.get("external_id") for r in rows})
    targets = external_id_targets(rows, existing, update, problems, "listing")
    context = _Context(
        columns=file.columns,
        members=_members(uow, {cells.plain(r.get("member_external_id")) for r in rows}),
        targets=targets,
        loaded=_load_listings(uow, {t for t in targets.values() if t}),
        today=now.date(),
        problems=problems,
        published=PublishedListings(uow) if publish else None,
    )
    total = 2 * len(rows)
    plan = check_rows(rows, lambda row: _check_row(uow, row, context), progress, total)
    refuse_on_problems(file, problems)
    report = ImportReport(file.name, rows=len(rows), dry_run=dry_run, what="listings")
    note = (
        f"Published by {by.name} with the import of {file.name}: importing as published "
        "confirms the checklist."
    )
    _write(uow, plan, by, report, publish, now, note, progress, total)
    return report


def _import_status(status: str) -> ListingStatus:
    choice = str(status).strip().lower()
    if choice not in {s.value for s in IMPORT_STATUSES}:
        raise DomainError(
            "Listings are imported as draft or published, not as “{status}”.", status=status
        )
    return ListingStatus(choice)


def _existing(uow: UnitOfWork, external_ids: set[str]) -> dict[str, tuple[str, str]]:
    """External id -> (listing id, title) of the listings that already carry one of the ids."""
    found: dict[str, tuple[str, str]] = {}
    for chunk in chunks(e for e in external_ids if e):
        stmt = select(Listing.external_id, Listing.id, Listing.title).where(
            Listing.external_id.in_(chunk)
        )
        found.update((e, (i, t)) for e, i, t in uow.session.execute(stmt) if e)
    return found


def _members(uow: UnitOfWork, references: set[str]) -> dict[str, Member]:
    """Reference -> member: by its external id, else by its Helix id (deleted members are not
    found)."""
    by_external: dict[str, Member] = {}
    by_id: dict[str, Member] = {}
    for chunk in chunks(r for r in references if r):
        stmt = select(Member).where(
            Member.deleted_at.is_(None),
            or_(Member.external_id.in_(chunk), Member.id.in_(chunk)),
        )
        for member in uow.session.scalars(stmt):
            if member.external_id:
                by_external[member.external_id] = member
            by_id[member.id] = member
    return {**by_id, **by_external}


def _load_listings(uow: UnitOfWork, ids: set[str]) -> dict[str, Listing]:
    loaded: dict[str, Listing] = {}
    for chunk in chunks(ids):
        stmt = select(Listing).where(Listing.id.in_(chunk))
        loaded.update((listing.id, listing) for listing in uow.session.scalars(stmt))
    return loaded


def _check_row(uow: UnitOfWork, row: TableRow, context: _Context) -> _Planned | None:
    problems: list[RowProblem] = []
    target = context.loaded.get(context.targets.get(row.line) or "")
    if target is not None:
        _check_updatable(row, target, problems)
    member = _member(row, context, problems)
    data = _row_data(row, context.columns, target, member, problems)
    reported = {p.column for p in problems}
    try:
        clean = clean_listing(data, today=context.today, new=target is None)
    except ValidationError as exc:
        for name, message in exc.fields.items():
            column = _FIELD_COLUMNS.get(name, name)
            if column not in reported:
                problems.append(RowProblem(row.line, column, message))
        clean = None
    context.problems.extend(problems)
    if clean is None or member is None or problems:
        return None
    listing = Listing(status=ListingStatus.DRAFT, extended=False, return_reasons="")
    listing_service._apply(listing, clean)
    listing.member = member
    planned = _Planned(row.line, listing, clean, target)
    if context.published is not None:
        planned.results = _publication_checks(uow, planned, context, member)
    return planned


def _check_updatable(row: TableRow, target: Listing, problems: list[RowProblem]) -> None:
    if target.deleted_at is not None:
        problems.append(
            RowProblem(
                row.line,
                "external_id",
                problem(
                    "the listing “{title}” with this external id was deleted; give the row "
                    "another external id.",
                    title=target.title,
                ),
            )
        )
    elif target.status not in listing_service.EDITABLE:
        problems.append(
            RowProblem(
                row.line,
                "external_id",
                problem(
                    "the listing “{title}” is {status}; an import updates only draft or returned "
                    "listings. Leave this row out, or withdraw the listing and import it with a "
                    "new external id.",
                    title=target.title,
                    status=_STATUS_WORDS.get(target.status, target.status.value),
                ),
            )
        )


def _member(row: TableRow, context: _Context, problems: list[RowProblem]) -> Member | None:
    reference = cells.plain(row.get("member_external_id"))
    if not reference:
        problems.append(
            RowProblem(
                row.line,
                "member_external_id",
                "say which member the listing belongs to (the member's external id).",
            )
        )
        return None
    member = context.members.get(reference)
    if member is None:
        problems.append(
            RowProblem(
                row.line,
                "member_external_id",
                problem(
                    "no member has the external id {reference}. Members must be imported first "
                    "(helix import members, or File ▸ Import… ▸ Members); then import this file.",
                    reference=reference,
                ),
            )
        )
    return member


def _row_data(
    row: TableRow,
    columns: frozenset[str],
    target: Listing | None,
    member: Member | None,
    problems: list[RowProblem],
) -> ListingData:
    """The listing's data from the row; columns the file lacks keep the updated listing's
    values (a new listing's defaults)."""
    data = listing_service._data(target) if target else ListingData(kind="", member_id="", title="")
    data.member_id = member.id if member else ""
    if "external_id" in columns:
        data.external_id = row.get("external_id")
    for column in _FREE_TEXT:
        if column in columns:
            setattr(data, column, row.get(column))
    for column, read in _READERS.items():
        if column in columns:
            try:
                setattr(data, column, read(row.get(column)))
            except ValueError as exc:
                problems.append(RowProblem(row.line, column, message_of(exc)))
    _read_money(row, columns, data, problems)
    return data


def _read_money(
    row: TableRow, columns: frozenset[str], data: ListingData, problems: list[RowProblem]
) -> None:
    """Budgets and currency: a currency mark in a budget cell (¥, $, 元…) must agree with the
    currency column, and names the currency when that column is empty."""
    marked: dict[str, str] = {}
    for column in ("budget_min", "budget_max"):
        if column in columns:
            try:
                value, marked[column] = cells.amount(row.get(column))
            except ValueError as exc:
                problems.append(RowProblem(row.line, column, message_of(exc)))
                continue
            setattr(data, column, value)
    stated = ""
    if "currency" in columns:
        try:
            stated = cells.currency(row.get("currency"))
        except ValueError as exc:
            problems.append(RowProblem(row.line, "currency", message_of(exc)))
            return
    implied = {code for code in marked.values() if code}
    currency = stated or (implied.pop() if len(implied) == 1 else "") or data.currency or "CNY"
    for column, code in marked.items():
        if code and code != currency:
            problems.append(
                RowProblem(
                    row.line,
                    column,
                    problem(
                        "the amount is in {code}, but the listing's currency is {currency}; make "
                        "them agree.",
                        code=code,
                        currency=currency,
                    ),
                )
            )
    data.currency = currency


def _publication_checks(
    uow: UnitOfWork, planned: _Planned, context: _Context, member: Member
) -> list[CheckResult]:
    """The automatic checks publish_listing runs; a failing blocking one refuses the row."""
    assert context.published is not None
    listing = planned.listing
    results = run_checks(uow, listing, context.today, context.published)
    for result in results:
        if result.blocking and not result.ok:
            context.problems.append(
                RowProblem(
                    planned.line,
                    _CHECK_COLUMNS.get(result.name, ""),
                    problem(
                        "cannot be published: {check} Correct the row, or import the file as "
                        "drafts.",
                        check=result.message,
                    ),
                )
            )
    context.published.add(
        listing.kind, listing.title, listing.summary, f"line {planned.line}", member.name
    )
    return results


# -- writing ------------------------------------------------------------------------------------


def _write(
    uow: UnitOfWork,
    plan: list[_Planned],
    by: Actor,
    report: ImportReport,
    publish: bool,
    now: datetime,
    note: str,
    progress: Progress | None,
    total: int,
) -> None:
    uow.acting(by, Action.IMPORT_RECORDS)
    checklist = dict.fromkeys(listing_service.CHECKLIST, True)
    # The references of the listings published for the first time, taken in one go per kind
    # (in file order) before anything is written: a listing reaches the database once.
    firsts = [p for p in plan if publish and not (p.target and p.target.reference)]
    references = {
        kind: iter(listing_service.take_references(uow, kind, now.year, count))
        for kind in ListingKind
        if (count := sum(1 for p in firsts if p.clean.kind is kind))
    }
    try:
        for done, planned in enumerate(plan, start=1):
            first_publication = publish and not (planned.target and planned.target.reference)
            reference = next(references[planned.clean.kind]) if first_publication else ""
            listing = _save_row(planned, report)
            if publish:
                report.published += 1
                if not report.dry_run:
                    listing.reference = listing.reference or reference
                    listing_service._record_publication(
                        uow, listing, planned.results, checklist, by, now, note
                    )
            if planned.target is None and not report.dry_run:
                uow.session.add(listing)
            if done % FLUSH_EVERY == 0 or done == len(plan):
                if not report.dry_run:
                    uow.flush()
                if progress is not None:
                    progress(total - len(plan) + done, total, "Saving the listings")
    except IntegrityError as exc:
        raise DomainError(
            "The import stopped because an external id or reference in the file was just saved "
            "by someone else. Nothing was saved; import the file again."
        ) from exc


def _save_row(planned: _Planned, report: ImportReport) -> Listing:
    """The row's new listing, or its target updated (not in a dry run, which only counts)."""
    target = planned.target
    if target is None:
        report.created += 1
        return planned.listing
    if listing_service._data(target) == listing_service._data(planned.listing):
        report.unchanged += 1
    else:
        report.updated += 1
        if not report.dry_run:
            listing_service._apply(target, planned.clean)
    return target


# -- export -------------------------------------------------------------------------------------


def export_listings(
    uow: UnitOfWork,
    path: str | os.PathLike[str],
    by: Actor,
    *,
    query: ListingExportQuery | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the listings (all, or those the query selects) to a .csv or .xlsx file in the
    import's columns, then reference and status; returns how many. The file imports again.
    progress may raise to cancel: then no file is left."""
    require(by, Action.EXPORT_RECORDS)
    query = query or ListingExportQuery()
    count = select(func.count()).select_from(Listing).where(*_conditions(query))
    return export_rows(
        path,
        EXPORT_COLUMNS,
        _export_rows(uow, query),
        lambda: int(uow.session.scalar(count) or 0),
        progress,
        "Writing the listings",
    )


def _conditions(query: ListingExportQuery) -> list[Any]:
    conditions: list[Any] = [Listing.deleted_at.is_(None)]
    if query.kind is not None:
        conditions.append(Listing.kind == query.kind)
    if query.statuses:
        conditions.append(Listing.status.in_(query.statuses))
    if query.member_id is not None:
        conditions.append(Listing.member_id == query.member_id)
    return conditions


def _export_rows(uow: UnitOfWork, query: ListingExportQuery) -> Iterator[list[str]]:
    stmt = (
        select(Listing, func.coalesce(Member.external_id, Member.id))
        .join(Member, Member.id == Listing.member_id)
        .where(*_conditions(query))
        .order_by(Listing.created_at, Listing.reference, Listing.external_id, Listing.id)
    )
    result = uow.session.execute(stmt, execution_options={"yield_per": 1000})
    for listing, member_reference in result:
        yield [
            listing.external_id or "",
            member_reference,
            listing.kind.value,
            listing.title,
            listing.summary,
            listing.description,
            listing.keywords,
            listing.sectors,
            "" if listing.trl is None else str(listing.trl),
            listing.ip_status.value,
            listing.cooperation_types,
            listing_service._amount_text(listing.budget_min),
            listing_service._amount_text(listing.budget_max),
            listing.currency,
            listing.region,
            listing.deadline.isoformat() if listing.deadline else "",
            listing.reference or "",
            listing.status.value,
        ]


__all__ = [
    "EXPORT_COLUMNS",
    "LISTING_COLUMNS",
    "ImportRefusedError",
    "ImportReport",
    "ListingExportQuery",
    "RowProblem",
    "export_listings",
    "import_listings",
]
