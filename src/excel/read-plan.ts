/**
 * How the Office.js port reads a workbook within Excel's limits, before any Office object
 * exists: which part of each sheet to read (a cap on the dense box from A1), and how to cut
 * the reads into requests whose responses stay under the payload limit. Pure.
 *
 * Why a cap: Grid rows are dense from A1, so one stray value in XFD1048576 would ask for 17
 * billion cells. Excel on the web also refuses a response over 5 MB
 * (ResponsePayloadSizeLimitExceeded), and how many bytes a cell costs depends on its text —
 * a Chinese character is 3 bytes of UTF-8, a quote or backslash is escaped in JSON — so the
 * request size is learnt from the responses already received (see docs/office-hardening.md).
 */
import type { ReadBlock, ReadWarning } from "../app/read-cap";
import { utf8Bytes } from "./sheet-writes";

export type { ReadBlock, ReadBox, ReadWarning } from "../app/read-cap";
export { MAX_READ_CELLS_PER_SHEET, cappedBox, droppedWarning, parseAreas } from "../app/read-cap";

/**
 * Bytes a read cell is assumed to cost (value and number format as JSON) before any response
 * has been measured: right for short numbers and text, and corrected after the first response.
 */
export const READ_BYTES_PER_CELL = 32;

export function mergesWarning(sheet: string): ReadWarning {
  return {
    sheet,
    zh: `工作表“${sheet}”的合并单元格过多，Excel 无法列出，已按未合并读取；合并单元格中的标题可能识别不准。`,
    en: `Sheet ${sheet} has more merged areas than Excel can list; it was read as if unmerged, so titles in merged cells may be missed.`,
  };
}

/**
 * The next request: row slices of the remaining boxes, in order, whose estimated response fits
 * `maxBytes` at `bytesPerCell`. Consumes from `queue` (the remaining boxes) in place. A single
 * row wider than the budget is still read alone.
 */
export function nextReadRequest(queue: ReadBlock[], maxBytes: number, bytesPerCell: number): ReadBlock[] {
  const capacity = Math.max(1, Math.floor(maxBytes / Math.max(1, bytesPerCell)));
  const request: ReadBlock[] = [];
  let free = capacity;
  while (queue.length > 0) {
    const box = queue[0]!;
    let rows = Math.min(box.rows, Math.floor(free / box.columns));
    if (rows < 1) {
      if (request.length > 0) break;
      rows = 1;
    }
    request.push({ ...box, rows });
    free -= rows * box.columns;
    if (rows === box.rows) queue.shift();
    else queue[0] = { ...box, top: box.top + rows, rows: box.rows - rows };
    if (free <= 0) break;
  }
  return request;
}

/** Halves a request: by blocks, or a single block by rows; null when it is one row already. */
export function splitReadBlocks(blocks: ReadBlock[]): ReadBlock[][] | null {
  if (blocks.length > 1) {
    const mid = Math.ceil(blocks.length / 2);
    return [blocks.slice(0, mid), blocks.slice(mid)];
  }
  const b = blocks[0]!;
  if (b.rows < 2) return null;
  const half = Math.ceil(b.rows / 2);
  return [[{ ...b, rows: half }], [{ ...b, top: b.top + half, rows: b.rows - half }]];
}

/** Row bands of a box for querying merges piecewise: `parts` bands of (nearly) equal height. */
export function rowBands(box: ReadBlock, parts: number): ReadBlock[] {
  const n = Math.max(1, Math.min(parts, box.rows));
  const out: ReadBlock[] = [];
  for (let i = 0; i < n; i++) {
    const top = box.top + Math.floor((box.rows * i) / n);
    const end = box.top + Math.floor((box.rows * (i + 1)) / n);
    if (end > top) out.push({ ...box, top, rows: end - top });
  }
  return out;
}

/** UTF-8 bytes of a value as JSON: what it costs in a response. */
export const jsonUtf8Bytes = (v: unknown): number => utf8Bytes(JSON.stringify(v) ?? "");
