"""Errors a clerk can meet. Each carries a sentence that says what is wrong and what to do.

Messages are English templates with named fields; the UI translates the template through Qt
and then fills in the fields, so the Chinese translation can follow without touching services.
"""

from dataclasses import dataclass
from typing import Any


class Problem(str):
    """A field's or row's message: the English sentence, which also keeps its template and
    parameters so that the UI can translate the template and fill the parameters in after."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> "Problem":
        text = super().__new__(cls, template.format(**params) if params else template)
        text.template = template
        text.params = params
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_problem, (self.template, self.params))


def _rebuild_problem(template: str, params: dict[str, Any]) -> Problem:
    return Problem(template, **params)


@dataclass(frozen=True)
class Joined:
    """Several words or sentences filled into one message ("title, summary"); the English text
    joins them with `separator`, the UI joins their translations with its translation."""

    items: tuple[str, ...]
    separator: str = ", "

    def __str__(self) -> str:
        return self.separator.join(map(str, self.items))

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def problem(template: str, **params: Any) -> Problem:
    """A message whose template the UI translates (context "Helix") before filling it in."""
    return Problem(template, **params)


def message_to_json(message: str) -> Any:
    """A message as JSON that keeps what its translation needs: a plain str stays a str; a
    Problem becomes {"template", "params"} (params Problems and Joined values included)."""
    if isinstance(message, Problem):
        return {
            "template": message.template,
            "params": {k: _value_to_json(v) for k, v in message.params.items()},
        }
    return message


def _value_to_json(value: Any) -> Any:
    if isinstance(value, Joined):
        return {"joined": [message_to_json(i) for i in value.items], "separator": value.separator}
    return message_to_json(value) if isinstance(value, Problem) else value


def message_from_json(data: Any) -> str:
    """The message message_to_json wrote (a str as it is: messages saved before it existed)."""
    if isinstance(data, dict) and "template" in data:
        params = {k: _value_from_json(v) for k, v in data.get("params", {}).items()}
        return Problem(str(data["template"]), **params)
    return str(data)


def _value_from_json(value: Any) -> Any:
    if isinstance(value, dict) and "joined" in value:
        items = tuple(message_from_json(i) for i in value["joined"])
        return Joined(items, str(value.get("separator", ", ")))
    if isinstance(value, dict) and "template" in value:
        return message_from_json(value)
    return value


def message_of(exc: BaseException) -> str:
    """The message a ValueError (or other exception) carries, keeping a Problem as it is."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Problem) else str(exc)


class DomainError(Exception):
    """A refused action: bad input, a broken rule, a stale record. Never a programming error."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


class ValidationError(DomainError):
    """One or more fields are wrong; `fields` maps a field name to its message."""

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = dict(fields)
        lines = "\n".join(f"• {text}" for text in self.fields.values())
        super().__init__("Please correct the following and save again:\n{lines}", lines=lines)


class NotFoundError(DomainError):
    pass


class StaleRecordError(DomainError):
    """Someone else saved the record after it was opened here."""


class DatabaseUnavailableError(DomainError):
    """The database cannot be reached or opened."""


class DatabaseTooNewError(DomainError):
    """The database was upgraded by a newer Helix than this one."""
