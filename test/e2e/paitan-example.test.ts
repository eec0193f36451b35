/**
 * The bundled example (examples/paitan-2023.xlsx) through the command line, end to end:
 * every figure of docs/rules.md §6, the scores the example was designed to give
 * (scripts/build-example.ts), the output workbook re-read, and a re-run on the output.
 */
import { copyFileSync, readFileSync } from "fs";
import { join, resolve } from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/node/cli";
import type { CliIO } from "../../src/node/cli";
import { XlsxPort } from "../../src/node/xlsx-port";
import { runEngine, OUTPUT_SHEET_NAMES } from "../../src/engine";
import type { JsonResult } from "../../src/engine";
import type { JsonBudgetLine } from "../../src/engine/json";
import type { PlannedSheet } from "../../src/engine/plan";
import { INDICATOR_ROWS } from "../../scripts/build-example";
import { makeTempDir, reread, sheetOf, zipParts } from "../node/helpers";

const EXAMPLE = resolve(__dirname, "..", "..", "examples", "paitan-2023.xlsx");
const INPUT_SHEETS = ["基本信息", "收支情况表", "绩效指标表"];

async function runCli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {} };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Fails with the missing snippet only (not the whole report) when no paragraph contains it. */
function expectParagraphWith(json: JsonResult, snippet: string): void {
  const found = json.narrative.some((s) => s.heading.includes(snippet) || s.paragraphs.some((p) => p.includes(snippet)));
  if (!found) throw new Error(`no report paragraph contains “${snippet}”`);
}

function line(json: JsonResult, name: string): JsonBudgetLine {
  const found = json.budget?.lines.find((l) => l.name === name);
  if (!found) throw new Error(`no budget line ${name}`);
  return found;
}

describe("examples/paitan-2023.xlsx end to end", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let input: string;
  let output: string;
  let json: JsonResult;
  let stdout: string;

  beforeAll(async () => {
    tmp = makeTempDir("zipin-e2e-");
    input = join(tmp.dir, "paitan-2023.xlsx");
    copyFileSync(EXAMPLE, input);
    const run = await runCli(["evaluate", "paitan-2023.xlsx", "--json", "r.json"], tmp.dir);
    if (run.code !== 0) throw new Error(`zipin exited ${run.code}: ${run.stderr}`);
    stdout = run.stdout;
    output = join(tmp.dir, "paitan-2023.evaluated.xlsx"); // the default name, beside IN
    json = JSON.parse(readFileSync(join(tmp.dir, "r.json"), "utf8")) as JsonResult;
  });
  afterAll(() => tmp.cleanup());

  it("leaves IN byte for byte as it was", () => {
    expect(readFileSync(input).equals(readFileSync(EXAMPLE))).toBe(true);
  });

  it("names the unit and year", () => {
    expect(json.schemaVersion).toBe(1);
    expect(json.entity).toBe("广州市增城区派潭镇人民政府");
    expect(json.year).toBe(2023);
    expect(json.unit).toBe("万元");
  });

  it("computes the execution rate 28,082.29 / 28,564.19 = 0.983129…", () => {
    // 28082.29 / 28564.19 = 0.98312922578935373…
    expect(line(json, "支出合计").executionRate).toBeCloseTo(0.9831292257893537, 14);
    expect(line(json, "收入合计").executionRate).toBeCloseTo(0.9831292257893537, 14);
  });

  it("recomputes every change of docs/rules.md §6, 项目支出 included (−64.82%, not the report's −54.82%)", () => {
    // (本年 − 上年) / 上年, 上年 = 本年 − stated change:
    const expected: [string, number, number][] = [
      // 22,096.43 − 32,943.62 = −10,847.19; / 32,943.62 = −0.3292652720…
      ["一般公共预算财政拨款补助收入", -10847.19, -0.3292652720010733],
      // 5,985.49 − 36,697.04 = −30,711.55; / 36,697.04 = −0.8368944743…
      ["政府性基金预算财政拨款补助收入", -30711.55, -0.8368944743227247],
      // 5,531.53 − 5,539.33 = −7.80; / 5,539.33 = −0.0014081125…
      ["基本支出", -7.8, -0.001408112533465239],
      // 22,550.76 − 64,101.33 = −41,550.57; / 64,101.33 = −0.6482013711…
      ["项目支出", -41550.57, -0.648201371172798],
    ];
    for (const [name, change, rate] of expected) {
      expect(line(json, name).change).toBeCloseTo(change, 10);
      expect(line(json, name).changeRate).toBeCloseTo(rate, 14);
    }
  });

  it("flags the 0.37万元 gap in the revenue total, and only there", () => {
    // 22,096.43 + 5,985.49 = 28,081.92 ≠ 28,082.29 (gap 0.37); 5,531.53 + 22,550.76 = 28,082.29 adds up.
    const mismatches = json.checks.filter((c) => c.code === "SUM_MISMATCH");
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]!.severity).toBe("warning");
    expect(mismatches[0]!.message).toContain("28,081.92万元");
    expect(mismatches[0]!.message).toContain("0.37万元");
    // The 收入合计 line is row 4 of 收支情况表.
    expect(mismatches[0]!.cell).toMatch(/^收支情况表![A-E]4$/);
  });

  it("scores 92 = 产出 42/50 (0.84) + 效益 50/50 (1.0), grade 优", () => {
    expect(json.totalScore).toBe(92);
    expect(json.grade).toBe("优");
    expect(json.budget?.executionScore).toBeNull(); // indicator weights add up to 100
    const table = json.indicatorTables[0]!;
    expect(table.total).toBe(92);
    expect(table.maxTotal).toBe(100);
    expect(table.categories.map((c) => [c.name, c.weight, c.score, c.completionRate])).toEqual([
      ["产出指标", 50, 42, 0.84],
      ["效益指标", 50, 50, 1],
    ]);
  });

  it("scores each indicator by the rules the example was designed with", () => {
    const table = json.indicatorTables[0]!;
    // Hand-computed in scripts/build-example.ts: 2/3 × 6 = 4; 92% × 10 = 9.2; 63% × 10 = 6.3;
    // 反向 (1 − 3/10) × 5 = 3.5; every other row full marks.
    expect(table.indicators.map((i) => [i.name, i.score])).toEqual(INDICATOR_ROWS.map((r) => [r.name, r.score]));
    expect(table.indicators.find((i) => i.name === "政务服务事项平均办结时间")?.direction).toBe("negative");
    expect(table.indicators.find((i) => i.name === "长效管理机制")?.direction).toBe("qualitative");
    // The evaluator's scores agree with the rules and every shortfall has a reason: no such checks.
    const codes = json.checks.map((c) => c.code);
    for (const code of ["STATED_SCORE_MISMATCH", "STATED_TOTAL_MISMATCH", "MISSING_DEVIATION_REASON", "OVERSHOOT", "WEIGHTS_TOTAL"]) {
      expect(codes).not.toContain(code);
    }
    expect(json.checks.filter((c) => c.severity === "error")).toEqual([]);
  });

  it("writes section (四) like the seed, with the 项目支出 decline corrected", () => {
    expectParagraphWith(json, "我镇本年收入合计28,082.29万元，为年度预算的98.31%");
    expectParagraphWith(
      json,
      "其中一般公共预算财政拨款补助收入22,096.43万元，较上年减少10,847.19万元，降幅32.93%；政府性基金预算财政拨款补助收入5,985.49万元，较上年减少30,711.55万元，降幅83.69%",
    );
    expectParagraphWith(json, "我镇本年支出合计28,082.29万元，为年度预算的98.31%");
    expectParagraphWith(json, "其中基本支出5,531.53万元，较上年减少7.80万元，降幅0.14%；项目支出22,550.76万元，较上年减少41,550.57万元，降幅64.82%");
    expect(JSON.stringify(json.narrative)).not.toContain("54.82%");
  });

  it("gives the score and category completion in the 自评结论 and carries the officer's narrative", () => {
    const all = json.narrative.flatMap((s) => s.paragraphs);
    const conclusion = all.find((p) => p.startsWith("经逐项评分"));
    expect(conclusion).toBeDefined();
    expect(conclusion).toContain("92分");
    // Each category's points with its 得分率 (42 ÷ 50), in the sentence after the score (R5).
    expect(conclusion).toContain("其中，产出指标得分42分（满分50分，得分率84.00%）");
    expect(conclusion).toMatch(/效益指标得分50分（满分50分，得分率100\.00%）/);
    expectParagraphWith(json, "10. 办理区委、区政府交给本镇的其他事项。"); // 部门职能
    expectParagraphWith(json, "我镇制定了绩效管理办法"); // 部门整体绩效管理情况
    expectParagraphWith(json, "有的绩效目标写得比较笼统"); // 存在的主要问题
    expectParagraphWith(json, "按月通报各项目支出进度"); // 下一步改进措施
  });

  it("prints the summary with score, grade and execution rate", () => {
    expect(stdout).toContain("单位：广州市增城区派潭镇人民政府");
    expect(stdout).toContain("自评得分：92分，等级：优");
    expect(stdout).toContain("预算执行率：98.31%");
    expect(stdout).toContain("输出工作簿：paitan-2023.evaluated.xlsx");
  });

  it("writes an output workbook with the input sheets unchanged and both output sheets", async () => {
    const before = await (await XlsxPort.open(EXAMPLE)).readGrid();
    const after = await (await XlsxPort.open(output)).readGrid();
    expect(after.sheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, OUTPUT_SHEET_NAMES.summary, OUTPUT_SHEET_NAMES.report, OUTPUT_SHEET_NAMES.trail]);
    expect(after.sheets.slice(0, 3)).toEqual(before.sheets);
    // Input styling that ExcelJS keeps survives too.
    const original = sheetOf(await reread(EXAMPLE), "收支情况表");
    const written = sheetOf(await reread(output), "收支情况表");
    for (const addr of ["A1", "A3", "D4", "E9"]) expect(written.getCell(addr).style).toEqual(original.getCell(addr).style);
  });

  it("copies every part of IN byte for byte except the four that register the new sheets", async () => {
    const before = await zipParts(readFileSync(EXAMPLE));
    const after = await zipParts(readFileSync(output));
    const registry = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];
    const changed = [...before].filter(([name, bytes]) => !registry.includes(name) && !after.get(name)?.equals(bytes)).map(([n]) => n);
    expect(changed).toEqual([]);
    expect(before.has("xl/worksheets/sheet3.xml")).toBe(true); // the input sheets are among the compared parts
  });

  it("writes text as text (numFmt @, never a formula) and formulas only where the plan has them", async () => {
    const grid = await (await XlsxPort.open(EXAMPLE)).readGrid();
    const result = runEngine(grid);
    if (!result.ok) throw new Error("the example must evaluate");
    const wb = await reread(output);
    for (const sheet of result.plan.sheets) expectSheetMatchesPlan(sheetOf(wb, sheet.name), sheet);
  });

  it("writes plain values and no formula with --values", async () => {
    const run = await runCli(["evaluate", "paitan-2023.xlsx", "-o", "values.xlsx", "--values"], tmp.dir);
    expect(run.code).toBe(0);
    const wb = await reread(join(tmp.dir, "values.xlsx"));
    for (const name of Object.values(OUTPUT_SHEET_NAMES)) {
      sheetOf(wb, name).eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    }
  });

  it("gives the same workbook and JSON when run again on its own output", async () => {
    const run = await runCli(["evaluate", "paitan-2023.evaluated.xlsx", "-o", "again.xlsx", "--json", "again.json"], tmp.dir);
    expect(run.code).toBe(0);
    const again = JSON.parse(readFileSync(join(tmp.dir, "again.json"), "utf8")) as JsonResult;
    expect(again).toEqual(json);
    // Byte for byte: the output sheets are replaced in place and the styles they need are already there.
    expect(readFileSync(join(tmp.dir, "again.xlsx")).equals(readFileSync(output))).toBe(true);
  });

  it("reports in English with --lang en", async () => {
    const run = await runCli(["evaluate", "paitan-2023.xlsx", "-o", "en.xlsx", "--json", "-", "--lang", "en"], tmp.dir);
    expect(run.code).toBe(0);
    const en = JSON.parse(run.stdout) as JsonResult;
    expect(en.totalScore).toBe(92);
    expect(en.checks.find((c) => c.code === "SUM_MISMATCH")?.message).toContain("add up to");
    expect(run.stderr).toContain("Self-evaluation score: 92, grade 优 (excellent)");
    expect(run.stderr).toContain("Budget execution rate: 98.31%");
  });
});

/** Every planned cell came out as planned: text as "@" strings, numbers as numbers, formulas as formulas. */
function expectSheetMatchesPlan(ws: ExcelJS.Worksheet, sheet: PlannedSheet): void {
  sheet.rows.forEach((cells, r) =>
    cells.forEach((planned, c) => {
      if (!planned) return;
      const cell = ws.getCell(r + 1, c + 1);
      const where = `${sheet.name}!R${r + 1}C${c + 1}`;
      if (planned.t === "text") {
        expect([where, cell.type, cell.value, cell.numFmt]).toEqual([where, ExcelJS.ValueType.String, planned.v, "@"]);
      } else if (planned.t === "number") {
        expect([where, cell.value]).toEqual([where, planned.v]);
      } else {
        expect([where, cell.type, cell.formula]).toEqual([where, ExcelJS.ValueType.Formula, planned.f.replace(/^=/, "")]);
      }
    }),
  );
}
