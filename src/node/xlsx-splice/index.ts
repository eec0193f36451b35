/**
 * Writes an OutputPlan INTO an existing .xlsx package: every part is copied as it was, except
 * the registry parts that must name our sheets (workbook, its relationships, content types,
 * styles, and the calc chain when a replaced sheet had entries there) and the parts of the
 * sheets we write. Input sheets, drawings, charts, pivot tables, VBA… keep their exact bytes.
 *
 * A plan sheet whose name (any case) is already a tab replaces that tab at the same position
 * (our previous output); other plan sheets become new tabs at the end. Tab positions never
 * shift, so defined names scoped by position stay valid.
 */
import type { OutputPlan } from "../../engine/light";
import { calcChainWithout } from "./calc-chain";
import { CONTENT_TYPE, CONTENT_TYPES_PART, withOverride, withoutOverrides } from "./content-types";
import { emptyPackageParts, MINIMAL_STYLES } from "./empty-package";
import { relsPathOf, resolveTarget, workbookPartName, XlsxPackage } from "./package";
import {
  freeRelationshipId,
  readRelationships,
  REL_TYPE,
  relationshipOfType,
  withoutRelationships,
  withRelationship,
} from "./relationships";
import { worksheetXml } from "./sheet-xml";
import { addChartParts } from "./chart-splice";
import { withPrintNames } from "./print-names";
import { StylesAppender } from "./styles-xml";
import { validatePlan } from "./validate";
import { partsOwnedBy } from "./reachability";
import { readSheets, withFullCalcOnLoad, withoutLocalNames, withSheets } from "./workbook-xml";
import type { SheetEntry } from "./workbook-xml";

export { sheetNameProblem, validatePlan } from "./validate";

/** The package's registry parts, edited as text and written back together at the end. */
interface Registry {
  workbookPart: string;
  workbook: string;
  relsPart: string;
  rels: string;
  contentTypes: string;
}

async function readRegistry(pkg: XlsxPackage): Promise<Registry> {
  const workbookPart = await workbookPartName(pkg);
  const relsPart = relsPathOf(workbookPart);
  return {
    workbookPart,
    workbook: await pkg.text(workbookPart),
    relsPart,
    rels: await pkg.text(relsPart),
    contentTypes: await pkg.text(CONTENT_TYPES_PART),
  };
}

/** The styles part, added from the minimal one when a package has none. */
async function stylesPart(pkg: XlsxPackage, reg: Registry): Promise<{ part: string; xml: string; isNew: boolean }> {
  const rel = relationshipOfType(readRelationships(reg.rels), REL_TYPE.styles);
  if (rel) {
    const part = resolveTarget(reg.workbookPart, rel.target);
    const xml = await pkg.textOrNull(part);
    if (xml !== null) return { part, xml, isNew: false };
  }
  const part = resolveTarget(reg.workbookPart, "styles.xml");
  reg.rels = withRelationship(reg.rels, { id: freeRelationshipId(reg.rels), type: REL_TYPE.styles, target: "styles.xml" });
  reg.contentTypes = withOverride(withoutOverrides(reg.contentTypes, [part]), part, CONTENT_TYPE.styles);
  return { part, xml: MINIMAL_STYLES, isNew: true };
}

/**
 * Removes a tab: its workbook relationship, its part and every part only it used (comments,
 * drawings, charts…), each with its own relationships and content-type entry.
 */
async function removeSheet(pkg: XlsxPackage, reg: Registry, relId: string): Promise<void> {
  const rel = readRelationships(reg.rels).find((r) => r.id === relId);
  if (rel && !rel.external) {
    const owned = await partsOwnedBy(pkg, resolveTarget(reg.workbookPart, rel.target));
    for (const part of owned) {
      pkg.remove(part);
      pkg.remove(relsPathOf(part));
    }
    reg.contentTypes = withoutOverrides(reg.contentTypes, owned);
  }
  reg.rels = withoutRelationships(reg.rels, new Set([relId]));
}

/**
 * The calc chain after the splice. When the plan writes formulas the whole chain goes: it
 * cannot list our formulas, and a chain left by a tool that deleted sheets may name a sheet id
 * we are about to reuse, both of which Excel "repairs" on open. Excel rebuilds it on the full
 * calculation we ask for (fullCalcOnLoad). Otherwise only the replaced sheets' entries go.
 */
async function updateCalcChain(pkg: XlsxPackage, reg: Registry, replacedIds: Set<number>, writesFormulas: boolean): Promise<void> {
  if (replacedIds.size === 0 && !writesFormulas) return;
  const rel = relationshipOfType(readRelationships(reg.rels), "/calcChain");
  if (!rel) return;
  const part = resolveTarget(reg.workbookPart, rel.target);
  const xml = await pkg.textOrNull(part);
  const pruned = xml === null || writesFormulas ? null : calcChainWithout(xml, replacedIds);
  if (pruned === xml) return;
  if (pruned !== null) {
    pkg.put(part, pruned);
    return;
  }
  pkg.remove(part);
  reg.rels = withoutRelationships(reg.rels, new Set([rel.id]));
  reg.contentTypes = withoutOverrides(reg.contentTypes, [part]);
}

/** "xl/worksheets/sheetN.xml" with the lowest free N, so a re-run reuses the name it freed. */
function freeSheetPart(pkg: XlsxPackage, workbookPart: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const part = resolveTarget(workbookPart, `worksheets/sheet${n}.xml`);
    // A stray relationships part of an old sheet of that name would attach itself to ours.
    if (!pkg.has(part) && !pkg.has(relsPathOf(part)) && !taken.has(part.toLowerCase())) return part;
  }
}

/** Relative target from the workbook part's folder ("worksheets/sheet4.xml"). */
function targetFrom(workbookPart: string, part: string): string {
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  return part.startsWith(folder) ? part.slice(folder.length) : `/${part}`;
}

/**
 * The package with the plan's sheets written in. `source` null = a new workbook (the template).
 * Throws before producing anything when the plan is invalid; the source is never modified.
 */
export async function splicePlan(source: Uint8Array | null, plan: OutputPlan): Promise<Buffer> {
  validatePlan(plan);
  const pkg = source ? await XlsxPackage.load(source) : XlsxPackage.fromParts(emptyPackageParts());
  const reg = await readRegistry(pkg);
  const tabs: SheetEntry[] = readSheets(reg.workbook);

  // 1. Take out the tabs we replace, remembering their positions and sheet ids.
  const replacedAt = new Map<number, number>(); // plan index → tab position
  const replacedIds = new Set<number>();
  for (const [i, sheet] of plan.sheets.entries()) {
    const pos = tabs.findIndex((t) => t.name.toLowerCase() === sheet.name.toLowerCase());
    if (pos < 0) continue;
    replacedAt.set(i, pos);
    replacedIds.add(tabs[pos]!.sheetId);
    await removeSheet(pkg, reg, tabs[pos]!.relId);
  }
  const writesFormulas = plan.sheets.some((sheet) => sheet.rows.some((row) => row.some((cell) => cell?.t === "formula")));
  await updateCalcChain(pkg, reg, replacedIds, writesFormulas);
  reg.workbook = withoutLocalNames(reg.workbook, new Set(replacedAt.values()));

  // 2. Write each plan sheet as a fresh part, registered under a free relationship id.
  const styles = await stylesPart(pkg, reg);
  const appender = new StylesAppender(styles.xml);
  const taken = new Set<string>();
  let nextSheetId = Math.max(0, ...tabs.map((t) => t.sheetId)) + 1;
  plan.sheets.forEach((sheet, i) => {
    const part = freeSheetPart(pkg, reg.workbookPart, taken);
    taken.add(part.toLowerCase());
    const relId = freeRelationshipId(reg.rels);
    reg.rels = withRelationship(reg.rels, { id: relId, type: REL_TYPE.worksheet, target: targetFrom(reg.workbookPart, part) });
    reg.contentTypes = withOverride(withoutOverrides(reg.contentTypes, [part]), part, CONTENT_TYPE.worksheet);
    pkg.put(part, worksheetXml(sheet, (look) => appender.xfFor(look), (style) => appender.dxfFor(style)));
    reg.contentTypes = addChartParts(pkg, part, sheet, reg.contentTypes);

    const pos = replacedAt.get(i);
    if (pos !== undefined) tabs[pos] = { name: sheet.name, sheetId: tabs[pos]!.sheetId, relId, position: pos };
    else tabs.push({ name: sheet.name, sheetId: nextSheetId++, relId });
  });

  // 3. The registry parts, last.
  const stylesXml = appender.toXml();
  if (styles.isNew || stylesXml !== styles.xml) pkg.put(styles.part, stylesXml);
  const printed = plan.sheets.map((sheet) => ({ sheet, position: tabs.findIndex((t) => t.name === sheet.name) }));
  pkg.put(reg.workbookPart, withFullCalcOnLoad(withPrintNames(withSheets(reg.workbook, tabs), printed)));
  pkg.put(reg.relsPart, reg.rels);
  pkg.put(CONTENT_TYPES_PART, reg.contentTypes);
  return pkg.toBuffer();
}

/** An empty new workbook package (no sheets yet). */
export function emptyWorkbookBytes(): Promise<Buffer> {
  return XlsxPackage.fromParts(emptyPackageParts()).toBuffer();
}
