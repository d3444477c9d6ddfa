"""Which records belong to a partial copy (by region, sector or alliance), at copy-out and at
every later sync.

The copy's own members are those in its regions, with one of its sectors (a code or a code
under it) or in one of its alliances. Their contacts, listings and alliance memberships belong
to it; so do the matches of their listings, the contracts they are a party to or that came from
those matches, and everything that belongs to those (clauses, issues, signatures, projects,
milestones, log, evaluations). Users and alliances always come along, and
every record a copied record refers to (the other listing of a match, the other parties of a
contract) comes as a dependency, without what belongs to it. A conflict comes with its record."""

from collections.abc import Callable, Iterable

from sqlalchemy import Connection, select

from app.services.sync import CopyScope
from app.services.sync_tables import Row, foreign_keys, table

ALWAYS = frozenset({"app_user", "alliance"})
SEPARATOR = ";"


def member_matches(scope: CopyScope, region: str, sectors: str, alliances: Iterable[str]) -> bool:
    if region and region in scope.regions:
        return True
    codes = [c for c in sectors.split(SEPARATOR) if c]
    if any(code.startswith(wanted) for code in codes for wanted in scope.sectors):
        return True
    return any(name in scope.alliances for name in alliances)


class ScopeRules:
    """Decides, table by table, whether a record belongs to the copy's part. `owned_members`
    and `owned_listings` are the copy's own (not those held only as dependencies)."""

    def __init__(self, scope: CopyScope, scope_alliance_ids: set[str]) -> None:
        self.scope = scope
        self.scope_alliance_ids = scope_alliance_ids
        self.owned_members: set[str] = set()
        self.owned_listings: set[str] = set()

    def belongs(self, name: str, row: Row, held: Callable[[tuple[str, str]], bool]) -> bool:
        if name in ALWAYS:
            return True
        if name == "sync_conflict":  # a conflict comes with its record
            return held((row["entity"], row["entity_id"]))
        if name == "member":
            return row["id"] in self.owned_members or self._matches(row)
        if name in ("contact", "listing"):
            owned = row["member_id"] in self.owned_members
            if owned and name == "listing":
                self.owned_listings.add(row["id"])
            return owned
        if name == "listing_match":
            return bool({row["demand_id"], row["supply_id"]} & self.owned_listings)
        if name == "alliance_membership":
            return (
                row["member_id"] in self.owned_members
                or row["alliance_id"] in self.scope_alliance_ids
            )
        if name == "contract_party" and row["member_id"] in self.owned_members:
            return True
        return any(
            row.get(fk.column) and held((fk.parent, row[fk.column]))
            for fk in foreign_keys(name)
            if fk.parent not in ("member", *ALWAYS)
        )

    def _matches(self, row: Row) -> bool:
        if member_matches(self.scope, row["region"] or "", row["sectors"] or "", ()):
            self.owned_members.add(row["id"])
            return True
        return False

    def load_owned(self, conn: Connection) -> None:
        """The members and listings of the part, as the database `conn` holds them."""
        member, listing, membership = (
            table("member"),
            table("listing"),
            table("alliance_membership"),
        )
        in_alliance = set(
            conn.scalars(
                select(membership.c.member_id).where(
                    membership.c.alliance_id.in_(self.scope_alliance_ids),
                    membership.c.deleted_at.is_(None),
                )
            )
        )
        for row in conn.execute(select(member.c.id, member.c.region, member.c.sectors)):
            if row.id in in_alliance or member_matches(self.scope, row.region, row.sectors, ()):
                self.owned_members.add(row.id)
        owned = self.owned_members
        for listing_id, member_id in conn.execute(select(listing.c.id, listing.c.member_id)):
            if member_id in owned:
                self.owned_listings.add(listing_id)


def scope_alliance_ids(conn: Connection, scope: CopyScope) -> set[str]:
    alliance = table("alliance")
    if not scope.alliances:
        return set()
    stmt = select(alliance.c.id).where(alliance.c.name.in_(scope.alliances))
    return set(conn.scalars(stmt))
