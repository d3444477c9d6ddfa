"""Contract templates: JSON files of ordered clauses whose text is a sandboxed Jinja2 template.

Built-in templates live in resources/templates/contracts, one file per template named
`<type>.<parties>.<language>.json` (the file name without `.json` is the template id). An admin
adds or changes a template without touching code by putting a file of the same shape into the
admin folder, `contract_templates` in Helix's data folder (`admin_template_folder()`): a new id
adds a template; the id of a built-in one replaces it, and the listing says so
(`TemplateInfo.overrides_built_in`), so the replacement is never silent.

Clause text is rendered in a `SandboxedEnvironment` with `StrictUndefined`: a template cannot reach
Python internals, and a placeholder the contract does not fill is a DomainError naming the clause,
never a blank in a printed contract. Output is plain text (the PDF layer escapes it).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, meta
from jinja2.exceptions import SecurityError, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from app.errors import DomainError, NotFoundError, problem
from app.resources import resource_path
from app.settings import config_dir

log = logging.getLogger(__name__)

CONTRACT_TYPES = (
    "technology_transfer",
    "patent_licence",
    "joint_rd",
    "technical_service",
    "commissioned_development",
    "consultancy",
    "nda",
)
PARTY_LAYOUTS = ("two_party", "three_party")
LANGUAGES = ("en", "zh")
REQUIRED_KEYS = ("id", "type", "parties", "language", "title", "roles", "clauses")
COORDINATOR = "coordinator"

CURRENCY_NAMES_ZH = {
    "CNY": "元",
    "RMB": "元",
    "USD": "美元",
    "EUR": "欧元",
    "HKD": "港元",
    "JPY": "日元",
    "GBP": "英镑",
}
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True)
class PartyRole:
    key: str  # what the record's parties carry as `role`, e.g. "transferor"
    label: str  # what the contract calls that party, e.g. "转让方（甲方）"


@dataclass(frozen=True)
class ClauseTemplate:
    key: str
    heading: str
    text: str  # Jinja2 source


@dataclass(frozen=True)
class MilestoneTemplate:
    """What a project milestone made from a payment instalment is about: the first entry whose
    words (`when`) occur in the instalment's milestone text gives its deliverable and the role
    responsible for it; an entry without words matches any text."""

    when: tuple[str, ...]
    deliverable: str
    responsible: str  # a role key of the template


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    type: str
    parties: str
    language: str
    title: str
    path: Path
    source: str  # "built_in" or "admin"
    overrides_built_in: bool = False


@dataclass(frozen=True)
class ContractTemplate:
    info: TemplateInfo
    roles: tuple[PartyRole, ...]
    clauses: tuple[ClauseTemplate, ...]
    milestones: tuple[MilestoneTemplate, ...] = ()

    @property
    def id(self) -> str:
        return self.info.id

    def milestone_for(self, text: str) -> MilestoneTemplate | None:
        """The entry of `milestones` for a payment milestone called `text` (None: no entry)."""
        folded = text.casefold()
        for entry in self.milestones:
            if not entry.when or any(word.casefold() in folded for word in entry.when):
                return entry
        return None


@dataclass(frozen=True)
class RenderedClause:
    key: str
    heading: str
    text: str


def built_in_template_folder() -> Path:
    return resource_path("templates", "contracts")


def admin_template_folder() -> Path:
    """Where an admin drops extra or replacement templates (it need not exist)."""
    return config_dir() / "contract_templates"


# --- loading and validation ------------------------------------------------------------------


def list_templates(folder: Path | None = None) -> list[TemplateInfo]:
    """Every template, built-in and admin (`folder`, default `admin_template_folder()`), by id.

    An admin template with a built-in template's id replaces it and is marked as doing so.
    """
    built_in = _load_folder(built_in_template_folder(), "built_in")
    admin = _load_folder(folder if folder is not None else admin_template_folder(), "admin")
    merged = {t.id: t.info for t in built_in.values()}
    for template_id, template in admin.items():
        overrides = template_id in merged
        if overrides:
            log.warning("admin contract template %s replaces the built-in one", template.info.path)
        merged[template_id] = _with_override(template.info, overrides)
    return [merged[k] for k in sorted(merged)]


def load_template(template_id: str, folder: Path | None = None) -> ContractTemplate:
    """The template with this id; the admin folder's copy wins over the built-in one."""
    admin_dir = folder if folder is not None else admin_template_folder()
    built_in_path = built_in_template_folder() / f"{template_id}.json"
    admin_path = admin_dir / f"{template_id}.json"
    if "/" in template_id or "\\" in template_id or template_id.startswith("."):
        raise NotFoundError("There is no contract template called {id}.", id=template_id)
    if admin_path.is_file():
        template = _read_template(admin_path, "admin")
        return _with_info(template, _with_override(template.info, built_in_path.is_file()))
    if built_in_path.is_file():
        return _read_template(built_in_path, "built_in")
    raise NotFoundError(
        "There is no contract template called {id}. Choose one from the list of templates.",
        id=template_id,
    )


def _load_folder(folder: Path, source: str) -> dict[str, ContractTemplate]:
    if not folder.is_dir():
        return {}
    return {t.id: t for t in (_read_template(p, source) for p in sorted(folder.glob("*.json")))}


def _with_override(info: TemplateInfo, overrides: bool) -> TemplateInfo:
    return TemplateInfo(**{**info.__dict__, "overrides_built_in": overrides})


def _with_info(template: ContractTemplate, info: TemplateInfo) -> ContractTemplate:
    return ContractTemplate(
        info=info, roles=template.roles, clauses=template.clauses, milestones=template.milestones
    )


class TemplateFileError(DomainError):
    """A contract template file that cannot be used: the file, and why (`reason`, a template
    of its own filled with `params`, so that the UI translates both)."""

    def __init__(self, reason: str, path: Path, **params: Any) -> None:
        super().__init__(
            "The contract template file {file} cannot be used: {reason} "
            "Correct the file or remove it from the templates folder.",
            file=str(path),
            reason=problem(reason, **params),
        )


def _read_template(path: Path, source: str) -> ContractTemplate:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise TemplateFileError("it is not UTF-8 text.", path) from None
    except ValueError as exc:
        raise TemplateFileError("it is not valid JSON ({detail}).", path, detail=str(exc)) from None
    except OSError as exc:
        raise TemplateFileError("it cannot be read ({detail}).", path, detail=str(exc)) from None
    if not isinstance(data, dict):
        raise TemplateFileError("it must hold one JSON object.", path)
    _check_header(path, data)
    roles = _check_roles(path, data)
    clauses = _check_clauses(path, data["clauses"])
    milestones = _check_milestones(path, data.get("milestones", []), {r.key for r in roles})
    info = TemplateInfo(
        id=data["id"],
        type=data["type"],
        parties=data["parties"],
        language=data["language"],
        title=data["title"],
        path=path,
        source=source,
    )
    return ContractTemplate(info=info, roles=roles, clauses=clauses, milestones=milestones)


def _check_header(path: Path, data: dict[str, Any]) -> None:
    missing = [k for k in REQUIRED_KEYS if k not in data]
    if missing:
        raise TemplateFileError("it lacks {keys}.", path, keys=", ".join(missing))
    for key in ("id", "type", "parties", "language", "title"):
        if not isinstance(data[key], str) or not data[key].strip():
            raise TemplateFileError("“{key}” must be a non-empty text.", path, key=key)
    known = {"type": CONTRACT_TYPES, "parties": PARTY_LAYOUTS, "language": LANGUAGES}
    for key, allowed in known.items():
        if data[key] not in allowed:
            raise TemplateFileError(
                "“{key}” is {value}; it must be one of {allowed}.",
                path,
                key=key,
                value=data[key],
                allowed=", ".join(allowed),
            )
    if data["id"] != path.stem:
        raise TemplateFileError(
            "its id {id} must equal the file name without .json.", path, id=data["id"]
        )


def _check_roles(path: Path, data: dict[str, Any]) -> tuple[PartyRole, ...]:
    raw = data["roles"]
    if not isinstance(raw, list) or not all(
        isinstance(r, dict) and isinstance(r.get("key"), str) and isinstance(r.get("label"), str)
        for r in raw
    ):
        raise TemplateFileError(
            "“roles” must be a list of objects, each with a key and a label.", path
        )
    roles = tuple(PartyRole(r["key"], r["label"]) for r in raw)
    expected = 3 if data["parties"] == "three_party" else 2
    keys = [r.key for r in roles]
    if len(roles) != expected or len(set(keys)) != expected:
        raise TemplateFileError(
            "a {layout} template needs {n} different roles.",
            path,
            layout=data["parties"],
            n=expected,
        )
    if (COORDINATOR in keys) != (expected == 3):
        raise TemplateFileError(
            "only a three-party template has the coordinator role, and it must.", path
        )
    return roles


def _check_clauses(path: Path, raw: Any) -> tuple[ClauseTemplate, ...]:
    if not isinstance(raw, list) or not raw:
        raise TemplateFileError("“clauses” must be a non-empty list.", path)
    clauses: list[ClauseTemplate] = []
    for number, item in enumerate(raw, start=1):
        fields = ("key", "heading", "text")
        if not isinstance(item, dict) or not all(isinstance(item.get(f), str) for f in fields):
            raise TemplateFileError("clause {n} needs a key, a heading and a text.", path, n=number)
        clause = ClauseTemplate(item["key"], item["heading"], item["text"])
        try:
            _ENV.parse(clause.text)
        except TemplateSyntaxError as exc:
            raise TemplateFileError(
                "the text of clause “{clause}” has a template error on line {line}: {detail}.",
                path,
                clause=clause.key,
                line=exc.lineno,
                detail=exc.message or "",
            ) from None
        clauses.append(clause)
    keys = [c.key for c in clauses]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise TemplateFileError("clause keys repeat: {keys}.", path, keys=", ".join(duplicates))
    return tuple(clauses)


def _check_milestones(path: Path, raw: Any, roles: set[str]) -> tuple[MilestoneTemplate, ...]:
    if not isinstance(raw, list):
        raise TemplateFileError("“milestones” must be a list.", path)
    entries: list[MilestoneTemplate] = []
    for number, item in enumerate(raw, start=1):
        when = item.get("when", []) if isinstance(item, dict) else None
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("deliverable"), str)
            or not isinstance(when, list)
            or not all(isinstance(w, str) and w.strip() for w in when)
        ):
            raise TemplateFileError(
                "milestone {n} needs a deliverable and a list of words “when”.", path, n=number
            )
        responsible = item.get("responsible")
        if responsible not in roles:
            raise TemplateFileError(
                "milestone {n} names “{role}” as responsible; it must be one of {roles}.",
                path,
                n=number,
                role=str(responsible),
                roles=", ".join(sorted(roles)),
            )
        entries.append(MilestoneTemplate(tuple(when), item["deliverable"].strip(), responsible))
    return tuple(entries)


# --- rendering -------------------------------------------------------------------------------


def render_clauses(template: ContractTemplate, context: dict[str, Any]) -> list[RenderedClause]:
    """Each clause with its placeholders filled from the contract record (`context`).

    Besides the record's fields the clauses see `party` (role → that party), `lang` (the
    template's language) and `roles` (role → label). A field that is absent or None is missing.
    """
    values = _clause_context(template, context)
    rendered = []
    for clause in template.clauses:
        text = _render_one(template, clause, values)
        rendered.append(RenderedClause(clause.key, clause.heading, text))
    return rendered


def _clause_context(template: ContractTemplate, context: dict[str, Any]) -> dict[str, Any]:
    values = {k: v for k, v in context.items() if v is not None}
    parties = values.get("parties") or []
    by_role = {p["role"]: p for p in parties if isinstance(p, dict) and "role" in p}
    values["party"] = by_role
    values["lang"] = template.info.language
    values["roles"] = {r.key: r.label for r in template.roles}
    return values


def _render_one(template: ContractTemplate, clause: ClauseTemplate, values: dict[str, Any]) -> str:
    missing = sorted(meta.find_undeclared_variables(_ENV.parse(clause.text)) - set(values))
    missing = [name for name in missing if name not in _ENV.globals]
    if missing:
        raise _missing(template, clause, missing[0])
    try:
        return _ENV.from_string(clause.text).render(values).strip()
    except SecurityError:
        raise DomainError(
            "Clause “{heading}” of contract template {template_id} tries to reach something a "
            "template may not use. Ask an admin to correct the template.",
            heading=clause.heading,
            template_id=template.id,
        ) from None
    except UndefinedError as exc:
        raise _missing(template, clause, _placeholder_name(str(exc))) from None
    except TemplateValueError as exc:
        raise DomainError(
            "Clause “{heading}” of contract template {template_id}: {detail} "
            "Correct the contract's details and generate the text again.",
            heading=clause.heading,
            template_id=template.id,
            detail=exc.message,
        ) from None
    except TemplateError as exc:
        raise DomainError(
            "Clause “{heading}” of contract template {template_id} cannot be filled in: {detail}. "
            "Check the contract's details, or ask an admin to correct the template.",
            heading=clause.heading,
            template_id=template.id,
            detail=str(exc),
        ) from None


def _missing(template: ContractTemplate, clause: ClauseTemplate, name: str) -> DomainError:
    return DomainError(
        "Clause “{heading}” ({clause}) of contract template {template_id} needs “{placeholder}”, "
        "which this contract does not have yet. Fill it in and generate the text again.",
        heading=clause.heading,
        clause=clause.key,
        template_id=template.id,
        placeholder=name,
    )


_UNDEFINED_RES = (
    re.compile(r"has no attribute '([^']+)'"),
    re.compile(r"'([^']+)' is undefined"),
    re.compile(r"no element '?([^'\s]+)'?"),
)


def _placeholder_name(message: str) -> str:
    for pattern in _UNDEFINED_RES:
        found = pattern.search(message)
        if found:
            return found.group(1)
    return message


# --- filters ---------------------------------------------------------------------------------


class TemplateValueError(DomainError):
    """A value the record holds cannot be written the way the clause asks (not a number…)."""


def _decimal(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise TemplateValueError("{value} is not an amount.", value=value)
    try:
        return Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        raise TemplateValueError("{value} is not an amount.", value=value) from None


def money(value: Any, currency: str = "CNY", lang: str = "en") -> str:
    """1,200,000.00 元 in Chinese, CNY 1,200,000.00 in English."""
    amount = _decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    code = str(currency).strip().upper()
    text = f"{amount:,.2f}"
    if lang == "zh":
        name = CURRENCY_NAMES_ZH.get(code)
        return f"{text} {name}" if name else f"{code} {text}"
    return f"{code} {text}"


_DIGITS_ZH = "零壹贰叁肆伍陆柒捌玖"
_UNITS_ZH = ("", "拾", "佰", "仟")
_GROUPS_ZH = ("", "万", "亿", "万亿")


def amount_in_words_zh(value: Any) -> str:
    """The capital-numeral form Chinese contracts repeat amounts in: 壹佰贰拾万元整."""
    amount = _decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if amount < 0 or amount >= Decimal("1e16"):
        raise TemplateValueError("{value} cannot be written in words.", value=value)
    whole = int(amount)
    cents = int((amount - whole) * 100)
    text = _integer_zh(whole) + "元" if whole else ""
    jiao, fen = divmod(cents, 10)
    if not cents:
        return (text or "零元") + "整"
    if jiao:
        text += _DIGITS_ZH[jiao] + "角"
    elif whole:
        text += "零"
    if fen:
        text += _DIGITS_ZH[fen] + "分"
    return text


def _integer_zh(number: int) -> str:
    groups: list[int] = []
    while number:
        number, group = divmod(number, 10000)
        groups.append(group)
    text, zero_pending = "", False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if not group:
            zero_pending = bool(text)
            continue
        if text and (zero_pending or group < 1000):
            text += "零"
        text += _group_zh(group) + _GROUPS_ZH[index]
        zero_pending = False
    return text


def _group_zh(group: int) -> str:
    text, zero = "", False
    for position in range(3, -1, -1):
        digit = group // 10**position % 10
        if digit:
            text += ("零" if zero and text else "") + _DIGITS_ZH[digit] + _UNITS_ZH[position]
            zero = False
        else:
            zero = True
    return text


def format_date(value: Any, lang: str = "en") -> str:
    """2026年11月28日 in Chinese, 28 November 2026 in English; accepts a date or ISO text."""
    day = _as_date(value)
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise TemplateValueError("{value} is not a date (use YYYY-MM-DD).", value=value) from None


def percent(value: Any) -> str:
    """40 → 40%, 33.5 → 33.5%."""
    number = _decimal(value).normalize()
    return f"{number:f}%"


def _make_environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    del env.globals["lipsum"]  # nothing in a contract needs filler text
    env.filters.update(
        money=money, date=format_date, percent=percent, in_words_zh=amount_in_words_zh
    )
    return env


_ENV = _make_environment()
