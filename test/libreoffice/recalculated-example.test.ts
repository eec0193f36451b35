/**
 * The bundled example through the command line, opened by LibreOffice headless (which
 * recalculates on load with the profile below) and printed to PDF: every figure shows, no formula
 * error; with 13天 changed to 12天 in the input, the score, total and stale flag follow.
 * Skips (loudly) without LibreOffice; under CI it fails instead.
 */
import { execFileSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import JSZip from "jszip";
import { main } from "../../src/node/cli";
import { makeTempDir } from "../node/helpers";

const SOFFICE = process.env.SOFFICE_PATH || "/usr/bin/soffice";
const EXAMPLE = resolve(__dirname, "..", "..", "examples", "paitan-2023.xlsx");

/** A LibreOffice profile that recalculates .xlsx formulas on load (its default keeps cached values). */
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

function pdfText(dir: string, xlsx: string): string {
  const profile = join(dir, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx], {
    stdio: "ignore",
    timeout: 180_000,
  });
  const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
}

const line = (text: string, start: string): string => text.split("\n").find((l) => l.trimStart().startsWith(start)) ?? "";

const available = existsSync(SOFFICE);
if (!available && !process.env.CI) process.stderr.write(`\n!!! LIBREOFFICE TEST SKIPPED: ${SOFFICE} not found (apt-get install libreoffice-calc).\n`);
const suite = available || process.env.CI ? describe : describe.skip;

suite("the evaluated example in LibreOffice", () => {
  jest.setTimeout(400_000);
  let tmp: ReturnType<typeof makeTempDir>;
  let output: string;
  beforeAll(async () => {
    if (!available) throw new Error(`${SOFFICE} not found: CI must install libreoffice-calc`);
    tmp = makeTempDir("zipin-lo-");
    copyFileSync(EXAMPLE, join(tmp.dir, "in.xlsx"));
    const code = await main(["evaluate", "in.xlsx"], { stdout: () => undefined, stderr: () => undefined, cwd: tmp.dir, env: {} });
    expect(code).toBe(0);
    output = join(tmp.dir, "in.evaluated.xlsx");
  });
  afterAll(() => tmp?.cleanup());

  test("every figure shows, and no formula gives an error", () => {
    const text = pdfText(tmp.dir, output);
    expect(text).not.toMatch(/#VALUE|#NAME|#REF|#DIV|Err:\d/);
    expect(line(text, "自评总分")).toMatch(/92\.00$/);
    expect(line(text, "等级")).toMatch(/优$/);
    // Recalculated with nothing changed, the status says so (R15: an empty cell looked unfinished in print).
    expect(line(text, "报告状态")).toMatch(/已是最新$/);
    // The budget table's figures and the trail sheet's.
    expect(text).toContain("-64.82%");
    expect(text).toContain("计算依据");
    // 未舍入值 to four places of a percent (R16), where General printed 0.648201371…
    expect(text).toContain("64.8201%");
  });

  test("13天 → 12天 in the input: score 4.00, total 92.50, report flagged stale", async () => {
    const zip = await JSZip.loadAsync(readFileSync(output));
    let replaced = 0;
    for (const name of Object.keys(zip.files).filter((n) => /sharedStrings|worksheets\/sheet3\.xml/.test(n))) {
      const xml = await zip.file(name)!.async("string");
      zip.file(name, xml.replace(/<t>13天<\/t>/g, () => (replaced++, "<t>12天</t>")));
    }
    expect(replaced).toBe(1);
    const changed = join(tmp.dir, "changed.xlsx");
    writeFileSync(changed, await zip.generateAsync({ type: "nodebuffer" }));
    const text = pdfText(tmp.dir, changed);
    expect(line(text, "自评总分")).toMatch(/92\.50$/);
    expect(line(text, "报告状态")).toMatch(/报告需重新生成$/);
    // The indicator row: weight 5.00, score 4.00 (= (1 − 2/10) × 5) from 目标取数 10 and 实际取数 12, which
    // stay off the paper (columns L and M, outside the print area), then the stated 3.50.
    expect(text).toMatch(/≤10天\s+13天\s+5\.00\s+4\.00\s+3\.50/);
  });
});
