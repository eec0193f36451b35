/** Which host the task pane finds at start-up: WPS when its object model is on window, else none. */
import { wpsApplication, wpsDisplayLanguage } from "../../src/wps";
import { FakeWpsBook } from "../fake-wps";

describe("wpsApplication", () => {
  it("finds the WPS Application object by its shape, under Application or wps", () => {
    const app = new FakeWpsBook().application();
    expect(wpsApplication({ Application: app })).toBe(app);
    expect(wpsApplication({ wps: app })).toBe(app);
  });

  it("finds nothing in a plain browser or in Excel (Office.js globals only)", () => {
    expect(wpsApplication({})).toBeNull();
    expect(wpsApplication(undefined)).toBeNull();
    expect(wpsApplication({ Office: {}, Excel: {} })).toBeNull();
    // Something else called Application (a page's own global) is not taken for WPS.
    expect(wpsApplication({ Application: { name: "my app" } })).toBeNull();
  });
});

describe("wpsDisplayLanguage", () => {
  const langOf = (book: FakeWpsBook): string | null => wpsDisplayLanguage(book.application() as unknown as Et.Application);

  it("reads WPS's UI language (LanguageSettings.LanguageID(msoLanguageIDUI)): any Chinese LCID is zh, others en", () => {
    const book = new FakeWpsBook();
    expect(langOf(book)).toBe("zh"); // 2052 简体中文
    book.uiLanguageId = 1028; // 繁體中文 (台灣)
    expect(langOf(book)).toBe("zh");
    book.uiLanguageId = 3076; // 繁體中文 (香港)
    expect(langOf(book)).toBe("zh");
    book.uiLanguageId = 1033; // English (US)
    expect(langOf(book)).toBe("en");
    book.uiLanguageId = 1041; // 日本語: the pane has no Japanese, English it is
    expect(langOf(book)).toBe("en");
  });

  it("gives null (the caller falls back to navigator.language) when WPS does not answer", () => {
    const noSettings = { LanguageSettings: undefined } as unknown as Et.Application;
    expect(wpsDisplayLanguage(noSettings)).toBeNull();
    const throwing = {
      LanguageSettings: {
        LanguageID: () => {
          throw new Error("not implemented");
        },
      },
    } as unknown as Et.Application;
    expect(wpsDisplayLanguage(throwing)).toBeNull();
    const book = new FakeWpsBook();
    book.uiLanguageId = 0;
    expect(langOf(book)).toBeNull();
  });
});
