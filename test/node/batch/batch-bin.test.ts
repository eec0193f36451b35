/**
 * The batch as users run it: `node bin/zipin.js evaluate FOLDER/` over the esbuild bundle, which
 * re-enters itself as worker threads (--jobs 2). In-process behaviour is pinned in batch.test.ts.
 */
import { execFileSync, spawn, spawnSync } from "child_process";
import { rmSync } from "fs";
import { join, resolve } from "path";
import { writeUnitWorkbooks } from "../../../scripts/unit-workbooks";
import { filesIn, makeTempDir, reread, sheetOf } from "../helpers";

jest.setTimeout(120_000);

const ROOT = resolve(__dirname, "..", "..", "..");
const BIN = join(ROOT, "bin", "zipin.js");

function zipin(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("bin/zipin.js evaluate FOLDER/ on worker threads", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs")], { cwd: ROOT, stdio: "pipe" });
  });
  beforeEach(() => (tmp = makeTempDir()));
  afterEach(() => tmp.cleanup());

  it("evaluates all but the damaged file, exits 1, then 0 once it is gone; 2 on a usage error", async () => {
    await writeUnitWorkbooks(join(tmp.dir, "units"), 4, { corrupt: true });
    const r = zipin(["evaluate", "units/", "-o", "out/", "--summary", "汇总.xlsx", "--jobs", "2"], tmp.dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("✗ units/损坏的单位.xlsx：不是有效的 .xlsx 工作簿");
    expect(r.stdout).toContain("已评价 4 个工作簿，1 个无法评价：");
    expect(filesIn(join(tmp.dir, "out"))).toEqual(["单位01.evaluated.xlsx", "单位02.evaluated.xlsx", "单位03.evaluated.xlsx", "单位04.evaluated.xlsx"]);
    const summary = await reread(join(tmp.dir, "汇总.xlsx"));
    expect(sheetOf(summary, "汇总").rowCount).toBe(5);
    expect(sheetOf(summary, "未能评价").getCell("A2").value).toBe("units/损坏的单位.xlsx");

    rmSync(join(tmp.dir, "units", "损坏的单位.xlsx"));
    const again = zipin(["evaluate", "units", "-o", "out", "--jobs", "2", "--lang", "en"], tmp.dir);
    expect(again.status).toBe(0);
    expect(again.stdout.trimEnd().split("\n").pop()).toBe("Evaluated all 4 workbook(s).");

    const usage = zipin(["evaluate", "units", "--jobs", "many"], tmp.dir);
    expect(usage.status).toBe(2);
  });
});

describe("bin/zipin.js evaluate FOLDER/ and Ctrl-C", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (tmp = makeTempDir()));
  afterEach(() => tmp.cleanup());

  it("stops on SIGINT with exit 130: finished outputs stay, no temp file, no summary", async () => {
    await writeUnitWorkbooks(join(tmp.dir, "units"), 12);
    const child = spawn(process.execPath, [BIN, "evaluate", "units", "-o", "out", "--summary", "s.xlsx", "--jobs", "2"], { cwd: tmp.dir });
    let out = "";
    const firstLine = new Promise<void>((res) => {
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString("utf8");
        if (out.includes("✓")) res();
      });
    });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString("utf8")));
    const exited = new Promise<number | null>((res) => child.on("exit", (code) => res(code)));
    await firstLine;
    child.kill("SIGINT");
    const code = await exited;
    // A run that finished before the signal arrived is still a correct outcome; the point is what is left.
    if (code === 130) expect(err).toContain("已中断");
    else expect(code).toBe(0);
    const left = filesIn(join(tmp.dir, "out"));
    expect(left.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(left.every((f) => /^单位\d\d\.evaluated\.xlsx$/.test(f))).toBe(true);
    for (const f of left) expect((await reread(join(tmp.dir, "out", f))).worksheets.length).toBeGreaterThan(3);
    if (code === 130) expect(filesIn(tmp.dir)).toEqual(["out", "units"]);
  });
});
