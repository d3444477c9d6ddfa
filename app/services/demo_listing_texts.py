"""The demo's listing texts: hand-written technology demands and supplies (the corpus).

Each text belongs to a *topic*: the demands and supplies of one topic answer each other, often in
other words (a company owner's plain description against a laboratory's technical one) or in the
other language (a Chinese demand answered by an English supply and the other way round). A
*lure* has no topic of its own: it shares words with the topic it names but solves a different
problem, so a good matcher ranks it below the real answers. The matching work and its tests
rely on this: `topic` and `lure` are the demo's answer key.

The corpus itself is split by field into the demo_listing_texts_* modules.
Budgets are in units of 10,000 CNY (万元), as Chinese offices quote them.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class ListingText:
    """One hand-written listing: its words and what a clerk would fill in beside them."""

    kind: str  # "demand" or "supply"
    topic: str  # texts of one topic answer each other; "" for a lure
    title: str
    summary: str
    description: str
    keywords: tuple[str, ...]
    sectors: tuple[str, ...]  # GB/T 4754 division codes, resources/sectors.json
    trl: int | None  # a supply's readiness level; for a demand, the least it wants
    cooperation: tuple[str, ...]
    ip_status: str  # a supply's; "none" for demands
    budget: tuple[int, int] | None  # a demand's budget range in 10,000 CNY
    owners: tuple[str, ...]  # member kinds that would publish it, likeliest first
    lure: str = ""  # the topic whose words this text shares without solving its problem


def demand(
    topic: str,
    title: str,
    summary: str,
    description: str,
    *,
    keywords: str,
    sectors: str,
    trl: int | None,
    coop: str,
    budget: tuple[int, int],
    lure: str = "",
) -> ListingText:
    """An enterprise's technical need: keywords `;`-separated, sectors and coop space-separated."""
    return ListingText(
        "demand",
        topic,
        title,
        summary,
        description,
        tuple(keywords.split(";")),
        tuple(sectors.split()),
        trl,
        tuple(coop.split()),
        "none",
        budget,
        ("enterprise",),
        lure,
    )


def supply(
    topic: str,
    title: str,
    summary: str,
    description: str,
    *,
    keywords: str,
    sectors: str,
    trl: int,
    ip: str,
    coop: str,
    owners: str,
    lure: str = "",
) -> ListingText:
    """An offer of a university, an institute or an enterprise (owners: member kinds)."""
    return ListingText(
        "supply",
        topic,
        title,
        summary,
        description,
        tuple(keywords.split(";")),
        tuple(sectors.split()),
        trl,
        tuple(coop.split()),
        ip,
        None,
        tuple(owners.split()),
        lure,
    )


RETURN_REASONS = {
    ("demand", "zh"): (
        "技术指标不够具体：请补充目标参数的数值范围（如精度、效率、寿命等），便于对接方评估。",
        "预算区间与需求内容不匹配，请与企业确认后重新填写预算范围。",
        "摘要与描述内容基本重复，请在描述中补充现有工艺、存在的问题和期望的合作方式。",
        "截止日期距今不足两个月，请与企业确认时间安排是否现实。",
        "会员单位的联系人信息已过期，请先更新会员资料再提交。",
    ),
    ("demand", "en"): (
        "Please state the target specifications with values and tolerances, so that partners "
        "can judge whether they can meet them.",
        "The budget range does not fit the scope of work described; please confirm it with "
        "the member.",
        "The summary repeats the description; please describe the current process, the "
        "problem and the cooperation wanted.",
    ),
    ("supply", "zh"): (
        "技术成熟度与描述不符：描述为实验室阶段，请核实后修改TRL。",
        "摘要与描述内容基本重复，请在描述中补充技术路线、应用场景和合作方式。",
        "请说明合作条件，例如许可是否独占、是否提供技术指导。",
        "会员单位的联系人信息已过期，请先更新会员资料再提交。",
    ),
    ("supply", "en"): (
        "The readiness level (TRL) looks too high for results the description calls "
        "laboratory-scale; please check it.",
        "The summary repeats the description; please describe the technical approach and the "
        "intended applications.",
        "Please state the terms offered, for example whether a licence is exclusive.",
    ),
}
"""What a supervisor writes when returning a listing, by kind and language."""

IP_RETURN_REASONS = {
    "zh": "知识产权状态需要核实：请在描述中注明专利号、申请号或软件著作权登记号。",
    "en": "Please give the patent, application or software registration number, so that the "
    "IP status can be checked.",
}
"""The return reason for a supply that claims a patent or a software copyright."""

TITLE_QUALIFIERS = {
    ("demand", "zh"): ("二期项目", "新建基地配套", "第二批需求", "出口产品配套", "扩产配套"),
    ("demand", "en"): (
        "phase 2",
        "second site",
        "follow-up project",
        "export models",
        "capacity expansion",
    ),
    ("supply", "zh"): ("第二代", "中试放大版", "行业定制版", "低成本版", "升级版"),
    ("supply", "en"): (
        "second generation",
        "scaled-up version",
        "industry edition",
        "low-cost version",
        "upgraded version",
    ),
}
"""Added to a title when a demo asks for more listings than the corpus holds."""
