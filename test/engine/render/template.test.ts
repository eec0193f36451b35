import { INFO_KEYS, TEMPLATE_INPUT_ROWS, TEMPLATE_SHEET_NAMES, renderTemplatePlan } from "../../../src/engine/render/template";
import { SETTING_ROWS } from "../../../src/engine/evaluate/settings-from-info";
import { normalizeSettingKey } from "../../../src/engine/vocabulary/text";
import { renderTemplatePlan as fromIndex } from "../../../src/engine/render";
import type { PlannedSheet } from "../../../src/engine/plan";
import { allCells, cell, numberFormatAt } from "./helpers";

const texts = (sheet: PlannedSheet, row: number): (string | null)[] =>
  (sheet.rows[row] ?? []).map((c) => (c?.t === "text" ? c.v : null));

describe("input template", () => {
  const plan = renderTemplatePlan("zh");
  const [info, budget, indicators] = plan.sheets as [PlannedSheet, PlannedSheet, PlannedSheet];

  test("three input sheets, named by the exported constant", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["基本信息", "收支情况表", "绩效指标表"]);
    expect(Object.values(TEMPLATE_SHEET_NAMES)).toEqual(["基本信息", "收支情况表", "绩效指标表"]);
    expect(fromIndex("zh")).toEqual(plan);
  });

  test("info sheet: key | value rows with empty values, then instructions", () => {
    expect(texts(info, 0)).toEqual(["事项", "填写内容"]);
    expect(info.rows.slice(1, 25).map((r) => [r[0], r[1] ?? null])).toEqual(
      [
        "单位名称",
        "年度",
        "自称",
        "预算执行率分值",
        "部门职能",
        "年度总体工作和重点工作任务",
        "部门整体支出绩效目标",
        "部门整体绩效管理情况",
        "存在的主要问题",
        "下一步改进措施",
        // Every optional setting, blank (its default is in the notes), by the first key of each in
        // vocabulary/info-keys.ts.
        "评分规则",
        "优秀等级下限",
        "良好等级下限",
        "中等级下限",
        "等级用语",
        "超额完成阈值",
        "执行率偏离阈值",
        "未执行比例阈值",
        "合计容差",
        "定性达成用语",
        "定性部分达成用语",
        "定性未达成用语",
        "报告语言",
        "公式",
      ].map((k) => [{ t: "text", v: k }, null]),
    );
    expect(cell(info, "A27")).toEqual({ t: "text", v: "填写说明：" });
    // Each setting on a line of its own with its default, from DEFAULT_SETTINGS.
    const notes = info.rows.slice(26).map((r) => r[0]?.v);
    expect(notes).toEqual(
      expect.arrayContaining([
        "6. 以下为可选设置，留空按默认：",
        "  评分规则：默认“自动”（按表格判断；可填“项目支出”——预算执行率计10分、“部门整体”或“自定义”）",
        "  优秀等级下限：默认90分",
        "  良好等级下限：默认80分",
        "  中等级下限：默认60分",
        "  等级用语：默认“优、良、中、差”（从高到低四个用语，以顿号分隔，如“优秀、良好、合格、不合格”）",
        "  超额完成阈值：默认130%",
        "  执行率偏离阈值：默认5%",
        "  未执行比例阈值：默认20%",
        "  合计容差：默认0.005万元",
        "  报告语言：默认中文",
        "  公式：默认“是”",
      ]),
    );
    // Every settings row of the sheet has its line in the notes.
    for (const key of INFO_KEYS.slice(10)) expect(notes.some((n) => typeof n === "string" && n.startsWith(`  ${key}：默认`))).toBe(true);
    // 年度 (row 3) and the grade lower bounds take numbers; 部门职能 (row 6) takes text.
    expect(numberFormatAt(info, 2, 1)).toBe("0");
    expect(numberFormatAt(info, 12, 1)).toBe("0");
    expect(numberFormatAt(info, 5, 1)).toBe("@");
    expect(numberFormatAt(info, 15, 1)).toBe("@");
  });

  test("every settings row of the template is one the settings reader knows", () => {
    for (const key of INFO_KEYS.slice(10)) expect(SETTING_ROWS.some((row) => row.keys.includes(normalizeSettingKey(key)))).toBe(true);
  });

  test("budget sheet: title, unit line, header and example rows without figures", () => {
    expect(cell(budget, "A1")).toEqual({ t: "text", v: "XXXX年度收支情况表" });
    expect(cell(budget, "A2")).toEqual({ t: "text", v: "单位：万元" });
    expect(texts(budget, 2)).toEqual(["项目", "类别", "年初预算数", "全年预算数", "全年执行数", "上年执行数"]);
    expect(budget.rows.slice(3).map((r) => r[0]?.v)).toEqual([
      "收入合计",
      "一般公共预算财政拨款补助收入",
      "政府性基金预算财政拨款补助收入",
      "支出合计",
      "基本支出",
      "项目支出",
    ]);
    expect(budget.rows.slice(3).every((r) => r.length <= 2)).toBe(true);
    // Amount columns C–F formatted for TEMPLATE_INPUT_ROWS rows below the header (row 3).
    expect(numberFormatAt(budget, 3 + TEMPLATE_INPUT_ROWS - 1, 4)).toBe("#,##0.00");
    expect(numberFormatAt(budget, 3 + TEMPLATE_INPUT_ROWS, 4)).toBeUndefined();
    expect(budget.freeze).toEqual({ rows: 3, columns: 0 });
  });

  test("indicator sheet: instruction line above the header, text columns for values like ≥95%", () => {
    expect(cell(indicators, "A2")?.v).toContain("“≥95%”");
    expect(texts(indicators, 2)).toEqual([
      "一级指标",
      "二级指标",
      "三级指标",
      "指标性质",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ]);
    // Example rows name categories only: no indicator name, no figure.
    for (const r of indicators.rows.slice(3)) expect(r.length).toBeLessThanOrEqual(2);
    expect(indicators.rows.length).toBeGreaterThanOrEqual(5);
    // 年度指标值 (E) and 实际完成值 (F) are "@", so "≥95%" typed there stays text.
    expect(numberFormatAt(indicators, 3, 4)).toBe("@");
    expect(numberFormatAt(indicators, 50, 5)).toBe("@");
    expect(numberFormatAt(indicators, 3, 6)).toBe("0.00");
  });

  test("nothing in the template is a number or formula, and every text cell is in an @ range", () => {
    for (const sheet of plan.sheets) {
      for (const { row, col, cell: c } of allCells(sheet)) {
        if (c === null) continue;
        expect(c.t).toBe("text");
        expect([sheet.name, row, col, numberFormatAt(sheet, row, col)]).toEqual([sheet.name, row, col, "@"]);
      }
    }
  });

  test("English adds instructions in English; headers stay Chinese for detection", () => {
    const en = renderTemplatePlan("en");
    expect(texts(en.sheets[1]!, 2)).toEqual(texts(budget, 2));
    expect(en.sheets[0]!.rows.length).toBeGreaterThan(info.rows.length);
    expect(cell(en.sheets[2]!, "A2")?.v).toMatch(/^How to fill in/);
  });
});
