/**
 * The 计算依据 sheet on the bundled example: one row per figure the generated report prints,
 * each tied to its rule, source cells and unrounded value (figures hand-computed from
 * docs/rules.md §6 / scripts/build-example.ts).
 */
import { resolve } from "path";
import { runEngine } from "../../../src/engine";
import type { PlannedSheet } from "../../../src/engine/plan";
import { OUTPUT_SHEET_NAMES } from "../../../src/engine/plan";
import { isPreviousOutput } from "../../../src/engine/detect/output-sheets";
import type { Grid } from "../../../src/engine/grid";
import { loadWorkbook, workbookToGrid } from "../../../src/node/xlsx-read";
import * as realistic from "../../../scripts/realistic-fixtures";

const EXAMPLE = resolve(__dirname, "..", "..", "..", "examples", "paitan-2023.xlsx");

type Row = [number, string, string, string, string, number];

let trail: PlannedSheet;
let rows: Row[];
let paragraphs: string[];

beforeAll(async () => {
  const r = runEngine(workbookToGrid((await loadWorkbook(EXAMPLE)).workbook));
  if (!r.ok) throw new Error("engine stopped");
  trail = r.plan.sheets.find((s) => s.name === OUTPUT_SHEET_NAMES.trail)!;
  rows = trail.rows.slice(3).map((row) => row.map((c) => (c === null ? "" : c.t === "formula" ? c.v : c.v)) as Row);
  paragraphs = r.report.flatMap((s) => s.paragraphs);
});

const find = (sentenceStart: string, printed: string): Row => {
  const row = rows.find((r) => r[1].startsWith(sentenceStart) && r[2] === printed);
  if (!row) throw new Error(`no trail row for ${printed} in “${sentenceStart}…”`);
  return row;
};

describe("计算依据 on the bundled example", () => {
  test("is the third output sheet, titled so a re-run recognises it, with its header", () => {
    expect(trail.rows[0]![0]).toEqual({ t: "text", v: "广州市增城区派潭镇人民政府2023年度部门整体支出绩效自评报告计算依据" });
    expect(trail.rows[2]!.map((c) => (c?.t === "text" ? c.v : null))).toEqual(["序号", "报告语句（句首）", "报告中的数字", "计算规则", "来源单元格", "未舍入值"]);
    expect(isPreviousOutput({ name: OUTPUT_SHEET_NAMES.trail, cells: [["广州市增城区派潭镇人民政府2023年度部门整体支出绩效自评报告计算依据"]], merges: [] })).toBe(true);
    expect(isPreviousOutput({ name: OUTPUT_SHEET_NAMES.trail, cells: [["我自己的计算表"]], merges: [] })).toBe(false);
  });

  test("项目支出's decline: 41,550.57 ÷ 64,101.33 = 0.648201…, printed 64.82%", () => {
    const row = find("项目支出22,550.76万元", "64.82%");
    expect(row[3]).toBe("|全年执行数 − 上年执行数| ÷ 上年执行数");
    expect(row[4]).toBe("收支情况表!D9, E9");
    expect(row[5]).toBeCloseTo(0.6482013712, 10);
    expect(find("项目支出22,550.76万元", "41,550.57万元").slice(3)).toEqual(["|全年执行数 − 上年执行数|", "收支情况表!D9, E9", 41550.57]);
  });

  test("execution: 28,082.29 ÷ 28,564.19 = 0.983129…; the revenue sentence ties to 收入合计, the spending one to 支出合计", () => {
    const revenue = find("我镇本年收入合计", "98.31%");
    expect(revenue[4]).toBe("收支情况表!D4, C4");
    expect(revenue[5]).toBeCloseTo(0.9831292258, 10);
    expect(find("我镇本年支出合计", "98.31%")[4]).toBe("收支情况表!D7, C7");
  });

  test("scores: total 92 on the summary, 产出 42/50 = 84.00%, an indicator's 9.2 = 92/100 × 10", () => {
    expect(find("经逐项评分", "92").slice(3)).toEqual(["Σ 一级指标得分（+ 预算执行率得分）", "绩效自评结果!B5", 92]);
    // The category's part of the score, with its 得分率 (R5): "其中，产出指标得分42分（满分50分，得分率84.00%）".
    const output = find("其中，产出指标得分42分", "84.00%");
    expect(output[5]).toBeCloseTo(0.84, 10);
    expect(find("其中，产出指标得分42分", "42")[5]).toBe(42);
    expect(find("其中，产出指标得分42分", "50")[5]).toBe(50);
    expect(find("2. “国考断面水质达标率”", "9.2").slice(4)).toEqual(["绩效指标表!E9, F9, G9", 9.2]);
    expect(find("我镇共设置绩效指标15项", "15")[5]).toBe(15);
  });

  test("every amount and percentage the funds and results sections print has a row", () => {
    const printed = paragraphs
      .filter((p) => /万元|完成率|得分/.test(p))
      .flatMap((p) => [...p.matchAll(/(\d{1,3}(?:,\d{3})*\.\d{2})(万元|%)/g)].map((m) => `${m[1]}${m[2]}`));
    expect(printed.length).toBeGreaterThan(20);
    const traced = new Set(rows.map((r) => r[2]));
    expect(printed.filter((p) => !traced.has(p))).toEqual([]);
    // Numbered 1…n.
    expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => i + 1));
  });
});

describe("a user's own sheet named 计算依据", () => {
  test("stops the run like the other output names (OUTPUT_NAME_TAKEN), nothing written", async () => {
    const grid = workbookToGrid((await loadWorkbook(EXAMPLE)).workbook);
    grid.sheets.push({ name: OUTPUT_SHEET_NAMES.trail, cells: [["我的计算"], ["1", "2"]], merges: [] });
    const r = runEngine(grid);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((c) => c.code)).toEqual(["OUTPUT_NAME_TAKEN"]);
  });
});

describe("the words that name a line (vocabulary/figure-words.ts, shared with the report-text audit)", () => {
  const trailOf = (grid: Grid, lang: "zh" | "en"): Row[] => {
    const r = runEngine(grid, { settings: { lang } });
    if (!r.ok) throw new Error("engine stopped");
    const sheet = r.plan.sheets.find((s) => s.name === OUTPUT_SHEET_NAMES.trail)!;
    return sheet.rows.slice(3).map((row) => row.map((c) => (c === null ? "" : c.v)) as Row);
  };

  test("English: “Total revenue was RMB 280,822,900” is 收入合计 (D4), not the headline 支出合计 (D7)", async () => {
    const rows = trailOf(workbookToGrid((await loadWorkbook(EXAMPLE)).workbook), "en");
    // English prints the amount in yuan (28,082.29万元 = RMB 280,822,900).
    const revenue = rows.filter((r) => r[1].startsWith("Total revenue was") && r[2] === "RMB 280,822,900");
    expect(revenue[0]![4]).toBe("收支情况表!D4");
    // 28,082.29 ÷ 28,564.19 = 0.983129…, from 收入合计's own cells.
    expect(rows.find((r) => r[1].startsWith("Total revenue was") && r[2] === "98.31%")![4]).toBe("收支情况表!D4, C4");
  });

  test("side by side: “支出总计为741.85万元” is the expenditure side's 总计 (F12), not the revenue side's (C12)", () => {
    const row = trailOf(realistic.finalAccountsSideBySide(), "zh").find((r) => r[1].includes("支出总计为741.85万元") && r[2] === "741.85万元")!;
    expect(row.slice(2, 5)).toEqual(["741.85万元", "全年执行数（取自输入表）", "收入支出决算总表!F12"]);
  });
});

describe("计算依据's unrounded values are formatted by kind (R16)", () => {
  /** The last number format the plan gives row r's 未舍入值 (F) cell. */
  const formatOf = (r: number): string | undefined =>
    trail.formats.filter((f) => f.numberFormat !== undefined && f.range.left <= 5 && f.range.right >= 5 && f.range.top <= r && f.range.bottom >= r).pop()?.numberFormat;
  test("a rate to four places of a percent (98.3129%), an amount grouped, never 15 raw digits", () => {
    const rate = rows.findIndex((r) => r[2] === "98.31%");
    const amount = rows.findIndex((r) => r[2] === "28,082.29万元");
    expect([formatOf(3 + rate), formatOf(3 + amount)]).toEqual(["0.0000%", "#,##0.00####"]);
  });
});
