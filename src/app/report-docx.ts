/**
 * The report document (src/engine/render/report-document.ts) as a Word file in the 公文 layout
 * of GB/T 9704: A4, margins 37/35/28/26 mm, title 小标宋 二号, 一、 headings 黑体 三号, （一）
 * headings 楷体 三号, body 仿宋 三号 with a two-character indent at a fixed 28.95 pt line (22 lines
 * a page), page numbers "— 1 —"; the annexed tables follow the text. See docs/report-document.md.
 * Runs in Node (command line) and in the browser (task pane, loaded only when asked for).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { IRunOptions } from "docx";
import type { CellAlign, DocumentTable, Lang, ReportDocument } from "../engine/light";
import { placeholderSpans } from "../engine/light";

/** Twentieths of a point per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (x: number): number => Math.round(x * TWIPS_PER_MM);

export const PAGE = {
  width: 11906,
  height: 16838,
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
} as const;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt. */
const SIZE = { erhao: 44, sanhao: 32, sihao: 28, wuhao: 21 } as const;
/** 28.95 pt: the 225 mm text height holds 22 lines, as GB/T 9704 asks. */
const BODY_LINE_TWIPS = 579;
/** Two characters of 三号 text. */
const INDENT_TWIPS = 640;

/**
 * East-Asian faces by the names Windows and WPS install (仿宋, 楷体, 黑体, 宋体), with a Latin face
 * for digits and letters. The font table (below) gives each its alternative name, so an office
 * suite that lacks one substitutes the right kind of face (LibreOffice maps them via fontconfig).
 */
type Face = "fangsong" | "kaiti" | "heiti" | "songti" | "xiaobiaosong";
const EAST_ASIA: Record<Face, string> = {
  fangsong: "仿宋",
  kaiti: "楷体",
  heiti: "黑体",
  songti: "宋体",
  xiaobiaosong: "方正小标宋简体",
};
const FONT_TABLE_ENTRIES: { name: string; alt: string; family: string; pitch: string }[] = [
  { name: "仿宋", alt: "FangSong", family: "modern", pitch: "fixed" },
  { name: "楷体", alt: "KaiTi", family: "modern", pitch: "fixed" },
  { name: "黑体", alt: "SimHei", family: "modern", pitch: "fixed" },
  { name: "宋体", alt: "SimSun", family: "auto", pitch: "variable" },
  // Rarely installed outside publishing offices: its alternative is 宋体.
  { name: "方正小标宋简体", alt: "宋体", family: "script", pitch: "fixed" },
  { name: "Times New Roman", alt: "", family: "roman", pitch: "variable" },
];

function fontTableXml(): string {
  const fonts = FONT_TABLE_ENTRIES.map((f) => {
    const alt = f.alt === "" ? "" : `<w:altName w:val="${f.alt}"/>`;
    const charset = f.name === "Times New Roman" ? "00" : "86";
    return `<w:font w:name="${f.name}">${alt}<w:charset w:val="${charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`;
  }).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`
  );
}

const LATIN = "Times New Roman";
function run(text: string, face: Face, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({
    text,
    size,
    font: { ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia: EAST_ASIA[face] },
    ...extra,
  });
}

const exactLine = { line: BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT } as const;

/**
 * A paragraph's runs: its placeholders ("（请…填写…）") highlighted yellow, so a report is not sent
 * up with one left unfilled (docs/report-document.md); the rest plain.
 */
function bodyRuns(text: string, lang: Lang, face: Face): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const span of placeholderSpans(text, lang)) {
    if (span.start > at) runs.push(run(text.slice(at, span.start), face, SIZE.sanhao));
    runs.push(run(text.slice(span.start, span.end), face, SIZE.sanhao, { highlight: "yellow" }));
    at = span.end;
  }
  if (at < text.length || runs.length === 0) runs.push(run(text.slice(at), face, SIZE.sanhao));
  return runs;
}

function bodyParagraph(text: string, lang: Lang, face: Face = "fangsong"): Paragraph {
  return new Paragraph({
    spacing: exactLine,
    indent: { firstLine: INDENT_TWIPS },
    alignment: AlignmentType.JUSTIFIED,
    children: bodyRuns(text, lang, face),
  });
}

function titleParagraphs(lines: string[]): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT },
      // A long title breaks where the model says (after 年度), not mid-phrase.
      children: lines.map((line, i) => run(line, "xiaobiaosong", SIZE.erhao, i > 0 ? { break: 1 } : {})),
    }),
    // One empty body line between the title and the text.
    new Paragraph({ spacing: exactLine, children: [run("", "fangsong", SIZE.sanhao)] }),
  ];
}

function headingParagraph(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    spacing: exactLine,
    indent: { firstLine: INDENT_TWIPS },
    keepNext: true,
    children: [run(text, level === 1 ? "heiti" : "kaiti", SIZE.sanhao)],
  });
}

const ALIGN: Record<CellAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};
const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN } as const;

function tableCell(text: string, align: CellAlign, width: number, bold: boolean, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: BORDERS,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    children: [
      new Paragraph({
        alignment: header ? AlignmentType.CENTER : ALIGN[align],
        children: [run(text, header ? "heiti" : "fangsong", SIZE.wuhao, bold && !header ? { bold: true } : {})],
      }),
    ],
  });
}

function annexBlock(table: DocumentTable): (Paragraph | Table)[] {
  const total = table.columns.reduce((s, c) => s + c.weight, 0);
  const widths = table.columns.map((c) => Math.floor((c.weight / total) * TEXT_WIDTH));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) => tableCell(c.label, c.align, widths[i]!, true, true)),
  });
  const rows = table.rows.map(
    (cells, r) =>
      new TableRow({
        cantSplit: true,
        children: table.columns.map((c, i) => tableCell(cells[i] ?? "", c.align, widths[i]!, r === table.totalRow, false)),
      }),
  );
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({ pageBreakBefore: true, spacing: exactLine, children: [run(table.annex, "heiti", SIZE.sanhao)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 120, line: 600, lineRule: LineRuleType.EXACT },
      children: [run(table.title, "xiaobiaosong", SIZE.erhao)],
    }),
  ];
  if (table.unit !== null) {
    blocks.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(table.unit, "fangsong", SIZE.wuhao)] }));
  }
  blocks.push(new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] }));
  return blocks;
}

/** "— 1 —" centred at the foot, in 宋体 四号 as GB/T 9704 prints page numbers. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            size: SIZE.sihao,
            font: { ascii: LATIN, hAnsi: LATIN, eastAsia: EAST_ASIA.songti },
          }),
        ],
      }),
    ],
  });
}

/** The document model → a docx `Document` (not yet packed). */
function buildReportDocx(doc: ReportDocument): Document {
  const body: (Paragraph | Table)[] = [...titleParagraphs(doc.titleLines ?? [doc.title])];
  for (const section of doc.sections) {
    body.push(headingParagraph(section.heading, section.level));
    for (const p of section.paragraphs) for (const line of p.split("\n")) body.push(bodyParagraph(line, doc.lang));
  }
  if (doc.annexList !== "") {
    body.push(new Paragraph({ spacing: exactLine, children: [run("", "fangsong", SIZE.sanhao)] }));
    for (const line of doc.annexList.split("\n")) body.push(bodyParagraph(line, doc.lang));
  }
  if (doc.closing && doc.closing.length > 0) {
    // 落款: the unit and the date, right-aligned four characters in from the margin after the 附件说明 (GB/T 9704 7.3.5).
    body.push(new Paragraph({ spacing: exactLine, children: [run("", "fangsong", SIZE.sanhao)] }));
    for (const line of doc.closing) {
      body.push(new Paragraph({ spacing: exactLine, alignment: AlignmentType.RIGHT, indent: { right: INDENT_TWIPS * 2 }, children: [run(line, "fangsong", SIZE.sanhao)] }));
    }
  }
  for (const table of doc.tables) body.push(...annexBlock(table));
  return new Document({
    creator: "Zipin",
    title: doc.title,
    styles: {
      default: {
        document: {
          run: {
            size: SIZE.sanhao,
            font: { ascii: LATIN, hAnsi: LATIN, eastAsia: EAST_ASIA.fangsong },
            language: { value: doc.lang === "zh" ? "zh-CN" : "en-US", eastAsia: "zh-CN" },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, footer: mm(28) - mm(7) },
          },
        },
        footers: { default: pageNumberFooter() },
        children: body,
      },
    ],
  });
}

/** The font table that names each face's alternative (replaces the one docx writes). */
const OVERRIDES = [{ path: "word/fontTable.xml", data: fontTableXml() }];

/** The packed .docx, as bytes (Node and browser alike). */
export async function reportDocxBytes(doc: ReportDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildReportDocx(doc), false, OVERRIDES));
}

/** The packed .docx as a Blob, for a download link in the task pane. */
export function reportDocxBlob(doc: ReportDocument): Promise<Blob> {
  return Packer.toBlob(buildReportDocx(doc), false, OVERRIDES);
}
