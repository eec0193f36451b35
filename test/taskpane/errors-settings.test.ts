import { describeError } from "../../src/taskpane/view/errors";
import { engineSettings, parseStoredSettings, shownSettings } from "../../src/taskpane/view/settings";

describe("describeError", () => {
  it("adds an Office error's code unless the message already says it", () => {
    const officeError = Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
    expect(describeError(officeError)).toBe("The requested resource doesn't exist. (ItemNotFound)");
    const saysIt = Object.assign(new Error("ItemNotFound: no sheet"), { code: "ItemNotFound" });
    expect(describeError(saysIt)).toBe("ItemNotFound: no sheet");
  });

  it("reads plain errors, strings and objects", () => {
    expect(describeError(new TypeError("x is undefined"))).toBe("x is undefined");
    expect(describeError("sync failed")).toBe("sync failed");
    expect(describeError({ code: 5001 })).toBe('{"code":5001}');
    expect(describeError(undefined)).toBe("undefined");
  });
});

describe("settings", () => {
  it("shows the engine defaults until the user chooses", () => {
    expect(shownSettings({})).toEqual({ lang: "zh", writeFormulas: true });
    expect(shownSettings({ lang: "en", writeFormulas: false })).toEqual({ lang: "en", writeFormulas: false });
  });

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
