import { stageProgress, stageText } from "../../src/taskpane/view/stage";
import { zh } from "../../src/taskpane/i18n/zh";

describe("stage helpers", () => {
  it("name each stage in the UI language", () => {
    expect(stageText(null, zh)).toBe("就绪");
    expect(stageText("reading", zh)).toBe("正在读取工作簿…");
    expect(stageText("evaluating", zh)).toBe("正在计算得分和检查…");
    expect(stageText("writing", zh)).toBe("正在写入结果工作表…");
    expect(stageText("done", zh)).toBe("完成");
    expect(stageText("failed", zh)).toBe("未能评价，工作簿未作任何修改");
  });

  it("move the progress bar forward stage by stage, full only when done", () => {
    const order = [null, "reading", "evaluating", "writing", "done"] as const;
    const values = order.map(stageProgress);
    expect(values).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});
