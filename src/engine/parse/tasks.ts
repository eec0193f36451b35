/**
 * The 年度主要任务 block of a department form, read as the report's 年度总体工作和重点工作任务 text
 * when nothing else fills it: "1.乡村振兴：实施村级道路提升…；2.…". See docs/forms.md.
 */
import type { CellRange, Sheet } from "../grid";
import { mergeReader } from "../detect/merges";
import { cellText, normalizeHeader, stripNumbering } from "../vocabulary/text";
import { INFO_KEY_NAMES, TASK_CONTENT_HEADS, TASK_NAME_HEADS, isSectionLabel, isTaskLabel } from "../vocabulary/info-keys";
import type { Entry } from "./key-values";
import { insideAny } from "./key-values";

/** The info key the text is filed under (the annualWork field). */
const ANNUAL_WORK_KEY = INFO_KEY_NAMES.annualWork[0]!;
const MAX_TASK_ROWS = 30;

export function taskEntry(sheet: Sheet, taken: CellRange[]): Entry | null {
  const reader = mergeReader(sheet);
  for (let r = 0; r < sheet.cells.length; r++) {
    const cells = sheet.cells[r];
    if (!Array.isArray(cells) || insideAny(r, taken)) continue;
    const labelCol = cells.findIndex((_, c) => isTaskLabel(cellText(reader.sameRow(r, c))));
    if (labelCol < 0) continue;
    const heads = cells.map((_, c) => normalizeHeader(cellText(reader.sameRow(r, c))));
    const nameCol = heads.findIndex((h) => TASK_NAME_HEADS.includes(h));
    const contentCol = heads.findIndex((h) => TASK_CONTENT_HEADS.includes(h));
    if (nameCol < 0) continue;
    const label = reader.mergeAt(r, labelCol);
    const last = Math.min(sheet.cells.length - 1, label && label.bottom > r ? label.bottom : r + MAX_TASK_ROWS);
    const tasks: string[] = [];
    for (let row = r + 1; row <= last; row++) {
      if (insideAny(row, taken) || isSectionLabel(cellText(reader.sameRow(row, 0)))) break;
      const name = stripNumbering(cellText(reader.sameRow(row, nameCol)).trim());
      if (name === "") break;
      const content = contentCol < 0 ? "" : cellText(reader.sameRow(row, contentCol)).trim();
      tasks.push(`${tasks.length + 1}.${name}${content === "" ? "" : `：${content.replace(/[。；;]$/, "")}`}`);
    }
    if (tasks.length === 0) continue;
    return { key: ANNUAL_WORK_KEY, value: `${tasks.join("；")}。`, cell: { sheet: sheet.name, row: r + 1, col: nameCol } };
  }
  return null;
}
