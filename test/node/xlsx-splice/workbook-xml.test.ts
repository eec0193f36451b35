import { readSheets, withFullCalcOnLoad, withoutLocalNames, withSheets } from "../../../src/node/xlsx-splice/workbook-xml";
import { calcChainWithout } from "../../../src/node/xlsx-splice/calc-chain";

const NS = 'xmlns="urn:main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const WORKBOOK =
  `<workbook ${NS}><bookViews><workbookView activeTab="1"/></bookViews><sheets>` +
  '<sheet name="收支表" sheetId="1" state="hidden" rel:id="rId1"/><sheet name="A &amp; B" sheetId="3" rel:id="rId2"/></sheets>' +
  '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">x</definedName><definedName name="n">y</definedName></definedNames>' +
  "<pivotCaches/></workbook>";

describe("workbook.xml", () => {
  it("reads tabs with the relationship attribute under whatever prefix the document binds", () => {
    expect(readSheets(WORKBOOK).map(({ name, sheetId, relId }) => [name, sheetId, relId])).toEqual([
      ["收支表", 1, "rId1"],
      ["A & B", 3, "rId2"],
    ]);
  });

  it("rewrites the tab list keeping kept entries exactly, new ones fresh", () => {
    const [first] = readSheets(WORKBOOK);
    const xml = withSheets(WORKBOOK, [first!, { name: "R&D", sheetId: 4, relId: "rId9" }]);
    expect(xml).toContain('<sheets><sheet name="收支表" sheetId="1" state="hidden" rel:id="rId1"/><sheet name="R&amp;D" sheetId="4" rel:id="rId9"/></sheets>');
  });

  it("moves names scoped to a tab, and the active tab, with their tab when a new tab is inserted before it", () => {
    const [first, second] = readSheets(WORKBOOK);
    const xml = withSheets(WORKBOOK, [{ name: "新表", sheetId: 4, relId: "rId9" }, first!, second!]);
    expect(xml).toContain('<definedName name="_xlnm.Print_Area" localSheetId="2">x</definedName><definedName name="n">y</definedName>');
    expect(xml).toContain('<workbookView activeTab="2"/>');
    // Nothing moves when nothing is inserted.
    expect(withSheets(WORKBOOK, [first!, second!])).toBe(WORKBOOK);
  });

  it("drops names scoped to replaced tab positions, and the whole list when it empties", () => {
    expect(withoutLocalNames(WORKBOOK, new Set([1]))).toContain('<definedNames><definedName name="n">y</definedName></definedNames>');
    expect(withoutLocalNames(WORKBOOK, new Set([0]))).toBe(WORKBOOK);
    const onlyScoped = WORKBOOK.replace('<definedName name="n">y</definedName>', "");
    expect(withoutLocalNames(onlyScoped, new Set([1]))).not.toContain("definedNames");
  });

  it("sets fullCalcOnLoad on calcPr, or adds calcPr where the schema wants it", () => {
    // No calcPr: it goes before <pivotCaches>, which must follow it.
    expect(withFullCalcOnLoad(WORKBOOK)).toContain('</definedNames><calcPr fullCalcOnLoad="1"/><pivotCaches/>');
    const withCalc = '<x:workbook xmlns:x="urn:main"><x:sheets/><x:calcPr calcId="1" fullCalcOnLoad="0"/></x:workbook>';
    expect(withFullCalcOnLoad(withCalc)).toBe('<x:workbook xmlns:x="urn:main"><x:sheets/><x:calcPr calcId="1" fullCalcOnLoad="1"/></x:workbook>');
    expect(withFullCalcOnLoad("<workbook><sheets/></workbook>")).toBe('<workbook><sheets/><calcPr fullCalcOnLoad="1"/></workbook>');
  });
});

describe("calcChainWithout", () => {
  const chain = (entries: string): string => `<calcChain xmlns="urn:main">${entries}</calcChain>`;
  it("drops the entries of the given sheets, an entry without i belonging to the sheet before it", () => {
    const xml = chain('<c r="A1" i="1"/><c r="B2" i="4"/><c r="B3"/><c r="C1" i="2" l="1"/><c r="C2"/>');
    expect(calcChainWithout(xml, new Set([4]))).toBe(chain('<c r="A1" i="1"/><c r="C1" i="2" l="1"/><c r="C2"/>'));
  });
  it("returns the same text when nothing goes, null when everything does", () => {
    const xml = chain('<c r="A1" i="1"/><c r="B2"/>');
    expect(calcChainWithout(xml, new Set([2]))).toBe(xml);
    expect(calcChainWithout(xml, new Set([1]))).toBeNull();
  });
});
