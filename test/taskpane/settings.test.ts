import { shownSettings } from "../../src/taskpane/view/settings";

describe("shownSettings", () => {
  it("shows the engine defaults until the user chooses", () => {
    expect(shownSettings({})).toEqual({ lang: "zh", writeFormulas: true });
    expect(shownSettings({ lang: "en", writeFormulas: false })).toEqual({ lang: "en", writeFormulas: false });
  });
  it("shows the workbook's own settings rows where the user has not chosen, as Evaluate will use them", () => {
    const workbook = { lang: "en" as const, writeFormulas: false };
    expect(shownSettings({}, workbook)).toEqual({ lang: "en", writeFormulas: false });
    expect(shownSettings({ lang: "zh" }, workbook)).toEqual({ lang: "zh", writeFormulas: false });
  });
});
