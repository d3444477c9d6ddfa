"""`helix match (--demand REF | --all) [--top K] [--format csv|json]`: suggested supplies for
published demands, as CSV (`demand_ref,supply_ref,rank,score,reasons`) or JSON on stdout.

REF is a listing's external id when it has one, else its id; --demand also takes a reference
(D-2026-0001). When the database has no published demand or no published supply (a file just
imported as drafts), draft, submitted and returned listings are matched too, and stderr says so.
"""

import argparse
import csv
import json
import sys

from sqlalchemy import or_, select

from app import cli_access
from app.db import opened
from app.models import Listing, ListingKind, ListingStatus
from app.services.uow import UnitOfWork

EXIT_OK, EXIT_REFUSED = 0, 1
HEADER = ["demand_ref", "supply_ref", "rank", "score", "reasons"]
PUBLISHED = frozenset({ListingStatus.PUBLISHED})
NOT_YET_PUBLISHED = frozenset(
    {
        ListingStatus.DRAFT,
        ListingStatus.SUBMITTED,
        ListingStatus.RETURNED,
        ListingStatus.PUBLISHED,
    }
)


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    match = commands.add_parser(
        "match",
        help="suggest supplies for demands",
        description="Rank the published supplies for a published demand (or for every one), "
        "best first, with the reasons. Writes CSV (demand_ref,supply_ref,rank,score,reasons) "
        "or JSON to standard output. REF is a listing's external id when it has one, else its "
        "id. When nothing is published yet, unpublished listings are matched (said on stderr).",
    )
    which = match.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--demand", metavar="REF", help="one demand: its external id, id or reference"
    )
    which.add_argument("--all", action="store_true", help="every published demand")
    match.add_argument(
        "--top", type=_positive, default=10, metavar="K", help="suggestions per demand (default 10)"
    )
    match.add_argument("--format", choices=("csv", "json"), default="csv", help="default csv")
    match.set_defaults(run=run_match)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _ref(listing_id: str, external_id: str | None) -> str:
    return external_id or listing_id


def _statuses(uow: UnitOfWork) -> frozenset[ListingStatus]:
    """Published listings, or every not-yet-published one when a kind has none published."""
    for kind in (ListingKind.DEMAND, ListingKind.SUPPLY):
        stmt = select(Listing.id).where(
            Listing.kind == kind,
            Listing.status == ListingStatus.PUBLISHED,
            Listing.deleted_at.is_(None),
        )
        if uow.session.execute(stmt.limit(1)).first() is None:
            print(
                f"No published {kind.value} in this database: matching draft, submitted, "
                "returned and published listings instead.",
                file=sys.stderr,
            )
            return NOT_YET_PUBLISHED
    return PUBLISHED


def _find_demand(uow: UnitOfWork, ref: str) -> tuple[str, str] | None:
    stmt = select(Listing.id, Listing.external_id, Listing.kind).where(
        or_(Listing.external_id == ref, Listing.id == ref, Listing.reference == ref.upper()),
        Listing.deleted_at.is_(None),
    )
    row = uow.session.execute(stmt).first()
    if row is None:
        print(f"No listing has the reference “{ref}”. Give a demand's external id, id or "
              "reference (D-2026-0001).", file=sys.stderr)  # fmt: skip
        return None
    if row.kind is not ListingKind.DEMAND:
        print(f"“{ref}” is a supply; --demand takes a demand.", file=sys.stderr)
        return None
    return row.id, _ref(row.id, row.external_id)


def run_match(args: argparse.Namespace, url: str) -> int:
    from app.services.matching import rank, rank_all
    from app.settings import configured_weights

    weights = configured_weights()

    rows: list[dict[str, object]] = []
    with opened(url) as db:
        cli_access.sign_in(args, db)
        with UnitOfWork(db) as uow:
            statuses = _statuses(uow)
            if args.demand:
                found = _find_demand(uow, args.demand)
                if found is None:
                    return EXIT_REFUSED
                results = [
                    (
                        found[0],
                        rank(uow, found[0], top=args.top, weights=weights, statuses=statuses),
                    )
                ]
                refs = {found[0]: found[1]}
            else:
                results = rank_all(uow, top=args.top, weights=weights, statuses=statuses)
                stmt = select(Listing.id, Listing.external_id).where(
                    Listing.kind == ListingKind.DEMAND
                )
                refs = {row[0]: _ref(row[0], row[1]) for row in uow.session.execute(stmt)}
    for demand_id, suggestions in results:
        for number, s in enumerate(suggestions, 1):
            rows.append(
                {
                    "demand_ref": refs.get(demand_id, demand_id),
                    "supply_ref": _ref(s.listing_id, s.external_id),
                    "rank": number,
                    "score": s.score,
                    "reasons": "; ".join(s.reasons),
                }
            )
    _write(rows, args.format)
    return EXIT_OK


def _write(rows: list[dict[str, object]], form: str) -> None:
    if form == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=HEADER, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
