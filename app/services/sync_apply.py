"""Applying another site's records to this database, one batch at a time, inside the batch's
transaction (DESIGN §5).

For every record the batch's entries touch, the other site sends its present state and the
pointer to the entry that made it. Against the local state:
- no local row: insert it (in a partial copy only when it belongs to the copy's part);
- same pointer: nothing to do;
- the other site knew the local state's entry: its state is newer, take it;
- this site knew the other state's entry: the local state is newer, keep it;
- neither: both changed since they last met, a conflict. Both versions are kept in a
  `SyncConflict`; the data holds the same one on every site (a live record over a deleted one,
  then the later save), so sites converge while the clerk decides.
Parents a record needs are fetched from the other site first. A unique value held by two
records (a registration code typed at a fair and at the office) stays with the record made
first; the other gives it up (or, for a live-only key, becomes a tombstone), and a duplicate
conflict records it. Rows are written with Core statements, so applying makes no new audit
entries: the other site's entries come along instead."""

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, select, tuple_, update
from sqlalchemy.orm import Session, selectinload

from app.models import (
    ConflictKind,
    ConflictStatus,
    Member,
    SyncConflict,
    SyncRowState,
    utcnow,
)
from app.services import audit, members
from app.services.import_common import chunks
from app.services.sync_tables import (
    NO_POINTER,
    Pointer,
    Row,
    UniqueKey,
    foreign_keys,
    order_of,
    parents_first,
    row_json,
    table,
    unique_keys,
)

Key = tuple[str, str]  # (table, id)
FetchFn = Callable[[list[Key]], tuple[dict[Key, Row], dict[Key, Pointer]]]
WantedFn = Callable[[str, Row, Callable[[Key], bool]], bool]
CONFLICT_NAMESPACE = uuid.UUID("6c0a4f5e-2b7d-4d0e-9a57-3f5d8c1e2b90")
# Columns whose concurrent change is no conflict: what is derived from other data (a member's
# search text follows its contacts), and a user's sign-in bookkeeping on two sites.
DERIVED = {"search_text", "name_key"}
QUIET = {"app_user": {"failed_attempts", "locked_until", "last_sign_in_at"}}
LABEL_COLUMNS = ("name", "title", "number", "username", "reference", "signatory_name", "subject")


def knows(known: dict[str, int], pointer: Pointer) -> bool:
    site, seq = pointer
    return seq == 0 or known.get(site, 0) >= seq


def winner_key(row: Row, pointer: Pointer) -> tuple[bool, Any, str, int]:
    return (row["deleted_at"] is None, row["updated_at"], pointer[0], pointer[1])


@dataclass
class Incoming:
    rows: dict[Key, Row]
    pointers: dict[Key, Pointer]
    known_src: dict[str, int]


@dataclass
class Outcome:
    applied: int = 0
    conflicts: int = 0


@dataclass
class _Plan:
    inserts: dict[Key, Row] = field(default_factory=dict)
    updates: dict[Key, Row] = field(default_factory=dict)
    pointers: dict[Key, Pointer] = field(default_factory=dict)
    conflicts: list[SyncConflict] = field(default_factory=list)
    touched_members: set[str] = field(default_factory=set)  # a local member that gave way


class Applier:
    """Applies batches from one other site into `session` (a transaction the caller commits)."""

    def __init__(
        self,
        session: Session,
        known_dst: dict[str, int],
        fetch: FetchFn,
        wanted: WantedFn | None = None,
    ) -> None:
        self.session = session
        self.known_dst = known_dst
        self.fetch = fetch
        self.wanted = wanted  # a partial copy: does a record new here belong to its part?
        self.lock = session.get_bind().dialect.name == "postgresql"

    def apply(self, incoming: Incoming) -> Outcome:
        plan = _Plan()
        local, local_pointers = self._load(list(incoming.rows))
        for key, row in sorted(incoming.rows.items(), key=lambda kv: order_of(kv[0][0])):
            pointer = incoming.pointers.get(key, NO_POINTER)
            self._decide(plan, key, row, pointer, local.get(key), local_pointers, incoming)
        if self.wanted is not None:
            self._keep_wanted(plan, local)
        self._add_parents(plan, local)
        self._settle_unique_values(plan)
        self._write(plan, local)
        return Outcome(len(plan.inserts) + len(plan.updates), len(plan.conflicts))

    # -- reading the local side ---------------------------------------------------------

    def _load(self, keys: list[Key]) -> tuple[dict[Key, Row], dict[Key, Pointer]]:
        rows: dict[Key, Row] = {}
        by_table: dict[str, list[str]] = {}
        for name, row_id in keys:
            by_table.setdefault(name, []).append(row_id)
        for name, ids in by_table.items():
            t = table(name)
            for chunk in chunks(ids):
                stmt = select(t).where(t.c.id.in_(chunk))
                if self.lock:
                    stmt = stmt.with_for_update()
                for row in self.session.execute(stmt).mappings():
                    rows[(name, row["id"])] = dict(row)
        return rows, self._pointers(keys)

    def _pointers(self, keys: Iterable[Key]) -> dict[Key, Pointer]:
        found: dict[Key, Pointer] = {}
        keys = list(keys)
        state = table(SyncRowState.__tablename__)
        for start in range(0, len(keys), 400):
            part = keys[start : start + 400]
            stmt = select(state).where(tuple_(state.c.entity, state.c.entity_id).in_(part))
            for r in self.session.execute(stmt):
                found[(r.entity, r.entity_id)] = (r.site_id, r.seq)
        return found

    # -- deciding -----------------------------------------------------------------------

    def _decide(
        self,
        plan: _Plan,
        key: Key,
        row: Row,
        pointer: Pointer,
        mine: Row | None,
        my_pointers: dict[Key, Pointer],
        incoming: Incoming,
    ) -> None:
        if mine is None:
            plan.inserts[key], plan.pointers[key] = row, pointer
            return
        my_pointer = my_pointers.get(key, NO_POINTER)
        if my_pointer == pointer or knows(self.known_dst, pointer):
            return  # the same state, or one this site has seen and moved on from
        if knows(incoming.known_src, my_pointer):
            plan.updates[key], plan.pointers[key] = row, pointer
            return
        theirs_wins = winner_key(row, pointer) > winner_key(mine, my_pointer)
        if key[0] == SyncConflict.__tablename__:
            theirs_wins = _conflict_record_wins(row, pointer, mine, my_pointer)
        elif _differ_only_in(row, mine, DERIVED | QUIET.get(key[0], set())):
            pass  # sign-ins on both sides: the later one's bookkeeping stays, nothing to decide
        else:
            a, b = (
                ((row, pointer), (mine, my_pointer))
                if theirs_wins
                else ((mine, my_pointer), (row, pointer))
            )
            self._note_conflict(plan, ConflictKind.EDIT, key, a, b)
        if theirs_wins:
            plan.updates[key], plan.pointers[key] = row, pointer

    def _note_conflict(
        self,
        plan: _Plan,
        kind: ConflictKind,
        key: Key,
        a: tuple[Row, Pointer],
        b: tuple[Row, Pointer],
        other_id: str | None = None,
    ) -> None:
        name, row_id = key
        ends = sorted([f"{a[1][0]}:{a[1][1]}", f"{b[1][0]}:{b[1][1]}"])
        conflict_id = str(uuid.uuid5(CONFLICT_NAMESPACE, f"{kind}:{name}:{row_id}:{ends}"))
        if self.session.get(SyncConflict, conflict_id) is not None:
            return
        if any(c.id == conflict_id for c in plan.conflicts):
            return
        plan.conflicts.append(
            SyncConflict(
                id=conflict_id,
                kind=kind,
                entity=name,
                entity_id=row_id,
                other_id=other_id,
                label=_label(a[0]),
                version_a=row_json(a[0]),
                site_a=a[1][0] or a[0]["origin_site"],
                by_a=a[0]["updated_by"],
                at_a=a[0]["updated_at"],
                version_b=row_json(b[0]),
                site_b=b[1][0] or b[0]["origin_site"],
                by_b=b[0]["updated_by"],
                at_b=b[0]["updated_at"],
                status=ConflictStatus.OPEN,
            )
        )

    def _keep_wanted(self, plan: _Plan, local: dict[Key, Row]) -> None:
        """In a partial copy, new records come only when they belong to its part: a member of
        its regions, sectors or alliances, or a record whose parent the copy holds (or is
        about to fetch for a record that belongs)."""
        wanted = self.wanted
        assert wanted is not None
        candidates = dict(plan.inserts)
        plan.inserts.clear()
        parents = {p for key, row in candidates.items() for p in _parents(key[0], row)}
        coming = self._existing(parents)

        def held(key: Key) -> bool:
            return key in coming or key in plan.inserts or key in local

        changed = True
        while changed:
            changed = False
            for key, row in list(candidates.items()):
                if wanted(key[0], row, held):
                    plan.inserts[key] = candidates.pop(key)
                    coming.update(_parents(key[0], row))
                    changed = True
        for key in candidates:
            plan.pointers.pop(key, None)

    # -- parents and unique values --------------------------------------------------------

    def _existing(self, keys: set[Key]) -> set[Key]:
        found: set[Key] = set()
        by_table: dict[str, list[str]] = {}
        for name, row_id in keys:
            by_table.setdefault(name, []).append(row_id)
        for name, ids in by_table.items():
            t = table(name)
            for chunk in chunks(ids):
                found.update(
                    (name, i) for i in self.session.scalars(select(t.c.id).where(t.c.id.in_(chunk)))
                )
        return found

    def _add_parents(self, plan: _Plan, local: dict[Key, Row]) -> None:
        """Parents a written record needs and this database lacks come from the other site."""
        pending = {**plan.inserts, **plan.updates}
        while pending:
            wanted = {p for key, row in pending.items() for p in _parents(key[0], row)}
            wanted -= set(local) | set(plan.inserts) | set(plan.updates)
            missing = wanted - self._existing(wanted)
            if not missing:
                return
            rows, pointers = self.fetch(sorted(missing))
            pending = {}
            for key, row in rows.items():
                plan.inserts[key], plan.pointers[key] = row, pointers.get(key, NO_POINTER)
                pending[key] = row

    def _settle_unique_values(self, plan: _Plan) -> None:
        written = {**plan.inserts, **plan.updates}
        by_table: dict[str, list[Row]] = {}
        for (name, _id), row in written.items():
            by_table.setdefault(name, []).append(row)
        for name in sorted(by_table, key=order_of):
            for unique in unique_keys(name):
                rows = [
                    row
                    for row in by_table[name]
                    if all(row[c] is not None for c in unique.columns)
                    and not (unique.live_only and row["deleted_at"])
                ]
                holders = self._holders(name, unique, rows)
                for row in rows:
                    value = tuple(row[c] for c in unique.columns)
                    other = next((h for h in holders.get(value, []) if h["id"] != row["id"]), None)
                    other = self._as_planned(plan, name, other)
                    if other is not None and tuple(other[c] for c in unique.columns) == value:
                        self._settle(plan, name, unique, row, other)

    def _holders(
        self, name: str, unique: UniqueKey, rows: list[Row]
    ) -> dict[tuple[Any, ...], list[Row]]:
        """The local rows holding any of these rows' values of one unique key."""
        found: dict[tuple[Any, ...], list[Row]] = {}
        t = table(name)
        columns = [t.c[c] for c in unique.columns]
        values = sorted({tuple(row[c] for c in unique.columns) for row in rows}, key=str)
        for start in range(0, len(values), 400):
            part = values[start : start + 400]
            condition = (
                columns[0].in_([v[0] for v in part])
                if len(columns) == 1
                else tuple_(*columns).in_(part)
            )
            stmt = select(t).where(condition)
            if unique.live_only:
                stmt = stmt.where(t.c.deleted_at.is_(None))
            for holder in self.session.execute(stmt).mappings():
                found.setdefault(tuple(holder[c] for c in unique.columns), []).append(dict(holder))
        return found

    @staticmethod
    def _as_planned(plan: _Plan, name: str, other: Row | None) -> Row | None:
        """A local holder that this batch rewrites counts as the batch leaves it."""
        if other is None:
            return None
        key = (name, other["id"])
        return plan.updates.get(key) or plan.inserts.get(key) or other

    def _settle(self, plan: _Plan, name: str, unique: UniqueKey, row: Row, other: Row) -> None:
        """Two records hold one unique value: the one made later gives it up (a nullable value
        is cleared, a live-only key's record becomes a tombstone); where neither can give way,
        the incoming record stays with its site and the conflict keeps it."""
        key = (name, row["id"])
        pointer = plan.pointers.get(key, NO_POINTER)
        if not (unique.clearable(name) or unique.live_only):
            plan.inserts.pop(key, None)
            plan.updates.pop(key, None)
            plan.pointers.pop(key, None)
            other_pointer = self._pointers([(name, other["id"])]).get(
                (name, other["id"]), NO_POINTER
            )
            self._note_conflict(
                plan,
                ConflictKind.DUPLICATE,
                key,
                (other, other_pointer),
                (row, pointer),
                other["id"],
            )
            return
        row_is_later = (row["created_at"], row["id"]) > (other["created_at"], other["id"])
        later, earlier = (row, other) if row_is_later else (other, row)
        given_up = dict(later)
        if unique.clearable(name):
            given_up[unique.columns[0]] = None
        else:
            given_up["deleted_at"] = given_up["deleted_at"] or utcnow()
        later_key = (name, later["id"])
        if later_key in plan.inserts:
            plan.inserts[later_key] = given_up
        elif later_key in plan.updates:
            plan.updates[later_key] = given_up
        else:  # the local record gives way; its pointer stays (every site does the same)
            if name == "member":
                plan.touched_members.add(later["id"])
            t = table(name)
            changes = {c: given_up[c] for c in (*unique.columns, "deleted_at", "updated_at")}
            self.session.execute(update(t).where(t.c.id == later["id"]).values(**changes))
        later_pointer = plan.pointers.get(later_key) or self._pointers([later_key]).get(
            later_key, NO_POINTER
        )
        self._note_conflict(
            plan,
            ConflictKind.DUPLICATE,
            later_key,
            (given_up, later_pointer),
            (later, later_pointer),
            earlier["id"],
        )

    # -- writing ------------------------------------------------------------------------

    def _free_moving_values(self, plan: _Plan, local: dict[Key, Row]) -> None:
        """Unique values that move between records in this batch (two codes swapped) are first
        taken off the records losing them, so that no moment holds one value twice."""
        for (name, row_id), row in plan.updates.items():
            mine = local.get((name, row_id))
            if mine is None:
                continue
            moving = {
                column: None
                for unique in unique_keys(name)
                if unique.clearable(name)
                for column in unique.columns
                if mine[column] is not None and mine[column] != row[column]
            }
            if moving:
                t = table(name)
                moving["updated_at"] = mine["updated_at"]
                self.session.execute(update(t).where(t.c.id == row_id).values(**moving))

    def _refresh_search_texts(self, plan: _Plan) -> None:
        """A member's search text is made from its contacts too: after rows from two sites
        meet (a contact kept live by a conflict, a code given up), it is made again here, the
        same way on every site, without a new entry."""
        ids = sorted(_members_touched(plan))
        t = table("member")
        for start in range(0, len(ids), 500):
            stmt = (
                select(Member)
                .where(Member.id.in_(ids[start : start + 500]))
                .options(selectinload(Member.contacts))
                .execution_options(populate_existing=True)
            )
            for member in self.session.scalars(stmt):
                fresh = members.refresh_search_text(member)
                if fresh is not None:
                    values = {"search_text": fresh, "updated_at": member.updated_at}
                    self.session.execute(update(t).where(t.c.id == member.id).values(**values))
                for loaded in (member, *member.contacts):  # read once, kept out of the flush
                    if loaded in self.session:
                        self.session.expunge(loaded)

    def _write(self, plan: _Plan, local: dict[Key, Row]) -> None:
        self._free_moving_values(plan, local)
        by_table: dict[str, list[Row]] = {}
        for (name, _id), row in plan.inserts.items():
            by_table.setdefault(name, []).append(row)
        for name in sorted(by_table, key=order_of):
            self.session.execute(table(name).insert(), parents_first(name, by_table[name]))
        updates: dict[str, list[Row]] = {}
        for key, row in plan.updates.items():
            version = local[key]["version"] + 1 if key in local else row["version"]
            updates.setdefault(key[0], []).append({**row, "version": version})
        for name in sorted(updates, key=order_of):  # one statement a table, run for every row
            t = table(name)
            columns = list(updates[name][0])
            stmt = (
                update(t)
                .where(t.c.id == bindparam("b_key"))
                .values({c: bindparam(f"b_{c}") for c in columns})
            )
            params = [
                {"b_key": r["id"], **{f"b_{c}": r[c] for c in columns}} for r in updates[name]
            ]
            self.session.connection().execute(stmt, params)
        states = [
            {"entity": name, "entity_id": row_id, "site_id": p[0], "seq": p[1]}
            for (name, row_id), p in plan.pointers.items()
            if (name, row_id) in plan.inserts or (name, row_id) in plan.updates
        ]
        if states:
            self.session.execute(audit.row_state_upsert(self.session), states)
        self._refresh_search_texts(plan)
        name = SyncConflict.__tablename__
        found = [c for c in plan.conflicts if (name, c.id) not in {**plan.inserts, **plan.updates}]
        if found:  # the other site found the same conflict: its record came with the batch
            self.session.add_all(found)
            self.session.flush()


def _members_touched(plan: "_Plan") -> set[str]:
    ids = set(plan.touched_members)
    for (name, row_id), row in {**plan.inserts, **plan.updates}.items():
        if name == "member":
            ids.add(row_id)
        elif name == "contact" and row.get("member_id"):
            ids.add(row["member_id"])
    return ids


def _differ_only_in(row: Row, other: Row, columns: set[str]) -> bool:
    differing = {k for k, v in row.items() if other.get(k) != v}
    return differing <= columns | {"version", "updated_at", "updated_by"}


def _parents(name: str, row: Row) -> list[Key]:
    """The records this one refers to (a conflict record: the record it is about)."""
    if name == SyncConflict.__tablename__:
        return [(row["entity"], row["entity_id"])]
    return [(fk.parent, row[fk.column]) for fk in foreign_keys(name) if row.get(fk.column)]


def _label(row: Row) -> str:
    for column in LABEL_COLUMNS:
        value = row.get(column)
        if value:
            return str(value)[:300]
    return ""


def _conflict_record_wins(
    theirs: Row, their_pointer: Pointer, mine: Row, my_pointer: Pointer
) -> bool:
    """Two sites found (or resolved) the same conflict: a resolution beats an open record, the
    later resolution beats the earlier; every site picks the same."""

    def rank(row: Row, pointer: Pointer) -> tuple[bool, Any, str, int]:
        resolved = str(row["status"]) == ConflictStatus.RESOLVED.value
        return (resolved, row["resolved_at"] or row["updated_at"], pointer[0], pointer[1])

    return rank(theirs, their_pointer) > rank(mine, my_pointer)
