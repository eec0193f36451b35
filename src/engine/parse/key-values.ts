/**
 * Key | value cells wherever they sit: the rows of an info sheet, and the key cells of a
 * one-sheet form around its tables ("项目名称 | …", "主管部门 | … | 实施单位 | …",
 * "部门名称：…" in one cell), plus the year of a title such as "（2023年度）".
 */
import type { CellRange, CellRef, CellValue, Sheet } from "../grid";
import { cellAt } from "../grid";
import type { InfoSheet } from "../model";
import type { MergeReader } from "../detect/merges";
import { mergeReader } from "../detect/merges";
import { cellText, isUnitLine, normalizeHeader, normalizeKey, removeSpaces, toHalfWidth } from "../vocabulary/text";
import { matchRole } from "../detect/header-roles";
import { GOAL_RESULT_HEADS, GOAL_SUB_HEADS, INFO_KEY_NAMES, infoFieldOf, isSectionLabel } from "../vocabulary/info-keys";
import { splitKeyCell } from "../detect/key-cell";
import { readNumber } from "./numbers";

export type Entry = InfoSheet["entries"][number];

/** A value may sit a few cells right of its key (merged key cells, a spacer column). */
const VALUE_SEARCH_WIDTH = 4;
/**
 * Column heads inside a block ("年度总体目标 | 预期目标 | 实际完成情况"): the value is the cell
 * below the head, not the head itself.
 */
const SUB_HEADS = new Set(GOAL_SUB_HEADS.map(normalizeKey));
/** "（2023年度）", "2023年度…", "…2023年…" (but not "2023年12月"). */
const TITLE_YEAR = [/((?:19|20)\d{2})\s*年度/, /((?:19|20)\d{2})\s*年(?!\s*\d)/];

const isBlank = (v: CellValue): boolean => v === null || cellText(v).trim() === "";

/**
 * The first filled cell right of a key (past its merge), or the cell under a block's column head.
 * A unit line ("单位：元"), a "键：值" cell, or a known key past the first cell is what comes after
 * the key, not its value: the key then has none.
 */
export function valueRightOf(sheet: Sheet, reader: MergeReader, row: number, keyCol: number): { value: CellValue; cell: CellRef } {
  const start = (reader.mergeAt(row, keyCol)?.right ?? keyCol) + 1;
  const none = { value: null, cell: { sheet: sheet.name, row, col: start } };
  for (let c = start; c < start + VALUE_SEARCH_WIDTH; c++) {
    const v = cellAt(sheet, row, c);
    if (isBlank(v)) continue;
    const text = cellText(v);
    if (SUB_HEADS.has(normalizeKey(text))) return underOrBeside(sheet, reader, row, c);
    if (isUnitLine(text) || splitKeyCell(text) !== null || (c > start && infoFieldOf(text) !== null)) return none;
    // A block's column head beside the key ("项目年度目标 | … | 年度目标完成情况"): the key is itself
    // a head, its value under it; a key merged down over the block has none of its own.
    if (isSectionLabel(text)) {
      const key = reader.mergeAt(row, keyCol);
      if (key && key.bottom > row) return none;
      const below = cellAt(sheet, row + 1, keyCol);
      return isBlank(below) || isSectionLabel(cellText(below)) || infoFieldOf(cellText(below)) !== null
        ? none
        : { value: below, cell: { sheet: sheet.name, row: row + 1, col: keyCol } };
    }
    return { value: v, cell: { sheet: sheet.name, row, col: c } };
  }
  return none;
}

/**
 * The value of a block's column head ("预期目标"): the cell under it, as the 财预〔2020〕10号 form
 * prints it; or, where the head sits in a row of pairs ("年度总体目标 | 年初设定目标 | 保障…
 * | 年度总体目标完成情况 | …", 宁夏 银川) and the cell under it is the next table's column head
 * ("二级指标"), the cell beside it.
 */
function underOrBeside(sheet: Sheet, reader: MergeReader, row: number, c: number): { value: CellValue; cell: CellRef } {
  const belowRow = (reader.mergeAt(row, c)?.bottom ?? row) + 1;
  const below = cellAt(sheet, belowRow, c);
  const under = { value: below, cell: { sheet: sheet.name, row: belowRow, col: c } };
  if (isBlank(below) || !isTableHead(cellText(below))) return under;
  const besideCol = (reader.mergeAt(row, c)?.right ?? c) + 1;
  const beside = cellAt(sheet, row, besideCol);
  const besideText = cellText(beside);
  const isOwnValue =
    !isBlank(beside) && !SUB_HEADS.has(normalizeKey(besideText)) && !isSectionLabel(besideText) && infoFieldOf(besideText) === null;
  return isOwnValue ? { value: beside, cell: { sheet: sheet.name, row, col: besideCol } } : { value: null, cell: under.cell };
}

/** A column head of an indicator or budget table ("二级指标", "全年执行数"): never a goal. */
function isTableHead(text: string): boolean {
  const normal = normalizeHeader(text);
  return (["indicator", "budget"] as const).some((kind) => matchRole(kind, normal)?.exact === true);
}

/** Whether a row lies inside one of the areas already taken (by tables, other blocks). */
export const insideAny = (row: number, taken: CellRange[]): boolean => taken.some((t) => row >= t.top && row <= t.bottom);

/** Known keys on a sheet outside the given row ranges, each with its value; keys without a value are left out. */
export function keyCellEntries(sheet: Sheet, taken: CellRange[]): Entry[] {
  const reader = mergeReader(sheet);
  const entries: Entry[] = [];
  // Cells read as a value (by their merge's top-left cell): a goal under "预期目标" is no key of its own.
  const values = new Set<string>();
  const origin = (r: number, c: number): string => {
    const m = reader.mergeAt(r, c);
    return m ? `${m.top},${m.left}` : `${r},${c}`;
  };
  sheet.cells.forEach((cells, r) => {
    if (!Array.isArray(cells) || insideAny(r, taken)) return;
    for (let c = 0; c < cells.length; c++) {
      const text = cellText(reader.sameRow(r, c)).trim();
      if (text === "" || !Number.isNaN(Number(text)) || values.has(origin(r, c))) continue;
      const cell: CellRef = { sheet: sheet.name, row: r, col: c };
      const inCell = splitKeyCell(text);
      if (inCell) {
        entries.push({ key: normalizeKey(inCell.key), value: inCell.value, cell });
        continue;
      }
      if (!infoFieldOf(text)) continue;
      const found = valueRightOf(sheet, reader, r, c);
      // Beside a key, another key is no value; under a block's column head, any text is.
      const underHead = found.cell.row !== r;
      if (isBlank(found.value) || (!underHead && infoFieldOf(cellText(found.value)))) continue;
      values.add(origin(found.cell.row, found.cell.col));
      entries.push({ key: normalizeKey(text), value: found.value, cell: found.cell });
      if (infoFieldOf(text) === "goals") {
        const achieved = achievedBesideGoal(sheet, reader, r, found.cell);
        if (achieved) {
          values.add(origin(achieved.cell.row, achieved.cell.col));
          entries.push(achieved);
        }
      }
    }
  });
  return entries;
}

/** The key the achieved text is filed under (an INFO_KEY_NAMES.goalsAchieved name). */
const ACHIEVED_KEY = normalizeKey(INFO_KEY_NAMES.goalsAchieved[0]!);
const RESULT_HEADS = new Set(GOAL_RESULT_HEADS.map(normalizeKey));

/**
 * The 实际完成情况 beside a goal: in the goal's head row, the first result head right of the goal's
 * column; its value under it in the goal's row (财预〔2020〕10号: "预期目标 | 实际完成情况" over two
 * texts), or beside it when the goal sits beside its own head (宁夏 "年初设定目标 | … |
 * 年度总体目标完成情况 | …"). Null when the form has no such head or leaves it blank.
 */
function achievedBesideGoal(sheet: Sheet, reader: MergeReader, keyRow: number, goal: CellRef): Entry | null {
  const cells = sheet.cells[keyRow];
  if (!Array.isArray(cells)) return null;
  for (let c = (reader.mergeAt(goal.row, goal.col)?.right ?? goal.col) + 1; c < cells.length; c++) {
    if (!RESULT_HEADS.has(normalizeKey(cellText(reader.sameRow(keyRow, c))))) continue;
    const m = reader.mergeAt(keyRow, c);
    const at = goal.row !== keyRow ? { row: goal.row, col: m?.left ?? c } : { row: keyRow, col: (m?.right ?? c) + 1 };
    const value = cellAt(sheet, at.row, at.col);
    // A bare figure (河北: 37.24 under 实际完成情况) says nothing to quote; the goal's NARRATIVE_IS_FIGURE names the row.
    if (isBlank(value) || readNumber(value).kind === "number") return null;
    if (RESULT_HEADS.has(normalizeKey(cellText(value))) || isTableHead(cellText(value))) return null;
    return { key: ACHIEVED_KEY, value, cell: { sheet: sheet.name, row: at.row, col: at.col } };
  }
  return null;
}

/** The year a title above the first table states ("（2023年度）"), as an entry keyed 年度. */
export function titleYearEntry(sheet: Sheet, firstTableTop: number): Entry | null {
  for (const pattern of TITLE_YEAR) {
    for (let r = 0; r < Math.min(firstTableTop, sheet.cells.length); r++) {
      const cells = sheet.cells[r];
      if (!Array.isArray(cells)) continue;
      for (let c = 0; c < cells.length; c++) {
        const m = pattern.exec(removeSpaces(toHalfWidth(cellText(cellAt(sheet, r, c)))));
        if (m) return { key: "年度", value: Number(m[1]), cell: { sheet: sheet.name, row: r, col: c } };
      }
    }
  }
  return null;
}
