import { isSectionLabel, isTaskLabel } from "../../../src/engine/vocabulary/info-keys";
import { cleanLabel, cleanProjectName } from "../../../src/engine/vocabulary/clean-names";
import { isPlaceholderMark, isPlaceholderName } from "../../../src/engine/vocabulary/indicator-words";

describe("block labels by meaning", () => {
  test.each([
    "年度总体目标",
    "年度总体目标完成情况",
    "年度绩效指标完成情况",
    "绩效指标（90分）",
    "项目资金（万元）",
    "资金情况（万元）",
    "总体目标",
    "部门整体支出绩效目标",
    "1.项目年度目标完成情况",
    "年度主要任务",
  ])("%s is a block label", (text) => expect(isSectionLabel(text)).toBe(true));

  test.each(["单位资金", "其他资金", "年度资金总额", "产出指标", "满意度指标", "项目支出", "政府采购执行率", "工程质量合格"])(
    "%s is data, not a label",
    (text) => expect(isSectionLabel(text)).toBe(false),
  );

  test("the task block's label", () => {
    expect(["年度主要任务", "年度重点工作任务", "主要任务"].map(isTaskLabel)).toEqual([true, true, true]);
    expect(isTaskLabel("任务名称")).toBe(false);
  });
});

describe("clean names", () => {
  test("line breaks, layout spaces, score suffixes and slot numbers go", () => {
    expect(cleanLabel("产出指标\n（50分）")).toBe("产出指标");
    expect(cleanLabel("满意度\n指标（10分）")).toBe("满意度指标");
    expect(cleanLabel("效益指标(30)")).toBe("效益指标");
    expect(cleanLabel("可持续影\n响指标")).toBe("可持续影响指标");
    expect(cleanLabel("指标1：工程质量合格")).toBe("工程质量合格");
    // Nothing left after the cut: the label stays as written.
    expect(cleanLabel("（50分）")).toBe("（50分）");
  });

  test("a project's name loses the form's words at its end, once", () => {
    expect(cleanProjectName("“数说红河”展厅运维经费项目支出绩效自评表")).toBe("“数说红河”展厅运维经费");
    expect(cleanProjectName("农村公路养护绩效自评表")).toBe("农村公路养护");
    expect(cleanProjectName("委托业务项目")).toBe("委托业务项目");
    expect(cleanProjectName("自评表")).toBe("自评表");
  });

  test("not-applicable marks and slot names", () => {
    expect(["/", "／", "—", "-", "无", "不适用"].every(isPlaceholderMark)).toBe(true);
    expect(["0", "无重大事故", "100%"].some(isPlaceholderMark)).toBe(false);
    expect(["指标1：", "指标2:/", "/"].every(isPlaceholderName)).toBe(true);
    expect(isPlaceholderName("指标1：工程质量合格")).toBe(false);
  });
});
