import { checkLine } from "../../src/app/check-line";
import { makeCheck } from "../../src/engine/messages";

describe("checkLine", () => {
  // row 4, col 6 is G5 on 绩效指标.
  const stated = makeCheck("STATED_SCORE_MISMATCH", { sheet: "绩效指标", row: 4, col: 6 }, { subject: { zh: "指标“培训人次”", en: "Indicator “培训人次”" }, stated: "9", computed: "8" });

  it("puts the sheet!cell first, with the language's own colon", () => {
    expect(checkLine(stated, "zh")).toBe(`绩效指标!G5：${stated.message.zh}`);
    expect(checkLine(stated, "en")).toBe(`绩效指标!G5: ${stated.message.en}`);
  });

  it("does not name the cell twice when the message names it already", () => {
    const weightError = makeCheck("INVALID_WEIGHT", { sheet: "绩效指标", row: 4, col: 6 }, { value: "十", name: "培训人次" });
    expect(checkLine(weightError, "zh")).toBe("绩效指标!G5 的分值“十”不是有效数字（指标“培训人次”）。");
  });

  it("quotes a sheet name that needs it, and gives the bare message for a check about the whole workbook", () => {
    const spaced = makeCheck("STATED_SCORE_MISMATCH", { sheet: "My sheet", row: 0, col: 27 }, { subject: { zh: "指标“y”", en: "Indicator “y”" }, stated: "1", computed: "2" });
    expect(checkLine(spaced, "en")).toBe(`'My sheet'!AB1: ${spaced.message.en}`);
    const none = makeCheck("NO_BUDGET_TABLE", null);
    expect(checkLine(none, "zh")).toBe(none.message.zh);
  });
});
