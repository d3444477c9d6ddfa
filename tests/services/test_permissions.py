"""The permission table, proved through the services: every role against every action.

Each Action maps to a small call of the real service that does it. A role the table allows must
get the work done; any other role must get a PermissionDeniedError with nothing written (no row
flushed in that transaction, no file made)."""

import csv
import inspect
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.db import Database, sqlite_url
from app.models import AuditEntry, Base, ConflictKind, Role, SyncConflict
from app.services import (
    alliances,
    audit,
    backup,
    backup_schedule,
    conflicts,
    contract_issue,
    contracts,
    listings,
    matches,
    member_io,
    members,
    projects,
    sync,
    users,
)
from app.services.alliances import AllianceData
from app.services.contract_templates import load_template
from app.services.demo import make_demo
from app.services.listings import CHECKLIST, ListingData
from app.services.members import MemberData
from app.services.permissions import PERMISSIONS, Action, Actor, PermissionDeniedError, require
from app.services.sync_tables import row_json
from app.services.uow import UnitOfWork
from tests.services.test_contract_templates import sample_context

SETUP = Actor("setup", Role.ADMIN)


@dataclass
class Scene:
    """What a call needs: the database, a member to archive, a folder for files."""

    db: Database
    folder: Path
    member_id: str = ""
    listing_id: str = ""
    demand_id: str = ""


Perform = Callable[[UnitOfWork, Actor, Scene], Any]


def _with_member(scene: Scene) -> None:
    with UnitOfWork(scene.db) as uow:
        scene.member_id = members.create_member(
            uow, MemberData(kind="enterprise", name="常州新能源科技有限公司"), SETUP
        ).id
        uow.commit()


def _members_file(scene: Scene) -> Path:
    path = scene.folder / "members.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["external_id", "kind", "name"])
        writer.writerow(["M-1", "enterprise", "无锡储能材料有限公司"])
    return path


def _edit_members(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
    return members.create_member(uow, MemberData(kind="university", name="江南大学"), by)


def _archive_members(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
    return members.archive_member(uow, scene.member_id, by)


def _edit_alliances(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
    return alliances.create_alliance(uow, AllianceData("长三角储能产业联盟"), by)


def _listing(member_id: str) -> ListingData:
    return ListingData(
        kind="supply",
        member_id=member_id,
        title="钠离子电池正极材料",
        summary="层状氧化物正极，循环寿命3000次",
        description="成本低于磷酸铁锂，适合储能电站。",
        sectors=["C38"],
        trl="7",
        cooperation_types=["licensing"],
    )


def _edit_listings(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
    return listings.create_listing(uow, _listing(scene.member_id), by)


def _with_submitted_listing(scene: Scene) -> None:
    _with_member(scene)
    with UnitOfWork(scene.db) as uow:
        scene.listing_id = listings.create_listing(uow, _listing(scene.member_id), SETUP).id
        listings.submit_listing(uow, scene.listing_id, SETUP)
        uow.commit()


def _verify_listings(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
    return listings.publish_listing(uow, scene.listing_id, dict.fromkeys(CHECKLIST, True), by)


def _with_published_pair(scene: Scene) -> None:
    """A published supply (scene.listing_id) and a published demand of the same member."""
    _with_submitted_listing(scene)
    ticked = dict.fromkeys(CHECKLIST, True)
    wanted = replace(_listing(scene.member_id), kind="demand", title="固态电池电解质")
    with UnitOfWork(scene.db) as uow:
        scene.demand_id = listings.create_listing(uow, wanted, SETUP).id
        listings.submit_listing(uow, scene.demand_id, SETUP)
        for listing_id in (scene.demand_id, scene.listing_id):
            listings.publish_listing(uow, listing_id, ticked, SETUP)
        uow.commit()


def _work_matches(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
    return matches.propose_match(uow, scene.demand_id, scene.listing_id, by)


def _edit_contracts(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
    context = sample_context(load_template("nda.two_party.en"))
    return contracts.create_contract(uow, "nda.two_party.en", context, by)


def _with_contract_in_review(scene: Scene) -> None:
    with UnitOfWork(scene.db) as uow:
        scene.listing_id = _edit_contracts(uow, SETUP, scene).id
        contracts.submit_for_review(uow, scene.listing_id, SETUP)
        uow.commit()


def _approve_contracts(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
    return contracts.approve_contract(uow, scene.listing_id, by)


def _with_running_project(scene: Scene) -> None:
    """A signed contract (wet ink, both parties), so its project runs; its id in listing_id."""
    with UnitOfWork(scene.db) as uow:
        contract_id = _edit_contracts(uow, SETUP, scene).id
        contracts.submit_for_review(uow, contract_id, SETUP)
        contracts.approve_contract(uow, contract_id, SETUP)
        issue = contract_issue.issue_for_signature(uow, contract_id, SETUP)
        scan = scene.folder / "scan.pdf"
        scan.write_bytes(b"%PDF-1.4 scan")
        for slot in issue.parties:
            contract_issue.record_wet_signature(
                uow, contract_id, slot.position, "签字人", "", date.today(), scan, SETUP
            )
        project = projects.project_for_contract(uow, contract_id)
        assert project is not None
        scene.listing_id = project.id
        uow.commit()


def _work_projects(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
    return projects.add_milestone(uow, scene.listing_id, "中试", date.today(), by)


def _import_records(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
    return member_io.import_members(uow, _members_file(scene), by)


def _export_records(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
    return member_io.export_members(uow, scene.folder / "export.csv", by)


def _make_demo_data(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
    return make_demo(uow, by, members=5)


def _manage_users(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
    return users.create_user(uow, "newcomer", "Welcome-to-2026", Role.CLERK, by)


def _view_audit(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
    report = audit.verify_chain(uow, by)
    assert report.ok
    return audit.list_entries(uow, by)


def _back_up(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
    return backup.backup_database(uow.db, scene.folder / "copy.helixdump", by=by)


def _with_backup(scene: Scene) -> None:
    _with_member(scene)
    backup.backup_database(scene.db, scene.folder / "source.helixdump", by=SETUP)


def _restore(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
    """Into a new laptop file: restoring over the open database would wait for this test's
    own transaction."""
    target = sqlite_url(scene.folder / "restored.sqlite")
    return backup.restore_database(
        target, scene.folder / "source.helixdump", safety_copy_dir=scene.folder / "safety", by=by
    )


def _only_the_table(action: Action) -> Perform:
    """For an action whose service takes no actor yet: the permission check it must make."""

    def check(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
        require(by, action)
        return True

    return check


def _with_copy(scene: Scene) -> None:
    """A laptop's copy with one member registered on it, not synced yet."""
    _with_member(scene)
    laptop = Database.open(sqlite_url(scene.folder / "laptop.sqlite"))
    try:
        sync.copy_out(scene.db, laptop, SETUP)
        with UnitOfWork(laptop) as uow:
            members.create_member(uow, MemberData(kind="enterprise", name="展会新会员"), SETUP)
            uow.commit()
    finally:
        laptop.dispose()


def _sync(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
    laptop = Database(sqlite_url(scene.folder / "laptop.sqlite"))
    try:
        summary = sync.sync(laptop, scene.db, by)
        assert summary.sent == 1  # the member registered on the laptop
        return summary
    finally:
        laptop.dispose()


def _with_empty_copy_file(scene: Scene) -> None:
    _with_member(scene)
    Database.open(sqlite_url(scene.folder / "copy.sqlite")).dispose()


def _copy_out(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
    target = Database(sqlite_url(scene.folder / "copy.sqlite"))
    try:
        summary = sync.copy_out(scene.db, target, by)
        assert summary.records == 1  # the member
        return summary
    finally:
        target.dispose()


CONFLICT_ID = "00000000-0000-4000-8000-00000000c0f1"


def _with_conflict(scene: Scene) -> None:
    _with_member(scene)
    member = Base.metadata.tables["member"]
    with scene.db.engine.connect() as conn:
        row = dict(conn.execute(select(member)).mappings().first() or {})
    with UnitOfWork(scene.db) as uow:
        uow.session.info["actor"] = SETUP
        uow.session.add(
            SyncConflict(
                id=CONFLICT_ID,
                kind=ConflictKind.EDIT,
                entity="member",
                entity_id=row["id"],
                version_a=row_json(row),
                site_a=scene.db.site_id,
                at_a=row["updated_at"],
                version_b=row_json({**row, "city": "无锡"}),
                site_b="laptop",
                at_b=row["updated_at"],
            )
        )
        uow.commit()


def _resolve_conflicts(uow: UnitOfWork, by: Actor, scene: Scene) -> Any:
    conflicts.resolve(uow, by, CONFLICT_ID, take_b=["city"])
    return True


@dataclass(frozen=True)
class Case:
    perform: Perform
    prepare: Callable[[Scene], None] | None = None


MATRIX: dict[Action, Case] = {
    Action.EDIT_MEMBERS: Case(_edit_members),
    Action.ARCHIVE_MEMBERS: Case(_archive_members, _with_member),
    Action.EDIT_ALLIANCES: Case(_edit_alliances),
    Action.EDIT_LISTINGS: Case(_edit_listings, _with_member),
    Action.VERIFY_LISTINGS: Case(_verify_listings, _with_submitted_listing),
    Action.WORK_MATCHES: Case(_work_matches, _with_published_pair),
    Action.EDIT_CONTRACTS: Case(_edit_contracts),
    Action.APPROVE_CONTRACTS: Case(_approve_contracts, _with_contract_in_review),
    Action.WORK_PROJECTS: Case(_work_projects, _with_running_project),
    Action.IMPORT_RECORDS: Case(_import_records),
    Action.EXPORT_RECORDS: Case(_export_records, _with_member),
    Action.MAKE_DEMO_DATA: Case(_make_demo_data),
    Action.MANAGE_USERS: Case(_manage_users),
    Action.VIEW_AUDIT: Case(_view_audit, _with_member),
    Action.BACK_UP: Case(_back_up, _with_member),
    Action.RESTORE: Case(_restore, _with_backup),
    # No settings service exists (the settings are a file on each computer): until one does,
    # the table itself is what this row proves.
    Action.CHANGE_SETTINGS: Case(_only_the_table(Action.CHANGE_SETTINGS)),
    Action.SYNC: Case(_sync, _with_copy),
    Action.COPY_OUT: Case(_copy_out, _with_empty_copy_file),
    Action.RESOLVE_CONFLICTS: Case(_resolve_conflicts, _with_conflict),
}
CHECKED_BY_THE_TABLE_ONLY = {Action.CHANGE_SETTINGS}
OTHER_CONNECTIONS = {Action.SYNC, Action.COPY_OUT}


def _row_counts(uow: UnitOfWork) -> dict[str, int]:
    return {
        table.name: int(uow.session.scalar(select(func.count()).select_from(table)) or 0)
        for table in Base.metadata.sorted_tables
    }


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.mark.parametrize("action", list(Action), ids=lambda a: a.name.lower())
@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_each_role_may_do_exactly_what_the_permission_table_says(
    database: Database, tmp_path: Path, role: Role, action: Action
) -> None:
    case = MATRIX[action]
    scene = Scene(database, tmp_path)
    if case.prepare:
        case.prepare(scene)
    actor = Actor(f"{role.value}-user", role)
    files = _files(tmp_path)
    with UnitOfWork(database) as uow:
        before = _row_counts(uow)
        if role in PERMISSIONS[action]:
            assert case.perform(uow, actor, scene)
            # Sync and copy-out write through their own connections; their calls check the work.
            if action not in CHECKED_BY_THE_TABLE_ONLY | {Action.VIEW_AUDIT, *OTHER_CONNECTIONS}:
                assert _row_counts(uow) != before or _files(tmp_path) != files  # work was done
            uow.commit()
            return
        with pytest.raises(PermissionDeniedError, match=f"may not {action.value}"):
            case.perform(uow, actor, scene)
        assert _row_counts(uow) == before  # nothing flushed, even inside this transaction
        assert not uow.session.new and not uow.session.dirty
    assert _files(tmp_path) - {"members.csv"} == files - {"members.csv"}


def test_a_permitted_write_is_saved_and_audited_in_the_actors_name(database: Database) -> None:
    scene = Scene(database, Path())
    _with_member(scene)
    with UnitOfWork(database) as uow:
        _archive_members(uow, Actor("clerk-li", Role.CLERK), scene)
        uow.commit()
    with UnitOfWork(database) as uow:
        newest = uow.session.execute(
            select(AuditEntry.actor, AuditEntry.entity, AuditEntry.entity_id)
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        ).one()
    assert tuple(newest) == ("clerk-li", "member", scene.member_id)


def test_every_action_has_a_row_in_the_matrix_and_the_table() -> None:
    missing = set(Action) - set(MATRIX)
    assert not missing, f"map these actions to a service call in MATRIX: {sorted(missing)}"
    assert set(PERMISSIONS) == set(Action)


def test_backup_and_restore_take_the_actor_they_check() -> None:
    for service in (
        backup.backup_database,
        backup.restore_database,
        backup_schedule.run_scheduled_backup,
    ):
        assert "by" in inspect.signature(service).parameters, service.__name__
    assert {a for a, c in MATRIX.items() if c.perform.__name__ == "check"} == (
        CHECKED_BY_THE_TABLE_ONLY
    )
