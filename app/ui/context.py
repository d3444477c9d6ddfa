"""What every screen needs: the open database, who is acting, and the UI language."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale

from app.db import Database
from app.services.uow import Actor, UnitOfWork


@dataclass
class AppContext:
    """Handed to each screen; reads and writes go through services in one unit of work."""

    db: Database
    actor: Actor
    demo: bool = False  # the demo database: signed in as its demo user, no password

    @property
    def language(self) -> str:
        """ "zh" when the UI runs in Chinese, else "en" (sector names, taxonomy labels)."""
        return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"

    def read(self, service: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a read-only service in its own unit of work (rolled back on leaving)."""
        with UnitOfWork(self.db) as uow:
            return service(uow, *args, **kwargs)

    def write(self, service: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a writing service and commit; an exception rolls everything back."""
        with UnitOfWork(self.db) as uow:
            result = service(uow, *args, **kwargs)
            uow.commit()
            return result
