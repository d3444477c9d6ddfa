"""How a listings import reads a clerk's cells: forgiving of harmless mess, strict about errors.

Harmless: spaces around a value (also the ideographic space and the no-break space), upper or
lower case, full-width letters, digits and punctuation (NFKC), the usual Chinese words for a
kind, an IP status, a cooperation type or a currency, amounts in 万, dates written 2026年12月31日.
An error: a value that is none of these. Each reader returns the value as ListingData holds it,
or raises ValueError with a sentence that names the values accepted.

Lists: keywords are separated by `;`, `；`, `、` or `，`, but not by the ASCII comma, which
belongs to many technical terms (1,2-二氯乙烷, "1,000 V"); an export writes `;`, so keywords come
back exactly. Sectors and cooperation types, whose values never hold a comma, also take `,`.
"""

import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache

from app.errors import message_of, problem
from app.models import CooperationType, IPStatus, ListingKind
from app.services import sectors as sector_taxonomy


def plain(cell: str) -> str:
    """The cell with full-width forms made plain (NFKC) and its spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", cell).split())


def _key(cell: str) -> str:
    """How a cell is looked up among the aliases: plain, case-folded, `_` and `-` as spaces."""
    return " ".join(plain(cell).casefold().replace("_", " ").replace("-", " ").split())


def _aliases[T](values: dict[T, tuple[str, ...]]) -> dict[str, T]:
    table: dict[str, T] = {}
    for value, words in values.items():
        for word in (str(value), *words):
            table[_key(word)] = value
    return table


KIND_ALIASES = _aliases(
    {
        ListingKind.DEMAND: ("需求", "技术需求", "technology demand", "need"),
        ListingKind.SUPPLY: ("offer", "供给", "供应", "成果", "技术成果", "technology offer"),
    }
)
IP_STATUS_ALIASES = _aliases(
    {
        IPStatus.PATENT_GRANTED: ("granted patent", "已授权专利", "授权专利"),
        IPStatus.PATENT_PENDING: ("pending patent", "专利申请中", "在审专利", "申请中专利"),
        IPStatus.KNOW_HOW: ("技术秘密", "专有技术"),
        IPStatus.SOFTWARE_COPYRIGHT: ("软件著作权", "软著"),
        IPStatus.NONE: ("无", "没有", "no"),
    }
)
COOPERATION_ALIASES = _aliases(
    {
        CooperationType.LICENSING: ("licence", "license", "技术许可", "技术转让", "许可", "转让"),
        CooperationType.JOINT_RD: ("joint r&d", "joint research", "合作研发", "联合研发"),
        CooperationType.TECHNICAL_SERVICE: ("技术服务",),
        CooperationType.COMMISSIONED_DEVELOPMENT: ("委托开发", "委托研发"),
        CooperationType.EQUITY_INVESTMENT: ("股权投资", "技术入股"),
        CooperationType.TALENT_TRAINING: ("人才培养", "人才培训"),
        CooperationType.EQUIPMENT_SHARING: ("设备共享", "仪器共享"),
    }
)
CURRENCY_ALIASES = _aliases(
    {
        "CNY": ("RMB", "元", "人民币", "人民币元", "¥", "yuan"),
        "USD": ("$", "US$", "美元", "US dollar"),
        "EUR": ("€", "欧元", "euro"),
    }
)
# Units and currency marks a budget cell may carry around its number.
_UNITS = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}
# Longest first, so that "美元" is taken before "元".
_CURRENCY_MARKS: tuple[str, ...] = (
    *("人民币元", "人民币", "美元", "欧元", "us$", "rmb", "cny", "usd", "eur"),
    *("元", "¥", "$", "€"),
)
_LIST_RE = re.compile(r"[;；,，、]")
_KEYWORD_RE = re.compile(r"[;；、，]")
_TRL_RE = re.compile(r"^(?:trl)?\s*[:\-]?\s*(\d+)\s*级?$")
_DATE_RES = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_DATE_TIME_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")


def listing_kind(cell: str) -> str:
    if not _key(cell):
        raise ValueError("say whether the listing is a demand or a supply.")
    found = KIND_ALIASES.get(_key(cell))
    if found is None:
        raise ValueError(
            problem(
                "the kind “{text}” is not known; use demand or supply (or 需求, 技术需求, 供给, "
                "供应, 成果, 技术成果, offer).",
                text=cell.strip(),
            )
        )
    return found.value


def ip_status(cell: str) -> str:
    if not _key(cell):
        return IPStatus.NONE.value
    found = IP_STATUS_ALIASES.get(_key(cell))
    if found is None:
        raise ValueError(
            problem(
                "the IP status “{text}” is not known; use one of {accepted} (or 已授权专利, "
                "专利申请中, 技术秘密, 软件著作权, 无).",
                text=cell.strip(),
                accepted=", ".join(s.value for s in IPStatus),
            )
        )
    return found.value


def cooperation_types(cell: str) -> list[str]:
    accepted = ", ".join(c.value for c in CooperationType)
    found, unknown = [], []
    for part in _LIST_RE.split(cell):
        if not _key(part):
            continue
        value = COOPERATION_ALIASES.get(_key(part))
        if value is None:
            unknown.append(part.strip())
        elif value.value not in found:
            found.append(value.value)
    if unknown:
        raise ValueError(
            problem(
                "unknown cooperation type: {unknown}. Use one or more of {accepted} (or 技术许可, "
                "技术转让, 合作研发, 技术服务, 委托开发, 股权投资, 技术入股, 人才培养, 设备共享), "
                "separated by “;”.",
                unknown=", ".join(unknown),
                accepted=accepted,
            )
        )
    return found


def trl(cell: str) -> str:
    text = plain(cell).casefold()
    if not text:
        return ""
    match = _TRL_RE.match(text)
    if match is None or not 1 <= int(match.group(1)) <= 9:
        raise ValueError(
            problem(
                "the technology readiness level “{text}” is not known; use a whole number from 1 "
                "to 9 (written 6, TRL 6, TRL6 or 6级).",
                text=cell.strip(),
            )
        )
    return str(int(match.group(1)))


def currency(cell: str) -> str:
    """A currency code, "" when the cell is empty (CNY is the default)."""
    if not _key(cell):
        return ""
    found = CURRENCY_ALIASES.get(_key(cell))
    if found is not None:
        return found
    code = plain(cell).upper()
    if len(code) == 3 and code.isascii() and code.isalpha():
        return code
    raise ValueError(
        problem(
            "the currency “{text}” is not known; use a three-letter code such as CNY, USD or EUR "
            "(or RMB, 人民币, 元, ¥, $, 美元, €, 欧元).",
            text=cell.strip(),
        )
    )


def amount(cell: str) -> tuple[str, str]:
    """The amount as plain digits ("50万" -> "500000") and the currency its marks name ("" when
    it names none): "500000", "500,000", "50万", "50万元", "¥500,000", "1.5亿"."""
    text = plain(cell).replace(" ", "")
    if not text:
        return "", ""
    marked = ""
    for _ in range(2):  # a mark before and one after the number: "¥50万元"
        for mark in _CURRENCY_MARKS:
            lowered = text.casefold()
            if lowered.startswith(mark.casefold()) or lowered.endswith(mark.casefold()):
                code = CURRENCY_ALIASES[mark]
                if marked and code != marked:
                    raise ValueError(
                        problem("the amount “{text}” names two currencies.", text=cell.strip())
                    )
                marked = code
                start = len(mark) if lowered.startswith(mark.casefold()) else 0
                text = text[start : len(text) - (0 if start else len(mark))]
                break
    factor = _UNITS.get(text[-1:], Decimal(1))
    number = text[:-1] if factor != 1 else text
    try:
        value = Decimal(number.replace(",", ""))
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():
        raise ValueError(
            problem(
                "“{text}” is not an amount; write it like 500000, 500,000, 50万 or ¥500,000.",
                text=cell.strip(),
            )
        )
    return format(value * factor, "f"), marked


def deadline(cell: str) -> str:
    """A date as YYYY-MM-DD: 2026-12-31, 2026/12/31, 2026.12.31, 2026年12月31日, 20261231, and
    what a spreadsheet's date cell reads as."""
    text = plain(cell)
    if not text:
        return ""
    with_time = _DATE_TIME_RE.match(text)
    if with_time is not None:
        text = with_time.group(1)
    text = text.replace(" ", "")
    for pattern in _DATE_RES:
        match = pattern.match(text)
        if match is None:
            continue
        try:
            return date(*(int(part) for part in match.groups())).isoformat()
        except ValueError:
            raise ValueError(
                problem("“{text}” is not a date of the calendar.", text=cell.strip())
            ) from None
    raise ValueError(
        problem(
            "the deadline “{text}” is not a date; write it like 2026-12-31, 2026/12/31, "
            "2026.12.31 or 2026年12月31日.",
            text=cell.strip(),
        )
    )


@cache
def _sector_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern finding a sector's exact English or Chinese name between list separators, and
    name -> code (a division's name wins over a section's of the same name)."""
    codes: dict[str, str] = {}
    for sector in sector_taxonomy.sectors():
        for name in (sector.name_en, sector.name_zh):
            key = name.casefold()
            if key not in codes or not sector.is_section:
                codes[key] = sector.code
    names = sorted(codes, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    pattern = re.compile(
        rf"(?:^|(?<=[;,；，、]))\s*({alternatives})\s*(?=$|[;,；，、])", re.IGNORECASE
    )
    return pattern, codes


def sector_codes(cell: str) -> list[str]:
    """Division or section codes ("C38", "c38"), or a sector's exact name (电气机械和器材制造业,
    "Electrical machinery and equipment"), separated by `;` or `,`."""
    pattern, codes = _sector_names()
    text = " ".join(cell.split())  # not NFKC yet: "、" inside a Chinese name must stay
    text = pattern.sub(lambda m: codes[m.group(1).casefold()], text)
    try:
        return sector_taxonomy.parse_sector_codes(plain(text))
    except ValueError as exc:
        raise ValueError(
            problem(
                "{problem} A sector's exact name (such as 电气机械和器材制造业) is accepted too.",
                problem=message_of(exc),
            )
        ) from None


def keywords(cell: str) -> list[str]:
    """Keywords separated by `;`, `；`, `、` or `，` (an ASCII comma stays inside a keyword)."""
    return [" ".join(part.split()) for part in _KEYWORD_RE.split(cell) if part.strip()]
