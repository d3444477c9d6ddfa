"""Questions put to the clerk. Each is a class with an `ask()` classmethod so that tests can
answer it by monkeypatching, and no modal dialog is ever left open."""

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import DatabaseUnavailableError
from app.ui.errors import domain_message


def _ask(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: list[tuple[str, QMessageBox.ButtonRole, str]],
    default: str,
) -> str:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    answers: dict[object, str] = {}
    for label, role, answer in buttons:
        button = box.addButton(label, role)
        answers[button] = answer
        if answer == default:
            box.setDefaultButton(button)
    box.exec()
    return answers.get(box.clickedButton(), "cancel")


class UnsavedChanges:
    """The form has changes that were not saved: save, discard, or stay."""

    SAVE, DISCARD, CANCEL = "save", "discard", "cancel"

    @classmethod
    def ask(cls, parent: QWidget | None, what: str) -> str:
        return _ask(
            parent,
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Prompts", "Unsaved changes"),
            QCoreApplication.translate(
                "Prompts", "You changed {what} and did not save it. Save the changes?"
            ).format(what=what),
            [
                (
                    QCoreApplication.translate("Prompts", "Save"),
                    QMessageBox.ButtonRole.AcceptRole,
                    cls.SAVE,
                ),
                (
                    QCoreApplication.translate("Prompts", "Discard changes"),
                    QMessageBox.ButtonRole.DestructiveRole,
                    cls.DISCARD,
                ),
                (
                    QCoreApplication.translate("Prompts", "Cancel"),
                    QMessageBox.ButtonRole.RejectRole,
                    cls.CANCEL,
                ),
            ],
            cls.SAVE,
        )


class StaleRecord:
    """Someone saved the record meanwhile: reload (losing the clerk's edit) or keep editing."""

    RELOAD, KEEP = "reload", "keep"

    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> str:
        return _ask(
            parent,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Prompts", "Changed by someone else"),
            message
            + "\n\n"
            + QCoreApplication.translate(
                "Prompts",
                "Reload discards what you typed. Keep editing leaves it in the "
                "form, so you can copy it before you reload.",
            ),
            [
                (
                    QCoreApplication.translate("Prompts", "Reload"),
                    QMessageBox.ButtonRole.DestructiveRole,
                    cls.RELOAD,
                ),
                (
                    QCoreApplication.translate("Prompts", "Keep editing"),
                    QMessageBox.ButtonRole.RejectRole,
                    cls.KEEP,
                ),
            ],
            cls.KEEP,
        )


class Answer(StrEnum):
    YES = "yes"
    NO = "no"


class Confirm:
    """A yes/no question before an action (archive, restore, remove)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        answer = _ask(
            parent,
            QMessageBox.Icon.Question,
            title,
            text,
            [
                (action, QMessageBox.ButtonRole.AcceptRole, Answer.YES),
                (
                    QCoreApplication.translate("Prompts", "Cancel"),
                    QMessageBox.ButtonRole.RejectRole,
                    Answer.NO,
                ),
            ],
            Answer.NO,
        )
        return answer == Answer.YES


class StartupFailure:
    """The database could not be opened at start-up: pick another in Settings, or quit."""

    SETTINGS, QUIT = "settings", "quit"

    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> str:
        return _ask(
            parent,
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Prompts", "Helix cannot open the database"),
            message,
            [
                (
                    QCoreApplication.translate("Prompts", "Open Settings…"),
                    QMessageBox.ButtonRole.AcceptRole,
                    cls.SETTINGS,
                ),
                (
                    QCoreApplication.translate("Prompts", "Quit"),
                    QMessageBox.ButtonRole.RejectRole,
                    cls.QUIT,
                ),
            ],
            cls.SETTINGS,
        )


def leave_form(
    form: QWidget,
    *,
    busy: bool,
    dirty: bool,
    what: str,
    save: Callable[[Callable[[], None]], None],
    revert: Callable[[], None],
    then: Callable[[], None],
) -> None:
    """Run `then` once an edit form may be left: nothing unsaved, saved first, or discarded."""
    if busy:
        return
    if not dirty:
        then()
        return
    answer = UnsavedChanges.ask(form, what)
    if answer == UnsavedChanges.SAVE:
        save(then)
    elif answer == UnsavedChanges.DISCARD:
        revert()
        then()


class LostConnection:
    """A save failed because the database could not be reached: try again, or close the message
    (the form keeps what was typed either way)."""

    RETRY, CLOSE = "retry", "close"

    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> str:
        return _ask(
            parent,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Prompts", "Database not reachable"),
            message,
            [
                (
                    QCoreApplication.translate("Prompts", "Retry"),
                    QMessageBox.ButtonRole.AcceptRole,
                    cls.RETRY,
                ),
                (
                    QCoreApplication.translate("Prompts", "Close"),
                    QMessageBox.ButtonRole.RejectRole,
                    cls.CLOSE,
                ),
            ],
            cls.RETRY,
        )


def save_failed_offline(
    parent: QWidget | None, exc: BaseException, retry: Callable[[], None]
) -> bool:
    """When `exc` is a lost connection, offer Retry (runs `retry`) or Close; True when handled.
    Other errors are left to the caller."""
    if not isinstance(exc, DatabaseUnavailableError):
        return False
    if LostConnection.ask(parent, domain_message(exc)) == LostConnection.RETRY:
        retry()
    return True
