/**
 * K. MOF 项目支出绩效自评表: 当年财政拨款 + 上年结转资金 + 其他资金 make up the whole of
 * 年度资金总额, so a gap either way is a SUM_MISMATCH, though the rows are "其中" sub-items.
 */
import { mofProjectFundsGap } from "../../../scripts/realistic-fixtures";
import { budgetResult } from "../narrative/fixtures";
import { checkList, run } from "./helpers";
import { sumChecks } from "../../../src/engine/evaluate/checks-budget";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";

describe("K. sources of a project's funds must add up to 年度资金总额", () => {
  test("shortfall: 936.03 + 140.00 = 1,076.03 < 1,076.40, flagged at the 全年执行数 cell", () => {
    const r = run(mofProjectFundsGap(140));
    // 全年预算数 1,000 + 150 = 1,150 and 年初预算数 1,000 (+ blank) = 1,000 match.
    expect(checkList(r)).toEqual(["EXECUTION_LAGS_RESULTS@助餐补助!E6", "SUM_MISMATCH@助餐补助!E6"]);
    expect(r.evaluation.checks[1]!.message.zh).toBe("“年度资金总额”全年执行数为1,076.40万元，但其组成项合计为1,076.03万元，相差0.37万元。");
  });

  test("excess: 936.03 + 140.77 = 1,076.80 > 1,076.40, flagged too", () => {
    const r = run(mofProjectFundsGap(140.77));
    expect(r.evaluation.checks.find((c) => c.code === "SUM_MISMATCH")!.message.zh).toBe(
      "“年度资金总额”全年执行数为1,076.40万元，但其组成项合计为1,076.80万元，相差0.40万元。",
    );
  });

  test("exact: 936.03 + 140.37 = 1,076.40, no SUM_MISMATCH", () => {
    expect(checkList(run(mofProjectFundsGap(140.37)))).toEqual(["EXECUTION_LAGS_RESULTS@助餐补助!E6"]);
  });

  test("other 其中 rows still name only part of their line: a shortfall there is no finding", () => {
    // 基本支出 100, 其中：人员经费 70 (公用经费 not listed): fine.
    const budget = budgetResult([
      { name: "基本支出", section: "expenditure", kind: "total", actual: "100" },
      { name: "人员经费", section: "expenditure", parentIndex: 0, kind: "subItem", actual: "70" },
    ]);
    expect(sumChecks(budget.table, DEFAULT_SETTINGS)).toEqual([]);
  });
});
