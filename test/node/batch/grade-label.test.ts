/** The batch shows a file's grade by its own words (等级用语), in its progress line and summary workbook. */
import { summaryWorkbook } from "../../../src/node/batch/summary-workbook";
import { BatchProgress } from "../../../src/node/batch/progress";
import type { FileOutcome } from "../../../src/node/batch/outcome";

const outcome: FileOutcome = {
  input: "/w/units/红河.xlsx",
  output: "/w/out/红河.evaluated.xlsx",
  status: "evaluated",
  reason: null,
  entity: "红河州数据发展中心",
  year: 2024,
  formKind: "project",
  totalScore: 97.01,
  grade: "优",
  gradeLabel: "优秀",
  executionRate: 0.911125,
  checks: [],
  json: null,
};

describe("batch: grade words", () => {
  it("the summary workbook's 等级 column holds the file's word, not the engine's key", () => {
    const wb = summaryWorkbook([outcome], "zh", { summary: "/w/汇总.xlsx", shown: (p) => p.replace("/w/", "") });
    const files = wb.worksheets[0]!;
    expect(files.getRow(1).getCell(5).value).toBe("等级");
    expect(files.getRow(2).getCell(5).value).toBe("优秀");
    // A file without a label (an older outcome) shows its key.
    const keyOnly = summaryWorkbook([{ ...outcome, gradeLabel: null }], "zh", { summary: "/w/汇总.xlsx", shown: (p) => p });
    expect(keyOnly.worksheets[0]!.getRow(2).getCell(5).value).toBe("优");
  });

  it("the progress line says 优秀", () => {
    const progress = new BatchProgress(1, "zh", { lines: () => undefined, bar: null }, (p) => p.replace("/w/", ""));
    expect(progress.line(outcome)).toContain("红河州数据发展中心  97.01分 优秀");
  });
});
