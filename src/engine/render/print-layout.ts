/**
 * Print setup shared by the output sheets: the page header and footer, and the orientation and
 * scale that keep body text at 9 pt or more (docs/print-and-charts.md). Excel's "fit to width"
 * is not used for wide sheets: it shrinks without limit, and a reviewer cannot read 6 pt.
 */
import type { PrintHeaderFooter } from "../plan";
import type { Lang } from "../settings";

/** Body text is 11 pt; 82 % of it is 9 pt, the smallest print a reviewer should get. */
const MIN_PRINT_SCALE = 82;

/** A4 less the 0.7-inch side margins the sheets use, in points. */
const PRINTABLE_WIDTH_PT = { portrait: (8.27 - 1.4) * 72, landscape: (11.69 - 1.4) * 72 } as const;

/** A column `width` characters wide, in points: Excel pads each column by 5 px of a 7 px digit. */
export function columnWidthPoints(width: number): number {
  return (width * 7 + 5) * 0.75;
}

/**
 * Share of the printable width the columns may fill: LibreOffice and printer drivers round each
 * column up to whole pixels or twips, and a table that fits to the last point in Excel's sums
 * pushed its last column onto a page of its own there.
 */
const ROUNDING_ROOM = 0.97;
/** The portrait scale columns are narrowed towards: 9.35 pt of the 11 pt body, one step above the floor. */
const TARGET_PRINT_SCALE = 85;

export interface PrintFit {
  orientation: "portrait" | "landscape";
  /** Percent; between MIN_PRINT_SCALE and 100. */
  scale: number;
}

/**
 * Portrait when the printed columns fit at MIN_PRINT_SCALE or more, else landscape; the scale
 * that fits them on the page width, never below MIN_PRINT_SCALE (wider columns then continue
 * on the next page rather than shrink).
 */
export function printFit(widths: number[]): PrintFit {
  const total = widths.reduce((sum, w) => sum + columnWidthPoints(w), 0);
  const fits = (o: "portrait" | "landscape"): number => Math.floor((100 * ROUNDING_ROOM * PRINTABLE_WIDTH_PT[o]) / Math.max(total, 1));
  const orientation = fits("portrait") >= MIN_PRINT_SCALE ? "portrait" : "landscape";
  return { orientation, scale: Math.max(MIN_PRINT_SCALE, Math.min(100, fits(orientation))) };
}

export interface FittedColumns {
  widths: number[];
  fit: PrintFit;
}

/**
 * Columns narrowed so every printed column lands on one portrait page width: while portrait would
 * need a scale below TARGET_PRINT_SCALE, the widest column still above its floor (floorWidths:
 * what its figures need) loses one unit; its wrapped text takes more lines instead. Columns
 * whose floors alone are too wide for portrait at MIN_PRINT_SCALE print landscape.
 */
export function fitColumnsToPage(widths: readonly number[], floors: readonly number[]): FittedColumns {
  const narrowed = [...widths];
  const readable = (f: PrintFit): boolean => f.orientation === "portrait" && f.scale >= TARGET_PRINT_SCALE;
  while (!readable(printFit(narrowed))) {
    let widest = -1;
    narrowed.forEach((w, c) => {
      if (w > (floors[c] ?? w) && (widest < 0 || w > narrowed[widest]!)) widest = c;
    });
    if (widest < 0) break;
    narrowed[widest] = narrowed[widest]! - 1;
  }
  return { widths: narrowed, fit: printFit(narrowed) };
}

/** "&" is Excel's header code character: a literal one is written twice. */
const literal = (text: string): string => text.replace(/&/g, "&&");

/** Entity at the left and the year at the right of the header; "第 N 页 共 M 页" centred in the footer. */
export function pageHeaderFooter(entity: string | null, year: number | null, lang: Lang): PrintHeaderFooter {
  const yearText = year === null ? "" : lang === "zh" ? `${year}年度` : String(year);
  const left = entity ? `&L${literal(entity)}` : "";
  const right = yearText ? `&R${literal(yearText)}` : "";
  return { header: `${left}${right}`, footer: lang === "zh" ? "&C第 &P 页 共 &N 页" : "&CPage &P of &N" };
}

/** A4's height less Excel's 0.75-inch top and bottom margins, in points, by orientation. */
const PRINTABLE_HEIGHT_PT = { portrait: 11.69 * 72 - 108, landscape: 8.27 * 72 - 108 } as const;
/** Share of a page's rows a table may count on: LibreOffice rounds each row to whole twips/pixels. */
const HEIGHT_ROOM = 0.97;
/** A row without a height of its own: Excel's default. */
const DEFAULT_ROW_PT = 15;

/** Sheet points of rows one printed page holds below the rows repeated atop it. */
export function pageRowsHeight(fit: PrintFit, repeatedHeight: number): number {
  return (HEIGHT_ROOM * PRINTABLE_HEIGHT_PT[fit.orientation] * 100) / fit.scale - repeatedHeight;
}

/**
 * Rows (0-based) before which a page break keeps a table whole: a block (its heading, header
 * and rows) that would cross the foot of its page starts the next one when it fits on a page.
 * Excel repeats one range of title rows on every page, and the summary's is its title, so a
 * table cut by a page break would continue without its column headings (docs/print-and-charts.md).
 * A block taller than a page still splits where it must.
 */
export function keepTogetherBreaks(heights: readonly (number | null | undefined)[], blocks: { top: number; bottom: number }[], pageHeight: number, firstRow = 0): number[] {
  const h = (r: number): number => heights[r] ?? DEFAULT_ROW_PT;
  const breaks: number[] = [];
  let used = 0;
  let row = firstRow;
  const advance = (to: number): void => {
    for (; row < to; row++) {
      if (used + h(row) > pageHeight) used = 0;
      used += h(row);
    }
  };
  for (const block of [...blocks].sort((a, b) => a.top - b.top)) {
    // The gap before the block counts with it: a page the host ends in the gap would otherwise
    // leave the heading at the foot of one page and the rows on the next.
    let size = 0;
    for (let r = row; r <= block.bottom; r++) size += h(r);
    let own = 0;
    for (let r = block.top; r <= block.bottom; r++) own += h(r);
    if (used > 0 && used + size > pageHeight && own <= pageHeight) {
      breaks.push(block.top);
      used = 0;
      row = block.top;
    }
    advance(block.bottom + 1);
  }
  return breaks;
}
