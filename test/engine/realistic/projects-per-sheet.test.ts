/**
 * One project per sheet: the same MOF form twice, the second project with other funds. Each
 * project is scored against its own funds, and neither is a duplicate of the other.
 *
 * Project A (the fixture): 1,187.34 / 1,260 = 0.942333… → 9.42 points; 86.01 + 9.42 = 95.43.
 * Project B: 1,008 / 1,260 = 0.8 → 8 points; the same indicators, 86.01 + 8 = 94.01.
 */
import { projectsPerSheet } from "../../../scripts/realistic-fixtures";
import { checkList, run } from "./helpers";

const twoProjects = projectsPerSheet;

describe("a workbook of one project per sheet", () => {
  const r = run(twoProjects());

  test("is evaluated, not refused as two competing budget tables", () => {
    expect(checkList(r).filter((c) => c.startsWith("DUPLICATE_TABLE"))).toEqual([]);
  });

  test("each project's total counts its own execution points: 95.43 and 94.01", () => {
    const [a, b] = r.json.indicatorTables;
    expect([a!.sheet, a!.total, a!.maxTotal]).toEqual(["农田建设", 95.43, 100]);
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 9.42 });
    expect([b!.sheet, b!.total, b!.maxTotal]).toEqual(["农田水利", 94.01, 100]);
    expect(b!.budget!.executionScore).toEqual({ weight: 10, score: 8 });
    expect(b!.budget!.lines[0]).toMatchObject({ name: "年度资金总额", actual: 1008, executionRate: 0.8, cell: "农田水利!B6" });
  });

  test("checks name each project's own cells: A's stated 9.43 on A's sheet, B's execution lag on B's", () => {
    const stated = checkList(r).filter((c) => c.startsWith("STATED_SCORE_MISMATCH"));
    expect(stated.every((c) => c.includes("农田建设!"))).toBe(true);
    // B's completion 86.01/90 = 95.57% against its execution 80%: the 双监控 warning, at B's total.
    expect(checkList(r)).toContain("EXECUTION_LAGS_RESULTS@农田水利!E6");
  });

  test("the funds section tells each project's funds", () => {
    const funds = r.json.narrative.find((s) => s.heading === "（二）资金情况")!.paragraphs.join("");
    expect(funds).toContain("年度资金总额1,260.00万元，全年执行1,187.34万元，预算执行率为94.23%");
    expect(funds).toContain("农田水利年度资金总额1,260.00万元，全年执行1,008.00万元，预算执行率为80.00%");
  });

  test("the derived problems speak of each project's own spending", () => {
    // B: completion 86.01/90 = 95.5666…% against execution 80.00%: 15.57 points ahead. A: 95.57% against 94.23%, within 5.
    const problems = r.json.narrative.find((s) => s.heading === "三、存在的问题")!.paragraphs;
    expect(problems).toContain("1. “农田水利”：绩效指标得分率为95.57%（各项指标得分之和÷分值之和），高于预算执行率80.00%达15.57个百分点，绩效目标完成情况与资金使用进度不匹配。");
    expect(problems.join("")).not.toContain("94.23%");
  });
});
