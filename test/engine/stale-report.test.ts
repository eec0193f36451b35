import { reportIsStale } from "../../src/engine/stale-report";
import type { Grid } from "../../src/engine/grid";

const summary = (status: string): Grid => ({
  sheets: [
    { name: "收支表", cells: [["报告需重新生成"]], merges: [] },
    { name: "绩效自评结果", cells: [["派潭镇2023年度绩效自评结果"], [], ["单位", "派潭镇"], ["报告状态", status]], merges: [] },
  ],
});

describe("reportIsStale", () => {
  test("the summary's report-status cell, as calculated by the host", () => {
    expect(reportIsStale(summary("报告需重新生成"))).toBe(true);
    expect(reportIsStale(summary("Report needs regenerating"))).toBe(true);
    expect(reportIsStale(summary(""))).toBe(false);
  });

  test("only on our own summary sheet: an input sheet holding the words says nothing", () => {
    expect(reportIsStale({ sheets: [summary("").sheets[0]!] })).toBe(false);
    expect(reportIsStale({ sheets: [{ name: "绩效自评结果", cells: [["我的表"], ["报告需重新生成"]], merges: [] }] })).toBe(false);
  });
});
