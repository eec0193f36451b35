import { fill, stringsFor } from "../../src/taskpane/i18n";
import { zh } from "../../src/taskpane/i18n/zh";
import { en } from "../../src/taskpane/i18n/en";

describe("string tables", () => {
  const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

  it("give every string in both languages, with the same placeholders", () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect({ key, zh: zh[key].length > 0, en: en[key].length > 0 }).toEqual({ key, zh: true, en: true });
      expect({ key, p: placeholders(en[key]) }).toEqual({ key, p: placeholders(zh[key]) });
    }
  });

  it("are chosen by language", () => {
    expect(stringsFor("zh").evaluate).toBe("评价");
    expect(stringsFor("en").evaluate).toBe("Evaluate");
  });
});

describe("fill", () => {
  it("replaces known placeholders and leaves unknown ones visible", () => {
    // Typed as plain string, the template is not checked by the compiler: the run-time rule shows.
    const template: string = "已写入“{summary}”和“{report}”，{x}";
    expect(fill(template, { summary: "绩效自评结果", report: "自评报告" })).toBe(
      "已写入“绩效自评结果”和“自评报告”，{x}",
    );
  });
});
