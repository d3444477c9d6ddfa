"""The catalogue's words: headings and labels in English and Chinese (a printed catalogue follows
its own language option, not the UI's), dates, amounts, and summaries shortened cleanly."""

import re
from datetime import date
from decimal import Decimal

LANGUAGES = ("en", "zh")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "default_title": "Technology demands and supplies",
        "contents": "Contents",
        "demands": "Technology demands",
        "supplies": "Technology supplies",
        "demand": "Demand",
        "supply": "Supply",
        "other": "Other (no sector given)",
        "printed": "Printed {date}",
        "listings": "listings",
        "demands_short": "demands",
        "supplies_short": "supplies",
        "sectors_short": "sectors",
        "how_to": "How to use this catalogue",
        "quote": "Every listing has a reference such as {reference}. To be put in touch with the "
        "member behind a demand or a supply, quote its reference to {office}.",
        "the_office": "the technology-transfer office",
        "page_of": "Page {page} of {pages}",
        "trl": "TRL",
        "trl_supply": "{trl}",
        "trl_demand": "{trl} or higher",
        "ip": "IP",
        "cooperation": "Cooperation",
        "budget": "Budget",
        "deadline": "Deadline",
        "region": "Region",
        "keywords": "Keywords",
        "also": "Also",
        "member": "Member",
        "withheld": "Member's name withheld — ask the office quoting {reference}",
        "budget_range": "{currency} {low} – {high}",
        "budget_exact": "{currency} {low}",
        "budget_from": "from {currency} {low}",
        "budget_to": "up to {currency} {high}",
        "more": "and {count} more",
        "count_demand": "{count} demand",
        "count_demands": "{count} demands",
        "count_supply": "{count} supply",
        "count_supplies": "{count} supplies",
    },
    "zh": {
        "default_title": "技术需求与成果供给目录",
        "contents": "目录",
        "demands": "技术需求",
        "supplies": "技术供给",
        "demand": "需求",
        "supply": "供给",
        "other": "其他（未注明行业）",
        "printed": "印制日期：{date}",
        "listings": "项信息",
        "demands_short": "项需求",
        "supplies_short": "项供给",
        "sectors_short": "个行业",
        "how_to": "使用说明",
        "quote": "每条信息都有编号，如 {reference}。如有合作意向，请向{office}报出编号，"
        "我们将为您联系发布方。",
        "the_office": "技术转移服务中心",
        "page_of": "第 {page} 页，共 {pages} 页",
        "trl": "技术成熟度",
        "trl_supply": "TRL {trl}",
        "trl_demand": "TRL {trl} 及以上",
        "ip": "知识产权",
        "cooperation": "合作方式",
        "budget": "预算",
        "deadline": "截止日期",
        "region": "地区",
        "keywords": "关键词",
        "also": "另属",
        "member": "发布方",
        "withheld": "发布方名称保密——请向服务中心报出编号 {reference} 咨询",
        "budget_range": "{low} – {high}{currency}",
        "budget_exact": "{low}{currency}",
        "budget_from": "{low}{currency}起",
        "budget_to": "不超过 {high}{currency}",
        "more": "等 {count} 项",
        "count_demand": "需求 {count} 项",
        "count_demands": "需求 {count} 项",
        "count_supply": "供给 {count} 项",
        "count_supplies": "供给 {count} 项",
    },
}

IP_STATUS: dict[str, dict[str, str]] = {
    "en": {
        "patent_granted": "granted patent",
        "patent_pending": "patent pending",
        "know_how": "know-how",
        "software_copyright": "software copyright",
        "none": "",
    },
    "zh": {
        "patent_granted": "已授权专利",
        "patent_pending": "专利申请中",
        "know_how": "技术秘密",
        "software_copyright": "软件著作权",
        "none": "",
    },
}

COOPERATION: dict[str, dict[str, str]] = {
    "en": {
        "licensing": "licensing",
        "joint_rd": "joint R&D",
        "technical_service": "technical service",
        "commissioned_development": "commissioned development",
        "equity_investment": "equity investment",
        "talent_training": "talent training",
        "equipment_sharing": "equipment sharing",
    },
    "zh": {
        "licensing": "技术许可",
        "joint_rd": "联合研发",
        "technical_service": "技术服务",
        "commissioned_development": "委托开发",
        "equity_investment": "股权投资",
        "talent_training": "人才培养",
        "equipment_sharing": "设备共享",
    },
}

LIST_JOINER = {"en": ", ", "zh": "、"}
EN_MONTHS = [
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
]


def label(language: str, key: str, **params: object) -> str:
    text = LABELS[language][key]
    return text.format(**params) if params else text


def counts(language: str, demands: int, supplies: int) -> str:
    """ "2 demands · 1 supply" / "需求 2 项 · 供给 1 项" (a kind with none left out)."""
    parts = []
    if demands:
        parts.append(
            label(language, "count_demand" if demands == 1 else "count_demands", count=demands)
        )
    if supplies:
        key = "count_supply" if supplies == 1 else "count_supplies"
        parts.append(label(language, key, count=supplies))
    return " · ".join(parts)


def ip_status(language: str, value: str) -> str:
    """The IP status in words; "" for none (the catalogue then leaves the fact out)."""
    return IP_STATUS[language].get(value, value)


def cooperation(language: str, values: list[str]) -> str:
    names = [COOPERATION[language].get(v, v) for v in values]
    return LIST_JOINER[language].join(names)


def long_date(day: date, language: str) -> str:
    """28 November 2026 / 2026年11月28日."""
    if language == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def amount(value: Decimal, language: str, currency: str) -> str:
    """500,000 or 1,250.50; in Chinese, yuan amounts of whole ten-thousands as 50万."""
    if language == "zh" and currency == "CNY" and value >= 10_000 and value % 100 == 0:
        wan = value / 10_000
        return (
            f"{wan:,.0f}万" if wan == wan.to_integral_value() else f"{wan:,.2f}".rstrip("0") + "万"
        )
    if value == value.to_integral_value():
        return f"{value:,.0f}"
    return f"{value:,.2f}"


def budget(language: str, low: Decimal | None, high: Decimal | None, currency: str) -> str:
    """The budget range with its currency, or "" when neither end is given."""
    if low is None and high is None:
        return ""
    if language == "zh":  # 50万 – 200万元, 3,000 – 5,000 USD
        money = {"currency": "元" if currency == "CNY" else f" {currency} "}
    else:
        money = {"currency": currency}
    if low is not None and high is not None:
        if low == high:
            return label(language, "budget_exact", low=amount(low, language, currency), **money)
        return label(
            language,
            "budget_range",
            low=amount(low, language, currency),
            high=amount(high, language, currency),
            **money,
        )
    if low is not None:
        return label(language, "budget_from", low=amount(low, language, currency), **money)
    assert high is not None
    return label(language, "budget_to", high=amount(high, language, currency), **money)


_SENTENCE_END = re.compile(r"[。！？；!?;]|\.(?=\s)")


def shortened(text: str, limit: int) -> str:
    """The text on one paragraph, cut after a whole sentence (or word) when longer than
    `limit` characters, with "…" where it was cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[:limit]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    if ends and ends[-1] >= limit * 0.6:
        return head[: ends[-1]].rstrip() + "…"
    space = head.rfind(" ")
    if space >= limit * 0.6 and not _is_cjk(head[space - 1 : space]):
        head = head[:space]
    return head.rstrip(" ,，、;；:：-—") + "…"


def _is_cjk(ch: str) -> bool:
    return bool(ch) and "\u2e80" <= ch <= "\u9fff"
