import { nestQuotes } from "../../../src/engine/l10n/quotes";

describe("nestQuotes (GB/T 15834: single marks inside double)", () => {
  test.each([
    ["指标““三公”经费变动率”未得满分", "指标“‘三公’经费变动率”未得满分"],
    ["“a“b“c”b”a”", "“a‘b“c”b’a”"],
    ["指标“公众满意度”", "指标“公众满意度”"],
    ["no quotes", "no quotes"],
    // Unpaired: left alone rather than guessed at.
    ["指标““三公”经费", "指标““三公”经费"],
    ["”a“", "”a“"],
  ])("%s", (input, expected) => {
    expect(nestQuotes(input)).toBe(expected);
  });
});
