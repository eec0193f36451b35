import { worksheetXml } from "../../../src/node/xlsx-splice/sheet-xml";
import { foldCellLooks } from "../../../src/node/xlsx-splice/cell-looks";
import { lookKey } from "../../../src/node/xlsx-splice/styles-xml";
import type { CellLook } from "../../../src/node/xlsx-splice/styles-xml";
import { formula, num, plannedSheet, range, text } from "../helpers";

/** Style ids by order of first use, from 1, so the XML is predictable. */
function styleIds(): { styleOf: (look: CellLook) => number; looks: string[] } {
  const looks: string[] = [];
  return {
    looks,
    styleOf: (look) => {
      const key = lookKey(look);
      if (!looks.includes(key)) looks.push(key);
      return looks.indexOf(key) + 1;
    },
  };
}

const between = (xml: string, tag: string): string => new RegExp(`<${tag}>(.*)</${tag}>`).exec(xml)![1]!;

describe("foldCellLooks", () => {
  it("applies formats in order, later fields winning, and gives text cells '@' last", () => {
    const sheet = plannedSheet("S", [[text("a"), num(1)]], {
      formats: [
        { range: range(0, 0, 0, 1), numberFormat: "#,##0.00", style: { bold: true, fill: "#FF0000" } },
        { range: range(0, 1, 1, 1), style: { fill: "#0000FF", bold: undefined } },
      ],
    });
    const { looks, byCell } = foldCellLooks(sheet);
    const at = (r: number, c: number): CellLook => looks[byCell[r]![c]!]!;
    // A1: first format, then "@" because it holds text.
    expect(at(0, 0)).toEqual({ numberFormat: "@", style: { bold: true, fill: "#FF0000" } });
    // B1: both formats; the second changes only the fill (an undefined field is "left out").
    expect(at(0, 1)).toEqual({ numberFormat: "#,##0.00", style: { bold: true, fill: "#0000FF" } });
    // B2: the second format only.
    expect(at(1, 1)).toEqual({ style: { fill: "#0000FF" } });
    expect(byCell[1]![0]).toBeUndefined();
  });
});

describe("worksheetXml", () => {
  it("writes cells row by row: inline text, numbers, formulas with cached number/text/no result", () => {
    const { styleOf } = styleIds();
    const xml = worksheetXml(
      plannedSheet("S", [
        [text("a & <b>"), num(0.1), null, formula("=SUM(B1:B2)", 0.3)],
        [],
        [formula('=IF(B1>0,"是","否")', "是"), formula("=NOW()", null), text("=1+1")],
      ]),
      styleOf,
    );
    expect(between(xml, "sheetData")).toBe(
      '<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>a &amp; &lt;b&gt;</t></is></c><c r="B1"><v>0.1</v></c><c r="D1"><f>SUM(B1:B2)</f><v>0.3</v></c></row>' +
        '<row r="3"><c r="A3" t="str"><f>IF(B1&gt;0,"是","否")</f><v>是</v></c><c r="B3"><f>NOW()</f></c>' +
        '<c r="C3" s="1" t="inlineStr"><is><t>=1+1</t></is></c></row>',
    );
    expect(xml).toContain('<dimension ref="A1:D3"/>');
  });

  it("writes styled empty cells, row heights, merges, widths, frozen panes, print setup and tab colour", () => {
    const { styleOf, looks } = styleIds();
    const xml = worksheetXml(
      plannedSheet("S", [[text("标题")]], {
        formats: [{ range: range(0, 0, 0, 2), style: { bold: true } }],
        merges: [range(0, 0, 0, 2)],
        columnWidths: [20, 0, 9.5],
        rowHeights: [null, 30],
        freeze: { rows: 2, columns: 1 },
        print: { orientation: "landscape", fitToWidth: true },
        tabColor: "#1f4e79",
      }),
      styleOf,
    );
    // A1 = bold + "@" (style 1); B1, C1 = bold only (style 2); row 2 is empty but 30pt high.
    expect(looks).toEqual([lookKey({ numberFormat: "@", style: { bold: true } }), lookKey({ style: { bold: true } })]);
    expect(between(xml, "sheetData")).toBe(
      '<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>标题</t></is></c><c r="B1" s="2"/><c r="C1" s="2"/></row><row r="2" ht="30" customHeight="1"></row>',
    );
    expect(xml).toContain('<sheetPr><tabColor rgb="FF1F4E79"/><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<pane xSplit="1" ySplit="2" topLeftCell="B3" activePane="bottomRight" state="frozen"/>');
    expect(xml).toContain('<cols><col min="1" max="1" width="20" customWidth="1"/><col min="3" max="3" width="9.5" customWidth="1"/></cols>');
    expect(xml).toContain('<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    // Elements in the order the schema requires.
    const order = ["<sheetPr>", "<dimension", "<sheetViews>", "<cols>", "<sheetData>", "<mergeCells", "<pageMargins", "<pageSetup"].map((t) => xml.indexOf(t));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("without freeze or fit-to-width writes a plain view and page setup", () => {
    const xml = worksheetXml(plannedSheet("S", [], { print: { orientation: "portrait", fitToWidth: false } }), styleIds().styleOf);
    expect(xml).toContain('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="portrait"/>');
    expect(xml).not.toContain("<sheetPr>");
    expect(xml).toContain('<dimension ref="A1"/><sheetViews>');
  });

  it("refuses a number Excel cannot store and text over 32,767 characters", () => {
    expect(() => worksheetXml(plannedSheet("S", [[num(Number.NaN)]]), styleIds().styleOf)).toThrow(/A1: NaN/);
    expect(() => worksheetXml(plannedSheet("S", [[null, text("x".repeat(32_768))]]), styleIds().styleOf)).toThrow(/B1: text longer/);
  });
});

describe("conditional formats", () => {
  it("are written after the merges as expression rules pointing at their dxf", () => {
    const sheet = plannedSheet("S", [[text("a"), formula('=IF(1,"x","")', "x")]], {
      conditionalFormats: [{ range: range(0, 1, 0, 1), formula: '=B1<>""', style: { fill: "#FFC7CE" } }],
    });
    const xml = worksheetXml(sheet, styleIds().styleOf, () => 3);
    expect(xml).toContain(
      '<conditionalFormatting sqref="B1:B1"><cfRule type="expression" dxfId="3" priority="1"><formula>B1&lt;&gt;""</formula></cfRule></conditionalFormatting>',
    );
    expect(xml.indexOf("<conditionalFormatting")).toBeLessThan(xml.indexOf("<pageMargins"));
  });
});
