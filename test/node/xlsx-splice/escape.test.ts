import { escapeAttr, escapeCellText, escapeText, needsPreserve, unescapeXml } from "../../../src/node/xlsx-splice/escape";

describe("XML escaping", () => {
  it("escapes markup in text and attributes", () => {
    expect(escapeText('a<b & c>"d"')).toBe('a&lt;b &amp; c&gt;"d"');
    expect(escapeAttr('x="1"\n')).toBe("x=&quot;1&quot;&#10;");
  });

  it("unescapes entities and character references, leaving unknown ones alone", () => {
    expect(unescapeXml("&apos;收支表&apos;!$B$2 &amp; &#x41;&#66; &nbsp;")).toBe("'收支表'!$B$2 & AB &nbsp;");
  });

  it("writes characters XML cannot carry as Excel's _xHHHH_, and escapes a literal _xHHHH_", () => {
    // U+0001 → _x0001_; CR → _x000D_ (a parser would turn it into LF); tab and LF stay.
    expect(escapeCellText("a\u0001b\r\n\tc")).toBe("a_x0001_b_x000D_\n\tc");
    // Text that already reads "_x0041_" must come back as that, not as "A": its "_" becomes _x005F_.
    expect(escapeCellText("id_x0041_")).toBe("id_x005F_x0041_");
    expect(escapeCellText("a_xyz_ & <b>")).toBe("a_xyz_ &amp; &lt;b&gt;");
  });

  it("asks for xml:space=preserve only where white space would be lost", () => {
    expect(needsPreserve("两端有空格 ")).toBe(true);
    expect(needsPreserve(" a")).toBe(true);
    expect(needsPreserve("a  b")).toBe(true);
    expect(needsPreserve("a\nb")).toBe(true);
    expect(needsPreserve("a b")).toBe(false);
    expect(needsPreserve("")).toBe(false);
  });
});
