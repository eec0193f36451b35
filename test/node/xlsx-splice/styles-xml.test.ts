import { StylesAppender, lookKey } from "../../../src/node/xlsx-splice/styles-xml";
import { MINIMAL_STYLES } from "../../../src/node/xlsx-splice/empty-package";

/** A styles part as a workbook might have it: one custom number format (id 170), two fonts, two xfs. */
const STYLES =
  '<?xml version="1.0"?>\n<styleSheet xmlns="urn:main">' +
  '<numFmts count="1"><numFmt numFmtId="170" formatCode="0.0&quot;万元&quot;"/></numFmts>' +
  '<fonts count="2"><font><sz val="12"/><name val="宋体"/><charset val="134"/></font><font><b/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders>' +
  '<cellStyleXfs count="1"><xf/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="170" fontId="1" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  "</styleSheet>";

const between = (xml: string, list: string): string => new RegExp(`<${list}[^>]*>(.*?)</${list}>`).exec(xml)![1]!;

describe("StylesAppender", () => {
  it("appends after the existing entries (indices 2, 3 …) and updates the counts", () => {
    const styles = new StylesAppender(STYLES);
    // Bold 14pt with a fill and thin border, "0.00%" (built-in 10), centred and wrapped.
    const first = styles.xfFor({ numberFormat: "0.00%", style: { bold: true, fontSize: 14, fill: "#ddebf7", border: "thin", horizontal: "center", wrap: true } });
    const second = styles.xfFor({ numberFormat: "@", style: {} });
    expect([first, second]).toEqual([2, 3]);
    const xml = styles.toXml();

    expect(xml.startsWith(STYLES.slice(0, STYLES.indexOf("<fonts")))).toBe(true); // numFmts untouched: nothing custom added
    // Font 2 = font 0 (宋体 12, charset 134) made bold at 14pt.
    expect(between(xml, "fonts")).toBe(
      '<font><sz val="12"/><name val="宋体"/><charset val="134"/></font><font><b/></font><font><b/><name val="宋体"/><charset val="134"/><sz val="14"/></font>',
    );
    expect(xml).toContain('<fonts count="3">');
    expect(xml).toContain('<fills count="3">');
    expect(between(xml, "fills").endsWith('<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/></patternFill></fill>')).toBe(true);
    expect(xml).toContain('<borders count="2">');
    expect(xml).toContain('<cellXfs count="4">');
    expect(between(xml, "cellXfs")).toBe(
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="170" fontId="1" fillId="0" borderId="0" xfId="0"/>' +
        '<xf numFmtId="10" fontId="2" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" wrapText="1"/></xf>' +
        '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    );
  });

  it("reuses an existing custom number format by code, and numbers new ones after the highest id", () => {
    const styles = new StylesAppender(STYLES);
    expect(styles.xfFor({ numberFormat: '0.0"万元"', style: {} })).toBe(2);
    expect(styles.xfFor({ numberFormat: "#,##0.000", style: {} })).toBe(3);
    const xml = styles.toXml();
    // 170 was the highest id, so the new one is 171.
    expect(between(xml, "numFmts")).toBe('<numFmt numFmtId="170" formatCode="0.0&quot;万元&quot;"/><numFmt numFmtId="171" formatCode="#,##0.000"/>');
    expect(xml).toContain('<numFmts count="2">');
    expect(between(xml, "cellXfs")).toContain('<xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>');
  });

  it("adds a <numFmts> list first in the style sheet when there is none; custom ids start at 164", () => {
    const styles = new StylesAppender(MINIMAL_STYLES);
    styles.xfFor({ numberFormat: "0.0000", style: {} });
    expect(styles.toXml()).toContain('<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0000"/></numFmts><fonts');
  });

  it("adds nothing for entries already there (a re-run on its own output) and returns the same text", () => {
    const look = { numberFormat: "#,##0.00", style: { italic: true, fontColor: "#595959", border: "thin" as const } };
    const first = new StylesAppender(STYLES);
    const id = first.xfFor(look);
    const once = first.toXml();
    const again = new StylesAppender(once);
    expect(again.xfFor({ style: { border: "thin", fontColor: "#595959", italic: true }, numberFormat: "#,##0.00" })).toBe(id);
    expect(again.toXml()).toBe(once);
  });

  it("keys looks the same whatever order their fields were set in", () => {
    expect(lookKey({ style: { bold: true, wrap: true } })).toBe(lookKey({ style: { wrap: true, bold: true, italic: undefined } }));
    expect(lookKey({ style: { bold: true } })).not.toBe(lookKey({ numberFormat: "@", style: { bold: true } }));
  });
});
