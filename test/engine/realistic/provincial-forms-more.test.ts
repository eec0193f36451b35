/**
 * Self-evaluation forms of 河北, 山东, 北京, 上海 and 宁夏, typed in from published copies (sources
 * in scripts/provincial-fixtures-more.ts, one per builder). Every figure below is worked out by
 * hand from the cells as printed; every slip of the original is flagged at its cell, nothing
 * else is, and the prose carries no line break, slot number, stray full stop or claim beyond the data.
 */
import ExcelJS from "exceljs";
import * as forms from "../../../scripts/provincial-fixtures-more";
import { workbookFromBytes, workbookToGrid } from "../../../src/node/xlsx-read";
import { runEngine } from "../../../src/engine";
import type { Grid } from "../../../src/engine/grid";
import { refToA1 } from "../../../src/engine/grid";
import { categories, six } from "./helpers";
import { checksOf, expectCleanProse, indicator, messageOf, names, ran } from "./form-helpers";

describe("U. 河北 廊坊市食品工程学校 暖通改造经费 (2019): 指标1工程完工率 without a colon, amounts as goals", () => {
  const r = ran(forms.hebeiLangfangHeating());

  test("slot numbers run into the names are dropped; the spare 指标2 / …… / 指标1 lines score nothing and say nothing", () => {
    expect(names(r)).toEqual(["工程资金金额", "工程完工率", "工程验收合格率", "项目完成及时率", "成本控制率", "安全率", "学校发展能力", "长期使用性", "学生满意度"]);
    expect(r.evaluation.checks.some((c) => c.code === "NOT_APPLICABLE_INDICATOR")).toBe(false);
  });

  test("figures: 37.24 / 43.2 = 86.2037…% → 8.62 (printed 86% is that, rounded; printed 9 is not); total 88.62 + 8.62 = 97.24", () => {
    expect(six(r.evaluation.budget!.lines[0]!.executionRate)).toBe("0.862037");
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 8.62 });
    expect(indicator(r, "工程资金金额").score.toNumber()).toBe(8.62); // 37.24 / 43.2 × 10 = 8.6204
    expect(categories(r.asRan)).toEqual([
      ["产出指标", 50, 48.62, 0.9724], // 8.62 + 10 × 4
      ["效益指标", 30, 30, 1],
      ["满意度指标", 10, 10, 1],
    ]);
    expect(r.json.totalScore).toBe(97.24);
  });

  test("the original's slips are flagged at their cells: 43.2 as the goal, 9 for 8.62 twice; no check on the printed 86%", () => {
    expect(checksOf(r)).toEqual([
      "NARRATIVE_IS_FIGURE@项目支出绩效自评表!B12",
      "EXECUTION_LAGS_RESULTS@项目支出绩效自评表!E7",
      "STATED_SCORE_MISMATCH@项目支出绩效自评表!H7",
      "STATED_SCORE_MISMATCH@项目支出绩效自评表!H14",
    ]);
    expect(messageOf(r, "NARRATIVE_IS_FIGURE")).toBe("“年度总体目标”填写的是数字43.2，不是文字说明，报告未采用。");
    // 88.62 / 90 = 98.4667% → 98.47; 98.47 − 86.20 = 12.27
    expect(messageOf(r, "EXECUTION_LAGS_RESULTS")).toContain("指标得分率98.47%高于预算执行率86.20%达12.27个百分点");
  });

  test("a printed rate is read at its own places: a formula's 0.8620370370370371 or '86.2%' pass, '86.21%' does not", () => {
    const withRate = (v: string | number) => {
      const grid = forms.hebeiLangfangHeating();
      grid.sheets[0]!.cells[6]![6] = v; // G7, 执行率
      return ran(grid).evaluation.checks.filter((c) => c.code === "STATED_RATE_MISMATCH").map((c) => c.message.zh);
    };
    expect(withRate(37.24 / 43.2)).toEqual([]);
    expect(withRate("86.2%")).toEqual([]);
    // 37.24 / 43.2 = 86.2037…%: 86.20% to two places, half a unit (0.005) from 86.21 is exceeded.
    expect(withRate("86.21%")).toEqual(["“年度资金总额”填报执行率86.21%，按执行数÷预算数计算应为86.20%。"]);
  });

  test("prose: no 43.2 as a goal, no 0 as a reason, the one shortfall named without its slot number", () => {
    expectCleanProse(r);
    expect(r.evaluation.info!.narrative.goals).toBeNull();
    expect(indicator(r, "安全率").indicator.reason).toBeNull(); // "0" typed in 偏差原因分析
    expect(r.text).toContain("本项目共设置绩效指标9项，其中8项达到年度指标值，1项未得满分。");
    expect(r.text).toContain("“工程资金金额”（产出指标）：年度指标值43.2，实际完成值37.24，得分8.62分（满分10分）");
    expect(r.summaryTexts).not.toContain("0");
  });
});

describe("V. 山东 济南市历城区文化馆 商品和服务支出 (2019): 预期指标值(A) | 实际完成指标值(B), '-' spare lines", () => {
  const r = ran(forms.shandongLichengCulturalCentre());

  test("实际完成指标值(B) is the actual column, not a second target; the '-' lines are the template's spare lines", () => {
    expect(names(r)).toEqual(["全年免费开放", "免费开放管理制度健全、执行有效性", "免费开放率", "实际成本与工作内容的匹配程度", "承担重要公益服务项目、助推民生事业发展"]);
    const first = indicator(r, "全年免费开放").indicator;
    expect([first.target.text, refToA1(first.target.cell), first.actual.text, refToA1(first.actual.cell)]).toEqual([
      "100%",
      "项目支出绩效自评表!E13",
      "100%",
      "项目支出绩效自评表!F13",
    ]);
  });

  test("figures: 45 / 45 (年初预算数 only) → 10; 12.5 × 4 + 10 = 60 met in full; 70 of the 70 points shown", () => {
    expect(six(r.evaluation.budget!.lines[0]!.executionRate)).toBe("1.000000");
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 10 });
    expect(indicator(r, "实际成本与工作内容的匹配程度").score.toNumber()).toBe(12.5); // 45万 ≤ 45万
    expect(categories(r.asRan)).toEqual([
      ["产出指标", 50, 50, 1],
      ["效益指标", 10, 10, 1],
    ]);
    expect(r.json.totalScore).toBe(70);
  });

  test("checks: the missing 全年预算数 said once; 60 + 10 ≠ 100 and 效益指标(30分) over 10 because the copy stops after 经济效益指标; nothing on the '-' lines", () => {
    expect(checksOf(r)).toEqual([
      "INITIAL_BUDGET_AS_BUDGET@项目支出绩效自评表!C8",
      "WEIGHTS_TOTAL@项目支出绩效自评表!G13",
      "LEVEL_POINTS_MISMATCH@项目支出绩效自评表!B22",
    ]);
    expect(messageOf(r, "WEIGHTS_TOTAL")).toBe("指标分值合计60分，加预算执行率10分，共70分，不等于100分。");
    // 产出指标(50分): 12.5 × 4 = 50, as labelled; 效益指标(30分): only the 经济效益 row's 10 survives.
    expect(messageOf(r, "LEVEL_POINTS_MISMATCH")).toBe("一级指标“效益指标”标注30分，其下各项指标分值合计10分。");
  });

  test("prose: category names without （50分） or line breaks; 70 of 70 read on the 100-point scale", () => {
    expectCleanProse(r);
    // R2: the 百分制 figure leads; the raw 70 of 70 stands in the clause.
    expect(r.text).toContain("全面完成，折合百分制100分（各项分值合计70分，得分70分）");
    expect(r.text).toContain("本项目共设置绩效指标5项，均达到年度指标值。");
  });
});

describe("W. 北京 海淀区学院路街道 清扫保洁外包 (2016): 分值(10分), 得分计算方法 between the values and 得分", () => {
  const r = ran(forms.beijingXueyuanluCleaning());

  test("the budget block's 分值(10分) gives its points; 154.74 / 310.2 = 49.8839…% → 4.99 against the printed 5", () => {
    expect(six(r.evaluation.budget!.lines[0]!.executionRate)).toBe("0.498839");
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 4.99 });
    // The funds block's 得分 cell, not an indicator row called 预算执行率 (REVIEW R13).
    expect(messageOf(r, "STATED_SCORE_MISMATCH")).toBe("预算执行率（得分栏G5）填报得分5分，按评分规则应为4.99分。");
  });

  test("the indicator's 得分 is read from the 得分 column past 得分计算方法: 12.5 of 12.5", () => {
    const only = indicator(r, "是否完成绩效目标申报表中申报的数量");
    expect([only.score.toNumber(), only.indicator.statedScore!.value.toNumber(), refToA1(only.indicator.statedScore!.cell)]).toEqual([12.5, 12.5, "项目支出绩效自评表!I10"]);
    // 12.5 + 4.99 = 17.49 of 22.5 = 77.73 on the 100-point scale → 中
    expect(r.json.totalScore).toBe(17.49);
    expect(r.text).toContain("折合百分制77.73分（各项分值合计22.5分，得分17.49分），等级为“中”");
  });

  test("checks: low execution (unspent 50.12%), the lag, 5 for 4.99, and the points of the rows shown; the printed 50% is 49.88% rounded", () => {
    expect(checksOf(r)).toEqual([
      "INITIAL_BUDGET_AS_BUDGET@项目支出绩效自评表!C4",
      "EXECUTION_LAGS_RESULTS@项目支出绩效自评表!D5",
      "LOW_EXECUTION@项目支出绩效自评表!D5",
      "STATED_SCORE_MISMATCH@项目支出绩效自评表!G5",
      "LEVEL_POINTS_MISMATCH@项目支出绩效自评表!B10", // 产出指标(50分) over the one row shown, 12.5
      "WEIGHTS_TOTAL@项目支出绩效自评表!E10",
    ]);
    // 310.2 − 154.74 = 155.46 unspent, 155.46 / 310.2 = 50.12%
    expect(r.text).toContain("未执行预算155.46万元，占年度预算的50.12%");
    expectCleanProse(r);
  });
});

describe("X. 上海 普陀区体育事业管理中心 委托运营结算 (2022): amounts in 元, '215,457.6', '>=90%', 86.19% printed", () => {
  const r = ran(forms.shanghaiPutuoSportsCentre());

  test("元 → 万元: 250,000 元 = 25.00万元, '215,457.6' 元 = 21.55万元; 215,457.6 / 250,000 = 86.18304% → 8.62 as stated", () => {
    expect(six(r.evaluation.budget!.lines[0]!.executionRate)).toBe("0.861830");
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 8.62 });
    expect(r.text).toContain("年度资金总额25.00万元，全年执行21.55万元，预算执行率为86.18%");
  });

  test("comparators as printed: '=100%' 等于, ASCII '>=90%' 正向; 10 + 20 + 20 + 30 + 10 = 90, + 8.62 = 98.62 = the 总分 row", () => {
    expect(["与委托运营方结算完成率", "合同结算条款完成率", "费用结算及时性", "与委托运营方合同完成率", "场馆开放满意度"].map((n) => indicator(r, n).direction)).toEqual([
      "equal",
      "equal",
      "qualitative",
      "equal",
      "positive",
    ]);
    expect(r.json.totalScore).toBe(98.62);
  });

  test("the printed 86.19% is flagged (86.18% to two places), the lag too; nothing else", () => {
    expect(checksOf(r)).toEqual(["EXECUTION_LAGS_RESULTS@项目支出绩效自评表!E6", "STATED_RATE_MISMATCH@项目支出绩效自评表!G6"]);
    expect(messageOf(r, "STATED_RATE_MISMATCH")).toBe("“年度资金总额”填报执行率86.19%，按执行数÷预算数计算应为86.18%。");
    // 100.00 − 86.18 = 13.82
    expect(messageOf(r, "EXECUTION_LAGS_RESULTS")).toContain("达13.82个百分点");
  });

  test("the empty 预期目标 stays empty: the next column head 实际完成情况 is never taken for the goal", () => {
    expect(r.evaluation.info!.narrative.goals).toBeNull();
    expect(r.text).not.toContain("\n实际完成情况");
    expectCleanProse(r);
  });
});

describe("Y. 宁夏 银川市第六中学 初中公用经费 (2021): 项目决策/项目管理 indicators, 自评得分 in the head", () => {
  const r = ran(forms.ningxiaYinchuanSchoolFunds());

  test("the goal beside 年初设定目标, not the 二级指标 head under it", () => {
    expect(r.evaluation.info!.narrative.goals).toBe("保障学校正常工作运行");
  });

  test("figures: 预算执行率 100% of 10 → 10 (printed 9); equal text kept in the 达成 band: 按期完成 4/5, 定性 13/15 and 8/10; total 85 of 90", () => {
    expect(indicator(r, "预算执行率").score.toNumber()).toBe(10);
    // "2021年12月完成" both: a kept deadline is 达成 like a 定性 result repeating its target
    // (docs/rules.md §4.5): 4 / 5 = 80% is inside [80%, 100%] and stands (was raised to 5).
    expect(indicator(r, "公用经费完成时间").score.toNumber()).toBe(4);
    expect(indicator(r, "公用经费完成时间").met).toBe(true);
    expect(indicator(r, "效果显著").score.toNumber()).toBe(13); // 13 / 15 = 86.7%, inside the 达成 band [80%, 100%]
    expect(categories(r.asRan)).toEqual([
      ["项目决策", 10, 10, 1], // 4 + 2 + 2 + 2, stated (未核验)
      ["项目管理", 25, 25, 1], // 10 + 7 + 2 + 6
      ["项目产出", 30, 29, Number((29 / 30).toFixed(6))], // 10 + 5 + 4 + 4 + 3 + 3
      ["项目效益", 25, 21, 0.84], // 13 + 8
    ]);
    // 10 + 25 + 29 + 21 = 85; 85 / 90 = 94.44 on the 100-point scale, which leads (R2)
    expect(r.json.totalScore).toBe(85);
    expect(r.text).toContain("折合百分制94.44分（各项分值合计90分，得分85分）");
  });

  test("checks: the head's 自评得分 98 against 85, the 90 points shown, six 未核验 judgements (the target is blank or —), the 预算执行率 below its rule, 项目效益(35分) over 25, three equal-text deductions to explain", () => {
    expect(checksOf(r)).toEqual([
      "STATED_TOTAL_MISMATCH@项目支出绩效自评表!E3",
      "WEIGHTS_TOTAL@项目支出绩效自评表!D8",
      // The 年度指标值 is "—" or blank: the check is at that cell (E, was F) and blames it.
      "UNCHECKED_STATED_SCORE@项目支出绩效自评表!E8",
      "UNCHECKED_STATED_SCORE@项目支出绩效自评表!E9",
      "UNCHECKED_STATED_SCORE@项目支出绩效自评表!E10",
      "UNCHECKED_STATED_SCORE@项目支出绩效自评表!E11",
      "STATED_SCORE_MISMATCH@项目支出绩效自评表!G12",
      "UNCHECKED_STATED_SCORE@项目支出绩效自评表!E13",
      "UNCHECKED_STATED_SCORE@项目支出绩效自评表!E15",
      // Equal text, one rule (was STATED_SCORE_MISMATCH@G20 for the date only).
      "MISSING_DEVIATION_REASON@项目支出绩效自评表!H20",
      "LEVEL_POINTS_MISMATCH@项目支出绩效自评表!A25",
      "MISSING_DEVIATION_REASON@项目支出绩效自评表!H27",
      "MISSING_DEVIATION_REASON@项目支出绩效自评表!H30",
    ]);
    const all = (code: string): string[] => r.evaluation.checks.filter((c) => c.code === code).map((c) => c.message.zh);
    expect(all("UNCHECKED_STATED_SCORE").slice(0, 3)).toEqual([
      "指标“完整性”的年度指标值为“—”（未设），无法与实际完成值“目标明确、内容细化、目标量化”比对，沿用填报得分4分，请核实。",
      "指标“相关性”的年度指标值为“—”（未设），无法与实际完成值“按照学校管理标准对学校进行管理”比对，沿用填报得分2分，请核实。",
      "指标“可行性”的年度指标值未填写，无法与实际完成值“实际工作需求”比对，沿用填报得分2分，请核实。",
    ]);
    expect(all("MISSING_DEVIATION_REASON")).toEqual([
      "指标“公用经费完成时间”实际完成值与年度指标值相同，但未得满分（4/5分），请在偏差原因栏说明扣分理由。",
      "指标“效果显著”实际完成值与年度指标值相同，但未得满分（13/15分），请在偏差原因栏说明扣分理由。",
      "指标“使学生和老师有个更好的学习和工作环境,做到”实际完成值与年度指标值相同，但未得满分（8/10分），请在偏差原因栏说明扣分理由。",
    ]);
    expect(messageOf(r, "STATED_TOTAL_MISMATCH")).toBe("表中填报的总分98分与各项得分合计85分不一致。");
    // The 预算执行率 row (10 of 项目管理) is the execution points: 90 − 10 = 80 for the rest.
    expect(messageOf(r, "WEIGHTS_TOTAL")).toBe("指标分值合计80分，加预算执行率10分，共90分，不等于100分。");
    // 项目效益(35分) over 社会效益 15 + 可持续影响 10 = 25 (经济 and 生态 are empty slots): a slip of the
    // original, since 10 + 25 + 30 + 35 + 10 (满意度) would make 110.
    expect(messageOf(r, "LEVEL_POINTS_MISMATCH")).toBe("一级指标“项目效益”标注35分，其下各项指标分值合计25分。");
  });

  test("prose: 已核验10项 and the six named; values quoted without their own full stop", () => {
    expectCleanProse(r);
    // R3: the three met-but-deducted indicators are counted and listed as such.
    expect(r.text).toContain("本项目共设置绩效指标16项，已核验10项，其中10项达到年度指标值，3项未得满分。");
    expect(r.text).toContain("年度指标值社会认可的办学环境，实际完成值社会认可的办学环境，已达到年度指标值，但得分8分（满分10分）");
    expect(r.text).not.toMatch(/均达到|全面完成|均得满分/);
  });
});

describe("Z. 湖南 南岳区 忠烈祠免费开放经费 部门整体 (2020): an indicator table printed without 分值", () => {
  const r = runEngine(forms.hunanNanyueShrine());

  test("stops with one clear error at the table's header, naming the missing column; the 资金情况 block itself is found", () => {
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((c) => `${c.code}@${refToA1(c.cell!)}`)).toEqual(["INCOMPLETE_INDICATOR_HEADER@部门整体支出绩效自评表!B10"]);
    expect(r.errors[0]!.message.zh).toBe("部门整体支出绩效自评表!B10 的表头像绩效指标表，但缺少“分值”列，无法计分：请补上该列并逐行填写。");
    // 年初预算资金总额： | 实际投入资金额 is read as a budget table (no NO_BUDGET_TABLE).
    expect(r.checks.some((c) => c.code === "NO_BUDGET_TABLE")).toBe(false);
  });
});

describe("the forms as .xlsx files (ExcelJS, read back as the command line reads them)", () => {
  /** The grid written cell by cell with its merges, then read through src/node/xlsx-read. */
  async function throughXlsx(grid: Grid): Promise<Grid> {
    const wb = new ExcelJS.Workbook();
    for (const s of grid.sheets) {
      const ws = wb.addWorksheet(s.name);
      s.cells.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
      for (const m of s.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    }
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    return workbookToGrid(await workbookFromBytes(bytes, "form.xlsx"));
  }

  test.each([
    ["hebeiLangfangHeating", 97.24],
    ["shandongLichengCulturalCentre", 70],
    ["beijingXueyuanluCleaning", 17.49],
    ["shanghaiPutuoSportsCentre", 98.62],
    ["ningxiaYinchuanSchoolFunds", 85],
  ] as const)("%s: the same total and checks from the file as from the grid", async (name, total) => {
    const fromGrid = ran(forms[name]());
    const fromFile = ran(await throughXlsx(forms[name]()));
    expect(fromFile.json.totalScore).toBe(total);
    expect(checksOf(fromFile)).toEqual(checksOf(fromGrid));
  });
});
