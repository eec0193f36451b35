import { D } from "../../../src/engine/decimal";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { gradeOf } from "../../../src/engine/evaluate/grades";

const grade = (total: string, max = "100") => gradeOf(new D(total), new D(max), DEFAULT_SETTINGS.gradeBands);

describe("gradeOf (优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60)", () => {
  it.each([
    ["100", "优"],
    ["90", "优"],
    ["89.99", "良"],
    ["80", "良"],
    ["79.99", "中"],
    ["60", "中"],
    ["59.99", "差"],
    ["0", "差"],
  ])("%s → %s", (total, expected) => {
    expect(grade(total)).toBe(expected);
  });
  it("scales to 100: 81 of 90 = 90 → 优; 80.99 of 90 = 89.988… → 89.99 → 良", () => {
    expect(grade("81", "90")).toBe("优");
    expect(grade("80.99", "90")).toBe("良");
  });
  it("no grade when nothing can be scored", () => {
    expect(grade("0", "0")).toBeNull();
  });
});
