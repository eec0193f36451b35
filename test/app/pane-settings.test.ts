import { engineSettings, parseStoredSettings } from "../../src/app/pane-settings";

describe("engineSettings", () => {
  it("passes the engine only what the user chose, so the workbook's own settings rows still apply", () => {
    expect(engineSettings({})).toEqual({});
    expect(engineSettings({ writeFormulas: false })).toEqual({ writeFormulas: false });
    expect(engineSettings({ lang: "en", writeFormulas: true })).toEqual({ lang: "en", writeFormulas: true });
  });
});

describe("parseStoredSettings", () => {
  it("keeps well-formed fields and drops the rest", () => {
    expect(parseStoredSettings({ lang: "en", writeFormulas: false })).toEqual({ lang: "en", writeFormulas: false });
    expect(parseStoredSettings({ lang: "fr", writeFormulas: "no", extra: 1 })).toEqual({});
    expect(parseStoredSettings({ writeFormulas: true })).toEqual({ writeFormulas: true });
  });

  it("reads nothing from a missing or malformed value", () => {
    for (const v of [null, undefined, "zh", 3, [], ["lang"]]) expect(parseStoredSettings(v)).toEqual({});
  });
});
