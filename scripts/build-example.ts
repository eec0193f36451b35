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
    reason: "受上游来水及汛期面源污染影响，国考大墩断面部分月份水质未达标，全年达标率92%。下一步将深化入河排污口溯源整治，抓紧修好损坏的农村生活污水处理设施，推进断面水质稳定达标。",
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

/**
 * Narrative inputs of the example, written for this project in its own words (the figures in them,
 * such as 2.4万亩 and 15公里, are the example's data; no sentence is taken from a published report).
 */
export const INFO: ExampleInfo = {
  entity: "广州市增城区派潭镇人民政府",
  year: 2023,
  selfReference: "我镇",
  functions: [
    "1. 执行上级党委、政府的决定，统筹本镇经济、社会、文化和生态方面的重大事项，组织、协调并督促辖区内的公共事务。",
    "2. 抓好镇党委和村（社区）党组织的建设，做好党员发展、教育和管理，督促干部遵纪守法。",
    "3. 编制并实施本镇发展规划，服务重点项目落地；负责“三农”工作及林业、水利等管理，会同区有关部门做好城市管理、生态环境保护、市场监管和防灾减灾。",
    "4. 提供辖区公共服务，包括民政、社会保障、就业、公共卫生、教育、文化体育、退役军人和残疾人服务等。",
    "5. 做好综治维稳、信访和矛盾调处，管理出租屋和流动人口登记，提供法律服务，维护群众合法权益。",
    "6. 依法履行综合行政执法职责，统筹协调区级部门派驻本镇的执法力量。",
    "7. 指导村（居）民委员会的组织和制度建设，支持群众自治，动员社会组织和辖区单位参与基层治理和公益事业。",
    "8. 管理本镇财政、审计和统计，编制预决算，管好国有资产和村社集体“三资”。",
    "9. 按权限做好干部的培养、选拔和管理，引进和服务人才，提升村（居）工作人员的能力。",
    "10. 办理区委、区政府交给本镇的其他事项。",
  ],
  annualWork: [
    "本年度我镇以高质量发展为主线，围绕乡村振兴和农文旅融合安排全年工作，重点有六项：",
    "1. 以项目带动产业。完成高滩片区控制性详细规划编制，推动白水仙瀑景区提级和森林海旅游度假区建设；盘活443亩储备用地及规划调整后新增的约1500亩城镇开发边界内用地，引进文旅项目，并为已签约项目提供从筹建到投产的跟踪服务。",
    "2. 落实“百千万工程”，推进农业农村现代化。守住耕地红线，建好2.4万亩粮食生产功能区；延长丝苗米、荔枝和蔬菜三条产业链；建设5条新乡村示范带，继续整治农村人居环境；引导现有130多家民宿分批提档升级，带动农民增收和村集体经济发展。",
    "3. 建设“绿美派潭”。落实河长制、林长制，新建绿道4公里、森林登山步道15公里，整治5个入河排污口，推动国考断面水质达标；维修水毁道路和农田水利设施，推进27个村（社区）供水改造等基础设施项目。",
    "4. 办好民生实事。推进学校合并与扩建，做好重点人群就业服务；扩大社保覆盖，推进医养结合和村级养老服务站建设；保护好38座文物，丰富群众文体活动。",
    "5. 守住安全底线。健全应急指挥和处置机制，抓好安全生产、森林防火和食品安全监管，做好信访和矛盾纠纷化解，开展平安创建。",
    "6. 加强政府自身建设。依法行政、政务公开，优化营商环境和政务服务；深化预算管理改革，严控“三公”经费和一般性支出，持续改进作风。",
  ],
  goals: [
    "2023年我镇的整体支出目标是：资金用在年度重点工作上，预算按计划执行；镇域经济保持稳定增长，重点项目按期推进；人居环境和生态质量持续改善；基本公共服务水平提高，群众满意度保持在90%以上；安全生产和社会稳定形势保持平稳。",
  ],
  management: [
    "我镇制定了绩效管理办法，明确各办（中心）的职责分工，实行年初设定目标、年中跟踪监控、年末开展自评的做法，并根据监控结果调整工作安排。本镇已建立初步的项目绩效指标库，指标的细化和量化仍在完善中。",
  ],
  problems: [
    "1. 有的绩效目标写得比较笼统，难以衡量完成程度。",
    "2. 对支出进度偏慢的项目，跟踪和督办还不够及时。",
    "3. 部分业务流程环节偏多，办（中心）之间的衔接配合有待加强。",
  ],
  measures: [
    "1. 编制下一年度目标时，每项目标都对应可计量的指标值，并在申报时逐项审核。",
    "2. 按月通报各项目支出进度，对进度明显落后的项目书面督办并跟进落实。",
    "3. 梳理业务流程，减少不必要的环节，建立办（中心）之间的定期会商机制。",
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
