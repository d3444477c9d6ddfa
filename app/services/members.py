"""The member registry: create, edit and archive the organisations the office serves, and warn of
likely duplicates. The registry's filter and paging are in member_search."""

from dataclasses import dataclass, field, replace
from datetime import datetime

from rapidfuzz import fuzz, process
from sqlalchemy import Select, select
from sqlalchemy.exc import IntegrityError

from app.errors import DomainError, ValidationError, message_of, problem
from app.models import Contact, Member, MemberKind, MemberStatus, SizeClass, utcnow
from app.services import sectors as sector_taxonomy
from app.services import text, validation
from app.services.permissions import Action
from app.services.uow import Actor, UnitOfWork, live_record, stale_record

LIST_SEPARATOR = ";"


@dataclass
class ContactData:
    name: str
    title: str = ""
    email: str = ""
    phone: str = ""
    id: str | None = None


@dataclass
class MemberData:
    """What a clerk enters for a member (plain strings, as a form or an import row holds them)."""

    kind: str
    name: str
    short_name: str = ""
    registration_code: str = ""
    country: str = "CN"
    region: str = ""
    city: str = ""
    address: str = ""
    website: str = ""
    description: str = ""
    sectors: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    size_class: str = SizeClass.NA.value
    status: str = MemberStatus.ACTIVE.value
    external_id: str = ""
    contacts: list[ContactData] = field(default_factory=list)


@dataclass(frozen=True)
class MemberDetail:
    """A member as the form shows it, with the version the edit must match."""

    id: str
    version: int
    data: MemberData
    created_at: datetime
    updated_at: datetime
    updated_by: str


@dataclass(frozen=True)
class DuplicateCandidate:
    id: str
    name: str
    city: str
    registration_code: str
    score: float
    reason: str


# -- validation -------------------------------------------------------------------------------


def split_list(value: str | list[str]) -> list[str]:
    """A `;`-separated cell (or an already split list) as a clean list without repeats."""
    items = value if isinstance(value, list) else value.replace("；", ";").split(LIST_SEPARATOR)
    seen: dict[str, None] = {}
    for item in items:
        cleaned = " ".join(item.split())
        if cleaned and cleaned.casefold() not in {s.casefold() for s in seen}:
            seen[cleaned] = None
    return list(seen)


def _check(fields: dict[str, str], name: str, fn, *args):  # type: ignore[no-untyped-def]
    try:
        return fn(*args)
    except ValueError as exc:
        fields[name] = message_of(exc)
        return None


def clean_member(data: MemberData) -> MemberData:
    """The member's data validated and normalised, or a ValidationError naming each bad field."""
    bad: dict[str, str] = {}
    out = replace(data)
    kinds = {k.value for k in MemberKind}
    if data.kind not in kinds:
        bad["kind"] = problem(
            "Kind “{text}” is not known; use one of: {known}.",
            text=data.kind,
            known=", ".join(sorted(kinds)),
        )
    out.name = _check(bad, "name", validation.clean_required, data.name, problem("Name"), 200) or ""
    out.short_name = " ".join(data.short_name.split())
    if len(out.short_name) > 100:
        bad["short_name"] = "The short name is longer than 100 characters; shorten it."
    out.country = (data.country or "CN").strip().upper()
    if len(out.country) != 2 or not out.country.isalpha():
        bad["country"] = "Give the country as a two-letter code, for example CN or DE."
    if data.registration_code.strip():
        out.registration_code = (
            _check(
                bad,
                "registration_code",
                validation.clean_registration_code,
                data.registration_code,
                out.country,
            )
            or ""
        )
    if data.website.strip():
        out.website = _check(bad, "website", validation.clean_url, data.website) or ""
    out.sectors = (
        _check(bad, "sectors", sector_taxonomy.parse_sector_codes, ";".join(data.sectors)) or []
    )
    out.keywords = split_list(data.keywords)
    if len(";".join(out.keywords)) > 1000:
        bad["keywords"] = "The keywords are too long together (at most 1000 characters)."
    sizes = [m.value for m in SizeClass]
    if data.size_class not in sizes:
        bad["size_class"] = problem(
            "The size class “{text}” is not one of: {known}.",
            text=data.size_class,
            known=", ".join(sizes),
        )
    statuses = [m.value for m in MemberStatus]
    if data.status not in statuses:
        bad["status"] = problem(
            "The status “{text}” is not one of: {known}.",
            text=data.status,
            known=", ".join(statuses),
        )
    for attr in ("region", "city", "address", "external_id", "description"):
        setattr(out, attr, getattr(data, attr).strip())
    out.contacts = [_clean_contact(bad, i, c) for i, c in enumerate(data.contacts)]
    if bad:
        raise ValidationError(bad)
    return out


def _clean_contact(bad: dict[str, str], index: int, contact: ContactData) -> ContactData:
    label = f"contacts.{index}"
    name = " ".join(contact.name.split())
    if not name:
        bad[f"{label}.name"] = problem(
            "Contact {number} has no name; enter one or remove the contact.", number=index + 1
        )
    email = contact.email.strip()
    if email:
        email = _check(bad, f"{label}.email", validation.clean_email, email) or email
    phone = contact.phone.strip()
    if phone:
        phone = _check(bad, f"{label}.phone", validation.clean_phone, phone) or phone
    return ContactData(
        name=name, title=contact.title.strip(), email=email, phone=phone, id=contact.id
    )


# -- reading ----------------------------------------------------------------------------------


def _search_text(member: Member) -> str:
    """What the registry filter searches, in text.search_form (indexed by FTS5 on SQLite)."""
    parts = [
        member.name,
        member.short_name,
        member.keywords,
        member.city,
        member.registration_code or "",
    ]
    # In a stable order: two sites adding a contact at once give both the same position.
    for contact in sorted(member.contacts, key=lambda c: (c.position, c.id or "")):
        if getattr(contact, "deleted_at", None) is not None:
            continue
        parts += [contact.name, contact.email, contact.phone]
        if contact.phone.startswith("+86"):  # clerks type the national number
            parts.append(contact.phone[3:])
    return text.search_form(" ".join(parts))


def rederive(member: Member) -> None:
    """Make the member's derived columns again from its fields and live contacts (after a
    conflict's resolution set some of its fields)."""
    member.name_key = text.name_key(member.name)
    member.search_text = _search_text(member)


def refresh_search_text(member: Member) -> str | None:
    """The member's search text made again from it and its live contacts; None when it is
    right already (sync applies members and contacts as rows, each as its site saved it)."""
    fresh = _search_text(member)
    return None if fresh == member.search_text else fresh


def _detail(member: Member) -> MemberDetail:
    data = MemberData(
        kind=member.kind.value,
        name=member.name,
        short_name=member.short_name,
        registration_code=member.registration_code or "",
        country=member.country,
        region=member.region,
        city=member.city,
        address=member.address,
        website=member.website,
        description=member.description,
        sectors=[s for s in member.sectors.split(LIST_SEPARATOR) if s],
        keywords=[k for k in member.keywords.split(LIST_SEPARATOR) if k],
        size_class=member.size_class.value,
        status=member.status.value,
        external_id=member.external_id or "",
        contacts=[
            ContactData(c.name, c.title, c.email, c.phone, c.id)
            for c in member.contacts
            if c.deleted_at is None
        ],
    )
    return MemberDetail(
        member.id, member.version, data, member.created_at, member.updated_at, member.updated_by
    )


def _load(uow: UnitOfWork, member_id: str) -> Member:
    return live_record(uow, Member, member_id, "member")


def get_member(uow: UnitOfWork, member_id: str) -> MemberDetail:
    return _detail(_load(uow, member_id))


def _candidate_columns() -> Select:  # type: ignore[type-arg]
    return select(Member.id, Member.name, Member.city, Member.registration_code)


def find_possible_duplicates(
    uow: UnitOfWork,
    name: str,
    *,
    registration_code: str = "",
    exclude_id: str | None = None,
    limit: int = 5,
) -> list[DuplicateCandidate]:
    """Members that are probably the same organisation: same code, or a similar name
    (legal forms such as “Co., Ltd.” or “有限公司” ignored; Chinese names compared by character)."""
    found: dict[str, DuplicateCandidate] = {}
    live = Member.deleted_at.is_(None) & (Member.id != (exclude_id or ""))
    code = registration_code.strip().upper()
    if code:
        for row in uow.session.execute(
            _candidate_columns().where(live, Member.registration_code == code)
        ):
            found[row.id] = DuplicateCandidate(
                row.id, row.name, row.city, code, 100.0, "same registration code"
            )
    key = text.name_key(name)
    if key:
        # Only the keys of all members travel (100k members: ~0.2 s); details for the few hits.
        stmt = select(Member.id, Member.name_key).where(live)
        keys = {member_id: key for member_id, key in uow.session.execute(stmt)}
        rough = process.extract(key, keys, scorer=fuzz.WRatio, score_cutoff=60, limit=50)
        ids = [member_id for _key, _score, member_id in rough if member_id not in found]
        for row in uow.session.execute(_candidate_columns().where(Member.id.in_(ids))):
            score = text.name_similarity(name, row.name)
            if score >= text.DUPLICATE_THRESHOLD:
                found[row.id] = DuplicateCandidate(
                    row.id,
                    row.name,
                    row.city,
                    row.registration_code or "",
                    round(score, 1),
                    "similar name",
                )
    return sorted(found.values(), key=lambda c: -c.score)[:limit]


# -- writing ----------------------------------------------------------------------------------


def _require_unique(uow: UnitOfWork, data: MemberData, member_id: str | None) -> None:
    checks = (
        (
            "registration_code",
            Member.registration_code,
            data.registration_code,
            "The registration code {value} is already used by “{name}”. Open that member instead "
            "of registering it twice, or check the code.",
        ),
        (
            "external_id",
            Member.external_id,
            data.external_id,
            "The external id {value} is already used by “{name}”.",
        ),
    )
    for _field, column, value, message in checks:
        if not value:
            continue
        clash = uow.session.scalar(
            select(Member).where(column == value, Member.id != member_id)
            if member_id
            else select(Member).where(column == value)
        )
        if clash is not None:
            raise DomainError(message, value=value, name=clash.name)


def _apply(uow: UnitOfWork, member: Member, data: MemberData) -> None:
    with uow.session.no_autoflush:  # one flush per save: the version moves by exactly one
        _apply_fields(member, data)


def _apply_fields(member: Member, data: MemberData) -> None:
    member.kind = MemberKind(data.kind)
    member.name = data.name
    member.short_name = data.short_name
    member.registration_code = data.registration_code or None
    member.country = data.country
    member.region = data.region
    member.city = data.city
    member.address = data.address
    member.website = data.website
    member.description = data.description
    member.sectors = LIST_SEPARATOR.join(data.sectors)
    member.keywords = LIST_SEPARATOR.join(data.keywords)
    member.size_class = SizeClass(data.size_class)
    member.status = MemberStatus(data.status)
    member.external_id = data.external_id or None
    _apply_contacts(member, data.contacts)
    member.name_key = text.name_key(member.name)
    member.search_text = _search_text(member)


def _apply_contacts(member: Member, contacts: list[ContactData]) -> None:
    existing = {c.id: c for c in member.contacts if c.deleted_at is None}
    kept: list[Contact] = []
    for position, data in enumerate(contacts):
        contact = existing.pop(data.id, None) if data.id else None
        if contact is None:
            contact = Contact()
            member.contacts.append(contact)
        contact.position = position
        contact.name, contact.title = data.name, data.title
        contact.email, contact.phone = data.email, data.phone
        kept.append(contact)
    for removed in existing.values():  # a tombstone, so that sync and the history keep it
        removed.deleted_at = utcnow()


def _save(uow: UnitOfWork, member: Member) -> None:
    try:
        uow.flush()
    except IntegrityError as exc:
        uow.session.rollback()
        raise DomainError(
            "The member could not be saved because its registration code or external id is "
            "already in use (perhaps just now, by a colleague). Check them and save again."
        ) from exc


def create_member(uow: UnitOfWork, data: MemberData, by: Actor) -> MemberDetail:
    """Register a new member. Call find_possible_duplicates first to warn the clerk."""
    uow.acting(by, Action.EDIT_MEMBERS)
    clean = clean_member(data)
    _require_unique(uow, clean, None)
    member = Member()
    _apply(uow, member, clean)
    uow.session.add(member)
    _save(uow, member)
    return _detail(member)


def update_member(
    uow: UnitOfWork, member_id: str, expected_version: int, data: MemberData, by: Actor
) -> MemberDetail:
    """Save an edit made on the version the clerk opened; refused if someone saved since."""
    uow.acting(by, Action.EDIT_MEMBERS)
    member = _load(uow, member_id)
    if member.version != expected_version:
        raise stale_record()
    clean = clean_member(data)
    _require_unique(uow, clean, member_id)
    _apply(uow, member, clean)
    _save(uow, member)
    return _detail(member)


def _set_status(
    uow: UnitOfWork,
    member_id: str,
    expected_version: int | None,
    status: MemberStatus,
    by: Actor,
) -> MemberDetail:
    uow.acting(by, Action.ARCHIVE_MEMBERS)
    member = _load(uow, member_id)
    if expected_version is not None and member.version != expected_version:
        raise stale_record()
    if member.status == status:
        raise DomainError("“{name}” is already {status}.", name=member.name, status=status.value)
    member.status = status
    _save(uow, member)
    return _detail(member)


def archive_member(
    uow: UnitOfWork, member_id: str, by: Actor, expected_version: int | None = None
) -> MemberDetail:
    """Archive: the member leaves the everyday lists but keeps its history."""
    return _set_status(uow, member_id, expected_version, MemberStatus.ARCHIVED, by)


def restore_member(
    uow: UnitOfWork, member_id: str, by: Actor, expected_version: int | None = None
) -> MemberDetail:
    return _set_status(uow, member_id, expected_version, MemberStatus.ACTIVE, by)


__all__ = [
    "ContactData",
    "DuplicateCandidate",
    "MemberData",
    "MemberDetail",
    "archive_member",
    "clean_member",
    "create_member",
    "find_possible_duplicates",
    "get_member",
    "restore_member",
    "split_list",
    "update_member",
]
