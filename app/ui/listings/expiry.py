"""Automatic expiry: when Helix starts, published listings whose validity has ended become
expired (in the background; the status bar says how many)."""

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from app.models import utcnow
from app.services import listings
from app.services.uow import SYSTEM
from app.ui.context import AppContext
from app.ui.workers import TaskHandle, run_task

MESSAGE_MS = 15000
log = logging.getLogger(__name__)


def expire_listings_now(window: QMainWindow, ctx: AppContext) -> TaskHandle:
    """Expire what is due; the entries in the audit trail name "system" as the actor."""

    def done(count: int) -> None:
        if count:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Expiry",
                    "%n listing(s) reached the end of their validity and expired.",
                    "",
                    count,
                ),
                MESSAGE_MS,
            )

    def failed(exc: BaseException) -> None:
        # Not worth a dialog at start-up: the next start tries again; the log keeps the cause.
        log.warning("automatic expiry failed: %s", exc)

    return run_task(lambda: ctx.write(listings.expire_due_listings, utcnow(), SYSTEM), done, failed)
