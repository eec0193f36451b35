import { pickUiLang } from "../../src/app/ui-language";

describe("pickUiLang", () => {
  it.each([
    ["zh-CN", "zh"],
    ["zh-TW", "zh"],
    ["ZH-cn", "zh"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["", "en"],
    [undefined, "en"],
    [null, "en"],
  ] as const)("%s → %s", (display, lang) => {
    expect(pickUiLang(display)).toBe(lang);
  });
});
