"""Demo listing texts in materials, chemistry, machinery, vehicles and textiles.

See demo_listing_texts for what topics and lures mean."""

from app.services.demo_listing_texts import demand, supply

MATERIALS_AND_MANUFACTURING = (
    demand(
        "anticorrosion",
        "海上风电塔筒及导管架长效防腐涂层",
        "寻求适用于海上浪溅区的重防腐涂层体系，设计寿命25年，要求耐盐雾不少于6000小时，"
        "并可在现场修补。",
        "我司承接海上风电塔筒和导管架制造，目前采用环氧富锌底漆、环氧云铁中间漆和聚氨酯面漆体系，"
        "浪溅区使用五年左右即出现起泡和锈蚀。希望开发或引进新型涂层，耐中性盐雾不少于6000小时，"
        "附着力不低于10 MPa，阴极剥离性能满足ISO 12944-9 CX级要求。涂装工艺应与现有车间设备兼容，"
        "并能在海上现场快速修补。",
        keywords="防腐涂层;海上风电;重防腐;盐雾;浪溅区;ISO 12944",
        sectors="C33 C26",
        trl=6,
        coop="joint_rd licensing",
        budget=(80, 200),
    ),
    supply(
        "anticorrosion",
        "石墨烯改性环氧重防腐涂料技术",
        "利用少层石墨烯的片层阻隔效应，显著提升环氧涂层的耐盐雾和抗渗透性能，锌粉用量减少50%以上，"
        "适用于海洋工程和桥梁钢结构。",
        "本技术采用原位分散工艺将少层石墨烯均匀分散在环氧树脂中，在涂层内形成迷宫式阻隔结构，"
        "延缓水和氯离子渗透。与传统环氧富锌涂料相比，锌粉用量减少一半以上，"
        "耐中性盐雾时间超过8000小时，并通过ISO 12944-9 CX级测试。涂料可常规喷涂，无需改变施工工艺。"
        "已在跨海大桥和海上平台进行示范应用，拥有授权发明专利5项。可进行专利许可、"
        "技术转让或合作生产。",
        keywords="石墨烯;防腐涂料;环氧;海洋工程;盐雾;重防腐",
        sectors="C26 M73",
        trl=8,
        ip="patent_granted",
        coop="licensing joint_rd",
        owners="research_institute",
    ),
    supply(
        "",
        "High-conductivity graphene heat-spreader film for smartphones and tablets",
        "A flexible film made from reduced graphene oxide with an in-plane thermal conductivity "
        "of up to 1,500 W/(m·K), spreading heat from processors in phones and tablets.",
        "The film is made by coating a graphene oxide slurry, reducing it at low temperature and "
        "graphitising it at high temperature, in thicknesses from 25 to 100 µm. Its in-plane "
        "thermal conductivity of 1,200 to 1,500 W/(m·K) lets it replace synthetic graphite "
        "sheets, and it keeps its performance after 100,000 bends. We supply several smartphone "
        "module makers and produce 50,000 m² a month. We offer product supply, custom development "
        "and process support.",
        keywords=(
            "graphene;heat spreader;thermal conductivity;smartphone;thermal management;graphite "
            "film"
        ),
        sectors="C39 C26",
        trl=9,
        ip="patent_granted",
        coop="technical_service commissioned_development",
        owners="enterprise",
        lure="anticorrosion",
    ),
    demand(
        "compostable-film",
        "Compostable high-barrier film for snack and coffee packaging",
        "We need a compostable film that keeps oxygen and moisture out as well as our current "
        "metallised PET laminate, to replace it in snack and coffee bags.",
        "Our packaging plant produces about 3,000 t of flexible laminates a year for food brands "
        "that have committed to compostable packaging by 2027. The PLA and PBAT films available "
        "to us tear easily and let far too much oxygen and water vapour through. We are looking "
        "for a film or coating with an oxygen transmission rate below 5 cm³/(m²·day) and a water "
        "vapour transmission rate below 5 g/(m²·day), certified as industrially compostable under "
        "EN 13432. It must run on our existing blown-film and lamination lines. We can co-fund "
        "pilot trials and would license a proven formulation.",
        keywords="compostable packaging;barrier film;PLA;PBAT;oxygen barrier;food packaging",
        sectors="C29 C22 C26",
        trl=5,
        coop="licensing joint_rd",
        budget=(100, 250),
    ),
    supply(
        "compostable-film",
        "PBAT/PLA可降解薄膜高阻隔改性及涂布技术",
        "通过反应增容和纳米涂层，使PBAT/PLA生物降解薄膜的氧气透过率降到3 cm³/(m²·d)以下，满足咖啡、"
        "零食等食品包装要求。",
        "普通可降解薄膜阻隔性差、强度低，难以用于对保质期要求高的食品包装。"
        "本团队采用反应挤出增容技术提高PBAT与PLA的相容性，使薄膜撕裂强度提高40%。"
        "再在表面涂布一层聚乙烯醇与纳米黏土阻隔涂层，氧气透过率降至2.8 cm³/(m²·d)，"
        "水蒸气透过率为4.5 g/(m²·d)。整体材料通过EN 13432工业堆肥认证测试，"
        "工艺可在常规吹膜和涂布线上实施。拥有授权发明专利3项，可专利许可或合作开发。",
        keywords="可降解;生物降解薄膜;PBAT;PLA;高阻隔;食品包装;涂布",
        sectors="C29 C26 M73",
        trl=6,
        ip="patent_granted",
        coop="licensing joint_rd",
        owners="university",
    ),
    demand(
        "vocs",
        "喷漆车间废气有味道被投诉，想找运行费用低的治理办法",
        "我们是家具厂，喷漆车间排出的废气有异味，环保检查要求整改，现在用的活性炭换得太勤，"
        "费用很高。",
        "我厂有三条喷漆线，风量加起来大约每小时6万立方米，废气里主要是苯系物和酯类溶剂。"
        "现在用活性炭吸附，每个月都要换炭，一年光活性炭和危废处置就要花八十多万元，"
        "周边居民还是反映有味道。希望找一套能稳定达标、运行费用比现在低的治理设备。"
        "最好能利用车间现有场地，改造期间不要停产太久。",
        keywords="废气治理;喷漆;VOCs;异味;活性炭;家具厂",
        sectors="C21 N77",
        trl=8,
        coop="technical_service commissioned_development",
        budget=(100, 200),
    ),
    supply(
        "vocs",
        "沸石转轮浓缩与低温催化氧化VOCs净化技术",
        "适用于大风量、低浓度有机废气的转轮浓缩与催化燃烧组合工艺，去除率95%以上，"
        "运行成本比活性炭吸附降低50%以上。",
        "喷涂、印刷、家具等行业的VOCs废气风量大、浓度低，单纯用活性炭吸附需要频繁更换并产生危废。"
        "本技术先用疏水沸石转轮将废气浓缩10–20倍，再送入自主研发的低温催化氧化装置，"
        "起燃温度低至220°C，可利用反应放热实现自持运行。非甲烷总烃去除率稳定在95%以上。"
        "技术已在30多家企业应用，拥有多项发明专利和实用新型专利。可提供设计、设备供货和运维服务。",
        keywords="VOCs;沸石转轮;催化燃烧;有机废气;低温催化;喷涂废气",
        sectors="N77 C26",
        trl=9,
        ip="patent_granted",
        coop="technical_service licensing",
        owners="enterprise research_institute",
    ),
    supply(
        "ceramic-printing",
        "Stereolithography 3D printing of technical ceramics (alumina, zirconia)",
        "Photocurable ceramic slurries and a debinding and sintering route that print dense "
        "alumina and zirconia parts with 50 µm features, for small series of complex components.",
        "Ceramic injection moulding needs expensive tooling and cannot make internal channels. "
        "Our slurries reach a solid loading of 55 vol% at a viscosity suitable for commercial SLA "
        "and DLP printers, and our debinding schedule avoids cracks in walls up to 10 mm thick. "
        "Sintered parts reach 99.5 % relative density, and zirconia parts have a flexural "
        "strength of 1,000 MPa. We have printed catalyst carriers, dental crowns and parts for "
        "semiconductor equipment. We offer slurry licensing, prototyping services and joint "
        "development of application-specific parts.",
        keywords=(
            "ceramic 3D printing;stereolithography;alumina;zirconia;additive "
            "manufacturing;technical ceramics"
        ),
        sectors="C30 M73",
        trl=6,
        ip="patent_pending",
        coop="licensing technical_service joint_rd",
        owners="university research_institute",
    ),
    demand(
        "ceramic-printing",
        "复杂结构精密陶瓷零件小批量快速成型",
        "半导体设备用氧化铝、氧化锆陶瓷零件内部有冷却流道，开模成本高、交期长，"
        "寻求能小批量快速制造的工艺。",
        "我司为半导体刻蚀和沉积设备生产精密陶瓷部件，部分零件内部带有复杂冷却流道，"
        "传统干压和注塑工艺难以成型，只能分体加工后再粘接。新产品每种只需要几十件，"
        "开模费用高且周期超过三个月。希望采用增材制造等新工艺，实现致密度不低于99%、"
        "尺寸精度±0.05 mm的小批量生产。材料以高纯氧化铝和氧化锆为主，可以委托开发或联合攻关。",
        keywords="精密陶瓷;氧化铝;氧化锆;增材制造;小批量;半导体设备零部件",
        sectors="C30 C35",
        trl=5,
        coop="commissioned_development joint_rd",
        budget=(50, 150),
    ),
    demand(
        "superalloy",
        "航空发动机涡轮叶片单晶铸件杂晶缺陷控制",
        "我司单晶涡轮叶片铸件合格率不足60%，主要缺陷为杂晶和雀斑，"
        "需在定向凝固工艺和型壳方面寻求技术支持。",
        "公司为航空发动机和燃气轮机配套生产高温合金精密铸件，近年开始批产第二代镍基单晶叶片。"
        "铸件在缘板和叶冠转接处频繁出现杂晶，叶身局部出现雀斑链，合格率徘徊在55%左右。"
        "希望与具备凝固模拟和工艺试验条件的院所合作，优化选晶器结构、抽拉速率和型壳导热设计。"
        "目标是使合格率提高到80%以上。",
        keywords="高温合金;单晶叶片;定向凝固;杂晶;精密铸造;航空发动机",
        sectors="C37 C32",
        trl=6,
        coop="joint_rd technical_service",
        budget=(150, 400),
    ),
    supply(
        "superalloy",
        "镍基单晶高温合金定向凝固工艺优化与缺陷控制技术",
        "基于凝固过程数值模拟与液态金属冷却工艺，系统解决单晶叶片杂晶、雀斑和小角度晶界缺陷，"
        "铸件合格率提升至85%以上。",
        "团队长期从事高温合金凝固研究，建立了从型壳传热到枝晶生长的多尺度模拟方法，"
        "可预测缘板等截面突变处的杂晶形核倾向。通过优化螺旋选晶器、"
        "引入辅助导热条和液态金属冷却工艺，使温度梯度提高一倍以上。该技术已在两家铸造企业应用，"
        "单晶叶片合格率由50%–60%提高到85%以上。可提供工艺诊断、联合攻关和人员培训。",
        keywords="单晶高温合金;定向凝固;杂晶;雀斑;凝固模拟;涡轮叶片",
        sectors="C32 C37 M73",
        trl=7,
        ip="know_how",
        coop="joint_rd technical_service talent_training",
        owners="research_institute university",
    ),
    demand(
        "tyre-compound",
        "轮胎胎面胶低滚阻高耐磨配方开发",
        "为满足欧盟轮胎标签A级滚阻要求，需开发兼顾湿地抓地力和耐磨性的胎面胶配方。",
        "我司主要生产乘用车子午线轮胎，出口欧洲的产品滚动阻力目前只能达到C级。"
        "白炭黑和硅烷体系在我们的混炼设备上分散不好，填料用量一加大，耐磨性就下降。"
        "希望合作开发新的胎面配方和混炼工艺，使滚动阻力达到A级，湿地抓地力不低于B级，"
        "耐磨性不低于现有产品。也欢迎能提供新型功能化填料的单位。",
        keywords="轮胎;胎面胶;滚动阻力;白炭黑;耐磨;欧盟标签",
        sectors="C29 C26",
        trl=6,
        coop="joint_rd commissioned_development",
        budget=(80, 160),
    ),
    supply(
        "tyre-compound",
        "Functionalised silica filler for low rolling resistance tyre treads",
        "A silica that is surface-modified during precipitation, disperses easily in SSBR and BR "
        "compounds and lowers rolling resistance by 15 % while keeping abrasion resistance.",
        "Highly dispersible silica usually needs long, hot mixing with silane coupling agents, "
        "and poor dispersion costs wear resistance. Our process grafts a mercapto-silane onto the "
        "silica while it precipitates, so compounders skip the in-situ silanisation step and "
        "shorten mixing by about a third. In passenger tyre tread compounds, tan δ at 60 °C fell "
        "by 15 to 18 % and wet grip, measured as tan δ at 0 °C, rose by 8 %, with unchanged DIN "
        "abrasion. The filler has been made in 200 kg batches together with a silica producer. We "
        "seek licensing or joint development with tyre makers or silica producers.",
        keywords="silica;tyre tread;rolling resistance;silane coupling;rubber compound;wet grip",
        sectors="C26 C29 M73",
        trl=6,
        ip="patent_granted",
        coop="licensing joint_rd",
        owners="university",
    ),
    supply(
        "",
        "Silica aerogel insulation blankets for hot pipelines and LNG lines",
        "Flexible aerogel blankets with a thermal conductivity of 0.018 W/(m·K) that halve the "
        "insulation thickness on process pipelines from −196 °C to 650 °C.",
        "The blankets combine silica aerogel with glass or ceramic fibre mats and are made on a "
        "supercritical drying line with a capacity of 500,000 m² a year. Compared with mineral "
        "wool, the same heat loss is reached with 40 to 60 % less thickness, which matters in "
        "crowded pipe racks and for retrofits. A hydrophobic treatment keeps the conductivity "
        "stable in humid outdoor installations. We supply the material and support the insulation "
        "design for refineries, chemical parks and LNG terminals.",
        keywords="aerogel;thermal insulation;silica;pipeline;LNG;energy saving",
        sectors="C30 C26",
        trl=9,
        ip="patent_granted",
        coop="technical_service",
        owners="enterprise",
        lure="tyre-compound",
    ),
    demand(
        "robot-grinding",
        "铸件打磨工位粉尘大、招不到人，想用机器人代替人工",
        "我们是铸造厂，阀体铸件打磨全靠人工，粉尘和噪音大，年轻人不愿意干，希望有能自动打磨的设备。",
        "我厂主要生产球墨铸铁阀体，规格多，单件重量5到80公斤，每天大约要打磨600件，主要是去浇冒口、"
        "飞边和毛刺。现在有12个打磨工，人员流失很快，工伤和职业病风险也大。想上自动打磨设备，"
        "但产品形状不一样，毛坯尺寸差别也大，不知道机器人能不能打磨好。希望有经验的单位来现场看看，"
        "先做一个工位试点。",
        keywords="打磨;铸件;机器人;去毛刺;自动化;招工难",
        sectors="C33 C34",
        trl=7,
        coop="commissioned_development technical_service",
        budget=(60, 150),
    ),
    supply(
        "robot-grinding",
        "Force-controlled robotic grinding and deburring cell for castings",
        "A robot cell with active force control and 3D scanning that grinds risers, parting lines "
        "and burrs on variable castings without teaching each part by hand.",
        "A structured-light scanner measures each casting, and the software compares it with the "
        "CAD model to plan grinding paths for the material actually present, so shape variation "
        "between castings is compensated automatically. An active force-control flange keeps the "
        "contact force constant within ±2 N, which protects the abrasive belt and gives an even "
        "surface. New part types are programmed offline in under an hour. The cell runs in two "
        "foundries grinding valve bodies and pump housings of up to 100 kg, replacing four to six "
        "manual grinders per shift. We sell turnkey cells and develop solutions for special parts "
        "together with customers.",
        keywords=(
            "robotic grinding;deburring;force control;castings;3D scanning;offline programming"
        ),
        sectors="C34 C35 I65",
        trl=8,
        ip="patent_granted",
        coop="commissioned_development technical_service licensing",
        owners="enterprise university",
    ),
    supply(
        "ship-welding",
        "中厚板激光-电弧复合焊接工艺及变形控制技术",
        "采用激光-MAG复合焊接一次焊透12 mm钢板，焊接变形比多层多道埋弧焊减少60%以上，适用于船舶、"
        "钢结构和工程机械。",
        "激光-电弧复合焊接兼具激光焊熔深大、速度快和电弧焊桥接能力强的优点。"
        "本团队开发了适用于12–20 mm船用钢板的复合焊接工艺和坡口设计，配合焊缝跟踪和随焊冷却，"
        "将角变形控制在1 mm/m以内。焊接速度提高3倍，焊材消耗减少70%。工艺已通过中国船级社认可，"
        "在两家船厂的平面分段流水线上应用。可提供工艺开发、人员培训和产线集成咨询。",
        keywords="激光-电弧复合焊;焊接变形;中厚板;船舶制造;焊接工艺;MAG",
        sectors="C37 C33 M73",
        trl=8,
        ip="know_how",
        coop="technical_service talent_training joint_rd",
        owners="university",
    ),
    demand(
        "ship-welding",
        "Reducing welding distortion in thick steel plates for ship hull sections",
        "Our shipyard spends too many hours straightening block panels after submerged-arc "
        "welding of 12 to 16 mm plates and wants a welding process with much less distortion.",
        "Flat hull panels are butt-welded with multi-pass submerged-arc welding, and the "
        "resulting angular distortion needs 30 to 40 hours of flame straightening per block. We "
        "want to introduce a process, for example hybrid laser-arc welding, that joins 12 to 16 "
        "mm plates in one pass with an angular distortion under 2 mm/m. The procedure must be "
        "approved by a classification society. We are looking for a partner to develop and "
        "qualify it and to help integrate it into our panel line.",
        keywords=(
            "welding distortion;shipbuilding;thick plate;hybrid laser welding;submerged arc "
            "welding;hull panels"
        ),
        sectors="C37 C33",
        trl=6,
        coop="joint_rd technical_service",
        budget=(120, 300),
    ),
    demand(
        "giga-casting",
        "新能源汽车电池壳体一体化压铸铝合金及模具开发",
        "需开发免热处理高强韧压铸铝合金及大型一体化压铸模具，将电池托盘由30多个零件整合为2个铸件。",
        "我司为多家整车厂配套电池托盘，目前采用铝型材焊接结构，零件多、焊缝长，"
        "密封性和一致性难以控制。公司计划引进9000吨级压铸机，开发一体化压铸电池壳体。"
        "要求合金铸态屈服强度不低于120 MPa、延伸率不低于10%，免热处理，模具寿命不低于8万模次。"
        "现寻求材料配方、模具设计和工艺仿真方面的合作伙伴。",
        keywords="一体化压铸;免热处理铝合金;电池托盘;压铸模具;轻量化;新能源汽车",
        sectors="C36 C33 C32",
        trl=6,
        coop="joint_rd licensing commissioned_development",
        budget=(300, 600),
    ),
    supply(
        "giga-casting",
        "免热处理高强韧压铸铝合金材料及大型压铸工艺技术",
        "自主设计的Al-Si-Mg-Mn系免热处理压铸合金，铸态屈服强度130 MPa、延伸率12%，"
        "已用于一体化压铸车身结构件。",
        "大型一体化压铸件无法进行固溶热处理，否则会变形和起泡，因此需要铸态即具备高强韧性的合金。"
        "本所通过微合金化和铁相形貌控制，开发出免热处理压铸铝合金，并建立了从模流仿真、"
        "真空压铸到在线质量检测的工艺方法。合金已完成台架和整车验证，"
        "在车身后地板和电池壳体上批量应用。拥有授权发明专利6项。可进行专利许可、"
        "技术入股或联合开发。",
        keywords="免热处理铝合金;一体化压铸;压铸工艺;轻量化;车身结构件;真空压铸",
        sectors="C32 C36 M73",
        trl=8,
        ip="patent_granted",
        coop="licensing equity_investment joint_rd",
        owners="research_institute university",
    ),
    demand(
        "spindle-bearing",
        "高速电主轴轴承寿命短、温升高的问题攻关",
        "我司加工中心电主轴转速24000 rpm，轴承平均寿命不到3000小时，希望改进轴承选型与润滑方案。",
        "公司生产立式加工中心和电主轴，高速电主轴采用钢球角接触轴承和油气润滑。"
        "在24000 rpm长时间运行时，前轴承温升超过25°C，平均使用3000小时左右就出现噪音和精度下降，"
        "客户投诉较多。希望合作方从轴承材料（如陶瓷球混合轴承）、预紧方式、"
        "润滑参数和热设计等方面给出方案。目标是使轴承寿命达到8000小时以上。",
        keywords="电主轴;轴承;陶瓷球;温升;油气润滑;机床",
        sectors="C34",
        trl=6,
        coop="joint_rd technical_service",
        budget=(40, 100),
    ),
    supply(
        "spindle-bearing",
        "Hybrid ceramic ball bearings for high-speed machine tool spindles",
        "Angular contact bearings with silicon nitride balls and nitrogen-alloyed steel rings for "
        "spindles above 20,000 rpm, running cooler and lasting three times as long as all-steel "
        "bearings.",
        "Silicon nitride balls are 60 % lighter than steel balls, which reduces centrifugal force "
        "and friction at high speed, so the bearings run up to 30 % cooler. Combined with our "
        "spring preload module and tuned oil-air lubrication, spindle bearings reach more than "
        "10,000 hours at 24,000 rpm in customer use. We support spindle makers with bearing "
        "selection, preload calculation and thermal analysis. Bearings are supplied in small and "
        "medium series.",
        keywords=(
            "hybrid bearings;ceramic balls;silicon nitride;high-speed spindle;machine tools;preload"
        ),
        sectors="C34",
        trl=9,
        ip="know_how",
        coop="technical_service commissioned_development",
        owners="enterprise",
    ),
    supply(
        "",
        "Remanufacturing of wind turbine main, yaw and pitch bearings",
        "Inspection, raceway repair and remanufacturing of worn large wind turbine bearings at "
        "about 40 % of the price of a new bearing and in half the delivery time.",
        "Main, yaw and pitch bearings of multi-megawatt turbines are large, expensive and have "
        "long delivery times. Our remanufacturing centre assesses damage by ultrasonic and "
        "eddy-current testing, repairs raceways by precision grinding and laser cladding, and "
        "reassembles and tests each bearing to the original specification. More than 200 bearings "
        "have been remanufactured, extending their service life by eight years on average. We "
        "serve wind farm operators and turbine makers with inspection, remanufacturing and "
        "maintenance services.",
        keywords=(
            "wind turbine;bearings;remanufacturing;laser cladding;maintenance services;yaw and "
            "pitch bearings"
        ),
        sectors="C43 C34 D44",
        trl=9,
        ip="know_how",
        coop="technical_service",
        owners="enterprise",
        lure="spindle-bearing",
    ),
    supply(
        "line-inspection",
        "长航时复合翼无人机电力巡检系统",
        "垂直起降复合翼无人机搭载可见光、红外和激光雷达载荷，单架次续航4小时，"
        "可自动完成百公里级输电线路巡检与缺陷识别。",
        "系统由垂直起降复合翼无人机、多载荷吊舱、机巢和智能分析平台组成，无需跑道即可起降。"
        "单架次续航4小时，巡检里程150公里。激光雷达点云用于树障和交叉跨越距离分析，"
        "红外图像用于发热缺陷检测，可见光图像经深度学习模型自动识别绝缘子破损、"
        "防振锤移位等20余类缺陷。系统已在多个省级电网公司应用。可提供设备销售、"
        "巡检服务和数据分析服务。",
        keywords="无人机;电力巡检;输电线路;激光雷达;缺陷识别;复合翼",
        sectors="C37 I65 D44",
        trl=9,
        ip="patent_granted",
        coop="technical_service",
        owners="enterprise",
    ),
    demand(
        "line-inspection",
        "Automated inspection of 500 km of rural power lines in mountainous terrain",
        "A renewable energy company needs a drone-based service that inspects the long power "
        "lines connecting its wind and solar farms and reports vegetation encroachment and "
        "damaged insulators.",
        "The 110 kV and 35 kV lines from our wind and solar farms cross forested, mountainous "
        "terrain where foot patrols take weeks and helicopter inspection is expensive. We are "
        "looking for a partner that can fly long-endurance drones beyond visual line of sight, "
        "collect LiDAR and thermal data, and deliver a defect report with GPS positions within a "
        "week. Automatic recognition of damaged insulators, hot spots and tree clearance "
        "violations is required. We plan a one-year service contract for about 500 km of lines, "
        "with an option to buy the equipment later.",
        keywords="power line inspection;drone;UAV;LiDAR;vegetation management;thermal imaging",
        sectors="D44 C38 I65",
        trl=8,
        coop="technical_service",
        budget=(80, 200),
    ),
    demand(
        "flame-retardant",
        "Halogen-free flame-retardant finish for polyester curtain fabrics",
        "We need a durable, halogen-free flame-retardant finish for polyester curtains that "
        "passes EN 13773 class 1 and NFPA 701 after five washes.",
        "We weave and finish polyester curtain and upholstery fabrics for hotels in Europe and "
        "the Middle East. Several customers will no longer accept our current brominated finish "
        "from next year. The new finish must be free of halogens and antimony, keep the fabric "
        "soft, not yellow during heat-setting at 180 °C, and survive five domestic washes. It "
        "should be applied by padding on our stenter lines. We are ready to run mill trials and "
        "would license the chemistry or buy it from a partner.",
        keywords="flame retardant;halogen-free;polyester;textile finishing;curtains;EN 13773",
        sectors="C17 C26",
        trl=6,
        coop="licensing joint_rd",
        budget=(50, 120),
    ),
    supply(
        "flame-retardant",
        "涤纶织物无卤耐久阻燃整理技术",
        "采用磷硅协效阻燃剂和交联固着工艺，使涤纶织物在不含卤素和锑的情况下达到耐洗阻燃效果，"
        "手感柔软。",
        "传统涤纶阻燃多依赖溴系阻燃剂和三氧化二锑，出口面临限制。本团队合成了一种反应型磷硅阻燃剂，"
        "通过浸轧和焙烘工艺与纤维表面交联固着，可在现有定形机上直接实施。"
        "处理后织物极限氧指数达到30以上，经50次水洗后仍满足GB 8624 B1级和NFPA 701要求，"
        "白度和手感基本不变。技术已在两家印染企业完成中试，拥有授权发明专利2项。"
        "可专利许可或联合开发。",
        keywords="阻燃整理;无卤阻燃;涤纶;纺织印染;磷系阻燃剂;耐水洗",
        sectors="C17 C26 M73",
        trl=6,
        ip="patent_granted",
        coop="licensing joint_rd",
        owners="university",
    ),
)
