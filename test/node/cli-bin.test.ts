/**
 * The built command as users run it: `node bin/zipin.js` over the esbuild bundle (built here,
 * as `npm ci` does through "prepare"). Only what needs no engine result; evaluation end to end
 * through the binary is in test/e2e.
 */
import { execFileSync, spawnSync } from "child_process";
import { readFileSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { filesIn, makeTempDir } from "./helpers";

const ROOT = resolve(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "zipin.js");

function zipin(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("bin/zipin.js", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs")], { cwd: ROOT, stdio: "pipe" });
  });
  beforeEach(() => (tmp = makeTempDir()));
  afterEach(() => tmp.cleanup());

  it("exits 0/1/2 as documented and writes nothing on failure", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(zipin(["--version"], tmp.dir)).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: "" });

    const usage = zipin(["evaluate", "in.xlsx", "--colour"], tmp.dir);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe("zipin: 未知选项：--colour\n运行 zipin evaluate --help 查看用法。\n");

    const missing = zipin(["evaluate", "missing.xlsx", "--lang", "en"], tmp.dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe("zipin: Input file not found: missing.xlsx\nNo file was written.\n");

    writeFileSync(join(tmp.dir, "notes.xlsx"), "not a workbook");
    const bad = zipin(["evaluate", "notes.xlsx"], tmp.dir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("notes.xlsx 不是有效的 .xlsx 工作簿");
    expect(filesIn(tmp.dir)).toEqual(["notes.xlsx"]);

    const template = zipin(["template"], tmp.dir);
    expect(template).toEqual({ status: 0, stdout: "已生成模板：zipin-template.xlsx\n", stderr: "" });
    const again = zipin(["template"], tmp.dir);
    expect(again.status).toBe(1);
    expect(filesIn(tmp.dir)).toEqual(["notes.xlsx", "zipin-template.xlsx"]);
  });
});
