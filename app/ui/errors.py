"""How errors reach a clerk: a DomainError's own sentence (translated), anything else as a short
message that points to the log file; never a traceback on screen."""

import logging
import sys
from collections.abc import Iterable
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import DomainError, Joined, Problem, ValidationError
from app.logs import log_file

log = logging.getLogger(__name__)
SEPARATORS = (
    QT_TRANSLATE_NOOP("Helix", ", "),
    QT_TRANSLATE_NOOP("Helix", "; "),
    QT_TRANSLATE_NOOP("Helix", " or "),
)
"""How the UI joins the items of a Joined value (app.errors.Joined), in the UI language."""


def _value(value: object) -> object:
    """A value filled into a translated template: a Problem translated in turn; a stored word a
    service names ("published", "clerk") in the context "Values"; anything else (names, numbers,
    user text, which have no entry there) as it is."""
    if isinstance(value, Problem):
        return field_message(value)
    if isinstance(value, Joined):
        separator = QCoreApplication.translate("Helix", value.separator)
        return separator.join(str(_value(item)) for item in value.items)
    if isinstance(value, str) and value:
        return QCoreApplication.translate("Values", value)
    return value


def _filled(template: str, params: dict[str, object], english: str) -> str:
    """The template translated and filled in; the English sentence when the translation does
    not fit its parameters."""
    translated = QCoreApplication.translate("Helix", template)
    try:
        return (
            translated.format(**{k: _value(v) for k, v in params.items()}) if params else translated
        )
    except (KeyError, IndexError, ValueError):
        log.warning("translation of %r does not fit its parameters", template)
        return english


def field_message(text: str) -> str:
    """A field's or import row's message in the UI language: a Problem's template translated,
    then filled in (a parameter that is itself a Problem is translated too); plain text as is
    looked up."""
    if not isinstance(text, Problem):
        return QCoreApplication.translate("Helix", text)
    return _filled(text.template, text.params, str(text))


def messages_joined(messages: Iterable[str], separator: str = "; ") -> str:
    """Several messages (a match's reasons) in the UI language, joined the UI language's way."""
    sep = QCoreApplication.translate("Helix", separator) if separator.strip() else separator
    return sep.join(field_message(message) for message in messages)


def domain_message(exc: DomainError) -> str:
    """The error's sentence in the UI language: the template is translated, then filled in."""
    params = exc.params
    if isinstance(exc, ValidationError):
        lines = "\n".join(f"• {field_message(text)}" for text in exc.fields.values())
        params = {**params, "lines": lines}
    return _filled(exc.template, params, exc.message)


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
