import { resolveSettings } from "../../../src/engine/evaluate";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { infoSheet } from "./build-model";

const fromInfo = (entries: [string, string | number | boolean | null][]) => resolveSettings(infoSheet(entries), {});

describe("resolveSettings", () => {
  it("no info sheet and no overrides → the defaults, no checks", () => {
    expect(resolveSettings(null, {})).toEqual({ settings: DEFAULT_SETTINGS, checks: [] });
  });

  it("reads every known key", () => {
    const { settings, checks } = fromInfo([
      ["预算执行率分值", 10],
      ["自称", "我镇"],
      ["报告语言", "英文"],
      ["写入公式", "否"],
      ["优等级下限", 85],
      ["良等级下限", "75"],
      ["中等级下限", 55],
      ["超额完成阈值", "150%"],
      ["执行率偏离阈值", 0.1],
      ["未执行比例阈值", "30%"],
      ["合计容差", 0.01],
    ]);
    expect(checks).toEqual([]);
    expect(settings.executionWeight).toBe(10);
    expect(settings.selfReference).toBe("我镇");
    expect(settings.lang).toBe("en");
    expect(settings.writeFormulas).toBe(false);
    expect(settings.gradeBands).toEqual([
      { grade: "优", min: 85 },
      { grade: "良", min: 75 },
      { grade: "中", min: 55 },
      { grade: "差", min: 0 },
    ]);
    expect(settings.overshootRatio).toBe(1.5);
    expect(settings.executionLagThreshold).toBe(0.1);
    expect(settings.lowExecutionThreshold).toBe(0.3);
    expect(settings.sumTolerance).toBe(0.01);
  });

  it("accepts the other spellings: 语言 zh, 公式 是, 1.3 as a ratio, 自动, 10分, keys with notes and colons", () => {
    const { settings, checks } = fromInfo([
      ["语言", "zh"],
      ["公式（是/否）：", "是"],
      ["超额完成阈值", 1.3],
      ["预算执行率分值", "自动"],
    ]);
    expect(checks).toEqual([]);
    expect(settings.lang).toBe("zh");
    expect(settings.writeFormulas).toBe(true);
    expect(settings.overshootRatio).toBe(1.3);
    expect(settings.executionWeight).toBe("auto");
    expect(fromInfo([["预算执行率分值（分）", "10分"]]).settings.executionWeight).toBe(10);
  });

  it("ignores unknown keys (narrative inputs) and blank values", () => {
    const { settings, checks } = fromInfo([
      ["部门职能", "统筹全镇经济社会发展和基层治理"],
      ["单位名称", "派潭镇人民政府"],
      ["预算执行率分值", ""],
      ["自称", null],
    ]);
    expect(checks).toEqual([]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  it("an invalid value is a BAD_SETTING error naming the cell, key, value and a hint", () => {
    const { settings, checks } = fromInfo([
      ["单位名称", "派潭镇"],
      ["预算执行率分值", "十分"],
    ]);
    expect(checks).toHaveLength(1);
    const c = checks[0]!;
    expect(c.code).toBe("BAD_SETTING");
    expect(c.severity).toBe("error");
    expect(c.cell).toEqual({ sheet: "基本信息", row: 1, col: 1 });
    expect(c.message.zh).toBe("基本信息!B2 的设置“预算执行率分值”取值“十分”无效：应为0到100之间的分值（如10），或“自动”。");
    expect(settings.executionWeight).toBe("auto");
  });

  it.each([
    ["报告语言", "法文"],
    ["写入公式", "也许"],
    ["优等级下限", 120],
    ["超额完成阈值", 130],
    ["超额完成阈值", "90%"],
    ["执行率偏离阈值", 5],
    ["未执行比例阈值", "-1%"],
    ["自称", 3],
    ["预算执行率分值", -5],
    ["合计容差", -0.1],
  ])("%s = %p → BAD_SETTING", (key, v) => {
    expect(fromInfo([[key, v]]).checks.map((c) => c.code)).toEqual(["BAD_SETTING"]);
  });

  it("grade bounds out of order are a BAD_SETTING at the row that breaks the order", () => {
    const { checks } = fromInfo([
      ["优等级下限", 90],
      ["良等级下限", 95],
    ]);
    expect(checks).toHaveLength(1);
    expect(checks[0]!.cell).toEqual({ sheet: "基本信息", row: 1, col: 1 });
    expect(checks[0]!.message.zh).toContain("“优”的下限（90）须高于“良”的下限（95）");
  });

  it("grade rows may come in any order: 良 92 then 优 95 is fine", () => {
    const { settings, checks } = fromInfo([
      ["良等级下限", 92],
      ["优等级下限", 95],
    ]);
    expect(checks).toEqual([]);
    expect(settings.gradeBands.map((b) => b.min)).toEqual([95, 92, 60, 0]);
  });

  it("caller overrides win over the info sheet; an explicit undefined is ignored", () => {
    const { settings } = resolveSettings(infoSheet([["报告语言", "英文"], ["预算执行率分值", 10]]), {
      lang: "zh",
      executionWeight: undefined,
    });
    expect(settings.lang).toBe("zh");
    expect(settings.executionWeight).toBe(10);
  });

  it("never changes DEFAULT_SETTINGS", () => {
    fromInfo([["优等级下限", 85]]);
    expect(DEFAULT_SETTINGS.gradeBands[0]).toEqual({ grade: "优", min: 90 });
  });
});

describe("rule sets and 定性 words as settings", () => {
  it("评分规则 项目支出 scores execution 10 points unless 预算执行率分值 says otherwise; 部门整体 keeps the form's own", () => {
    expect(fromInfo([["评分规则", "项目支出"]]).settings).toMatchObject({ ruleSet: "project", executionWeight: 10 });
    expect(fromInfo([["评分规则", "项目支出"], ["预算执行率分值", 0]]).settings.executionWeight).toBe(0);
    expect(fromInfo([["评分规则", "部门整体"]]).settings).toMatchObject({ ruleSet: "department", executionWeight: "auto" });
    expect(fromInfo([["评分规则", "自定义"]]).settings.ruleSet).toBe("custom");
  });

  it("an unknown rule set is a BAD_SETTING naming the words expected", () => {
    const { checks } = fromInfo([["评分规则", "省级"]]);
    expect(checks.map((c) => c.code)).toEqual(["BAD_SETTING"]);
    expect(checks[0]!.message.zh).toContain("请填写“项目支出”“部门整体”或“自定义”。");
  });

  it("定性达成用语 / 定性未达成用语 add whole-result words to the top and bottom bands (好/较好/一般/差 forms)", () => {
    const { settings } = fromInfo([["定性达成用语", "优、高"], ["定性未达成用语", "低"]]);
    const top = settings.qualitativeBands.find((b) => b.max >= 1)!;
    const bottom = settings.qualitativeBands.find((b) => b.min === 0)!;
    expect(top.exact).toEqual(["是", "好", "有", "已", "优", "高"]);
    expect(bottom.exact).toEqual(["否", "差", "无", "低"]);
    // 一般 is a middling result by default.
    expect(settings.qualitativeBands.find((b) => b.min === 0.6)!.exact).toEqual(["一般"]);
  });
});

describe("grade words as settings (等级用语)", () => {
  it("a 等级用语 row names the four grades, best first; the keys stay 优/良/中/差", () => {
    const { settings, checks } = fromInfo([["等级用语", "优秀、良好、合格、不合格"]]);
    expect(checks).toEqual([]);
    expect(settings.gradeWords).toEqual({ 优: "优秀", 良: "良好", 中: "合格", 差: "不合格" });
    expect(settings.gradeBands.map((b) => b.grade)).toEqual(["优", "良", "中", "差"]);
    // Other separators a finance officer types: 优/良/中/差, commas, spaces.
    expect(fromInfo([["等级名称", "优/良/中/差"]]).settings.gradeWords).toEqual({ 优: "优", 良: "良", 中: "中", 差: "差" });
    expect(fromInfo([["等次用语", "好，较好，一般，差"]]).settings.gradeWords).toEqual({ 优: "好", 良: "较好", 中: "一般", 差: "差" });
  });

  it("per-grade rows set one word each, after a 等级用语 row too", () => {
    const { settings, checks } = fromInfo([
      ["等级用语", "优秀、良好、中等、差"],
      ["合格等级用语", "合格"],
      ["不合格等级用语", "不合格"],
    ]);
    expect(checks).toEqual([]);
    expect(settings.gradeWords).toEqual({ 优: "优秀", 良: "良好", 中: "合格", 差: "不合格" });
    expect(fromInfo([["优秀等级名称", "A等"]]).settings.gradeWords).toEqual({ 优: "A等", 良: "良", 中: "中", 差: "差" });
  });

  it("refuses three words, a repeated word, formula-looking text and numbers, naming the cell", () => {
    const bad = (value: string | number) => fromInfo([["等级用语", value]]).checks;
    const three = bad("优秀、良好、合格");
    expect(three.map((c) => c.code)).toEqual(["BAD_SETTING"]);
    expect(three[0]!.cell).toEqual({ sheet: "基本信息", row: 0, col: 1 });
    expect(three[0]!.message.zh).toContain("应为四个等级用语，从高到低以顿号分隔，如“优秀、良好、合格、不合格”（此处为3个）。");
    expect(three[0]!.message.en).toContain("write four grade words, best first, separated by 、, e.g. 优秀、良好、合格、不合格 (found 3).");
    expect(bad("优秀、良好、良好、差")[0]!.message.zh).toContain("四个等级用语不能重复。");
    for (const v of ["=HYPERLINK(1)、良、中、差", "优、+1、中、差", "优、良、@x、差", "优、良、中、60", "优、良、中、2023-01-01"]) {
      expect([v, bad(v)[0]?.message.zh]).toEqual([v, expect.stringContaining("不能以 = + - @ 开头，也不能是数字或日期")]);
    }
    expect(bad(4).map((c) => c.code)).toEqual(["BAD_SETTING"]);
    // A refused row leaves the default words.
    expect(fromInfo([["等级用语", "优秀、良好"]]).settings.gradeWords).toEqual(DEFAULT_SETTINGS.gradeWords);
  });

  it("a per-grade row that repeats another grade's word is named, in zh and en", () => {
    const { checks } = fromInfo([
      ["等级用语", "优秀、良好、合格、不合格"],
      ["差等级用语", "合格"],
    ]);
    expect(checks.map((c) => c.code)).toEqual(["BAD_SETTING"]);
    expect(checks[0]!.cell).toEqual({ sheet: "基本信息", row: 1, col: 1 });
    expect(checks[0]!.message.zh).toContain("“合格”已是另一等级的用语，四个等级用语不能重复。");
    expect(checks[0]!.message.en).toContain("“合格” already names another grade; the four grade words must differ.");
  });

  it("the lower-bound order check speaks of the grades by their words", () => {
    const { checks } = fromInfo([
      ["等级用语", "优秀、良好、合格、不合格"],
      ["良好等级下限", 95],
    ]);
    expect(checks[0]!.message.zh).toContain("“优秀”的下限（90）须高于“良好”的下限（95）。");
  });
});
