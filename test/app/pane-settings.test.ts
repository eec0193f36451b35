import { engineSettings, parseStoredSettings } from "../../src/app/pane-settings";
import { resolveSettings } from "../../src/engine/evaluate";
import { infoSheet } from "../engine/evaluate/build-model";

describe("engineSettings", () => {
  it("passes the engine only what the user chose, so the workbook's own settings rows still apply", () => {
    expect(engineSettings({})).toEqual({});
    expect(engineSettings({ writeFormulas: false })).toEqual({ writeFormulas: false });
    expect(engineSettings({ lang: "en", writeFormulas: true })).toEqual({ lang: "en", writeFormulas: true });
    expect(
      engineSettings({ ruleSet: "project", gradeMinima: { 优: 95 }, gradeWords: { 中: "合格" }, overshootRatio: 1.5, qualitativeWords: { top: ["好"] } }),
    ).toEqual({ ruleSet: "project", gradeMinima: { 优: 95 }, gradeWords: { 中: "合格" }, overshootRatio: 1.5, qualitativeWords: { top: ["好"] } });
    // Emptied parts pass nothing.
    expect(engineSettings({ gradeMinima: {}, gradeWords: {}, qualitativeWords: {} })).toEqual({});
  });

  it("overrides only the parts the user changed, over the workbook's rows", () => {
    // The workbook: 等级用语 优秀、良好、合格、不合格, 良好等级下限 85, 定性达成用语 高.
    const info = infoSheet([
      ["等级用语", "优秀、良好、合格、不合格"],
      ["良好等级下限", 85],
      ["定性达成用语", "高"],
    ]);
    const { settings, checks } = resolveSettings(info, engineSettings({ gradeWords: { 差: "较差" }, gradeMinima: { 优: 95 }, qualitativeWords: { top: ["好"] } }));
    expect(checks).toEqual([]);
    expect(settings.gradeWords).toEqual({ 优: "优秀", 良: "良好", 中: "合格", 差: "较差" });
    expect(settings.gradeBands).toEqual([
      { grade: "优", min: 95 },
      { grade: "良", min: 85 },
      { grade: "中", min: 60 },
      { grade: "差", min: 0 },
    ]);
    expect(settings.qualitativeBands.find((b) => b.max >= 1)!.exact).toEqual(["是", "好", "有", "已", "高", "好"]);
    // The workbook's own overshoot threshold (the default here) stays.
    expect(settings.overshootRatio).toBe(1.3);
  });
});

describe("parseStoredSettings", () => {
  it("keeps well-formed fields and drops the rest", () => {
    expect(parseStoredSettings({ lang: "en", writeFormulas: false })).toEqual({ lang: "en", writeFormulas: false });
    expect(parseStoredSettings({ lang: "fr", writeFormulas: "no", extra: 1 })).toEqual({});
    expect(parseStoredSettings({ writeFormulas: true })).toEqual({ writeFormulas: true });
  });

  it("reads nothing from a missing or malformed value", () => {
    for (const v of [null, undefined, "zh", 3, [], ["lang"]]) expect(parseStoredSettings(v)).toEqual({});
  });

  it("reads the rule set, grade bounds and words, overshoot threshold and 定性 words strictly", () => {
    const good = {
      ruleSet: "department",
      gradeMinima: { 优: 95, 中: 55 },
      gradeWords: { 优: "优秀", 差: "不合格" },
      overshootRatio: 1.5,
      qualitativeWords: { top: ["好", "优"], bottom: ["差"] },
    };
    expect(parseStoredSettings(good)).toEqual(good);
    expect(parseStoredSettings({ ruleSet: "province" })).toEqual({});
    // Bounds out of order, out of range or not numbers: dropped whole; a stray grade key ignored.
    expect(parseStoredSettings({ gradeMinima: { 优: 80, 良: 85 } })).toEqual({});
    expect(parseStoredSettings({ gradeMinima: { 优: 120 } })).toEqual({});
    expect(parseStoredSettings({ gradeMinima: { 优: "90", 差: 10 } })).toEqual({});
    // Words: formula-looking, numbers, over 8 characters, untrimmed dropped; a repeated set dropped whole.
    expect(parseStoredSettings({ gradeWords: { 优: "=1", 良: "80", 中: "合格", 差: " 差" } })).toEqual({ gradeWords: { 中: "合格" } });
    expect(parseStoredSettings({ gradeWords: { 优: "好", 良: "好" } })).toEqual({});
    // Overshoot: above 1 and at most 10.
    for (const r of [1, 0.5, 11, "1.3", Number.NaN]) expect(parseStoredSettings({ overshootRatio: r })).toEqual({});
    // 定性 words: a band with anything but short trimmed strings is dropped.
    expect(parseStoredSettings({ qualitativeWords: { top: ["好", 3], middle: "一般", bottom: [] } })).toEqual({});
  });
});
