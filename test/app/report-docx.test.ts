/**
 * The Word report of the bundled example: the document model's figures (hand-checked against the
 * example's budget sheet) and the 公文 layout in the packed WordprocessingML.
 */
import { resolve } from "path";
import JSZip from "jszip";
import { runEngine } from "../../src/engine";
import type { ReportDocument } from "../../src/engine/render/report-document";
import { reportDocument } from "../../src/engine/render/report-document";
import { reportDocxBytes } from "../../src/app/report-docx";
import { XlsxPort } from "../../src/node/xlsx-port";

const EXAMPLE = resolve(__dirname, "..", "..", "examples", "paitan-2023.xlsx");

const xmlText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

describe("report as a Word document (examples/paitan-2023.xlsx)", () => {
  let doc: ReportDocument;
  let parts: Map<string, string>;

  beforeAll(async () => {
    const port = await XlsxPort.open(EXAMPLE);
    const result = runEngine(await port.readGrid());
    if (!result.ok) throw new Error("example does not evaluate");
    doc = reportDocument(result.evaluation, result.report, "zh");
    const zip = await JSZip.loadAsync(await reportDocxBytes(doc));
    parts = new Map();
    for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) parts.set(name, await entry.async("string"));
  });

  const documentXml = (): string => parts.get("word/document.xml") ?? "";

  test("the budget annex: amounts with thousands separators, the rate as a percentage, empty columns left out", () => {
    const budget = doc.tables[0]!;
    expect(budget.annex).toBe("附件1");
    expect(budget.unit).toBe("单位：万元");
    // The example has no 年初预算数: the column is not printed.
    expect(budget.columns.map((c) => c.label)).toEqual(["项目", "全年预算数", "全年执行数", "执行率", "上年执行数"]);
    // 28,082.29 / 28,564.19 = 0.983129… → 98.31%.
    expect(budget.rows[0]).toEqual(["收入合计", "28,564.19", "28,082.29", "98.31%", "69,640.66"]);
    expect(budget.columns.slice(1).every((c) => c.align === "right")).toBe(true);
  });

  test("the indicator annex (自评表) closes with the totals: 100 points, 92 scored", () => {
    const table = doc.tables[1]!;
    expect(table.title).toBe("绩效自评表");
    expect(table.rows).toHaveLength(16);
    expect(table.rows[table.totalRow!]).toEqual(["合计", "", "", "", "", "100", "92"]);
    expect(table.rows[5]).toEqual(["产出指标", "数量指标", "引进10亿元以上优质项目", "≥3个", "2个", "6", "4"]);
  });

  test("A4 with the 公文 margins 37/35/28/26 mm (in twips)", () => {
    const xml = documentXml();
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    // 37 mm × 1440/25.4 = 2097.6 → 2098; 35 → 1984.3; 28 → 1587.4; 26 → 1474.0.
    expect(xml).toMatch(/<w:pgMar w:top="2098"[^>]* w:bottom="1984"[^>]* w:left="1587"/);
    expect(xml).toMatch(/<w:pgMar [^>]*w:right="1474"/);
  });

  test("body in 仿宋 三号 with a two-character indent at an exact 28.95 pt line; headings in 黑体 and 楷体", () => {
    const xml = documentXml();
    const paragraphs = xml.split("<w:p>").slice(1);
    const body = doc.sections.find((s) => s.paragraphs.length > 0)!.paragraphs[0]!.split("\n")[0]!;
    const bodyXml = paragraphs.find((p) => p.includes(xmlText(body)))!;
    expect(bodyXml).toContain('w:line="579" w:lineRule="exact"');
    expect(bodyXml).toContain('w:firstLine="640"');
    expect(bodyXml).toContain('w:eastAsia="仿宋"');
    expect(bodyXml).toContain('<w:sz w:val="32"/>');
    const h1 = paragraphs.find((p) => p.includes(xmlText(doc.sections.find((s) => s.level === 1)!.heading)))!;
    expect(h1).toContain('w:eastAsia="黑体"');
    const h2 = paragraphs.find((p) => p.includes(xmlText(doc.sections.find((s) => s.level === 2)!.heading)))!;
    expect(h2).toContain('w:eastAsia="楷体"');
    // A long title is printed on two lines, broken after 年度 (R16): each line a run of the one title paragraph.
    const lines = doc.titleLines ?? [doc.title];
    const title = paragraphs.find((p) => lines.every((line) => p.includes(xmlText(line))))!;
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
  });

  test("every report paragraph is in the document, and the two annexes are real tables with right-aligned amounts", () => {
    const xml = documentXml();
    for (const section of doc.sections) {
      for (const p of section.paragraphs) for (const line of p.split("\n")) expect(xml).toContain(xmlText(line));
    }
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2);
    const amountCell = xml.split("<w:tc>").find((c) => c.includes(">28,082.29<"))!;
    expect(amountCell).toContain('<w:jc w:val="right"/>');
    // The header row repeats on each page a table runs over.
    expect(xml).toContain("<w:tblHeader/>");
  });

  test("page numbers “— N —” at the foot; each face has an alternative name in the font table", () => {
    const footer = [...parts.entries()].find(([name]) => /^word\/footer\d*\.xml$/.test(name))![1];
    expect(footer).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]* —<\/w:t>/);
    const fonts = parts.get("word/fontTable.xml")!;
    expect(fonts).toContain('<w:font w:name="仿宋"><w:altName w:val="FangSong"/><w:charset w:val="86"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
  });
});
