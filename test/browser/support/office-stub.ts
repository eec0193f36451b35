/** Bundles the office.js stub (test/browser/stub/office-stub.ts) for the browser with esbuild. */
import { build } from "esbuild";
import { join } from "node:path";

export async function buildOfficeStub(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, "..", "stub", "office-stub.ts")],
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error("esbuild produced no office.js stub");
  return out.text;
}
