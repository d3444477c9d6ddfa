"""Logging to a file in the user's log folder; programming errors go there with tracebacks."""

import logging
import logging.handlers
import os
from pathlib import Path

from platformdirs import user_log_path


def log_dir() -> Path:
    override = os.environ.get("HELIX_DATA_DIR")
    return Path(override) / "logs" if override else user_log_path("Helix", appauthor=False)


def log_file() -> Path:
    return log_dir() / "helix.log"


def setup_logging(level: int = logging.INFO) -> Path:
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    return path
