"""The trade-fair catalogue: the published listings as a printed PDF, grouped by sector, demands
and supplies apart, with a title page and a table of contents.

A visitor quotes a listing's reference (D-2026-0001) to the office. An anonymous listing never
shows its member's name: the name is not even read from the database for it. The file appears
only when complete: a cancelled or failed export leaves no half-written file behind and does
not touch a file already there."""

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import case, literal, or_, select

from app.errors import DomainError
from app.models import Confidentiality, Listing, ListingKind, ListingStatus, Member, utcnow
from app.services import sectors as taxonomy
from app.services.catalogue_text import LANGUAGES, label
from app.services.members import LIST_SEPARATOR
from app.services.permissions import Action, require
from app.services.uow import Actor, UnitOfWork

Progress = Callable[[int, int, str], None]
"""progress(done, total, text): called as listings are laid out; it may raise to cancel."""

KINDS = ("both", "demand", "supply")
_KIND_ALIASES = {"demands": "demand", "supplies": "supply", "all": "both", "": "both"}


@dataclass(frozen=True)
class CatalogueOptions:
    """What the clerk chooses: the catalogue's language ("en" or "zh": headings and labels; the
    listings stay as their members wrote them), title (default: per language), the fair or
    event, the office's name, which kinds ("both", "demand", "supply") and which sectors
    (codes such as "C38" or a section letter "C"; none: all)."""

    language: str = "en"
    title: str = ""
    event: str = ""
    office: str = ""
    kinds: str = "both"
    sectors: tuple[str, ...] = ()


@dataclass(frozen=True)
class CatalogueEntry:
    """One listing as the catalogue prints it. member_name is "" for an anonymous listing."""

    reference: str
    kind: str
    title: str
    summary: str
    keywords: list[str]
    sectors: list[str]
    trl: int | None
    ip_status: str
    cooperation_types: list[str]
    budget_min: Decimal | None
    budget_max: Decimal | None
    currency: str
    region: str
    deadline: date | None
    member_name: str
    anonymous: bool


@dataclass
class CatalogueSection:
    """One sector's listings (code "" for those without a sector), each kind sorted by reference."""

    code: str
    label: str
    demands: list[CatalogueEntry] = field(default_factory=list)
    supplies: list[CatalogueEntry] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.demands) + len(self.supplies)


@dataclass(frozen=True)
class CatalogueSummary:
    path: Path
    listings: int
    demands: int
    supplies: int
    sections: int
    pages: int

    def summary(self) -> str:
        return f"Catalogue of {self.listings} listings written to {self.path}."


# -- options ------------------------------------------------------------------------------------


def checked_options(options: CatalogueOptions) -> CatalogueOptions:
    """The options tidied up, or a DomainError naming what is wrong."""
    language = options.language.strip().lower()[:2]
    if language not in LANGUAGES:
        raise DomainError(
            "The catalogue can be printed in English (en) or Chinese (zh), not “{language}”.",
            language=options.language,
        )
    kinds = options.kinds.strip().lower()
    kinds = _KIND_ALIASES.get(kinds, kinds)
    if kinds not in KINDS:
        raise DomainError(
            "Choose which listings go into the catalogue: both, demand or supply (not “{kinds}”).",
            kinds=options.kinds,
        )
    try:
        codes = taxonomy.parse_sector_codes(LIST_SEPARATOR.join(options.sectors))
    except ValueError as exc:
        raise DomainError("{reason}", reason=str(exc)) from exc
    return CatalogueOptions(
        language=language,
        title=" ".join(options.title.split()) or label(language, "default_title"),
        event=" ".join(options.event.split()),
        office=" ".join(options.office.split()),
        kinds=kinds,
        sectors=tuple(codes),
    )


# -- what goes in -------------------------------------------------------------------------------


def published_entries(
    uow: UnitOfWork, options: CatalogueOptions, now: datetime | None = None
) -> list[CatalogueEntry]:
    """The published listings still valid at `now`, of the chosen kinds and sectors."""
    anonymous = Listing.confidentiality == Confidentiality.ANONYMOUS
    stmt = (
        select(
            Listing,
            anonymous,
            case((anonymous, literal("")), else_=Member.name),
        )
        .join(Member, Member.id == Listing.member_id)
        .where(
            Listing.status == ListingStatus.PUBLISHED,
            Listing.deleted_at.is_(None),
            Listing.reference.is_not(None),
            or_(Listing.expires_at.is_(None), Listing.expires_at > (now or utcnow())),
        )
    )
    if options.kinds != "both":
        stmt = stmt.where(Listing.kind == ListingKind(options.kinds))
    entries = []
    for listing, is_anonymous, member_name in uow.session.execute(stmt):
        entry = CatalogueEntry(
            reference=listing.reference or "",
            kind=listing.kind.value,
            title=listing.title,
            summary=listing.summary,
            keywords=[k for k in listing.keywords.split(LIST_SEPARATOR) if k.strip()],
            sectors=[s for s in listing.sectors.split(LIST_SEPARATOR) if s.strip()],
            trl=listing.trl,
            ip_status=listing.ip_status.value,
            cooperation_types=[c for c in listing.cooperation_types.split(LIST_SEPARATOR) if c],
            budget_min=listing.budget_min,
            budget_max=listing.budget_max,
            currency=listing.currency,
            region=listing.region,
            deadline=listing.deadline,
            member_name="" if is_anonymous else member_name,
            anonymous=bool(is_anonymous),
        )
        if not options.sectors or _group_code(entry, options.sectors) is not None:
            entries.append(entry)
    return entries


def _in_filter(code: str, wanted: tuple[str, ...]) -> bool:
    found = taxonomy.sector(code)
    return found is not None and (found.code in wanted or (found.parent or "") in wanted)


def _group_code(entry: CatalogueEntry, wanted: tuple[str, ...]) -> str | None:
    """The sector the listing is printed under: its first code, or with a sector filter its first
    code that the filter takes in (None when none does)."""
    if not wanted:
        return entry.sectors[0].upper() if entry.sectors else ""
    return next((c.upper() for c in entry.sectors if _in_filter(c, wanted)), None)


def reference_key(reference: str) -> tuple[str, int, int, str]:
    """D-2026-0001 < D-2026-0002 < D-2026-10000: numbers compared as numbers."""
    parts = reference.split("-")
    if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
        return (parts[0], int(parts[1]), int(parts[2]), reference)
    return (reference, 0, 0, reference)


def sections(entries: list[CatalogueEntry], options: CatalogueOptions) -> list[CatalogueSection]:
    """The listings by sector in the taxonomy's order ("Other", without a sector, last)."""
    order = {s.code: i for i, s in enumerate(taxonomy.sectors())}
    groups: dict[str, CatalogueSection] = {}
    for entry in entries:
        code = _group_code(entry, options.sectors) or ""
        section = groups.get(code)
        if section is None:
            name = (
                taxonomy.sector_label(code, options.language)
                if code
                else label(options.language, "other")
            )
            section = groups[code] = CatalogueSection(code, name)
        (section.demands if entry.kind == ListingKind.DEMAND else section.supplies).append(entry)
    for section in groups.values():
        section.demands.sort(key=lambda e: reference_key(e.reference))
        section.supplies.sort(key=lambda e: reference_key(e.reference))
    return sorted(
        groups.values(),
        key=lambda s: (s.code == "", order.get(s.code, len(order)), s.code),
    )


# -- the file -----------------------------------------------------------------------------------


def _checked_target(path: Path) -> Path:
    if path.suffix.lower() != ".pdf":
        raise DomainError(
            "The catalogue is a PDF file: give a file name ending in .pdf (not “{name}”).",
            name=path.name,
        )
    if path.is_dir():
        raise DomainError("{path} is a folder; give the name of the PDF file.", path=str(path))
    if not path.parent.is_dir():
        raise DomainError(
            "The folder {folder} does not exist. Choose another folder for {name}.",
            folder=str(path.parent),
            name=path.name,
        )
    return path


def _unwritable(path: Path, exc: OSError) -> DomainError:
    if isinstance(exc, PermissionError):
        return DomainError(
            "Helix may not write {path}: the folder is read-only or the file is open in another "
            "program (close it in the PDF viewer). Choose another place or close it, then try "
            "again.",
            path=str(path),
        )
    return DomainError(
        "Helix could not write the catalogue to {path}: {reason}. Choose another place.",
        path=str(path),
        reason=exc.strerror or str(exc),
    )


def _write_atomically(target: Path, write: Callable[[Path], int]) -> int:
    """write(part_file) fills a file beside the target, which then replaces the target; on
    any failure or a cancel the part file goes and the target stays as it was."""
    part = target.with_name(f".{target.stem}-{uuid.uuid4().hex[:8]}.pdf.part")
    try:
        part.open("xb").close()  # fails now, not after the layout, where we may not write
    except OSError as exc:
        raise _unwritable(target, exc) from exc
    try:
        result = write(part)
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise _unwritable(target, exc) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return result


# -- the export ---------------------------------------------------------------------------------


def export_catalogue(
    uow: UnitOfWork,
    path: str | os.PathLike[str],
    by: Actor,
    *,
    options: CatalogueOptions | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
    today: date | None = None,
) -> CatalogueSummary:
    """Write the catalogue of published listings to a PDF file; says what it holds.

    now: listings whose validity ended before it are left out (default: the current time);
    today: the date printed on the title page (default: today's date)."""
    require(by, Action.EXPORT_RECORDS)
    from app.services.catalogue_layout import build_catalogue  # reportlab only when needed

    chosen = checked_options(options or CatalogueOptions())
    target = _checked_target(Path(path))
    entries = published_entries(uow, chosen, now)
    if not entries:
        raise DomainError(
            "There are no published listings to put in a catalogue{scope}. Publish listings "
            "first, or choose other kinds or sectors.",
            scope=" with these kinds and sectors"
            if chosen.kinds != "both" or chosen.sectors
            else "",
        )
    grouped = sections(entries, chosen)
    printed = today or date.today()
    pages = _write_atomically(
        target, lambda part: build_catalogue(part, grouped, chosen, printed, progress)
    )
    demands = sum(len(s.demands) for s in grouped)
    return CatalogueSummary(
        path=target,
        listings=len(entries),
        demands=demands,
        supplies=len(entries) - demands,
        sections=len(grouped),
        pages=pages,
    )


__all__ = [
    "KINDS",
    "CatalogueEntry",
    "CatalogueOptions",
    "CatalogueSection",
    "CatalogueSummary",
    "Progress",
    "checked_options",
    "export_catalogue",
    "published_entries",
    "reference_key",
    "sections",
]
