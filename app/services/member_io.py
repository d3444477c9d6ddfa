"""Import and export of members as CSV or XLSX (the columns of DESIGN §8).

An import is all-or-nothing: every row is checked first, and one bad row refuses the whole file
with every problem listed by its spreadsheet line. It is built for large files: the existing
external ids and registration codes are read in one query, and rows are written in batches.
"""

import os
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Select, Table, and_, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased, selectinload

from app.errors import DomainError, ValidationError, problem
from app.models import Contact, Member, MemberKind, MemberStatus, SizeClass, new_id, utcnow
from app.services import audit, member_search, text
from app.services import members as member_service
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
from app.services.member_search import MemberQuery
from app.services.members import ContactData, MemberData, clean_member, split_list
from app.services.permissions import Action, require
from app.services.tabular import TableRow
from app.services.uow import Actor, UnitOfWork

MEMBER_COLUMNS = (
    "external_id",
    "kind",
    "name",
    "registration_code",
    "country",
    "region",
    "city",
    "website",
    "sectors",
    "keywords",
    "description",
    "contact_name",
    "contact_email",
    "contact_phone",
)
REQUIRED_COLUMNS = ("kind", "name")
CONTACT_COLUMNS = ("contact_name", "contact_email", "contact_phone")
BATCH_SIZE = 5000

# Kind as a clerk may type it: the stored English value, or the usual Chinese words.
KIND_ALIASES: dict[str, MemberKind] = {
    **{kind.value: kind for kind in MemberKind},
    "research institute": MemberKind.RESEARCH_INSTITUTE,
    "institute": MemberKind.RESEARCH_INSTITUTE,
    "企业": MemberKind.ENTERPRISE,
    "公司": MemberKind.ENTERPRISE,
    "高校": MemberKind.UNIVERSITY,
    "大学": MemberKind.UNIVERSITY,
    "高等院校": MemberKind.UNIVERSITY,
    "科研院所": MemberKind.RESEARCH_INSTITUTE,
    "研究院": MemberKind.RESEARCH_INSTITUTE,
    "研究所": MemberKind.RESEARCH_INSTITUTE,
    "政府": MemberKind.GOVERNMENT,
    "政府部门": MemberKind.GOVERNMENT,
    "政府机构": MemberKind.GOVERNMENT,
    "中介": MemberKind.INTERMEDIARY,
    "中介机构": MemberKind.INTERMEDIARY,
    "服务机构": MemberKind.INTERMEDIARY,
    "投资机构": MemberKind.INVESTOR,
    "投资": MemberKind.INVESTOR,
    "其他": MemberKind.OTHER,
    "其它": MemberKind.OTHER,
}

# Field names of members.clean_member's ValidationError, as the file's columns call them.
_FIELD_COLUMNS = {
    "contacts.0.name": "contact_name",
    "contacts.0.email": "contact_email",
    "contacts.0.phone": "contact_phone",
}


@dataclass
class _Planned:
    """One checked row: the member's clean data and the member it updates (None: a new one)."""

    line: int
    data: MemberData
    member: Member | None = None


@dataclass
class _Existing:
    """External ids and registration codes already in the database (one query)."""

    by_external_id: dict[str, tuple[str, str]] = field(default_factory=dict)
    by_code: dict[str, tuple[str, str]] = field(default_factory=dict)


# -- import -------------------------------------------------------------------------------------


def import_members(
    uow: UnitOfWork,
    path: str | os.PathLike[str],
    by: Actor,
    *,
    dry_run: bool = False,
    update: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Check every row of the file, then create (or with `update`, update) the members.

    Refuses the whole file with ImportRefusedError when any row is bad. Writes nothing in a dry
    run. The caller commits the unit of work; progress may raise to cancel (see import_common).
    """
    require(by, Action.IMPORT_RECORDS)
    file = read_import_file(path, MEMBER_COLUMNS, REQUIRED_COLUMNS, "members")
    existing = _existing(uow)
    problems: list[RowProblem] = []
    targets = external_id_targets(file.rows, existing.by_external_id, update, problems, "member")
    loaded = _load_members(uow, {t for t in targets.values() if t})

    def check(row: TableRow) -> _Planned | None:
        target = loaded.get(targets.get(row.line) or "")
        return _check_row(row, file.columns, target, problems)

    total = 2 * len(file.rows)
    plan = check_rows(file.rows, check, progress, total)
    _check_unique(plan, existing, problems)
    refuse_on_problems(file, problems)
    report = ImportReport(file.name, rows=len(file.rows), dry_run=dry_run, what="members")
    _write(uow, plan, by, report, progress, total)
    return report


def _existing(uow: UnitOfWork) -> _Existing:
    existing = _Existing()
    stmt = select(Member.id, Member.name, Member.external_id, Member.registration_code).where(
        (Member.external_id.is_not(None)) | (Member.registration_code.is_not(None))
    )
    for member_id, name, external_id, code in uow.session.execute(stmt):
        if external_id:
            existing.by_external_id[external_id] = (member_id, name)
        if code:
            existing.by_code[code] = (member_id, name)
    return existing


def _load_members(uow: UnitOfWork, ids: set[str]) -> dict[str, Member]:
    loaded: dict[str, Member] = {}
    for chunk in chunks(ids):
        stmt = select(Member).options(selectinload(Member.contacts)).where(Member.id.in_(chunk))
        loaded.update((m.id, m) for m in uow.session.scalars(stmt))
    return loaded


def _kind(cell: str) -> MemberKind | None:
    text = " ".join(cell.replace("_", " ").split()).casefold()
    return KIND_ALIASES.get(text) or KIND_ALIASES.get(text.replace(" ", "_"))


def _check_row(
    row: TableRow, columns: frozenset[str], target: Member | None, problems: list[RowProblem]
) -> _Planned | None:
    kind = _kind(row.get("kind"))
    if kind is None:
        problems.append(
            RowProblem(
                row.line,
                "kind",
                problem(
                    "the kind “{text}” is not known; use one of {known} (or 企业, 高校, 科研院所, "
                    "政府, 中介, 投资机构, 其他).",
                    text=row.get("kind"),
                    known=", ".join(k.value for k in MemberKind),
                ),
            )
        )
    base = member_service._detail(target).data if target else MemberData(kind="", name="")
    data = _row_data(row, columns, base, kind)
    try:
        clean = clean_member(data)
    except ValidationError as exc:
        for name, message in exc.fields.items():
            if name != "kind" or kind is not None:
                problems.append(RowProblem(row.line, _FIELD_COLUMNS.get(name, name), message))
        return None
    return None if kind is None else _Planned(row.line, clean, target)


def _row_data(
    row: TableRow, columns: frozenset[str], base: MemberData, kind: MemberKind | None
) -> MemberData:
    """The member's data from the row; columns the file lacks keep the base's values."""
    data = replace(base, kind=kind.value if kind else base.kind)
    for column in (
        "external_id",
        "name",
        "registration_code",
        "region",
        "city",
        "website",
        "description",
    ):
        if column in columns:
            setattr(data, column, row.get(column))
    if "country" in columns:
        data.country = row.get("country").strip() or "CN"
    if "sectors" in columns:
        data.sectors = split_list(row.get("sectors"))
    if "keywords" in columns:
        data.keywords = split_list(row.get("keywords"))
    data.contacts = _row_contacts(row, columns, base.contacts)
    return data


def _row_contacts(
    row: TableRow, columns: frozenset[str], contacts: list[ContactData]
) -> list[ContactData]:
    """The row's contact replaces the first one; blank contact cells leave the contacts alone
    (a file holds one contact, and the others must not be lost by an update)."""
    if not any(row.get(c).strip() for c in CONTACT_COLUMNS if c in columns):
        return list(contacts)
    first = contacts[0] if contacts else ContactData(name="")
    contact = replace(
        first,
        name=row.get("contact_name") if "contact_name" in columns else first.name,
        email=row.get("contact_email") if "contact_email" in columns else first.email,
        phone=row.get("contact_phone") if "contact_phone" in columns else first.phone,
    )
    return [contact, *contacts[1:]]


def _check_unique(plan: list[_Planned], existing: _Existing, problems: list[RowProblem]) -> None:
    first_line: dict[str, int] = {}
    for planned in plan:
        code = planned.data.registration_code
        if not code:
            continue
        if code in first_line:
            problems.append(
                RowProblem(
                    planned.line,
                    "registration_code",
                    problem(
                        "the registration code {code} is also on line {line}; each member once, "
                        "please.",
                        code=code,
                        line=first_line[code],
                    ),
                )
            )
            continue
        first_line[code] = planned.line
        owner = existing.by_code.get(code)
        # The row's own member (by external id) may keep its code; a refused external id is
        # reported once, not again for the code that comes with it.
        own = existing.by_external_id.get(planned.data.external_id, ("",))[0]
        if owner and owner[0] not in (own, planned.member.id if planned.member else ""):
            problems.append(
                RowProblem(
                    planned.line,
                    "registration_code",
                    problem(
                        "the registration code {code} already belongs to “{owner}”. Check the "
                        "code, or give that member's external id to update it.",
                        code=code,
                        owner=owner[1],
                    ),
                )
            )


def _write(
    uow: UnitOfWork,
    plan: list[_Planned],
    by: Actor,
    report: ImportReport,
    progress: Progress | None,
    total: int,
) -> None:
    uow.acting(by, Action.IMPORT_RECORDS)
    new_rows: list[MemberData] = []
    for planned in plan:
        if planned.member is None:
            report.created += 1
            new_rows.append(planned.data)
        elif planned.data == member_service._detail(planned.member).data:
            report.unchanged += 1
        else:
            report.updated += 1
            if not report.dry_run:
                member_service._apply(uow, planned.member, planned.data)
    if report.dry_run:
        return
    saved = total - len(new_rows)
    try:
        for start in range(0, len(new_rows), BATCH_SIZE):
            batch = new_rows[start : start + BATCH_SIZE]
            insert_new_members(uow, batch, by)
            saved += len(batch)
            if progress is not None:
                progress(saved, total, "Saving the members")
        uow.flush()
    except IntegrityError as exc:
        raise DomainError(
            "The import stopped because an external id or registration code in the file was "
            "just saved by someone else. Nothing was saved; import the file again."
        ) from exc


def insert_new_members(uow: UnitOfWork, members: list[MemberData], by: Actor) -> int:
    """Insert clean new members and their contacts in two statements (fast for large files),
    with the same derived fields the member service writes; returns the number of contacts."""
    now = utcnow()
    sync = {
        "version": 1,
        "created_at": now,
        "updated_at": now,
        "updated_by": by.name,
        "origin_site": uow.session.info.get("site_id", ""),
        "deleted_at": None,
    }
    member_rows, contact_rows = [], []
    for data in members:
        member_id = new_id()
        contacts = [
            {
                **sync,
                "id": new_id(),
                "member_id": member_id,
                "position": position,
                "name": c.name,
                "title": c.title,
                "email": c.email,
                "phone": c.phone,
            }
            for position, c in enumerate(data.contacts)
        ]
        member_rows.append({**sync, **member_columns(data, contacts), "id": member_id})
        contact_rows.extend(contacts)
    insert_rows(uow, member_rows, contact_rows)
    return len(contact_rows)


def insert_rows(
    uow: UnitOfWork, member_rows: list[dict[str, Any]], contact_rows: list[dict[str, Any]]
) -> None:
    """Insert member and contact table rows as they are: one executemany statement each."""
    actor = uow.session.info["actor"].name
    if member_rows:
        uow.session.execute(insert(cast(Table, Member.__table__)), member_rows)
        audit.record_inserts(uow.session, actor, "member", member_rows)
    if contact_rows:
        uow.session.execute(insert(cast(Table, Contact.__table__)), contact_rows)
        audit.record_inserts(uow.session, actor, "contact", contact_rows)


def member_columns(data: MemberData, contacts: list[dict[str, Any]]) -> dict[str, Any]:
    """The member table's columns for clean data, as members._apply sets them on an object."""
    columns = {
        "kind": MemberKind(data.kind),
        "name": data.name,
        "short_name": data.short_name,
        "registration_code": data.registration_code or None,
        "country": data.country,
        "region": data.region,
        "city": data.city,
        "address": data.address,
        "website": data.website,
        "description": data.description,
        "sectors": member_service.LIST_SEPARATOR.join(data.sectors),
        "keywords": member_service.LIST_SEPARATOR.join(data.keywords),
        "size_class": SizeClass(data.size_class),
        "status": MemberStatus(data.status),
        "external_id": data.external_id or None,
        "name_key": text.name_key(data.name),
    }
    shape = SimpleNamespace(**columns, contacts=[SimpleNamespace(**c) for c in contacts])
    columns["search_text"] = member_service._search_text(shape)  # type: ignore[arg-type]
    return columns


# -- export -------------------------------------------------------------------------------------


def export_members(
    uow: UnitOfWork,
    path: str | os.PathLike[str],
    by: Actor,
    query: MemberQuery | None = None,
    *,
    progress: Progress | None = None,
) -> int:
    """Write the members (all, archived included, or those matching the registry's query) with
    their first contact to a .csv or .xlsx file; returns how many. The file imports again.
    progress may raise to cancel: then no file is left."""
    require(by, Action.EXPORT_RECORDS)
    query = query or MemberQuery(include_archived=True)
    return export_rows(
        path,
        MEMBER_COLUMNS,
        _export_rows(uow, query),
        lambda: member_search.count_members(uow, query),
        progress,
        "Writing the members",
    )


def _export_statement(uow: UnitOfWork, query: MemberQuery) -> Select:  # type: ignore[type-arg]
    other = aliased(Contact)
    first_contact = (
        select(other.id)
        .where(other.member_id == Member.id, other.deleted_at.is_(None))
        .order_by(other.position)
        .limit(1)
        .correlate(Member)
        .scalar_subquery()
    )
    stmt = (
        select(
            Member.external_id,
            Member.kind,
            Member.name,
            Member.registration_code,
            Member.country,
            Member.region,
            Member.city,
            Member.website,
            Member.sectors,
            Member.keywords,
            Member.description,
            Contact.name,
            Contact.email,
            Contact.phone,
        )
        .outerjoin(Contact, Contact.id == first_contact)
        .where(and_(*member_search.filter_conditions(uow, query)))
    )
    return member_search._ordered(stmt, query)


def _export_rows(uow: UnitOfWork, query: MemberQuery) -> Iterator[list[str]]:
    result = uow.session.execute(
        _export_statement(uow, query), execution_options={"yield_per": 2000}
    )
    for row in result:
        values = list(row)
        values[1] = values[1].value
        yield ["" if v is None else v for v in values]


__all__ = [
    "KIND_ALIASES",
    "MEMBER_COLUMNS",
    "ImportRefusedError",
    "ImportReport",
    "RowProblem",
    "export_members",
    "import_members",
    "insert_new_members",
    "insert_rows",
    "member_columns",
]
