import { buildReport } from "../../../src/engine/narrative";
import type { ReportSection } from "../../../src/engine/narrative/types";
import type { Lang } from "../../../src/engine/settings";
import { budgetResult, evaluation, paitanBudget, paitanEvaluation, type LineSpec } from "./fixtures";

function section(report: ReportSection[], heading: string): string[] {
  const s = report.find((x) => x.heading === heading);
  if (!s) throw new Error(`no section ${heading}`);
  return s.paragraphs;
}

const FINANCES_ZH = "（四）部门整体收支情况";
const FINANCES_EN = "(4) Revenue and expenditure";

/** （四） of a report built from these lines, year 2023, speaker 我镇. */
function finances(specs: LineSpec[], lang: Lang = "zh", year: number | null = 2023): string[] {
  const ev = evaluation({ year, selfReference: "我镇", budget: budgetResult(specs) });
  return section(buildReport(ev, lang), lang === "zh" ? FINANCES_ZH : FINANCES_EN);
}

describe("（四）部门整体收支情况 for the seed figures", () => {
  test("reads as a report does, with 项目支出 computed correctly (降幅64.82%, not the published 54.82%)", () => {
    // 28,082.29 / 28,564.19 = 0.983129… → 98.31%
    // 22,096.43 − 32,943.62 = −10,847.19; /32,943.62 = −0.329265… → 32.93%
    // 5,985.49 − 36,697.04 = −30,711.55; /36,697.04 = −0.836894… → 83.69%
    // 5,531.53 − 5,539.33 = −7.80; /5,539.33 = −0.001408… → 0.14%
    // 22,550.76 − 64,101.33 = −41,550.57; /64,101.33 = −0.648201… → 64.82%
    expect(section(buildReport(paitanEvaluation(), "zh"), FINANCES_ZH)).toEqual([
      "2023年，我镇年度收入预算和支出预算均为28,564.19万元，实际收入和实际支出均为28,082.29万元，为年度预算的98.31%。",
      "1. 年度收入总体情况",
      "我镇本年收入合计28,082.29万元，为年度预算的98.31%。其中一般公共预算财政拨款补助收入22,096.43万元，较上年减少10,847.19万元，降幅32.93%；政府性基金预算财政拨款补助收入5,985.49万元，较上年减少30,711.55万元，降幅83.69%。",
      "2. 年度支出总体情况",
      "我镇本年支出合计28,082.29万元，为年度预算的98.31%。其中基本支出5,531.53万元，较上年减少7.80万元，降幅0.14%；项目支出22,550.76万元，较上年减少41,550.57万元，降幅64.82%。",
    ]);
  });

  test("totals' own change appears once last year's total is known", () => {
    // 28,082.29 − 69,640.66 = −41,558.37; /69,640.66 = −0.596754… → 59.68%
    const ev = evaluation({ year: 2023, selfReference: "我镇", budget: paitanBudget({ priorTotals: true }) });
    const p = section(buildReport(ev, "zh"), FINANCES_ZH);
    expect(p[2]).toMatch(/^我镇本年收入合计28,082\.29万元，为年度预算的98\.31%，较上年减少41,558\.37万元，降幅59\.68%。其中/);
    expect(p[4]).toMatch(/^我镇本年支出合计28,082\.29万元，为年度预算的98\.31%，较上年减少41,558\.37万元，降幅59\.68%。其中基本支出/);
  });

  test("English", () => {
    expect(section(buildReport(paitanEvaluation("en"), "en"), FINANCES_EN)).toEqual([
      "In 2023, the annual budgets for total revenue and total expenditure were both RMB 285,641,900, and actual revenue and expenditure were both RMB 280,822,900, 98.31% of the annual budget.",
      "1. Overall revenue",
      "Total revenue was RMB 280,822,900, 98.31% of the annual budget. Of this, 一般公共预算财政拨款补助收入 was RMB 220,964,300, down RMB 108,471,900, or 32.93%, on last year; 政府性基金预算财政拨款补助收入 was RMB 59,854,900, down RMB 307,115,500, or 83.69%, on last year.",
      "2. Overall expenditure",
      "Total expenditure was RMB 280,822,900, 98.31% of the annual budget. Of this, 基本支出 was RMB 55,315,300, down RMB 78,000, or 0.14%, on last year; 项目支出 was RMB 225,507,600, down RMB 415,505,700, or 64.82%, on last year.",
    ]);
  });
});

describe("change against last year: one whole variant per case", () => {
  /** One revenue total (budget 1,250, actual 1,200, last year as given) and one item. */
  function revenue(totalPrior: string | null, item: { actual: string; prior: string | null }, lang: Lang = "zh"): string {
    const p = finances(
      [
        { name: "收入合计", section: "revenue", kind: "total", budget: "1250", actual: "1200", priorYear: totalPrior },
        { name: "其他收入", section: "revenue", parentIndex: 0, actual: item.actual, priorYear: item.prior },
      ],
      lang,
    );
    return p[2]!;
  }

  test("up: 较上年增加…，增幅…", () => {
    // total 1,200 − 1,100 = +100.00; 100/1,100 = 0.090909… → 9.09%; execution 1,200/1,250 = 96.00%
    // item 300 − 240 = +60.00; 60/240 = 25.00%
    expect(revenue("1100", { actual: "300", prior: "240" })).toBe(
      "我镇本年收入合计1,200.00万元，为年度预算的96.00%，较上年增加100.00万元，增幅9.09%。其中其他收入300.00万元，较上年增加60.00万元，增幅25.00%。",
    );
  });

  test("down: 较上年减少…，降幅…", () => {
    // total 1,200 − 1,600 = −400.00; 400/1,600 = 25.00%; item 300 − 400 = −100.00; 100/400 = 25.00%
    expect(revenue("1600", { actual: "300", prior: "400" })).toBe(
      "我镇本年收入合计1,200.00万元，为年度预算的96.00%，较上年减少400.00万元，降幅25.00%。其中其他收入300.00万元，较上年减少100.00万元，降幅25.00%。",
    );
  });

  test("a change that prints as 0.00 is 与上年持平, either sign", () => {
    // 1,200 − 1,199.996 = 0.004 → 0.00; 300 − 300.004 = −0.004 → 0.00
    expect(revenue("1199.996", { actual: "300", prior: "300.004" })).toBe(
      "我镇本年收入合计1,200.00万元，为年度预算的96.00%，与上年持平。其中其他收入300.00万元，与上年持平。",
    );
  });

  test("0.005 is no longer flat: it prints as 0.01 (half-up)", () => {
    // 300.005 − 300 = 0.005 → 0.01万元; 0.005/300 = 0.0000166… → 0.00%
    expect(revenue(null, { actual: "300.005", prior: "300" })).toContain("其中其他收入300.01万元，较上年增加0.01万元，增幅不足0.01%。");
  });

  test("last year 0: 上年无此项，为本年新增 (never 增长∞%)", () => {
    expect(revenue(null, { actual: "300", prior: "0" })).toBe(
      "我镇本年收入合计1,200.00万元，为年度预算的96.00%。其中其他收入300.00万元，上年无此项，为本年新增。",
    );
  });

  test("0 both years says nothing: the item is left out of the list", () => {
    expect(revenue(null, { actual: "0", prior: "0" })).toBe("我镇本年收入合计1,200.00万元，为年度预算的96.00%。");
  });
  test("0 this year against a prior figure is told: 较上年减少", () => {
    expect(revenue(null, { actual: "0", prior: "50" })).toContain("其中其他收入0.00万元，较上年减少50.00万元，降幅100.00%。");
  });

  test("last year unknown: nothing is said about the change", () => {
    expect(revenue(null, { actual: "300", prior: null })).toBe(
      "我镇本年收入合计1,200.00万元，为年度预算的96.00%。其中其他收入300.00万元。",
    );
  });

  test("English variants", () => {
    expect(revenue("1100", { actual: "300", prior: "400" }, "en")).toBe(
      "Total revenue was RMB 12,000,000, 96.00% of the annual budget, up RMB 1,000,000, or 9.09%, on last year. Of this, 其他收入 was RMB 3,000,000, down RMB 1,000,000, or 25.00%, on last year.",
    );
    expect(revenue("1199.996", { actual: "300", prior: "0" }, "en")).toBe(
      "Total revenue was RMB 12,000,000, 96.00% of the annual budget, unchanged from last year. Of this, 其他收入 was RMB 3,000,000, a new item this year (none last year).",
    );
  });
});

describe("overview and structure", () => {
  test("revenue and expenditure totals that differ get a sentence each; the year opens only the first", () => {
    // revenue 900/1,000 = 90.00%; expenditure 850/1,000 = 85.00%
    const p = finances([
      { name: "收入合计", section: "revenue", kind: "total", budget: "1000", actual: "900" },
      { name: "支出合计", section: "expenditure", kind: "total", budget: "1000", actual: "850" },
    ]);
    expect(p[0]).toBe(
      "2023年，我镇年度收入预算1,000.00万元，实际收入900.00万元，为年度预算的90.00%。我镇年度支出预算1,000.00万元，实际支出850.00万元，为年度预算的85.00%。",
    );
  });

  test("no year: the sentence starts with the unit", () => {
    const p = finances([{ name: "支出合计", section: "expenditure", kind: "total", budget: "1000", actual: "850" }], "zh", null);
    expect(p[0]).toBe("我镇年度支出预算1,000.00万元，实际支出850.00万元，为年度预算的85.00%。");
    const en = finances([{ name: "支出合计", section: "expenditure", kind: "total", budget: "1000", actual: "850" }], "en", null);
    expect(en[0]).toBe("The annual budget for total expenditure was RMB 10,000,000 and actual total expenditure was RMB 8,500,000, 85.00% of the annual budget.");
  });

  test("a zero budget: no execution clause; no budget: actual only", () => {
    const p = finances([
      { name: "收入合计", section: "revenue", kind: "total", budget: "0", actual: "10" },
      { name: "支出合计", section: "expenditure", kind: "total", actual: "10" },
    ]);
    expect(p[0]).toBe("2023年，我镇年度收入预算0.00万元，实际收入10.00万元。我镇实际支出10.00万元。");
  });

  test("其中 sub-items follow their parent; items without a total are listed plainly", () => {
    // 基本支出 500 − 400 = +100 (25.00%); 人员经费 350 − 300 = +50 (16.67%: 50/300 = 0.16666…);
    // 公用经费 150 − 100 = +50 (50.00%)
    const p = finances([
      { name: "基本支出", section: "expenditure", actual: "500", priorYear: "400" },
      { name: "人员经费", section: "expenditure", parentIndex: 0, kind: "subItem", actual: "350", priorYear: "300" },
      { name: "公用经费", section: "expenditure", parentIndex: 0, kind: "subItem", actual: "150", priorYear: "100" },
      { name: "项目支出", section: "expenditure", actual: "200" },
    ]);
    expect(p).toEqual([
      "1. 年度支出总体情况",
      "基本支出500.00万元，较上年增加100.00万元，增幅25.00%；项目支出200.00万元。基本支出中，人员经费350.00万元，较上年增加50.00万元，增幅16.67%；公用经费150.00万元，较上年增加50.00万元，增幅50.00%。",
    ]);
  });

  test("lines outside revenue and expenditure (三公经费) get their own numbered paragraph, naming budget and actual", () => {
    // 三公经费 12/15 = 80.00%; 12 − 16 = −4.00; 4/16 = 25.00%
    const p = finances([
      { name: "支出合计", section: "expenditure", kind: "total", budget: "100", actual: "90" },
      { name: "三公经费", section: "other", budget: "15", actual: "12", priorYear: "16" },
      { name: "公务接待费", section: "other", parentIndex: 1, kind: "subItem", actual: "2" },
    ]);
    expect(p.slice(3)).toEqual([
      "2. 其他收支情况",
      "“三公”经费全年预算数15.00万元，全年执行数12.00万元，为年度预算的80.00%，较上年减少4.00万元，降幅25.00%。“三公”经费中，公务接待费2.00万元。",
    ]);
  });

  test("no budget at all: a marked placeholder", () => {
    const report = buildReport(evaluation({ selfReference: "我镇" }), "zh");
    expect(section(report, FINANCES_ZH)).toEqual(["（未找到预算收支数据，请补充预算收支表。）"]);
  });
});
