/**
 * The batch as users run it: `node bin/zipin.js evaluate FOLDER/` over the esbuild bundle, which
 * re-enters itself as worker threads (--jobs 2). In-process behaviour is pinned in batch.test.ts.
 */
import { execFileSync, spawnSync } from "child_process";
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
