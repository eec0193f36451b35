import { parseArgs, requestedLang } from "../../src/node/args";

describe("parseArgs", () => {
  it("reads evaluate with every option, in either spelling", () => {
    expect(parseArgs(["evaluate", "in.xlsx", "-o", "out.xlsx", "--json", "r.json", "--lang", "en", "--values", "--docx", "r.docx"])).toEqual({
      kind: "evaluate",
      input: "in.xlsx",
      output: "out.xlsx",
      json: "r.json",
      lang: "en",
      values: true,
      docx: "r.docx",
      summary: null,
      jobs: null,
      recursive: false,
      ruleSet: null,
    });
    expect(parseArgs(["evaluate", "--output=out.xlsx", "--json=-", "--lang=zh", "in.xlsx"])).toEqual({
      kind: "evaluate",
      input: "in.xlsx",
      output: "out.xlsx",
      json: "-",
      lang: "zh",
      values: false,
      docx: null,
      summary: null,
      jobs: null,
      recursive: false,
      ruleSet: null,
    });
    expect(parseArgs(["evaluate", "in.xlsx"])).toMatchObject({ output: null, json: null, lang: null, values: false });
    // "--" ends the options: a file may start with a dash.
    expect(parseArgs(["evaluate", "--", "-odd.xlsx"])).toMatchObject({ kind: "evaluate", input: "-odd.xlsx" });
  });

  it("reads --rule-set in English or in the words of the 评分规则 row, and refuses anything else", () => {
    expect(parseArgs(["evaluate", "in.xlsx", "--rule-set", "project"])).toMatchObject({ ruleSet: "project" });
    expect(parseArgs(["evaluate", "in.xlsx", "--rule-set=部门整体"])).toMatchObject({ ruleSet: "department" });
    expect(parseArgs(["evaluate", "in.xlsx", "--rule-set", "项目支出"])).toMatchObject({ ruleSet: "project" });
    expect(parseArgs(["evaluate", "in.xlsx", "--rule-set", "自定义"])).toMatchObject({ ruleSet: "custom" });
    expect(parseArgs(["evaluate", "in.xlsx", "--rule-set", "auto"])).toMatchObject({ ruleSet: "auto" });
    const bad = parseArgs(["evaluate", "in.xlsx", "--rule-set", "province"]);
    expect(bad).toMatchObject({ kind: "usageError", command: "evaluate" });
    if (bad.kind === "usageError") {
      expect(bad.message.zh).toContain("“province”");
      expect(bad.message.en).toContain("--rule-set must be auto, project (项目支出), department (部门整体) or custom (自定义)");
    }
  });

  it("reads the batch options: --summary, --jobs/-j, -r/--recursive", () => {
    expect(parseArgs(["evaluate", "units/", "-o", "out/", "--summary", "汇总.xlsx", "--jobs", "3", "-r"])).toMatchObject({
      input: "units/",
      output: "out/",
      summary: "汇总.xlsx",
      jobs: 3,
      recursive: true,
    });
    expect(parseArgs(["evaluate", "units", "-j=2", "--recursive"])).toMatchObject({ kind: "usageError" });
    expect(parseArgs(["evaluate", "units", "--jobs=2", "--recursive"])).toMatchObject({ jobs: 2, recursive: true });
    for (const bad of ["0", "1.5", "many", "65"]) {
      expect(parseArgs(["evaluate", "units", "--jobs", bad])).toMatchObject({
        kind: "usageError",
        message: { en: `--jobs must be a whole number from 1 to 64, not “${bad}”` },
      });
    }
    expect(parseArgs(["evaluate", "units", "--summary", "-"])).toMatchObject({ kind: "usageError" });
  });

  it("reads template, help and version", () => {
    expect(parseArgs(["template"])).toEqual({ kind: "template", output: null, lang: null, force: false });
    expect(parseArgs(["template", "-o", "t.xlsx", "--force", "--lang", "en"])).toEqual({ kind: "template", output: "t.xlsx", lang: "en", force: true });
    expect(parseArgs(["--help"])).toEqual({ kind: "help", command: null });
    expect(parseArgs(["-h"])).toEqual({ kind: "help", command: null });
    expect(parseArgs(["help", "template"])).toEqual({ kind: "help", command: "template" });
    expect(parseArgs(["evaluate", "--help"])).toEqual({ kind: "help", command: "evaluate" });
    expect(parseArgs(["evaluate", "in.xlsx", "--bogus", "--help"]).kind).toBe("usageError");
    expect(parseArgs(["--version"])).toEqual({ kind: "version" });
    expect(parseArgs(["-v"])).toEqual({ kind: "version" });
  });

  it.each([
    [[], "缺少命令"],
    [["frobnicate"], "未知命令：frobnicate"],
    [["in.xlsx"], "zipin evaluate in.xlsx"],
    [["--nope"], "未知选项：--nope"],
    [["evaluate"], "缺少输入文件"],
    [["evaluate", "a.xlsx", "b.xlsx"], "b.xlsx"],
    [["evaluate", "a.xlsx", "--bogus"], "未知选项：--bogus"],
    [["evaluate", "a.xlsx", "-o"], "-o 需要一个取值"],
    [["evaluate", "a.xlsx", "-o", "--values"], "-o 需要一个取值"],
    [["evaluate", "a.xlsx", "--lang", "fr"], "zh 或 en"],
    [["evaluate", "a.xlsx", "--values=yes"], "不接受取值"],
    [["evaluate", "a.xlsx", "-o", "-"], "标准输出"],
    [["template", "extra.xlsx"], "多余的参数"],
    [["template", "--values"], "未知选项：--values"],
  ])("rejects %j as a usage error", (argv, zh) => {
    const cmd = parseArgs(argv);
    expect(cmd.kind).toBe("usageError");
    if (cmd.kind === "usageError") {
      expect(cmd.message.zh).toContain(zh);
      expect(cmd.message.en.length).toBeGreaterThan(0);
    }
  });

  it("finds the requested language even on a bad command line", () => {
    expect(requestedLang(["evaluate", "--bogus", "--lang", "en"])).toBe("en");
    expect(requestedLang(["--lang=en"])).toBe("en");
    expect(requestedLang(["--lang", "fr"])).toBeNull();
    expect(requestedLang([])).toBeNull();
  });
});
