"""The daily automatic backup of the local database file: due once a calendar day, named
helix-YYYYmmdd-HHMMSS.sqlite in the backup folder, the newest `keep` kept."""

import logging
import re
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import Protocol

from app.db import Database, data_dir
from app.errors import DomainError
from app.services.backup import BackupInfo, _unused, _write_backup, inspect_backup
from app.services.dump_format import Cancelled, Progress
from app.services.permissions import Action, Actor, require

log = logging.getLogger(__name__)
SCHEDULED_NAME = re.compile(r"^helix-(\d{8}-\d{6})(?:-(\d+))?\.sqlite$")


class BackupSettings(Protocol):
    backup_enabled: bool
    backup_folder: str
    backup_keep: int
    last_backup_at: str


def backup_folder(settings: BackupSettings) -> Path:
    """Where automatic backups (and restore's safety copies) go: the setting, or data/backups."""
    return Path(settings.backup_folder) if settings.backup_folder else data_dir() / "backups"


def backup_due(settings: BackupSettings, now: datetime) -> bool:
    """True when automatic backups are on and none was made yet today (local calendar day)."""
    if not settings.backup_enabled:
        return False
    try:
        last = datetime.fromisoformat(settings.last_backup_at)
    except ValueError:
        return True
    last_local, now_local = last.astimezone(), now.astimezone()
    return last_local.date() < now_local.date() or last_local > now_local


def scheduled_backups(folder: Path) -> list[Path]:
    """The automatic backups in a folder, oldest first (other files there are left alone)."""
    found = []
    for path in Path(folder).glob("helix-*.sqlite"):
        match = SCHEDULED_NAME.match(path.name)
        if match:
            found.append(((match[1], int(match[2] or 0)), path))
    return [path for _key, path in sorted(found)]


def run_scheduled_backup(
    db: Database,
    folder: Path,
    keep: int,
    *,
    by: Actor,
    now: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BackupInfo:
    """Back up the local database as helix-YYYYmmdd-HHMMSS.sqlite; keep only the newest `keep`.

    The daily automatic backup runs as uow.SYSTEM, whoever is signed in."""
    require(by, Action.BACK_UP)
    if not db.is_sqlite:
        raise DomainError(
            "Automatic backups are for the local database file; the shared database is backed "
            "up on its server (or with “helix backup FILE.helixdump”)."
        )
    folder = Path(folder)
    stamp = (now or datetime.now()).astimezone().strftime("%Y%m%d-%H%M%S")
    target = _unused(folder, f"helix-{stamp}", ".sqlite")
    info = _write_backup(db, target, progress, cancelled)
    for old in scheduled_backups(folder)[: -max(keep, 1)]:
        with suppress(FileNotFoundError):
            old.unlink()
            log.info("removed old backup %s", old)
    return info


def last_backup(folder: Path) -> BackupInfo | None:
    """The newest readable automatic backup in the folder, or None."""
    for path in reversed(scheduled_backups(folder)):
        with suppress(DomainError):
            return inspect_backup(path)
    return None


__all__ = [
    "backup_due",
    "backup_folder",
    "last_backup",
    "run_scheduled_backup",
    "scheduled_backups",
]
