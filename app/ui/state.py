"""Saved window state (geometry, splitters, table headers) in QSettings, apart from Settings."""

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

ORGANIZATION = "Helix"
APPLICATION = "Helix"


def view_state() -> QSettings:
    """The QSettings store for view state; inside HELIX_DATA_DIR when that is set (tests)."""
    override = os.environ.get("HELIX_DATA_DIR")
    if override:
        return QSettings(str(Path(override) / "view-state.ini"), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def _bytes(value: object) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_geometry(key: str, widget: QWidget) -> None:
    view_state().setValue(f"{key}/geometry", widget.saveGeometry())


def restore_geometry(key: str, widget: QWidget) -> bool:
    value = _bytes(view_state().value(f"{key}/geometry"))
    return value is not None and widget.restoreGeometry(value)


def save_splitter(key: str, splitter: QSplitter) -> None:
    view_state().setValue(f"{key}/splitter", splitter.saveState())


def restore_splitter(key: str, splitter: QSplitter) -> bool:
    value = _bytes(view_state().value(f"{key}/splitter"))
    return value is not None and splitter.restoreState(value)


def save_header(key: str, header: QHeaderView) -> None:
    view_state().setValue(f"{key}/header", header.saveState())


def restore_header(key: str, header: QHeaderView) -> bool:
    value = _bytes(view_state().value(f"{key}/header"))
    return value is not None and header.restoreState(value)
