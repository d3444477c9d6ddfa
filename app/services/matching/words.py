"""Word lists and the light English stemmer used by matching.

Stop words are dropped; generic words ("system", "technology", 技术, 系统) are kept but weigh
little, because nearly every listing has them and a distractor that shares only them must not
rank above a listing that solves the same problem."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOP_WORDS = _words(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    either etc few for from further had has have having he her here hers him his how i if in
    into is it its itself just may me might more most much must my no nor not now of off on
    once only or other our ours out over own per same she should so some such than that the
    their them then there these they this those through to too under until up upon very via
    was we were what when where which while who whom why will with within without would you
    your yours us e g i e eg ie vs ca approx incl co ltd inc corp llc gmbh plc limited
    company
    """
)

GENERIC_WORDS = _words(
    """
    system technology technique method device equipment high new process application product
    performance solution develop development research provide offer need want requir improv
    better good use us used make based design project enterprise customer partner work team
    year month day level stage quality cost low reduc increas existing current support
    service platform data function type main advanced efficient efficiency unit line
    production produc industrial industry test result problem issue practic mass key core
    ability capability experience expert expertise innovative novel lab laboratory
    university institute school college centre center scale volume batch open large small
    technical tech solv includ integrat module material component part cooperation joint
    licensing licence license patent ip grant granted pending invention seek seeking look
    looking wish hope plan target goal aim achiev achieve
    """
)

# Chinese: strings taken out before bigrams (legal forms and filler phrases), characters that
# never start or end a useful bigram, and generic bigrams that weigh little.
CJK_STOP_STRINGS = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "我们",
    "我司",
    "本公司",
    "我单位",
    "本单位",
    "本项目",
    "本技术",
    "一种",
    "一套",
    "以及",
    "并且",
    "或者",
    "其中",
    "通过",
    "能够",
    "可以",
    "目前",
    "希望",
    "需要",
    "要求",
    "进行",
    "具有",
    "左右",
    "以上",
    "以下",
    "以内",
    "以及",
    "对于",
    "关于",
    "已经",
    "正在",
)

CJK_STOP_CHARS = frozenset("的了和与及或是在为对等将并其该个于也都而就把被这那之每各从向")

GENERIC_BIGRAMS = _words(
    """
    技术 研发 开发 系统 设备 方法 装置 应用 生产 产品 工艺 提高 降低 提升 实现
    解决 问题 方案 合作 企业 公司 项目 能力 团队 研究 优势 领域 行业 用于 基于
    采用 现有 相关 主要 成本 效率 性能 质量 高效 工业 产业 市场 客户 服务 提供
    管理 专利 授权 发明 申请 许可 转让 中心 大学 学院 高校 研究 实验 试验 数据
    平台 满足 达到 使用 处理 制备 材料 新型 结构 控制 检测 分析 指标 目标 要求
    同时 通过 成熟 稳定 国内 国外 领先 水平 年产 规模 批量 单位 预算 万元 周期
    完成 开展 联合
    """
)

_SPELLING = {
    "aluminium": "aluminum",
    "sulphur": "sulfur",
    "sulphate": "sulfate",
    "colour": "color",
    "colours": "colors",
    "fibre": "fiber",
    "fibres": "fibers",
    "centre": "center",
    "metre": "meter",
    "metres": "meters",
    "litre": "liter",
    "litres": "liters",
    "mould": "mold",
    "moulds": "molds",
    "moulding": "molding",
    "tyre": "tire",
    "tyres": "tires",
    "odour": "odor",
    "odours": "odors",
    "behaviour": "behavior",
    "modelling": "modeling",
    "travelling": "traveling",
    "labour": "labor",
    "grey": "gray",
    "programme": "program",
    "catalyse": "catalyze",
    "analyse": "analyze",
    "analysed": "analyzed",
    "electrolyser": "electrolyzer",
    "electrolysers": "electrolyzers",
}

_VOWELS = frozenset("aeiouy")


def _british_to_american(word: str) -> str:
    word = _SPELLING.get(word, word)
    for british, american in (("isation", "ization"), ("ised", "ized"), ("ising", "izing")):
        if word.endswith(british) and len(word) > len(british) + 2:
            return word[: -len(british)] + american
    return word


def _has_vowel(s: str) -> bool:
    return any(c in _VOWELS for c in s)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light stemmer: British spelling, plurals, -ing and -ed, a final -e.

    Aims at making "batteries"/"battery", "cooling"/"cooled"/"cool", "charging"/"charge" meet;
    it does not try to be linguistically right, only the same on both sides of a comparison."""
    word = _british_to_american(word)
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "xes", "ches", "shes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is", "ys")):
        word = word[:-1]
    if word.endswith("ing") and len(word) >= 6 and _has_vowel(word[:-3]):
        word = word[:-3]
        if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
            word = word[:-1]  # cutting -> cut
    elif word.endswith("ed") and len(word) >= 5 and not word.endswith("eed"):
        base = word[:-2]
        if _has_vowel(base):
            word = base[:-1] if len(base) > 3 and base[-1] == base[-2] not in "lsz" else base
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


_NOT_WORD_RE = re.compile(r"[\W_]+")
_APOSTROPHE_RE = re.compile("['\u2018\u2019\u02bc]")


def normalize(text: str) -> str:
    """app.services.text.normalize's result (NFKC, case-folded, punctuation and symbols to
    spaces) for listing text, in one regex pass, not a loop per character (50k listings)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NOT_WORD_RE.sub(" ", _APOSTROPHE_RE.sub("", folded)).strip()
