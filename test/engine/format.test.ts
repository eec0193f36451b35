import { groupDigits } from "../../src/engine/format";

describe("groupDigits (R35: digits Zipin joins to a unit column)", () => {
  test("groups whole digits of four or more, keeps typed decimals and sign", () => {
    expect(["20000", "18600", "1000", "999", "-12345.5", "2.5"].map(groupDigits)).toEqual(["20,000", "18,600", "1,000", "999", "-12,345.5", "2.5"]);
  });
  test("leaves text already grouped or not a bare number", () => {
    expect(["20,000", "≥20000", "约20000"].map(groupDigits)).toEqual(["20,000", "≥20000", "约20000"]);
  });
});
