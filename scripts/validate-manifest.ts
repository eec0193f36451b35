/**
 * `npm run validate`: checks manifest.xml offline and prints a report; exit code 1 on any error.
 * The XSD part uses the schemas in the repository (schemas/office-manifest, see its README; or
 * $ZIPIN_MANIFEST_SCHEMAS). Without them the other checks still run, but the XSD step is
 * reported as skipped and the run fails: a manifest is never called valid unchecked.
 * Another manifest may be named as the argument, e.g. `npm run validate -- dist/manifest.xml`.
 */
import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { checkManifest, schemaDir, validateWithXsd } from "./manifest-checks";
import type { Finding } from "./manifest-checks";

async function main(): Promise<number> {
  const root = join(__dirname, "..");
  const manifestPath = resolve(process.argv[2] ?? join(root, "manifest.xml"));
  const xml = readFileSync(manifestPath, "utf8");
  console.log(`Validating ${manifestPath}`);

  const xsd = await validateWithXsd(xml, schemaDir(root));
  if (xsd.skipped) console.log(`  XSD check: SKIPPED — ${xsd.reason}`);
  else console.log(`  XSD check: ${xsd.findings.length ? "FAILED" : "passed"}`);

  const own = checkManifest({
    xml,
    assetsDir: join(root, "assets"),
    commandsSource: readFileSync(join(root, "src", "commands", "commands.ts"), "utf8"),
  });
  const findings: Finding[] = [
    ...(xsd.skipped ? [{ severity: "error" as const, message: `the XSD step could not run: ${xsd.reason}` }] : xsd.findings),
    ...own,
  ];
  const errors = findings.filter((f) => f.severity === "error");
  console.log(
    `  Own checks (resids, zh-CN overrides, string lengths, https URLs, icon files, function names): ${
      own.some((f) => f.severity === "error") ? "FAILED" : "passed"
    }`,
  );
  for (const f of findings) console.log(`  ${f.severity.toUpperCase()}${f.line ? ` line ${f.line}` : ""}: ${f.message}`);

  const name = relative(process.cwd(), manifestPath) || manifestPath;
  console.log(errors.length ? `${name} is NOT valid: ${errors.length} error(s).` : `${name} is valid.`);
  return errors.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`validate-manifest failed: ${e instanceof Error ? e.stack : String(e)}`);
    process.exit(1);
  },
);
