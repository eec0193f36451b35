import { D } from "../../src/engine/decimal";
import { makeCheck } from "../../src/engine/messages";
import { failureMessage, MAX_LISTED_ERRORS, outcomeMessage } from "../../src/commands/outcome-message";
import type { EvaluateOutcome } from "../../src/commands/outcome-message";

const warning = makeCheck("ZERO_BUDGET", { sheet: "收支表", row: 6, col: 2 }, { name: "其他支出" });
const info = { ...warning, severity: "info" as const };
const weightError = makeCheck("INVALID_WEIGHT", { sheet: "绩效指标", row: 4, col: 6 }, { value: "十", name: "培训人次" });
const noBudget = makeCheck("NO_BUDGET_TABLE", null);

const success = (checks = [warning, warning, info]): EvaluateOutcome => ({
  ok: true,
  // 92.50 is printed as a report prints scores: trailing zeros dropped → "92.5".
  evaluation: { totalScore: new D("92.50"), grade: "优", checks },
});

describe("outcomeMessage on success", () => {
  it("gives the total, the grade and the number of warnings (info notes not counted), in Chinese", () => {
    expect(outcomeMessage(success(), "zh")).toEqual({
      lang: "zh",
      kind: "success",
      title: "评价完成",
      lines: ["总分 92.5 分，等级：优", "2 条提示，请打开面板查看", "结果已写入“绩效自评结果”“自评报告”和“计算依据”工作表。"],
    });
  });

  it("in English, with the grade explained", () => {
    expect(outcomeMessage(success([warning]), "en").lines).toEqual([
      "Total score 92.5, grade 优 (excellent)",
      "1 warning: open the panel to review it",
      "Results written to the sheets 绩效自评结果, 自评报告 and 计算依据.",
    ]);
    expect(outcomeMessage(success([]), "en").lines[1]).toBe("No warnings");
    expect(outcomeMessage(success([]), "zh").lines[1]).toBe("没有提示");
  });

  it("says so when there is no total", () => {
    const none: EvaluateOutcome = { ok: true, evaluation: { totalScore: null, grade: null, checks: [] } };
    expect(outcomeMessage(none, "zh").lines[0]).toBe("未能计算总分");
  });
});

describe("outcomeMessage when the engine stopped with errors", () => {
  it("lists each error with its sheet!cell, and says the workbook is unchanged", () => {
    // row 4, col 6 is G5 on 绩效指标, which the weight message names itself; a check about the
    // whole workbook has no cell to name.
    expect(outcomeMessage({ ok: false, errors: [weightError, noBudget] }, "zh")).toEqual({
      lang: "zh",
      kind: "errors",
      title: "无法评价，请先修改以下问题",
      lines: ["绩效指标!G5 的分值“十”不是有效数字（指标“培训人次”）。", noBudget.message.zh],
      note: "工作簿未作任何修改。",
    });
  });

  it("keeps the dialog short: at most MAX_LISTED_ERRORS, then how many more", () => {
    const errors = Array.from({ length: MAX_LISTED_ERRORS + 3 }, () => weightError);
    const lines = outcomeMessage({ ok: false, errors }, "en").lines;
    expect(lines).toHaveLength(MAX_LISTED_ERRORS + 1);
    expect(lines[MAX_LISTED_ERRORS]).toBe("…and 3 more: open the panel to see them");
  });
});

describe("failureMessage", () => {
  it("shows what was thrown, with an Office error's code", () => {
    const officeError = Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
    expect(failureMessage(officeError, "en")).toEqual({
      lang: "en",
      kind: "failure",
      title: "Evaluation failed",
      lines: ["The requested resource doesn't exist. (ItemNotFound)"],
      note: "Please try again; if it fails again, open the panel.",
    });
    expect(failureMessage("boom", "zh").title).toBe("评价时出错");
  });
});
