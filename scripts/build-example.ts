/**
 * Builds examples/paitan-2023.xlsx: the seed report (广州市增城区派潭镇人民政府, 2023 部门整体支出
 * 绩效自评报告) as an officer would keep it in Excel — an info sheet with the narrative inputs,
 * a 收支情况表 and a 绩效指标表 in the MOF 自评表 shape. Run: npm run example
 *
 * The data is exported so tests can lay the same figures out in other shapes.
 *
 * 收支 (万元). The seed states this year's amounts and the change against last year; last year
 * is this year minus the change:
 *   一般公共预算  22,096.43 + 10,847.19 = 32,943.62
 *   政府性基金     5,985.49 + 30,711.55 = 36,697.04
 *   基本支出       5,531.53 +      7.80 =  5,539.33
 *   项目支出      22,550.76 + 41,550.57 = 64,101.33
 *   上年收入/支出合计 32,943.62 + 36,697.04 = 69,640.66 = 5,539.33 + 64,101.33
 * The seed's revenue items add up to 28,081.92, not its stated 28,082.29 (a 0.37 gap the engine
 * must flag); both are kept as published. The seed gives no 年初预算数 and no item budgets.
 *
 * 指标 (the seed states 92 = 产出 84% of 50 + 效益 100% of 50; its table is not published, so
 * the rows below are built from the seed's own goals). Scores by docs/rules.md §4, half-up to 2 dp:
 *   产出 (weights 4+3+3+3+3+6+10+10+5+3 = 50)
 *     森林登山步道 ≥15公里, 15公里      正向 a ≥ t                      →  4.00 of 4
 *     绿（碧）道 ≥4公里, 4公里          正向 a ≥ t                      →  3.00 of 3
 *     入河排污口溯源整治 ≥5个, 5个      正向 a ≥ t                      →  3.00 of 3
 *     省定美丽宜居村 ≥3条, 3条          正向 a ≥ t                      →  3.00 of 3
 *     粮食生产功能区 ≥2.4万亩, 2.4万亩  正向 a ≥ t                      →  3.00 of 3
 *     10亿元以上项目 ≥3个, 2个          正向 2/3 × 6 = 4                →  4.00 of 6
 *     国考断面水质达标率 ≥100%, 92%     正向 92/100 × 10 = 9.2          →  9.20 of 10
 *     供水改造按期完工率 ≥100%, 63%     正向 63/100 × 10 = 6.3          →  6.30 of 10
 *     政务服务平均办结时间 ≤10天, 13天  反向 t<a<2t: (1 − 3/10) × 5 = 3.5 → 3.50 of 5
 *     “三公”经费控制率 ≤100%, 96%       反向 a ≤ t                      →  3.00 of 3
 *     Σ = 4+3+3+3+3+4+9.2+6.3+3.5+3 = 42.00 → 42/50 = 84%
 *   效益 (weights 10 × 5 = 50): four 正向 rows met (526 ≥ 500 万人次, 100% ≥ 100%, 95% ≥ 90%,
 *     95% ≥ 90%; none ≥ 130% of target) → 10 each; 长效管理机制 定性 “达成年度指标” with the
 *     evaluator's 10, inside the 达成 band [8, 10] → 10. Σ = 50 → 100%
 *   Total 42 + 50 = 92 (优). Indicator weights add up to 100, so no budget-execution points.
 * Every row below full marks carries a 偏差原因分析及改进措施.
 */
import { join } from "path";
import ExcelJS from "exceljs";

export interface ExampleBudgetRow {
  name: string;
  initialBudget: number | null;
  budget: number | null;
  actual: number | null;
  priorYear: number | null;
}

export type Nature = "正向" | "反向" | "定性";

export interface ExampleIndicatorRow {
  level1: string;
  level2: string;
  name: string;
  nature: Nature;
  target: string;
  actual: string;
  weight: number;
  /** The evaluator's own score, as the officer fills it in. */
  score: number;
  reason: string | null;
}

/** 单位名称 … 下一步改进措施: the info sheet's key | value rows (multi-paragraph texts joined by line breaks). */
export interface ExampleInfo {
  entity: string;
  year: number;
  selfReference: string;
  functions: string[];
  annualWork: string[];
  goals: string[];
  management: string[];
  problems: string[];
  measures: string[];
}

export const BUDGET_TITLE = "2023年度派潭镇人民政府部门整体收支情况表";
export const INDICATOR_TITLE = "2023年度派潭镇人民政府部门整体支出绩效自评表";
export const SHEET_NAMES = { info: "基本信息", budget: "收支情况表", indicators: "绩效指标表" } as const;

export const BUDGET_ROWS: ExampleBudgetRow[] = [
  { name: "收入合计", initialBudget: null, budget: 28564.19, actual: 28082.29, priorYear: 69640.66 },
  { name: "一般公共预算财政拨款补助收入", initialBudget: null, budget: null, actual: 22096.43, priorYear: 32943.62 },
  { name: "政府性基金预算财政拨款补助收入", initialBudget: null, budget: null, actual: 5985.49, priorYear: 36697.04 },
  { name: "支出合计", initialBudget: null, budget: 28564.19, actual: 28082.29, priorYear: 69640.66 },
  { name: "基本支出", initialBudget: null, budget: null, actual: 5531.53, priorYear: 5539.33 },
  { name: "项目支出", initialBudget: null, budget: null, actual: 22550.76, priorYear: 64101.33 },
];

const OUTPUT = "产出指标";
const OUTCOME = "效益指标";

export const INDICATOR_ROWS: ExampleIndicatorRow[] = [
  { level1: OUTPUT, level2: "数量指标", name: "新建森林登山步道", nature: "正向", target: "≥15公里", actual: "15公里", weight: 4, score: 4, reason: null },
  { level1: OUTPUT, level2: "数量指标", name: "新建绿（碧）道", nature: "正向", target: "≥4公里", actual: "4公里", weight: 3, score: 3, reason: null },
  { level1: OUTPUT, level2: "数量指标", name: "入河排污口溯源整治", nature: "正向", target: "≥5个", actual: "5个", weight: 3, score: 3, reason: null },
  { level1: OUTPUT, level2: "数量指标", name: "打造省定美丽宜居村", nature: "正向", target: "≥3条", actual: "3条", weight: 3, score: 3, reason: null },
  { level1: OUTPUT, level2: "数量指标", name: "粮食生产功能区建设面积", nature: "正向", target: "≥2.4万亩", actual: "2.4万亩", weight: 3, score: 3, reason: null },
  {
    level1: OUTPUT, level2: "数量指标", name: "引进10亿元以上优质项目", nature: "正向", target: "≥3个", actual: "2个", weight: 6, score: 4,
    reason: "受宏观经济环境影响，文旅项目投资意向趋于谨慎，全年引进10亿元以上优质项目2个，未达年度目标。下一步将强化森林海等重大文旅项目带动，盘活空心村和储备地块资源，加大招商引资力度。",
  },
  {
    level1: OUTPUT, level2: "质量指标", name: "国考断面水质达标率", nature: "正向", target: "≥100%", actual: "92%", weight: 10, score: 9.2,
    reason: "受上游来水及汛期面源污染影响，国考大墩断面部分月份水质未达标，全年达标率92%。下一步将深化入河排污口溯源整治，加快农村生活污水处理设施修复，推进断面水质稳定达标。",
  },
  {
    level1: OUTPUT, level2: "时效指标", name: "农村供水改造工程按期完工率", nature: "正向", target: "≥100%", actual: "63%", weight: 10, score: 6.3,
    reason: "部分村（社区）供水改造工程受汛期施工条件及管线迁改影响，进度滞后，年底按期完工率63%。下一步将加强工程调度和资金跟踪，督促施工单位倒排工期，确保尽快完工。",
  },
  {
    level1: OUTPUT, level2: "时效指标", name: "政务服务事项平均办结时间", nature: "反向", target: "≤10天", actual: "13天", weight: 5, score: 3.5,
    reason: "部分事项涉及多部门协同审核，流程较繁琐，平均办结时间13天，超出年度目标。下一步将优化审批流程，推进“政务服务+”模式和网上办理，压缩办结时限。",
  },
  { level1: OUTPUT, level2: "成本指标", name: "“三公”经费控制率", nature: "反向", target: "≤100%", actual: "96%", weight: 3, score: 3, reason: null },
  { level1: OUTCOME, level2: "经济效益", name: "乡村旅游接待游客人次", nature: "正向", target: "≥500万人次", actual: "526万人次", weight: 10, score: 10, reason: null },
  { level1: OUTCOME, level2: "社会效益", name: "村级颐康服务站覆盖率", nature: "正向", target: "≥100%", actual: "100%", weight: 10, score: 10, reason: null },
  { level1: OUTCOME, level2: "生态效益", name: "农村生活污水处理设施正常运行率", nature: "正向", target: "≥90%", actual: "95%", weight: 10, score: 10, reason: null },
  { level1: OUTCOME, level2: "可持续影响", name: "长效管理机制", nature: "定性", target: "逐步完善", actual: "达成年度指标", weight: 10, score: 10, reason: null },
  { level1: OUTCOME, level2: "满意度", name: "群众满意度", nature: "正向", target: "≥90%", actual: "95%", weight: 10, score: 10, reason: null },
];

/** The 合计 row as the officer states it. */
export const STATED_TOTAL = { weight: 100, score: 92 };

/** Narrative inputs copied from the seed report (page breaks and PDF spacing around digits removed). */
export const INFO: ExampleInfo = {
  entity: "广州市增城区派潭镇人民政府",
  year: 2023,
  selfReference: "我镇",
  functions: [
    "1. 宣传贯彻落实党和国家各项方针政策和法律法规，执行上级的决议、决定。研究决定本镇经济建设、政治建设、文化建设、社会建设、生态文明建设和党的建设等方面的重大问题。对本镇内地区性、群众性、公益性、社会性工作履行组织领导、综合协调、服务和监督检查职责。",
    "2. 落实基层党建工作责任制，加强党委自身建设和村（社区）党组织建设，以及其他隶属镇党委的党组织建设，抓好发展党员工作，加强党员队伍建设。维护和执行党的纪律，监督党员干部和其他任何工作人员严格遵守国家法律法规。",
    "3. 统筹制定区域发展重大决策和建设规划，负责制定符合镇情的经济发展规划，推进重大项目建设和落地，掌控经济运行调整目标，整顿规范市场经济秩序，研究解决经济发展中存在的问题。按规定权限开展或与区有关职能部门共同开展城市管理、生态环境保护、环境卫生管理、市场监督管理、抢险和防灾等工作。负责本镇的“三农”工作，加强辖区林业、渔业、畜牧业、水利等管理。",
    "4. 统筹负责辖区公共服务工作，按规定权限开展或与区有关职能部门共同开展辖区民政事务、人口和计划生育、公共卫生、劳动就业、社会保障、民兵、兵役、侨务、拥军优属、优抚安置、社会救济、社会福利、残疾人、社区文化、科普、体育、教育等工作。负责贯彻落实港澳台事务和民族宗教领域的相关法律法规和政策。",
    "5. 统筹负责辖区综合治理工作，负责本镇的综治维稳及信访工作，负责本镇的出租屋和非本市户籍人员登记管理，承担劳动关系调处工作，维护本镇社会稳定。负责民事调解及法律服务工作，保护公民私人所有的合法财产，保护公民的人身权利、民主权利和其他权利。",
    "6. 统筹负责辖区综合行政执法工作，履行城市管理综合执法职权，以及法律法规明确或区政府依法委托的行政执法职权。统筹协调区级部门派驻在镇的执法力量，做好辖区综合行政执法规范化建设。",
    "7. 完善党领导下的基层社会治理体系，负责基层政权组织建设工作，指导和帮助村（居）民委员会搞好组织建设和制度建设，发展村（居）民委员会的群众自治组织作用。",
    "8. 动员辖区内各类单位、社会组织和村（居）民等社会力量参与社会治理，引导辖区单位履行社会责任，整合区域内各种社会力量为村（居）发展服务，大力兴办社会福利事业，发动和组织村（居）民委员会开展各类社会公益活动。",
    "9. 负责本镇财政、审计、统计工作，负责编制本镇财政预决算计划，负责本镇国有资产和集体资产管理，保障各种经济组织的合法权益，组织开展村社集体“三资”管理。",
    "10. 按照干部管理权限，负责干部的培育、选拔、管理和使用工作，按照有关要求，协助管理上级有关部门驻镇单位的干部。做好人才服务和引进工作。加强对村（居）工作人员教育和管理，提供他们的思想素质、业务水平和工作能力。",
    "11. 加强对以本镇为主要工作及服务对象的各行政管理、执法和服务机构的工作统筹、协调、督促、检查和评议，将评议情况反馈其上级党组织，对其责任人的奖惩、任免提出意见和建议。",
    "12. 完成区委、区政府交办的其他任务。",
  ],
  annualWork: [
    "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神、中央经济工作会议精神，深入贯彻习近平总书记对广东系列重要讲话和重要指示精神，坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，服务和融入新发展格局，着力推动高质量发展，更好统筹疫情防控和经济社会发展，更好统筹发展和安全，深入实施乡村振兴战略，扎实推进农文旅融合发展，有效防范化解重大风险，推动经济运行整体好转，实现质的有效提升和量的合理增长，举全镇之力推进“广东乌镇”建设，打造粤港澳大湾区康养休闲旅游目的地，为增城做优做强现代化中等规模生态城区作出派潭新的贡献。重点做好以下工作：",
    "1. 坚持抓项目兴产业，推动经济社会高质量发展。突出规划引领，优化发展空间布局，抢抓广州建设大湾区生态文化旅游合作区和增城创建国家全域旅游示范区机遇，以推动白水仙瀑创建国家5A级景区、森林海创建国家级旅游度假区为抓手，促进全域旅游发展，打造粤港澳大湾区康养休闲旅游目的地。",
    "高起点谋划产业发展布局。认真贯彻落实最新国土空间规划调整结果，运用好派潭镇旅游概念性规划与城市设计国际竞赛成果，结合白水寨风景名胜区总体规划修编，组织开展派潭镇特别是高滩片区城市开发边界内的控制性详细规划编制工作，对具体地块用途、开发建设强度等作出实施性安排，明确各类公共设施布局，强化城市风貌管控，理清城镇开发与村庄规划的关系。加强规划编制实施管理，进一步整合周边村庄、土地、河湖等资源，强化资源要素保障，引进更多优质项目，助推全域旅游高质量发展。",
    "构建全域旅游发展新格局。加快推动北部文旅融合示范区重大发展平台建设，继续服务跟踪好中青旅稻香田园康养谷、白水寨伊士丹顿温泉酒店等项目建设，全力推动白水仙瀑创建国家5A级景区；积极探索废弃矿坑湖生态修复利用，规划实施“河湖连通”水系工程，做好“水文章”，推动森林海旅游度假区与周边温泉酒店、精品民宿等文旅项目联动发展，创建国家级旅游度假区；融入广州国际消费中心城市建设，谋划打造一条以夜经济为主题的岭南特色商业街区，推动万果小镇拾光营地等8家休闲露营基地提质升级，打造休闲农业和乡村旅游精品路线，丰富旅游业态；抢抓后疫情时代的消费释放，策划举办乡村音乐节、登山越野等特色旅游节庆活动，大力推介派潭酒店、民宿、农产品等，培育壮大新型消费，促进消费大循环。",
    "狠抓招商引资和项目筹建。坚持“项目为王”，以大项目带动大发展。强化森林海等重大文旅产业项目带动，进一步盘点空心村、旧学校、闲置农房，结合村庄周边山水林田河湖等资源，利用443亩储备地块，以及空间规划调整后新增约1500亩城镇开发边界内土地，力争引进3个以上10亿元优质品牌项目，培育文旅龙头企业，助力文旅产业提质升级。完善项目筹建“全生命周期服务”工作机制，加快推动已引进项目尽快落地开工、投产达产，扩大全镇固定资产投资。",
    "2. 坚持农业农村现代化，加快实施“百千万工程”。抢抓省委实施“百县千镇万村高质量发展工程”重大机遇，坚持农业农村优先发展，以统筹实施乡村振兴战略为主线，围绕“产业发展、农民增收”这个核心，高质量做好“三农”工作，争当增城创建全国县区乡村振兴引领区“排头兵”。",
    "全面推进强镇兴村。强化镇街联城带村节点功能，推动“百县千镇万村高质量发展工程”落地见效。推进基本公共服务标准化建设，把圩镇打造成为乡村治理中心、农村服务中心、乡村经济中心。提升镇村党群服务中心规范化、标准化建设水平，创建党群服务中心“一站式”服务示范点。坚持“拆、治、兴”并举，结合圩镇历史文化遗存、景观风貌保护，采用微改造的“绣花”功夫改造提升派潭老街等传统村落、旧村庄，打造更具特色、更富有活力的产业特色。增强派潭生命健康小镇发展能力，打造有影响力的休闲农业与乡村旅游示范镇。巩固美丽圩镇建设攻坚成果，持续推进圩镇品质提升，打造省级美丽圩镇示范点。",
    "创新推进农业现代化。牢牢守住耕地红线，保障国家粮食安全底线，抓好2.4万亩粮食生产功能区建设，稳定粮食播种面积，夯实粮食安全根基。强化农业科技支撑，发展数字农业，推动丝苗米、荔枝、绿色蔬菜3条优势特色农产品全产业链升级，加强“菜篮子”产品供给。培育壮大农业经营主体，积极申报省市区级龙头企业、家庭农场、农民合作社，打造更多特色农产品龙头企业和“农业+”品牌，全面提升农产品附加值。高质量发展农旅产业，重点跟踪服务好四季田园乡村振兴综合体、万果小镇等已落地乡村振兴项目建设，壮大乡村旅游、都市农业等新业态，推动农村一二三产业融合发展。",
    "打造宜居宜业和美乡村。全力推进白水仙瀑、吾乡派潭、灵山秀水、大田元语、凤凰秘境5条新乡村示范带建设，打造特色产业和景观节点，形成“一村一品”“一村一景”，串点成线、连线成片、集片成带，统筹推进乡村建设，打造“美丽经济”。深化农村人居环境整治，加强农房管控和风貌提升，持续推进“厕所革命”、生活污水治理、垃圾治理和“四小园”建设。推进村庄绿化美化亮化，加快密石村、上九陂村等美丽乡村建设，打造3~5条省定美丽宜居村、2~3条特色精品村。推进农村道路、供水、燃气等设施建设，推动农村基本公共服务提档升级，让农民在家门口享受更高质量的现代化服务。",
    "发展高端民宿产业。进一步完善民宿发展规划，把村庄建设与产业发展结合起来，把乡村存量闲置资产盘活为微度假产品，通过房地一体登记和集体土地确权等方式盘活1500多亩空心村，加快推进东洞雅山房、亚如𠄎無外·秘境、上九陂湾区民宿第一村、榕树吓东昇社等项目建设；创新“政府指导、村民为主、市场运作、社会参与”民宿发展模式和分级分类管理机制，分期分批推动现有130多家民宿提档升级，规划举办全国民宿产业论坛，打造高端民宿产业聚集地，擦亮广东省民宿示范镇招牌。",
    "促进农民增收致富。加强乡村人才队伍建设，推进实施新乡贤制度，规划建设乡村振兴人才驿站，推动科技成果入乡转化，争取打造丝苗米科技成果入乡转化先行示范点。实施“强村富民”工程、“穗农奔富”行动，积极探索“龙头企业+农户”“企业+村社+农户”等联农带农惠农共享发展机制，创新农村集体土地上市流转模式，鼓励农民以土地入股等方式加入专业合作社，持续提高农民经营性收入，壮大村级集体经济，带动农民增收致富，逐步实现共同富裕。",
    "3. 坚持践行绿色发展理念，全力打造“绿美派潭”。践行绿水青山就是金山银山理念，贯彻落实省委关于推进绿美广东生态建设及增城创建国家生态文明建设示范区工作部署，充分挖掘生态资源优势，发展绿色经济，加强生态环境保护和建设治理，提升城乡规划建设精细化管理水平，让派潭的天更蓝、水更清、生态更优美。",
    "推进绿色产业发展。贯彻“双碳”要求，优化林业产业布局，发展康养产业，通过“森林+”新业态发展森林旅游、森林康养，打造国家级、省级森林康养基地。建设绿色产业体系，推动大田围村奇楠沉香项目和七境村、背阴村绿天然创意林下农业项目建设，深挖佳松岭村盆景产业潜力，提升花木产业生产质效；着力解决用地限制，推动课桌椅等绿色制造业做强做大，壮大实体经济，增强全镇经济发展韧劲。稳步提升生态汇碳能力，探索推进碳汇交易，努力探索践行“两山”理论的派潭路径。",
    "推进绿美派潭建设。巩固广东林长绿美园创建成果，持续落实“河长制”“林长制”，加强古树名木、野生动植物保护管理，提升生态文明建设成效。扎实推进城乡绿化美化，加大拆违建绿、留白增绿力度，规划打造1个古树公园，新建绿（碧）道4公里、森林登山步道15公里。加强生态环境保护，巩固污染防治攻坚战和第二轮中央生态环境保护督察整改成果，落实污染天气联防联控制度，深化5个入河排污口溯源整治，推进国考大墩断面水质达标，加快“无废”城市建设，打好蓝天、碧水、净土保卫战。开展绿色低碳全民行动，倡导简约适度的生活方式，营造绿色低碳生活新时尚。",
    "推进基础设施建设。加快“6·14”水毁路面、农田水利等设施维护修缮，推进派潭河清淤疏浚工程、派潭河（镇墟段）防洪排涝整治工程，提升全镇防洪排涝能力；推进白水寨景区主干道及连接线、密石村道、西环路（二期）等路网建设，构建外联内畅交通网络；加快推进白水寨自来水厂升级改造、燃气管道、农村生活污水处理设施修复、27个村（社区）农村供水改造工程等项目建设，逐步完善基础设施，助力城乡融合高质量发展，打造宜居宜业宜游高品质城乡。",
    "4. 坚持以人民为中心的理念，促进公共服务均等化。锚定共同富裕发展目标，始终把人民放在心中最高位置，把为民造福作为最重要的政绩，坚持在发展中保障和改善民生，持续发力补齐民生短板，织密织牢民生保障网，努力让群众获得感成色更足、幸福感更可持续、安全感更有保障。",
    "着力破解民生难题。坚持保基本、兜底线、促公平的导向，健全为民办实事长效机制，持续增加民生投入，继续推进民生实事票决制，着力解决农村供水、燃气等一批群众急难愁盼问题。落实教育优先发展战略，持续推进农村薄弱学校教育提质升级，加快推进派潭二中、三中合并办学以及高滩小学扩建，巩固提升教育强镇建设成果。实施农民转移就业促进增收“五大专项行动”，落实就业优先政策，抓好高校毕业生、失业农民等重点群体就业服务。深入开展根治欠薪专项行动，保障劳动者合法权益。",
    "健全社会保障体系。继续扩大社会保险覆盖面，推动社会保障从“制度全覆盖”转向“人群全覆盖”。持续推进医养结合服务，推动派潭镇敬老院公建民营模式改革，实现村级颐康服务站全覆盖，更好满足群众多样化养老需求。加强未成年人关爱保护，扎实做好困难儿童民生保障工作。完善社会救助制度，提高城乡低保、特困人员、残疾人等保障水平。深入实施“粤菜师傅”“广东技工”“南粤家政”三项工程和“增城妈妈”家政服务品牌，促进群众就地就近就业。深入实施“一元钱”看病制度，规划建设高滩片区医疗急救站，深化镇村卫生服务一体化管理，完善应急医疗救治体系，加强老年人、儿童、孕产妇等脆弱群体保护。深入开展退役军人关爱及帮扶援助工作，全面推进“四尊崇”“五关爱”“六必访”，切实维护退役军人合法权益。继续做好“双拥”、民族宗教、妇女儿童、残疾人等各项工作。",
    "推动文体事业发展。坚定文化自信，加强历史文化保护传承，持续推进38座文物、2处历史建筑和2处传统风貌建筑保护管理。健全非遗保护机制，充分发挥非遗基地作用，推进非物质文化遗产活态传承。加快文明实践站、现场教学点建设，活化利用小迳村中共增城县委旧址等红色资源，打造党史学习教育的“第二课堂”，推动党的二十大精神走深走实、走进群众。提升公共文化服务能力，推进村级图书室升级改造，建设口袋公园、体育文化公园，开展“送戏下乡”，不断丰富群众精神世界，启动创建全国文明镇。",
    "5. 坚持抓社会和谐稳定，夯实安全发展底线。坚定不移贯彻总体国家安全观，坚持底线思维，强化防风险、保安全、护稳定的能力，坚定维护国家政权安全、制度安全、意识形态安全，完善社会治理体系，建设更高水平的平安派潭。",
    "守牢意识形态安全。严格落实意识形态工作责任制，加强社会面宣传阵地管理，确保各类阵地可管可控。加强“吾乡派潭”公众号、视频号等“两微一端”宣传平台建设，充分发挥新时代文明实践所（站）等教育阵地作用，以主流意识形态引导舆论，着力提升传播力、影响力、引导力、公信力。健全网络综合治理体系，完善舆情全流程闭环管理工作机制，提升网络舆情监管和引导能力，筑牢意识形态坚固防线。",
    "提高公共安全水平。持续完善应急管理体系，健全应急指挥工作机制，提升应急响应和处置能力。毫不动摇落实“乙类乙管”措施，抓实抓细新阶段疫情防控各项工作，以国家卫生镇复评为抓手，建强卫生健康服务体系，不断提高基层医疗机构救治能力，持续推进疫苗接种，筑牢护佑人民群众健康安全的坚实屏障。扎实开展安全生产专项整治三年行动，加强景区酒店、交通安全等领域安全生产监管，从严从细压实安全责任，强化隐患源头治理。持续巩固全国乡镇森林防灭火规范化管理试点成果，宣传推广试点经验，推进村级应急管理站建设，夯实基层应急管理根基。加强食品药品安全监管，做好农产品溯源及质量安全检测，扛起食品药品和粮食安全的责任。",
    "维护社会和谐稳定。创新社会矛盾纠纷多元预防调处化解机制，加强和改进信访工作，突出抓好国满件、国重件、省满件及信访积案难案，防范化解风险隐患。常态化开展扫黑除恶斗争，持续开展“平安派潭”“平安村居”等平安系列创建活动，严厉打击电信网络诈骗违法犯罪。完善社区治理体系，持续推广“粤居码”应用，做好“楼栋长”建设，加强出租屋管理。深化“综治中心+综合网格+最小应急单元+智能化”建设，建设人人有责、人人尽责、人人享有的社会治理共同体。",
    "6. 加强政府自身建设，提高治理能力现代化水平。始终牢记“三个务必”，坚持以政治建设为统领，以法治建设为保障，以作风建设为抓手，主动适应经济社会发展新要求和人民群众新期待，强化服务理念和责任意识，努力建设人民满意的服务型政府。",
    "全面加强政治建设。坚持用习近平新时代中国特色社会主义思想凝心铸魂，深刻把握“两个确立”，坚决做到“两个维护”。深入实施基层党建三年行动计划，落实好“第一议题”制度，全面学习、全面把握、全面落实党的二十大和全国两会精神，推动党中央决策部署在派潭落地生根，结出丰硕成果。持续推进大规模迁移砍伐城市树木问题整改，不断增强党员干部思想自觉、政治自觉、行动自觉，以整改成效促进经济社会高质量发展。",
    "深化法治政府建设。贯彻习近平法治思想，树牢法治意识，增强法治思维，坚持全过程人民民主，依法接受人大监督。坚持依法行政，落实政府法律顾问和公职律师制度，严格规范做好行政裁决、行政复议和行政应诉工作，加强合同、执法文书、行政规范性文件等文书的监督管理，抓好政务公开工作。坚持科学决策、民主决策、依法决策，完善重大行政决策程序。深化综合行政执法改革，进一步完善法制审核制度和行政处罚（处理）案件会审制度，深化法治乡村工作室建设。深入实施“八五”普法规划，提高群众守法意识，为全方位推动派潭高质量发展创造良好的法治环境。",
    "提高政府服务效能。全面深化“放管服”改革，以企业和群众感受为第一标准，持续优化营商环境。坚持“两个毫不动摇”，构建亲清政商关系，弘扬企业家精神，进一步完善领导联系企业制度，着力为企业发展纾困解难，确保产业项目“引进来、落下去”。推进数字政府改革建设，配合区“一网统管”平台建设，实施“政务服务+”服务模式，进一步优化政务大厅和网上办事流程，提升政务服务水平。推进预算管理改革，健全现代预算制度，做到年初有计划、年中有分析、年末有决算。",
    "加强政府作风建设。严格落实中央八项规定及其实施细则精神，抓好“关键少数”以上率下，持续纠正“四风”，推进作风建设常态化长效化。坚持开源节流、厉行节约，严格控制“三公”经费和一般性支出，把有限的可用财力用在刀刃上、用在办实事上。深化“庸懒散慢”四项治理，注重实践锻炼、专业训练，建立健全激励机制，进一步提振干部队伍干事创业精气神。强化干部监督管理，一体推进不敢腐、不能腐、不想腐，坚决惩治群众身边的“蝇贪”，教育党员干部廉洁从政，永葆清正廉洁的政治本色。",
  ],
  goals: [
    "2023年，通过有效的资源调配和工作开展，实现镇域经济的稳定增长，居民生活质量显著提高，社会和谐稳定，各项事业全面进步。具体目标包括：坚持抓项目兴产业，推动经济社会高质量发展；坚持实施“百千万工程”，高水平推动北部振兴；坚持践行绿色发展理念，全力打造“绿美派潭”；坚持人民至上民生为本，促进公共服务均等化；坚持抓社会和谐稳定，夯实城市安全发展底线；加强政府自身建设，提高治理能力现代化水平。",
  ],
  management: [
    "镇政府建立了相对完善的绩效管理制度，明确了各部门和人员在绩效管理中的职责和任务。通过定期的绩效评估和反馈，及时调整工作方向和策略，以保障整体绩效目标的实现。同时，在绩效指标的细化和量化方面也在不断努力和完善，目前已初步设置符合本镇项目的绩效指标库，为整体绩效管理水平的提升奠定了一定基础。",
  ],
  problems: [
    "1. 绩效目标设定方面，部分目标不够明确和具体，导致执行过程中缺乏明确的方向和标准。",
    "2. 预算执行的监控力度有待进一步加强，对于支出进度较慢的项目缺乏有效的督促措施。",
    "3. 工作机制方面，部分工作流程繁琐，影响工作效率，同时在部门间的协调配合上还存在一些问题。",
  ],
  measures: [
    "1. 进一步明确和细化绩效目标，确保目标的可衡量性和可操作性，加强目标导向的工作开展。",
    "2. 强化预算执行的跟踪和监督，建立更加严格的督促机制，对于进度滞后的项目及时采取措施加以推进。",
    "3. 优化工作机制，简化不必要的流程，提高工作效率，同时加强部门间的沟通协调，形成工作合力。",
  ],
};

/** The info sheet's rows: key, then value (text joined with line breaks, one paragraph per line). */
export function infoRows(info: ExampleInfo = INFO): [string, string | number][] {
  return [
    ["单位名称", info.entity],
    ["年度", info.year],
    ["自称", info.selfReference],
    ["部门职能", info.functions.join("\n")],
    ["年度总体工作和重点工作任务", info.annualWork.join("\n")],
    ["部门整体支出绩效目标", info.goals.join("\n")],
    ["部门整体绩效管理情况", info.management.join("\n")],
    ["存在的主要问题", info.problems.join("\n")],
    ["下一步改进措施", info.measures.join("\n")],
  ];
}

export const BUDGET_HEADER = ["项目", "年初预算数", "全年预算数", "全年执行数", "上年执行数"];
export const INDICATOR_HEADER = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "年度指标值",
  "实际完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
];

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

function styleHeader(row: ExcelJS.Row, columns: number): void {
  for (let c = 1; c <= columns; c++) {
    const cell = row.getCell(c);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
}

function addInfoSheet(workbook: ExcelJS.Workbook): void {
  const ws = workbook.addWorksheet(SHEET_NAMES.info);
  ws.columns = [{ width: 28 }, { width: 100 }];
  styleHeader(ws.addRow(["事项", "填写内容"]), 2);
  for (const [key, value] of infoRows()) {
    const row = ws.addRow([key, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = { vertical: "top" };
    row.getCell(2).alignment = { vertical: "top", wrapText: true };
    row.eachCell((cell) => (cell.border = THIN));
  }
}

function addBudgetSheet(workbook: ExcelJS.Workbook): void {
  const ws = workbook.addWorksheet(SHEET_NAMES.budget);
  ws.columns = [{ width: 36 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }];
  ws.getCell("A1").value = BUDGET_TITLE;
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A1").alignment = { horizontal: "center" };
  ws.mergeCells("A1:E1");
  ws.getCell("A2").value = "单位：万元";
  ws.getCell("A2").alignment = { horizontal: "right" };
  ws.mergeCells("A2:E2");
  styleHeader(ws.addRow(BUDGET_HEADER), BUDGET_HEADER.length);
  for (const line of BUDGET_ROWS) {
    const row = ws.addRow([line.name, line.initialBudget, line.budget, line.actual, line.priorYear]);
    const isTotal = line.name.endsWith("合计");
    for (let c = 1; c <= 5; c++) {
      const cell = row.getCell(c);
      cell.border = THIN;
      if (c > 1) cell.numFmt = "#,##0.00";
      if (isTotal) cell.font = { bold: true };
    }
    if (!isTotal) row.getCell(1).alignment = { indent: 1 };
  }
  ws.views = [{ state: "frozen", ySplit: 3 }];
}

function addIndicatorSheet(workbook: ExcelJS.Workbook): void {
  const ws = workbook.addWorksheet(SHEET_NAMES.indicators);
  ws.columns = [12, 12, 30, 10, 14, 14, 8, 8, 60].map((width) => ({ width }));
  ws.getCell("A1").value = INDICATOR_TITLE;
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A1").alignment = { horizontal: "center" };
  ws.mergeCells("A1:I1");
  styleHeader(ws.addRow(INDICATOR_HEADER), INDICATOR_HEADER.length);
  const first = 3;
  INDICATOR_ROWS.forEach((ind, i) => {
    const above = INDICATOR_ROWS[i - 1];
    // Merged category cells: only the first row of each group holds the name, as in the MOF form.
    const level1 = above && above.level1 === ind.level1 ? null : ind.level1;
    const level2 = above && above.level1 === ind.level1 && above.level2 === ind.level2 ? null : ind.level2;
    const row = ws.addRow([level1, level2, ind.name, ind.nature, ind.target, ind.actual, ind.weight, ind.score, ind.reason]);
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.border = THIN;
      cell.alignment = { vertical: "middle", wrapText: col === 9 || col === 3, horizontal: col >= 4 && col <= 8 ? "center" : undefined };
    });
  });
  mergeRuns(ws, first, (r) => INDICATOR_ROWS[r]!.level1, 1);
  mergeRuns(ws, first, (r) => `${INDICATOR_ROWS[r]!.level1}/${INDICATOR_ROWS[r]!.level2}`, 2);
  const total = ws.addRow(["合计", null, null, null, null, null, STATED_TOTAL.weight, STATED_TOTAL.score, null]);
  total.eachCell({ includeEmpty: true }, (cell) => {
    cell.border = THIN;
    cell.font = { bold: true };
    cell.alignment = { horizontal: "center" };
  });
  ws.mergeCells(total.number, 1, total.number, 6);
  ws.views = [{ state: "frozen", ySplit: 2 }];
}

/** Merges each run of equal keys down one column (rows of INDICATOR_ROWS start at `firstRow`). */
function mergeRuns(ws: ExcelJS.Worksheet, firstRow: number, key: (index: number) => string, column: number): void {
  let start = 0;
  for (let i = 1; i <= INDICATOR_ROWS.length; i++) {
    if (i === INDICATOR_ROWS.length || key(i) !== key(start)) {
      if (i - 1 > start) ws.mergeCells(firstRow + start, column, firstRow + i - 1, column);
      start = i;
    }
  }
}

export function buildPaitanWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  // Fixed document dates so a rebuild differs from the committed file only where the data does.
  workbook.creator = "Zipin example (scripts/build-example.ts)";
  workbook.created = new Date("2024-03-31T00:00:00Z");
  workbook.modified = new Date("2024-03-31T00:00:00Z");
  addInfoSheet(workbook);
  addBudgetSheet(workbook);
  addIndicatorSheet(workbook);
  return workbook;
}

export const EXAMPLE_PATH = join(__dirname, "..", "examples", "paitan-2023.xlsx");

async function main(): Promise<void> {
  await buildPaitanWorkbook().xlsx.writeFile(EXAMPLE_PATH);
  process.stdout.write(`Wrote ${EXAMPLE_PATH}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
