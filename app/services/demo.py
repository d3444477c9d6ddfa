"""Realistic synthetic data for demonstrations, training and benchmarks.

Members of every kind, mostly Chinese (enterprises, universities and their schools, research
institutes, government departments, intermediaries, investors) and some German and Finnish
ones, with valid unified social credit codes, sector codes that fit the name, contacts with
valid mobile numbers, and a few alliances. The same seed always gives the same data.
"""

import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from app.db import Database, demo_sqlite_path, sqlite_url
from app.errors import DomainError
from app.models import AllianceRole, Member, MemberKind, MemberStatus, SizeClass
from app.models.base import utcnow
from app.services import alliances as alliance_service
from app.services import member_io
from app.services import members as member_service
from app.services.members import ContactData, MemberData
from app.services.uow import Actor, UnitOfWork

DEMO_ACTOR = Actor("demo")
BATCH_SIZE = 5000
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


@dataclass(frozen=True)
class DemoSummary:
    members: int
    contacts: int
    alliances: int
    alliance_memberships: int

    def summary(self) -> str:
        return (
            f"Demo data created: {self.members} members with {self.contacts} contacts, "
            f"{self.alliances} alliances with {self.alliance_memberships} memberships."
        )


# -- codes --------------------------------------------------------------------------------------


def uscc_check_character(first17: str) -> str:
    """The 18th character of a unified social credit code (GB 32100-2015)."""
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def organization_code(body8: str) -> str:
    """An organisation code (GB 11714): eight characters and their check character."""
    total = sum(int(c, 36) * w for c, w in zip(body8, _ORG_CODE_WEIGHTS, strict=True))
    check = 11 - total % 11
    return body8 + {10: "X", 11: "0"}.get(check, str(check))


def make_uscc(rng: random.Random, prefix: str, division: str) -> str:
    """A valid unified social credit code: authority and type (e.g. "91"), 6-digit division."""
    if prefix.startswith("9") and rng.random() < 0.5:  # new company codes mostly start with MA
        body = "MA" + "".join(rng.choice(USCC_ALPHABET) for _ in range(6))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    first17 = prefix + division + organization_code(body)
    return first17 + uscc_check_character(first17)


def make_finnish_business_id(rng: random.Random) -> str:
    """A Finnish business id (Y-tunnus) with a valid check digit."""
    while True:
        digits = f"{rng.randrange(1_000_000, 3_300_000):07d}"
        rest = sum(int(d) * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        if rest != 1:
            return f"{digits}-{0 if rest == 0 else 11 - rest}"


# -- the words names are made of ----------------------------------------------------------------
# fmt: off
# City: (name, pinyin, province, province domain code, division codes for USCCs, weight).
CITIES = [
    ("苏州", "suzhou", "江苏省", "js", ("320505", "320506", "320508", "320571"), 12),
    ("南京", "nanjing", "江苏省", "js", ("320102", "320104", "320115"), 8),
    ("无锡", "wuxi", "江苏省", "js", ("320211", "320213", "320214"), 6),
    ("常州", "changzhou", "江苏省", "js", ("320411", "320412"), 5),
    ("南通", "nantong", "江苏省", "js", ("320602", "320612"), 3),
    ("上海", "shanghai", "上海市", "sh", ("310115", "310104", "310112", "310114"), 10),
    ("杭州", "hangzhou", "浙江省", "zj", ("330106", "330108", "330110"), 7),
    ("宁波", "ningbo", "浙江省", "zj", ("330203", "330212"), 4),
    ("合肥", "hefei", "安徽省", "ah", ("340104", "340111"), 4),
    ("北京", "beijing", "北京市", "bj", ("110108", "110105", "110114"), 6),
    ("天津", "tianjin", "天津市", "tj", ("120116",), 2),
    ("深圳", "shenzhen", "广东省", "gd", ("440305", "440306", "440307"), 6),
    ("广州", "guangzhou", "广东省", "gd", ("440106", "440112"), 4),
    ("武汉", "wuhan", "湖北省", "hb", ("420106", "420111"), 3),
    ("成都", "chengdu", "四川省", "sc", ("510107", "510116"), 3),
    ("西安", "xian", "陕西省", "sn", ("610113", "610131"), 3),
    ("济南", "jinan", "山东省", "sd", ("370102", "370112"), 2),
    ("青岛", "qingdao", "山东省", "sd", ("370212", "370211"), 2),
    ("长沙", "changsha", "湖南省", "hn", ("430104", "430111"), 2),
    ("厦门", "xiamen", "福建省", "fj", ("350203", "350211"), 2),
    ("福州", "fuzhou", "福建省", "fj", ("350102",), 1),
    ("大连", "dalian", "辽宁省", "ln", ("210204", "210211"), 2),
    ("沈阳", "shenyang", "辽宁省", "ln", ("210102",), 1),
    ("哈尔滨", "harbin", "黑龙江省", "hlj", ("230103",), 1),
    ("长春", "changchun", "吉林省", "jl", ("220104",), 1),
    ("郑州", "zhengzhou", "河南省", "henan", ("410105",), 2),
    ("重庆", "chongqing", "重庆市", "cq", ("500112", "500106"), 2),
    ("昆明", "kunming", "云南省", "yn", ("530102",), 1),
    ("南昌", "nanchang", "江西省", "jx", ("360102",), 1),
    ("太原", "taiyuan", "山西省", "shanxi", ("140105",), 1),
    ("石家庄", "shijiazhuang", "河北省", "hebei", ("130102",), 1),
    ("南宁", "nanning", "广西壮族自治区", "gxzf", ("450103",), 1),
]
MUNICIPALITIES = {"北京", "上海", "天津", "重庆"}
CITY_WEIGHTS = [c[5] for c in CITIES]

# Enterprise line of business: (words in the name, domain part, keywords, sector codes).
INDUSTRIES = [
    ("纳米新材料科技", "nano", ["纳米材料", "功能涂层", "石墨烯", "nanomaterials", "coating"],
     ["C26", "C30"]),
    ("新能源科技", "energy", ["锂电池", "储能", "光伏", "energy storage", "lithium-ion"],
     ["C38", "D44"]),
    ("生物医药", "bio", ["创新药", "抗体", "生物制剂", "antibody", "drug delivery"],
     ["C27", "M73"]),
    ("软件技术", "soft", ["工业软件", "云计算", "大数据", "SaaS", "machine learning"], ["I65"]),
    ("智能装备", "robot", ["工业机器人", "数控机床", "自动化", "robotics", "machine vision"],
     ["C34", "C35"]),
    ("半导体", "semi", ["芯片", "集成电路", "封装测试", "MEMS", "wafer"], ["C39"]),
    ("汽车零部件", "auto", ["新能源汽车", "轻量化", "电驱动", "powertrain", "热管理"], ["C36"]),
    ("环保科技", "eco", ["污水处理", "固废资源化", "VOCs治理", "wastewater", "碳减排"],
     ["N77", "C42"]),
    ("精密仪器", "instr", ["光谱仪", "传感器", "检测设备", "metrology", "sensor"], ["C40"]),
    ("医疗器械", "med", ["体外诊断", "医学影像", "植入器械", "IVD", "medical imaging"],
     ["C35", "C27"]),
    ("光电科技", "photon", ["激光", "光纤", "LED", "photonics", "光通信"], ["C39", "C40"]),
    ("通信技术", "tel", ["5G", "物联网", "射频", "IoT", "antenna"], ["I63", "C39"]),
    ("化工", "chem", ["精细化工", "催化剂", "高分子材料", "catalyst", "polymer"], ["C26"]),
    ("食品科技", "food", ["功能食品", "发酵", "食品安全", "fermentation", "保鲜"], ["C14", "C13"]),
    ("纺织科技", "tex", ["功能纤维", "非织造", "智能纺织", "technical textiles", "印染"],
     ["C17", "C28"]),
    ("航空科技", "aero", ["无人机", "复合材料", "航空发动机", "UAV", "composites"], ["C37"]),
    ("农业科技", "agri", ["智慧农业", "种业", "生物肥料", "precision agriculture", "设施农业"],
     ["A01", "M75"]),
    ("信息技术", "it", ["人工智能", "数字孪生", "网络安全", "AI", "computer vision"],
     ["I65", "I64"]),
    ("电气", "elec", ["电机", "变频器", "智能电网", "power electronics", "充电桩"], ["C38"]),
    ("精密机械", "mech", ["精密加工", "模具", "轴承", "CNC machining", "增材制造"], ["C34", "C33"]),
    ("检测技术服务", "test", ["检验检测", "认证", "失效分析", "testing", "calibration"], ["M74"]),
    ("新材料", "mat", ["陶瓷材料", "高温合金", "稀土", "ceramics", "alloy"], ["C30", "C32"]),
]

# Trade names (字号) with their pinyin.
TRADE_NAMES = [
    ("华芯", "huaxin"), ("科瑞", "kerui"), ("博远", "boyuan"), ("瑞联", "ruilian"),
    ("天成", "tiancheng"), ("恒信", "hengxin"), ("纳微", "nawei"), ("宏达", "hongda"),
    ("金石", "jinshi"), ("清源", "qingyuan"), ("新锐", "xinrui"), ("启明", "qiming"),
    ("锦程", "jincheng"), ("同创", "tongchuang"), ("鼎盛", "dingsheng"), ("智远", "zhiyuan"),
    ("凯瑞", "kairui"), ("远航", "yuanhang"), ("星辰", "xingchen"), ("永拓", "yongtuo"),
    ("汉森", "hansen"), ("中瑞", "zhongrui"), ("卓越", "zhuoyue"), ("华科", "huake"),
    ("众诚", "zhongcheng"), ("睿思", "ruisi"), ("嘉禾", "jiahe"), ("海创", "haichuang"),
    ("蓝海", "lanhai"), ("聚能", "juneng"), ("联创", "lianchuang"), ("优普", "youpu"),
    ("晨光", "chenguang"), ("泰和", "taihe"), ("长风", "changfeng"), ("云帆", "yunfan"),
    ("瀚博", "hanbo"), ("立德", "lide"), ("奥拓", "aotuo"), ("赛恩", "saien"),
    ("迈科", "maike"), ("格林", "gelin"), ("东升", "dongsheng"), ("致远", "zhiyuan"),
]
LEGAL_FORMS = ["有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"]

UNIVERSITIES = [
    ("浙江大学", "zju", "杭州"), ("清华大学", "tsinghua", "北京"), ("北京大学", "pku", "北京"),
    ("复旦大学", "fudan", "上海"), ("上海交通大学", "sjtu", "上海"), ("南京大学", "nju", "南京"),
    ("东南大学", "seu", "南京"), ("苏州大学", "suda", "苏州"),
    ("中国科学技术大学", "ustc", "合肥"), ("华中科技大学", "hust", "武汉"),
    ("武汉大学", "whu", "武汉"), ("西安交通大学", "xjtu", "西安"),
    ("哈尔滨工业大学", "hit", "哈尔滨"), ("同济大学", "tongji", "上海"),
    ("天津大学", "tju", "天津"), ("四川大学", "scu", "成都"), ("中山大学", "sysu", "广州"),
    ("华南理工大学", "scut", "广州"), ("大连理工大学", "dlut", "大连"),
    ("山东大学", "sdu", "济南"), ("厦门大学", "xmu", "厦门"),
    ("南京航空航天大学", "nuaa", "南京"), ("北京航空航天大学", "buaa", "北京"),
    ("北京理工大学", "bit", "北京"), ("电子科技大学", "uestc", "成都"),
    ("西北工业大学", "nwpu", "西安"), ("江南大学", "jiangnan", "无锡"),
    ("南京理工大学", "njust", "南京"), ("浙江工业大学", "zjut", "杭州"),
    ("合肥工业大学", "hfut", "合肥"), ("西交利物浦大学", "xjtlu", "苏州"),
    ("南京工业大学", "njtech", "南京"), ("常州大学", "cczu", "常州"), ("南通大学", "ntu", "南通"),
    ("宁波大学", "nbu", "宁波"), ("中南大学", "csu", "长沙"), ("湖南大学", "hnu", "长沙"),
    ("吉林大学", "jlu", "长春"), ("东北大学", "neu", "沈阳"), ("郑州大学", "zzu", "郑州"),
    ("重庆大学", "cqu", "重庆"), ("深圳大学", "szu", "深圳"),
    ("南方科技大学", "sustech", "深圳"), ("青岛大学", "qdu", "青岛"),
]
# University schools and offices: (name, keywords, sectors).
SCHOOLS = [
    ("材料科学与工程学院", ["先进材料", "materials science"], ["C30", "M73"]),
    ("机械工程学院", ["智能制造", "mechanical engineering"], ["C34", "M73"]),
    ("化学化工学院", ["绿色化工", "chemical engineering"], ["C26", "M73"]),
    ("计算机科学与技术学院", ["人工智能", "computer science"], ["I65", "M73"]),
    ("电子信息学院", ["集成电路", "electronics"], ["C39", "M73"]),
    ("生命科学学院", ["合成生物学", "life sciences"], ["C27", "M73"]),
    ("医学院", ["临床转化", "medicine"], ["Q84", "C27"]),
    ("能源与环境学院", ["碳中和", "energy"], ["D44", "N77"]),
    ("技术转移中心", ["技术转移", "technology transfer"], ["M75"]),
    ("科学技术研究院", ["产学研合作", "research management"], ["M73", "M75"]),
]
# Fields for synthetic colleges and institutes: (name part, domain part, keywords, sectors).
FIELDS = [
    ("理工", "ut", ["工程技术", "engineering"], ["P83", "M73"]),
    ("科技", "ust", ["应用研究", "applied research"], ["P83", "M73"]),
    ("信息工程", "ie", ["信息技术", "information engineering"], ["P83", "I65"]),
    ("医科", "mu", ["临床医学", "medicine"], ["P83", "Q84"]),
    ("农业", "au", ["农业科学", "agriculture"], ["P83", "A01"]),
    ("工业职业技术", "ivt", ["职业教育", "vocational training"], ["P83", "C34"]),
    ("化工", "ct", ["化学工程", "chemical engineering"], ["P83", "C26"]),
    ("电力", "ep", ["电力系统", "power systems"], ["P83", "D44"]),
]
INSTITUTE_FIELDS = [
    ("先进材料", "am", ["先进材料", "advanced materials"], ["M73", "C30"]),
    ("智能制造", "im", ["智能制造", "smart manufacturing"], ["M73", "C34"]),
    ("生物医药", "bio", ["生物医药", "biomedicine"], ["M73", "C27"]),
    ("集成电路", "ic", ["集成电路", "integrated circuits"], ["M73", "C39"]),
    ("新能源", "ne", ["新能源", "renewable energy"], ["M73", "D44"]),
    ("环境科学", "env", ["环境治理", "environmental science"], ["M73", "N77"]),
    ("信息技术", "it", ["人工智能", "information technology"], ["M73", "I65"]),
    ("农业科学", "agri", ["农业技术", "agronomy"], ["M73", "A01"]),
    ("精密仪器", "pi", ["精密测量", "precision instruments"], ["M73", "C40"]),
    ("激光技术", "laser", ["激光加工", "laser technology"], ["M73", "C40"]),
]
# (name, domain part, city, sectors, keywords)
CAS_INSTITUTES = [
    ("中国科学院上海硅酸盐研究所", "sic", "上海", ["C30", "M73"], ["无机材料", "ceramics"]),
    ("中国科学院苏州纳米技术与纳米仿生研究所", "sinano", "苏州", ["M73", "C39"],
     ["纳米器件", "nanotechnology"]),
    ("中国科学院宁波材料技术与工程研究所", "nimte", "宁波", ["M73", "C26"],
     ["高分子材料", "materials engineering"]),
    ("中国科学院大连化学物理研究所", "dicp", "大连", ["M73", "C26"], ["催化", "fuel cells"]),
    ("中国科学院长春应用化学研究所", "ciac", "长春", ["M73", "C26"],
     ["稀土", "applied chemistry"]),
    ("中国科学院深圳先进技术研究院", "siat", "深圳", ["M73", "I65"],
     ["医疗机器人", "advanced technology"]),
    ("中国科学院上海微系统与信息技术研究所", "sim", "上海", ["M73", "C39"],
     ["微系统", "microsystems"]),
    ("中国科学院合肥物质科学研究院", "hf", "合肥", ["M73"], ["等离子体", "physical sciences"]),
    ("中国科学院沈阳自动化研究所", "sia", "沈阳", ["M73", "C34"], ["机器人", "automation"]),
    ("中国科学院青岛生物能源与过程研究所", "qibebt", "青岛", ["M73", "D44"],
     ["生物能源", "bioenergy"]),
    ("江苏省产业技术研究院", "jitri", "南京", ["M73", "M75"],
     ["协同创新", "industrial technology"]),
]
# Government offices: (name part, web host prefix, keywords, sectors).
GOVERNMENT_PROVINCE = [
    ("科学技术厅", "kjt", ["科技政策", "项目申报", "science policy"], ["S92", "M75"]),
    ("工业和信息化厅", "gxt", ["产业政策", "智能制造", "industrial policy"], ["S92"]),
    ("发展和改革委员会", "fgw", ["产业规划", "development planning"], ["S92"]),
    ("知识产权局", "ipo", ["专利", "知识产权保护", "intellectual property"], ["S92", "M75"]),
]
GOVERNMENT_CITY = [
    ("市科学技术局", "kjj", ["科技计划", "创新券", "innovation vouchers"], ["S92", "M75"]),
    ("市工业和信息化局", "gxj", ["技改补贴", "industrial upgrading"], ["S92"]),
    ("市发展和改革委员会", "fgw", ["产业规划", "development planning"], ["S92"]),
    ("高新技术产业开发区管理委员会", "hitech", ["科技园区", "招商引资", "high-tech zone"],
     ["S92", "L72"]),
    ("经济技术开发区管理委员会", "etdz", ["园区管理", "economic development"], ["S92", "L72"]),
    ("市知识产权局", "ipo", ["专利", "intellectual property"], ["S92", "M75"]),
]
# Intermediaries, investors and others: (pattern, domain, USCC prefix, keywords, sectors).
# In patterns {city} is the city, {prov} the province and {trade} a trade name.
INTERMEDIARY_PATTERNS = [
    ("{city}市技术转移中心", "tt", "12", ["技术转移", "成果转化", "technology transfer"],
     ["M75"]),
    ("{city}{trade}知识产权代理有限公司", "ip", "91", ["专利代理", "商标", "patent attorney"],
     ["M75", "L72"]),
    ("{city}{trade}科技咨询有限公司", "consult", "91", ["技术咨询", "项目申报", "consulting"],
     ["L72", "M75"]),
    ("{prov}技术市场协会", "tma", "51", ["技术市场", "技术合同登记", "technology market"],
     ["S95", "M75"]),
    ("{city}市生产力促进中心", "ppc", "12", ["中小企业服务", "SME services"], ["M75"]),
    ("{city}{trade}技术转移服务有限公司", "tts", "91", ["技术经纪", "technology brokerage"],
     ["M75"]),
]
INVESTOR_PATTERNS = [
    ("{city}{trade}创业投资有限公司", "vc", "91", ["风险投资", "天使投资", "venture capital"],
     ["J67"]),
    ("{city}{trade}资本管理有限公司", "capital", "91", ["股权投资", "private equity"], ["J67"]),
    ("{trade}股权投资基金管理（{city}）有限公司", "fund", "91",
     ["基金管理", "产业基金", "fund management"], ["J67", "J69"]),
    ("{prov}高新技术创业投资有限公司", "hvc", "91", ["政府引导基金", "seed funding"],
     ["J67"]),
]
OTHER_PATTERNS = [
    ("{city}{trade}产业园运营管理有限公司", "park", "91", ["产业园区", "孵化", "science park"],
     ["L72", "K70"]),
    ("{city}市新材料学会", "mrs", "51", ["学术交流", "learned society"], ["S95"]),
    ("{prov}智能制造行业协会", "ima", "51", ["行业标准", "industry association"], ["S95"]),
    ("{city}{trade}孵化器管理有限公司", "incubator", "91", ["众创空间", "incubator"],
     ["M75", "L72"]),
    ("{city}{trade}科技园发展有限公司", "sp", "91", ["科技园", "technology park"], ["L72"]),
]

# Foreign members: (kind, name, short name, country, region, city, domain, sectors, keywords).
FOREIGN_ORGANISATIONS = [
    (MemberKind.UNIVERSITY, "Technical University of Munich", "TUM", "DE", "Bayern",
     "München", "tum.de", ["P83", "M73"], ["engineering", "technology transfer"]),
    (MemberKind.UNIVERSITY, "RWTH Aachen University", "RWTH", "DE", "Nordrhein-Westfalen",
     "Aachen", "rwth-aachen.de", ["P83", "M73"], ["production engineering", "materials"]),
    (MemberKind.UNIVERSITY, "Karlsruhe Institute of Technology", "KIT", "DE",
     "Baden-Württemberg", "Karlsruhe", "kit.edu", ["P83", "M73"], ["energy", "mobility"]),
    (MemberKind.UNIVERSITY, "Aalto University", "Aalto", "FI", "Uusimaa", "Espoo", "aalto.fi",
     ["P83", "M73"], ["design", "chemical engineering"]),
    (MemberKind.UNIVERSITY, "University of Oulu", "", "FI", "Pohjois-Pohjanmaa", "Oulu",
     "oulu.fi", ["P83", "M73"], ["6G", "wireless"]),
    (MemberKind.RESEARCH_INSTITUTE, "Fraunhofer Institute for Silicate Research ISC",
     "Fraunhofer ISC", "DE", "Bayern", "Würzburg", "isc.fraunhofer.de", ["M73", "C30"],
     ["glass", "ceramics", "battery materials"]),
    (MemberKind.RESEARCH_INSTITUTE, "Fraunhofer Institute for Solar Energy Systems ISE",
     "Fraunhofer ISE", "DE", "Baden-Württemberg", "Freiburg", "ise.fraunhofer.de",
     ["M73", "D44"], ["photovoltaics", "光伏", "hydrogen"]),
    (MemberKind.RESEARCH_INSTITUTE, "Fraunhofer Institute for Laser Technology ILT",
     "Fraunhofer ILT", "DE", "Nordrhein-Westfalen", "Aachen", "ilt.fraunhofer.de",
     ["M73", "C40"], ["laser", "激光", "additive manufacturing"]),
    (MemberKind.RESEARCH_INSTITUTE, "VTT Technical Research Centre of Finland", "VTT", "FI",
     "Uusimaa", "Espoo", "vttresearch.com", ["M73"], ["bioeconomy", "quantum"]),
    (MemberKind.RESEARCH_INSTITUTE, "Helmholtz-Zentrum Dresden-Rossendorf", "HZDR", "DE",
     "Sachsen", "Dresden", "hzdr.de", ["M73"], ["materials research", "accelerators"]),
    (MemberKind.GOVERNMENT, "Business Finland", "", "FI", "Uusimaa", "Helsinki",
     "businessfinland.fi", ["S92", "M75"], ["innovation funding", "export"]),
    (MemberKind.GOVERNMENT, "Bavarian Ministry of Economic Affairs, Regional Development and "
     "Energy", "StMWi", "DE", "Bayern", "München", "stmwi.bayern.de", ["S92"],
     ["economic policy", "energy"]),
    (MemberKind.INTERMEDIARY, "Steinbeis Transfer Centre Technology Management", "Steinbeis",
     "DE", "Baden-Württemberg", "Stuttgart", "steinbeis.de", ["M75"],
     ["technology transfer", "技术转移"]),
    (MemberKind.INVESTOR, "Bayern Kapital GmbH", "", "DE", "Bayern", "Landshut",
     "bayernkapital.de", ["J67"], ["venture capital", "seed funding"]),
    (MemberKind.INVESTOR, "Nordic Deep Tech Ventures Oy", "", "FI", "Uusimaa", "Helsinki",
     "nordicdeeptech.fi", ["J67"], ["deep tech", "venture capital"]),
]
GERMAN_PLACES = [("Bayern", "München"), ("Baden-Württemberg", "Stuttgart"), ("Sachsen", "Dresden"),
                 ("Nordrhein-Westfalen", "Aachen"), ("Thüringen", "Jena"),
                 ("Baden-Württemberg", "Karlsruhe"), ("Hessen", "Darmstadt")]
FINNISH_PLACES = [("Uusimaa", "Helsinki"), ("Uusimaa", "Espoo"), ("Pohjois-Pohjanmaa", "Oulu"),
                  ("Pirkanmaa", "Tampere"), ("Varsinais-Suomi", "Turku")]
GERMAN_FAMILIES = ["Schneider", "Hoffmann", "Keller", "Becker", "Wagner", "Richter", "Krause",
                   "Lehmann", "Brandt", "Vogel", "Hartmann", "Franke", "Albrecht", "Seidel"]
FINNISH_PREFIXES = ["Nordic", "Lumi", "Arctic", "Aurora", "Kide", "Tuuli", "Saimaa", "Polar",
                    "Kivi", "Revontuli", "Virta", "Metsä"]
# Foreign line of business: (German word, English word, sectors, keywords).
FOREIGN_TRADES = [
    ("Lasertechnik", "Photonics", ["C40"], ["laser", "photonics", "激光"]),
    ("Präzisionstechnik", "Precision", ["C34"], ["precision machining", "精密加工"]),
    ("Sensorik", "Sensors", ["C40"], ["sensor", "传感器", "metrology"]),
    ("Batterietechnik", "Battery", ["C38"], ["battery", "储能", "lithium-ion"]),
    ("Medizintechnik", "Medtech", ["C35"], ["medical devices", "医疗器械"]),
    ("Automatisierung", "Robotics", ["C34", "I65"], ["automation", "robotics", "机器人"]),
    ("Wasserstofftechnik", "Hydrogen", ["D45", "C38"], ["hydrogen", "氢能", "fuel cells"]),
    ("Werkstofftechnik", "Materials", ["C30", "C32"], ["materials", "新材料", "coating"]),
    ("Software", "Software", ["I65"], ["software", "industrial IoT", "工业软件"]),
]
GERMAN_FORMS = ["GmbH", "GmbH", "GmbH & Co. KG", "AG"]
FINNISH_FORMS = ["Oy", "Oy", "Oyj"]

SURNAMES = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
            ("杨", "yang"), ("赵", "zhao"), ("黄", "huang"), ("周", "zhou"), ("吴", "wu"),
            ("徐", "xu"), ("孙", "sun"), ("胡", "hu"), ("朱", "zhu"), ("高", "gao"),
            ("林", "lin"), ("何", "he"), ("郭", "guo"), ("马", "ma"), ("罗", "luo"),
            ("欧阳", "ouyang"), ("诸葛", "zhuge")]
GIVEN_NAMES = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"),
               ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"),
               ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("涛", "tao"), ("明", "ming"),
               ("超", "chao"), ("秀英", "xiuying"), ("建国", "jianguo"), ("晓东", "xiaodong"),
               ("海燕", "haiyan"), ("志强", "zhiqiang"), ("婷", "ting"), ("子涵", "zihan"),
               ("雨欣", "yuxin"), ("浩然", "haoran")]
FOREIGN_PEOPLE = [("Anna", "Müller", "mueller"), ("Jonas", "Schmidt", "schmidt"),
                  ("Lena", "Fischer", "fischer"), ("Markus", "Weber", "weber"),
                  ("Sophie", "Schäfer", "schaefer"), ("Mikko", "Virtanen", "virtanen"),
                  ("Aino", "Korhonen", "korhonen"), ("Juha", "Mäkinen", "makinen"),
                  ("Laura", "Nieminen", "nieminen"), ("Tobias", "Wolf", "wolf")]
TITLES = {
    MemberKind.ENTERPRISE: ["总经理", "技术总监", "研发经理", "董事长", "项目经理"],
    MemberKind.UNIVERSITY: ["教授", "副教授", "科研处处长", "技术转移中心主任"],
    MemberKind.RESEARCH_INSTITUTE: ["研究员", "副所长", "成果转化处处长", "高级工程师"],
    MemberKind.GOVERNMENT: ["处长", "副处长", "科员"],
    MemberKind.INTERMEDIARY: ["技术经纪人", "主任", "专利代理师"],
    MemberKind.INVESTOR: ["投资总监", "合伙人", "投资经理"],
    MemberKind.OTHER: ["秘书长", "运营总监", "主任"],
}
FOREIGN_TITLES = ["Managing Director", "Head of Business Development", "Professor",
                  "Technology Transfer Manager", "Senior Scientist"]
MOBILE_PREFIXES = ["130", "131", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                   "155", "157", "158", "159", "177", "180", "181", "186", "187", "189", "199"]
# Mobile prefixes and the number of digits after them.
FOREIGN_MOBILE = {"DE": (["+49151", "+49152", "+49176"], 8), "FI": (["+35840", "+35850"], 7)}

KIND_WEIGHTS = [
    (MemberKind.ENTERPRISE, 62), (MemberKind.UNIVERSITY, 7), (MemberKind.RESEARCH_INSTITUTE, 9),
    (MemberKind.GOVERNMENT, 5), (MemberKind.INTERMEDIARY, 7), (MemberKind.INVESTOR, 6),
    (MemberKind.OTHER, 4),
]
SIZE_WEIGHTS = [(SizeClass.MICRO, 25), (SizeClass.SMALL, 40), (SizeClass.MEDIUM, 25),
                (SizeClass.LARGE, 10)]

# (name, focus, sectors whose members may join)
ALLIANCES = [
    ("长三角新材料产业技术创新战略联盟", "新材料", {"C26", "C30", "C32"}),
    ("长三角集成电路产业创新联盟", "集成电路与半导体", {"C39"}),
    ("新能源汽车产业技术创新联盟", "新能源汽车、动力电池", {"C36", "C38", "D44"}),
    ("生物医药产学研协同创新联盟", "生物医药、医疗器械", {"C27", "C35"}),
    ("Sino-German Smart Manufacturing Alliance 中德智能制造合作联盟", "智能制造, Industry 4.0",
     {"C34", "C35", "I65"}),
    ("绿色低碳技术转移联盟", "环保与碳中和", {"N77", "C42", "D44"}),
]
# fmt: on


# -- generation ---------------------------------------------------------------------------------


@dataclass
class _Org:
    """A generated member before it is written: its id, data and dates."""

    id: str
    data: MemberData
    age_days: int


class _Generator:
    """Deterministic member data for one seed; names and codes never repeat."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        # Ids and dates come from their own stream, so the data never depends on them.
        self.ids = random.Random(seed + 1_000_003)
        self.kinds = random.Random(seed + 1)
        self.names: set[str] = set()
        self.codes: set[str] = set()
        self.foreign_left = list(FOREIGN_ORGANISATIONS)
        self.real_left = list(UNIVERSITIES)
        self.cas_left = list(CAS_INSTITUTES)

    def uuid(self) -> str:
        return _uuid(self.ids)

    def orgs(self, count: int) -> Iterator[_Org]:
        """Every kind at least once, then the usual mix of a regional office."""
        kinds = [k for k, _ in KIND_WEIGHTS]
        weights = [w for _, w in KIND_WEIGHTS]
        for index in range(count):
            kind = kinds[index] if index < len(kinds) else self.kinds.choices(kinds, weights)[0]
            yield self.member(index, kind)

    def city(self) -> tuple[Any, ...]:
        return self.rng.choices(CITIES, CITY_WEIGHTS)[0]

    def unique(self, make: Callable[[], Any], tries: int = 12) -> Any:
        """A result of make() whose name is not taken yet, or None when they keep clashing."""
        for _ in range(tries):
            result = make()
            if result is not None and result[0] not in self.names:
                self.names.add(result[0])
                return result
        return None

    def code(self, prefix: str, divisions: tuple[str, ...]) -> str:
        while True:
            code = make_uscc(self.rng, prefix, self.rng.choice(divisions))
            if code not in self.codes:
                self.codes.add(code)
                return code

    def other_code(self, country: str) -> str:
        while True:
            if country == "FI":
                code = make_finnish_business_id(self.rng)
            else:
                code = f"HRB {self.rng.randrange(10000, 999999)}"
            if code not in self.codes:
                self.codes.add(code)
                return code

    # each kind returns (name, short name, city row, USCC prefix, website, keywords, sectors)

    def enterprise(self) -> tuple[Any, ...]:
        rng = self.rng
        city = self.city()
        trade, trade_py = rng.choice(TRADE_NAMES)
        words, slug, keywords, sectors = rng.choice(INDUSTRIES)
        place = city[0] if rng.random() < 0.75 else city[2].removesuffix("省").removesuffix("市")
        style = rng.random()
        if style < 0.08:  # the long names of research-type companies
            name = f"{city[0]}工业园区{trade}{words}研究院有限公司"
        elif style < 0.15:
            name = f"{place}{trade}{words}集团股份有限公司"
        else:
            name = f"{place}{trade}{words}{rng.choice(LEGAL_FORMS)}"
        domain = f"{trade_py}-{slug}.{rng.choice(['com', 'cn', 'com.cn'])}"
        return (
            name,
            f"{trade}{words[:2]}",
            city,
            "91",
            f"https://www.{domain}",
            rng.sample(keywords, rng.randint(2, 4)),
            list(sectors),
        )

    def university(self) -> tuple[Any, ...] | None:
        rng = self.rng
        if self.real_left and rng.random() < 0.5:
            name, slug, city_name = self.real_left.pop(rng.randrange(len(self.real_left)))
            city = next(c for c in CITIES if c[0] == city_name)
            return (
                name,
                "",
                city,
                "12",
                f"https://www.{slug}.edu.cn",
                ["产学研合作", "技术转移", "tech transfer"],
                ["P83", "M73"],
            )
        if rng.random() < 0.5:
            base, slug, city_name = rng.choice(UNIVERSITIES)
            school, keywords, sectors = rng.choice(SCHOOLS)
            city = next(c for c in CITIES if c[0] == city_name)
            return (
                f"{base}{school}",
                "",
                city,
                "12",
                f"https://www.{slug}.edu.cn",
                [*keywords, "产学研合作"],
                ["P83", *sectors],
            )
        city = self.city()
        field, slug, keywords, sectors = rng.choice(FIELDS)
        kind = rng.choice(["学院", "大学"])
        return (
            f"{city[0]}{field}{kind}",
            "",
            city,
            "12",
            f"https://www.{city[1]}{slug}.edu.cn",
            [*keywords, "人才培养"],
            list(sectors),
        )

    def institute(self) -> tuple[Any, ...] | None:
        rng = self.rng
        if self.cas_left and rng.random() < 0.4:
            name, slug, city_name, sectors, keywords = self.cas_left.pop(0)
            city = next(c for c in CITIES if c[0] == city_name)
            domain = "jitri.cn" if slug == "jitri" else f"{slug}.cas.cn"
            return (name, "", city, "12", f"https://www.{domain}", list(keywords), list(sectors))
        city = self.city()
        field, slug, keywords, sectors = rng.choice(INSTITUTE_FIELDS)
        pattern = rng.randrange(4)
        if pattern == 0:
            name, prefix = f"{city[2]}{field}研究院", "12"
        elif pattern == 1:
            name, prefix = f"{city[0]}{field}技术研究所", "12"
        elif pattern == 2:
            words = rng.choice(INDUSTRIES)[0]
            name, prefix = f"{city[0]}{words}产业技术研究院有限公司", "91"
        else:
            base = rng.choice(UNIVERSITIES)[0]
            name, prefix = f"{base}{city[0]}{field}研究院", "12"
        return (
            name,
            "",
            city,
            prefix,
            f"https://www.{city[1]}-{slug}.org.cn",
            [*keywords, "中试熟化"],
            list(sectors),
        )

    def government(self) -> tuple[Any, ...] | None:
        rng = self.rng
        city = self.city()
        if rng.random() < 0.35:
            office, slug, keywords, sectors = rng.choice(GOVERNMENT_PROVINCE)
            if city[0] in MUNICIPALITIES and slug == "kjt":
                office = "科学技术委员会"
            name = f"{city[2]}{office}"
            website = f"https://{slug}.{city[3]}.gov.cn"
        else:
            office, slug, keywords, sectors = rng.choice(GOVERNMENT_CITY)
            if city[0] in MUNICIPALITIES and office.startswith("市"):
                office = office[1:]
            name = f"{city[2] if city[0] in MUNICIPALITIES else city[0]}{office}"
            website = f"https://{slug}.{city[1]}.gov.cn"
        return (name, "", city, "11", website, list(keywords), list(sectors))

    def patterned(self, patterns: list[tuple[Any, ...]]) -> tuple[Any, ...]:
        rng = self.rng
        city = self.city()
        pattern, slug, prefix, keywords, sectors = rng.choice(patterns)
        trade, trade_py = rng.choice(TRADE_NAMES)
        name = pattern.format(city=city[0], prov=city[2], trade=trade)
        website = f"https://www.{city[1]}{trade_py if '{trade}' in pattern else ''}-{slug}.cn"
        return (name, "", city, prefix, website, rng.sample(keywords, len(keywords)), list(sectors))

    def foreign_enterprise(self) -> tuple[Any, ...]:
        rng = self.rng
        german_word, english_word, sectors, keywords = rng.choice(FOREIGN_TRADES)
        if rng.random() < 0.6:
            region, city = rng.choice(GERMAN_PLACES)
            family = rng.choice(GERMAN_FAMILIES)
            place = f" {city}" if rng.random() < 0.5 else ""
            name = f"{family} {german_word}{place} {rng.choice(GERMAN_FORMS)}"
            domain = f"{family.lower()}-{english_word.lower()}.de"
            country = "DE"
        else:
            region, city = rng.choice(FINNISH_PLACES)
            prefix = rng.choice(FINNISH_PREFIXES)
            place = f" {city}" if rng.random() < 0.5 else ""
            name = f"{prefix} {english_word}{place} {rng.choice(FINNISH_FORMS)}"
            domain = f"{prefix.lower().replace('ä', 'a')}{english_word.lower()}.fi"
            country = "FI"
        return (
            name,
            "",
            (city, region, country),
            "",
            f"https://www.{domain}",
            rng.sample(keywords, 2),
            list(sectors),
        )

    # -- one member ---------------------------------------------------------------------------

    def member(self, index: int, kind: MemberKind) -> _Org:
        rng = self.rng
        foreign = rng.random() < 0.05
        found = self._foreign(kind) if foreign else None
        if found is None:
            found = self._chinese(kind)
        if found is None:  # that kind has run out of plausible names: an enterprise instead
            kind = MemberKind.ENTERPRISE
            found = self._chinese(kind) or self._numbered_enterprise(index)
        data = self._data(kind, found)
        if index % 37 == 5:
            data.status = MemberStatus.SUSPENDED.value
        elif index % 41 == 7:
            data.status = MemberStatus.ARCHIVED.value
        if rng.random() < 0.6:
            data.external_id = f"CRM-{index + 1:06d}"
        return _Org(self.uuid(), data, self.ids.randrange(1, 1500))

    def _chinese(self, kind: MemberKind) -> tuple[Any, ...] | None:
        makers: dict[MemberKind, Callable[[], Any]] = {
            MemberKind.ENTERPRISE: self.enterprise,
            MemberKind.UNIVERSITY: self.university,
            MemberKind.RESEARCH_INSTITUTE: self.institute,
            MemberKind.GOVERNMENT: self.government,
            MemberKind.INTERMEDIARY: lambda: self.patterned(INTERMEDIARY_PATTERNS),
            MemberKind.INVESTOR: lambda: self.patterned(INVESTOR_PATTERNS),
            MemberKind.OTHER: lambda: self.patterned(OTHER_PATTERNS),
        }
        found = self.unique(makers[kind])
        if found is None and kind == MemberKind.ENTERPRISE:
            found = self.unique(self._branch, tries=30)
        return found

    def _branch(self) -> tuple[Any, ...]:
        """A branch of an enterprise in another city (苏州…有限公司无锡分公司)."""
        name, short, _city, prefix, website, keywords, sectors = self.enterprise()
        city = self.city()
        return (f"{name}{city[0]}分公司", short, city, prefix, website, keywords, sectors)

    def _numbered_enterprise(self, index: int) -> tuple[Any, ...]:
        name, short, city, prefix, website, keywords, sectors = self.enterprise()
        name = f"{name}第{index}分公司"
        self.names.add(name)
        return (name, short, city, prefix, website, keywords, sectors)

    def _foreign(self, kind: MemberKind) -> tuple[Any, ...] | None:
        if kind == MemberKind.ENTERPRISE:
            return self.unique(self.foreign_enterprise)
        for i, org in enumerate(self.foreign_left):
            if org[0] == kind:
                del self.foreign_left[i]
                _kind, name, short, country, region, city, domain, sectors, keywords = org
                self.names.add(name)
                return (
                    name,
                    short,
                    (city, region, country),
                    "",
                    f"https://www.{domain}",
                    list(keywords),
                    list(sectors),
                )
        return None

    def _data(self, kind: MemberKind, found: tuple[Any, ...]) -> MemberData:
        rng = self.rng
        name, short, city, prefix, website, keywords, sectors = found
        if prefix:  # Chinese: city row of CITIES
            country, region, city_name = "CN", city[2], city[0]
            code = self.code(prefix, city[4])
        else:
            city_name, region, country = city
            code = self.other_code(country) if rng.random() < 0.7 else ""
        size = SizeClass.NA
        if kind in (MemberKind.ENTERPRISE, MemberKind.INVESTOR):
            size = rng.choices([s for s, _ in SIZE_WEIGHTS], [w for _, w in SIZE_WEIGHTS])[0]
        contacts = [self._contact(kind, website, country) for _ in range(rng.choice([1, 1, 2, 3]))]
        return MemberData(
            kind=kind.value,
            name=name,
            short_name=short,
            registration_code=code,
            country=country,
            region=region,
            city=city_name,
            website=website,
            description=self._description(kind, name, keywords, country),
            sectors=sectors,
            keywords=member_service.split_list(keywords),
            size_class=size.value,
            contacts=_distinct_contacts(contacts),
        )

    def _description(self, kind: MemberKind, name: str, keywords: list[str], country: str) -> str:
        rng = self.rng
        if rng.random() < 0.15:
            return ""
        if country != "CN":
            return (
                f"{name} works on {' and '.join(keywords[:2])} and looks for partners in "
                "China for joint development and technology licensing."
            )
        year = rng.randrange(1998, 2024)
        topics = "、".join(keywords[:2])
        if kind == MemberKind.ENTERPRISE:
            patents = rng.randrange(3, 120)
            return (
                f"成立于{year}年，专注于{topics}等领域的研发、生产与销售，拥有发明专利"
                f"{patents}项，是国家高新技术企业。"
            )
        if kind in (MemberKind.UNIVERSITY, MemberKind.RESEARCH_INSTITUTE):
            return f"在{topics}方向拥有多个省部级重点实验室，积极推动科技成果转移转化。"
        return f"围绕{topics}为区域企业和科研机构提供服务，促进产学研合作。"

    def _contact(self, kind: MemberKind, website: str, country: str) -> ContactData:
        rng = self.rng
        domain = website.split("://", 1)[1].removeprefix("www.")
        if country != "CN":
            first, last, last_ascii = rng.choice(FOREIGN_PEOPLE)
            prefixes, digits = FOREIGN_MOBILE[country]
            mobile = rng.choice(prefixes) + f"{rng.randrange(10**digits):0{digits}d}"
            return ContactData(
                name=f"{first} {last}",
                title=rng.choice(FOREIGN_TITLES),
                email=f"{first.lower()}.{last_ascii}@{domain}",
                phone=mobile,
            )
        surname, surname_py = rng.choice(SURNAMES)
        given, given_py = rng.choice(GIVEN_NAMES)
        number = f"{rng.randrange(1, 99)}" if rng.random() < 0.3 else ""
        email = f"{surname_py}{given_py}{number}@{domain}"
        if rng.random() < 0.2:  # personal mailboxes are common in China
            mailbox = rng.choice(["163.com", "qq.com", "126.com"])
            email = f"{surname_py}{given_py}{rng.randrange(1970, 2002)}@{mailbox}"
        phone = f"+86{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10**8):08d}"
        return ContactData(
            name=f"{surname}{given}", title=rng.choice(TITLES[kind]), email=email, phone=phone
        )


def _distinct_contacts(contacts: list[ContactData]) -> list[ContactData]:
    seen: set[str] = set()
    result = []
    for contact in contacts:
        if contact.name not in seen:
            seen.add(contact.name)
            result.append(contact)
    return result


def demo_members(count: int, seed: int = 1) -> Iterator[tuple[str, MemberData]]:
    """The demo members (id and data) for a seed, without writing anything."""
    for org in _Generator(seed).orgs(count):
        yield org.id, org.data


# -- writing ------------------------------------------------------------------------------------


def make_demo(uow: UnitOfWork, by: Actor, *, members: int = 300, seed: int = 1) -> DemoSummary:
    """Fill an empty registry with synthetic members and alliances; the caller commits.

    Rows are inserted in batches, not through the ORM (100,000 members in under a minute).
    Refused when the database already holds members: demo data never mixes with real data.
    """
    if members < 0:
        raise DomainError("The number of demo members cannot be negative.")
    existing = uow.session.scalar(select(func.count()).select_from(Member)) or 0
    if existing:
        raise DomainError(
            "This database already holds {count} members, so no demo data was added: demo data "
            "goes into an empty database. Use a new database file (helix --db …) or the demo "
            "database (helix --demo).",
            count=existing,
        )
    uow.acting(by)
    generator = _Generator(seed)
    stamp = _Stamp(by.name, uow.session.info.get("site_id", ""))
    stamps = random.Random(seed + 2_000_003)  # contact ids and dates: apart from the data
    member_rows: list[dict[str, Any]] = []
    contact_rows: list[dict[str, Any]] = []
    picks: list[tuple[str, str, set[str]]] = []
    contacts = 0
    for org in generator.orgs(members):
        member_row, rows = _rows(org, stamp, stamps)
        member_rows.append(member_row)
        contact_rows.extend(rows)
        contacts += len(rows)
        if org.data.status == MemberStatus.ACTIVE.value:
            picks.append((org.id, org.data.kind, set(org.data.sectors)))
        if len(member_rows) >= BATCH_SIZE:
            _insert(uow, member_rows, contact_rows)
    _insert(uow, member_rows, contact_rows)
    alliances, memberships = _make_alliances(uow, by, picks, random.Random(seed + 2), members)
    return DemoSummary(members, contacts, alliances, memberships)


@dataclass(frozen=True)
class _Stamp:
    actor: str
    site_id: str


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _rows(
    org: _Org, stamp: _Stamp, rng: random.Random
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Table rows for a member and its contacts: plain dicts, not ORM objects, for speed."""
    data = org.data
    created = utcnow() - timedelta(days=org.age_days, seconds=rng.randrange(86400))
    updated = created + timedelta(days=rng.randrange(0, org.age_days))
    sync = {
        "version": 1,
        "created_at": created,
        "updated_at": updated,
        "updated_by": stamp.actor,
        "origin_site": stamp.site_id,
        "deleted_at": None,
    }
    contact_rows = [
        {
            **sync,
            "id": _uuid(rng),
            "member_id": org.id,
            "position": position,
            "name": c.name,
            "title": c.title,
            "email": c.email,
            "phone": c.phone,
        }
        for position, c in enumerate(data.contacts)
    ]
    member_row = {**sync, **member_io.member_columns(data, contact_rows), "id": org.id}
    return member_row, contact_rows


def _insert(
    uow: UnitOfWork, member_rows: list[dict[str, Any]], contact_rows: list[dict[str, Any]]
) -> None:
    member_io.insert_rows(uow, member_rows, contact_rows)
    member_rows.clear()
    contact_rows.clear()


def _make_alliances(
    uow: UnitOfWork,
    by: Actor,
    picks: list[tuple[str, str, set[str]]],
    rng: random.Random,
    members: int,
) -> tuple[int, int]:
    """A few alliances of members whose sectors fit the focus, led by a university or institute."""
    created = memberships = 0
    for name, focus, sectors in ALLIANCES[: members // 40]:
        fitting = [p for p in picks if p[2] & sectors]
        if len(fitting) < 3:
            continue
        created += 1
        chosen = rng.sample(fitting, min(len(fitting), rng.randrange(6, 25)))
        leads = [p for p in chosen if p[1] in ("university", "research_institute")] or chosen
        lead = leads[0]
        founded = date(rng.randrange(2012, 2024), rng.randrange(1, 13), 1)
        detail = alliance_service.create_alliance(
            uow,
            alliance_service.AllianceData(
                name,
                focus,
                f"{focus}领域的产学研合作平台。",
                lead_member_id=lead[0],
                founded_on=founded,
            ),
            by,
        )
        memberships += 1
        for i, pick in enumerate(p for p in chosen if p is not lead):
            role = AllianceRole.FOUNDING_MEMBER if i < 3 else AllianceRole.MEMBER
            if pick[1] == "government":
                role = AllianceRole.OBSERVER
            joined = founded + timedelta(days=0 if i < 3 else rng.randrange(30, 1500))
            alliance_service.add_alliance_member(
                uow, detail.id, pick[0], by, role=role, joined_on=min(joined, date.today())
            )
            memberships += 1
    return created, memberships


def ensure_demo_database(
    url: str | None = None, *, members: int = 300, seed: int = 1, by: Actor = DEMO_ACTOR
) -> str:
    """The demo database's URL (default: the demo file in the user's data folder), created and
    filled with demo data when it holds no members yet. Used by `helix --demo` and the GUI."""
    url = url or sqlite_url(demo_sqlite_path())
    db = Database.open(url)
    try:
        with UnitOfWork(db) as uow:
            if not uow.session.scalar(select(func.count()).select_from(Member)):
                make_demo(uow, by, members=members, seed=seed)
                uow.commit()
    finally:
        db.dispose()
    return url


__all__ = [
    "DemoSummary",
    "demo_members",
    "ensure_demo_database",
    "make_demo",
    "make_uscc",
    "organization_code",
    "uscc_check_character",
]
