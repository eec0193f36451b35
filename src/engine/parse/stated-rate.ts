/**
 * The 执行率 a self-evaluation form prints beside its budget line ("86.19%", 0.9111, "100.00%").
 * Read with the decimal places it was printed to, so the computed rate is compared at the same
 * precision: a printed "86%" for 86.20% is a rounding, a printed "86.19%" for 86.18% a slip.
 */
import type { CellRef, CellValue } from "../grid";
import { HUNDRED } from "../decimal";
import type { StatedRate } from "../model";
import { removeSpaces, toHalfWidth } from "../vocabulary/text";
import { parseNumberText } from "./numbers";

/** A bare number up to this is a fraction (0.9111 = 91.11%); above it, percentage points (91.11). */
const LARGEST_FRACTION = 3;

export function readStatedRate(value: CellValue, cell: CellRef): StatedRate | null {
  if (value === null || typeof value === "boolean") return null;
  const text = typeof value === "number" ? String(value) : removeSpaces(toHalfWidth(value));
  const percentSign = /[%％]$/.test(text);
  const reading = parseNumberText(percentSign ? text.slice(0, -1) : text);
  if (reading.kind !== "number") return null;
  const places = reading.value.decimalPlaces();
  const asPoints = percentSign || reading.value.abs().gt(LARGEST_FRACTION);
  const percent = asPoints ? reading.value : reading.value.times(HUNDRED);
  const shownPlaces = asPoints ? places : Math.max(0, places - 2);
  // Shown as the reader saw it: the typed text, or a stored fraction as a percentage.
  const shown = typeof value === "string" && percentSign ? value.trim() : `${percent.toFixed(shownPlaces)}%`;
  return { percent, places: shownPlaces, text: shown, cell };
}
