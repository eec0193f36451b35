import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  checkFunctionNames,
  checkIcons,
  checkManifest,
  checkResids,
  checkStrings,
  checkUrls,
  MAIN_SCHEMA,
  parseXml,
  readPngSize,
  registeredFunctionNames,
  schemaDir,
  validateWithXsd,
} from "../../scripts/manifest-checks";
import type { Finding } from "../../scripts/manifest-checks";
import { drawIcon, encodePng } from "../../scripts/make-icons";

const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const commandsSource = readFileSync(join(root, "src", "commands", "commands.ts"), "utf8");
const assetsDir = join(root, "assets");

const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === "error").map((f) => f.message);
const check = (xml: string) => errorsOf(checkManifest({ xml, assetsDir, commandsSource }));

/** The manifest with one exact substring replaced; fails loudly if the substring is not there. */
function broken(from: string, to: string): string {
  expect(manifest).toContain(from);
  return manifest.replace(from, to);
}

describe("the committed manifest.xml", () => {
  it("passes every own check with no warnings", () => {
    expect(checkManifest({ xml: manifest, assetsDir, commandsSource })).toEqual([]);
  });

  const schemas = schemaDir(root);
  it("has its XSDs in the repository, so a fresh clone runs the XSD step", () => {
    if (!process.env.ZIPIN_MANIFEST_SCHEMAS) expect(schemas).toBe(join(root, "schemas", "office-manifest"));
    expect(existsSync(join(schemas, MAIN_SCHEMA))).toBe(true);
  });

  it("is valid against the Office add-in XSDs", async () => {
    const outcome = await validateWithXsd(manifest, schemas);
    expect(outcome).toEqual({ skipped: false, findings: [] });
  });

  it("is rejected by the XSDs when Requirements comes after Permissions", async () => {
    const requirements = /\s*<Requirements>[\s\S]*?<\/Requirements>/.exec(manifest)![0];
    const moved = manifest.replace(requirements, "").replace("</Permissions>", `</Permissions>${requirements}`);
    const outcome = await validateWithXsd(moved, schemas);
    expect(outcome.skipped).toBe(false);
    if (!outcome.skipped) expect(outcome.findings.map((f) => f.message).join("\n")).toMatch(/Requirements.*not expected/);
  });

  it("reports the XSD step as skipped, not passed, when the schemas are absent", async () => {
    const outcome = await validateWithXsd(manifest, join(tmpdir(), "no-such-schema-folder"));
    expect(outcome.skipped).toBe(true);
  });

  it("declares the ribbon group and both buttons with zh-CN labels", () => {
    const xml = parseXml(manifest);
    const shortStrings = new Map<string, string>();
    const walk = (el: ReturnType<typeof parseXml>): void => {
      if (el.local === "String" && el.parent?.local === "ShortStrings") {
        const zh = el.children.find((c) => c.attrs.Locale === "zh-CN");
        shortStrings.set(el.attrs.id!, zh?.attrs.Value ?? "");
      }
      el.children.forEach(walk);
    };
    walk(xml);
    expect([...shortStrings.values()]).toEqual(expect.arrayContaining(["绩效自评", "评价", "打开面板"]));
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.8"\/>/);
  });
});

describe("broken copies of the manifest are rejected", () => {
  it("a resid naming no resource", () => {
    expect(check(broken('<Label resid="EvaluateButton.Label"/>', '<Label resid="EvaluateButton.Missing"/>'))).toContain(
      '<Label resid="EvaluateButton.Missing"> names no resource',
    );
  });

  it("a resid naming a resource of the wrong kind (a label pointing at a URL)", () => {
    expect(check(broken('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'))).toContain(
      '<Label resid="Taskpane.Url"> needs a resource in ShortStrings, found one in Urls',
    );
  });

  it("a short string of 126 characters (limit 125), in either language", () => {
    const long = "x".repeat(126);
    expect(check(broken('DefaultValue="Evaluate"', `DefaultValue="${long}"`))).toContain(
      'string "EvaluateButton.Label" (default) is 126 characters, over the limit of 125',
    );
    // 126 CJK characters are 126 characters (not 378 UTF-8 bytes, not 126 UTF-16 units counted twice).
    expect(check(broken('Value="评价"', `Value="${"评".repeat(126)}"`))).toContain(
      'string "EvaluateButton.Label" (zh-CN) is 126 characters, over the limit of 125',
    );
    expect(check(broken('Value="评价"', `Value="${"评".repeat(125)}"`))).toEqual([]);
  });

  it("a long string of 251 characters (limit 250)", () => {
    const from = /<bt:String id="TaskpaneButton.Tooltip" DefaultValue="[^"]*"/.exec(manifest)![0];
    expect(check(broken(from, `<bt:String id="TaskpaneButton.Tooltip" DefaultValue="${"y".repeat(251)}"`))).toContain(
      'string "TaskpaneButton.Tooltip" (default) is 251 characters, over the limit of 250',
    );
  });

  it("a string without its zh-CN override", () => {
    expect(check(broken('<bt:Override Locale="zh-CN" Value="打开面板"/>', ""))).toContain(
      'string "TaskpaneButton.Label" has no zh-CN override',
    );
    expect(check(broken('<Override Locale="zh-CN" Value="自评"/>', ""))).toContain("DisplayName has no zh-CN override");
  });

  it("an http URL", () => {
    expect(check(broken('DefaultValue="https://localhost:3000/commands.html"', 'DefaultValue="http://localhost:3000/commands.html"'))).toContain(
      '<bt:Url DefaultValue="http://localhost:3000/commands.html"> is not an https URL',
    );
    expect(check(broken('<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://'))).toContain(
      '<SupportUrl DefaultValue="http://localhost:3000/assets/help.html"> is not an https URL',
    );
  });

  it("an icon file that does not exist, or has the wrong size", () => {
    expect(check(broken("assets/icon-80.png", "assets/icon-81.png"))).toContain(
      `image "Icon.80x80": ${join(assetsDir, "icon-81.png")} does not exist`,
    );
    expect(check(broken('DefaultValue="https://localhost:3000/assets/icon-16.png"', 'DefaultValue="https://localhost:3000/assets/icon-32.png"'))).toContain(
      `image "Icon.16x16": ${join(assetsDir, "icon-32.png")} is 32×32, expected 16×16`,
    );
  });

  it("a FunctionName the commands page does not register", () => {
    expect(check(broken("<FunctionName>evaluate</FunctionName>", "<FunctionName>evaluateAll</FunctionName>"))).toContain(
      'FunctionName "evaluateAll" is not registered by src/commands (registered: evaluate)',
    );
  });

  it("XML that is not well-formed", () => {
    expect(check(broken("</Permissions>", "</Permission>"))).toEqual([
      expect.stringMatching(/^not well-formed XML: unexpected <\/Permission>/),
    ]);
  });
});

describe("the check functions on hand-written inputs", () => {
  const mini = (body: string) =>
    parseXml(`<OfficeApp xmlns:bt="b"><DisplayName DefaultValue="A"><Override Locale="zh-CN" Value="甲"/></DisplayName>
      <Description DefaultValue="B"><Override Locale="zh-CN" Value="乙"/></Description>${body}</OfficeApp>`);

  it("flags duplicate resource ids and unused resources", () => {
    const xml = mini(`<Resources><bt:Urls><bt:Url id="u" DefaultValue="https://a/x"/></bt:Urls>
      <bt:ShortStrings><bt:String id="u" DefaultValue="s"><bt:Override Locale="zh-CN" Value="字"/></bt:String></bt:ShortStrings></Resources>`);
    expect(checkResids(xml)).toEqual([
      { severity: "error", message: 'resource id "u" is defined twice', line: 3 },
      { severity: "warning", message: 'resource "u" is never used', line: 2 },
    ]);
  });

  it("accepts strings at exactly their limits and counts characters, not bytes", () => {
    const xml = mini(`<Resources><bt:LongStrings><bt:String id="l" DefaultValue="${"a".repeat(250)}">
      <bt:Override Locale="zh-CN" Value="${"长".repeat(250)}"/></bt:String></bt:LongStrings></Resources>`);
    expect(checkStrings(xml)).toEqual([]);
  });

  it("checks every URL-valued attribute but not namespace declarations", () => {
    const xml = parseXml(`<a xmlns="http://schemas.example/ns" xmlns:x="http://x"><IconUrl DefaultValue="ftp://h/i.png"/>
      <SourceLocation DefaultValue="localhost:3000/taskpane.html"/><Other Href="http://h/p"/><AppDomains><AppDomain>https://ok.example</AppDomain></AppDomains></a>`);
    expect(errorsOf(checkUrls(xml))).toEqual([
      '<IconUrl DefaultValue="ftp://h/i.png"> is not an https URL',
      '<SourceLocation DefaultValue="localhost:3000/taskpane.html"> is not an https URL',
      '<Other Href="http://h/p"> is not an https URL',
    ]);
  });

  it("requires one size per image resource and a PNG of that size", () => {
    const dir = mkdtempSync(join(tmpdir(), "zipin-icons-"));
    try {
      writeFileSync(join(dir, "a.png"), encodePng(16, 16, drawIcon(16)));
      writeFileSync(join(dir, "b.png"), "not a png");
      const xml = parseXml(`<OfficeApp xmlns:bt="b"><Icon><bt:Image size="16" resid="A"/><bt:Image size="16" resid="B"/></Icon>
        <Icon><bt:Image size="32" resid="A"/></Icon>
        <Resources><bt:Images><bt:Image id="A" DefaultValue="https://h/assets/a.png"/><bt:Image id="B" DefaultValue="https://h/assets/b.png"/></bt:Images></Resources></OfficeApp>`);
      expect(errorsOf(checkIcons(xml, dir))).toEqual([
        'image "A" is used at sizes 16, 32; one file has one size',
        `image "B": ${join(dir, "b.png")} is not a PNG file`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads width and height from a PNG header", () => {
    expect(readPngSize(encodePng(80, 80, drawIcon(80)))).toEqual({ width: 80, height: 80 });
    expect(readPngSize(encodePng(3, 2, new Uint8Array(3 * 2 * 4)))).toEqual({ width: 3, height: 2 });
    expect(readPngSize(new Uint8Array([1, 2, 3]))).toBeNull();
  });

  it("finds the names a commands module associates, and matches FunctionName against them", () => {
    const source = `Office.onReady(() => { Office.actions.associate("evaluate", f); Office.actions.associate( 'other' , g); });`;
    expect(registeredFunctionNames(source)).toEqual(["evaluate", "other"]);
    const xml = parseXml(`<a xmlns:xsi="x"><Action xsi:type="ExecuteFunction"><FunctionName>missing</FunctionName></Action>
      <Action xsi:type="ExecuteFunction"><FunctionName>other</FunctionName></Action><Action xsi:type="ShowTaskpane"/></a>`);
    expect(errorsOf(checkFunctionNames(xml, source))).toEqual([
      'FunctionName "missing" is not registered by src/commands (registered: evaluate, other)',
    ]);
  });

  it("parses attributes with entities and reports unclosed elements with their line", () => {
    const el = parseXml(`<?xml version="1.0"?>\n<!-- c -->\n<a t="x &amp; &#x8BC4; &lt;b&gt;">text</a>`);
    expect(el.attrs.t).toBe("x & 评 <b>");
    expect(el.text).toBe("text");
    expect(el.line).toBe(3);
    expect(() => parseXml("<a>\n<b>\n</a>")).toThrow("unexpected </a> (line 3)");
    expect(() => parseXml("<a>\n<b>")).toThrow("<b> is never closed");
  });
});
