import { shownSettings } from "../../src/taskpane/view/settings";

describe("shownSettings", () => {
  it("shows the engine defaults until the user chooses", () => {
    expect(shownSettings({})).toEqual({ lang: "zh", writeFormulas: true });
    expect(shownSettings({ lang: "en", writeFormulas: false })).toEqual({ lang: "en", writeFormulas: false });
  });
});
