/**
 * Issue 8, items 10–16: packages rebuilt from the bundled example that once made the reader
 * expand, crash or misread, each run through the same path as the command line.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { main } from "../../src/node/cli";
import type { CliIO } from "../../src/node/cli";
import { runEngine } from "../../src/engine";
import { mergeReader } from "../../src/engine/detect/merges";
import type { Grid } from "../../src/engine/grid";
import { XlsxPort } from "../../src/node/xlsx-port";
import { decodeXstring } from "../../src/node/xlsx-splice/escape";
import { XlsxPackage } from "../../src/node/xlsx-splice/package";
import { readSheets } from "../../src/node/xlsx-splice/workbook-xml";
import {
  EXAMPLE_SHEETS,
  exampleBytes,
  mutated,
  relocated,
  withManyParts,
  withMerges,
  withoutPart,
  withRawSheetName,
  withTextCell,
} from "../fuzz/package-families";
import { makeTempDir, zipParts, partText } from "./helpers";

const [INFO, BUDGET, INDICATORS] = EXAMPLE_SHEETS;

async function portOf(bytes: Buffer): Promise<XlsxPort> {
  const { dir, cleanup } = makeTempDir();
  try {
    const path = join(dir, "in.xlsx");
    writeFileSync(path, bytes);
    return await XlsxPort.open(path);
  } finally {
    cleanup();
  }
}

/** Cells per sheet, to compare a grid with the example's. */
const shape = (grid: Grid) => grid.sheets.map((s) => ({ name: s.name, rows: s.cells.length, cells: s.cells.flat().length }));

async function cli(bytes: Buffer, ...args: string[]): Promise<{ code: number; out: string; err: string; dir: string; cleanup: () => void }> {
  const { dir, cleanup } = makeTempDir();
  writeFileSync(join(dir, "in.xlsx"), bytes);
  let out = "";
  let err = "";
  const io: CliIO = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir };
  const code = await main(["evaluate", "in.xlsx", ...args], io);
  return { code, out, err, dir, cleanup };
}

let exampleGrid: Grid;
beforeAll(async () => {
  exampleGrid = await (await portOf(exampleBytes())).readGrid();
});

describe("item 10: merges cost by their count, not their area", () => {
  it("reads merges over the rest of a sheet as four numbers each, with the used range unchanged", async () => {
    const bytes = await mutated(exampleBytes(), withMerges(INFO.part, ["J1:XFD1048576"]), withMerges(BUDGET.part, ["J1:Z200000"]));
    const grid = await (await portOf(bytes)).readGrid();
    expect(shape(grid)).toEqual(shape(exampleGrid));
    expect(grid.sheets[0]!.merges).toEqual([{ top: 0, left: 9, bottom: 1048575, right: 16383 }]);
    expect(grid.sheets[1]!.merges).toContainEqual({ top: 0, left: 9, bottom: 199999, right: 25 });
    // The engine reads it as it reads the example: the same score.
    const a = runEngine(grid);
    const b = runEngine(exampleGrid);
    expect(a.ok && b.ok && a.evaluation.totalScore?.toString()).toBe(b.ok && b.evaluation.totalScore?.toString());
  });

  it("the engine reads rows only as wide as the widest row, whatever the merges' width", () => {
    const reader = mergeReader({ name: "s", cells: [["a", "b", "c"], ["d"]], merges: [{ top: 0, left: 1, bottom: 1_048_575, right: 16_383 }] });
    expect(reader.mergedWidth(0)).toBe(3);
    expect(reader.mergedWidth(1)).toBe(3);
    expect(reader.resolved(1, 2)).toBe("b");
  });

  it("still reads a value under an ordinary merge at its top-left cell only", async () => {
    // 绩效指标表 A3:A12 holds 产出指标 in A3; a covered cell given a value of its own reads blank.
    const bytes = await mutated(exampleBytes(), async (zip) => {
      const xml = await zip.file(INDICATORS.part)!.async("string");
      zip.file(INDICATORS.part, xml.replace(/<c r="A4"[^>]*\/>/, '<c r="A4" t="inlineStr"><is><t>藏在合并里</t></is></c>'));
    });
    const grid = await (await portOf(bytes)).readGrid();
    const sheet = grid.sheets[2]!;
    expect(sheet.cells[3]![0]).toBeNull();
    expect(sheet.cells[2]![0]).toBe(exampleGrid.sheets[2]!.cells[2]![0]);
  });
});

describe("item 11: a package without its registry parts is reported as damaged", () => {
  it.each(["[Content_Types].xml", "_rels/.rels"])("without %s: a clear message in Chinese, exit 1, nothing written", async (part) => {
    const run = await cli(await mutated(exampleBytes(), withoutPart(part)));
    try {
      expect(run.code).toBe(1);
      expect(run.err).toContain("已损坏");
      expect(run.err).toContain(part);
      expect(run.err).toContain("Excel 或 WPS 打开");
      expect(run.err).not.toContain("内部错误");
      expect(run.err).toContain("未写出任何文件");
    } finally {
      run.cleanup();
    }
  });

  it("says it in English with --lang en", async () => {
    const run = await cli(await mutated(exampleBytes(), withoutPart("[Content_Types].xml")), "--lang", "en");
    try {
      expect(run.code).toBe(1);
      expect(run.err).toContain("is damaged");
      expect(run.err).toContain("Open the file in Excel or WPS and save it once");
      expect(run.err).not.toMatch(/internal/i);
    } finally {
      run.cleanup();
    }
  });

  it("a zip that is no workbook at all stays “not an .xlsx”", async () => {
    const zip = new JSZip();
    zip.file("photo.txt", "x");
    const run = await cli(await zip.generateAsync({ type: "nodebuffer" }));
    try {
      expect(run.code).toBe(1);
      expect(run.err).toContain("不是有效的 .xlsx 工作簿");
    } finally {
      run.cleanup();
    }
  });
});

describe("item 12: part lookups do not grow with the number of parts", () => {
  // What this costs is measured by `npm run fuzz` (the "many parts" family), not here: this
  // checks that such a workbook goes through and loses nothing.
  it("evaluates a workbook listing 20,000 images and keeps every one", async () => {
    const bytes = await mutated(exampleBytes(), withManyParts(20_000));
    const port = await portOf(bytes);
    const result = runEngine(await port.readGrid());
    if (!result.ok) throw new Error("the example must evaluate");
    await port.applyPlan(result.plan);
    const out = await JSZip.loadAsync(await port.packageBytes());
    expect(out.file("xl/media/image20000.png")).not.toBeNull();
    expect(Object.keys(out.files).filter((n) => n.startsWith("xl/media/") && !out.files[n]!.dir).length).toBe(20_000);
  }, 90_000);

  it("finds a part whatever the case of its name, after puts and removes", async () => {
    const pkg = await XlsxPackage.load(exampleBytes());
    expect(pkg.has("XL/Worksheets/Sheet1.XML")).toBe(true);
    pkg.put("xl/New.xml", "<a/>");
    expect(await pkg.textOrNull("XL/NEW.XML")).toBe("<a/>");
    pkg.remove("xl/new.XML");
    expect(pkg.has("xl/New.xml")).toBe(false);
  });
});

describe("item 13: a cell's text is read up to Excel's 32,767-character limit", () => {
  it.each(["inline", "shared", "rich"] as const)("a 5,000,000-character %s cell is cut and named", async (how) => {
    const bytes = await mutated(exampleBytes(), withTextCell(INFO.part, 40, "长".repeat(5_000_000), how));
    const port = await portOf(bytes);
    const grid = await port.readGrid();
    expect(grid.sheets[0]!.cells[39]![0]).toBe("长".repeat(32_767));
    expect(port.readNotes).toEqual([{ kind: "textCut", cell: { sheet: INFO.name, row: 39, col: 0 } }]);
  }, 90_000);

  it("the command line names the cell", async () => {
    const run = await cli(await mutated(exampleBytes(), withTextCell(INFO.part, 40, "x".repeat(40_000))));
    try {
      expect(run.code).toBe(0);
      expect(run.err).toContain("基本信息!A40 的文字超过 Excel 单元格上限 32767 个字符");
    } finally {
      run.cleanup();
    }
  });

  it("text at the limit is read whole, with no note", async () => {
    const port = await portOf(await mutated(exampleBytes(), withTextCell(INFO.part, 40, "a&b".repeat(10_922) + "z", "shared")));
    const grid = await port.readGrid();
    expect(grid.sheets[0]!.cells[39]![0]).toBe("a&b".repeat(10_922) + "z");
    expect(port.readNotes).toEqual([]);
  });
});

describe("item 15: parts wherever relationships put them", () => {
  const layouts: [string, Record<string, string>, "relative" | "absolute" | "parent"][] = [
    ["shared strings at another name", { "xl/sharedStrings.xml": "xl/strings/shared-text.xml" }, "relative"],
    ["absolute targets", {}, "absolute"],
    ["targets going up (../xl/…)", {}, "parent"],
    [
      "everything moved, absolute",
      {
        "xl/workbook.xml": "book/main.xml",
        "xl/sharedStrings.xml": "text/strings.xml",
        "xl/worksheets/sheet1.xml": "tabs/a.xml",
        "xl/worksheets/sheet2.xml": "tabs/deeper/b.xml",
        "xl/styles.xml": "book/look/styles.xml",
      },
      "absolute",
    ],
    [
      "everything moved, relative with ../",
      {
        "xl/workbook.xml": "book/main.xml",
        "xl/sharedStrings.xml": "text/strings.xml",
        "xl/worksheets/sheet3.xml": "tabs/c.xml",
      },
      "relative",
    ],
  ];

  it.each(layouts)("%s: read as the example is, and written back readable", async (_label, moves, style) => {
    const bytes = await mutated(exampleBytes(), relocated(moves, style));
    const port = await portOf(bytes);
    const grid = await port.readGrid();
    expect(grid).toEqual(exampleGrid);
    const result = runEngine(grid);
    if (!result.ok) throw new Error("must evaluate");
    await port.applyPlan(result.plan);
    const again = await (await portOf(await port.packageBytes())).readGrid();
    expect(again.sheets.slice(0, 3)).toEqual(exampleGrid.sheets);
    expect(again.sheets.length).toBe(3 + result.plan.sheets.length);
  });
});

describe("item 16: sheet names holding _xHHHH_ escapes", () => {
  /** Sheet names every formula of our sheets points at, decoded as Excel reads <f>. */
  async function formulaSheetNames(bytes: Buffer): Promise<string[]> {
    const parts = await zipParts(bytes);
    const tabs = readSheets(partText(parts, "xl/workbook.xml"));
    const rels = partText(parts, "xl/_rels/workbook.xml.rels");
    const names = new Set<string>();
    for (const tab of tabs.slice(3)) {
      const target = new RegExp(`Id="${tab.relId}"[^>]*Target="([^"]*)"`).exec(rels)![1]!;
      const xml = partText(parts, `xl/${target}`);
      for (const f of xml.matchAll(/<f>([^<]*)<\/f>/g)) {
        const formula = decodeXstring(f[1]!.replace(/&amp;/g, "&"));
        for (const ref of formula.matchAll(/(?:'((?:[^']|'')+)'|([^\s'!(),=+*/-]+))!/g)) names.add(ref[1] ? ref[1].replace(/''/g, "'") : ref[2]!);
      }
    }
    return [...names];
  }

  it.each([
    ["an escape Excel decodes", "收支_x0041_表", "收支A表"],
    ["an escaped underscore", "收支_x005F_x0041_表", "收支_x0041_表"],
  ])("%s: the grid has Excel's name and our formulas point at it", async (_label, raw, shown) => {
    const port = await portOf(await mutated(exampleBytes(), withRawSheetName(1, raw)));
    const grid = await port.readGrid();
    expect(grid.sheets[1]!.name).toBe(shown);
    const result = runEngine(grid);
    if (!result.ok) throw new Error("must evaluate");
    await port.applyPlan(result.plan);
    const out = await port.packageBytes();
    const pointed = await formulaSheetNames(out);
    expect(pointed).toContain(shown);
    const tabNames = readSheets(partText(await zipParts(out), "xl/workbook.xml")).map((t) => t.name);
    for (const name of pointed) expect(tabNames).toContain(name);
    // The input's own entry is written back exactly as it was.
    expect(partText(await zipParts(out), "xl/workbook.xml")).toContain(`name="${raw}"`);
  });
});
