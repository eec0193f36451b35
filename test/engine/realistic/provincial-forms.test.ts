/**
 * Project and department self-evaluation forms of six provinces, typed in as published (sources
 * in scripts/provincial-fixtures.ts, one per builder). Every figure below is worked out by hand
 * from the cells as printed; every error of the original is flagged, nothing else is, and the
 * prose carries no line break, no score suffix, no doubled form word and no claim beyond the data.
 */
import * as forms from "../../../scripts/provincial-fixtures";
import { categories, six } from "./helpers";
import { refToA1 } from "../../../src/engine/grid";
import { checksOf, expectCleanProse, indicator, ran } from "./form-helpers";

describe("L. 安徽 池州市贵池区棠溪镇 委托业务项目 (2022)", () => {
  const r = ran(forms.anhuiTangxiCommission());

  test("categories named without their (50分) suffix; every indicator checked and met: 90 + the block's 10 = 100 of 100", () => {
    expect(categories(r.asRan)).toEqual([
      ["产出指标", 50, 50, 1], // 8 + 8 + 8 + 8 + 8 + 10
      ["效益指标", 30, 30, 1], // 10 + 10 + 10 (经济效益指标 has no 三级 row)
      ["满意度指标", 10, 10, 1], // 96 ≥ 95 (百分比)
    ]);
    expect(r.evaluation.indicatorTables[0]!.indicators.every((i) => i.checked && i.met)).toBe(true);
    // The block states 分值 10 (F6): its points count (docs/rules.md §3.2), scored on the one
    // funded part since the total row is 0 (§3.1): 89.974 / 89.974 = 100% → 10; 90 + 10 = 100.
    expect(r.json.totalScore).toBe(100);
    expect(r.evaluation.indicatorTables[0]!.maxTotal.toNumber()).toBe(100);
    expect(r.evaluation.budget!.executionScore!.score.toNumber()).toBe(10);
  });

  test("the original's error is flagged: 年度资金总额 printed 0 | 0 | 0 over its 其中 row 90 | 89.974 | 89.974", () => {
    expect(checksOf(r)).toEqual([
      "SUM_MISMATCH@项目支出绩效自评表!C6",
      // The rate is the 其中 row's, and said so at the total's 全年预算数.
      "RATE_FROM_PART@项目支出绩效自评表!D6",
      "SUM_MISMATCH@项目支出绩效自评表!D6",
      "SUM_MISMATCH@项目支出绩效自评表!E6",
      // The form's 得分 0 (H6) against min(1, 1) × 10. (Before: WEIGHTS_TOTAL "90 + 0 = 90", the
      // block's 10 points dropped with the 0 total.)
      "STATED_SCORE_MISMATCH@项目支出绩效自评表!H6",
    ]);
    expect(six(r.evaluation.budget!.lines[1]!.executionRate)).toBe("1.000000"); // 89.974 / 89.974
    expect(r.evaluation.budget!.headlineIndex).toBe(1);
    expect(r.evaluation.checks.find((c) => c.code === "RATE_FROM_PART")!.message.zh).toBe(
      "“年度资金总额”一行为0或未填写，与其组成项不符；预算执行率按“本年财政拨款”计算：89.97万元÷89.97万元=100.00%。请更正该行。",
    );
    expect(r.evaluation.checks.find((c) => c.code === "STATED_SCORE_MISMATCH")!.message.zh).toBe(
      "预算执行率（得分栏H6）填报得分0分，按评分规则应为10分。",
    );
  });

  test("prose: clean category names, 均达到 only because all ten were checked and met", () => {
    expectCleanProse(r);
    // 50 + 30 + 10 + the block's 10 (89.97 ÷ 89.97 = 100% × 10) = 100.
    expect(r.text).toContain("其中，产出指标得分50分（满分50分，得分率100.00%）；效益指标得分30分（满分30分，得分率100.00%）；满意度指标得分10分（满分10分，得分率100.00%）；预算执行率得分10分（满分10分）。");
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
    // Joined to their 度量单位 column by Zipin, so written with thousands separators (R35).
    expect(r.summaryTexts).toEqual(expect.arrayContaining(["≤80,000元", "72,890元", "≥250天", "262天"]));
  });

  test("checks: the printed 97 against 97.01, and the 双监控 gap from the printed figures", () => {
    expect(checksOf(r)).toEqual(["EXECUTION_LAGS_RESULTS@项目支出绩效自评表!E5", "STATED_TOTAL_MISMATCH@项目支出绩效自评表!J17"]);
    const lag = r.evaluation.checks[0]!.message.zh;
    // 87.9 / 90 = 97.67%; 97.67 − 91.11 = 6.56 (the unrounded difference is 6.554…)
    expect(lag).toBe("指标得分率97.67%高于预算执行率91.11%达6.56个百分点，超过5个百分点（指标完成进度快于资金使用进度）。");
    // (50 + 27.9 + 10) ÷ 90 = 97.67%: the indicators' 得分率, defined where it is used (R5).
    expect(r.text).toContain("绩效指标得分率为97.67%（各项指标得分之和÷分值之和），高于预算执行率91.11%达6.56个百分点");
  });

  test("prose: the project's name without 项目支出绩效自评表, labels without line breaks or (50分)", () => {
    expectCleanProse(r);
    expect(r.evaluation.info!.projectName).toBe("“数说红河”展厅运维经费");
    expect(r.text).toContain("“数说红河”展厅运维经费年度资金总额80.00万元");
    // 27.9 ÷ 30 = 93.00%.
    expect(r.text).toContain("其中，产出指标得分50分（满分50分，得分率100.00%）；效益指标得分27.9分（满分30分，得分率93.00%）；满意度指标得分10分（满分10分，得分率100.00%）；预算执行率得分9.11分（满分10分）。");
    expect(r.text).toContain("本项目共设置绩效指标5项，其中4项达到年度指标值");
    expect(r.text).not.toContain("均达到");
  });
});

describe("N. 四川 青神县发展和改革局 工资性支出 (2023): 完成值 left blank, 指标1：/ slots", () => {
  const r = ran(forms.sichuanQingshenWages());

  test("the 指标1：/ rows are not applicable (info), never INVALID_WEIGHT; the two blank 完成值 are 未核验 with their scores kept", () => {
    expect(checksOf(r)).toEqual([
      "NOT_APPLICABLE_INDICATOR@项目支出绩效自评表!D14",
      "NOT_APPLICABLE_INDICATOR@项目支出绩效自评表!D16",
      "UNCHECKED_STATED_SCORE@项目支出绩效自评表!H13",
      "UNCHECKED_STATED_SCORE@项目支出绩效自评表!H15",
    ]);
    expect(r.evaluation.checks.filter((c) => c.severity === "info").every((c) => c.code === "NOT_APPLICABLE_INDICATOR")).toBe(true);
    expect(r.evaluation.indicatorTables[0]!.indicators.map((i) => [i.indicator.name, i.checked, i.met, i.score.toNumber()])).toEqual([
      ["发放（缴纳）覆盖率", false, false, 60],
      ["足额保障率（参保率）", false, false, 30],
    ]);
  });

  test("figures: 251.89 / 251.89 = 100% → 10; total 10 + 60 + 30 = 100 as stated; the project code is dropped", () => {
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 10 });
    expect(r.json.totalScore).toBe(100);
    expect(r.evaluation.info!.projectName).toBe("工资性支出");
  });

  test("no overclaiming: neither 均达到 nor 全面完成 nor 均得满分; the report says none of the two was checked", () => {
    expectCleanProse(r);
    // The headline says the scores are unchecked and why the phrase stops at 基本完成 (R6).
    expect(r.text).not.toMatch(/均达到|绩效目标全面完成|均得满分/);
    expect(r.text).toContain("得分100分，等级为“优”，有2项指标未填写年度指标值或实际完成值，得分沿用单位填报数，未经核验，故结论未表述为“全面完成”。");
    expect(r.text).toContain("产出指标得分60分（满分60分，沿用填报得分，未经核验）");
    expect(r.text).toContain(
      "本项目共设置绩效指标2项，均未填写年度指标值或实际完成值，无法核验。得分沿用填报数：“发放（缴纳）覆盖率”、“足额保障率（参保率）”。",
    );
    expect(r.text).toContain("严格执行相关政策，保障工资及时、足额发放或社保及时、足额缴纳。"); // （三）绩效目标, from under 项目年度目标
  });
});

describe("O. 安徽 部门整体支出绩效自评表 with 年度主要任务 rows and a 总分 row, on one sheet", () => {
  const r = ran(forms.anhuiDepartmentWithTasks());

  test("the task rows are tasks, not a second budget table; the money block is read side by side", () => {
    expect(checksOf(r)).toEqual([]);
    expect(r.evaluation.budget!.lines.map((l) => l.line.name)).toEqual([
      "年度资金总额",
      "一般公共预算",
      "政府性基金预算",
      "国有资本经营预算",
      "财政专户管理资金",
      "单位资金",
      "基本支出",
      "人员经费",
      "公用经费",
      "项目支出",
    ]);
  });

  test("figures: 2,275.88 / 2,307.90 = 98.6126…% → 9.86; indicators 87 (定性 基本达成 7 of 10); total 96.86 = the 总分 row", () => {
    expect(six(r.evaluation.budget!.lines[0]!.executionRate)).toBe("0.986126");
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 9.86 });
    expect(categories(r.asRan)).toEqual([
      ["产出指标", 50, 50, 1],
      ["效益指标", 30, 27, 0.9],
      ["满意度指标", 10, 10, 1],
    ]);
    expect(r.json.totalScore).toBe(96.86);
  });

  test("the tasks become the report's 年度总体工作和重点工作任务", () => {
    expectCleanProse(r);
    expect(r.text).toContain("1.乡村振兴：实施村级道路提升和人居环境整治；2.社会保障：发放城乡低保、特困供养等补助；3.机关运转：保障镇机关和村级组织正常运转。");
  });
});

describe("P. 安徽 天长市水利局 水旱灾害防御经费 (2022): six indicators with 分值 and 得分 only", () => {
  const r = ran(forms.anhuiTianchangFloodControl());
  const unchecked = ["工程质量合格", "年度资金支付完成率100%", "资金执行在预算范围内", "全市安全度汛", "保护全市人口财产不受损失", "已建工程良性运行"];

  test("the blocks under 年度总体目标完成情况 / 年度绩效指标完成情况 are found; slot names lose 指标1：", () => {
    expect(r.evaluation.budget!.lines.map((l) => l.line.name)).toEqual(["年度资金总额", "本年财政拨款"]);
    expect(r.evaluation.indicatorTables[0]!.indicators.map((i) => i.indicator.name)).toEqual([
      "完成中型灌区节水改造项目数量",
      "完成农业综合水价改革项目",
      ...unchecked.slice(0, 5),
      "已建工程良性运行",
      "服务对象满意度",
    ]);
  });

  test("checks: one info for the 指标1：/ row (the bare 指标2： slots are the template's spare lines), six 未核验", () => {
    // Target and actual both blank: the check points at the 年度指标值 cell (E, was F) and names both.
    expect(checksOf(r)).toEqual([
      "NOT_APPLICABLE_INDICATOR@项目支出绩效自评表!D31",
      "UNCHECKED_STATED_SCORE@项目支出绩效自评表!E16",
      "UNCHECKED_STATED_SCORE@项目支出绩效自评表!E19",
      "UNCHECKED_STATED_SCORE@项目支出绩效自评表!E22",
      "UNCHECKED_STATED_SCORE@项目支出绩效自评表!E25",
      "UNCHECKED_STATED_SCORE@项目支出绩效自评表!E28",
      "UNCHECKED_STATED_SCORE@项目支出绩效自评表!E34",
    ]);
    const first = r.evaluation.checks.find((c) => c.code === "UNCHECKED_STATED_SCORE")!;
    expect(first.message.zh).toMatch(/^指标“[^”]+”的年度指标值和实际完成值均未填写，无法核验，沿用填报得分[\d.]+分，请核实。$/);
  });

  test("figures: 880 / 880 → 10; 1 of 1 twice, 100% ≥ 90% → 30 checked; 60 stated; total 100", () => {
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 10 });
    expect(r.json.totalScore).toBe(100);
  });

  test("prose: 3 of 9 checked, the six named; no 均达到, no 均得满分, no 全面完成 at 100 points", () => {
    expectCleanProse(r);
    expect(r.text).toContain("本项目共设置绩效指标9项，已核验3项，其中3项达到年度指标值。另有6项未填写年度指标值或实际完成值");
    expect(r.text).not.toMatch(/均达到|均得满分|绩效目标全面完成/);
    expect(r.text).toContain("有6项指标未填写年度指标值或实际完成值，得分沿用单位填报数，未经核验，故结论未表述为“全面完成”");
    expect(r.text).toContain("完成年度防汛工作，完成中型灌区节水改造项目和农业综合水价改革项目。");
    expect(r.summaryTexts.filter((t) => t === "未核验")).toHaveLength(6);
  });
});

describe("Q. 四川 中江县水利局 水标尺制作安装 (2022): 资金情况（万元）, 分值 before 年度指标值", () => {
  const r = ran(forms.sichuanZhongjiangWaterGauges());

  test("the original's error is flagged: 产出指标(70分) makes the indicator weights 100, plus 10 for execution", () => {
    expect(checksOf(r)).toEqual(["WEIGHTS_TOTAL@绩效目标自评表!E23"]);
    expect(r.evaluation.checks[0]!.message.zh).toBe("指标分值合计100分，加预算执行率10分，共110分，不等于100分。");
  });

  test("figures: 20 / 20 → 10; every indicator at its target (≥266米 against ≥266米, 20万元 ≤ 20万元) → 110 of 110", () => {
    expect(categories(r.asRan)).toEqual([
      ["产出指标", 70, 70, 1],
      ["效益指标", 20, 20, 1],
      ["满意度指标", 10, 10, 1],
    ]);
    expect(r.json.totalScore).toBe(110);
    expect(r.evaluation.info!.narrative.goals).toBe("对农村地区供水计量设施设备进行改进，对项目区农业用水计量，为项目区农业生产夯实基础。");
    expectCleanProse(r);
  });
});

describe("R. 重庆 科学城融媒体中心 部门整体绩效自评表 (2021): common indicators in a flat list", () => {
  const r = ran(forms.chongqingDepartmentCommon());

  test("control rates are caps (92% of 100% 财政供养人员控制率 is met); 72.74% 政府采购执行率 is not", () => {
    expect(indicator(r, "财政供养人员控制率").direction).toBe("negative");
    expect(indicator(r, "财政供养人员控制率").score.toNumber()).toBe(2);
    expect(indicator(r, "预算调整率").score.toNumber()).toBe(2); // 0 ≤ 3%
    expect(indicator(r, "政府采购执行率").score.toNumber()).toBe(1.45); // 72.74 / 100 × 2 = 1.4548
  });

  test("checks: the two blank 三公 rows 未核验; 政府采购执行率's full marks and the head's 自评总分 97.6 flagged (errors of the original)", () => {
    expect(checksOf(r)).toEqual([
      // No year in the form (no title year, no 年度 key): told where to write one.
      "YEAR_MISSING@-",
      // 自评总分（分） 97.6 = 7.6 + the stated 90; computed 7.6 + 89.45 = 97.05.
      "STATED_TOTAL_MISMATCH@部门整体绩效自评表!F2",
      // The one line 部门预算资金 is its own headline (docs/rules.md §3.1): 950 / 1,250 = 76%,
      // 24% unspent > 20%; indicators 89.45 / 90 = 99.39%, 23.39 points above 76%.
      "EXECUTION_LAGS_RESULTS@部门整体绩效自评表!D4",
      "LOW_EXECUTION@部门整体绩效自评表!D4",
      // Target and actual both blank: at the 年度指标值 cell (D7); F11 has a target, so its actual.
      "UNCHECKED_STATED_SCORE@部门整体绩效自评表!D7",
      "UNCHECKED_STATED_SCORE@部门整体绩效自评表!F11",
      "MISSING_DEVIATION_REASON@部门整体绩效自评表!A12",
      "STATED_SCORE_MISMATCH@部门整体绩效自评表!H12",
    ]);
    const message = (code: string): string => r.evaluation.checks.find((c) => c.code === code)!.message.zh;
    expect(message("LOW_EXECUTION")).toBe("“部门预算资金”预算执行率为76.00%，未执行部分超过20.00%。");
    expect(message("EXECUTION_LAGS_RESULTS")).toContain("指标得分率99.39%高于预算执行率76.00%达23.39个百分点");
    // No 偏差原因 column on this form: not asked to fill one in.
    expect(message("MISSING_DEVIATION_REASON")).toBe(
      "指标“政府采购执行率”未得满分（1.45/2分），表中无偏差原因栏，请在自评报告“存在的问题”中说明扣分原因及改进措施。",
    );
    expect(r.evaluation.checks.filter((c) => c.code === "UNCHECKED_STATED_SCORE").map((c) => c.message.zh)).toEqual([
      "指标“‘三公’经费变动率”的年度指标值和实际完成值均未填写，无法核验，沿用填报得分2分，请核实。",
      "指标“‘三公’经费控制率”的实际完成值未填写，无法核验，沿用填报得分2分，请核实。",
    ]);
  });

  test("the one 部门预算资金 line is the headline: the rate, the （三） section and both problems", () => {
    expect(r.evaluation.budget!.headlineIndex).toBe(0);
    expect(six(r.evaluation.budget!.lines[0]!.executionRate)).toBe("0.760000"); // 950 / 1,250
    expect(r.text).toContain("（三）预算执行情况");
    expect(r.text).toContain("预算执行率为76.00%，未执行预算300.00万元，占年度预算的24.00%"); // 1,250 − 950
  });

  test("figures: 950 / 1250 = 76% → 7.6; indicators 89.45; total 97.05", () => {
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 7.6 });
    // 2 × 6 + 1.45 + 3 + 5 + 1 + 10 + 10 + 10 + 37 = 89.45
    expect(r.json.totalScore).toBe(97.05);
    expect(r.text).toContain("已核验12项，其中11项达到年度指标值");
    expect(r.text).toContain("1. “政府采购执行率”：年度指标值100%，实际完成值72.74%");
    expectCleanProse(r);
  });
});

describe("S. 湖北 湖北工程学院 学生资助 (template of 湖北省教育厅): ＝ ⩽ ⩾ ＞ and a 过程指标", () => {
  const r = ran(forms.hubeiStudentAid());

  test("comparators: ＝ 等于, ⩽ 反向, ⩾ and ＞ 正向; 是 answering 是 is met", () => {
    expect(["国家奖学金人均资助", "国家助学金人均资助", "困难生完成学业率", "受助学生满意度", "评审程序是否公正"].map((n) => indicator(r, n).direction)).toEqual([
      "equal",
      "negative",
      "positive",
      "positive",
      "qualitative",
    ]);
    expect(indicator(r, "国家奖学金人数").score.toNumber()).toBe(9.38); // 30 / 32 × 10 = 9.375 → 9.38
  });

  test("figures: 1,840.08 / 1,862.50 = 98.796…% → 9.88; total 89.38 + 9.88 = 99.26 against the printed 98.26", () => {
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 9.88 });
    expect(r.json.totalScore).toBe(99.26);
    expect(checksOf(r)).toEqual(["STATED_TOTAL_MISMATCH@绩效目标自评表!G16"]);
    expectCleanProse(r);
    expect(r.text).toContain("产出指标得分49.38分（满分50分，得分率98.76%）"); // 49.38 / 50
  });
});

describe("T. 湖南 岳阳市城市管理监督指挥中心 (2018): common indicators from the 基础数据表", () => {
  const r = ran(forms.hunanYueyangCommonIndicators());

  test("blank 三公/公用经费 rates take the budget's values and cells; a typed 政府采购执行率 is checked against it", () => {
    expect(checksOf(r)).toEqual([
      "COMMON_INDICATOR_FROM_BUDGET@部门整体支出绩效评价表!F16",
      "COMMON_INDICATOR_FROM_BUDGET@部门整体支出绩效评价表!F17",
      "COMMON_INDICATOR_FROM_BUDGET@部门整体支出绩效评价表!F18",
      "MISSING_DEVIATION_REASON@部门整体支出绩效评价表!C19",
      "COMMON_INDICATOR_MISMATCH@部门整体支出绩效评价表!F19",
      "STATED_SCORE_MISMATCH@部门整体支出绩效评价表!H19",
      "STATED_TOTAL_MISMATCH@部门整体支出绩效评价表!H23",
    ]);
    // 7.65 / 8.5 = 90.00%; 45.12 / 48 = 94.00%; (7.65 − 9.8) / 9.8 = −21.94%; 96.6 / 120 = 80.50%
    const shown = (n: string) => [indicator(r, n).indicator.actual.text, refToA1(indicator(r, n).indicator.actual.cell)];
    expect(shown("“三公”经费控制率")).toEqual(["90.00%", "部门整体支出绩效评价表!D9"]);
    expect(shown("公用经费控制率")).toEqual(["94.00%", "部门整体支出绩效评价表!D7"]);
    expect(shown("“三公”经费变动率")).toEqual(["-21.94%", "部门整体支出绩效评价表!D9"]);
    expect(indicator(r, "政府采购执行率").score.toNumber()).toBe(8.94); // 80.5 / 90 × 10 = 8.944…
  });

  test("figures: 640.26 / 655.80 = 97.63% → 9.76; indicators 88.94; total 98.7", () => {
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 9.76 });
    expect(r.json.totalScore).toBe(98.7);
    expect(r.text).toContain("“政府采购执行率”（产出指标）：年度指标值≥90%，实际完成值80.50%，得分8.94分（满分10分）");
    expectCleanProse(r);
  });
});
