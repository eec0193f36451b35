import { parseValueText, readIndicatorValue } from "../../../src/engine/parse/indicator-value";
import type { CellRef } from "../../../src/engine/grid";

const cell: CellRef = { sheet: "指标", row: 3, col: 4 };

function read(text: string) {
  const v = parseValueText(text);
  return { comparator: v.comparator, number: v.number?.toString() ?? null, unit: v.unit, isPercent: v.isPercent };
}

describe("parseValueText", () => {
  test.each([
    ["≥95%", { comparator: "≥", number: "95", unit: null, isPercent: true }],
    ["≤10天", { comparator: "≤", number: "10", unit: "天", isPercent: false }],
    ["15公里", { comparator: null, number: "15", unit: "公里", isPercent: false }],
    ["2.4万亩", { comparator: null, number: "2.4", unit: "万亩", isPercent: false }],
    [">=90%", { comparator: "≥", number: "90", unit: null, isPercent: true }],
    ["<= 5 次", { comparator: "≤", number: "5", unit: "次", isPercent: false }],
    ["＞３", { comparator: ">", number: "3", unit: null, isPercent: false }],
    ["＜ 2", { comparator: "<", number: "2", unit: null, isPercent: false }],
    ["不低于98%", { comparator: "≥", number: "98", unit: null, isPercent: true }],
    ["不少于3场", { comparator: "≥", number: "3", unit: "场", isPercent: false }],
    ["大于等于80%", { comparator: "≥", number: "80", unit: null, isPercent: true }],
    ["不超过100万元", { comparator: "≤", number: "100", unit: "万元", isPercent: false }],
    ["不高于5%", { comparator: "≤", number: "5", unit: null, isPercent: true }],
    ["小于等于3天", { comparator: "≤", number: "3", unit: "天", isPercent: false }],
    ["低于1%", { comparator: "≤", number: "1", unit: null, isPercent: true }],
    ["等于100%", { comparator: "=", number: "100", unit: null, isPercent: true }],
    ["=1", { comparator: "=", number: "1", unit: null, isPercent: false }],
    ["９５％", { comparator: null, number: "95", unit: null, isPercent: true }],
    ["95%以上", { comparator: "≥", number: "95", unit: null, isPercent: true }],
    ["10天以内", { comparator: "≤", number: "10", unit: "天", isPercent: false }],
    ["1,200人次", { comparator: null, number: "1200", unit: "人次", isPercent: false }],
    // A range: the lower bound is the target, read as "at least".
    ["90%-100%", { comparator: "≥", number: "90", unit: null, isPercent: true }],
    ["90～100%", { comparator: "≥", number: "90", unit: null, isPercent: true }],
    ["3-5天", { comparator: "≥", number: "3", unit: "天", isPercent: false }],
    // "…内" and an action after it: a cap.
    ["10天内", { comparator: "≤", number: "10", unit: "天", isPercent: false }],
    ["5个工作日内办结", { comparator: "≤", number: "5", unit: "个工作日", isPercent: false }],
    // A few words before the number.
    ["完成95%", { comparator: null, number: "95", unit: null, isPercent: true }],
    ["达到96%", { comparator: null, number: "96", unit: null, isPercent: true }],
    ["约96%", { comparator: null, number: "96", unit: null, isPercent: true }],
    ["覆盖率≥95%", { comparator: "≥", number: "95", unit: null, isPercent: true }],
    ["覆盖率不低于95%", { comparator: "≥", number: "95", unit: null, isPercent: true }],
    ["至少3个", { comparator: "≥", number: "3", unit: "个", isPercent: false }],
    ["控制在1000万元以内", { comparator: "≤", number: "1000", unit: "万元", isPercent: false }],
    ["未达到95%", { comparator: null, number: null, unit: null, isPercent: false }],
    // Counts in characters, before a measure word only.
    ["三个", { comparator: null, number: "3", unit: "个", isPercent: false }],
    ["十二项", { comparator: null, number: "12", unit: "项", isPercent: false }],
    ["三", { comparator: null, number: "3", unit: null, isPercent: false }],
    ["一定效果", { comparator: null, number: null, unit: null, isPercent: false }],
    ["辖区内全覆盖", { comparator: null, number: null, unit: null, isPercent: false }],
    // Qualitative values have no number.
    ["逐步完善", { comparator: null, number: null, unit: null, isPercent: false }],
    ["达成", { comparator: null, number: null, unit: null, isPercent: false }],
    ["效果明显", { comparator: null, number: null, unit: null, isPercent: false }],
    ["", { comparator: null, number: null, unit: null, isPercent: false }],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("parseValueText: ranges and dates", () => {
  test("a range keeps its upper bound for a 反向 cap: 3-5天 → 3 … 5", () => {
    expect(parseValueText("3-5天").upper!.toString()).toBe("5");
  });
  test.each([
    ["12月底前", { year: null, monthDay: 1231 }, "≤"],
    ["2023年12月底前完成", { year: 2023, monthDay: 1231 }, "≤"],
    ["6月30日前", { year: null, monthDay: 630 }, "≤"],
    ["年底前", { year: null, monthDay: 1231 }, "≤"],
    ["12月前", { year: null, monthDay: 1200 }, "≤"],
    ["11月底完成", { year: null, monthDay: 1131 }, null],
    ["10月", { year: null, monthDay: 1031 }, null],
    ["2023年11月", { year: 2023, monthDay: 1131 }, null],
  ])("%s is a point in the year", (text, date, comparator) => {
    const v = parseValueText(text);
    expect(v.date).toEqual(date);
    expect(v.comparator).toBe(comparator);
    expect(v.number).toBeNull();
  });
  test("13月 is no date", () => {
    expect(parseValueText("13月").date).toBeUndefined();
  });
});

describe("readIndicatorValue", () => {
  test('a comparator in the number format ("≤"0%) is the value\'s comparator: 0.05 → ≤5%', () => {
    const v = readIndicatorValue(0.05, '"≤"0%', cell);
    expect(v).toMatchObject({ comparator: "≤", isPercent: true, text: "≤5%" });
    expect(v.number!.toString()).toBe("5");
  });

  test("a number cell with a percent format is a percentage: 0.95 → 95, text 95%", () => {
    const v = readIndicatorValue(0.95, "0%", cell);
    expect(v.number!.toString()).toBe("95");
    expect(v).toMatchObject({ isPercent: true, text: "95%", comparator: null, unit: null, cell });
  });

  test("0.9231 with 0.00% → 92.31 exactly (no float drift)", () => {
    const v = readIndicatorValue(0.9231, "0.00%", cell);
    expect(v.number!.toString()).toBe("92.31");
    expect(v.text).toBe("92.31%");
  });

  test("a plain number cell stays a plain number", () => {
    const v = readIndicatorValue(15, "General", cell);
    expect(v.number!.toString()).toBe("15");
    expect(v).toMatchObject({ isPercent: false, text: "15" });
  });

  test("text is kept trimmed as written", () => {
    const v = readIndicatorValue("  ≥ 95% \n", null, cell);
    expect(v.text).toBe("≥ 95%");
    expect(v.comparator).toBe("≥");
    expect(v.number!.toString()).toBe("95");
  });

  test("blank cell: empty text, no number", () => {
    expect(readIndicatorValue(null, null, cell)).toEqual({
      text: "",
      comparator: null,
      number: null,
      unit: null,
      isPercent: false,
      cell,
    });
  });
});
