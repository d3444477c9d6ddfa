"""One place that knows where resources/ lives: source checkout, editable install, frozen build."""

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, wherever Helix runs from."""
    if getattr(sys, "frozen", False):
        base = Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    else:
        base = Path(__file__).resolve().parent.parent / "resources"
    return base.joinpath(*parts)
