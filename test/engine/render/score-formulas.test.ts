import { D } from "../../../src/engine/decimal";
import type { IndicatorResult } from "../../../src/engine/evaluation";
import type { IndicatorValue } from "../../../src/engine/model";
import { parseValueText } from "../../../src/engine/parse/indicator-value";
import { numberFormula, scoreCells } from "../../../src/engine/render/score-formulas";

const cell = { sheet: "绩效指标表", row: 4, col: 5 };
const textValue = (text: string): IndicatorValue => ({ text, ...parseValueText(text), cell });

describe("the number a formula takes out of an input cell", () => {
  test("text: comparator and unit cut off by their lengths, thousands separators removed", () => {
    // "≥95%": 1 character before the number, 1 after.
    expect(numberFormula(textValue("≥95%"), new D(95), new D(95))).toBe(
      `=IFERROR(VALUE(SUBSTITUTE(MID(TRIM('绩效指标表'!F5),2,LEN(TRIM('绩效指标表'!F5))-2),",","")),"")`,
    );
    expect(numberFormula(textValue("13天"), new D(13), new D(13))).toBe(
      `=IFERROR(VALUE(SUBSTITUTE(MID(TRIM('绩效指标表'!F5),1,LEN(TRIM('绩效指标表'!F5))-1),",","")),"")`,
    );
    expect(numberFormula(textValue("1,200人次"), new D(1200), new D(1200))).toContain("MID(TRIM('绩效指标表'!F5),1,LEN(TRIM('绩效指标表'!F5))-2)");
    // A range read by its upper bound (反向 "3-5天"): 2 characters before the 5, 1 after.
    expect(numberFormula(textValue("3-5天"), new D(5), new D(5))).toContain("MID(TRIM('绩效指标表'!F5),3,LEN(TRIM('绩效指标表'!F5))-3)");
    // 万亩 beside 亩: the engine compared 2.4 × 10⁴.
    expect(numberFormula(textValue("2.4万亩"), new D(2.4), new D(24000))).toMatch(/\*10000,""\)$/);
  });

  test("a number cell is referenced, scaled to the engine's percent number", () => {
    const pct: IndicatorValue = { ...textValue("92%"), cellNumber: 0.92 };
    expect(numberFormula(pct, new D(92), new D(92))).toBe("='绩效指标表'!F5*100");
    const plain: IndicatorValue = { ...textValue("15"), cellNumber: 15 };
    expect(numberFormula(plain, new D(15), new D(15))).toBe("='绩效指标表'!F5");
  });

  test("text whose number a formula cannot find or follow gives no formula", () => {
    expect(numberFormula(textValue("三个"), new D(3), new D(3))).toBeNull(); // characters, no digits
    expect(numberFormula(textValue("≥  95%"), new D(95), new D(95))).toBeNull(); // TRIM would move it
    expect(numberFormula(textValue("5‰"), new D(0.5), new D(0.5))).toBeNull(); // read as 0.5, written 5
    expect(numberFormula(textValue("95%"), new D(95), new D(95 * 3))).toBeNull(); // not a power of ten
  });
});

describe("score cells by basis", () => {
  const refs = { target: "G27", actual: "H27", weight: "I27", stated: "L27", score: "J27", headlineRate: "G21" };
  const base = (basis: IndicatorResult["basis"], target = "≥15公里", actual = "12公里"): IndicatorResult => ({
    indicator: {
      level1: "产出指标",
      level2: "数量指标",
      name: "新建步道",
      natureText: null,
      unitText: null,
      target: textValue(target),
      actual: { ...textValue(actual), cell: { ...cell, col: 6 } },
      weight: { value: new D(10), cell: { ...cell, col: 7 }, divisor: 1, numericCell: true },
      statedScore: null,
      reason: null,
      nameCell: cell,
      reasonCell: null,
    },
    ...(basis ? { basis } : {}),
    direction: "positive",
    completion: new D(0.8),
    score: new D(8),
    met: false,
    checked: true,
  });

  test("正向: the rule on the two number cells, half-up to 2 decimals; 12/15 × 10 = 8", () => {
    const c = scoreCells(base({ kind: "ratio", direction: "positive", t: new D(15), a: new D(12), targetUsesUpper: false, actualFromRate: false }), refs, true, "zh", ["是", "否"]);
    expect(c.live).toBe(true);
    expect(c.score).toEqual({ t: "formula", f: "=IFERROR(ROUND(I27*IF(G27<=0,IF(H27>=G27,1,0),IF(H27>=G27,1,MAX(H27/G27,0))),2),0)", v: 8 });
    expect(c.met).toEqual({ t: "formula", f: '=IF(J27=I27,"是","否")', v: "否" });
    expect(c.targetNumber).toMatchObject({ t: "formula", v: 15 });
  });

  test("a date rule is a value, with the rule cell saying so; values mode has no formulas", () => {
    const c = scoreCells(base({ kind: "value", why: "date" }, "12月底前", "11月底"), refs, true, "zh", ["是", "否"]);
    expect(c.live).toBe(false);
    expect(c.score).toEqual({ t: "number", v: 8 });
    expect(c.rule).toEqual({ t: "text", v: "日期：按期完成得满分（数值，非公式）" });
    const plain = scoreCells(base({ kind: "ratio", direction: "positive", t: new D(15), a: new D(12), targetUsesUpper: false, actualFromRate: false }), refs, false, "zh", ["是", "否"]);
    expect(plain.score).toEqual({ t: "number", v: 8 });
    expect(plain.targetNumber).toEqual({ t: "number", v: 15 });
  });

  test("定性 in the top band: the stated score stands inside [80%, 100%] of the weight, else the band's floor", () => {
    const r = base({ kind: "band", min: 0.8, max: 1, top: true, usesStated: true }, "逐步完善", "达成");
    const withStated = { ...r, indicator: { ...r.indicator, statedScore: { value: new D(9), cell, divisor: 1, numericCell: true } }, score: new D(9) };
    expect(scoreCells(withStated, refs, true, "zh", ["是", "否"]).score).toEqual({
      t: "formula",
      f: "=IF(AND(L27>=I27*0.8,L27<=I27*1),ROUND(L27,2),ROUND(I27*0.8,2))",
      v: 9,
    });
    // No stated score in the top band: full marks.
    expect(scoreCells({ ...r, score: new D(10) }, refs, true, "zh", ["是", "否"]).score).toEqual({ t: "formula", f: "=ROUND(I27,2)", v: 10 });
  });
  test("a common indicator computed from the budget is a value, and an unchecked stated score says 未核验", () => {
    const common = scoreCells(base({ kind: "value", why: "budget" }), refs, true, "zh", ["是", "否"]);
    expect(common.score).toEqual({ t: "number", v: 8 });
    expect(common.targetNumber).toBeNull();
    expect(common.rule).toEqual({ t: "text", v: "常用指标：实际值由收支表计算，按正向/反向规则评分（数值，非公式）" });
    const unchecked = scoreCells({ ...base({ kind: "stated" }), checked: false }, refs, true, "zh", ["是", "否"]);
    expect(unchecked.score).toEqual({ t: "formula", f: "=ROUND(L27,2)", v: 8 });
    expect(unchecked.rule).toEqual({ t: "text", v: "未核验：文字无可判定的档次，采用所填得分" });
    // Blank (or "—") cells are not words: the rule says what is missing (重庆 R “三公”经费变动率).
    for (const [target, actual] of [["", ""], ["—", "达成"], ["≥15公里", ""]] as const) {
      const blank = scoreCells({ ...base({ kind: "stated" }, target, actual), checked: false }, refs, true, "zh", ["是", "否"]);
      expect(blank.rule).toEqual({ t: "text", v: "未核验：未填指标值或实际值，采用所填得分" });
    }
  });
});
