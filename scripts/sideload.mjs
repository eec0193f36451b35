// `npm start` / `npm stop`: sideload manifest.xml into desktop Excel (and start the dev server)
// with office-addin-debugging, fetched on demand by npx. It is kept out of package.json because
// it pulls keytar, a native module whose offline build needs libsecret-1-dev (docs/design.md), so a
// fresh `npm ci` needs nothing but Node.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname } from "node:path";

const DEBUGGING = "office-addin-debugging@6";
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(command, args) {
  console.log(`> ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function fail(what, status) {
  console.error(
    [
      "",
      `${what} failed (exit code ${status}).`,
      `If you are offline: npx must download ${DEBUGGING} the first time, so connect once and retry.`,
      "If npx failed while installing it: it builds keytar, a native module; where no prebuilt binary",
      "can be downloaded (e.g. Linux) that needs libsecret-1-dev and pkg-config (Debian/Ubuntu:",
      "apt-get install libsecret-1-dev pkg-config). Details: npx --loglevel=verbose " + DEBUGGING + " --version",
      "To sideload by hand instead: run `npm run dev-server` and follow README.md (Excel on the web:",
      "Home > Add-ins > More add-ins > Upload My Add-in > manifest.xml; Windows/Mac: shared folder or",
      "the wef folder).",
    ].join("\n"),
  );
  process.exit(status || 1);
}

/** Trusts the dev certificate once; getHttpsServerOptions in webpack.config.js then finds it. */
async function ensureCertificates() {
  const certs = await import("office-addin-dev-certs");
  const { verifyCertificates } = certs.default ?? certs;
  let present = false;
  try {
    present = verifyCertificates();
  } catch (error) {
    console.warn(`Could not check the development certificate: ${error instanceof Error ? error.message : error}`);
  }
  if (present) return;
  console.log("Installing the localhost development certificate (you may be asked to trust it)...");
  const status = run(npx, ["office-addin-dev-certs", "install"]);
  if (status !== 0) fail("office-addin-dev-certs install", status);
}

async function main() {
  const [command, ...extra] = process.argv.slice(2);
  if (command === "start") {
    await ensureCertificates();
    // Extra arguments pass through, e.g. `npm start -- web --document <workbook URL>` for Excel on the web.
    const status = run(npx, ["--yes", DEBUGGING, "start", "manifest.xml", ...extra]);
    if (status !== 0) fail(`${DEBUGGING} start`, status);
  } else if (command === "stop") {
    const status = run(npx, ["--yes", DEBUGGING, "stop", "manifest.xml", ...extra]);
    if (status !== 0) fail(`${DEBUGGING} stop`, status);
  } else {
    console.error("usage: node scripts/sideload.mjs start|stop");
    process.exit(2);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  fail(`npm ${process.argv[2] ?? ""}`.trim(), 1);
});
