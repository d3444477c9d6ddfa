"""Who may do what: one table, checked by the services whatever the UI shows.

The UI asks `may(actor, action)` to hide or disable what a role cannot do; the services call
`require(actor, action)` and refuse with a PermissionDeniedError otherwise."""

from dataclasses import dataclass
from enum import StrEnum

from app.errors import DomainError, Joined
from app.models import Role


@dataclass(frozen=True)
class Actor:
    """Who does the work: recorded on every row written and in the audit trail; the role
    decides what they may do."""

    name: str
    role: Role = Role.CLERK

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("an actor needs a name")


class Action(StrEnum):
    EDIT_MEMBERS = "edit members"
    ARCHIVE_MEMBERS = "archive or restore members"
    EDIT_ALLIANCES = "edit alliances"
    EDIT_LISTINGS = "edit, submit, withdraw or archive listings"
    VERIFY_LISTINGS = "verify listings, publishing or returning them"
    WORK_MATCHES = "propose and follow matches"
    EDIT_CONTRACTS = "draft, edit and submit contracts"
    APPROVE_CONTRACTS = "approve or return contracts"
    WORK_PROJECTS = "follow projects: milestones, progress, problems and evaluations"
    IMPORT_RECORDS = "import records"
    EXPORT_RECORDS = "export records"
    MAKE_DEMO_DATA = "fill a database with demo data"
    MANAGE_USERS = "manage users"
    VIEW_AUDIT = "read and verify the audit trail"
    BACK_UP = "back up the database"
    RESTORE = "restore a backup"
    CHANGE_SETTINGS = "change the shared settings"
    SYNC = "sync a local copy with the shared database"
    COPY_OUT = "make a local copy of the shared database"
    RESOLVE_CONFLICTS = "resolve sync conflicts"


_EVERYONE_WHO_WORKS = frozenset({Role.CLERK, Role.SUPERVISOR, Role.ADMIN})
_SUPERVISORS = frozenset({Role.SUPERVISOR, Role.ADMIN})
_ADMINS = frozenset({Role.ADMIN})

PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.EDIT_MEMBERS: _EVERYONE_WHO_WORKS,
    Action.ARCHIVE_MEMBERS: _EVERYONE_WHO_WORKS,
    Action.EDIT_ALLIANCES: _EVERYONE_WHO_WORKS,
    Action.EDIT_LISTINGS: _EVERYONE_WHO_WORKS,
    Action.VERIFY_LISTINGS: _SUPERVISORS,
    Action.WORK_MATCHES: _EVERYONE_WHO_WORKS,
    Action.EDIT_CONTRACTS: _EVERYONE_WHO_WORKS,
    Action.APPROVE_CONTRACTS: _SUPERVISORS,
    Action.WORK_PROJECTS: _EVERYONE_WHO_WORKS,
    Action.IMPORT_RECORDS: _SUPERVISORS,
    Action.EXPORT_RECORDS: _EVERYONE_WHO_WORKS,
    Action.MAKE_DEMO_DATA: _ADMINS,
    Action.MANAGE_USERS: _ADMINS,
    Action.VIEW_AUDIT: _SUPERVISORS,
    Action.BACK_UP: _SUPERVISORS,
    Action.RESTORE: _ADMINS,
    Action.CHANGE_SETTINGS: _ADMINS,
    Action.SYNC: _EVERYONE_WHO_WORKS,
    Action.COPY_OUT: _EVERYONE_WHO_WORKS,
    Action.RESOLVE_CONFLICTS: _EVERYONE_WHO_WORKS,
}

ROLE_NAMES = {
    Role.VIEWER: "viewer",
    Role.CLERK: "clerk",
    Role.SUPERVISOR: "supervisor",
    Role.ADMIN: "administrator",
}


class PermissionDeniedError(DomainError):
    pass


def may(actor: Actor, action: Action) -> bool:
    return actor.role in PERMISSIONS[action]


def require(actor: Actor, action: Action) -> None:
    if not may(actor, action):
        allowed = sorted(ROLE_NAMES[r] for r in PERMISSIONS[action])
        raise PermissionDeniedError(
            "{name} is signed in as {role} and may not {action}; that needs the role of "
            "{allowed}. Ask an administrator if you need it.",
            name=actor.name,
            role=ROLE_NAMES[actor.role],
            action=action.value,
            allowed=Joined(tuple(allowed), " or "),
        )
