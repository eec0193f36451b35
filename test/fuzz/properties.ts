/**
 * What must hold for any file the command line is given (issue 8):
 * - never an internal error: exit 0 with a result, or exit 1 with a clear message and no file;
 * - the input sheets' XML (every part but the registry parts we must edit) comes out byte for byte;
 * - no text becomes a formula (text we put in cells carries MARK; no <f> may hold it);
 * - evaluating the output again gives the same JSON result;
 * - time and memory follow the cell count, not the area (measured here, judged by scripts/fuzz.ts).
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { main } from "../../src/node/cli";
import type { CliIO } from "../../src/node/cli";
import { MARK } from "./generators";
import type { FuzzCase } from "./generators";

export class Finding extends Error {
  constructor(c: FuzzCase, what: string) {
    super(`[${c.family}] ${c.label}: ${what}`);
    this.name = "Finding";
  }
}

export interface Outcome {
  family: string;
  cells: number;
  exit: number;
  /** Time of the first evaluation. */
  ms: number;
  /** stderr's first line when it failed. */
  message: string;
}

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd };
  const code = await main(args, io);
  return { code, out, err };
}

async function parts(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const found = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) found.set(name.toLowerCase(), await entry.async("nodebuffer"));
  }
  return found;
}

/** Parts the writer must edit to register its sheets: recognised by what they hold, wherever they live. */
function isRegistryPart(name: string, bytes: Buffer): boolean {
  if (name === "[content_types].xml") return true;
  const head = bytes.subarray(0, 4096).toString("utf8");
  if (/<(?:\w+:)?(workbook|styleSheet|calcChain)\b/.test(head)) return true;
  return name.endsWith(".rels") && /relationships\/worksheet"/.test(bytes.toString("utf8"));
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));

/** Runs one case in `dir` and checks every property; throws a Finding when one fails. */
export async function checkCase(c: FuzzCase, dir: string): Promise<Outcome> {
  const input = await c.bytes();
  writeFileSync(join(dir, "in.xlsx"), input);
  const started = Date.now();
  const first = await run(["evaluate", "in.xlsx", "-o", "out.xlsx", "--json", "out.json"], dir);
  const ms = Date.now() - started;
  const outcome: Outcome = { family: c.family, cells: c.cells, exit: first.code, ms, message: first.err.split("\n")[0] ?? "" };

  if (/内部错误|Internal error/.test(first.err)) throw new Finding(c, `internal error: ${first.err}`);
  if (first.code !== 0) {
    if (first.code !== 1) throw new Finding(c, `exit ${first.code}`);
    if (first.err.trim() === "") throw new Finding(c, "failed without a message");
    if (existsSync(join(dir, "out.xlsx")) || existsSync(join(dir, "out.json"))) throw new Finding(c, "a file was written by a failed run");
    return outcome;
  }

  const output = readFileSync(join(dir, "out.xlsx"));
  const before = await parts(input);
  const after = await parts(output);
  for (const [name, bytes] of before) {
    if (isRegistryPart(name, bytes)) continue;
    const now = after.get(name);
    if (!now) throw new Finding(c, `input part ${name} is missing from the output`);
    if (!now.equals(bytes)) throw new Finding(c, `input part ${name} changed`);
  }
  for (const [name, bytes] of after) {
    if (!name.endsWith(".xml")) continue;
    for (const f of bytes.toString("utf8").matchAll(/<(?:\w+:)?f\b[^>]*>([^<]*)</g)) {
      if (decode(f[1]!).includes(MARK)) throw new Finding(c, `text became a formula in ${name}: ${f[1]}`);
    }
  }

  const second = await run(["evaluate", "out.xlsx", "-o", "out2.xlsx", "--json", "out2.json"], dir);
  if (second.code !== 0) throw new Finding(c, `the output does not evaluate again: ${second.err}`);
  const json1 = readFileSync(join(dir, "out.json"), "utf8");
  const json2 = readFileSync(join(dir, "out2.json"), "utf8");
  if (json1 !== json2) throw new Finding(c, "evaluating the output again gives a different result");
  return outcome;
}
