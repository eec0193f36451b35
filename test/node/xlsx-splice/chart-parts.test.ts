/**
 * The summary's charts in the written package: parts, relationships and content types, series
 * that reference the summary's own cells, cached values equal to the cells', and a re-run that
 * replaces them instead of piling up. Checked against the example's figures (DOMAIN figures).
 */
import { resolve } from "path";
import { XlsxPort } from "../../../src/node/xlsx-port";
import { absoluteRef } from "../../../src/node/xlsx-splice/chart-parts";
import { zipParts } from "../helpers";

const EXAMPLE = resolve(__dirname, "..", "..", "..", "examples", "paitan-2023.xlsx");

async function evaluated(times: number): Promise<Map<string, string>> {
  const port = await XlsxPort.open(EXAMPLE);
  const { evaluateWorkbook } = await import("../../../src/app/evaluate-workbook");
  for (let i = 0; i < times; i++) await evaluateWorkbook(port);
  const parts = await zipParts(await port.packageBytes());
  return new Map([...parts].map(([k, v]) => [k, v.toString("utf8")]));
}

describe("summary charts in the package", () => {
  let parts: Map<string, string>;
  beforeAll(async () => {
    parts = await evaluated(1);
  });

  test("absolute references quote the sheet name", () => {
    expect(absoluteRef("绩效自评结果", { top: 20, left: 0, bottom: 25, right: 0 })).toBe("'绩效自评结果'!$A$21:$A$26");
    expect(absoluteRef("it's", { top: 0, left: 27, bottom: 0, right: 27 })).toBe("'it''s'!$AB$1");
  });

  test("the summary sheet points at one drawing with three charts, each registered with its content type", () => {
    expect(parts.get("xl/worksheets/sheet4.xml")).toContain('<drawing r:id="rId1"/></worksheet>');
    expect(parts.get("xl/worksheets/_rels/sheet4.xml.rels")).toContain('Target="../drawings/drawing1.xml"');
    const drawingRels = parts.get("xl/drawings/_rels/drawing1.xml.rels")!;
    for (const n of [1, 2, 3]) expect(drawingRels).toContain(`Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart${n}.xml"`);
    const types = parts.get("[Content_Types].xml")!;
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"');
    expect(types).toContain('PartName="/xl/charts/chart3.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"');
    expect(parts.get("xl/worksheets/sheet5.xml")).not.toContain("<drawing");
  });

  test("budget against execution: series over the summary's budget and execution cells, cached as the example's figures", () => {
    const chart = parts.get("xl/charts/chart1.xml")!;
    expect(chart).toContain("<a:t>预算数与执行数（万元）</a:t>");
    const refs = [...chart.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]);
    expect(refs.every((f) => f!.startsWith("'绩效自评结果'!$"))).toBe(true);
    // The first series (全年预算数) starts with 收入合计's 28,564.19; the second (全年执行数) with 28,082.29.
    const firstPoints = [...chart.matchAll(/<c:numCache>.*?<c:pt idx="0"><c:v>([^<]+)<\/c:v>/g)].map((m) => Number(m[1]));
    expect(firstPoints).toEqual([28564.19, 28082.29]);
    expect(chart).toMatch(/<c:strCache><c:ptCount val="6"\/><c:pt idx="0"><c:v>收入合计<\/c:v>/);
  });

  test("bars run left to right: names down the left, first at the top, the value axis at the foot", () => {
    for (const n of [1, 2, 3]) {
      const chart = parts.get(`xl/charts/chart${n}.xml`)!;
      expect(chart).toContain('<c:barDir val="bar"/>');
      expect(chart).toMatch(/<c:catAx><c:axId val="100"\/><c:scaling><c:orientation val="maxMin"\/><\/c:scaling><c:delete val="0"\/><c:axPos val="l"\/>/);
      expect(chart).toMatch(/<c:valAx>.*<c:axPos val="b"\/>.*<c:crosses val="max"\/><c:crossBetween val="between"\/><\/c:valAx>/);
      // Text at the sheet's 11 pt, the title at 14 pt (hundredths of a point).
      expect(chart).toContain('<a:rPr lang="zh-CN" sz="1400" b="1">');
      expect(chart).toMatch(/<c:catAx>.*<a:defRPr sz="1100" b="0">.*<\/c:catAx>/);
    }
  });

  test("completion by category: 产出指标 84%, 效益指标 100%, labelled as percentages", () => {
    const chart = parts.get("xl/charts/chart3.xml")!;
    expect(chart).toContain("<a:t>各类指标得分率</a:t>");
    expect(chart).toMatch(/<c:v>产出指标<\/c:v>.*<c:v>效益指标<\/c:v>/);
    expect(chart).toMatch(/<c:numCache><c:formatCode>General<\/c:formatCode><c:ptCount val="2"\/><c:pt idx="0"><c:v>0\.84<\/c:v><\/c:pt><c:pt idx="1"><c:v>1<\/c:v>/);
    expect(chart).toContain('<c:showVal val="1"/>');
    expect(chart).toContain('formatCode="0%"');
  });

  test("evaluating the output again replaces the charts (still three, still one drawing)", async () => {
    const again = await evaluated(2);
    expect([...again.keys()].filter((k) => k.startsWith("xl/charts/")).sort()).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml"]);
    expect([...again.keys()].filter((k) => /^xl\/drawings\/drawing\d+\.xml$/.test(k))).toEqual(["xl/drawings/drawing1.xml"]);
  });
});
