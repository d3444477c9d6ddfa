"""Engines, sessions and migrations for the local SQLite file and the shared PostgreSQL server."""

import logging
import os
import sqlite3
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from platformdirs import user_data_path
from sqlalchemy import Engine, create_engine, event, make_url, select, text
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from app.errors import DatabaseTooNewError, DatabaseUnavailableError, DomainError
from app.models import SiteSetting

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs"}


def data_dir() -> Path:
    """The user's Helix data folder (created on demand, never at import)."""
    override = os.environ.get("HELIX_DATA_DIR")
    return Path(override) if override else user_data_path("Helix", appauthor=False)


def default_sqlite_path() -> Path:
    return data_dir() / "helix.sqlite"


def demo_sqlite_path() -> Path:
    return data_dir() / "helix-demo.sqlite"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def describe_url(url: str) -> str:
    """The URL as a clerk may see it: no password."""
    return make_url(url).render_as_string(hide_password=True)


def _on_network_share(path: Path) -> bool:
    resolved = str(path.resolve())
    if sys.platform == "win32":
        if resolved.startswith("\\\\"):
            return True
        import ctypes

        drive = os.path.splitdrive(resolved)[0] + "\\"
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 4)  # DRIVE_REMOTE
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    best, best_type = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
            best, best_type = parts[1], parts[2]
    return best_type in NETWORK_FILESYSTEMS


def make_engine(url: str, *, foreign_keys: bool = True, pooled: bool = True) -> Engine:
    """An engine for SQLite or PostgreSQL with Helix's connection settings."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url, foreign_keys=foreign_keys, pooled=pooled)
    if parsed.get_backend_name() != "postgresql":
        raise DomainError(
            "Helix works with a local SQLite file or a shared PostgreSQL database, "
            "not with {backend}. Check the database address in Settings.",
            backend=parsed.get_backend_name(),
        )
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    kwargs: dict[str, Any] = {"pool_pre_ping": True, "connect_args": {"connect_timeout": 5}}
    if not pooled:
        kwargs["poolclass"] = NullPool
    return create_engine(parsed, **kwargs)


def _sqlite_engine(url: str, *, foreign_keys: bool, pooled: bool) -> Engine:
    database = make_url(url).database
    if database and database != ":memory:":
        path = Path(database)
        if _on_network_share(path.parent if path.parent.exists() else Path.cwd()):
            raise DomainError(
                "The database file {path} is on a network drive. A SQLite file cannot be shared "
                "safely over a network; put it on this computer's disk, or connect to the "
                "office's shared PostgreSQL database in Settings.",
                path=str(path),
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DomainError(
                "The folder {folder} for the database file cannot be used ({reason}). Choose a "
                "database file in a folder of your own, in Settings or with --db.",
                folder=str(path.parent),
                reason=exc.strerror or str(exc),
            ) from exc
    kwargs: dict[str, Any] = {}
    if not pooled:
        kwargs["poolclass"] = NullPool
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Leave transaction control to SQLAlchemy (BEGIN below), so PRAGMAs run outside one.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def include_in_migrations(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic's filter: leave out what the models do not describe (SQLite's FTS5 tables)."""
    return not (type_ == "table" and name is not None and name.startswith("member_fts"))


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


class Database:
    """One open database: its engine, a session factory, and its migrations."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._site_id: str | None = None

    @classmethod
    def open(cls, url: str, *, upgrade: bool = True) -> "Database":
        """Open (and by default migrate) a database, with clear messages when that fails."""
        db = cls(url)
        try:
            if upgrade:
                db.upgrade()
            db.site_id  # noqa: B018 - reads (or creates) the site id, proving the schema is there
        except ProgrammingError as exc:
            db.dispose()
            if "permission denied" not in str(exc.orig).lower():
                raise
            raise DomainError(
                "The database {url} needs an upgrade that this account may not make. Ask the "
                "database administrator to run “helix --db <owner's address> db upgrade” as the "
                "owner role (see packaging/postgres-roles.sql), then start Helix again.",
                url=describe_url(url),
            ) from exc
        except OperationalError as exc:
            db.dispose()
            raise DatabaseUnavailableError(
                "Helix could not open the database {url}: {reason}. Check that the server is "
                "running and the address, user and password are right (Settings).",
                url=describe_url(url),
                reason=str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc),
            ) from exc
        except Exception:
            db.dispose()
            raise
        return db

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        database = self.engine.url.database
        return Path(database) if self.is_sqlite and database not in (None, "", ":memory:") else None

    @property
    def display_name(self) -> str:
        path = self.sqlite_path
        return str(path) if path else describe_url(self.url)

    def session(self) -> Session:
        return self._sessions()

    def dispose(self) -> None:
        self.engine.dispose()

    # -- migrations -------------------------------------------------------------------------

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def head_revision(self) -> str | None:
        return ScriptDirectory.from_config(alembic_config()).get_current_head()

    def pending_revisions(self) -> list[str]:
        script = ScriptDirectory.from_config(alembic_config())
        current = self.current_revision()
        self._refuse_unknown_revision(script, current)
        return [rev.revision for rev in script.iterate_revisions("head", current)]

    @staticmethod
    def _refuse_unknown_revision(script: ScriptDirectory, current: str | None) -> None:
        if current is None:
            return
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise DatabaseTooNewError(
                "This database was upgraded by a newer version of Helix (schema {revision}). "
                "Install the newer Helix on this computer before opening it.",
                revision=current,
            )

    def upgrade(self) -> list[str]:
        """Bring the schema to the newest revision; returns the revisions applied."""
        pending = self.pending_revisions()
        if not pending:
            return []
        path = self.sqlite_path
        if path is not None and path.exists() and self.current_revision() is not None:
            self.backup_sqlite_file(path, reason="before-upgrade")
        # Batch migrations rebuild tables: foreign keys off on that connection (FACTS.md).
        engine = make_engine(self.url, foreign_keys=False, pooled=False)
        try:
            with engine.connect() as conn:
                config = alembic_config()
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                conn.commit()
                if self.is_sqlite:
                    broken = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                    if broken:
                        raise DomainError(
                            "The database upgrade left broken references ({count}); the copy "
                            "made before the upgrade is next to the database file.",
                            count=len(broken),
                        )
        finally:
            engine.dispose()
        log.info("database %s upgraded: %s", self.display_name, ", ".join(reversed(pending)))
        return list(reversed(pending))

    @staticmethod
    def backup_sqlite_file(path: Path, *, reason: str) -> Path:
        """A consistent copy of a SQLite file beside it (online backup API)."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix}")
        source = sqlite3.connect(path)
        try:
            copy = sqlite3.connect(target)
            with copy:
                source.backup(copy)
            copy.close()
        finally:
            source.close()
        log.info("copied %s to %s", path, target)
        return target

    # -- site ---------------------------------------------------------------------------------

    @property
    def site_id(self) -> str:
        """This database's site id, stamped on every row it creates (sync tells sites apart)."""
        if self._site_id is None:
            with self.session() as session, session.begin():
                row = session.scalar(select(SiteSetting).where(SiteSetting.key == "site_id"))
                if row is None:
                    row = SiteSetting(key="site_id", value=str(uuid.uuid4()))
                    session.add(row)
                self._site_id = row.value
        return self._site_id


@contextmanager
def opened(url: str) -> Iterator[Database]:
    db = Database.open(url)
    try:
        yield db
    finally:
        db.dispose()


__all__ = [
    "Database",
    "data_dir",
    "default_sqlite_path",
    "demo_sqlite_path",
    "describe_url",
    "make_engine",
    "opened",
    "sqlite_url",
]
