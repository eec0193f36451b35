/**
 * Which text Excel (and WPS) would turn into something else when it is entered into a General
 * cell: only that text gets the Text format (@); prose stays General, because a Text cell over
 * 255 characters shows ##### in desktop Excel (docs/print-and-charts.md).
 */
import { excelWouldConvert } from "../../src/engine/text-conversion";

describe("excelWouldConvert", () => {
  test.each([
    ["=SUM(A1)", "a formula"],
    ["+86 020", "a sign-led expression"],
    ["-", "a lone minus"],
    ["@home", "an at sign"],
    ["'引号", "the apostrophe text prefix, which entry drops"],
    ["1,234.5", "a number with thousands separators"],
    ["12%", "a percentage"],
    ["(12)", "a negative in brackets"],
    ["2023-12-31", "a date"],
    ["3月5日", "a Chinese date"],
    ["10:30", "a time"],
    ["TRUE", "a boolean"],
  ])("%s is converted (%s)", (text) => {
    expect(excelWouldConvert(text)).toBe(true);
  });

  test.each([
    ["我镇本年收入合计28,082.29万元，为年度预算的98.31%。", "prose with figures"],
    ["一般公共预算财政拨款补助收入", "a line name"],
    ["≥95%", "a target with its comparator"],
    ["15公里", "a figure with its unit"],
    ["", "empty text"],
  ])("%s stays as typed (%s)", (text) => {
    expect(excelWouldConvert(text)).toBe(false);
  });
});
