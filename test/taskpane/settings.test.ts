import { shownSettings } from "../../src/taskpane/view/settings";

describe("shownSettings", () => {
  it("shows the engine defaults until the user chooses", () => {
    expect(shownSettings({})).toEqual({ lang: "zh", writeFormulas: true, ruleSet: "auto" });
    expect(shownSettings({ lang: "en", writeFormulas: false, ruleSet: "project" })).toEqual({ lang: "en", writeFormulas: false, ruleSet: "project" });
  });
  it("shows the workbook's own settings rows where the user has not chosen, as Evaluate will use them", () => {
    const workbook = { lang: "en" as const, writeFormulas: false, ruleSet: "department" as const };
    expect(shownSettings({}, workbook)).toEqual({ lang: "en", writeFormulas: false, ruleSet: "department" });
    expect(shownSettings({ lang: "zh" }, workbook)).toEqual({ lang: "zh", writeFormulas: false, ruleSet: "department" });
  });
});
