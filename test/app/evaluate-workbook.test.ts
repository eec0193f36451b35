import { evaluateWorkbook, type EvaluateStage } from "../../src/app/evaluate-workbook";
import type { WorkbookPort } from "../../src/app/port";
import type { Grid } from "../../src/engine/grid";
import { layoutPlain } from "../engine/parse/seed-layouts";

/** A port over a fixed grid that records whether anything was written. */
function portOver(grid: Grid): WorkbookPort & { written: number } {
  const port = {
    written: 0,
    readGrid: () => Promise.resolve(grid),
    applyPlan: () => {
      port.written++;
      return Promise.resolve();
    },
  };
  return port;
}

const indicators = {
  name: "指标表",
  cells: [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值"],
    ["产出指标", "数量指标", "步道", "≥15公里", "15公里", 100],
  ],
  merges: [],
};

describe("evaluateWorkbook", () => {
  it("reads, evaluates, writes and ends with done", async () => {
    const grid: Grid = { sheets: [layoutPlain(), indicators] };
    const port = portOver(grid);
    const stages: EvaluateStage[] = [];
    const { grid: read, result } = await evaluateWorkbook(port, {}, (s) => stages.push(s));
    expect(result.ok).toBe(true);
    // The grid handed back is the one the run read (the pane lists its tables).
    expect(read).toBe(grid);
    expect(stages).toEqual(["reading", "evaluating", "writing", "done"]);
    expect(port.written).toBe(1);
  });
  it("ends with failed, and writes nothing, when the engine finds errors", async () => {
    const port = portOver({ sheets: [layoutPlain()] });
    const stages: EvaluateStage[] = [];
    const { result } = await evaluateWorkbook(port, {}, (s) => stages.push(s));
    expect(result.ok).toBe(false);
    expect(stages).toEqual(["reading", "evaluating", "failed"]);
    expect(port.written).toBe(0);
  });
});
