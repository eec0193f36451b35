/**
 * Which parts a replaced sheet takes with it: those reachable through relationships from the
 * sheet (its comments, drawings, charts, pivot tables…) and from nowhere else in the package.
 * A part that was already unreferenced before is not ours to judge, so it is never counted.
 */
import { relsPathOf, resolveTarget } from "./package";
import type { XlsxPackage } from "./package";
import { readRelationships } from "./relationships";

/** Parts (lower-cased names) reachable from `starts`, never entering `avoid`. "" is the package root. */
async function reachable(pkg: XlsxPackage, starts: string[], avoid: string | null): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const part = queue.pop()!;
    const xml = await pkg.textOrNull(relsPathOf(part));
    if (xml === null) continue;
    for (const rel of readRelationships(xml)) {
      if (rel.external) continue;
      const target = resolveTarget(part, rel.target);
      const key = target.toLowerCase();
      if (key === avoid || seen.has(key) || !pkg.has(target)) continue;
      seen.add(key);
      queue.push(target);
    }
  }
  return seen;
}

/** The sheet part itself plus every part only it leads to (lower-cased names). */
export async function partsOwnedBy(pkg: XlsxPackage, sheetPart: string): Promise<string[]> {
  const own = sheetPart.toLowerCase();
  const fromSheet = await reachable(pkg, [sheetPart], null);
  const fromElsewhere = await reachable(pkg, [""], own);
  return [own, ...[...fromSheet].filter((p) => p !== own && !fromElsewhere.has(p))];
}
