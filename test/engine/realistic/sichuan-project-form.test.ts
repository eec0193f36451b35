/**
 * J. 四川 部门预算项目支出绩效自评表 (青神/洪雅): the 预算执行情况(10分) block is headed by a bare
 * "总额" over 其中:财政资金 / 财政专户管理资金 / 单位资金 / 其他资金, and the goal is keyed
 * "项目年度目标" beside "年度目标完成情况".
 */
import { sichuanProjectForm } from "../../../scripts/realistic-fixtures";
import { infoFieldOf } from "../../../src/engine/vocabulary/info-keys";
import { checkList, line, run, six } from "./helpers";
import { isTotalLine } from "../../../src/engine/vocabulary/budget-lines";

const r = run(sichuanProjectForm());

describe("J. 四川 project form with a bare 总额", () => {
  test("总额 is the total and the headline; its 其中 rows are its sub-items", () => {
    expect(r.evaluation.budget!.lines.map((l) => [l.line.name, isTotalLine(l.line), l.line.kind === "subItem", l.line.parent])).toEqual([
      ["总额", true, false, null],
      ["财政资金", false, true, "总额"],
      ["财政专户管理资金", false, true, "总额"],
      ["单位资金", false, true, "总额"],
      // 其他资金 has no figures: no line.
    ]);
    expect(r.evaluation.budget!.headlineIndex).toBe(0);
    // 98.62 / 104.80 = 0.9410305… ; × 10 = 9.410… → 9.41 (as stated)
    expect(six(line(r, "总额").executionRate)).toBe("0.941031");
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 9.41 });
    expect(r.json.totalScore).toBe(99.41);
  });

  test("with a headline, execution lagging full indicator completion is flagged (100% vs 94.10%)", () => {
    expect(checkList(r)).toEqual(["EXECUTION_LAGS_RESULTS@项目自评表!E6"]);
  });

  test("the funds paragraph names 年度资金总额 and its rate, and leaves out the all-zero lines", () => {
    const funds = r.json.narrative.find((s) => s.heading === "（二）资金情况")!.paragraphs;
    expect(funds).toHaveLength(1);
    expect(funds[0]).toMatch(/年度资金总额104\.80万元，全年执行98\.62万元，预算执行率为94\.10%。其中财政资金104\.80万元，执行98\.62万元，执行率为94\.10%。$/);
    expect(funds[0]).not.toContain("财政专户管理资金");
    expect(funds[0]).not.toContain("单位资金");
    const execution = r.json.narrative.find((s) => s.heading === "（三）预算执行情况")!.paragraphs;
    expect(execution[0]).toMatch(/预算执行率为94\.10%（全年执行数98\.62万元，全年预算数104\.80万元）/);
  });

  test("项目年度目标 is the goal; 年度目标完成情况 (the result) is not", () => {
    expect(r.evaluation.narrativeInputs.goals).toBe("保障全县12所乡村学校少年宫正常运行，每周开展课外活动不少于2次。");
    expect(infoFieldOf("项目年度目标")).toBe("goals");
    expect(infoFieldOf("年度目标")).toBe("goals");
    expect(infoFieldOf("年度目标完成情况")).toBeNull();
    expect(infoFieldOf("总体目标实现情况")).toBeNull();
    expect(infoFieldOf("部门整体支出绩效目标")).toBe("goals");
  });
});
