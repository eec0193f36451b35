/**
 * R34: the budget charts draw the totals and their parts only. 岳阳 T's table has 支出合计 with
 * 基本支出 (其中 公用经费) and 项目支出, then the memo lines 三公经费 (公务用车…, 出国经费, 公务接待)
 * and 政府采购金额, which on 支出合计's scale were bars too short to see.
 */
import * as forms from "../../../scripts/provincial-fixtures";
import { renderPlan } from "../../../src/engine/render";
import { chartedLines } from "../../../src/engine/render/summary-charts";
import { run } from "../realistic/helpers";
import { cell } from "./helpers";

describe("the summary's budget charts (岳阳 T)", () => {
  const r = run(forms.hunanYueyangCommonIndicators());
  const lines = r.evaluation.budget!.lines.map((l) => l.line);
  const s = renderPlan(r.evaluation, [], "zh").sheets[0]!;

  test("only 支出合计, 基本支出 and 项目支出 are charted: no 其中 line, no memo line or its items", () => {
    expect(chartedLines(lines).map((i) => lines[i]!.name)).toEqual(["支出合计", "基本支出", "项目支出"]);
  });

  test("not a run of the table's rows, so both budget charts read a block beside the machine columns (P–S)", () => {
    const [budget, years] = s.charts!;
    expect(budget!.categories).toEqual({ top: 19, left: 15, bottom: 21, right: 15 });
    expect(budget!.series.map((x) => x.values.left)).toEqual([16, 17]);
    expect(years!.series.map((x) => x.values.left)).toEqual([17, 18]);
    expect(cell(s, "P19")).toEqual({ t: "text", v: "图表数据" });
    expect([cell(s, "P20"), cell(s, "P21"), cell(s, "P22")].map((c) => c?.v)).toEqual(["支出合计", "基本支出", "项目支出"]);
    // 项目支出 is the table's fourth line (row 23), after 公用经费; 345.60 budgeted, 333.52 spent.
    expect(cell(s, "A23")).toEqual({ t: "text", v: "项目支出" });
    expect(cell(s, "Q22")).toEqual({ t: "formula", f: '=IF(ISNUMBER(D23),D23,"")', v: 345.6 });
    expect(cell(s, "R22")).toMatchObject({ f: '=IF(ISNUMBER(E23),E23,"")', v: 333.52 });
    // 公用经费 is 基本支出's 其中 line: set in one level in the summary (two in the Word annex).
    expect(cell(s, "A22")).toEqual({ t: "text", v: "\u3000公用经费" });
    // Outside the print area (A–J).
    expect(s.print.lastPrintColumn).toBe(9);
  });
});
