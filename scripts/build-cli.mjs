// Bundles the command line (src/node/cli.ts) into dist-cli/zipin.cjs for bin/zipin.js.
// Runs on `npm ci` ("prepare"), so `npx zipin …` works straight after install.
// exceljs stays external: it is a runtime dependency, and bundling it would only slow this down.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

try {
  await build({
    entryPoints: [join(root, "src/node/cli.ts")],
    outfile: join(root, "dist-cli/zipin.cjs"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: ["exceljs"],
    logLevel: "warning",
  });
} catch {
  // esbuild has already printed the errors.
  process.exit(1);
}
