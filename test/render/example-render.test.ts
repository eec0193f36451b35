/**
 * The bundled example's output workbook and Word report, rendered by LibreOffice to PDF and read
 * back with poppler: A4 pages, every report paragraph complete (its last characters found),
 * no word beyond the page edge, the summary on A4 portrait at a scale that keeps its body at 9 pt
 * or more, every indicator and 偏差原因 complete, and the summary's three charts drawn.
 */
import { copyFileSync } from "fs";
import { join, resolve } from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/node/cli";
import type { CliIO } from "../../src/node/cli";
import { runEngine, OUTPUT_SHEET_NAMES } from "../../src/engine";
import type { JsonResult } from "../../src/engine";
import type { IndicatorResult } from "../../src/engine/evaluation";
import { XlsxPort } from "../../src/node/xlsx-port";
import { readFileSync } from "fs";
import { makeTempDir } from "../node/helpers";
import { describeWithLibreOffice, isA4, readPdf, toPdf, withoutSpaces } from "./libreoffice";
import type { PdfPage } from "./libreoffice";

const EXAMPLE = resolve(__dirname, "..", "..", "examples", "paitan-2023.xlsx");
/** Characters at a paragraph's end that must appear in the PDF: enough to be specific. */
const TAIL = 8;
/**
 * The summary printed on 9 landscape pages at 85 % before its indicator table was split (15
 * printed columns, each long 偏差原因 wrapping in an 18-unit column); tables and charts now take 4:
 * key figures and budget, the indicator table kept whole with its 偏差原因, the checks, the charts.
 */
const MAX_SUMMARY_PAGES = 4;
const SUMMARY_TITLE = "2023年度绩效自评结果";

function paragraphs(json: JsonResult): string[] {
  return json.narrative.flatMap((s) => s.paragraphs.flatMap((p) => p.split("\n"))).filter((p) => p.trim() !== "");
}

function missingTails(pages: PdfPage[], texts: string[]): string[] {
  const all = withoutSpaces(pages.map((p) => p.text).join(""));
  return texts.map((t) => withoutSpaces(t).slice(-TAIL)).filter((tail) => !all.includes(tail));
}

function wordsBeyondEdge(pages: PdfPage[]): string[] {
  return pages.flatMap((p, i) =>
    p.words.filter((w) => w.xMin < 0 || w.yMin < 0 || w.xMax > p.width + 0.5 || w.yMax > p.height + 0.5).map((w) => `page ${i + 1}: ${w.text}`),
  );
}

describeWithLibreOffice("the example rendered by LibreOffice", () => {
  jest.setTimeout(300_000);
  let tmp: ReturnType<typeof makeTempDir>;
  let json: JsonResult;
  let docxPages: PdfPage[];
  let workbookPages: PdfPage[];
  let indicators: IndicatorResult[];
  let budgetLines: string[];
  let written: ExcelJS.Workbook;

  beforeAll(async () => {
    tmp = makeTempDir("zipin-render-");
    copyFileSync(EXAMPLE, join(tmp.dir, "in.xlsx"));
    const io: CliIO = { stdout: () => undefined, stderr: () => undefined, cwd: tmp.dir, env: {} };
    const code = await main(["evaluate", "in.xlsx", "-o", "out.xlsx", "--docx", "report.docx", "--json", "r.json"], io);
    if (code !== 0) throw new Error(`zipin exited ${code}`);
    json = JSON.parse(readFileSync(join(tmp.dir, "r.json"), "utf8")) as JsonResult;
    docxPages = readPdf(toPdf(join(tmp.dir, "report.docx"), tmp.dir));
    workbookPages = readPdf(toPdf(join(tmp.dir, "out.xlsx"), tmp.dir));
    // The names and reasons as the engine read them from the input, not from the summary it wrote.
    const result = runEngine(await (await XlsxPort.open(EXAMPLE)).readGrid());
    if (!result.ok) throw new Error("the example must evaluate");
    indicators = result.evaluation.indicatorTables.flatMap((t) => t.indicators);
    budgetLines = (result.evaluation.budget?.lines ?? []).map((l) => l.line.name.trim());
    written = new ExcelJS.Workbook();
    await written.xlsx.readFile(join(tmp.dir, "out.xlsx"));
  });
  afterAll(() => tmp.cleanup());

  describe("the Word report", () => {
    test("every page is A4 portrait with its page number “— N —”", () => {
      expect(docxPages.length).toBeGreaterThan(5);
      docxPages.forEach((p, i) => {
        expect([i, isA4(p), p.width < p.height]).toEqual([i, true, true]);
        expect(p.text).toContain(`—${i + 1}—`);
      });
    });

    test("the title, every heading and every paragraph's end are there", () => {
      const all = withoutSpaces(docxPages.map((p) => p.text).join(""));
      expect(all).toContain("广州市增城区派潭镇人民政府2023年度");
      for (const s of json.narrative) expect([s.heading, all.includes(withoutSpaces(s.heading))]).toEqual([s.heading, true]);
      expect(missingTails(docxPages, paragraphs(json))).toEqual([]);
    });

    test("the annexed tables carry the figures: 28,082.29 executed, 98.31 %, 92 of 100 points", () => {
      const annex = withoutSpaces(docxPages.slice(-3).map((p) => p.text).join(""));
      for (const figure of ["附件1", "预算收支执行情况表", "28,564.19", "28,082.29", "98.31%", "附件2", "绩效自评表", "合计"]) {
        expect([figure, annex.includes(figure)]).toEqual([figure, true]);
      }
    });

    test("nothing lies beyond a page edge", () => {
      expect(wordsBeyondEdge(docxPages)).toEqual([]);
    });
  });

  describe("the output workbook", () => {
    // The input sheets keep their own page setup; ours carry the footer "第 N 页 共 M 页".
    const ours = (): PdfPage[] => workbookPages.filter((p) => /第\d+页共\d+页/.test(p.text));
    // The summary's title row repeats atop each of its pages; the report's and trail's titles differ.
    const summaryPages = (): PdfPage[] => ours().filter((p) => withoutSpaces(p.text).includes(SUMMARY_TITLE));
    const summaryText = (): string => withoutSpaces(summaryPages().map((p) => p.text).join(""));

    test("the output sheets print on A4 with the entity and year in the header", () => {
      expect(ours().length).toBeGreaterThan(3);
      for (const p of ours()) {
        expect(isA4(p)).toBe(true);
        expect(p.text).toContain("广州市增城区派潭镇人民政府");
        expect(p.text).toContain("2023年度");
      }
    });

    test("the report sheet prints portrait with every paragraph complete", () => {
      const report = ours().filter((p) => p.width < p.height && !summaryPages().includes(p));
      expect(report.length).toBeGreaterThan(0);
      expect(missingTails(report, paragraphs(json))).toEqual([]);
    });

    test(`the summary prints A4 portrait on at most ${MAX_SUMMARY_PAGES} pages (9 landscape before), its title on each`, () => {
      const pages = summaryPages();
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(pages.length).toBeLessThanOrEqual(MAX_SUMMARY_PAGES);
      pages.forEach((p, i) => expect([i, isA4(p), p.width < p.height]).toEqual([i, true, true]));
    });

    test("the summary's page setup keeps its body at 9 pt or more: scale × the smallest printed font", () => {
      const ws = written.getWorksheet(OUTPUT_SHEET_NAMES.summary)!;
      expect(ws.pageSetup.orientation).toBe("portrait");
      expect(ws.pageSetup.paperSize).toBe(9); // A4
      const scale = ws.pageSetup.scale ?? 100;
      // Every printed cell with text: its font size (the workbook's 11 pt default where unset).
      const area = /^\$?A\$?1:\$?([A-Z]+)\$?(\d+)$/.exec(String(ws.pageSetup.printArea).split("!").pop()!.replace(/'/g, ""))!;
      const lastColumn = area[1]!.charCodeAt(0) - 64;
      let smallest = Infinity;
      ws.eachRow((row) =>
        row.eachCell((cell, col) => {
          if (col <= lastColumn && cell.text.trim() !== "") smallest = Math.min(smallest, cell.font?.size ?? 11);
        }),
      );
      // 11 pt × 85 % = 9.35 pt.
      expect([smallest, scale]).toEqual([11, 85]);
      expect((smallest * scale) / 100).toBeGreaterThanOrEqual(9);
    });

    test("every indicator's name and every 偏差原因's end print on the summary", () => {
      const text = summaryText();
      expect(indicators.length).toBeGreaterThan(10);
      for (const r of indicators) expect([r.indicator.name, text.includes(withoutSpaces(r.indicator.name))]).toEqual([r.indicator.name, true]);
      const reasons = indicators.map((r) => r.indicator.reason ?? "").filter((t) => t.trim() !== "");
      expect(reasons.length).toBeGreaterThan(2);
      expect(missingTails(summaryPages(), reasons)).toEqual([]);
    });

    test("every page with a table's header also has the table's last printed column", () => {
      const pages = summaryPages().map((p) => withoutSpaces(p.text));
      const tables: Array<[string, string[]]> = [
        // 二级指标: only the scoring block's header (the 偏差原因 block's header starts 三级指标).
        ["二级指标", ["三级指标", "年度指标值", "实际完成值", "得分", "完成率", "是否达标"]],
        // Header cells wrap in narrowed columns, so only words short enough to stay on one line.
        ["增减额", ["执行率", "增减率", "占比"]],
      ];
      for (const [first, rest] of tables) {
        const withHeader = pages.filter((t) => t.includes(first));
        expect([first, withHeader.length > 0]).toEqual([first, true]);
        for (const t of withHeader) for (const column of rest) expect([first, column, t.includes(column)]).toEqual([first, column, true]);
      }
    });

    test("the indicator table is kept whole: every indicator's row on the page of its column headings (R15)", () => {
      // Only the title row repeats (Excel has one title range), so the table starts a page rather than continue headless.
      const pages = summaryPages().map((p) => withoutSpaces(p.text));
      const withHeader = pages.filter((t) => t.includes("二级指标"));
      expect(withHeader.length).toBe(1);
      for (const r of indicators) expect([r.indicator.name, withHeader[0]!.includes(withoutSpaces(r.indicator.name))]).toEqual([r.indicator.name, true]);
    });

    test("the report status prints a word when current, and the note has no stray spaces (R15)", () => {
      const text = summaryText();
      expect(text).toContain("报告状态已是最新");
      expect(text).toContain("由Zipin自评生成");
    });

    test("budget rows are as tall as their wrapped names need: 一般公共预算财政拨款补助收入 three lines of 16 pt, not four", () => {
      // Column A (11 units, 82 px less margins) holds five 15 px characters a line: 14 characters → 3
      // lines; before, 2.2 units a character over 10 units counted 4 (64 pt). 政府性基金… (15) too.
      const ws = written.getWorksheet(OUTPUT_SHEET_NAMES.summary)!;
      let height: number | undefined;
      ws.eachRow((row) => {
        if (String(row.getCell(1).text).trim() === "一般公共预算财政拨款补助收入") height = row.height;
        if (String(row.getCell(1).text).trim() === "政府性基金预算财政拨款补助收入") expect(row.height).toBe(48);
      });
      expect(ws.getColumn(1).width).toBe(11);
      expect(height).toBe(48);
      expect(summaryText()).toContain("一般公共预算财政拨款补助收入");
    });

    test("the machine columns stay off the paper: no rule text, extraction numbers or source cells", () => {
      const text = summaryText();
      for (const header of ["评分规则", "目标取数", "实际取数", "来源单元格"]) expect([header, text.includes(header)]).toEqual([header, false]);
    });

    test("the summary's three charts are drawn", () => {
      const text = ours().map((p) => p.text).join("");
      for (const title of ["预算数与执行数（万元）", "本年与上年执行数（万元）", "各类指标得分率"]) {
        expect([title, text.includes(title)]).toEqual([title, true]);
      }
    });

    test("the charts print on a page of their own, every budget line's name level and whole beside its bars", () => {
      const charts = summaryPages().filter((p) => p.text.includes("预算数与执行数（万元）"));
      expect(charts).toHaveLength(1);
      const page = charts[0]!;
      // No table on the chart page: its header words are absent.
      expect(page.text.includes("年度指标值")).toBe(false);
      expect(budgetLines.length).toBeGreaterThan(3);
      for (const name of budgetLines) {
        // A level name is one word of pdftotext's, on one baseline: a slanted one is cut into pieces.
        const whole = page.words.filter((w) => w.text === name);
        expect([name, whole.length]).toEqual([name, 2]); // in the budget chart and the year-on-year chart
        for (const w of whole) expect([name, w.xMax - w.xMin > w.yMax - w.yMin]).toEqual([name, true]);
      }
    });

    test("body text is 9 pt or larger: no word on our pages is set smaller", () => {
      // Word boxes are about 1.0–1.4 × the font size tall; 9 pt text gives boxes of 9 pt or more.
      const heights = ours().flatMap((p) => p.words.filter((w) => /[\u4e00-\u9fff]/.test(w.text)).map((w) => w.yMax - w.yMin));
      const small = heights.filter((h) => h < 8.5);
      // Chart labels and axis text are set at 9 pt of an 83 % page: allow them, nothing smaller than 7 pt.
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(7);
      expect(small.length / heights.length).toBeLessThan(0.2);
    });

    test("nothing lies beyond a page edge", () => {
      expect(wordsBeyondEdge(ours())).toEqual([]);
    });
  });
});
