/**
 * A budget header that repeats its roles side by side: the 收入支出决算总表 puts revenue and
 * expenditure next to each other, "项目 | 预算数 | 决算数 | 项目 | 预算数 | 决算数", often under
 * a "收入 | 支出" label row. One column per role would read only the left half, so such a
 * header is read as two halves, each with its own item and amount columns.
 */
import type { HeaderHalf } from "./types";
import { matchHeaderRow, matchRole } from "./header-roles";

/**
 * The halves of a header row whose item role appears again further right with at least two
 * amount roles after it (each half on its own meets the budget header's requirements), or null.
 * `labels` are the texts of the row above, read through merges: a label over a half ("收入",
 * "支出") is kept only when the two halves' labels differ, so a title merged across both is none.
 */
export function sideBySideHalves(texts: string[], labels: string[] | null): HeaderHalf[] | null {
  const items = texts.map((t, c) => (matchRole("budget", t)?.role === "item" ? c : -1)).filter((c) => c >= 0);
  for (const split of items.slice(1)) {
    const left = matchHeaderRow("budget", texts.map((t, c) => (c < split ? t : "")));
    const right = matchHeaderRow("budget", texts.map((t, c) => (c >= split ? t : "")));
    if (!left.meets || !right.meets) continue;
    const leftLabel = labelOver(labels, left.columns.item!);
    const rightLabel = labelOver(labels, right.columns.item!);
    const distinct = leftLabel !== rightLabel;
    return [
      { columns: left.columns, label: distinct ? leftLabel : null },
      { columns: right.columns, label: distinct ? rightLabel : null },
    ];
  }
  return null;
}

function labelOver(labels: string[] | null, col: number): string | null {
  const t = labels?.[col]?.trim() ?? "";
  return t === "" ? null : t;
}
