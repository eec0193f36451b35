import { checkLine } from "../../src/app/check-line";
import { makeCheck } from "../../src/engine/messages";

describe("checkLine", () => {
  // row 4, col 6 is G5 on 绩效指标.
  const weightError = makeCheck("INVALID_WEIGHT", { sheet: "绩效指标", row: 4, col: 6 }, { value: "十", name: "培训人次" });

  it("puts the sheet!cell first, with the language's own colon", () => {
    expect(checkLine(weightError, "zh")).toBe(`绩效指标!G5：${weightError.message.zh}`);
    expect(checkLine(weightError, "en")).toBe(`绩效指标!G5: ${weightError.message.en}`);
  });

  it("quotes a sheet name that needs it, and gives the bare message for a check about the whole workbook", () => {
    const spaced = makeCheck("INVALID_WEIGHT", { sheet: "My sheet", row: 0, col: 27 }, { value: "x", name: "y" });
    expect(checkLine(spaced, "en")).toBe(`'My sheet'!AB1: ${spaced.message.en}`);
    const none = makeCheck("NO_BUDGET_TABLE", null);
    expect(checkLine(none, "zh")).toBe(none.message.zh);
  });
});
