import { DEFAULT_SETTINGS } from "../../src/engine/settings";
import {
  overshootText,
  patchPart,
  readGradeMinField,
  readGradeWordField,
  readOvershootField,
  readQualitativeField,
  shownSettings,
  workbookPaneSettings,
} from "../../src/taskpane/view/settings";

const defaults = {
  lang: "zh",
  writeFormulas: true,
  ruleSet: "auto",
  gradeMinima: { 优: 90, 良: 80, 中: 60 },
  gradeWords: { 优: "优", 良: "良", 中: "中", 差: "差" },
  overshootRatio: 1.3,
  qualitativeWords: { top: [], middle: [], bottom: [] },
};

describe("shownSettings", () => {
  it("shows the engine defaults until the user chooses", () => {
    expect(shownSettings({})).toEqual(defaults);
    expect(shownSettings({ lang: "en", writeFormulas: false, ruleSet: "project" })).toEqual({ ...defaults, lang: "en", writeFormulas: false, ruleSet: "project" });
  });

  it("shows the workbook's own settings rows where the user has not chosen, as Evaluate will use them", () => {
    const workbook = workbookPaneSettings({
      ...DEFAULT_SETTINGS,
      lang: "en",
      writeFormulas: false,
      ruleSet: "department",
      gradeBands: [
        { grade: "优", min: 85 },
        { grade: "良", min: 75 },
        { grade: "中", min: 60 },
        { grade: "差", min: 0 },
      ],
      gradeWords: { 优: "优秀", 良: "良好", 中: "合格", 差: "不合格" },
      overshootRatio: 1.5,
    });
    expect(shownSettings({}, workbook)).toMatchObject({
      lang: "en",
      writeFormulas: false,
      ruleSet: "department",
      gradeMinima: { 优: 85, 良: 75, 中: 60 },
      gradeWords: { 优: "优秀", 良: "良好", 中: "合格", 差: "不合格" },
      overshootRatio: 1.5,
    });
    // The user's choice of one grade's word or bound leaves the others as the workbook says.
    const mixed = shownSettings({ lang: "zh", gradeWords: { 中: "中等" }, gradeMinima: { 优: 95 }, overshootRatio: 1.2, qualitativeWords: { top: ["好"] } }, workbook);
    expect(mixed).toMatchObject({
      lang: "zh",
      gradeMinima: { 优: 95, 良: 75, 中: 60 },
      gradeWords: { 优: "优秀", 良: "良好", 中: "中等", 差: "不合格" },
      overshootRatio: 1.2,
      qualitativeWords: { top: ["好"], middle: [], bottom: [] },
    });
  });
});

describe("reading the settings fields", () => {
  const words = { 优: "优秀", 良: "良好", 中: "合格", 差: "不合格" };
  it("a grade word: usable, not another grade's; blank clears", () => {
    expect(readGradeWordField(" 中等 ", "中", words)).toEqual({ ok: true, value: "中等" });
    expect(readGradeWordField("", "中", words)).toEqual({ ok: true, value: "clear" });
    expect(readGradeWordField("良好", "中", words)).toEqual({ ok: false, problem: "gradeWordRepeated" });
    // Its own current word is no repetition.
    expect(readGradeWordField("合格", "中", words)).toEqual({ ok: true, value: "合格" });
    for (const bad of ["=1+1", "+优", "-差", "@x", "90", "2023-1-1", "九个字的等级用语长", '优"']) {
      expect([bad, readGradeWordField(bad, "优", words)]).toEqual([bad, { ok: false, problem: "gradeWordInvalid" }]);
    }
  });

  it("a grade's lowest score: 0–100, between the grades around it; full-width digits and 分 read", () => {
    const minima = { 优: 90, 良: 80, 中: 60 };
    expect(readGradeMinField("85", "良", minima)).toEqual({ ok: true, value: 85 });
    expect(readGradeMinField("８５分", "良", minima)).toEqual({ ok: true, value: 85 });
    expect(readGradeMinField("", "良", minima)).toEqual({ ok: true, value: "clear" });
    expect(readGradeMinField("90", "良", minima)).toEqual({ ok: false, problem: "gradeMinOrder" });
    expect(readGradeMinField("60", "良", minima)).toEqual({ ok: false, problem: "gradeMinOrder" });
    expect(readGradeMinField("79.5", "优", minima)).toEqual({ ok: false, problem: "gradeMinOrder" });
    expect(readGradeMinField("101", "优", minima)).toEqual({ ok: false, problem: "gradeMinInvalid" });
    expect(readGradeMinField("-5", "中", minima)).toEqual({ ok: false, problem: "gradeMinInvalid" });
    expect(readGradeMinField("九十", "优", minima)).toEqual({ ok: false, problem: "gradeMinInvalid" });
  });

  it("the overshoot threshold typed as a percentage, stored as a ratio", () => {
    expect(readOvershootField("150")).toEqual({ ok: true, value: 1.5 });
    expect(readOvershootField("120%")).toEqual({ ok: true, value: 1.2 });
    expect(readOvershootField("")).toEqual({ ok: true, value: "clear" });
    for (const bad of ["100", "90", "1001", "1.3x", "abc"]) expect([bad, readOvershootField(bad)]).toEqual([bad, { ok: false, problem: "overshootInvalid" }]);
    expect(overshootText(1.3)).toBe("130");
  });

  it("定性 words separated by 、，, ; or spaces, repeats dropped", () => {
    expect(readQualitativeField("好、优 好")).toEqual({ ok: true, value: ["好", "优"] });
    expect(readQualitativeField("  ")).toEqual({ ok: true, value: "clear" });
    expect(readQualitativeField(Array.from({ length: 21 }, (_, i) => `词${i}`).join("、"))).toEqual({ ok: false, problem: "qualitativeInvalid" });
  });

  it("a field's patch changes only its own part; clearing the last part drops the whole choice", () => {
    expect(patchPart({ gradeWords: { 优: "优秀" } }, "gradeWords", "中", "合格")).toEqual({ gradeWords: { 优: "优秀", 中: "合格" } });
    expect(patchPart({ gradeWords: { 优: "优秀", 中: "合格" } }, "gradeWords", "中", "clear")).toEqual({ gradeWords: { 优: "优秀" } });
    expect(patchPart({ gradeMinima: { 优: 95 } }, "gradeMinima", "优", "clear")).toEqual({ gradeMinima: undefined });
  });
});
