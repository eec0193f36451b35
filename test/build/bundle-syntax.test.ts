/**
 * The built bundles (dist/, `npm run build`; `npm test` builds before jest) parse as the oldest
 * supported host would: Safari 14's WebKit (Excel for Mac on macOS 11). A syntax error there
 * loses the whole task pane, so the check is on what ships, dependencies included:
 * - the syntax is ES2020 at most (acorn with ecmaVersion 2020);
 * - no regular expression uses lookbehind, `(?<=` or `(?<!` (Safari < 16.4), neither as a
 *   literal nor as a string handed to `new RegExp` (which fails when it runs, not when parsed).
 * See docs/office-hardening.md.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Parser, tokTypes, type Token } from "acorn";

const DIST = join(__dirname, "..", "..", "dist");
const LOOKBEHIND = /\(\?<[=!]/;

/**
 * Lookbehinds in dependencies that are built with `new RegExp` only inside a function Zipin never
 * calls, so Safari 14 never meets them (a string is no syntax error; only running it would be).
 * Each entry names the chunk by a marker it holds and the exact template part.
 * - docx's `patchDetector` (template placeholders, for patching existing documents); Zipin only
 *   creates documents (src/app/report-docx.ts).
 */
const NEVER_RUN = [{ marker: "patchDocument", text: "(?<=" }];

function neverRun(source: string, finding: Finding): boolean {
  return NEVER_RUN.some((k) => finding.text === k.text && source.includes(k.marker));
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Parses as ES2020 and lists every regex literal, string or template part holding a lookbehind. */
function lookbehinds(source: string, file: string): Finding[] {
  const found: Finding[] = [];
  const onToken = (t: Token): void => {
    // acorn's Token type omits `value`, which it sets on every token it reports.
    const raw = (t as Token & { value?: unknown }).value;
    const value: unknown = t.type === tokTypes.regexp ? (raw as { pattern: string }).pattern : raw;
    const isText = t.type === tokTypes.regexp || t.type === tokTypes.string || t.type === tokTypes.template;
    if (isText && typeof value === "string" && LOOKBEHIND.test(value)) {
      found.push({ file, line: t.loc?.start.line ?? 0, text: value.slice(0, 80) });
    }
  };
  Parser.parse(source, { ecmaVersion: 2020, sourceType: "script", locations: true, onToken });
  return found;
}

describe("the built bundles parse in Safari 14 (Excel for Mac on older macOS)", () => {
  const bundles = existsSync(DIST) ? readdirSync(DIST).filter((f) => f.endsWith(".js")) : [];

  test("dist/ holds the three pages' bundles (run `npm run build` first)", () => {
    expect(bundles.map((f) => f.replace(/\.[0-9a-f]{8}\.js$|\.js$/, "")).sort()).toEqual(
      expect.arrayContaining(["commands", "dialog", "taskpane"]),
    );
  });

  test("every bundle is ES2020 syntax with no regex lookbehind", () => {
    const findings = bundles.flatMap((f) => {
      const source = readFileSync(join(DIST, f), "utf8");
      return lookbehinds(source, f).filter((x) => !neverRun(source, x));
    });
    expect(findings).toEqual([]);
  });

  test("the check itself catches what Safari 14 rejects", () => {
    expect(lookbehinds("const a = /(?<!\\d)2023/;", "x")).toHaveLength(1);
    expect(lookbehinds('const b = new RegExp("(?<=[一-龥])\\\\s+");', "x")).toHaveLength(1);
    expect(lookbehinds("const c = new RegExp(`(?<!\\\\d)${1}`);", "x")).toHaveLength(1);
    expect(lookbehinds("const d = /(?:^|\\D)2023(?!\\d)/;", "x")).toEqual([]);
    // The allowance for docx's unused template matcher covers that template part only.
    const docx = "patchDocument; const p = (s) => new RegExp(`(?<=${s})x`);";
    expect(lookbehinds(docx, "x").filter((f) => !neverRun(docx, f))).toEqual([]);
    const ours = "patchDocument; const q = /(?<!\\d)2023/;";
    expect(lookbehinds(ours, "x").filter((f) => !neverRun(ours, f))).toHaveLength(1);
    // ES2021 syntax (logical assignment, numeric separators) is beyond the target.
    expect(() => lookbehinds("let e = 1_000;", "x")).toThrow();
  });
});
