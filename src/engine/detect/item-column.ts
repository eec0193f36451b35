/**
 * Where a budget block keeps its line names when its header does not say so. Forms often leave
 * the header above the names blank, or put a block label ("项目资金（万元）", "年度预算执行情况")
 * there merged down beside them; the names then sit in the text column just left of the first
 * amount column.
 */
import type { SheetScan } from "./scan";
import { cellText, removeSpaces, toHalfWidth } from "../vocabulary/text";
import { amountColumns } from "./header-roles";
import { isSectionLabel } from "../vocabulary/info-keys";
import { isTotalText } from "../vocabulary/budget-lines";

/** How many rows under the header are looked at. */
const LOOKAHEAD = 30;
const HAS_WORDS = /[\u4e00-\u9fff]/;

interface ColumnTexts {
  /** Data rows where the column holds words of its own (not a merge from above, not a number). */
  texts: number;
  totalLike: boolean;
}

function columnTexts(scan: SheetScan, headerRow: number, col: number): ColumnTexts {
  let texts = 0;
  let totalLike = false;
  let blanks = 0;
  const last = Math.min(scan.rows - 1, headerRow + LOOKAHEAD);
  for (let r = headerRow + 1; r <= last; r++) {
    if (isSectionLabel(scan.firstText(r))) break;
    if (scan.isBlank(r, 0, scan.width - 1)) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    const t = removeSpaces(toHalfWidth(cellText(scan.reader.sameRow(r, col))));
    if (!HAS_WORDS.test(t)) continue;
    texts++;
    // Names that only a budget line column holds (年度资金总额, 收入合计…).
    if (isTotalText(t.replace(/[:：]$/, ""))) totalLike = true;
  }
  return { texts, totalLike };
}

/**
 * The item column for a budget header: the one it names when that column holds names;
 * otherwise, among the columns left of the first amount column, the nearest holding a total's
 * name (年度资金总额), else the nearest holding any names. Null when none does.
 */
export function itemColumnFor(scan: SheetScan, headerRow: number, columns: Record<string, number>): number | null {
  const named = columns.item;
  if (named !== undefined && !isBlockLabelColumn(scan, headerRow, named) && columnTexts(scan, headerRow, named).texts > 0) return named;
  const amounts = amountColumns(columns);
  if (amounts.length === 0) return named ?? null;
  const taken = new Set(Object.values(columns));
  const candidates: { col: number; found: ColumnTexts }[] = [];
  for (let c = Math.min(...amounts) - 1; c >= 0; c--) {
    if ((taken.has(c) && c !== named) || isBlockLabelColumn(scan, headerRow, c)) continue;
    const found = columnTexts(scan, headerRow, c);
    if (found.texts > 0) candidates.push({ col: c, found });
  }
  const pick = candidates.find((x) => x.found.totalLike) ?? candidates[0];
  return pick ? pick.col : (named ?? null);
}

/**
 * A column whose header cell is merged down beside the rows: the block's label ("项目资金（万元）"),
 * whatever its wording. Its text is the block's name, never a line's, and whatever is typed in
 * it below the merge belongs to the next block.
 */
function isBlockLabelColumn(scan: SheetScan, headerRow: number, col: number): boolean {
  const m = scan.reader.mergeAt(headerRow, col);
  return m !== null && m.left === col && m.right === col && m.bottom > headerRow && m.top <= headerRow;
}

/**
 * The first row after a block label's merge (see isBlockLabelColumn) left of `beforeCol`, and its
 * column; null when the table has no such label.
 */
export function blockLabelEnd(scan: SheetScan, headerRow: number, beforeCol: number): { col: number; after: number } | null {
  for (let c = 0; c < beforeCol; c++) {
    if (isBlockLabelColumn(scan, headerRow, c)) return { col: c, after: scan.reader.mergeAt(headerRow, c)!.bottom + 1 };
  }
  return null;
}
