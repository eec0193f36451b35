/** `zipin evaluate IN.xlsx --docx REPORT.docx` on the bundled example: the file, the JSON addition, the refusals. */
import { copyFileSync, existsSync, readFileSync } from "fs";
import { join, resolve } from "path";
import JSZip from "jszip";
import { main } from "../../src/node/cli";
import type { CliIO } from "../../src/node/cli";
import type { JsonResult } from "../../src/engine";
import { filesIn, makeTempDir } from "../node/helpers";

const EXAMPLE = resolve(__dirname, "..", "..", "examples", "paitan-2023.xlsx");

async function runCli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {} };
  return { code: await main(argv, io), stdout, stderr };
}

describe("zipin evaluate --docx", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    tmp = makeTempDir("zipin-docx-");
    copyFileSync(EXAMPLE, join(tmp.dir, "in.xlsx"));
  });
  afterEach(() => tmp.cleanup());

  it("writes the report as a .docx beside the workbook, names it in the summary and adds its path to the JSON", async () => {
    const run = await runCli(["evaluate", "in.xlsx", "--docx", "r.docx", "--json", "r.json"], tmp.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Word 报告：r.docx");
    const zip = await JSZip.loadAsync(readFileSync(join(tmp.dir, "r.docx")));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("广州市增城区派潭镇人民政府2023年度");
    const json = JSON.parse(readFileSync(join(tmp.dir, "r.json"), "utf8")) as JsonResult;
    expect(json.schemaVersion).toBe(1);
    expect(json.docx).toBe(join(tmp.dir, "r.docx"));
    expect(json.totalScore).toBe(92);
  });

  it("leaves docx out of the JSON when not asked for", async () => {
    const run = await runCli(["evaluate", "in.xlsx", "--json", "r.json"], tmp.dir);
    expect(run.code).toBe(0);
    const json = JSON.parse(readFileSync(join(tmp.dir, "r.json"), "utf8")) as JsonResult;
    expect("docx" in json).toBe(false);
  });

  it("refuses a --docx naming the input, the output or stdout, and writes nothing", async () => {
    const before = filesIn(tmp.dir);
    const same = await runCli(["evaluate", "in.xlsx", "-o", "o.xlsx", "--docx", "o.xlsx"], tmp.dir);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("--docx 不能与输入文件、输出工作簿或 JSON 文件相同：o.xlsx");
    const input = await runCli(["evaluate", "in.xlsx", "--docx", "in.xlsx", "--lang", "en"], tmp.dir);
    expect(input.code).toBe(2);
    expect(input.stderr).toContain("--docx must not name the input");
    const stdout = await runCli(["evaluate", "in.xlsx", "--docx", "-"], tmp.dir);
    expect(stdout.code).toBe(2);
    const folder = await runCli(["evaluate", ".", "--docx", "r.docx"], tmp.dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain("--docx 只用于评价单个工作簿");
    expect(filesIn(tmp.dir)).toEqual(before);
  });

  it("writes neither the workbook nor the report when the report's folder is missing", async () => {
    const run = await runCli(["evaluate", "in.xlsx", "--docx", join("gone", "r.docx")], tmp.dir);
    expect(run.code).toBe(1);
    expect(existsSync(join(tmp.dir, "in.evaluated.xlsx"))).toBe(false);
  });
});
