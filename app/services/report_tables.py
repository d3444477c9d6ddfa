"""Every report as one plain table (columns with a key and a kind, rows of plain values), so that
the command line, the XLSX and PDF files and the screen show the same figures; with the headings
and labels in English or Chinese for the files (the screen translates its own through Qt).

Column keys are the CSV header: `stage, listings, rate, median_days` for the funnel; `sector,
sector_name` (or `region`, `member_kind`) then `demands, supplies, matches, contracts` and
`value_CNY`… (one per currency) for the activity; `breakdown, key, contracts, value_CNY…` for the
contract value; `project, contract_number, milestone, responsible, due_date, days_overdue` for the
overdue milestones. Rates are fractions (0.5 = 50 %), days may be halves (a median), money has
two decimals."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from app.services import report_lists, reports
from app.services.report_sql import Period
from app.services.sectors import sector
from app.services.uow import UnitOfWork

REPORTS = ("funnel", "sectors", "regions", "kinds", "value", "overdue")
LABELLED = ("stage", "member_kind", "contract_kind", "contract_status", "breakdown", "group")
NUMBERS = ("count", "rate", "days", "money")

TITLES = {
    "funnel": ("Funnel: from publication to completed project", "转化漏斗：从发布到项目完成"),
    "sectors": ("Activity by sector", "按行业统计"),
    "regions": ("Activity by region", "按地区统计"),
    "kinds": ("Activity by member kind", "按会员类型统计"),
    "value": ("Contract value", "合同金额"),
    "overdue": ("Overdue milestones", "逾期里程碑"),
}
HEADINGS = {
    "stage": ("Stage", "阶段"),
    "listings": ("Listings", "信息数"),
    "rate": ("Conversion", "转化率"),
    "median_days": ("Median days from previous stage", "距上一阶段天数（中位数）"),
    "sector": ("Sector", "行业"),
    "sector_name": ("Sector name", "行业名称"),
    "region": ("Region", "地区"),
    "member_kind": ("Member kind", "会员类型"),
    "demands": ("Demands published", "发布需求"),
    "supplies": ("Supplies published", "发布成果"),
    "matches": ("Matches agreed", "达成对接"),
    "contracts": ("Contracts", "合同数"),
    "breakdown": ("By", "分类"),
    "key": ("Type or status", "类型或状态"),
    "project": ("Project", "项目"),
    "contract_number": ("Contract", "合同编号"),
    "milestone": ("Milestone", "里程碑"),
    "responsible": ("Responsible party", "负责方"),
    "due_date": ("Due", "到期日"),
    "days_overdue": ("Days overdue", "逾期天数"),
}
LABELS = {
    "stage": {
        "published": ("Published", "已发布"),
        "matched": ("Matched", "已对接"),
        "contracted": ("Contracted", "已签约"),
        "completed": ("Completed", "已完成"),
    },
    "member_kind": {
        "enterprise": ("Enterprise", "企业"),
        "university": ("University", "高校"),
        "research_institute": ("Research institute", "科研院所"),
        "government": ("Government agency", "政府机构"),
        "intermediary": ("Intermediary", "中介机构"),
        "investor": ("Investor", "投资机构"),
        "other": ("Other", "其他"),
    },
    "contract_kind": {
        "technology_transfer": ("Technology transfer", "技术转让"),
        "patent_licence": ("Patent licence", "专利许可"),
        "joint_rd": ("Joint R&D", "合作研发"),
        "technical_service": ("Technical service", "技术服务"),
        "commissioned_development": ("Commissioned development", "委托开发"),
        "consultancy": ("Consultancy", "技术咨询"),
        "nda": ("Non-disclosure agreement", "保密协议"),
    },
    "contract_status": {
        "draft": ("Draft", "草稿"),
        "in_review": ("In review", "审核中"),
        "returned": ("Returned", "已退回"),
        "approved": ("Approved", "已批准"),
        "awaiting_signature": ("Awaiting signature", "待签署"),
        "signed": ("Signed", "已签署"),
        "in_execution": ("In execution", "履行中"),
        "completed": ("Completed", "已完成"),
        "terminated": ("Terminated", "已终止"),
        "void": ("Void", "已作废"),
    },
    "breakdown": {
        "type": ("Type", "类型"),
        "total": ("Total", "合计"),
        "status": ("Status", "状态"),
    },
}
EVERY_TYPE = ("every type, void excluded", "全部类型（不含作废）")
NOT_GIVEN = ("(not given)", "（未填写）")
NO_LISTING = ("(contracts not from a listing)", "（非对接产生的合同）")
TOTAL_KEY = "all"
_DIMENSIONS = {"sectors": "sector", "regions": "region", "kinds": "member_kind"}


@dataclass(frozen=True)
class Column:
    key: str
    kind: str  # a LABELLED kind (a code shown by its label), "text", "date", or a NUMBERS kind


@dataclass(frozen=True)
class Chart:
    """Bars for the first `limit` rows: one per row, labelled by column `label`, a series for
    each column in `values`."""

    label: int
    values: tuple[int, ...]
    limit: int = 12


@dataclass(frozen=True)
class ReportTable:
    name: str  # one of REPORTS
    period: Period | None  # None: the overdue milestones, as of `today`
    today: date
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    chart: Chart | None = None

    def index(self, key: str) -> int:
        return [c.key for c in self.columns].index(key)


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language.startswith("zh") else pair[0]


def title(name: str, language: str = "en") -> str:
    return _pick(TITLES[name], language)


def heading(column: Column, language: str = "en") -> str:
    if column.key.startswith("value_"):
        currency = column.key.removeprefix("value_")
        return f"合同金额（{currency}）" if language.startswith("zh") else f"Value ({currency})"
    return _pick(HEADINGS[column.key], language)


def label(kind: str, value: Any, language: str = "en") -> str:
    """A code as a clerk reads it (a stage, a kind, a status); a group's "" and None too."""
    if value is None:
        return _pick(NO_LISTING, language)
    if value == "":
        return _pick(NOT_GIVEN, language)
    found = LABELS.get(kind, {}).get(str(value))
    return _pick(found, language) if found else str(value).replace("_", " ")


def sector_name(code: str | None, language: str = "en") -> str:
    found = sector(code) if code else None
    return found.name(language) if found else label("group", code, language)


# -- building -----------------------------------------------------------------------------------


def build_report(
    uow: UnitOfWork,
    name: str,
    *,
    since: date | None = None,
    until: date | None = None,
    today: date | None = None,
    language: str = "en",
) -> ReportTable:
    """The report `name` (one of REPORTS) as a table; the period does not apply to "overdue",
    `today` only to it."""
    today = today or date.today()
    if name == "funnel":
        return funnel_table(reports.funnel(uow, since=since, until=until), today)
    if name in _DIMENSIONS:
        found = reports.activity(uow, _DIMENSIONS[name], since=since, until=until)
        return activity_table(name, found, today, language)
    if name == "value":
        return value_table(report_lists.contract_value(uow, since=since, until=until), today)
    if name == "overdue":
        return overdue_table(report_lists.overdue_milestones(uow, today))
    raise ValueError(f"unknown report {name!r}")


def funnel_table(funnel: reports.Funnel, today: date) -> ReportTable:
    columns = (
        Column("stage", "stage"),
        Column("listings", "count"),
        Column("rate", "rate"),
        Column("median_days", "days"),
    )
    rows = tuple((s.stage, s.count, s.rate, s.median_days) for s in funnel.stages)
    return ReportTable("funnel", funnel.period, today, columns, rows, Chart(0, (1,)))


def _value_columns(currencies: tuple[str, ...]) -> tuple[Column, ...]:
    return tuple(Column(f"value_{c}", "money") for c in currencies or (reports.MAIN_CURRENCY,))


def activity_table(
    name: str, activity: reports.Activity, today: date, language: str = "en"
) -> ReportTable:
    currencies = activity.currencies or (reports.MAIN_CURRENCY,)
    group = Column(activity.dimension, "member_kind" if name == "kinds" else "group")
    first: tuple[Column, ...] = (group,)
    if name == "sectors":
        first = (group, Column("sector_name", "text"))
    columns = (
        *first,
        Column("demands", "count"),
        Column("supplies", "count"),
        Column("matches", "count"),
        Column("contracts", "count"),
        *_value_columns(currencies),
    )
    rows = []
    for r in activity.rows:
        names = (sector_name(r.group, language),) if name == "sectors" else ()
        values = tuple(r.value_in(c) for c in currencies)
        rows.append((r.group, *names, r.demands, r.supplies, r.matches, r.contracts, *values))
    counts = len(first)
    chart = Chart(0, (counts, counts + 1, counts + 3))
    return ReportTable(name, activity.period, today, columns, tuple(rows), chart)


def value_table(value: report_lists.ContractValue, today: date) -> ReportTable:
    currencies = value.currencies or (reports.MAIN_CURRENCY,)
    columns = (
        Column("breakdown", "breakdown"),
        Column("key", "contract_kind"),
        Column("contracts", "count"),
        *_value_columns(currencies),
    )

    def line(breakdown: str, key: str, count: int, money: reports.Money) -> tuple[Any, ...]:
        amounts = dict(money)
        return (breakdown, key, count, *(amounts.get(c, Decimal(0)) for c in currencies))

    rows = [line("type", r.key, r.contracts, r.value) for r in value.by_type]
    rows.append(line("total", TOTAL_KEY, value.contracts, value.totals))
    rows += [line("status", r.key, r.contracts, r.value) for r in value.by_status]
    chart = Chart(1, (3,), limit=len(value.by_type)) if value.by_type else None
    return ReportTable("value", value.period, today, columns, tuple(rows), chart)


def overdue_table(overdue: report_lists.OverdueReport) -> ReportTable:
    columns = (
        Column("project", "text"),
        Column("contract_number", "text"),
        Column("milestone", "text"),
        Column("responsible", "text"),
        Column("due_date", "date"),
        Column("days_overdue", "count"),
    )
    rows = tuple(
        (r.project, r.contract_number, r.milestone, r.responsible, r.due_date, r.days_overdue)
        for r in overdue.rows
    )
    return ReportTable("overdue", None, overdue.today, columns, rows)


# -- showing values -----------------------------------------------------------------------------


def cell_label(table: ReportTable, row: tuple[Any, ...], column: int, language: str) -> str:
    """A labelled cell's words; in the contract value table the key is a type or a status."""
    kind = table.columns[column].kind
    value = row[column]
    if table.name == "value" and table.columns[column].key == "key":
        if row[0] == "total":
            return _pick(EVERY_TYPE, language)
        kind = "contract_status" if row[0] == "status" else "contract_kind"
    return label(kind, value, language)


def plain_value(column: Column, value: Any) -> str:
    """A value for a CSV file or a script: codes as stored, rates as fractions, ISO dates."""
    if value is None:
        return ""
    if column.kind == "rate":
        return f"{value:.4f}"
    if column.kind == "days":
        return f"{value:g}"
    if column.kind == "money":
        return f"{value:.2f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def shown_value(table: ReportTable, row: tuple[Any, ...], column: int, language: str) -> str:
    """A value as a reader sees it in a text table or a PDF: labels, 66.7 %, 1,200,000.00."""
    kind = table.columns[column].kind
    value = row[column]
    if kind in LABELLED:
        return cell_label(table, row, column, language)
    if value is None:
        return "—"
    if kind == "count":
        return f"{value:,}"
    if kind == "rate":
        return f"{value * 100:.1f} %"
    if kind == "days":
        return f"{value:,.1f}"
    if kind == "money":
        return f"{value:,.2f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def period_text(table: ReportTable, language: str = "en") -> str:
    """What the report covers, in a line: the period, or the day the overdue list was made."""
    zh = language.startswith("zh")
    if table.period is None:
        return f"截至 {table.today.isoformat()}" if zh else f"As of {table.today.isoformat()}"
    since, until = table.period.since, table.period.until
    if since is None and until is None:
        return "全部时间" if zh else "All time"
    start = since.isoformat() if since else ("最早" if zh else "the beginning")
    end = until.isoformat() if until else ("今天" if zh else "today")
    return f"{start} 至 {end}" if zh else f"From {start} to {end}"


__all__ = [
    "REPORTS",
    "Chart",
    "Column",
    "ReportTable",
    "build_report",
    "cell_label",
    "heading",
    "label",
    "period_text",
    "plain_value",
    "sector_name",
    "shown_value",
    "title",
]
