/**
 * Project and department self-evaluation forms of six provinces, typed in as published (sources
 * in scripts/provincial-fixtures.ts, one per builder). Every figure below is worked out by hand
 * from the cells as printed; every error of the original is flagged, nothing else is, and the
 * prose carries no line break, no score suffix, no doubled form word and no claim beyond the data.
 */
import * as forms from "../../../scripts/provincial-fixtures";
import { runEngine } from "../../../src/engine";
import type { Grid } from "../../../src/engine/grid";
import { refToA1 } from "../../../src/engine/grid";
import { categories, six } from "./helpers";
import type { Ran } from "./helpers";

function ran(grid: Grid) {
  const r = runEngine(grid);
  if (!r.ok) throw new Error(`engine stopped: ${r.errors.map((c) => `${c.code} ${c.message.zh}`).join("; ")}`);
  const text = r.report.flatMap((s) => [s.heading, ...s.paragraphs]).join("\n");
  const summaryTexts = r.plan.sheets[0]!.rows.flat().flatMap((c) => (c && c.t === "text" ? [c.v] : []));
  return { ...r, text, summaryTexts, asRan: { evaluation: r.evaluation, json: r.json } as Ran };
}

const checksOf = (r: ReturnType<typeof ran>) => r.evaluation.checks.map((c) => `${c.code}@${c.cell ? refToA1(c.cell) : "-"}`);
const indicator = (r: ReturnType<typeof ran>, name: string) => {
  const found = r.evaluation.indicatorTables[0]!.indicators.find((i) => i.indicator.name === name);
  if (!found) throw new Error(`no indicator ${name}: ${r.evaluation.indicatorTables[0]!.indicators.map((i) => i.indicator.name).join(", ")}`);
  return found;
};

/** What no reviewer would sign: a line break, a score suffix or a form word inside a sentence. */
function expectCleanProse(r: ReturnType<typeof ran>) {
  for (const p of r.report.flatMap((s) => s.paragraphs)) {
    expect(p).not.toMatch(/\n/);
    expect(p).not.toMatch(/[（(]\d+分[)）]指标/);
    expect(p).not.toMatch(/自评表(项目|年度|绩效)/);
  }
  for (const t of r.summaryTexts) expect(t).not.toMatch(/\n/);
}

describe("L. 安徽 池州市贵池区棠溪镇 委托业务项目 (2022)", () => {
  const r = ran(forms.anhuiTangxiCommission());

  test("categories named without their (50分) suffix; every indicator checked and met: 90 of 90", () => {
    expect(categories(r.asRan)).toEqual([
      ["产出指标", 50, 50, 1], // 8 + 8 + 8 + 8 + 8 + 10
      ["效益指标", 30, 30, 1], // 10 + 10 + 10 (经济效益指标 has no 三级 row)
      ["满意度指标", 10, 10, 1], // 96 ≥ 95 (百分比)
    ]);
    expect(r.evaluation.indicatorTables[0]!.indicators.every((i) => i.checked && i.met)).toBe(true);
    expect(r.json.totalScore).toBe(90);
  });

  test("the original's error is flagged: 年度资金总额 printed 0 | 0 | 0 over its 其中 row 90 | 89.974 | 89.974", () => {
    expect(checksOf(r)).toEqual([
      "SUM_MISMATCH@项目支出绩效自评表!C6",
      "SUM_MISMATCH@项目支出绩效自评表!D6",
      "SUM_MISMATCH@项目支出绩效自评表!E6",
      // 90 indicator points and no execution score (its base is the 0 total): 90 ≠ 100.
      "WEIGHTS_TOTAL@项目支出绩效自评表!G24",
    ]);
    expect(six(r.evaluation.budget!.lines[1]!.executionRate)).toBe("1.000000"); // 89.974 / 89.974
  });

  test("prose: clean category names, 均达到 only because all ten were checked and met", () => {
    expectCleanProse(r);
    expect(r.text).toContain("产出指标完成率为100.00%，效益指标完成率为100.00%，满意度指标完成率为100.00%");
    expect(r.text).toContain("本项目共设置绩效指标10项，均达到年度指标值");
  });
});

describe("M. 云南 红河州 “数说红河”展厅运维经费 (2024): 年度总体目标完成情况 / 年度绩效指标完成情况 labels", () => {
  const r = ran(forms.yunnanHongheDataCentre());

  test("the budget block is read under its merged 项目资金（万元） label, never reported empty", () => {
    expect(r.evaluation.budget!.lines.map((l) => l.line.name)).toEqual(["年度资金总额", "当年财政拨款"]);
    // 72.89 / 80 = 0.911125; × 10 = 9.11125 → 9.11
    expect(six(r.evaluation.budget!.lines[0]!.executionRate)).toBe("0.911125");
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 9.11 });
  });

  test("comparators as printed: ≧ 正向, ﹦ 等于, ≦ 反向; units from the 度量单位 column", () => {
    expect(["展厅开放天数", "设备完好率", "运维成本", "参观接待人次"].map((n) => indicator(r, n).direction)).toEqual([
      "positive",
      "equal",
      "negative",
      "positive",
    ]);
    expect(indicator(r, "参观接待人次").score.toNumber()).toBe(27.9); // 18600 / 20000 × 30
    // 20 + 15 + 15 + 27.9 + 10 = 87.9; + 9.11 = 97.01 (the form prints 97)
    expect(r.json.totalScore).toBe(97.01);
    expect(r.summaryTexts).toEqual(expect.arrayContaining(["≤80000元", "72890元", "≥250天", "262天"]));
  });

  test("checks: the printed 97 against 97.01, and the 双监控 gap from the printed figures", () => {
    expect(checksOf(r)).toEqual(["EXECUTION_LAGS_RESULTS@项目支出绩效自评表!E5", "STATED_TOTAL_MISMATCH@项目支出绩效自评表!J17"]);
    const lag = r.evaluation.checks[0]!.message.zh;
    // 87.9 / 90 = 97.67%; 97.67 − 91.11 = 6.56 (the unrounded difference is 6.554…)
    expect(lag).toBe("指标完成率97.67%高于预算执行率91.11%达6.56个百分点，超过5个百分点（指标完成进度快于资金使用进度）。");
    expect(r.text).toContain("绩效指标完成率为97.67%，高于预算执行率91.11%达6.56个百分点");
  });

  test("prose: the project's name without 项目支出绩效自评表, labels without line breaks or (50分)", () => {
    expectCleanProse(r);
    expect(r.evaluation.info!.projectName).toBe("“数说红河”展厅运维经费");
    expect(r.text).toContain("“数说红河”展厅运维经费年度资金总额80.00万元");
    expect(r.text).toContain("其中：产出指标完成率为100.00%，效益指标完成率为93.00%，满意度指标完成率为100.00%");
    expect(r.text).toContain("本项目共设置绩效指标5项，其中4项达到年度指标值");
    expect(r.text).not.toContain("均达到");
  });
});
