"""What the demo contracts say: for each, the template, where its parties come from, its
subject, value, IP and risk terms, benefit shares, payment milestones and dates, and how far it
goes (demo_contracts makes them)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Plan:
    """One demo contract: its template, the registry pool each party comes from (see
    demo_contracts.POOLS), how far it goes (`outcome`: draft, draft_edited, in_review, returned,
    approved, awaiting_signature, signed_wet, signed_digital) and what it says. Disputes go to
    arbitration in the enterprise's city, or to the court named in `court`."""

    template: str
    pools: tuple[str, ...]
    outcome: str
    subject: str
    value: int
    ip_ownership: str
    risk_sharing: str
    shares: tuple[int, ...]  # percent per party; () when the template shares no benefit
    milestones: tuple[tuple[str, int, int], ...]  # (milestone, percent of value, days after start)
    start_in: int  # days from today
    months: int
    confidentiality_years: int
    court: str = ""
    currency: str = "CNY"


PLANS = (
    Plan(
        "joint_rd.two_party.zh",
        ("enterprise", "research"),
        "draft",
        "新一代工业级产品关键工艺联合研发",
        1_800_000,
        "合作研发中产生的专利申请权和技术秘密由双方共有；任何一方自行实施无需另一方同意，向第三方"
        "转让或者许可须经双方书面同意，所得收益按本合同约定的比例分享。",
        "因现有技术水平和条件难以克服的技术困难导致研究开发失败或者部分失败的，已发生的研究开发"
        "费用由双方按收益分配比例分担；一方发现风险后应当在七日内书面通知另一方。",
        (55, 45),
        (
            ("合同生效后十个工作日内，首期研究开发经费", 30, 10),
            ("完成小试并提交阶段性技术报告", 40, 180),
            ("中试样品通过第三方检测、项目验收合格", 30, 420),
        ),
        14,
        18,
        5,
    ),
    Plan(
        "technology_transfer.three_party.zh",
        ("research", "enterprise", "coordinator"),
        "awaiting_signature",
        "成熟技术成果的专利权及配套技术秘密",
        800_000,
        "标的专利权自变更登记之日起归乙方所有；甲方保留在非营利性科学研究中免费使用标的技术的"
        "权利。",
        "乙方实施标的技术的市场风险由乙方承担；因标的技术本身缺陷达不到约定技术指标的，由甲方"
        "承担责任；丙方不承担实施风险。",
        (30, 65, 5),
        (
            ("合同生效并完成专利权转让登记后十个工作日内", 40, 30),
            ("技术资料交付完毕、首批产品试制成功", 40, 120),
            ("标的技术实施达到约定指标、验收合格", 20, 270),
        ),
        0,
        24,
        5,
    ),
    Plan(
        "patent_licence.two_party.en",
        ("foreign_research", "enterprise"),
        "in_review",
        "Chinese invention patent ZL 2021 1 0583214.6, “Method for preparing a high-nickel "
        "cathode material with a gradient coating”, and the related know-how",
        1_200_000,
        "The licence is non-exclusive and limited to the People's Republic of China (excluding "
        "Hong Kong, Macao and Taiwan); the Licensee may not grant sub-licences without the "
        "Licensor's prior written consent.",
        "The Licensee bears the commercial risk of making and selling the Licensed Products; the "
        "Licensor is liable only where a Licensed Patent is held invalid or infringes a third "
        "party's rights.",
        (20, 80),
        (
            ("Upfront fee after the Contract takes effect", 40, 15),
            ("Delivery of the technical documents and completion of training", 30, 90),
            ("First commercial sale of Licensed Products", 30, 365),
        ),
        7,
        60,
        5,
    ),
    Plan(
        "technical_service.two_party.zh",
        ("enterprise", "research"),
        "returned",
        "生产线能耗诊断与关键工序工艺参数优化技术服务",
        280_000,
        "乙方利用甲方提供的技术资料和工作条件完成的新的技术成果归甲方所有；乙方原有的检测方法"
        "和分析软件仍归乙方所有。",
        "因甲方提供的数据或者样品不真实导致服务成果不符合约定的，由甲方承担；因乙方操作失误"
        "造成的损失由乙方承担。",
        (85, 15),
        (
            ("合同生效后七日内预付", 30, 7),
            ("提交能耗诊断报告", 40, 60),
            ("优化方案在生产线稳定运行一个月、甲方验收合格", 30, 150),
        ),
        10,
        8,
        3,
        court="甲方所在地有管辖权的人民法院",
    ),
    Plan(
        "commissioned_development.three_party.zh",
        ("enterprise", "research", "coordinator"),
        "approved",
        "基于机器视觉的零部件表面缺陷在线检测系统开发",
        1_500_000,
        "研究开发成果的专利申请权归甲方所有；乙方享有署名权和在本单位科学研究中免费使用的权利；"
        "甲方转让专利申请权的，乙方在同等条件下享有优先受让权。",
        "因无法克服的技术困难导致研究开发失败的，风险由甲方、乙方按七比三的比例分担，丙方不"
        "承担风险责任。",
        (60, 35, 5),
        (
            ("合同生效后十个工作日内", 20, 10),
            ("完成系统方案设计并通过甲方评审", 30, 90),
            ("样机在甲方产线完成试运行", 30, 240),
            ("系统验收合格并完成技术培训", 20, 330),
        ),
        14,
        14,
        5,
    ),
    Plan(
        "consultancy.two_party.en",
        ("enterprise", "foreign_partner"),
        "signed_wet",
        "a feasibility study and technology roadmap for upgrading the Client's production "
        "lines with digital twins and predictive maintenance",
        360_000,
        "The Client may use the Report and the data collected for it in its own operations; the "
        "Consultant may publish anonymised findings two years after delivery with the Client's "
        "written consent.",
        "The Client decides whether and how to act on the Report and bears the risk of doing "
        "so; the Consultant is liable only for errors caused by its own negligence, up to the "
        "fee paid.",
        (90, 10),
        (
            ("Kick-off workshop held at the Client's site", 30, 14),
            ("Interim report on the current state delivered", 30, 60),
            ("Final report and roadmap accepted by the Client", 40, 120),
        ),
        0,
        6,
        3,
    ),
    Plan(
        "technology_transfer.two_party.zh",
        ("research", "enterprise"),
        "signed_digital",
        "“一种低残留水性涂料固化剂的制备方法”发明专利（专利号ZL 2021 1 0734528.6）的专利权",
        960_000,
        "标的专利权自变更登记之日起归乙方所有；甲方在本合同生效后不得再实施标的技术，也不得"
        "许可他人实施。",
        "乙方实施标的技术的市场风险由乙方承担；标的专利被宣告无效的，甲方返还已收价款的百分之"
        "五十。",
        (25, 75),
        (
            ("合同生效后十五日内", 30, 15),
            ("完成专利权转让登记", 50, 60),
            ("乙方首批产品试制成功", 20, 180),
        ),
        0,
        12,
        5,
    ),
    Plan(
        "nda.two_party.zh",
        ("enterprise", "research"),
        "draft_edited",
        "新产品联合研发合作的技术可行性评估",
        0,
        "",
        "",
        (),
        (),
        0,
        12,
        3,
        court="甲方所在地有管辖权的人民法院",
    ),
)

RETURN_COMMENTS = (
    "请补充服务成果的验收标准（能耗降低的具体指标和测量方法）；第三期付款的日期请与验收时间"
    "对应；保密期限建议由三年延长至五年。修改后重新提交审核。"
)
NDA_EDIT = (
    "return_of_information",
    "十五日",
    "十日",
    "销毁电子数据的，应当采用不可恢复的方式，并由乙方信息安全负责人签字确认。",
)

# The contracts of the demo projects (demo_projects.STORIES tells what happens after signature,
# in the same order). Started months ago, signed in ink.
PROJECT_PLANS = (
    Plan(
        "joint_rd.three_party.zh",
        ("enterprise", "research", "coordinator"),
        "signed_wet",
        "高效低噪声工业电机关键技术联合研发",
        2_400_000,
        "合作研发中产生的专利申请权由甲乙双方共有，丙方不享有知识产权；任何一方许可第三方实施"
        "须经另一方书面同意。",
        "研发失败的风险由甲乙双方按收益分配比例分担；丙方仅承担协调义务，不承担研发风险。",
        (60, 35, 5),
        (
            ("合同生效后首期研究开发经费", 30, 10),
            ("完成小试并提交阶段性技术报告", 40, 150),
            ("中试样机通过验收", 30, 330),
        ),
        -200,
        14,
        5,
    ),
    Plan(
        "commissioned_development.two_party.zh",
        ("enterprise", "research"),
        "signed_wet",
        "锂电池极片缺陷在线视觉检测系统开发",
        1_200_000,
        "委托开发完成的技术成果及专利申请权归甲方所有；乙方可将研究成果用于教学和非营利性研究。",
        "因技术风险导致开发失败的，已发生费用由双方各承担百分之五十。",
        (70, 30),
        (
            ("合同生效后十日内", 30, 10),
            ("检测样机在甲方产线完成中试", 40, 120),
            ("系统验收合格并完成培训", 30, 300),
        ),
        -150,
        12,
        5,
    ),
    Plan(
        "patent_licence.two_party.zh",
        ("research", "enterprise"),
        "signed_wet",
        "“一种高耐候水性涂层材料及其制备方法”发明专利的普通实施许可",
        600_000,
        "专利权仍归甲方所有；乙方在许可期内对专利技术的改进成果归乙方所有，甲方享有免费使用权。",
        "乙方实施许可技术的市场风险由乙方承担。",
        (80, 20),
        (
            ("合同生效后十五日内支付入门费", 40, 15),
            ("完成技术资料交付与培训", 30, 90),
            ("许可产品量产满一季度", 30, 300),
        ),
        -400,
        12,
        5,
    ),
    Plan(
        "technical_service.two_party.en",
        ("enterprise", "foreign_partner"),
        "signed_wet",
        "an energy audit of the Client's coating lines and a retrofit plan",
        420_000,
        "The Client owns the audit data and the retrofit plan; the Provider keeps its methods and "
        "tools.",
        "The Client bears the risk of carrying out the plan; the Provider is liable for errors in "
        "its measurements up to the fee paid.",
        (85, 15),
        (
            ("On-site measurements completed", 40, 14),
            ("Interim findings presented", 30, 60),
            ("Final audit report and retrofit plan accepted", 30, 140),
        ),
        -200,
        6,
        3,
    ),
    Plan(
        "technical_service.three_party.zh",
        ("enterprise", "research", "coordinator"),
        "signed_wet",
        "精密铸件热处理工艺优化技术服务",
        500_000,
        "服务成果归甲方所有；乙方保留其原有技术的知识产权。",
        "工艺优化未达到约定指标的，乙方退还第三期服务费；其他风险由甲方承担。",
        (80, 15, 5),
        (
            ("合同生效后二十日内", 30, 20),
            ("完成工艺试验并提交试验报告", 40, 120),
            ("新工艺在甲方产线稳定运行三个月", 30, 360),
        ),
        -250,
        14,
        5,
    ),
)
