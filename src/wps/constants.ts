/**
 * The XlConstants and enumerations the port writes, as numbers (WPS takes the same values as
 * Excel's VBA object model), and the colour conversion the object model needs.
 */
import type { CellStyle } from "../engine/light";

export const XL = {
  calculationAutomatic: -4105,
  calculationManual: -4135,
  sheetVisible: -1,
  sheetHidden: 0,
  sheetVeryHidden: 2,
  paperA4: 9,
  portrait: 1,
  landscape: 2,
  continuous: 1,
  thin: 2,
  edgeLeft: 7,
  edgeTop: 8,
  edgeBottom: 9,
  edgeRight: 10,
  insideVertical: 11,
  insideHorizontal: 12,
  msoPropertyTypeString: 4,
  columnClustered: 51,
  barClustered: 57,
  categoryAxis: 1,
  valueAxis: 2,
  /** xlAxisCrossesMaximum: the other axis crosses this one at its maximum. */
  axisCrossesMaximum: 2,
  legendBottom: -4107,
} as const;

export const HORIZONTAL: Record<NonNullable<CellStyle["horizontal"]>, number> = { left: -4131, center: -4108, right: -4152 };
export const VERTICAL: Record<NonNullable<CellStyle["vertical"]>, number> = { top: -4160, center: -4108, bottom: -4107 };

/**
 * "#RRGGBB" → the object model's colour, a BGR integer (red in the low byte, as VBA's RGB()),
 * so "#FF0000" is 255 and "#0000FF" is 16711680.
 */
export function bgr(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`colour "${hex}" is not #RRGGBB`);
  return parseInt(m[1]!, 16) + parseInt(m[2]!, 16) * 256 + parseInt(m[3]!, 16) * 65536;
}

/**
 * Error values as Value2 returns them: the VBA CVErr codes (numbers), which would otherwise
 * read as ordinary, very negative amounts. Mapped to the text Excel shows.
 */
export const ERROR_CODES: ReadonlyMap<number, string> = new Map([
  [-2146826288, "#NULL!"],
  [-2146826281, "#DIV/0!"],
  [-2146826273, "#VALUE!"],
  [-2146826265, "#REF!"],
  [-2146826259, "#NAME?"],
  [-2146826252, "#NUM!"],
  [-2146826246, "#N/A"],
]);
