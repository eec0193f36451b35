/**
 * The command line's contract, run in-process. The engine is replaced by a fixed result here so
 * these tests pin the CLI's own behaviour (paths, exit codes, what is written when); the real
 * engine runs through the CLI in test/e2e.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { main, defaultOutputPath } from "../../src/node/cli";
import type { CliIO } from "../../src/node/cli";
import type { EngineOptions, EngineResult } from "../../src/engine";
import type { Grid } from "../../src/engine/grid";
import { D } from "../../src/engine/decimal";
import { DEFAULT_SETTINGS } from "../../src/engine/settings";
import type { Evaluation, Check } from "../../src/engine/evaluation";
import type { BudgetLine } from "../../src/engine/model";
import type { JsonResult } from "../../src/engine/json";
import { filesIn, makeTempDir, plannedSheet, reread, text } from "./helpers";

const mockRunEngine = jest.fn<EngineResult, [Grid, EngineOptions?]>();
jest.mock("../../src/engine", () => ({
  ...jest.requireActual<object>("../../src/engine"),
  runEngine: (grid: Grid, options?: EngineOptions) => mockRunEngine(grid, options),
}));

const CELL = { sheet: "收支表", row: 4, col: 0 };

const totalLine: BudgetLine = {
  name: "支出合计",
  section: "expenditure",
  kind: "total",
  parent: null,
  parentIndex: null,
  nameCell: CELL,
  initialBudget: null,
  budget: { value: D("28564.19"), cell: { ...CELL, col: 2 }, divisor: 1, numericCell: true },
  actual: { value: D("28082.29"), cell: { ...CELL, col: 3 }, divisor: 1, numericCell: true },
  priorYear: null,
};

const warning: Check = {
  code: "SUM_MISMATCH",
  severity: "warning",
  message: { zh: "“收入合计”全年执行数不等于组成项合计", en: "“收入合计” actual differs from its items" },
  cell: { sheet: "收支表", row: 3, col: 0 },
};

const evaluation: Evaluation = {
  entity: "广州市增城区派潭镇人民政府",
  year: 2023,
  selfReference: "我镇",
  settings: DEFAULT_SETTINGS,
  budget: {
    table: { sheet: "收支表", range: { top: 2, left: 0, bottom: 8, right: 4 }, headerRow: 2, columns: {}, sourceUnit: "万元", lines: [totalLine] },
    // 28,082.29 / 28,564.19 = 0.983129… → "98.31%"
    lines: [{ line: totalLine, executionRate: D("28082.29").div(D("28564.19")), change: null, changeRate: null, share: null }],
    headlineIndex: 0,
    executionScore: null,
  },
  indicatorTables: [],
  totalScore: D(92),
  grade: "优",
  checks: [warning],
  info: null,
  narrativeInputs: { functions: null, annualWork: null, goals: null, management: null, problems: null, measures: null },
};

const json: JsonResult = {
  schemaVersion: 1,
  entity: evaluation.entity,
  year: 2023,
  unit: "万元",
  budget: null,
  indicatorTables: [],
  totalScore: 92,
  grade: "优",
  gradeLabel: "优",
  gradeWords: { 优: "优", 良: "良", 中: "中", 差: "差" },
  checks: [{ code: "SUM_MISMATCH", severity: "warning", message: warning.message.zh, cell: "收支表!A4" }],
  narrative: [{ heading: "一、部门基本情况", paragraphs: ["我镇……"] }],
};

const okResult: EngineResult = {
  ok: true,
  detected: [],
  evaluation,
  report: [],
  plan: { sheets: [plannedSheet("绩效自评结果", [[text("自评得分"), { t: "number", v: 92 }]])] },
  json,
  lang: "zh",
};

const errorCheck: Check = {
  code: "INVALID_WEIGHT",
  severity: "error",
  message: { zh: "绩效指标表!G5 的分值“十”不是有效数字（指标“步道”）。", en: "Weight “十” in 绩效指标表!G5 is not a valid number (indicator “步道”)." },
  cell: { sheet: "绩效指标表", row: 4, col: 6 },
};
const failedResult: EngineResult = { ok: false, detected: [], errors: [errorCheck], checks: [errorCheck] };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function runCli(argv: string[], cwd: string): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {} };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

async function writeInput(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("收支表").getCell("A1").value = "项目";
  await wb.xlsx.writeFile(path);
}

describe("zipin (in-process)", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let input: string;
  beforeEach(async () => {
    tmp = makeTempDir();
    input = join(tmp.dir, "派潭.xlsx");
    await writeInput(input);
    mockRunEngine.mockReset();
    mockRunEngine.mockReturnValue(okResult);
  });
  afterEach(() => tmp.cleanup());

  it("names the default output IN.evaluated.xlsx beside IN", () => {
    expect(defaultOutputPath("/a/b/派潭.xlsx")).toBe("/a/b/派潭.evaluated.xlsx");
    expect(defaultOutputPath("/a/b/x.XLSX")).toBe("/a/b/x.evaluated.xlsx");
    expect(defaultOutputPath("/a/b/macro book.xlsm")).toBe("/a/b/macro book.evaluated.xlsm");
  });

  it("refuses an .xlsx output for an .xlsm input (exit 2): Excel will not open macros in an .xlsx", async () => {
    const r = await runCli(["evaluate", "宏.xlsm", "-o", "out.xlsx"], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("输出文件也须以 .xlsm 结尾：out.xlsx");
    expect(defaultOutputPath("/a/b/noext")).toBe("/a/b/noext.evaluated.xlsx");
  });

  it("evaluates: writes the default output, leaves IN alone, prints the zh summary", async () => {
    const before = readFileSync(input);
    const run = await runCli(["evaluate", "派潭.xlsx"], tmp.dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(filesIn(tmp.dir)).toEqual(["派潭.evaluated.xlsx", "派潭.xlsx"]);
    expect(readFileSync(input).equals(before)).toBe(true);
    const out = await reread(join(tmp.dir, "派潭.evaluated.xlsx"));
    expect(out.worksheets.map((w) => w.name)).toEqual(["收支表", "绩效自评结果"]);

    expect(run.stdout).toContain("单位：广州市增城区派潭镇人民政府");
    expect(run.stdout).toContain("年度：2023");
    expect(run.stdout).toContain("自评得分：92分，等级：优");
    expect(run.stdout).toContain("预算执行率：98.31%");
    expect(run.stdout).toContain("检查：0个错误，1个警告，0条提示");
    expect(run.stdout).toContain("收支表!A4  “收入合计”全年执行数不等于组成项合计");
    expect(run.stdout).toContain("输出工作簿：派潭.evaluated.xlsx");
    // No --lang and no --values: the workbook's own settings decide.
    expect(mockRunEngine.mock.calls[0]![1]).toEqual({ settings: {} });
  });

  it("speaks English with --lang en and passes the language and --values to the engine", async () => {
    const run = await runCli(["evaluate", input, "--lang", "en", "--values", "-o", "out.xlsx"], tmp.dir);
    expect(run.code).toBe(0);
    expect(mockRunEngine.mock.calls[0]![1]).toEqual({ settings: { lang: "en", writeFormulas: false } });
    expect(run.stdout).toContain("Entity: 广州市增城区派潭镇人民政府");
    expect(run.stdout).toContain("Self-evaluation score: 92, grade 优 (excellent)");
    expect(run.stdout).toContain("Budget execution rate: 98.31%");
    expect(run.stdout).toContain("Checks: 0 error(s), 1 warning(s), 0 note(s)");
    expect(run.stdout).toContain("收支表!A4  “收入合计” actual differs from its items");
    expect(run.stdout).toContain("Output workbook: out.xlsx");
    expect(existsSync(join(tmp.dir, "out.xlsx"))).toBe(true);
  });

  it("writes the JSON result pretty-printed in UTF-8", async () => {
    const run = await runCli(["evaluate", input, "--json", "r.json"], tmp.dir);
    expect(run.code).toBe(0);
    const written = readFileSync(join(tmp.dir, "r.json"), "utf8");
    expect(JSON.parse(written)).toEqual(json);
    expect(written).toBe(`${JSON.stringify(json, null, 2)}\n`);
    expect(written).toContain("广州市增城区派潭镇人民政府"); // not \u-escaped
    expect(run.stdout).toContain("JSON 结果：r.json");
  });

  it("prints the JSON on stdout with --json - and moves the summary to stderr", async () => {
    const run = await runCli(["evaluate", input, "--json", "-"], tmp.dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(json);
    expect(run.stderr).toContain("自评得分：92分");
    expect(run.stderr).toContain("JSON 结果：标准输出");
  });

  it("overwrites IN only when -o names it", async () => {
    const run = await runCli(["evaluate", input, "-o", input], tmp.dir);
    expect(run.code).toBe(0);
    expect(filesIn(tmp.dir)).toEqual(["派潭.xlsx"]);
    expect((await reread(input)).worksheets.map((w) => w.name)).toEqual(["收支表", "绩效自评结果"]);
  });

  it("refuses --json naming the input or the output (usage error, nothing written)", async () => {
    const before = readFileSync(input);
    const a = await runCli(["evaluate", input, "--json", "派潭.xlsx"], tmp.dir);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("--json 不能指向输入文件");
    const b = await runCli(["evaluate", input, "-o", "o.xlsx", "--json", "o.xlsx"], tmp.dir);
    expect(b.code).toBe(2);
    expect(filesIn(tmp.dir)).toEqual(["派潭.xlsx"]);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(mockRunEngine).not.toHaveBeenCalled();
  });

  it("writes neither the workbook nor the JSON when one of them cannot be written", async () => {
    const run = await runCli(["evaluate", input, "--json", join("no-such-folder", "r.json")], tmp.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`zipin: 无法写入 ${join("no-such-folder", "r.json")}（ENOENT）。\n未写出任何文件。\n`);
    expect(filesIn(tmp.dir)).toEqual(["派潭.xlsx"]);
    const en = await runCli(["evaluate", input, "-o", join("gone", "o.xlsx"), "--json", "r.json", "--lang", "en"], tmp.dir);
    expect(en.code).toBe(1);
    expect(en.stderr).toBe(`zipin: Cannot write ${join("gone", "o.xlsx")} (ENOENT).\nNo file was written.\n`);
    expect(filesIn(tmp.dir)).toEqual(["派潭.xlsx"]);
  });

  it("exits 1 listing each error with its cell, and writes nothing", async () => {
    mockRunEngine.mockReturnValue(failedResult);
    const run = await runCli(["evaluate", input, "--json", "r.json"], tmp.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")).toEqual([
      "无法评价 派潭.xlsx：发现 1 个错误。",
      "  绩效指标表!G5  绩效指标表!G5 的分值“十”不是有效数字（指标“步道”）。",
      "未写出任何文件。",
      "",
    ]);
    expect(filesIn(tmp.dir)).toEqual(["派潭.xlsx"]);

    const en = await runCli(["evaluate", input, "--lang", "en"], tmp.dir);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain("Cannot evaluate 派潭.xlsx: 1 error(s) found.");
    expect(en.stderr).toContain("  绩效指标表!G5  Weight “十” in 绩效指标表!G5 is not a valid number");
    expect(en.stderr).toContain("No file was written.");
    expect(filesIn(tmp.dir)).toEqual(["派潭.xlsx"]);
  });

  it("exits 1 with a clear message for a missing or non-xlsx input, without a stack trace", async () => {
    const missing = await runCli(["evaluate", "没有.xlsx"], tmp.dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("找不到输入文件：没有.xlsx");
    const missingEn = await runCli(["evaluate", "没有.xlsx", "--lang", "en"], tmp.dir);
    expect(missingEn.stderr).toContain("Input file not found: 没有.xlsx");

    writeFileSync(join(tmp.dir, "table.xlsx"), "项目,执行数\n支出合计,1\n");
    const csv = await runCli(["evaluate", "table.xlsx"], tmp.dir);
    expect(csv.code).toBe(1);
    expect(csv.stderr).toContain("table.xlsx 不是有效的 .xlsx 工作簿");
    mkdirSync(join(tmp.dir, "文件夹.xlsx"));
    const folder = await runCli(["evaluate", "文件夹.xlsx"], tmp.dir);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain("文件夹.xlsx 是文件夹，不是工作簿文件");
    rmdirSync(join(tmp.dir, "文件夹.xlsx"));
    for (const run of [missing, missingEn, csv, folder]) expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(filesIn(tmp.dir)).toEqual(["table.xlsx", "派潭.xlsx"]);
    expect(mockRunEngine).not.toHaveBeenCalled();
  });

  it("exits 2 with a usage hint on usage errors, in the chosen language", async () => {
    const unknown = await runCli(["evaluate", input, "--frobnicate"], tmp.dir);
    expect(unknown).toEqual({ code: 2, stdout: "", stderr: "zipin: 未知选项：--frobnicate\n运行 zipin evaluate --help 查看用法。\n" });
    const missingArg = await runCli(["evaluate", "--lang", "en"], tmp.dir);
    expect(missingArg.code).toBe(2);
    expect(missingArg.stderr).toBe("zipin: Missing input file: zipin evaluate IN.xlsx\nRun zipin evaluate --help for usage.\n");
    const noCommand = await runCli(["nonsense"], tmp.dir);
    expect(noCommand.code).toBe(2);
    expect(noCommand.stderr).toContain("运行 zipin --help 查看用法。");
    const none = await runCli([], tmp.dir);
    expect(none.code).toBe(2);
    expect(filesIn(tmp.dir)).toEqual(["派潭.xlsx"]);
  });

  it("prints help and version on stdout with exit 0", async () => {
    const help = await runCli(["--help"], tmp.dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("zipin evaluate 输入.xlsx");
    expect(help.stdout).toContain("zipin template");
    const helpEn = await runCli(["--help", "--lang", "en"], tmp.dir);
    expect(helpEn.stdout).toContain("Exit codes: 0 success");
    const evalHelp = await runCli(["evaluate", "--help"], tmp.dir);
    expect(evalHelp.stdout).toContain("--json 文件.json");
    expect(evalHelp.stdout).toContain("--values");
    const version = await runCli(["--version"], tmp.dir);
    expect(version).toEqual({ code: 0, stdout: `${(JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version}\n`, stderr: "" });
  });

  it("reports an unexpected engine failure as an internal error, exit 1, nothing written", async () => {
    mockRunEngine.mockImplementation(() => {
      throw new Error("boom");
    });
    const run = await runCli(["evaluate", input], tmp.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("内部错误：boom");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(filesIn(tmp.dir)).toEqual(["派潭.xlsx"]);
  });
});

describe("zipin template (in-process)", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (tmp = makeTempDir()));
  afterEach(() => tmp.cleanup());

  it("writes zipin-template.xlsx, refuses to overwrite it, and overwrites with --force", async () => {
    const first = await runCli(["template"], tmp.dir);
    expect(first).toEqual({ code: 0, stdout: "已生成模板：zipin-template.xlsx\n", stderr: "" });
    const path = join(tmp.dir, "zipin-template.xlsx");
    const names = (await reread(path)).worksheets.map((w) => w.name);
    expect(names).toEqual(["基本信息", "收支情况表", "绩效指标表"]);

    writeFileSync(path, "mine");
    const again = await runCli(["template"], tmp.dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("文件已存在：zipin-template.xlsx。如需覆盖，请加 --force。");
    expect(readFileSync(path, "utf8")).toBe("mine");

    const forced = await runCli(["template", "--force", "--lang", "en", "-o", "zipin-template.xlsx"], tmp.dir);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toBe("Template written: zipin-template.xlsx\n");
    expect((await reread(path)).worksheets.map((w) => w.name)).toEqual(names);
  });
});
