"""Demo listing texts in software, electronics, instruments, testing and training.

See demo_listing_texts for what topics and lures mean."""

from app.services.demo_listing_texts import demand, supply

DIGITAL_AND_SERVICES = (
    demand(
        "surface-inspection",
        "想用摄像头自动挑出有划痕的零件，替代人工目检",
        "我们厂生产手机中框等金属件，表面划痕、压伤全靠人眼看，漏检多、工人眼睛累，"
        "想用机器自动检查。",
        "工厂有三条CNC和阳极氧化产线，每天要检查约5万件金属外观件。现在每条线安排20多个质检员在灯"
        "下目检，漏检率在2%左右，客户多次投诉。缺陷主要是划痕、压伤、脏污和色差，"
        "最小的划痕只有0.1毫米宽。希望有一套自动检查设备，速度跟得上产线，漏检率低于0.5%，"
        "误判也不能太多。新款产品换线时，最好我们自己就能调好。",
        keywords="外观检测;划痕;自动检测;摄像头;质检;金属件",
        sectors="C39 C33",
        trl=7,
        coop="commissioned_development technical_service",
        budget=(80, 200),
    ),
    supply(
        "surface-inspection",
        "基于深度学习的工业产品表面缺陷检测系统",
        "采用多角度光源成像与深度学习分割模型的表面缺陷检测系统，可识别0.05 mm级划痕、压伤、"
        "脏污等缺陷，漏检率低于0.3%。",
        "系统由多工位高分辨率相机、可编程多角度光源、运动机构和缺陷检测软件组成，针对金属、"
        "玻璃和塑胶外观件设计。软件采用语义分割和异常检测相结合的模型，"
        "新产品只需数十张缺陷样本即可完成训练，现场工程师可自行标注和更新模型。"
        "检测节拍最快0.5秒/件。系统已在3C电子、汽车零部件等行业部署200余台套。可提供设备销售、"
        "定制开发和模型训练服务。",
        keywords="机器视觉;缺陷检测;深度学习;外观检测;表面缺陷;工业相机",
        sectors="C39 I65 C35",
        trl=9,
        ip="software_copyright",
        coop="commissioned_development technical_service",
        owners="enterprise",
    ),
    supply(
        "surface-inspection",
        "Few-shot anomaly detection for visual surface inspection",
        "An anomaly detection method that learns from images of good parts only and flags "
        "scratches, dents and stains on new products after a few minutes of training.",
        "Collecting and labelling thousands of defect images is the main cost of deploying "
        "deep-learning inspection for a new product. Our method models the normal appearance of a "
        "surface from 50 to 200 good samples and scores each pixel by its deviation, so rare or "
        "unseen defect types are still found. On the public MVTec AD benchmark it reaches an "
        "image-level AUROC of 99.1 %, and in a trial on anodised aluminium housings it found 99.6 "
        "% of scratches wider than 0.1 mm at a false reject rate of 1.2 %. Inference runs at 30 "
        "frames per second on an industrial GPU. We license the software and collaborate on "
        "integration.",
        keywords=(
            "anomaly detection;machine vision;surface inspection;defect detection;few-shot "
            "learning;deep learning"
        ),
        sectors="I65 M73",
        trl=5,
        ip="patent_pending",
        coop="licensing joint_rd",
        owners="university research_institute",
    ),
    demand(
        "spindle-monitoring",
        "Predictive maintenance for CNC machining centre spindles using vibration data",
        "We run 180 machining centres and want to predict spindle bearing failures weeks ahead "
        "from vibration and current data, to avoid unplanned stops.",
        "Unplanned spindle failures cost us about 40 machine-days a year, and spindle rebuilds "
        "are expensive. The machines come from three makers and have no common condition "
        "monitoring. We are looking for a solution that retrofits vibration sensors, collects "
        "controller data such as spindle load, speed and temperature, and uses models to warn of "
        "bearing damage at least two weeks before a failure, with a false alarm rate the "
        "maintenance team can live with. The data must stay on our premises. We would start with "
        "a pilot on 20 machines.",
        keywords=(
            "predictive maintenance;vibration monitoring;CNC spindle;bearing fault;condition "
            "monitoring;machine learning"
        ),
        sectors="C34 I65",
        trl=7,
        coop="technical_service commissioned_development",
        budget=(50, 120),
    ),
    supply(
        "spindle-monitoring",
        "旋转机械振动监测与故障预测（PHM）平台",
        "以无线振动传感器和边缘计算网关为基础，结合机理特征与深度学习模型，提前2–6周预警轴承、"
        "齿轮等旋转部件故障。",
        "平台适用于机床主轴、风机、泵、减速机等旋转设备。无线三轴振动温度传感器采样频率最高25.6 "
        "kHz，磁吸安装，无需改动设备。边缘网关完成包络解调等特征提取，只上传特征数据。"
        "故障预测模型融合设备运行工况，可给出剩余寿命估计，并支持私有化部署。"
        "在汽车零部件和钢铁企业的应用中，非计划停机减少了45%。可提供软硬件产品、"
        "实施服务和联合开发。",
        keywords="预测性维护;振动监测;故障诊断;PHM;旋转机械;剩余寿命",
        sectors="I65 C40 C34",
        trl=8,
        ip="software_copyright",
        coop="technical_service joint_rd",
        owners="enterprise university",
    ),
    supply(
        "scheduling-twin",
        "离散制造产线数字孪生建模与排产优化平台",
        "将车间设备、物料和订单数据映射为数字孪生模型，通过仿真和智能算法优化排产，"
        "设备综合效率提升10%–15%。",
        "平台以轻量化三维模型和离散事件仿真为核心，实时接入MES和设备数据，"
        "在虚拟产线中还原生产过程。排产模块将遗传算法与强化学习相结合，可在换模、"
        "插单等约束下分钟级生成排产方案，并通过仿真预先评估交期和设备负荷。平台已在注塑、"
        "机加工和电子装配企业应用，平均交期缩短20%。可提供软件许可和定制实施。",
        keywords="数字孪生;排产优化;生产仿真;智能制造;MES;设备综合效率",
        sectors="I65 M73",
        trl=7,
        ip="software_copyright",
        coop="licensing commissioned_development",
        owners="university research_institute",
    ),
    demand(
        "scheduling-twin",
        "注塑车间排产靠经验，换模频繁、交期经常延误",
        "我司注塑车间有80台注塑机、600多套模具，目前由计划员用Excel排产，"
        "希望上线智能排产和车间可视化系统。",
        "公司为家电和汽车企业配套注塑件，订单品种多、批量小，插单频繁。计划员凭经验排产，"
        "换模次数多，设备利用率只有60%左右，交期延误率超过10%。希望建设一套能考虑模具、机台吨位、"
        "颜色切换和交期约束的智能排产系统，并与现有MES集成，实现车间状态实时可视化。"
        "目标是将设备利用率提高到75%以上。",
        keywords="注塑;排产;智能排产;车间可视化;换模;MES",
        sectors="C29 C36 I65",
        trl=7,
        coop="commissioned_development",
        budget=(50, 120),
    ),
    demand(
        "",
        "企业官网改版及微信小程序商城开发",
        "需要对公司官网进行改版，并开发一个微信小程序商城，支持产品展示、在线下单和经销商管理。",
        "我司主要生产厨房小家电，现有官网是五年前建的，不支持手机访问。"
        "希望重新设计官网并增加中英文版本。同时开发微信小程序商城，具备产品展示、在线下单、"
        "会员积分和经销商订货功能，并与现有ERP对接订单数据。项目希望在三个月内上线。",
        keywords="官网;小程序;商城;软件开发;电商平台;ERP对接",
        sectors="C38 I65",
        trl=9,
        coop="commissioned_development",
        budget=(15, 40),
        lure="scheduling-twin",
    ),
    demand(
        "ot-security",
        "工控系统网络安全防护建设（等保2.0三级）",
        "我司化工生产装置的DCS和SCADA系统需要满足等保2.0三级要求，"
        "寻求工业网络安全监测与防护整体方案。",
        "公司有三套化工装置，控制系统包括DCS、SIS和SCADA，与办公网之间只有简单的防火墙隔离。"
        "近期行业内发生过勒索病毒导致停产的事件，监管部门要求开展等级保护测评。"
        "希望合作方提供资产识别、网络分区隔离、工业协议深度检测和异常行为监测方案，"
        "且不影响生产系统的实时性。合作方还需协助我司通过等保三级测评。",
        keywords="工控安全;等保2.0;DCS;工业防火墙;入侵检测;网络安全",
        sectors="C26 I65",
        trl=8,
        coop="technical_service",
        budget=(80, 200),
    ),
    supply(
        "ot-security",
        "Anomaly-based intrusion detection for industrial control networks",
        "A passive monitoring appliance that learns the normal Modbus, S7, OPC UA and DNP3 "
        "traffic of a plant and raises alerts on unauthorised commands, new devices and malware "
        "activity without touching the control system.",
        "The appliance connects to a mirror port and builds an inventory of controllers, HMIs and "
        "engineering stations from the traffic. Deep inspection of industrial protocols lets it "
        "learn which device normally sends which command to which controller, and it alerts on "
        "deviations such as an unexpected program download or a set-point change outside working "
        "hours. Because it is passive, it adds no latency and needs no change to the DCS. The "
        "product has test reports for China's classified protection scheme (MLPS 2.0) and is "
        "installed at chemical plants, power stations and water utilities. We provide the "
        "appliance, its configuration and security assessment services.",
        keywords=(
            "industrial control security;intrusion detection;OT security;Modbus;OPC UA;anomaly "
            "detection"
        ),
        sectors="I65 C39",
        trl=9,
        ip="software_copyright",
        coop="technical_service licensing",
        owners="enterprise",
    ),
    demand(
        "mems-compensation",
        "MEMS压力传感器芯片温度漂移补偿",
        "我司MEMS压阻式压力传感器在-40至125°C范围内温漂较大，需要补偿算法和信号调理ASIC方案，"
        "使综合精度达到±0.5%FS。",
        "公司生产汽车和工业用MEMS压力传感器芯片，目前采用分立元件和二阶多项式补偿，"
        "在全温区的综合误差约为±1.5%FS，批量标定效率也低。希望合作开发带数字补偿的信号调理ASIC，"
        "或引进成熟的补偿算法与自动标定方案。要求全温区综合精度达到±0.5%FS，单颗标定时间小于30秒，"
        "并满足AEC-Q100要求。",
        keywords="MEMS;压力传感器;温度补偿;信号调理;ASIC;标定",
        sectors="C39 C40",
        trl=6,
        coop="joint_rd licensing",
        budget=(100, 250),
    ),
    supply(
        "mems-compensation",
        "MEMS传感器信号调理ASIC及温度补偿与批量标定技术",
        "自主设计的低噪声信号调理ASIC，内置24位ADC和多阶温度补偿算法，"
        "可将压阻式传感器全温区误差降低到±0.3%FS，并配套多工位自动标定系统。",
        "ASIC集成可编程增益放大器、24位Σ-Δ ADC、温度传感器和非易失存储器，"
        "补偿系数在标定后写入芯片，可输出模拟或数字信号。补偿算法采用分段高阶拟合，"
        "在-40至150°C范围内误差不超过±0.3%FS。配套的多工位标定系统可同时标定64颗传感器，"
        "单颗平均用时约20秒。芯片已完成车规级可靠性验证。可进行IP授权、芯片供货或联合开发。",
        keywords="MEMS;信号调理;ASIC;温度补偿;自动标定;传感器芯片",
        sectors="C39 M73",
        trl=7,
        ip="patent_granted",
        coop="licensing joint_rd",
        owners="university research_institute",
    ),
    demand(
        "heavy-metal-monitor",
        "需要一台能在线测水里重金属的仪器",
        "园区污水处理厂要求对电镀企业排水中的铅、镉、铜、镍进行在线监测，现在靠人工取样送检，"
        "结果要等好几天。",
        "我司负责运营电镀工业园区的集中污水处理厂，园区里有30多家电镀企业。"
        "现在各企业排口的重金属靠人工每天取样送实验室检测，出结果要两三天，偷排超排很难及时发现。"
        "希望在企业排口安装能自动测定铅、镉、铜、镍、铬等重金属的在线仪器，"
        "每小时出一次数据并上传平台。仪器要运维简单，试剂消耗少。",
        keywords="重金属;在线监测;电镀废水;水质监测;仪器;工业园区",
        sectors="N77 C40",
        trl=8,
        coop="technical_service",
        budget=(60, 150),
    ),
    supply(
        "heavy-metal-monitor",
        "阳极溶出伏安法水质重金属在线自动分析仪",
        "基于丝网印刷电极和阳极溶出伏安法的多参数重金属在线分析仪，可同时测定铅、镉、铜、锌等，"
        "检出限达到μg/L级，单次测量15分钟。",
        "分析仪采用自主研制的铋膜修饰丝网印刷电极，无需汞电极，电极可自动更换，连续运行30天免维护。"
        "仪器内置自动采样、消解和校准模块，测量周期15分钟，铅、镉检出限0.5 μg/L，铜、"
        "锌检出限1 μg/L，与ICP-MS比对的相对误差小于10%。支持4G数据上传和环保平台对接。"
        "已在电镀园区、河道断面和饮用水源地部署100余台。可提供仪器销售、运维服务和技术合作。",
        keywords="重金属在线监测;阳极溶出伏安法;水质分析仪;电化学传感器;电镀废水;环境监测",
        sectors="C40 N77 M73",
        trl=9,
        ip="patent_granted",
        coop="technical_service licensing",
        owners="research_institute enterprise",
    ),
    supply(
        "grain-nir",
        "Handheld near-infrared analyser for grain moisture and protein at purchase points",
        "A palm-sized NIR spectrometer with calibration models that measures moisture, protein "
        "and oil in wheat, maize and soybean in 30 seconds, without grinding.",
        "Grain buyers often judge quality by hand or with slow oven tests, which leads to "
        "disputes with farmers. Our analyser uses a MEMS-based NIR spectrometer covering 900 to "
        "1,700 nm and calibration models built on more than 8,000 samples from the main growing "
        "regions. Moisture is measured to within ±0.3 % and protein to within ±0.4 %, comparable "
        "with laboratory benchtop instruments. Results appear in a phone app and can be stored "
        "with the lot number and GPS position. The analyser costs a fraction of a benchtop "
        "instrument, and we are looking for a manufacturing licensee or a distribution partner.",
        keywords="near-infrared spectroscopy;NIR;grain quality;moisture;protein;handheld analyser",
        sectors="C40 A05 M73",
        trl=7,
        ip="patent_granted",
        coop="licensing joint_rd",
        owners="university",
    ),
    demand(
        "grain-nir",
        "粮食收购时想当场测出水分和蛋白质，不用送化验室",
        "我们是粮食收储企业，收购小麦和玉米时水分、蛋白质要送化验室测，农户排队时间长，"
        "还经常因为结果起争议。",
        "公司在县里有12个收购点，每年收购小麦和玉米约15万吨。现在水分用快速水分仪测，误差大，"
        "蛋白质要送到总部化验室，一两天才有结果。希望有便携、操作简单的检测仪器，"
        "在收购现场几十秒内测出水分、蛋白质等指标。准确度要能被农户和粮食部门认可，价格不要太贵，"
        "每个收购点配一两台。",
        keywords="粮食收购;水分检测;蛋白质;快速检测;便携仪器;小麦玉米",
        sectors="A05 F51 A01",
        trl=7,
        coop="technical_service licensing",
        budget=(20, 60),
    ),
    supply(
        "",
        "Handheld Raman analyser for identifying drugs and hazardous chemicals",
        "A handheld 1064 nm Raman spectrometer that identifies narcotics, precursor chemicals and "
        "explosives through plastic bags or glass bottles in 10 seconds.",
        "Excitation at 1064 nm suppresses fluorescence, so dark and coloured samples can be "
        "measured. The built-in library holds the spectra of more than 10,000 narcotics, new "
        "psychoactive substances and hazardous chemicals, and mixtures can be analysed. The "
        "instrument weighs 1.2 kg, is rated IP67 and is designed for customs, police and "
        "emergency responders. It is listed in the police equipment catalogues of several "
        "provinces. We sell the instrument and provide custom libraries and training.",
        keywords=(
            "Raman spectroscopy;handheld analyser;narcotics detection;hazardous "
            "chemicals;spectrometer;rapid identification"
        ),
        sectors="C40",
        trl=9,
        ip="patent_granted",
        coop="technical_service talent_training",
        owners="enterprise",
        lure="grain-nir",
    ),
    supply(
        "mmwave-antenna",
        "毫米波相控阵天线与射频前端小型化设计",
        "采用封装天线（AiP）技术的26/28 GHz毫米波相控阵天线模组，体积缩小40%，波束扫描范围±60°。",
        "团队在低温共烧陶瓷和高频PCB上实现了天线与射频芯片的一体化封装，单个模组集成64个天线单元，"
        "等效全向辐射功率达到60 dBm。波束扫描范围±60°，扫描增益下降小于3 dB。"
        "提出的宽带双极化单元设计有效改善了阵列互耦。已完成样机测试和小批量试产。可提供联合研发、"
        "技术许可和测试服务。",
        keywords="毫米波;相控阵天线;封装天线;AiP;5G;射频前端",
        sectors="C39 I63 M73",
        trl=6,
        ip="patent_granted",
        coop="joint_rd licensing technical_service",
        owners="university",
    ),
    demand(
        "mmwave-antenna",
        "Compact millimetre-wave antenna module for 5G small cells",
        "We design outdoor 5G small cells and need a 28 GHz phased-array antenna module that fits "
        "a 20 × 20 cm enclosure and steers beams over ±45°.",
        "Our small cells are mounted on street lamps and must be small and light. The antenna "
        "board we buy now is too large, and its scan loss at wide angles exceeds 5 dB. We are "
        "looking for a partner to design or supply an antenna-in-package or antenna-on-board "
        "module at 26 to 28 GHz with at least 58 dBm EIRP, ±45° scanning with under 3 dB scan "
        "loss, dual polarisation and an interface to commercial beamforming chips. Joint "
        "development with a university group is welcome.",
        keywords=(
            "millimetre wave;phased array antenna;5G small cell;antenna-in-package;beamforming;28 "
            "GHz"
        ),
        sectors="C39 I63",
        trl=5,
        coop="joint_rd commissioned_development",
        budget=(100, 300),
    ),
    demand(
        "patent-search",
        "专利文本自动分类与相似专利检索系统",
        "我司知识产权部每年需要分析上万件中英文专利，希望建设一套能自动分类、"
        "查找相似专利并提示侵权风险的系统。",
        "公司是一家家电和电机集团，知识产权部需要跟踪竞争对手的专利，并为新产品开展自由实施（FTO）"
        "分析。目前主要靠关键词检索和人工阅读，查全率低、效率差。希望系统能按照公司的技术分类体系"
        "对中英文专利自动分类，基于语义检索相似专利，并对权利要求进行比对提示。系统要求私有化部署，"
        "并可对接商业专利数据库。",
        keywords="专利检索;文本分类;语义检索;知识产权;自然语言处理;FTO",
        sectors="C38 I65",
        trl=7,
        coop="commissioned_development licensing",
        budget=(60, 150),
    ),
    supply(
        "patent-search",
        "Multilingual patent classification and semantic prior-art search",
        "Language models fine-tuned on 20 million Chinese and English patents that classify "
        "patents into IPC groups or a company's own taxonomy and find similar documents across "
        "languages.",
        "Keyword searches miss prior art that uses different words, and Chinese and English "
        "patents are usually searched separately. Our models map patent text in either language "
        "into one semantic space, so a Chinese query finds English documents and the other way "
        "round. IPC subgroup classification reaches a top-5 accuracy of 87 %, and a claim-level "
        "comparison highlights which features of a claim appear in a cited document. The system "
        "runs on premises on a single GPU server and can be fine-tuned to a company's own "
        "classification with a few thousand labelled patents. We license the models and develop "
        "custom deployments.",
        keywords=(
            "patent search;semantic search;text classification;natural language "
            "processing;cross-lingual;prior art"
        ),
        sectors="I65 M73",
        trl=6,
        ip="software_copyright",
        coop="licensing commissioned_development",
        owners="university research_institute",
    ),
    supply(
        "failure-analysis",
        "材料失效分析与检测服务（CNAS认可实验室）",
        "为企业提供金属、塑料和电子元器件的失效分析，查明断裂、开裂、腐蚀等失效原因并提出改进建议。",
        "实验室通过CNAS和CMA认可，配备扫描电镜、能谱仪、红外光谱、热分析和力学试验设备，"
        "分析人员具有十年以上失效分析经验。可开展断口分析、金相分析、成分分析和残余应力测试，"
        "以及塑料件应力开裂和老化分析。一般5–10个工作日出具报告，并可结合工艺调查给出改进方案。"
        "实验室每年完成失效分析项目500余项。",
        keywords="失效分析;检测服务;断口分析;塑料开裂;CNAS;材料检测",
        sectors="M74 C30 C33",
        trl=9,
        ip="none",
        coop="technical_service equipment_sharing",
        owners="research_institute university",
    ),
    demand(
        "failure-analysis",
        "注塑件装配后放几天就开裂，找不到原因",
        "我们生产的空调塑料面板，打上螺丝后过几天就在螺丝孔周围开裂，换了几批料都不行，"
        "想请专家帮忙找原因。",
        "出问题的是ABS材料的空调面板，注塑后外观正常，装配打螺丝后三到七天，"
        "部分产品在螺柱根部出现细小裂纹，不良率约3%。我们怀疑是材料问题，"
        "也可能是模具或者注塑参数的问题，还可能跟生产线上用的清洁剂有关。"
        "希望有检测能力的单位帮我们分析开裂原因，并提出改进办法。",
        keywords="注塑件;开裂;ABS;失效原因;塑料件;质量问题",
        sectors="C29 C38",
        trl=None,
        coop="technical_service",
        budget=(2, 8),
    ),
    supply(
        "lean-training",
        "Lean and digital manufacturing training for SME production teams",
        "A twelve-week programme that trains supervisors and engineers in lean methods and "
        "shop-floor digitalisation, with a model factory and projects in the participants' own "
        "plants.",
        "Participants learn value stream mapping, SMED changeover reduction, standard work and "
        "visual management, and then how to collect machine data and build simple dashboards. "
        "Half of the time is spent in our learning factory, where a real assembly line is "
        "improved step by step, and the other half on a project in the participant's own company. "
        "Courses are taught in English or Chinese by engineers with industrial experience, and "
        "participants receive a certificate. Companies that completed the programme report "
        "productivity gains of 15 to 30 % in the project area. We offer open courses and "
        "in-company programmes.",
        keywords=(
            "lean manufacturing;training;SMED;value stream mapping;digital manufacturing;learning "
            "factory"
        ),
        sectors="P83 M74 C34",
        trl=9,
        ip="none",
        coop="talent_training technical_service",
        owners="research_institute university enterprise",
    ),
    demand(
        "lean-training",
        "企业精益生产与数字化管理人才培训",
        "我司需要为50名班组长和工艺工程师开展精益生产和车间数字化培训，要求结合本企业现场改善项目。",
        "公司是一家汽车零部件企业，近年订单增长快，但生产效率和交付稳定性不高，换型时间长，"
        "现场管理主要靠经验。希望引入系统的精益生产培训，内容包括价值流分析、快速换模、标准作业、"
        "可视化管理以及生产数据采集与看板应用。培训需要结合现场改善项目开展。"
        "目标是培训后换型时间缩短30%以上。",
        keywords="精益生产;人才培训;快速换模;价值流;班组长;数字化管理",
        sectors="C36 P83",
        trl=None,
        coop="talent_training",
        budget=(20, 50),
    ),
    supply(
        "instrument-sharing",
        "大型科研仪器开放共享：场发射扫描电镜、X射线衍射仪、透射电镜",
        "学校分析测试中心面向企业开放共享价值3亿元的大型仪器，提供材料形貌、结构和成分表征服务。",
        "中心拥有场发射扫描电镜、球差校正透射电镜、X射线衍射仪、X射线光电子能谱仪、"
        "拉曼光谱仪等大型仪器150余台套，由专职技术人员操作，也可培训企业人员上机。"
        "可提供材料微观形貌、晶体结构、元素价态和成分分析，常规样品3个工作日出具数据。"
        "中心已纳入省大型科学仪器共享平台，企业可使用创新券抵扣费用。",
        keywords="仪器共享;扫描电镜;SEM;XRD;透射电镜;材料表征",
        sectors="M74 M73 P83",
        trl=9,
        ip="none",
        coop="equipment_sharing technical_service",
        owners="university",
    ),
    demand(
        "instrument-sharing",
        "新材料研发需要做SEM、XRD表征，本地找不到检测机构",
        "我司正在研发锂电池正极材料，需要定期做扫描电镜、X射线衍射和粒度分析，"
        "希望就近找到能长期合作的测试平台。",
        "公司是一家成立两年的新材料初创企业，研发团队10人，暂时没有能力购买大型表征设备。"
        "每月约有100个样品需要做SEM形貌观察、XRD物相分析和激光粒度测试，目前寄到外省检测，"
        "周期长达两周，影响研发进度。希望与本地高校或研究院的测试中心建立长期合作。"
        "最好能让我们的研发人员上机操作，并可使用创新券。",
        keywords="材料表征;SEM;XRD;测试平台;正极材料;创新券",
        sectors="C26 C38",
        trl=None,
        coop="equipment_sharing technical_service",
        budget=(5, 20),
    ),
)
