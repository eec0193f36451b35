/**
 * `zipin evaluate FOLDER/`, in-process (one file at a time, as --jobs 1 runs) with the real
 * engine, over copies of the bundled example whose figures differ per unit
 * (scripts/unit-workbooks.ts), plus a damaged file, a password-protected one and a workbook the
 * engine rejects. Every figure asserted below is worked out by hand in the comments.
 */
import { existsSync, mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { main } from "../../../src/node/cli";
import type { CliIO } from "../../../src/node/cli";
import { writeUnitWorkbooks } from "../../../scripts/unit-workbooks";
import { filesIn, makeTempDir, reread, sheetOf } from "../helpers";

jest.setTimeout(60_000);

function capture(cwd: string): { io: CliIO; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return { io: { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd }, out: () => out, err: () => err };
}

/** The header row and data rows of a sheet, as plain values (a hyperlink as its text and target). */
function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("zipin evaluate FOLDER/", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeAll(async () => {
    tmp = makeTempDir();
    const units = join(tmp.dir, "units");
    // Units 0..4: 派潭镇人民政府, 小楼镇人民政府, 正果镇人民政府, 中新镇人民政府, 石滩镇人民政府.
    await writeUnitWorkbooks(units, 5, { corrupt: true });
    // An encrypted workbook is an OLE compound file; its first 8 bytes say so.
    writeFileSync(join(units, "加密的单位.xlsx"), Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]));
    const odd = new ExcelJS.Workbook();
    odd.addWorksheet("杂项").addRow(["你好"]);
    await odd.xlsx.writeFile(join(units, "杂项.xlsx"));
    // Not inputs: an earlier output, an Excel lock file, a text file.
    writeFileSync(join(units, "旧.evaluated.xlsx"), "old");
    writeFileSync(join(units, "~$单位01.xlsx"), "lock");
    writeFileSync(join(units, "说明.txt"), "notes");
  });
  afterAll(() => tmp.cleanup());

  it("evaluates every unit, names the files it could not, writes the summary, exits 1", async () => {
    const c = capture(tmp.dir);
    const code = await main(["evaluate", "units/", "-o", "out/", "--summary", "汇总.xlsx", "--jobs", "1"], c.io);
    expect(code).toBe(1);
    expect(c.err()).toBe("");
    const lines = c.out().trimEnd().split("\n");
    // One line per file as it finishes (not a terminal), then the closing lines.
    // In code-point order of the paths (加 U+52A0 before 单 U+5355).
    expect(lines.slice(0, 8)).toEqual([
      "✗ units/加密的单位.xlsx：工作簿受密码保护（已加密），请在 Excel 中取消密码后重试",
      "✓ units/单位01.xlsx  派潭镇人民政府  90.80分 优",
      "✓ units/单位02.xlsx  小楼镇人民政府  90.90分 优",
      "✓ units/单位03.xlsx  正果镇人民政府  91.00分 优",
      "✓ units/单位04.xlsx  中新镇人民政府  91.10分 优",
      "✓ units/单位05.xlsx  石滩镇人民政府  91.20分 优",
      "✗ units/损坏的单位.xlsx：不是有效的 .xlsx 工作簿（文件损坏或并非 Excel 工作簿）",
      expect.stringMatching(/^✗ units\/杂项\.xlsx：发现 \d+ 个错误：/),
    ]);
    expect(lines[8]).toBe("已评价 5 个工作簿，3 个无法评价：");
    expect(lines.slice(9, 12).map((l) => l.split(":")[0])).toEqual(["  units/加密的单位.xlsx", "  units/损坏的单位.xlsx", "  units/杂项.xlsx"]);
    expect(lines[12]).toBe("汇总工作簿：汇总.xlsx");

    // Outputs only for the evaluated files, and no temp file left anywhere.
    expect(filesIn(join(tmp.dir, "out"))).toEqual([1, 2, 3, 4, 5].map((n) => `单位0${n}.evaluated.xlsx`));
    expect(filesIn(tmp.dir)).toEqual(["out", "units", "汇总.xlsx"]);
  });

  it("fills the summary's three sheets with the figures worked out by hand", async () => {
    const wb = await reread(join(tmp.dir, "汇总.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "检查明细", "未能评价"]);

    const files = sheetOf(wb, "汇总");
    const rows = rowsOf(files);
    expect(rows[0]).toEqual(["单位", "年度", "表式", "自评得分", "等级", "预算执行率", "错误数", "警告数", "最常见的检查", "输入文件", "输出文件"]);
    // Sorted by unit in pinyin order (pai, shi, xiao, zheng, zhong); the rejected file, with no unit, last.
    expect(rows.slice(1).map((r) => r[0] ?? null)).toEqual(["派潭镇人民政府", "石滩镇人民政府", "小楼镇人民政府", "正果镇人民政府", "中新镇人民政府", null]);
    // Unit 4 (石滩镇): water quality 84 % of a ≥100 % target scores 10 × 0.84 = 8.4 in place of the
    // example's 9.2, so 92 − 0.8 = 91.20. Project spending 22,550.76 − round(2,255,076 分 × 4 ‰) =
    // 22,550.76 − 90.20 = 22,460.56, so 支出合计 5,531.53 + 22,460.56 = 27,992.09 of 28,564.19.
    const shitan = rows[2]!;
    expect(shitan.slice(0, 5)).toEqual(["石滩镇人民政府", 2023, "部门整体", 91.2, "优"]);
    expect(shitan[5] as number).toBeCloseTo(27_992.09 / 28_564.19, 12);
    // Three warnings, once each: the example's 收入合计 (items sum to 28,081.92, not 28,082.29),
    // the stated 9.2 for water quality, and the stated total 92; ties are listed by code.
    expect(shitan.slice(6, 10)).toEqual([0, 3, "STATED_SCORE_MISMATCH, STATED_TOTAL_MISMATCH, SUM_MISMATCH", "units/单位05.xlsx"]);
    expect(shitan[10]).toEqual({ text: "out/单位05.evaluated.xlsx", hyperlink: "out/单位05.evaluated.xlsx" });
    // Unit 0 (派潭镇): water 80 % → 8.0, so 92 − 1.2 = 90.80; spending as in the example, 28,082.29.
    expect(rows[1]!.slice(3, 5)).toEqual([90.8, "优"]);
    expect(rows[1]![5] as number).toBeCloseTo(28_082.29 / 28_564.19, 12);
    const rejected = rows[6]!;
    expect(rejected[6]).toBeGreaterThan(0);
    expect(rejected[9]).toBe("units/杂项.xlsx");
    expect(rejected[10]).toBe("（未写出）");
    expect(files.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(files.autoFilter).toEqual("A1:K7");

    const checks = rowsOf(sheetOf(wb, "检查明细"));
    expect(checks[0]).toEqual(["文件", "单位", "单元格", "代码", "级别", "说明"]);
    expect(checks).toContainEqual([
      "units/单位05.xlsx",
      "石滩镇人民政府",
      "绩效指标表!H9",
      "STATED_SCORE_MISMATCH",
      "警告",
      "指标“国考断面水质达标率”填报得分9.2分，按评分规则应为8.4分。",
    ]);
    // 5 units × 3 warnings, then the rejected workbook's own checks.
    expect(checks.filter((r) => r[1] !== undefined && r[0] !== "文件")).toHaveLength(15);
    expect(checks.slice(16).every((r) => r[0] === "units/杂项.xlsx")).toBe(true);

    const failures = rowsOf(sheetOf(wb, "未能评价"));
    expect(failures.map((r) => r[0])).toEqual(["文件", "units/加密的单位.xlsx", "units/损坏的单位.xlsx", "units/杂项.xlsx"]);
    expect(failures[1]![1]).toContain("受密码保护");
  });

  it("exits 0 when every file is evaluated; outputs beside the inputs without -o", async () => {
    const only = join(tmp.dir, "only");
    await writeUnitWorkbooks(only, 2);
    const c = capture(tmp.dir);
    expect(await main(["evaluate", "only", "--lang", "en", "--jobs", "1"], c.io)).toBe(0);
    expect(c.out().trimEnd().split("\n").pop()).toBe("Evaluated all 2 workbook(s).");
    expect(filesIn(only)).toEqual(["单位01.evaluated.xlsx", "单位01.xlsx", "单位02.evaluated.xlsx", "单位02.xlsx"]);
    // A second run leaves the earlier outputs alone as inputs.
    expect(await main(["evaluate", "only", "--jobs", "1"], capture(tmp.dir).io)).toBe(0);
  });

  it("looks in subfolders with -r, mirroring them under -o", async () => {
    const tree = join(tmp.dir, "tree");
    await writeUnitWorkbooks(join(tree, "a"), 1);
    const c = capture(tmp.dir);
    expect(await main(["evaluate", "tree", "-o", "tree-out", "--jobs", "1"], c.io)).toBe(1);
    expect(c.err()).toContain("没有 .xlsx / .xlsm 工作簿（要包括子文件夹请加 -r）");
    expect(await main(["evaluate", "tree", "-o", "tree-out", "-r", "--jobs", "1"], capture(tmp.dir).io)).toBe(0);
    expect(existsSync(join(tmp.dir, "tree-out", "a", "单位01.evaluated.xlsx"))).toBe(true);
  });

  it("writes the batch JSON result (kind: batch) with each file's single-file result", async () => {
    const c = capture(tmp.dir);
    expect(await main(["evaluate", "units", "-o", "json-out", "--json", "-", "--jobs", "1"], c.io)).toBe(1);
    const json = JSON.parse(c.out()) as {
      kind: string;
      evaluated: number;
      notEvaluated: number;
      files: { input: string; status: string; output: string | null; result: { totalScore: number } | null }[];
    };
    expect(json).toMatchObject({ schemaVersion: 1, kind: "batch", evaluated: 5, notEvaluated: 3, summary: null });
    expect(json.files.map((f) => [f.input, f.status])).toEqual([
      ["units/加密的单位.xlsx", "unreadable"],
      ["units/单位01.xlsx", "evaluated"],
      ["units/单位02.xlsx", "evaluated"],
      ["units/单位03.xlsx", "evaluated"],
      ["units/单位04.xlsx", "evaluated"],
      ["units/单位05.xlsx", "evaluated"],
      ["units/损坏的单位.xlsx", "unreadable"],
      ["units/杂项.xlsx", "rejected"],
    ]);
    expect(json.files[1]).toMatchObject({ output: "json-out/单位01.evaluated.xlsx", result: { totalScore: 90.8 } });
    // The human lines moved to stderr.
    expect(c.err()).toContain("已评价 5 个工作簿，3 个无法评价");
  });

  it("rejects folder-only options on a file, and a file as the output folder, with exit 2", async () => {
    mkdirSync(join(tmp.dir, "usage"), { recursive: true });
    writeFileSync(join(tmp.dir, "usage", "taken"), "x");
    const single = capture(tmp.dir);
    expect(await main(["evaluate", "units/单位01.xlsx", "--summary", "s.xlsx"], single.io)).toBe(2);
    expect(single.err()).toBe("zipin: --summary 只用于评价整个文件夹（zipin evaluate 文件夹/ …）。\n运行 zipin evaluate --help 查看用法。\n");
    const outFile = capture(tmp.dir);
    expect(await main(["evaluate", "units", "-o", "usage/taken"], outFile.io)).toBe(2);
    expect(outFile.err()).toContain("-o 须是文件夹");
    expect(await main(["evaluate", "units", "--jobs", "0"], capture(tmp.dir).io)).toBe(2);
  });
});
