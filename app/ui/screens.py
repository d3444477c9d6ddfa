"""The screens the main window offers, in navigation order. A later screen plugs in with one
`register_screen(ScreenSpec(...))`; its module is imported only when it is first opened.

A screen is a QWidget taking (ctx, parent). It may also have `activate()` (called each time it is
shown), `request_leave(then)` (run `then` once it may be left: unsaved changes saved or
discarded) and `save_state()` (store splitter / header state when the window closes). A spec's
`needs` names the permission without which the screen is not offered at all (Users for
administrators, Audit trail for supervisors).
"""

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.permissions import Action, Actor, may
from app.ui.context import AppContext

ScreenFactory = Callable[[AppContext, QWidget | None], QWidget]


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str  # English source text, translated in the "Screens" context
    factory: ScreenFactory
    icon: str = ""  # file name under resources/icons, optional
    needs: Action | None = None  # the permission the screen needs; None: everyone

    def translated_title(self) -> str:
        return QCoreApplication.translate("Screens", self.title)

    def offered_to(self, actor: Actor) -> bool:
        return self.needs is None or may(actor, self.needs)


def lazy(module: str, name: str) -> ScreenFactory:
    """A factory that imports `module` only when the screen is first opened."""

    def make(ctx: AppContext, parent: QWidget | None) -> QWidget:
        return getattr(importlib.import_module(module), name)(ctx, parent)

    return make


SCREENS: list[ScreenSpec] = [
    ScreenSpec(
        "home",
        QT_TRANSLATE_NOOP("Screens", "Home"),
        lazy("app.ui.home", "HomeScreen"),
        "home.svg",
    ),
    ScreenSpec(
        "registry",
        QT_TRANSLATE_NOOP("Screens", "Members"),
        lazy("app.ui.registry.screen", "RegistryScreen"),
        "members.svg",
    ),
    ScreenSpec(
        "alliances",
        QT_TRANSLATE_NOOP("Screens", "Alliances"),
        lazy("app.ui.alliances.screen", "AlliancesScreen"),
        "alliances.svg",
    ),
    ScreenSpec(
        "listings",
        QT_TRANSLATE_NOOP("Screens", "Listings"),
        lazy("app.ui.listings.screen", "ListingsScreen"),
        "listings.svg",
    ),
    ScreenSpec(
        "verification",
        QT_TRANSLATE_NOOP("Screens", "Verification"),
        lazy("app.ui.listings.verification", "VerificationScreen"),
        "verification.svg",
        needs=Action.VERIFY_LISTINGS,
    ),
    ScreenSpec(
        "matching",
        QT_TRANSLATE_NOOP("Screens", "Matching"),
        lazy("app.ui.matching.screen", "MatchingScreen"),
        "matching.svg",
    ),
    ScreenSpec(
        "matches",
        QT_TRANSLATE_NOOP("Screens", "Matches"),
        lazy("app.ui.matching.board", "MatchesScreen"),
        "matches.svg",
    ),
    ScreenSpec(
        "contracts",
        QT_TRANSLATE_NOOP("Screens", "Contracts"),
        lazy("app.ui.contracts.screen", "ContractsScreen"),
        "contracts.svg",
    ),
    ScreenSpec(
        "projects",
        QT_TRANSLATE_NOOP("Screens", "Projects"),
        lazy("app.ui.projects.screen", "ProjectsScreen"),
        "projects.svg",
    ),
    ScreenSpec(
        "reports",
        QT_TRANSLATE_NOOP("Screens", "Reports"),
        lazy("app.ui.reports.screen", "ReportsScreen"),
        "reports.svg",
    ),
]


def register_screen(spec: ScreenSpec, *, before: str | None = None) -> None:
    """Add a screen (Listings, Matching, Contracts, Projects…); replaces one with the same key."""
    SCREENS[:] = [s for s in SCREENS if s.key != spec.key]
    keys = [s.key for s in SCREENS]
    SCREENS.insert(keys.index(before) if before in keys else len(SCREENS), spec)


register_screen(
    ScreenSpec(
        "conflicts",
        QT_TRANSLATE_NOOP("Screens", "Conflicts"),
        lazy("app.ui.sync.conflicts_screen", "ConflictsScreen"),
        "conflicts.svg",
    )
)
register_screen(
    ScreenSpec(
        "audit",
        QT_TRANSLATE_NOOP("Screens", "Audit trail"),
        lazy("app.ui.audit_screen", "AuditScreen"),
        "audit.svg",
        needs=Action.VIEW_AUDIT,
    )
)
register_screen(
    ScreenSpec(
        "users",
        QT_TRANSLATE_NOOP("Screens", "Users"),
        lazy("app.ui.users", "UsersScreen"),
        "users.svg",
        needs=Action.MANAGE_USERS,
    )
)
