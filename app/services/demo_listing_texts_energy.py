"""Demo listing texts in energy, batteries, hydrogen and the environment.

See demo_listing_texts for what topics and lures mean."""

from app.services.demo_listing_texts import demand, supply

ENERGY_AND_ENVIRONMENT = (
    demand(
        "battery-cooling",
        "动力电池包快充工况下的液冷热管理优化",
        "我司量产的磷酸铁锂电池包在2C快充时电芯温差超过8°C，需要一套液冷板与热管理策略的优化方案，"
        "目标温差控制在3°C以内。",
        "我司为商用车配套动力电池包，单包电量280 kWh，采用底部液冷板方案。"
        "在2C快充和夏季高温工况下，模组中部电芯温度比边缘高8–10°C，影响循环寿命并多次触发降功率。"
        "希望合作方在现有包体空间内优化流道设计或引入新的均温结构，并配套BMS热管理控制策略。"
        "目标是2C快充时最大温差不超过3°C，液冷系统压降不高于现方案的120%。"
        "合作方需具备CFD仿真与样件测试能力，可先做仿真方案，验证通过后开展样件试制。",
        keywords="动力电池;热管理;液冷板;快充;电芯温差;BMS",
        sectors="C38 C36",
        trl=5,
        coop="commissioned_development joint_rd",
        budget=(80, 150),
    ),
    supply(
        "battery-cooling",
        "Microchannel cold plate with phase-change layer for fast-charging battery packs",
        "A hybrid liquid and phase-change cooling plate that keeps the cell-to-cell temperature "
        "spread of lithium-ion modules below 3 °C at 2C charging, with lower pump power than "
        "serpentine plates.",
        "The plate combines topology-optimised microchannels with a thin paraffin and "
        "expanded-graphite layer that absorbs peak heat during fast charging. In tests on a "
        "48-cell LFP module at 2C and 35 °C ambient, the maximum temperature difference stayed at "
        "2.6 °C against 7.9 °C with a conventional serpentine plate, at a 15 % lower pressure "
        "drop. Our design method (CFD plus surrogate optimisation) adapts the channel layout to a "
        "customer's pack geometry in about four weeks. Prototypes are machined from aluminium and "
        "brazed; a stamped version for volume production is under development. Two Chinese "
        "invention patents are granted and a PCT application is pending. We offer licensing or "
        "joint development with a pack manufacturer.",
        keywords=(
            "battery thermal management;cold plate;microchannel;phase change material;fast "
            "charging;lithium-ion battery"
        ),
        sectors="C38 C36 M73",
        trl=5,
        ip="patent_granted",
        coop="licensing joint_rd",
        owners="university research_institute",
    ),
    supply(
        "",
        "4.5 V高电压钴酸锂电池电解液成膜添加剂",
        "一种含硼氟的成膜添加剂，可在高电压正极表面形成稳定界面膜，提高消费类锂电池在4.5 V下的循"
        "环寿命和高温存储性能。",
        "本技术针对手机和笔记本电脑用高电压钴酸锂电池，在电解液中加入0.5%–1%的新型添加剂，"
        "即可在正极表面形成致密的CEI膜。在4.5 V、45°C条件下循环500次，容量保持率由72%提高到88%，"
        "高温存储产气量降低约60%。添加剂合成路线短、原料国产，已完成百公斤级中试。"
        "已获授权发明专利2项。可以专利许可或技术转让方式合作，也可为电解液企业提供配方开发服务。",
        keywords="锂电池;电解液;添加剂;高电压;钴酸锂;循环寿命",
        sectors="C26 C38",
        trl=6,
        ip="patent_granted",
        coop="licensing technical_service",
        owners="research_institute university",
        lure="battery-cooling",
    ),
    demand(
        "",
        "储能电站电池舱火灾早期预警与自动灭火",
        "我司在建储能电站需要在电池热失控发生前发出预警，并联动舱级灭火装置，满足新的消防验收要求。",
        "公司在建两座100 MWh磷酸铁锂储能电站，每个电池舱约3.7 MWh。"
        "消防部门要求电站具备早期预警和分级灭火能力。希望通过氢气、一氧化碳和VOC气体探测以及温度"
        "监测，在热失控发生前10分钟以上发出预警，并联动舱级和电池簇级灭火。需提供探测器、"
        "控制主机以及与EMS的通讯接口，并有第三方型式检验报告。",
        keywords="储能电站;热失控;消防;早期预警;气体探测;电池舱",
        sectors="D44 C38",
        trl=8,
        coop="technical_service commissioned_development",
        budget=(200, 500),
        lure="battery-cooling",
    ),
    demand(
        "battery-health",
        "Fast state-of-health screening of retired EV batteries for second-life storage",
        "We repurpose retired EV battery modules for commercial energy storage and need a test "
        "method that grades their state of health in minutes instead of a full charge and "
        "discharge cycle.",
        "Our plant receives about 20,000 retired modules a year from several car makers, with "
        "mixed chemistries (NCM and LFP) and little usage history. Today each module is graded by "
        "a full capacity test that takes 6 to 8 hours and ties up our battery cyclers. We are "
        "looking for a method, hardware or algorithm or both, that estimates capacity and "
        "internal resistance within 10 minutes per module with an error below 5 %. It should also "
        "flag modules with abnormal self-discharge or a risk of lithium plating. We can provide "
        "test modules and reference data, and would fund a pilot line after a successful trial.",
        keywords=(
            "state of health;SOH;second-life battery;energy storage;battery grading;retired EV "
            "batteries"
        ),
        sectors="C38 C42 D44",
        trl=4,
        coop="commissioned_development technical_service",
        budget=(60, 120),
    ),
    supply(
        "battery-health",
        "基于电化学阻抗谱的锂电池健康状态快速评估技术",
        "利用宽频电化学阻抗谱结合机器学习模型，在5分钟内估算退役动力电池的剩余容量和内阻，"
        "适用于梯次利用分选。",
        "本团队开发了一套便携式阻抗测试仪和配套的健康状态（SOH）估算模型。测试时无需满充满放，"
        "只需采集0.1 Hz至1 kHz的阻抗谱，即可在5分钟内给出容量估算结果。"
        "在2000余个三元和磷酸铁锂退役模组上验证，容量估算平均误差为3.2%，"
        "并可识别自放电异常和析锂风险。与传统容量测试相比，分选效率提高约70倍，能耗大幅降低。"
        "已申请发明专利3项，其中1项已授权。可提供技术许可、联合开发或测试服务。",
        keywords="电化学阻抗谱;EIS;健康状态;SOH;梯次利用;退役电池;电池分选",
        sectors="C38 C42 M73",
        trl=5,
        ip="patent_granted",
        coop="licensing joint_rd technical_service",
        owners="university",
    ),
    demand(
        "rare-earth-free-motor",
        "想找一种不用稀土磁钢、效率又不太低的电机",
        "我们做风机和水泵，稀土价格波动太大，想把现在的永磁电机换成不用稀土的电机，"
        "但效率不能掉太多。",
        "我厂主要生产工业风机和循环水泵，配套电机功率在7.5到45千瓦之间，现在用的是钕铁硼永磁电机。"
        "这两年稀土磁钢价格忽高忽低，成本很难控制，客户还要求供货稳定。"
        "希望找到一种不用稀土磁钢的电机，效率最好能达到IE4，噪音和体积跟现在差不多，"
        "驱动器可以跟着一起换。希望有经验的高校或企业帮我们做样机，小批量验证后再量产。",
        keywords="电机;稀土;永磁电机替代;风机;水泵;节能",
        sectors="C38 C34",
        trl=6,
        coop="commissioned_development licensing",
        budget=(50, 100),
    ),
    supply(
        "rare-earth-free-motor",
        "高效率无稀土同步磁阻电机设计与矢量控制技术",
        "一种不使用稀土永磁体的同步磁阻电机及其无位置传感器控制技术，效率达到IE4能效等级，"
        "适用于风机、泵类和压缩机负载。",
        "同步磁阻电机转子仅由硅钢片叠压而成，不含稀土磁钢，成本低且供应链稳定。"
        "本团队通过多层磁障拓扑优化，将转矩脉动降低到5%以下，功率因数提升至0.8以上。"
        "配套的无位置传感器矢量控制算法可直接集成到通用变频器中。已研制5.5–55 kW系列样机，"
        "经第三方检测效率满足IE4（GB 18613一级能效）要求。拥有授权发明专利4项、软件著作权2项。"
        "可提供技术许可、联合开发及样机试制服务。",
        keywords="同步磁阻电机;无稀土;IE4;矢量控制;无位置传感器;变频器",
        sectors="C38 M73",
        trl=7,
        ip="patent_granted",
        coop="licensing joint_rd commissioned_development",
        owners="university research_institute",
    ),
    demand(
        "sic-module",
        "光伏逆变器碳化硅功率模块封装散热改进",
        "我司组串式光伏逆变器采用SiC MOSFET模块，功率密度提高后模块结温偏高、焊层易疲劳，"
        "需寻求更可靠的封装与散热方案。",
        "产品为100–150 kW组串式逆变器，开关频率提升到40 kHz后，功率模块满载结温接近150°C。"
        "在加速寿命试验中发现芯片焊层和DBC焊层出现空洞和疲劳开裂。希望引入银烧结、"
        "铜线键合或双面散热等先进封装工艺，将热阻降低20%以上，功率循环寿命提高一倍。"
        "合作方式可以是联合开发或委托开发，我司提供应用测试平台。",
        keywords="碳化硅;SiC;功率模块;封装;散热;光伏逆变器;功率循环",
        sectors="C38 C39",
        trl=5,
        coop="joint_rd commissioned_development",
        budget=(100, 300),
    ),
    supply(
        "sic-module",
        "Pressure-less silver sintering for SiC power module die attach",
        "A silver paste and process that sinter at 250 °C without pressure, giving die-attach "
        "joints that survive more than twice the power cycles of SAC solder.",
        "Our nano and micro silver paste bonds SiC dies to DBC or AMB substrates at 250 °C in "
        "air, without the hydraulic press that pressure sintering needs, so existing reflow lines "
        "can be adapted. The sintered layer has a thermal conductivity above 200 W/(m·K) and a "
        "shear strength of 40 MPa. In active power cycling with a junction temperature swing of "
        "100 K, the joints lasted 2.3 times longer than SAC305 solder. The paste is produced at "
        "kilogram scale in our pilot facility, and the process has been transferred to one module "
        "maker. We offer licensing of the paste formulation, transfer of process know-how and "
        "joint qualification of new module designs.",
        keywords=(
            "silver sintering;die attach;SiC;power module packaging;thermal resistance;power "
            "cycling"
        ),
        sectors="C39 C38 M73",
        trl=7,
        ip="patent_pending",
        coop="licensing joint_rd technical_service",
        owners="research_institute",
    ),
    demand(
        "battery-recycling",
        "退役三元动力电池中锂、镍、钴的高效湿法回收工艺",
        "公司计划建设年处理1万吨退役电池的回收产线，需要锂回收率不低于90%、"
        "镍钴回收率不低于98%的湿法冶金工艺包。",
        "我司已具备退役电池拆解和破碎分选能力，目前黑粉直接外售，附加值低。计划新建湿法回收产线，"
        "处理对象以NCM523和NCM811黑粉为主。要求锂回收率不低于90%，镍钴锰回收率不低于98%，"
        "产品达到电池级硫酸镍、硫酸钴和碳酸锂标准，废水和氨氮排放满足地方标准。"
        "希望获得成熟工艺包及工程化设计支持，也可以接受技术入股。",
        keywords="电池回收;湿法冶金;黑粉;碳酸锂;硫酸镍;资源化",
        sectors="C42 C32",
        trl=7,
        coop="licensing equity_investment technical_service",
        budget=(300, 800),
    ),
    supply(
        "battery-recycling",
        "Selective lithium-first leaching of NCM black mass from spent batteries",
        "A hydrometallurgical route that leaches lithium first with a mild organic acid and then "
        "recovers nickel, cobalt and manganese, reaching 93 % lithium and over 98 % nickel and "
        "cobalt recovery.",
        "Conventional processes recover lithium last from the raffinate, where much of it is "
        "lost. Our route extracts lithium selectively at the start and produces battery-grade "
        "lithium carbonate directly, then dissolves nickel, cobalt and manganese for solvent "
        "extraction. It uses less sulphuric acid and produces no ammonia-nitrogen wastewater. The "
        "process has run in a 500 t/year pilot line for 14 months with NCM523, NCM622 and NCM811 "
        "black mass. We provide a process package, an equipment list and commissioning support, "
        "and are open to licensing or an equity partnership for a new plant.",
        keywords=(
            "battery recycling;black mass;lithium recovery;hydrometallurgy;NCM;circular economy"
        ),
        sectors="C42 C32 N77",
        trl=7,
        ip="patent_granted",
        coop="licensing equity_investment technical_service",
        owners="enterprise research_institute",
    ),
    demand(
        "ev-charging",
        "电动汽车充电站有序充电与配电容量管理系统",
        "厂区新建120个交流充电桩，但配电变压器容量有限，需要一套能按电价和负荷自动调度充电功率的"
        "管理系统。",
        "我司新建的生产基地计划为员工车辆和物流车队建设120个7 kW交流桩和10个120 kW直流桩，"
        "而厂区变压器剩余容量只有800 kVA，如果不做调度，晚高峰时会超载。"
        "希望系统能接入现有充电桩（OCPP 1.6协议），根据车辆离场时间、峰谷电价和实时负荷分配功率，"
        "保证车辆在早上8点前充满。需提供云平台和现场控制器，并支持与光伏和储能联动。",
        keywords="有序充电;充电桩;负荷管理;OCPP;峰谷电价;能源管理",
        sectors="C38 I65 D44",
        trl=7,
        coop="commissioned_development technical_service",
        budget=(40, 90),
    ),
    supply(
        "ev-charging",
        "Load-managed smart charging software for EV fleets and depots",
        "Cloud software and an on-site controller that schedule charging power across hundreds of "
        "chargers within a site's grid limit, using departure times and time-of-use tariffs.",
        "The system speaks OCPP 1.6 and 2.0.1 to chargers of any brand and keeps the total load "
        "under the transformer limit in real time. An optimiser plans each vehicle's charging "
        "from its departure time, state of charge and the tariff, and shifts load to off-peak "
        "hours; depots typically cut their energy costs by 20 to 30 %. On-site PV and battery "
        "storage are integrated through Modbus. The software runs at 40 depots in Europe, the "
        "largest with 300 chargers. We license it per charger and provide integration services; a "
        "Chinese-language interface is available.",
        keywords="smart charging;load management;OCPP;EV fleet;time-of-use tariff;depot charging",
        sectors="I65 C38",
        trl=9,
        ip="software_copyright",
        coop="licensing technical_service",
        owners="enterprise",
    ),
    supply(
        "green-hydrogen",
        "质子交换膜电解水制氢低铱催化剂及膜电极",
        "铱载量降低至0.3 mg/cm²的阳极催化剂和膜电极制备技术，在2 A/cm²下电解电压低于1.85 V，"
        "大幅降低PEM电解槽成本。",
        "PEM电解水制氢是绿氢的重要技术路线，但阳极依赖贵金属铱，成本高、资源稀缺。"
        "本所开发的核壳结构铱基催化剂在保持活性的同时将铱用量降低约70%，"
        "配套的膜电极采用直接涂布工艺，一致性好。单池测试中，2 A/cm²电流密度下电压为1.83 V，"
        "连续运行2000小时衰减率低于5 μV/h。目前已具备年产1000片膜电极的中试能力。可开展技术许可、"
        "联合开发或合作建设产线。",
        keywords="绿氢;PEM电解;电解水制氢;低铱催化剂;膜电极;MEA",
        sectors="C26 D44 M73",
        trl=5,
        ip="patent_pending",
        coop="licensing joint_rd equity_investment",
        owners="research_institute university",
    ),
    demand(
        "green-hydrogen",
        "Lower-cost anode catalyst for a 1 MW PEM electrolyser pilot",
        "We are building a 1 MW green hydrogen pilot and need an anode catalyst or MEA supplier "
        "that cuts iridium use while keeping cell voltage and lifetime.",
        "Our company makes chemicals and plans to replace part of its grey hydrogen with hydrogen "
        "from a 1 MW PEM electrolyser powered by an adjacent solar farm. The stack vendor's "
        "standard MEAs use about 2 mg/cm² of iridium, which makes replacements expensive. We are "
        "looking for a partner with a low-iridium anode catalyst or complete MEAs that reach at "
        "most 1.9 V at 2 A/cm² and lose less than 10 µV/h over 2,000 hours. We would fund joint "
        "testing in a short stack and, if it succeeds, place an order for the pilot.",
        keywords="green hydrogen;PEM electrolysis;iridium;anode catalyst;MEA;electrolyser",
        sectors="C26 D44",
        trl=5,
        coop="joint_rd commissioned_development",
        budget=(150, 400),
    ),
    demand(
        "dye-wastewater",
        "印染废水深度脱色与COD稳定达标处理",
        "我司印染废水经生化处理后色度和COD仍不稳定，需深度处理工艺使出水COD稳定低于50 mg/L，"
        "并尽量回用。",
        "公司日排放印染废水约5000吨，现有工艺为调节池、水解酸化、好氧和混凝沉淀，"
        "出水COD在80–120 mg/L之间，色度40–60倍，达不到新的排放标准。"
        "希望引进高级氧化等深度处理技术，使出水COD稳定低于50 mg/L，色度低于20倍。"
        "吨水处理成本增加不超过1.5元。如能实现部分中水回用更佳。",
        keywords="印染废水;脱色;COD;深度处理;高级氧化;中水回用",
        sectors="C17 N77",
        trl=8,
        coop="technical_service commissioned_development",
        budget=(200, 500),
    ),
    supply(
        "dye-wastewater",
        "Catalytic ozonation for advanced treatment of textile dyeing wastewater",
        "A supported manganese and cerium catalyst that doubles ozone efficiency, bringing "
        "biologically treated dyeing effluent below 50 mg/L COD and 20 colour units at about one "
        "yuan per tonne.",
        "After biological treatment, dyeing effluent still contains refractory dyes and "
        "auxiliaries that resist further breakdown. Our granular catalyst decomposes ozone into "
        "hydroxyl radicals on its surface, so the COD removed per gram of ozone is twice that of "
        "ozone alone. In a 10,000 t/day plant in an industrial park, effluent COD fell from 95 to "
        "38 mg/L and colour from 50 to 8 units, at an operating cost of 0.9 yuan per tonne. The "
        "catalyst lasts more than five years. We supply the catalyst and the reactor design, and "
        "take on turnkey projects.",
        keywords=(
            "catalytic ozonation;textile wastewater;COD removal;decolourisation;advanced "
            "oxidation;catalyst"
        ),
        sectors="N77 C26",
        trl=9,
        ip="patent_granted",
        coop="technical_service licensing",
        owners="enterprise research_institute",
    ),
    supply(
        "sludge",
        "市政污泥低温干化与热解炭化技术",
        "利用电厂或工业余热，将含水率80%的污泥低温干化至30%以下，再热解炭化制成生物炭，"
        "总体减量90%以上。",
        "污水厂污泥含水率高、体积大，填埋和焚烧都面临困难。本技术采用带式低温干化机，"
        "利用60–90°C的低品位余热进行干化，能耗比传统热干化低40%。干化后的污泥进入连续热解炉制成生"
        "物炭，可用于土壤改良或建材原料，重金属被固定在炭中。已在3座污水厂建成示范项目，"
        "单线处理规模100吨/天。可提供工艺包、设备和运营服务。",
        keywords="污泥处置;低温干化;热解炭化;污泥减量;余热利用;生物炭",
        sectors="N77 D46",
        trl=8,
        ip="patent_granted",
        coop="technical_service licensing",
        owners="university enterprise",
    ),
    demand(
        "sludge",
        "污水处理厂污泥就地减量与资源化处置",
        "我厂每天产生含水率80%的脱水污泥150吨，外运处置费用高且经常积压，需要就地减量处理方案。",
        "本污水处理厂处理规模为20万吨/日，脱水污泥目前外运到水泥厂协同处置，"
        "每吨处置费加运费约400元，而且受水泥厂生产计划影响经常积压。厂区附近有一座热电厂，"
        "可以提供蒸汽和余热。希望采用干化、炭化等技术就地减量90%以上，产物可资源化利用，"
        "整体运行成本低于现有处置费用。",
        keywords="污泥;减量;干化;资源化;污水处理厂;余热",
        sectors="D46 N77",
        trl=8,
        coop="technical_service equity_investment",
        budget=(800, 2000),
    ),
    demand(
        "carbon-footprint",
        "Product carbon footprint accounting for exports to the EU under CBAM",
        "We export steel fasteners and aluminium parts to Europe and must report embedded "
        "emissions under CBAM; we need software and support to calculate product carbon "
        "footprints.",
        "Our European customers now require verified data on the embedded emissions of every "
        "shipment. We have energy and material data in our ERP but no method or tool to allocate "
        "emissions to products. We are looking for software that calculates product carbon "
        "footprints according to ISO 14067 and the CBAM methodology, connects to our ERP and "
        "energy meters, and produces reports that a verifier will accept. Training for our energy "
        "manager and help with the first reporting period are part of the job.",
        keywords=(
            "carbon footprint;CBAM;embedded emissions;ISO 14067;carbon accounting;export compliance"
        ),
        sectors="C33 C32 I65",
        trl=9,
        coop="technical_service talent_training",
        budget=(20, 60),
    ),
    supply(
        "carbon-footprint",
        "产品碳足迹核算与企业碳管理软件平台",
        "依据ISO 14067和欧盟CBAM方法学的碳足迹核算软件，可对接ERP和能源计量系统，"
        "自动生成产品碳足迹报告和CBAM申报数据。",
        "平台内置钢铁、铝、化工、纺织等行业的排放因子库和核算模板，可按工序自动分摊能耗与排放，"
        "计算单个产品或单批次的碳足迹。系统支持与主流ERP、MES和能耗在线监测系统对接，减少人工填报。"
        "目前已服务300余家出口企业，出具的报告获第三方核查机构认可。可提供软件授权、"
        "咨询服务和碳管理人员培训。",
        keywords="碳足迹;CBAM;碳核算;碳管理;ISO 14067;出口合规",
        sectors="I65 M74",
        trl=9,
        ip="software_copyright",
        coop="licensing technical_service talent_training",
        owners="enterprise",
    ),
    supply(
        "",
        "Recovery of carbon fibre from composite waste by low-temperature solvolysis",
        "A solvolysis process that dissolves the epoxy matrix of carbon fibre composites below "
        "200 °C and recovers clean fibres that keep more than 95 % of their tensile strength.",
        "Composite waste from wind turbine blades, aircraft parts and sports goods is growing "
        "fast, and burning or landfilling it wastes valuable fibre. Our solvent system breaks "
        "down cured epoxy below 200 °C, leaving clean fibres that retain over 95 % of their "
        "tensile strength and can be made into nonwoven mats or short-fibre compounds for car and "
        "electronics parts. The decomposed resin is recovered as well. A pilot line treats 100 t "
        "of waste a year. We offer licensing or a joint venture for a production plant.",
        keywords=(
            "carbon fibre recycling;composite waste;solvolysis;recycled carbon fibre;circular "
            "economy;wind turbine blades"
        ),
        sectors="C42 C28 M73",
        trl=6,
        ip="patent_granted",
        coop="licensing equity_investment",
        owners="university",
        lure="carbon-footprint",
    ),
    demand(
        "steel-slag",
        "钢渣资源化利用制备建材产品",
        "公司年产钢渣约80万吨，综合利用率不足30%，寻求钢渣用于水泥掺合料、"
        "路基材料等的高值化利用技术。",
        "我司为大型钢铁联合企业，转炉钢渣堆存量已超过300万吨。钢渣中游离氧化钙含量高，安定性差，"
        "直接用于建材容易开裂。希望引进钢渣稳定化处理和活性激发技术，"
        "使钢渣微粉达到国家标准一级品要求，用于水泥和混凝土掺合料或制备路基材料。"
        "目标是将综合利用率提高到80%以上。",
        keywords="钢渣;固废资源化;建材;水泥掺合料;游离氧化钙;安定性",
        sectors="C31 C30 C42",
        trl=7,
        coop="licensing technical_service",
        budget=(200, 600),
    ),
    supply(
        "steel-slag",
        "钢渣微粉活性激发与安定性改良技术",
        "通过热闷稳定化处理和复合激发剂，消除钢渣中游离氧化钙的危害，"
        "制备的钢渣微粉活性指数达到一级品要求，可替代30%水泥。",
        "本团队研究了钢渣矿物组成与胶凝活性的关系，开发了余热有压热闷、磁选和立磨粉磨相结合的工艺，"
        "使游离氧化钙含量降至2%以下，安定性合格。复合化学激发剂使钢渣微粉28天活性指数达到80%以上。"
        "制备的钢渣基复合胶凝材料已用于道路基层和预拌混凝土。技术已在两家钢铁企业建成年产30万吨的"
        "示范线。可提供技术许可和工程设计。",
        keywords="钢渣微粉;活性激发;安定性;胶凝材料;固废利用;建材",
        sectors="C30 C42 M73",
        trl=8,
        ip="patent_granted",
        coop="licensing technical_service",
        owners="university",
    ),
)
