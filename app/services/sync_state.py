"""What a database knows about sync: whether it is a copy and of what, its part, its series,
when it last synced, and the checks made before two databases exchange anything."""

import json
from datetime import datetime

from alembic.script import ScriptDirectory
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from app.db import Database, alembic_config, describe_url
from app.errors import DatabaseUnavailableError, DomainError
from app.models import (
    AuditChainHead,
    AuditEntry,
    ConflictStatus,
    Member,
    SiteSetting,
    SyncConflict,
    SyncRun,
)
from app.services.sync import CopyInfo, CopyScope
from app.services.uow import UnitOfWork

COPY_OF = "copy_of"  # the address (no password) of the database this one is a copy of
COPY_OF_SITE = "copy_of_site"
COPY_SCOPE = "copy_scope"
COPIED_AT = "copied_at"
SENT_UP_TO = "sent_up_to"  # the last of this site's entries the shared database confirmed


def setting(uow: UnitOfWork, key: str) -> str | None:
    row = uow.session.get(SiteSetting, key)
    return row.value if row else None


def put_setting(uow: UnitOfWork, key: str, value: str) -> None:
    row = uow.session.get(SiteSetting, key)
    if row is None:
        uow.session.add(SiteSetting(key=key, value=value))
    else:
        row.value = value


def scope_from_json(text: str | None) -> CopyScope:
    data = json.loads(text) if text else {}
    return CopyScope(
        tuple(data.get("regions", ())),
        tuple(data.get("sectors", ())),
        tuple(data.get("alliances", ())),
    )


def scope_to_json(scope: CopyScope) -> str:
    data = {"regions": scope.regions, "sectors": scope.sectors, "alliances": scope.alliances}
    return json.dumps(data, ensure_ascii=False)


def copy_scope(uow: UnitOfWork) -> CopyScope | None:
    """The part this copy holds (None: not a copy)."""
    if setting(uow, COPY_OF) is None:
        return None
    return scope_from_json(setting(uow, COPY_SCOPE))


def is_copy(uow: UnitOfWork) -> bool:
    return setting(uow, COPY_OF) is not None


def known_sites(uow: UnitOfWork) -> dict[str, int]:
    """How far this database has seen every site's chain (its watermarks)."""
    return {h.site_id: h.last_seq for h in uow.session.scalars(select(AuditChainHead))}


def copy_info(uow: UnitOfWork) -> CopyInfo | None:
    remote = setting(uow, COPY_OF)
    if remote is None:
        return None
    site_id = uow.session.info.get("site_id", "")
    last_sync = uow.session.scalar(
        select(func.max(SyncRun.finished_at)).where(
            SyncRun.kind == "sync", SyncRun.outcome == "done"
        )
    )
    own = known_sites(uow).get(site_id, 0)
    sent = int(setting(uow, SENT_UP_TO) or 0)
    copied_at = setting(uow, COPIED_AT)
    return CopyInfo(
        remote=remote,
        remote_site=setting(uow, COPY_OF_SITE) or "",
        scope=scope_from_json(setting(uow, COPY_SCOPE)),
        series=setting(uow, "number_series") or "",
        copied_at=datetime.fromisoformat(copied_at) if copied_at else datetime.min,
        last_sync=last_sync,
        unsent=_changes_after(uow, site_id, sent) if own > sent else 0,
        open_conflicts=open_conflicts(uow),
    )


def _changes_after(uow: UnitOfWork, site_id: str, seq: int) -> int:
    stmt = select(func.count(func.distinct(AuditEntry.entity_id))).where(
        AuditEntry.site_id == site_id, AuditEntry.seq > seq
    )
    return int(uow.session.scalar(stmt) or 0)


def open_conflicts(uow: UnitOfWork) -> int:
    stmt = select(func.count()).where(
        SyncConflict.status == ConflictStatus.OPEN, SyncConflict.deleted_at.is_(None)
    )
    return int(uow.session.scalar(stmt) or 0)


def has_records(uow: UnitOfWork) -> bool:
    return uow.session.scalar(select(func.count()).select_from(Member)) != 0


# -- before two databases meet -------------------------------------------------------------


def open_remote(url: str) -> Database:
    try:
        remote = Database(url)
        check_schema(remote)
        remote.site_id  # noqa: B018 - proves the database answers and has Helix's tables
    except OperationalError as exc:
        raise DatabaseUnavailableError(
            "Helix could not reach the shared database {url}: {reason}. Check the network and "
            "the address, user and password, then sync again. Nothing was changed.",
            url=describe_url(url),
            reason=str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc),
        ) from exc
    return remote


def check_schema(remote: Database) -> None:
    """The other database must have exactly this Helix's schema."""
    current, head = remote.current_revision(), remote.head_revision()
    if current == head:
        return
    known = current in _known_revisions()
    if current is None:
        raise DomainError(
            "{url} is not a Helix database (it has no Helix tables). Check the address.",
            url=remote.display_name,
        )
    if not known:
        raise DomainError(
            "The database {url} was upgraded by a newer version of Helix (schema {theirs}; this "
            "Helix has {ours}). Install the newer Helix on this computer first, then sync again. "
            "Nothing was changed.",
            url=remote.display_name,
            theirs=current,
            ours=head,
        )
    raise DomainError(
        "The database {url} has an older schema ({theirs}) than this Helix ({ours}). Upgrade it "
        "first (“helix --db <its address> db upgrade”, by whoever looks after it), then sync "
        "again. Nothing was changed.",
        url=remote.display_name,
        theirs=current,
        ours=head,
    )


def _known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def check_schemas(local: Database, remote: Database) -> None:
    check_schema(local)
    check_schema(remote)
    if local.site_id == remote.site_id:
        raise DomainError(
            "{url} is this very database: choose the shared database to sync with.",
            url=remote.display_name,
        )
