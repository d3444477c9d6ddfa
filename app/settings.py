"""User settings, declared once with their type and default; kept as JSON in the config folder.

Window geometry and other saved view state live in QSettings (app/ui), not here.
"""

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_config_path

from app.db import default_sqlite_path, demo_sqlite_path, sqlite_url

if TYPE_CHECKING:
    from app.services.matching import Weights

log = logging.getLogger(__name__)


def config_dir() -> Path:
    override = os.environ.get("HELIX_DATA_DIR")
    return Path(override) if override else user_config_path("Helix", appauthor=False)


@dataclass
class Settings:
    # Shared PostgreSQL URL, e.g. postgresql+psycopg://clerk@db.office.local/helix. Empty: the
    # local SQLite file. The password is never stored here.
    database_url: str = ""
    # UI language as a Qt locale name ("zh_CN", "en"); empty follows the system.
    language: str = ""
    # Daily automatic backup of the local SQLite file (app/services/backup.py): the folder
    # (empty: the backups folder in the data folder), how many to keep, and when the last ran
    # (ISO 8601, UTC).
    backup_enabled: bool = True
    backup_folder: str = ""
    backup_keep: int = 14
    last_backup_at: str = ""
    # Matching weights as JSON {"text": 0.55, "sector": 0.15, …} (app.services.matching's
    # PART_KEYS); empty: the engine's defaults.
    match_weights: str = ""
    # Folder of the certificates (PEM/DER) the office trusts for digital signatures on contracts;
    # empty: `trusted-certificates` in the configuration folder (app/services/contract_verify.py).
    trusted_certificates: str = ""

    def matching_weights(self) -> dict[str, float]:
        """The stored matching weights (only well-formed numbers; empty when none are set)."""
        try:
            raw = json.loads(self.match_weights) if self.match_weights else {}
        except ValueError:
            log.warning("matching weights %r unreadable; using the defaults", self.match_weights)
            return {}
        if not isinstance(raw, dict):
            return {}
        return {
            str(k): float(v)
            for k, v in raw.items()
            if isinstance(v, int | float) and not isinstance(v, bool) and v >= 0
        }

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> "Settings":
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", cls.path(), exc)
            return cls()
        if not isinstance(raw, dict):
            log.warning("settings file %s holds no settings; using defaults", cls.path())
            return cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name in raw:
                value = _as_declared(f.type, raw[f.name])
                if value is _IGNORED:
                    log.warning(
                        "setting %s=%r is not a %s; using the default", f.name, raw[f.name], f.type
                    )
                else:
                    values[f.name] = value
        return cls(**values)

    def save(self) -> None:
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)


_IGNORED = object()


def _as_declared(kind: object, value: object) -> object:
    """A value from the settings file as its field's declared type (str, bool or int), or
    _IGNORED. Hand-edited files may say "true" or "14"; those are taken too."""
    if kind is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
    elif kind is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            return int(value)
    elif kind is str and isinstance(value, str):
        return value
    return _IGNORED


def resolve_database_url(cli_url: str | None = None, *, demo: bool = False) -> str:
    """Which database to open: --db, then HELIX_DB_URL, then Settings, then the local file."""
    if cli_url:
        return cli_url
    if demo:
        return sqlite_url(demo_sqlite_path())
    env = os.environ.get("HELIX_DB_URL")
    if env:
        return env
    return Settings.load().database_url or sqlite_url(default_sqlite_path())


def configured_weights(settings: Settings | None = None) -> "Weights":
    """The matching weights Settings hold, or the engine's defaults when none (or unusable
    ones, such as all 0) are stored. Used by the matching screens and `helix match`."""
    from app.services.matching import DEFAULT_WEIGHTS, Weights

    stored = (settings or Settings.load()).matching_weights()
    try:
        return Weights.from_mapping(stored) if stored else DEFAULT_WEIGHTS
    except ValueError:
        return DEFAULT_WEIGHTS
