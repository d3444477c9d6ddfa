"""Demo listing texts in pharmaceuticals, medical devices, agriculture and food.

See demo_listing_texts for what topics and lures mean."""

from app.services.demo_listing_texts import demand, supply

LIFE_SCIENCES_AND_AGRICULTURE = (
    demand(
        "taste-masking",
        "Taste-masking technology for a paediatric oral suspension",
        "We are developing an oral suspension of a bitter antibiotic for children and need a "
        "taste-masking approach that does not change dissolution or bioavailability.",
        "The active ingredient is intensely bitter, and sweeteners and flavours alone have not "
        "made the suspension acceptable to our taste panel. We are looking for coating, "
        "microencapsulation or ion-exchange resin technology suitable for a powder for oral "
        "suspension. The taste-masked particles must release more than 85 % of the drug within 30 "
        "minutes at pH 1.2, stay stable for 24 months and scale up to GMP batches of 200 kg. "
        "Experience with regulatory filings for paediatric formulations is a plus. We offer a "
        "development contract with milestone payments.",
        keywords=(
            "taste masking;paediatric formulation;oral suspension;microencapsulation;drug "
            "delivery;bitter taste"
        ),
        sectors="C27",
        trl=4,
        coop="commissioned_development licensing",
        budget=(150, 300),
    ),
    supply(
        "taste-masking",
        "儿童口服制剂掩味微囊化技术平台",
        "采用流化床包衣与熔融喷雾冷凝微囊化技术，有效掩盖苦味药物的不良口感，同时保证药物快速溶出，"
        "适用于干混悬剂和口崩片。",
        "儿童用药顺应性差的一个主要原因是药物苦味。本平台根据药物的理化性质选择胃溶型聚合物包衣或"
        "脂质微囊化工艺，粒径控制在100–300 μm，入口无砂砾感。多个抗生素和抗病毒药物的掩味评价显示"
        "苦味显著降低，在pH 1.2介质中30分钟溶出度大于85%。平台已完成2个品种的中试放大和稳定性研究。"
        "可提供委托研发、技术转让及注册资料支持。",
        keywords="掩味;儿童用药;微囊化;干混悬剂;流化床包衣;药物制剂",
        sectors="C27 M73",
        trl=6,
        ip="know_how",
        coop="commissioned_development licensing",
        owners="university research_institute",
    ),
    supply(
        "cell-line",
        "高表达CHO细胞株构建与上游工艺开发平台",
        "基于靶向整合和高通量筛选的CHO细胞株构建平台，抗体表达量可达5 g/L以上，"
        "从转染到稳定细胞库仅需4个月。",
        "平台采用具有自主知识产权的CHO-K1宿主细胞和位点特异性整合载体，"
        "结合微流控单细胞分选和高通量克隆筛选，大幅缩短细胞株开发周期。平台已为30多个单抗、"
        "双抗和融合蛋白项目构建细胞株，补料分批培养表达量通常在3–8 g/L之间，"
        "细胞株在60代以内保持稳定。可同步开展培养基优化和上游工艺开发。"
        "并可提供符合申报要求的细胞库建库和检定资料。",
        keywords="CHO细胞;细胞株构建;抗体表达;生物药;上游工艺;细胞库",
        sectors="C27 M73",
        trl=8,
        ip="know_how",
        coop="technical_service commissioned_development",
        owners="enterprise research_institute",
    ),
    demand(
        "cell-line",
        "生物类似药项目需要稳定高产的CHO细胞株（表达量不低于3 g/L）",
        "我司一个抗体生物类似药项目现有细胞株表达量仅0.8 g/L，需委托构建高产稳定细胞株并完成工艺"
        "开发。",
        "公司正在开发一款抗体类生物类似药，目前使用的细胞株表达量低、批间差异大，"
        "不能满足商业化生产的成本要求。希望委托有经验的单位重新构建CHO细胞株，"
        "要求补料分批培养表达量不低于3 g/L，60代稳定性良好。关键质量属性（糖型、电荷异构体）"
        "应与参照药高度相似。受托方还需提供主细胞库、工作细胞库及完整的申报资料。",
        keywords="生物类似药;细胞株;CHO;抗体;表达量;工艺开发",
        sectors="C27",
        trl=5,
        coop="commissioned_development",
        budget=(200, 500),
    ),
    demand(
        "troponin-poct",
        "基层医院想要一台能快速查心梗的小型检测设备",
        "乡镇卫生院经常遇到胸痛病人，送到县医院要一个多小时，想在本院快速判断是不是心梗。",
        "我们是一家医疗器械经销企业，服务区域内有60多家乡镇卫生院。卫生院没有大型化验设备，"
        "胸痛病人只能靠心电图判断，容易漏诊。希望找到一种操作简单、"
        "十五分钟内出结果的检测设备和试剂，护士经过简单培训就能用，价格也要适合基层。"
        "最好已经有注册证或者正在申请。我们可以负责渠道推广，也愿意投资合作。",
        keywords="心梗;胸痛;快速检测;基层医疗;检测设备;卫生院",
        sectors="C35 Q84",
        trl=7,
        coop="licensing equity_investment",
        budget=(100, 300),
    ),
    supply(
        "troponin-poct",
        "Microfluidic point-of-care immunoassay for high-sensitivity cardiac troponin",
        "A disposable microfluidic cartridge and handheld reader that measure cardiac troponin I "
        "from a drop of whole blood in 12 minutes, for early diagnosis of myocardial infarction.",
        "The cartridge integrates plasma separation, a fluorescent sandwich immunoassay and "
        "on-chip calibration, so no pipetting or centrifuge is needed. The limit of detection is "
        "3 ng/L, which meets the criteria for a high-sensitivity troponin assay, and results "
        "agree closely with central laboratory analysers (r = 0.97 on 412 clinical samples). The "
        "reader weighs 600 g and runs on a battery. A clinical validation study is under way at "
        "two hospitals in preparation for a Class III registration. We are looking for a licensee "
        "or an industrial partner to co-invest in registration and production.",
        keywords=(
            "point-of-care testing;POCT;troponin;microfluidics;immunoassay;myocardial infarction"
        ),
        sectors="C35 C27 M73",
        trl=6,
        ip="patent_granted",
        coop="licensing equity_investment joint_rd",
        owners="university",
    ),
    supply(
        "chest-ct-ai",
        "肺结节CT影像人工智能辅助诊断软件",
        "基于深度学习的胸部CT肺结节自动检测、良恶性风险评估与随访对比软件，"
        "已取得国家药监局三类医疗器械注册证。",
        "软件可自动检出3 mm以上的肺结节，敏感度96%，每例假阳性少于1个，并给出结节类型、体积、"
        "倍增时间及恶性风险评分，自动生成结构化报告。软件支持随访病例的结节自动配对和变化分析，"
        "阅片时间平均缩短40%。可部署在医院本地服务器或区域影像云平台，与主流PACS系统对接。"
        "目前已在200余家医院使用。可提供软件授权、区域部署和定制开发服务。",
        keywords="人工智能;肺结节;CT影像;辅助诊断;深度学习;医学影像",
        sectors="I65 Q84 C35",
        trl=9,
        ip="software_copyright",
        coop="licensing technical_service",
        owners="enterprise",
    ),
    demand(
        "chest-ct-ai",
        "AI-assisted reading of chest CT scans for a regional hospital group",
        "We run the imaging departments of eight county hospitals and want software that detects "
        "and tracks lung nodules on chest CT, to shorten reporting times.",
        "Under service contracts we run the imaging departments of eight county hospitals, which "
        "send chest CT scans to two radiologists at our central reading centre, and reports now "
        "take up to three days. We want an AI system that detects lung nodules, estimates their "
        "malignancy risk and compares follow-up scans automatically, integrated with our PACS and "
        "regional imaging cloud. The product must hold a valid NMPA registration and keep all "
        "data inside our network. We plan to license the software for five years and expect "
        "training for our radiologists.",
        keywords=(
            "artificial intelligence;chest CT;lung nodules;radiology;PACS;computer-aided diagnosis"
        ),
        sectors="Q84 C35 I65",
        trl=9,
        coop="licensing technical_service talent_training",
        budget=(80, 200),
    ),
    supply(
        "",
        "Industrial CT inspection and 3D defect analysis service",
        "High-energy 450 kV industrial CT scanning that finds and measures internal defects in "
        "castings, welds, composites and batteries in three dimensions.",
        "Our test centre runs 450 kV and 225 kV microfocus industrial CT systems for parts up to "
        "800 mm, with a spatial resolution down to 5 µm. We visualise and quantify porosity and "
        "shrinkage in castings, delamination in composites and electrode alignment in lithium-ion "
        "cells, and provide CAD comparisons and wall-thickness reports. The centre is "
        "CNAS-accredited and inspects more than 3,000 samples a year. We offer inspection "
        "services, shared use of the equipment and development of inspection methods.",
        keywords=(
            "industrial CT;non-destructive testing;defect analysis;3D metrology;CNAS;computed "
            "tomography"
        ),
        sectors="M74 C40",
        trl=9,
        ip="none",
        coop="technical_service equipment_sharing",
        owners="research_institute enterprise",
        lure="chest-ct-ai",
    ),
    demand(
        "flow-chemistry",
        "原料药硝化反应连续化改造，降低安全风险",
        "我司一个原料药中间体采用釜式硝化工艺，属于重点监管危险工艺，"
        "需进行连续流微反应改造以提高本质安全水平。",
        "该中间体年产量约200吨，现采用间歇釜式混酸硝化，反应放热剧烈、持液量大。"
        "应急管理部门要求开展反应安全风险评估，并推动危险工艺连续化改造。"
        "希望合作方提供微通道反应器连续硝化工艺开发、放大和工程设计服务。要求收率不低于现有工艺，"
        "单元在线持液量减少90%以上，并满足GMP要求。",
        keywords="硝化反应;连续流;微反应器;本质安全;原料药;危险工艺",
        sectors="C27 C26",
        trl=6,
        coop="commissioned_development technical_service",
        budget=(150, 350),
    ),
    supply(
        "flow-chemistry",
        "Continuous-flow microreactor processes for hazardous API reactions",
        "Process development and scale-up of nitration, diazotisation and hydrogenation in "
        "microreactors, cutting hold-up volume by over 95 % and often raising yield.",
        "Our group develops continuous processes for reactions that are dangerous in batch "
        "because of strong heat release or unstable intermediates. Corrosion-resistant silicon "
        "carbide and glass microreactors transfer heat a hundred times faster than a stirred "
        "tank, so reactions run at higher temperatures in seconds instead of hours. We have "
        "scaled more than 20 processes from the laboratory to production of 100 to 1,000 t/year, "
        "including mixed-acid nitration of aromatic intermediates with yields 3 to 8 % above the "
        "batch route. Services include reaction safety calorimetry, process development, "
        "equipment selection and GMP documentation.",
        keywords=(
            "continuous flow;microreactor;nitration;process safety;API;process intensification"
        ),
        sectors="C27 C26 M73",
        trl=8,
        ip="know_how",
        coop="technical_service commissioned_development joint_rd",
        owners="university research_institute",
    ),
    supply(
        "porous-implant",
        "Porous titanium orthopaedic implants by laser powder bed fusion",
        "Design rules and a qualified printing process for Ti6Al4V implants with graded "
        "trabecular structures that promote bone ingrowth, for spinal cages and acetabular cups.",
        "We design lattice structures whose pore size (400 to 700 µm) and porosity (60 to 75 %) "
        "match cancellous bone, and print them by laser powder bed fusion with a validated "
        "parameter set. Post-processing removes loose powder and raises fatigue strength to more "
        "than 10 million cycles at the design load. In animal studies, bone grew into 45 % of the "
        "pore volume within 12 weeks. The process documentation is prepared to support an NMPA or "
        "CE medical device submission. We offer technology transfer and joint product development "
        "with implant manufacturers.",
        keywords=(
            "3D printing;porous titanium;orthopaedic implants;laser powder bed fusion;lattice "
            "structure;bone ingrowth"
        ),
        sectors="C35 C33 M73",
        trl=6,
        ip="patent_granted",
        coop="licensing joint_rd",
        owners="university research_institute",
    ),
    demand(
        "porous-implant",
        "骨科植入物多孔结构3D打印工艺开发与注册支持",
        "我司计划推出3D打印多孔钛合金椎间融合器，需要合作开发多孔结构设计和打印工艺，"
        "并支持产品注册检验。",
        "公司是骨科器械生产企业，现有产品以传统机加工钛合金和PEEK融合器为主。"
        "新产品希望采用激光选区熔化打印多孔钛合金结构，以促进骨长入。需要合作方提供孔隙结构设计、"
        "打印参数开发、后处理及清粉验证和疲劳测试方案。合作方还需协助完成注册检验和临床评价资料。"
        "公司已购置两台金属3D打印机。",
        keywords="3D打印;多孔钛合金;椎间融合器;骨科植入物;激光选区熔化;医疗器械注册",
        sectors="C35",
        trl=5,
        coop="joint_rd commissioned_development",
        budget=(100, 250),
    ),
    demand(
        "biocontrol",
        "大棚蔬菜想少打农药，有没有靠谱的生物防治办法",
        "合作社有200亩大棚番茄和黄瓜，蓟马、白粉虱和白粉病年年发生，打药多了农残容易超标，"
        "想找绿色防控的办法。",
        "我们合作社主要给超市供应番茄和黄瓜，超市每批都抽检农残，去年有两批不合格被退货。"
        "大棚里的蓟马和白粉虱特别难治，一季要打十几遍药。希望有专家帮我们制定一套生物防治方案，"
        "比如用天敌昆虫或者生物农药，化学农药用量减半，产量不能明显下降。"
        "我们愿意拿出20亩做试验示范，并请专家培训技术员。",
        keywords="大棚;蔬菜;生物防治;农药减量;蓟马;白粉虱",
        sectors="A01",
        trl=7,
        coop="technical_service talent_training",
        budget=(10, 30),
    ),
    supply(
        "biocontrol",
        "设施蔬菜病虫害“天敌＋微生物农药”绿色防控技术",
        "以捕食螨、丽蚜小蜂等天敌昆虫和枯草芽孢杆菌等微生物农药为核心的综合防控技术，"
        "化学农药用量减少60%以上，产品农残合格率100%。",
        "技术针对设施番茄、黄瓜和草莓上的蓟马、白粉虱、叶螨以及白粉病、灰霉病，建立了监测预警、"
        "天敌释放、微生物农药和物理防控相结合的技术规程。在山东、江苏等地2万亩示范基地应用，"
        "化学农药用量平均减少62%，防效达到85%以上。每亩节本增效约1500元。可提供技术指导、"
        "天敌产品供应和基层技术人员培训。",
        keywords="绿色防控;天敌昆虫;捕食螨;微生物农药;设施蔬菜;农药减量",
        sectors="A01 A05 M73",
        trl=8,
        ip="know_how",
        coop="technical_service talent_training",
        owners="research_institute university",
    ),
    supply(
        "pig-manure",
        "Anaerobic digestion with nutrient recovery for pig farm manure",
        "A two-stage digestion and struvite precipitation process that turns pig manure into "
        "biogas and a slow-release fertiliser while meeting discharge limits for ammonia and "
        "phosphorus.",
        "Large pig farms produce manure with so much ammonia that it inhibits conventional "
        "digesters, and the nutrient-rich digestate is hard to dispose of. Our process separates "
        "hydrolysis from methanogenesis and reaches a biogas yield of 0.35 m³ per kg of volatile "
        "solids at ammonia levels up to 4 g/L. Phosphorus and ammonia are then recovered as "
        "struvite, a marketable fertiliser, and the remaining liquid is treated to local "
        "discharge standards. Reference plants treat the manure of 10,000 to 50,000 pigs. We "
        "provide engineering, key equipment and operation support.",
        keywords=(
            "anaerobic digestion;biogas;pig manure;struvite;nutrient recovery;livestock wastewater"
        ),
        sectors="N77 A03 D45",
        trl=8,
        ip="patent_granted",
        coop="technical_service licensing",
        owners="enterprise research_institute",
    ),
    demand(
        "pig-manure",
        "规模化猪场粪污资源化处理与沼气利用",
        "存栏3万头的猪场粪污处理设施老化，沼液消纳困难，需要新的粪污处理和资源化方案，"
        "尾水达到农田灌溉标准。",
        "我场年出栏生猪6万头，每天产生粪污约400吨。现有黑膜沼气池产气不稳定，冬季几乎停止产气，"
        "大量沼液难以消纳，存在环保风险。希望合作方提供粪污处理整体解决方案，"
        "提高沼气产量用于发电或锅炉，并回收氮磷制作有机肥。尾水需满足农田灌溉水质标准，"
        "可采用EPC或BOT模式合作。",
        keywords="猪场粪污;沼气;沼液;资源化利用;有机肥;畜禽养殖",
        sectors="A03 A01 N77",
        trl=8,
        coop="technical_service commissioned_development",
        budget=(300, 800),
    ),
    demand(
        "fresh-cut",
        "鲜切果蔬货架期短（目前仅3天），寻求保鲜技术",
        "我司为连锁餐饮和便利店供应鲜切果蔬，产品在4°C下3天即出现褐变和异味，"
        "需将货架期延长到7天以上。",
        "公司每天加工鲜切生菜、苹果、哈密瓜等产品约20吨，目前采用次氯酸钠清洗和普通气调包装。"
        "苹果切片24小时即褐变，生菜切口发红，微生物指标在第4天接近上限。希望引入新的清洗杀菌、"
        "护色和包装技术。要求在不使用化学防腐剂的前提下，使4°C下货架期达到7天，"
        "感官和微生物指标符合标准。",
        keywords="鲜切果蔬;保鲜;褐变;货架期;气调包装;食品安全",
        sectors="C13 C14",
        trl=6,
        coop="commissioned_development licensing",
        budget=(30, 80),
    ),
    supply(
        "fresh-cut",
        "鲜切果蔬复合生物保鲜剂与自发气调包装技术",
        "采用天然抗褐变剂、乳酸菌发酵液抑菌剂和微孔自发气调包装，鲜切果蔬4°C货架期由3天延长至8–10"
        "天，不含化学防腐剂。",
        "技术包括三个环节。首先用微酸性电解水与超声波联合清洗，使初始菌落数降低2个数量级；"
        "其次用以抗坏血酸、钙盐和植物多酚为主的复合护色剂抑制多酚氧化酶活性；"
        "最后按呼吸速率设计微孔膜自发气调包装，维持3%–5%的氧气和5%–8%的二氧化碳。已在鲜切苹果、"
        "生菜、菠萝等10余种产品上验证，货架期延长至8–10天。拥有发明专利3项，可技术转让或合作开发。",
        keywords="鲜切果蔬;生物保鲜剂;气调包装;护色;货架期延长;电解水",
        sectors="C13 C14 M73",
        trl=7,
        ip="patent_granted",
        coop="licensing joint_rd",
        owners="university",
    ),
    supply(
        "hmo",
        "Precision fermentation of human milk oligosaccharides (2'-FL, LNnT)",
        "Engineered E. coli strains and a downstream process that produce 2'-fucosyllactose at "
        "over 100 g/L, with a purity above 95 % for infant formula.",
        "Human milk oligosaccharides are among the most valued ingredients of premium infant "
        "formula, but production capacity is concentrated in a few companies abroad. Our strains "
        "carry no antibiotic resistance markers and produce 2'-FL at 110 g/L and LNnT at 45 g/L "
        "in fed-batch fermentation, with by-products below 2 %. The downstream process uses "
        "membrane filtration, decolourisation and crystallisation without organic solvents. A 20 "
        "m³ pilot run has been completed, and the safety dossier is being prepared. We are "
        "looking for a licensee or co-investor for commercial production.",
        keywords=(
            "human milk oligosaccharides;HMO;2'-FL;precision fermentation;infant "
            "formula;synthetic biology"
        ),
        sectors="C14 C27 M73",
        trl=6,
        ip="patent_pending",
        coop="licensing equity_investment",
        owners="research_institute enterprise",
    ),
    demand(
        "hmo",
        "婴幼儿配方奶粉用母乳低聚糖（HMO）原料国产化",
        "我司婴配粉新配方需添加2'-岩藻糖基乳糖，目前依赖进口，价格高、供货周期长，"
        "寻求国内发酵生产技术合作。",
        "国家已批准2'-岩藻糖基乳糖等母乳低聚糖作为食品营养强化剂，我司计划明年推出含HMO的高端婴幼"
        "儿配方奶粉。目前原料全部进口，价格高且供货周期长达半年。希望与拥有高产菌株和纯化工艺的团"
        "队合作，共建年产500吨的生产线，产品纯度不低于94%并符合国家标准。合作方式可为技术许可、"
        "合资建厂或定向采购。",
        keywords="母乳低聚糖;HMO;2'-岩藻糖基乳糖;婴幼儿配方奶粉;发酵;国产化",
        sectors="C14",
        trl=6,
        coop="licensing equity_investment",
        budget=(500, 2000),
    ),
    demand(
        "",
        "白酒酿造上甑工序自动化机器人",
        "我厂固态发酵白酒的上甑工序完全依赖人工，劳动强度大、质量不稳定，"
        "希望引入能探汽上甑的机器人。",
        "固态法白酒蒸馏时，需要根据甑桶内酒汽上升的情况，轻、松、薄、匀地逐层撒料，"
        "对工人经验依赖很大。我厂有40口甑桶，每班需要80名工人。希望合作开发上甑机器人，"
        "通过红外热像或温度场检测判断汽层位置，自动控制撒料位置和厚度。"
        "出酒率和优质酒比例应不低于熟练工人的水平。",
        keywords="白酒;固态发酵;上甑;机器人;酿造自动化;红外检测",
        sectors="C15 C14 C34",
        trl=6,
        coop="commissioned_development joint_rd",
        budget=(100, 300),
        lure="hmo",
    ),
    demand(
        "orchard-irrigation",
        "Water-saving irrigation control for a 3,000-mu orchard",
        "Our orchard wants drip irrigation controlled by soil-moisture sensors and weather "
        "forecasts, to cut water use without losing fruit yield.",
        "We grow apples and pears on 3,000 mu of hilly land with drip irrigation that is switched "
        "on by timers. Water costs and restrictions are rising, and some blocks are clearly "
        "over-watered while others are dry. We are looking for wireless soil-moisture sensors "
        "that work without mains power for at least two years, a model that combines their data "
        "with weather forecasts, and automatic control of our existing valves. The target is 30 % "
        "less water at the same yield. A pilot on 300 mu is planned for next season.",
        keywords="irrigation;soil moisture;orchard;water saving;wireless sensors;smart agriculture",
        sectors="A01",
        trl=7,
        coop="technical_service commissioned_development",
        budget=(20, 60),
    ),
    supply(
        "orchard-irrigation",
        "LoRa soil-moisture sensor network and irrigation decision model",
        "Soil moisture probes that run five years on a battery, a LoRaWAN network covering "
        "several kilometres, and a model that decides when and how much to irrigate.",
        "Each probe measures moisture and temperature at three depths and transmits every 30 "
        "minutes over LoRaWAN; one gateway covers about 3 km in hilly orchards. The decision "
        "model combines the readings with a crop water model and a seven-day weather forecast and "
        "sends commands to standard solenoid valves. In three seasons of trials in citrus and "
        "apple orchards, water use fell by 28 to 35 % with no loss of yield or fruit quality. We "
        "license the design, supply small series of probes and support installation.",
        keywords=(
            "soil moisture sensor;LoRaWAN;precision irrigation;smart agriculture;IoT;decision "
            "support"
        ),
        sectors="A01 C40 I65",
        trl=7,
        ip="patent_granted",
        coop="licensing technical_service",
        owners="university",
    ),
    supply(
        "orchard-irrigation",
        "基于土壤墒情监测的果园智能水肥一体化系统",
        "通过土壤墒情传感器、气象站和云平台，实现果园按需灌溉与施肥，节水30%以上、节肥20%以上。",
        "系统由低功耗土壤墒情传感器、小型气象站、水肥一体机和云平台组成，传感器采用NB-IoT或LoRa通"
        "讯，电池续航3年。平台根据墒情数据和作物生育期自动生成灌溉施肥方案，并可通过手机远程控制。"
        "系统已在新疆、陕西、山东等地的苹果、柑橘和葡萄园应用5万余亩。可提供设备供应、"
        "系统集成和技术培训。",
        keywords="水肥一体化;土壤墒情;智能灌溉;果园;物联网;节水",
        sectors="A01 C40",
        trl=9,
        ip="software_copyright",
        coop="technical_service talent_training",
        owners="enterprise",
    ),
    supply(
        "saline-rice",
        "耐盐碱水稻新品种及配套栽培技术",
        "选育的耐盐碱水稻品种可在含盐量0.3%–0.6%的盐碱地正常生长，亩产达到450公斤以上，并配套洗盐、"
        "施肥和水分管理技术。",
        "我所利用分子标记辅助选择，将耐盐基因导入高产优质水稻品种，育成了3个耐盐碱新品种，"
        "已通过省级审定并获得植物新品种权。在滨海盐碱地示范种植中，亩产达到450–550公斤，"
        "米质达到国标三级以上。配套技术包括播前洗盐、耐盐育秧、控盐灌溉和专用土壤改良剂使用。"
        "可以品种权许可、技术服务或联合示范的方式合作。",
        keywords="耐盐碱水稻;盐碱地;水稻品种;分子育种;栽培技术;土壤改良",
        sectors="A01 M73",
        trl=8,
        ip="patent_granted",
        coop="licensing technical_service",
        owners="research_institute university",
    ),
    demand(
        "saline-rice",
        "滨海盐碱地改良与水稻种植技术需求",
        "公司流转了5000亩滨海盐碱地，土壤含盐量约0.4%，希望引进耐盐品种和改良技术，"
        "三年内实现水稻稳定亩产400公斤。",
        "我司是一家农业开发企业，在沿海滩涂流转了5000亩盐碱地，目前只能种植少量耐盐牧草，效益很低。"
        "希望引进适合本地的耐盐碱水稻品种，以及配套的排盐、土壤改良和栽培管理技术。"
        "目标是逐年降低土壤含盐量，三年内实现水稻亩产400公斤以上。欢迎科研单位来基地开展联合示范。",
        keywords="盐碱地;土壤改良;水稻;耐盐品种;滩涂开发;农业开发",
        sectors="A01",
        trl=7,
        coop="technical_service joint_rd",
        budget=(50, 150),
    ),
)
