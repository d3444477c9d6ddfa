"""Backups and restores of the local SQLite file and the shared PostgreSQL database.

Two kinds of backup file:
- `.sqlite`: a copy of a SQLite database made with SQLite's online backup API (consistent while
  Helix runs). Restoring it replaces the database file.
- `.helixdump`: gzip'd JSON lines: a header, then every table's rows, read in one snapshot
  transaction. Made without pg_dump (clerks' PCs have no PostgreSQL client tools), for either
  engine, so the shared database can be restored into a laptop file and back. Restoring it
  replaces every row in one transaction. The format is in dump_format.py.

Every restore first makes a safety copy of what it replaces. Nothing is replaced when a check
fails. The caller closes its own connections to a SQLite file before restoring into it.
"""

import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from app.db import Database, alembic_config, describe_url, sqlite_url
from app.errors import DatabaseUnavailableError, DomainError
from app.models import Base
from app.services.dump_format import (
    DUMP_SUFFIX,
    NOTHING_REPLACED,
    BackupCancelledError,
    Batches,
    Cancelled,
    Progress,
    cancelled_error,
    dump_batches,
    not_a_backup,
    read_batches,
    read_header,
    read_site_id,
    write_dump,
)
from app.services.permissions import Action, Actor, require
from app.services.row_restore import replace_rows

log = logging.getLogger(__name__)


SQLITE_SUFFIXES = {".sqlite", ".sqlite3", ".db"}
SQLITE_MAGIC = b"SQLite format 3\x00"
GZIP_MAGIC = b"\x1f\x8b"
SQLITE_PAGES_PER_STEP = 1_024


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, as far as its header (or a quick look inside) tells."""

    path: Path
    kind: str  # "sqlite" (a database file) or "dump" (.helixdump)
    schema_revision: str | None
    created_at: datetime | None
    source: str  # the engine it came from: "sqlite" or "postgresql"
    database: str  # where it came from, as a clerk sees it ("" when unknown)
    site_id: str
    row_counts: dict[str, int] = field(default_factory=dict)
    size: int = 0

    @property
    def total_rows(self) -> int:
        return sum(self.row_counts.values())

    def summary(self) -> str:
        when = self.created_at.astimezone().strftime("%Y-%m-%d %H:%M") if self.created_at else "?"
        members = self.row_counts.get("member")
        held = f", {members} members" if members is not None else ""
        kind = "database file" if self.kind == "sqlite" else f"Helix dump of {self.source}"
        origin = f" {self.database}" if self.database else ""
        return (
            f"{self.path} ({kind}{origin}, made {when}, schema {self.schema_revision}, "
            f"{self.total_rows} rows{held}, {self.size / 1_000_000:.1f} MB)"
        )


@dataclass(frozen=True)
class RestoreResult:
    """What a restore replaced, with what, and where the copy of the replaced data is."""

    target: str
    backup: BackupInfo
    row_counts: dict[str, int]
    safety_copy: Path | None
    site_id_changed: bool

    def summary(self) -> str:
        lines = [f"Restored {self.target} from {self.backup.summary()}."]
        if self.safety_copy:
            lines.append(f"The database as it was before is saved in {self.safety_copy}.")
        if self.site_id_changed:
            lines.append(
                "The database now carries the site id of the backup's database: do not sync it "
                "beside that database as if it were another laptop."
            )
        return "\n".join(lines)


# -- backing up ---------------------------------------------------------------------------------


def backup_database(
    db: Database,
    target: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    by: Actor,
) -> BackupInfo:
    """A consistent copy of the open database in `target`, made while Helix keeps running.

    SQLite gives a `.sqlite` copy unless the target ends in `.helixdump`; PostgreSQL always a
    `.helixdump`. The file appears only when complete: a cancelled or failed backup leaves none.
    """
    require(by, Action.BACK_UP)
    return _write_backup(db, target, progress, cancelled)


def _write_backup(
    db: Database,
    target: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BackupInfo:
    target = Path(target)
    _refuse_overwriting_the_database(db, target)
    write = _backup_writer(db, target, progress, cancelled)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(target, write)
    except OSError as exc:
        raise DomainError(
            "The backup could not be written to {path} ({reason}). Choose a folder you may write "
            "to, with enough free space.",
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    info = inspect_backup(target)
    log.info("backed up %s to %s (%d rows)", db.display_name, target, info.total_rows)
    return info


def _backup_writer(
    db: Database, target: Path, progress: Progress | None, cancelled: Cancelled | None
) -> Callable[[Path], None]:
    """What writes the backup: SQLite's copy of the file, or a dump."""
    source = db.sqlite_path
    if db.is_sqlite and target.suffix.lower() != DUMP_SUFFIX:
        if source is None:
            raise DomainError("An in-memory database cannot be backed up to a file.")
        return lambda tmp: _copy_sqlite(source, tmp, progress, cancelled)
    if target.suffix.lower() in SQLITE_SUFFIXES:
        raise DomainError(
            "A backup of the shared database is a Helix dump: name the file {name} instead.",
            name=target.with_suffix(DUMP_SUFFIX).name,
        )
    return lambda tmp: write_dump(db, tmp, progress, cancelled)


def _refuse_overwriting_the_database(db: Database, target: Path) -> None:
    source = db.sqlite_path
    if source is None:
        return
    own = {source.resolve(), *(Path(f"{source.resolve()}{s}") for s in ("-wal", "-shm"))}
    if target.resolve() in own:
        raise DomainError(
            "{path} is the database itself; choose another file for the backup.", path=str(target)
        )


def _atomic_write(target: Path, write: Callable[[Path], None]) -> None:
    """Write to a temporary name beside the target, then rename; remove it on any failure."""
    tmp = target.with_name(f"{target.name}.part")
    try:
        write(tmp)
        os.replace(tmp, target)
    finally:
        for leftover in (tmp, Path(f"{tmp}-journal")):
            with suppress(FileNotFoundError):
                leftover.unlink()


def _copy_sqlite(
    source: Path, target: Path, progress: Progress | None, cancelled: Cancelled | None
) -> None:
    """SQLite's online backup, a batch of pages per step, into a self-contained file."""

    def step(_status: int, remaining: int, total: int) -> None:
        if cancelled and cancelled():
            raise cancelled_error()  # raised in the callback, it aborts the backup
        if progress:
            progress(total - remaining, total)

    if cancelled and cancelled():
        raise cancelled_error()
    src = sqlite3.connect(source)
    try:
        src.execute("PRAGMA busy_timeout=5000")
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, pages=SQLITE_PAGES_PER_STEP, progress=step)
            dst.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
        finally:
            dst.close()
    finally:
        src.close()


# -- values with their types, in JSON -----------------------------------------------------------


# -- looking at a backup ------------------------------------------------------------------------


def inspect_backup(path: Path) -> BackupInfo:
    """What a backup file holds; refuses a file that is not a Helix backup."""
    path = Path(path)
    try:
        with path.open("rb") as stream:
            magic = stream.read(16)
    except OSError as exc:
        raise DomainError(
            "The backup file {path} cannot be read ({reason})." + NOTHING_REPLACED,
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    if magic.startswith(SQLITE_MAGIC):
        return _inspect_sqlite(path)
    if magic.startswith(GZIP_MAGIC):
        return _inspect_dump(path)
    raise not_a_backup(path)


def _sqlite_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _inspect_sqlite(path: Path) -> BackupInfo:
    try:
        conn = _sqlite_readonly(path)
        try:
            names = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not {"alembic_version", "site_setting"} <= names:
                raise not_a_backup(path)
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None:
                raise not_a_backup(path)
            site = conn.execute("SELECT value FROM site_setting WHERE key='site_id'").fetchone()
            counts = {
                t.name: int(conn.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0])
                for t in Base.metadata.sorted_tables
                if t.name in names
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise not_a_backup(path) from exc
    stat = path.stat()
    return BackupInfo(
        path=path,
        kind="sqlite",
        schema_revision=revision[0],
        created_at=datetime.fromtimestamp(stat.st_mtime, UTC),
        source="sqlite",
        database="",
        site_id=site[0] if site else "",
        row_counts=counts,
        size=stat.st_size,
    )


def _inspect_dump(path: Path) -> BackupInfo:
    header = read_header(path)
    try:
        created = datetime.fromisoformat(header["created_at"])
        counts = {str(t["name"]): int(t["rows"]) for t in header["tables"]}
    except (KeyError, TypeError, ValueError) as exc:
        raise not_a_backup(path) from exc
    return BackupInfo(
        path=path,
        kind="dump",
        schema_revision=header.get("schema_revision"),
        created_at=created,
        source=str(header.get("source", "")),
        database=str(header.get("database", "")),
        site_id=str(header.get("site_id", "")),
        row_counts=counts,
        size=path.stat().st_size,
    )


# -- restoring ----------------------------------------------------------------------------------


def restore_database(
    db_url: str,
    source: Path,
    *,
    safety_copy_dir: Path,
    by: Actor,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RestoreResult:
    """Replace the database at `db_url` with the backup `source`, after a safety copy of it.

    A `.sqlite` backup into a SQLite file replaces the file; anything else replaces every row
    in one transaction. Refusals (not a backup, damaged, another schema) replace nothing.
    """
    require(by, Action.RESTORE)
    info = inspect_backup(Path(source))
    target = Database(db_url) if database_exists(db_url) else None
    try:
        if info.kind == "sqlite" and make_url(db_url).get_backend_name() == "sqlite":
            return _restore_sqlite_file(db_url, target, info, safety_copy_dir, progress, cancelled)
        return _restore_rows(db_url, target, info, safety_copy_dir, progress, cancelled)
    except OperationalError as exc:
        raise DatabaseUnavailableError(
            "Helix could not reach the database {url} ({reason})." + NOTHING_REPLACED,
            url=describe_url(db_url),
            reason=str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc),
        ) from exc
    finally:
        if target is not None:
            target.dispose()


def database_exists(db_url: str) -> bool:
    url = make_url(db_url)
    return url.get_backend_name() != "sqlite" or bool(url.database and Path(url.database).exists())


def _known_revisions() -> set[str]:
    return {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _safety_copy(target: Database | None, folder: Path) -> Path | None:
    """A backup of what a restore is about to replace (None when there is nothing to keep)."""
    if target is None or target.current_revision() is None:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = ".sqlite" if target.is_sqlite else DUMP_SUFFIX
    path = _unused(Path(folder), f"helix-before-restore-{stamp}", suffix)
    try:
        return _write_backup(target, path).path
    except (sqlite3.DatabaseError, DBAPIError, DomainError) as exc:
        raise DomainError(
            "No safety copy of {database} could be made ({reason}), so it was not replaced.",
            database=target.display_name,
            reason=str(exc).splitlines()[0],
        ) from exc


def _unused(folder: Path, stem: str, suffix: str) -> Path:
    """folder/stem+suffix, or stem-2, stem-3 … when a file of that name exists already."""
    path, n = folder / f"{stem}{suffix}", 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}{suffix}"
    return path


def _restore_sqlite_file(
    db_url: str,
    target: Database | None,
    info: BackupInfo,
    safety_dir: Path,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> RestoreResult:
    _verify_sqlite_backup(info)
    path = Path(make_url(db_url).database or "")
    old_site = _current_site(target)
    safety = _safety_copy(target, safety_dir)
    if target is not None:
        target.dispose()
    tmp = path.with_name(f"{path.name}.restoring")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _copy_sqlite(info.path, tmp, progress, cancelled)
        for stale in ("-wal", "-shm", "-journal"):
            with suppress(FileNotFoundError):
                Path(f"{path}{stale}").unlink()
        os.replace(tmp, path)
    except PermissionError as exc:
        raise DomainError(
            "The database file {path} is in use by another program (another Helix window?). "
            "Close it and restore again." + NOTHING_REPLACED,
            path=str(path),
        ) from exc
    except BackupCancelledError as exc:
        raise BackupCancelledError("The restore was cancelled." + NOTHING_REPLACED) from exc
    finally:
        with suppress(FileNotFoundError):
            tmp.unlink()
    log.info("restored %s from %s (safety copy %s)", path, info.path, safety)
    return RestoreResult(str(path), info, info.row_counts, safety, _changed(old_site, info))


def _verify_sqlite_backup(info: BackupInfo) -> None:
    conn = _sqlite_readonly(info.path)
    try:
        verdict = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        verdict = [str(exc)]
    finally:
        conn.close()
    if verdict != ["ok"]:
        raise DomainError(
            "The backup {path} is damaged (SQLite's integrity check: {problem})."
            + NOTHING_REPLACED,
            path=str(info.path),
            problem=verdict[0],
        )
    if info.schema_revision not in _known_revisions():
        raise _newer_backup(info)


def _newer_backup(info: BackupInfo) -> DomainError:
    return DomainError(
        "The backup {path} was made by a newer version of Helix (schema {revision}). Install "
        "that version to restore it." + NOTHING_REPLACED,
        path=str(info.path),
        revision=info.schema_revision,
    )


def _current_site(target: Database | None) -> str:
    if target is None or target.current_revision() is None:
        return ""
    with target.engine.connect() as conn:
        return read_site_id(conn)


def _changed(old_site: str, info: BackupInfo) -> bool:
    return bool(old_site) and bool(info.site_id) and old_site != info.site_id


def _restore_rows(
    db_url: str,
    target: Database | None,
    info: BackupInfo,
    safety_dir: Path,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> RestoreResult:
    current = target.current_revision() if target is not None else None
    _require_same_schema(info, current, target.display_name if target else describe_url(db_url))
    if target is not None and current is not None:
        return _replace_all_rows(target, info, safety_dir, progress, cancelled)
    if target is not None:
        target.dispose()
    fresh = Database.open(db_url)  # a new file or an empty database: give it the schema first
    try:
        return _replace_all_rows(fresh, info, None, progress, cancelled)
    finally:
        fresh.dispose()


def _replace_all_rows(
    target: Database,
    info: BackupInfo,
    safety_dir: Path | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> RestoreResult:
    old_site = _current_site(target)
    safety = _safety_copy(target, safety_dir) if safety_dir is not None else None
    with _row_source(info, cancelled) as batches:
        counts = replace_rows(target, batches, info.total_rows, progress)
    log.info("restored %s from %s (safety copy %s)", target.display_name, info.path, safety)
    return RestoreResult(target.display_name, info, counts, safety, _changed(old_site, info))


def _require_same_schema(info: BackupInfo, current: str | None, name: str) -> None:
    """Rows go back only into the schema they came from, which must be this Helix's."""
    known, head = _known_revisions(), _head_revision()
    if info.schema_revision not in known:
        raise _newer_backup(info)
    if current is not None and current not in known:
        raise DomainError(
            "The database {name} was upgraded by a newer version of Helix; restore with that "
            "version." + NOTHING_REPLACED,
            name=name,
        )
    if current is not None and current != head:
        raise DomainError(
            "The database {name} is at schema {current}, older than this Helix ({head}). "
            "Upgrade it first (helix db upgrade), then restore." + NOTHING_REPLACED,
            name=name,
            current=current,
            head=head,
        )
    if info.schema_revision != head:
        raise DomainError(
            "The backup {path} has schema {revision}, the database {head}: rows restore only "
            "into the same schema. Restore it with the Helix version that made it (into a new "
            "local file), upgrade that file, and back it up again." + NOTHING_REPLACED,
            path=str(info.path),
            revision=info.schema_revision,
            head=head,
        )


@contextmanager
def _row_source(info: BackupInfo, cancelled: Cancelled | None) -> Iterator[Batches]:
    """Every table's rows, in batches, from a dump or (read through a copy) a database file."""

    def checked(batches: Batches) -> Batches:
        for batch in batches:
            if cancelled and cancelled():
                raise BackupCancelledError("The restore was cancelled." + NOTHING_REPLACED)
            yield batch

    if info.kind == "dump":
        yield checked(dump_batches(info.path))
        return
    with tempfile.TemporaryDirectory(prefix="helix-restore-") as folder:
        copy = Path(folder) / "backup.sqlite"
        shutil.copyfile(info.path, copy)  # reading must not touch the backup itself
        engine = create_engine(sqlite_url(copy))
        try:
            with engine.connect() as conn:
                yield checked(_database_batches(conn))
        finally:
            engine.dispose()


def _database_batches(conn: Connection) -> Batches:
    for table in Base.metadata.sorted_tables:
        names = [c.name for c in table.columns]
        for rows in read_batches(conn, table):
            yield table, [dict(zip(names, row, strict=True)) for row in rows]


__all__ = [
    "DUMP_SUFFIX",
    "BackupCancelledError",
    "BackupInfo",
    "RestoreResult",
    "backup_database",
    "inspect_backup",
    "restore_database",
]
