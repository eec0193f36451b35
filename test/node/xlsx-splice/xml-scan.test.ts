import { childElements, rootElement, spliceText, withAttribute, withContent } from "../../../src/node/xlsx-splice/xml-scan";

const XML =
  '<?xml version="1.0"?>\n<!-- a <comment> --><x:workbook xmlns:x="urn:main"><x:sheets>' +
  '<x:sheet name="A &amp; B" sheetId="1"/><x:sheet name=\'C\' sheetId="2"></x:sheet></x:sheets>' +
  "<![CDATA[<not-an-element/>]]><x:calcPr/></x:workbook>";

describe("xml-scan", () => {
  it("finds the root and its direct children, with prefixes, skipping comments and CDATA", () => {
    const root = rootElement(XML);
    expect([root.name, root.localName, root.prefix]).toEqual(["x:workbook", "workbook", "x:"]);
    expect(childElements(XML, root).map((e) => e.localName)).toEqual(["sheets", "calcPr"]);
    const sheets = childElements(XML, childElements(XML, root)[0]!);
    expect(sheets.map((e) => [e.attrs.get("name"), e.selfClosing])).toEqual([
      ["A & B", true],
      ["C", false],
    ]);
    expect(XML.slice(sheets[1]!.start, sheets[1]!.end)).toBe("<x:sheet name='C' sheetId=\"2\"></x:sheet>");
  });

  it("sets an attribute in an opening tag, replacing or adding it", () => {
    expect(withAttribute('<calcPr calcId="171027"/>', "fullCalcOnLoad", "1")).toBe('<calcPr calcId="171027" fullCalcOnLoad="1"/>');
    expect(withAttribute('<fonts count="3" x14ac:knownFonts="1">', "count", "10")).toBe('<fonts count="10" x14ac:knownFonts="1">');
    expect(withAttribute("<fonts count='3'>", "count", "4")).toBe('<fonts count="4">');
  });

  it("gives a self-closing element content", () => {
    const root = rootElement("<sheets/>");
    expect(withContent(root, "<sheet/>")).toBe("<sheets><sheet/></sheets>");
  });

  it("applies non-overlapping edits in one pass, whatever their order", () => {
    expect(spliceText("0123456789", [{ start: 8, end: 9, text: "X" }, { start: 1, end: 3, text: "" }, { start: 5, end: 5, text: "+" }])).toBe("034+567X9");
    // An insertion where a replacement starts goes first, whatever the order given: <numFmts> inserted
    // after <styleSheet> landed inside the rewritten <fonts> tag and broke styles.xml.
    expect(spliceText("<a><f n='1'/></a>", [{ start: 3, end: 11, text: "<f n='2'>" }, { start: 3, end: 3, text: "<m/>" }])).toBe("<a><m/><f n='2'>/></a>");
  });

  it("rejects unbalanced XML", () => {
    expect(() => rootElement("<a><b></a>")).toThrow(/unbalanced/);
  });
});
