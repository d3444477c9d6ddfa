"""The About box: Helix's version, the database in use (never its password), the Python and Qt
versions, and the libraries Helix bundles with their licences, read from the installed packages'
metadata so that the list follows pyproject.toml without being kept by hand, plus the bundled
files that are no Python package (the PDF font in resources/fonts)."""

import platform
import re
from dataclasses import dataclass
from importlib import metadata

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import app
from app.resources import resource_path
from app.ui.context import AppContext

DISTRIBUTION = "helix"
REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
EXTRA_MARKER = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str


def _wanted(requirement: str, extras: set[str]) -> tuple[str, set[str]] | None:
    """The name and extras a requirement line asks for, or None when it belongs to an extra
    that was not asked for (test tools, optional backends)."""
    spec, _, marker = requirement.partition(";")
    extra = EXTRA_MARKER.search(marker)
    if extra is not None and extra.group(1) not in extras:
        return None
    found = REQUIREMENT.match(spec)
    if found is None:
        return None
    wanted_extras = {e.strip() for e in (found.group(2) or "").split(",") if e.strip()}
    return found.group(1), wanted_extras


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def bundled_distributions(root: str = DISTRIBUTION) -> list[metadata.Distribution]:
    """Every installed distribution Helix needs, directly or through another one. Without
    Helix's own metadata (a frozen build that did not copy it): every distribution found."""
    try:
        metadata.distribution(root)
    except metadata.PackageNotFoundError:
        every = {_normal(d.metadata["Name"] or ""): d for d in metadata.distributions()}
        return sorted(every.values(), key=lambda d: (d.metadata["Name"] or "").lower())
    found: dict[str, metadata.Distribution] = {}
    seen: set[tuple[str, frozenset[str]]] = set()
    pending: list[tuple[str, set[str]]] = [(root, set())]
    while pending:
        name, extras = pending.pop()
        if (_normal(name), frozenset(extras)) in seen:
            continue
        seen.add((_normal(name), frozenset(extras)))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a platform-specific dependency not installed here
        if _normal(name) != _normal(root):
            found[_normal(name)] = dist
        for requirement in dist.requires or []:
            wanted = _wanted(requirement, extras)
            if wanted is not None:
                pending.append(wanted)
    return sorted(found.values(), key=lambda d: (d.metadata["Name"] or "").lower())


def licence_of(dist: metadata.Distribution) -> str:
    """The SPDX expression, else a short License field, else the licence classifier."""
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 60:
        return text
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return "; ".join(c.split(" :: ")[-1] for c in classifiers)
    return text.splitlines()[0][:60] if text else ""


# Bundled files without package metadata: (file under resources/, name, version, licence). The
# licence texts and notices are next to each file (resources/fonts/README.md).
BUNDLED_FILES = [
    (("fonts", "wqy-microhei.ttc"), "WenQuanYi Micro Hei", "0.2.0-beta", "Apache-2.0"),
]


def bundled_files() -> list[Library]:
    """The entries of BUNDLED_FILES whose file is there."""
    return [
        Library(name, version, licence)
        for parts, name, version, licence in BUNDLED_FILES
        if resource_path(*parts).is_file()
    ]


def bundled_libraries() -> list[Library]:
    libraries = [
        Library(d.metadata["Name"] or "", d.version, licence_of(d)) for d in bundled_distributions()
    ]
    return sorted([*libraries, *bundled_files()], key=lambda library: library.name.lower())


def helix_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # a frozen build without the package metadata
        return app.__version__


class AboutDialog(QDialog):
    """What Helix is, which database it works on, and what it is built from."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Helix"))
        self.resize(640, 520)
        self.summary = QLabel(self.summary_text(ctx))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.libraries = self._library_table(bundled_libraries())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Libraries bundled with Helix and their licences:")))
        layout.addWidget(self.libraries, 1)
        layout.addWidget(buttons)

    def summary_text(self, ctx: AppContext) -> str:
        return self.tr(
            "Helix {version}\nMember registry, listings, matching, contracts and projects of "
            "the technology-transfer office.\n\nDatabase: {database}\nWorking as: {user}\n"
            "Python {python}, Qt {qt}, PySide6 {pyside}"
        ).format(
            version=helix_version(),
            database=ctx.db.display_name,
            user=ctx.actor.name,
            python=platform.python_version(),
            qt=qVersion(),
            pyside=PySide6.__version__,
        )

    def _library_table(self, libraries: list[Library]) -> QTableWidget:
        table = QTableWidget(len(libraries), 3)
        table.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence")]
        )
        for row, library in enumerate(libraries):
            for column, text in enumerate((library.name, library.version, library.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return table

    def licence_of(self, name: str) -> str | None:
        """The licence the table shows for a library (tests, and a clerk's support call)."""
        for row in range(self.libraries.rowCount()):
            library, licence = self.libraries.item(row, 0), self.libraries.item(row, 2)
            if library and licence and _normal(library.text()) == _normal(name):
                return licence.text()
        return None
