"""Unit of work: one session per user action; commits only when told, rolls back otherwise."""

from types import TracebackType
from typing import Any, Self

from sqlalchemy import event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.db import Database
from app.errors import DatabaseUnavailableError, NotFoundError, StaleRecordError
from app.models import Role, SyncMixin
from app.services import audit
from app.services.permissions import Action, Actor, require

SYSTEM = Actor("system", Role.ADMIN)


class UnitOfWork:
    """`with UnitOfWork(db) as uow: ...; uow.commit()` — leaving without commit rolls back."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.session: Session

    def __enter__(self) -> Self:
        self.session = self.db.session()
        self.session.info["site_id"] = self.db.site_id
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()
        if isinstance(exc, OperationalError) and exc.connection_invalidated:
            raise lost_connection(exc) from exc

    def acting(self, actor: Actor, action: Action) -> None:
        """Check that the actor may do this; every row flushed from now on is stamped with the
        actor and audited in their name."""
        require(actor, action)
        self.session.info["actor"] = actor

    def flush(self) -> None:
        try:
            self.session.flush()
        except StaleDataError as exc:
            raise stale_record() from exc
        except OperationalError as exc:
            raise database_trouble(exc) from exc

    def commit(self) -> None:
        try:
            self.session.commit()
        except StaleDataError as exc:
            raise stale_record() from exc
        except OperationalError as exc:
            raise database_trouble(exc) from exc


def live_record[T: SyncMixin](uow: UnitOfWork, model: type[T], record_id: str, what: str) -> T:
    """A record that exists and is not a tombstone, or a NotFoundError naming `what` it was."""
    record = uow.session.get(model, record_id)
    if record is None or record.deleted_at is not None:
        raise NotFoundError(
            "This {what} no longer exists; it may have been deleted elsewhere. Refresh the list.",
            what=what,
        )
    return record


def stale_record() -> StaleRecordError:
    return StaleRecordError(
        "Someone else saved this record after you opened it. Your changes were not saved; "
        "they are still in the form. Reload the record to see the other changes, then make "
        "yours again."
    )


def database_trouble(exc: OperationalError) -> DatabaseUnavailableError:
    if "locked" in str(exc.orig).lower():
        return DatabaseUnavailableError(
            "The database is busy with another save. Nothing was saved; try again in a moment."
        )
    return lost_connection(exc)


def lost_connection(exc: DBAPIError) -> DatabaseUnavailableError:
    return DatabaseUnavailableError(
        "The connection to the database was lost, so the last action was not saved. "
        "Check the network, then try again; what you typed is kept."
    )


@event.listens_for(Session, "before_flush")
def _stamp_rows(session: Session, _context: Any, _instances: Any) -> None:
    """Stamp updated_by and origin_site on every syncable row being written."""
    changed = [obj for obj in (*session.new, *session.dirty) if isinstance(obj, SyncMixin)]
    if not changed:
        return
    actor = session.info.get("actor")
    if actor is None:
        raise RuntimeError("a syncable row was written without an actor (call uow.acting)")
    for obj in changed:
        if obj in session.new and not obj.origin_site:
            obj.origin_site = session.info.get("site_id", "")
        if obj in session.new or session.is_modified(obj, include_collections=False):
            obj.updated_by = actor.name
    audit.record_flush(session, actor.name)
