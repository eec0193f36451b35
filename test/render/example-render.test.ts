/**
 * The bundled example's output workbook and Word report, rendered by LibreOffice to PDF and read
 * back with poppler: A4 pages, every report paragraph complete (its last characters found),
 * no word beyond the page edge, and the summary's three charts drawn.
 */
import { copyFileSync } from "fs";
import { join, resolve } from "path";
import { main } from "../../src/node/cli";
import type { CliIO } from "../../src/node/cli";
import type { JsonResult } from "../../src/engine";
import { readFileSync } from "fs";
import { makeTempDir } from "../node/helpers";
import { describeWithLibreOffice, isA4, readPdf, toPdf, withoutSpaces } from "./libreoffice";
import type { PdfPage } from "./libreoffice";

const EXAMPLE = resolve(__dirname, "..", "..", "examples", "paitan-2023.xlsx");
/** Characters at a paragraph's end that must appear in the PDF: enough to be specific. */
const TAIL = 8;

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

  beforeAll(async () => {
    tmp = makeTempDir("zipin-render-");
    copyFileSync(EXAMPLE, join(tmp.dir, "in.xlsx"));
    const io: CliIO = { stdout: () => undefined, stderr: () => undefined, cwd: tmp.dir, env: {} };
    const code = await main(["evaluate", "in.xlsx", "-o", "out.xlsx", "--docx", "report.docx", "--json", "r.json"], io);
    if (code !== 0) throw new Error(`zipin exited ${code}`);
    json = JSON.parse(readFileSync(join(tmp.dir, "r.json"), "utf8")) as JsonResult;
    docxPages = readPdf(toPdf(join(tmp.dir, "report.docx"), tmp.dir));
    workbookPages = readPdf(toPdf(join(tmp.dir, "out.xlsx"), tmp.dir));
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

    test("the output sheets print on A4 with the entity and year in the header", () => {
      expect(ours().length).toBeGreaterThan(3);
      for (const p of ours()) {
        expect(isA4(p)).toBe(true);
        expect(p.text).toContain("广州市增城区派潭镇人民政府");
        expect(p.text).toContain("2023年度");
      }
    });

    test("the report sheet prints portrait with every paragraph complete", () => {
      const report = ours().filter((p) => p.width < p.height);
      expect(report.length).toBeGreaterThan(0);
      expect(missingTails(report, paragraphs(json))).toEqual([]);
    });

    test("the summary prints landscape, each page under its repeated title: no column spills onto a page of its own", () => {
      const summary = ours().filter((p) => p.width > p.height);
      expect(summary.length).toBeGreaterThan(1);
      // A page holding only columns cut off the right of a table has no title: the title row is
      // merged from column A, so it prints only on pages that start at column A.
      summary.forEach((p, i) => expect([i, withoutSpaces(p.text).includes("2023年度绩效自评结果")]).toEqual([i, true]));
    });

    test("every page with a table's header also has the table's last printed column", () => {
      const pages = ours().map((p) => withoutSpaces(p.text)).filter((t) => t.includes("2023年度绩效自评结果"));
      const tables: Array<[string, string[]]> = [
        ["三级指标", ["年度指标值", "实际完成值", "得分", "完成率", "是否达标", "偏差原因"]],
        // Header cells wrap in narrowed columns, so only words short enough to stay on one line.
        ["增减额", ["执行率", "增减率", "占比"]],
      ];
      for (const [first, rest] of tables) {
        const withHeader = pages.filter((t) => t.includes(first));
        expect([first, withHeader.length > 0]).toEqual([first, true]);
        for (const t of withHeader) for (const column of rest) expect([first, column, t.includes(column)]).toEqual([first, column, true]);
      }
    });

    test("the summary's three charts are drawn", () => {
      const text = ours().map((p) => p.text).join("");
      for (const title of ["预算数与执行数（万元）", "本年与上年执行数（万元）", "各类指标完成率"]) {
        expect([title, text.includes(title)]).toEqual([title, true]);
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
