import { makeCheck } from "../../src/engine/messages";
import { checkRows } from "../../src/taskpane/view/checks";
import { zh } from "../../src/taskpane/i18n/zh";
import { en } from "../../src/taskpane/i18n/en";

const budgetCell = { sheet: "收支表", row: 4, col: 1 };
const checks = [
  makeCheck("SUM_MISMATCH", budgetCell, { name: "收入合计", column: "全年执行数", stated: "28,082.29万元", sum: "28,081.92万元", diff: "0.37万元" }),
  makeCheck("NO_INDICATOR_TABLE", null),
  makeCheck("LOW_EXECUTION", { sheet: "My sheet", row: 0, col: 27 }, { name: "项目支出", rate: "70.00%", threshold: "20.00%" }),
];

describe("checkRows", () => {
  it("puts errors first and keeps the engine's order within a severity", () => {
    expect(checkRows(checks, "zh", zh).map((r) => [r.severity, r.address])).toEqual([
      ["error", null],
      ["warning", "收支表!B5"],
      // row 0, col 27 → AB1; a sheet name with a space is quoted
      ["warning", "'My sheet'!AB1"],
    ]);
  });

  it("gives the message in the UI language and an accessible name with the cell", () => {
    const [, sum] = checkRows(checks, "zh", zh);
    expect(sum!.message).toBe("“收入合计”全年执行数为28,082.29万元，但其组成项合计为28,081.92万元，相差0.37万元。");
    expect(sum!.label).toBe(`警告：${sum!.message}（收支表!B5）`);
    expect(sum!.cell).toEqual(budgetCell);

    const [none] = checkRows(checks, "en", en);
    expect(none!.label).toBe(`Error: ${checks[1]!.message.en} (whole workbook)`);
    expect(none!.cell).toBeNull();
  });
});
