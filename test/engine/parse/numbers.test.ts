import { parseNumberText, readFigure, readNumber } from "../../../src/engine/parse/numbers";
import type { Check } from "../../../src/engine/evaluation";

function value(text: string): string | null | "invalid" {
  const r = parseNumberText(text);
  if (r.kind === "blank") return null;
  if (r.kind === "invalid") return "invalid";
  return r.value.toString();
}

describe("parseNumberText", () => {
  test.each([
    ["28,082.29", "28082.29"],
    ["２８，０８２．２９", "28082.29"],
    [" 28 082.29 ", "28082.29"],
    ["280,822,900.00", "280822900"],
    ["-7.80", "-7.8"],
    ["(1,234.50)", "-1234.5"],
    ["0", "0"],
    [".5", "0.5"],
  ])("%s → %s", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  test.each(["", "  ", "-", "—", "－", "/", "——", "–"])("%j means no figure", (text) => {
    expect(value(text)).toBeNull();
  });

  test.each(["约100", "100万元", "12%", "2,80.1", "1.2.3", "abc", "TRUE"])("%j is not a number", (text) => {
    expect(value(text)).toBe("invalid");
  });
});

describe("readNumber / readFigure", () => {
  test("booleans and non-finite numbers are invalid", () => {
    expect(readNumber(true).kind).toBe("invalid");
    expect(readNumber(Number.NaN).kind).toBe("invalid");
  });

  test("元 → 万元 by dividing by 10000 exactly: 0.1 + 0.2 style drift cannot happen", () => {
    const checks: Check[] = [];
    const cell = { sheet: "s", row: 0, col: 0 };
    // 330000.3 / 10000 = 33.00003 exactly
    const f = readFigure(330000.3, cell, 10000, checks)!;
    expect(f.value.toString()).toBe("33.00003");
    expect(f).toMatchObject({ divisor: 10000, numericCell: true, cell });
    expect(checks).toEqual([]);
  });

  test("invalid text → null and one INVALID_NUMBER warning at that cell", () => {
    const checks: Check[] = [];
    const cell = { sheet: "收支", row: 4, col: 2 };
    expect(readFigure("n/a", cell, 1, checks)).toBeNull();
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ code: "INVALID_NUMBER", cell });
    expect(checks[0]!.message.en).toContain("收支!C5");
  });

  test("an allowed suffix is ignored: 10分", () => {
    const r = readNumber("10分", /分$/);
    expect(r.kind === "number" && r.value.toString()).toBe("10");
  });
});

describe("magnitudes Excel cannot hold with its 15 digits are typing slips", () => {
  test.each(["1" + "0".repeat(400), "1e308", "1e16", "0.0000000000001"])("%s is not a number", (text) => {
    expect(parseNumberText(text).kind).toBe("invalid");
  });
  test("1e308 and 1e-320 as cell numbers are not numbers either", () => {
    expect(readNumber(1e308).kind).toBe("invalid");
    expect(readNumber(1e-320).kind).toBe("invalid");
  });
  test("large real amounts still read: 999,999,999,999.99 元", () => {
    const r = parseNumberText("999,999,999,999.99");
    expect(r.kind === "number" && r.value.toString()).toBe("999999999999.99");
  });
});
