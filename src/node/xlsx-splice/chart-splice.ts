/**
 * Adds a written sheet's charts to the package: the drawing part, its chart parts, the
 * relationships worksheet → drawing → charts and their content types. Part names take the
 * lowest free numbers, so a re-run reuses those its previous output freed.
 */
import type { PlannedSheet } from "../../engine/light";
import { CHART_CONTENT_TYPE, CHART_REL_TYPE, chartXml, drawingXml, relationshipsXml } from "./chart-parts";
import { withOverride, withoutOverrides } from "./content-types";
import { relsPathOf } from "./package";
import type { XlsxPackage } from "./package";

function freePart(pkg: XlsxPackage, folder: string, stem: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const part = `${folder}/${stem}${n}.xml`;
    if (!pkg.has(part) && !pkg.has(relsPathOf(part)) && !taken.has(part)) {
      taken.add(part);
      return part;
    }
  }
}

/** Relative target from one part to another in the xl/ tree ("../drawings/drawing1.xml"). */
function relativeTarget(from: string, to: string): string {
  const fromDirs = from.split("/").slice(0, -1);
  const toParts = to.split("/");
  let common = 0;
  while (common < fromDirs.length && fromDirs[common] === toParts[common]) common++;
  return [...fromDirs.slice(common).map(() => ".."), ...toParts.slice(common)].join("/");
}

/**
 * Writes the parts for `sheet.charts` beside the worksheet part `sheetPart` (whose only
 * relationship is the drawing, rId1). Returns the content types with the new overrides.
 */
export function addChartParts(pkg: XlsxPackage, sheetPart: string, sheet: PlannedSheet, contentTypes: string): string {
  const charts = sheet.charts ?? [];
  if (charts.length === 0) return contentTypes;
  const root = sheetPart.slice(0, sheetPart.indexOf("/worksheets/"));
  const taken = new Set<string>();
  const drawing = freePart(pkg, `${root}/drawings`, "drawing", taken);
  const chartParts = charts.map(() => freePart(pkg, `${root}/charts`, "chart", taken));
  let types = contentTypes;
  chartParts.forEach((part, i) => {
    pkg.put(part, chartXml(sheet, charts[i]!));
    types = withOverride(withoutOverrides(types, [part]), part, CHART_CONTENT_TYPE.chart);
  });
  pkg.put(drawing, drawingXml(charts));
  pkg.put(relsPathOf(drawing), relationshipsXml(CHART_REL_TYPE.chart, chartParts.map((p) => relativeTarget(drawing, p))));
  types = withOverride(withoutOverrides(types, [drawing]), drawing, CHART_CONTENT_TYPE.drawing);
  pkg.put(relsPathOf(sheetPart), relationshipsXml(CHART_REL_TYPE.drawing, [relativeTarget(sheetPart, drawing)]));
  return types;
}
