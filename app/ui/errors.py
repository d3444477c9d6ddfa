"""How errors reach a clerk: a DomainError's own sentence (translated), anything else as a short
message that points to the log file; never a traceback on screen."""

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import DomainError
from app.logs import log_file

log = logging.getLogger(__name__)


def domain_message(exc: DomainError) -> str:
    """The error's sentence in the UI language: the template is translated, then filled in."""
    template = QCoreApplication.translate("Helix", exc.template)
    try:
        return template.format(**exc.params) if exc.params else template
    except (KeyError, IndexError, ValueError):
        log.warning("translation of %r does not fit its parameters", exc.template)
        return exc.message


def unexpected_message() -> str:
    return QCoreApplication.translate(
        "Errors",
        "Something went wrong that Helix did not expect. What you were doing may not have "
        "been saved. The details are in {log}; please send that file to your administrator.",
    ).format(log=str(log_file()))


class MessageBox:
    """Every message Helix shows goes through here (tests replace `show` to read it)."""

    @classmethod
    def show(cls, parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the clerk what went wrong: DomainErrors in their own words, the rest via the log."""
    if isinstance(exc, DomainError):
        MessageBox.show(
            parent,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Errors", "Helix"),
            domain_message(exc),
        )
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    MessageBox.show(
        parent,
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Errors", "Helix"),
        unexpected_message(),
    )


def show_info(parent: QWidget | None, text: str) -> None:
    MessageBox.show(
        parent, QMessageBox.Icon.Information, QCoreApplication.translate("Errors", "Helix"), text
    )


def install_exception_hook() -> None:
    """Uncaught exceptions in slots and callbacks: logged with the traceback, a short message."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        try:
            show_error(None, exc)
        except Exception:
            log.exception("could not show the error message")

    sys.excepthook = hook
