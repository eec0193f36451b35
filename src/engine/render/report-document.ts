/**
 * The report as a document: title, sections and the annexed tables (附件) with every figure
 * already formatted. One model, read by both the Word export (src/app/report-docx.ts) and the
 * clipboard HTML (src/app/report-html.ts), so the two can never disagree on a figure.
 * Layout rules (公文, GB/T 9704) are in docs/report-document.md.
 */
import type { Dec } from "../decimal";
import { sumDec } from "../decimal";
import type { Evaluation, IndicatorTableResult } from "../evaluation";
import { formatNumber, formatPercent, formatScore } from "../format";
import type { Figure } from "../model";
import type { ReportSection } from "../narrative/types";
import type { Lang } from "../settings";
import { LABELS, sheetTitle } from "./labels";
import { indentedLineName } from "./cells";

export type CellAlign = "left" | "center" | "right";

export interface DocumentColumn {
  label: string;
  align: CellAlign;
  /** Share of the table's width, relative to the other columns. */
  weight: number;
}

export interface DocumentTable {
  /** "附件1" …: the annex label printed above the table title. */
  annex: string;
  title: string;
  /** "单位：万元", or null. */
  unit: string | null;
  columns: DocumentColumn[];
  rows: string[][];
  /** Index of a closing totals row (bold), or null. */
  totalRow: number | null;
}

export interface ReportDocument {
  lang: Lang;
  title: string;
  /**
   * The title as printed on two lines when it is too long for one (二号 on A4 holds about 20
   * characters): broken after 年度, not mid-phrase. Absent: one line.
   */
  titleLines?: string[];
  sections: ReportSection[];
  /** The annex list printed after the text ("附件：1. …"), one entry a line ("\n" between). */
  annexList: string;
  /** The 落款 after the text: the unit's name and a date line to fill in (GB/T 9704). Absent: none. */
  closing?: string[];
  tables: DocumentTable[];
}

const TEXT = {
  zh: {
    annex: (n: number) => `附件${n}`,
    // One attachment a line, the later ones under the first (附件： is three characters wide).
    annexList: (titles: string[]) => `附件：${titles.map((t, i) => `${i + 1}. ${t}`).join("\n　　　")}`,
    dateLine: "　　年　　月　　日",
    budgetTitle: "预算收支执行情况表",
    indicatorTitle: "绩效自评表",
    unit: "单位：万元",
    total: "合计",
  },
  en: {
    annex: (n: number) => `Annex ${n}`,
    annexList: (titles: string[]) => `Annexes: ${titles.map((t, i) => `${i + 1}. ${t}`).join("\n")}`,
    dateLine: "Date:",
    budgetTitle: "Budget and execution",
    indicatorTitle: "Self-evaluation by indicator",
    unit: "Unit: 10k yuan",
    total: "Total",
  },
} as const;

const amount = (f: Figure | null): string => (f === null ? "" : formatNumber(f.value));
const rate = (x: Dec | null): string => (x === null ? "" : formatPercent(x));

function budgetTable(e: Evaluation, lang: Lang): Omit<DocumentTable, "annex"> | null {
  if (!e.budget || e.budget.lines.length === 0) return null;
  const c = LABELS[lang].budgetColumns;
  const columns: DocumentColumn[] = [
    { label: c.item, align: "left", weight: 32 },
    { label: c.initialBudget, align: "right", weight: 14 },
    { label: c.budget, align: "right", weight: 14 },
    { label: c.actual, align: "right", weight: 14 },
    { label: c.rate, align: "right", weight: 11 },
    { label: c.priorYear, align: "right", weight: 14 },
  ];
  const lines = e.budget.lines.map((r) => r.line);
  const rows = e.budget.lines.map((r, i) => {
    const l = r.line;
    // Indented by level under the total, as the budget sheet shows them: 其中 lines one more (R28).
    const name = indentedLineName(lines, i);
    return [name, amount(l.initialBudget), amount(l.budget), amount(l.actual), rate(r.executionRate), amount(l.priorYear)];
  });
  // A column the budget sheet does not have (often 年初预算数) would print empty: leave it out.
  const kept = columns.map((_, c) => c === 0 || rows.some((row) => row[c] !== ""));
  return {
    title: TEXT[lang].budgetTitle,
    unit: TEXT[lang].unit,
    columns: columns.filter((_, c) => kept[c]),
    rows: rows.map((row) => row.filter((_, c) => kept[c])),
    totalRow: null,
  };
}

function indicatorTable(t: IndicatorTableResult, lang: Lang, several: boolean): Omit<DocumentTable, "annex"> {
  const c = LABELS[lang].indicatorColumns;
  const columns: DocumentColumn[] = [
    // 一级/二级 names of five characters ("满意度指标", "可持续影响") fit one line of 五号 (review R16).
    { label: c.level1, align: "center", weight: 13 },
    { label: c.level2, align: "center", weight: 14 },
    { label: c.name, align: "left", weight: 23 },
    { label: c.target, align: "center", weight: 14 },
    { label: c.actual, align: "center", weight: 14 },
    { label: c.weight, align: "right", weight: 7 },
    { label: c.score, align: "right", weight: 8 },
  ];
  const rows = t.indicators.map((r) => {
    const ind = r.indicator;
    return [ind.level1, ind.level2 ?? "", ind.name, ind.target.text, ind.actual.text, formatScore(ind.weight.value), formatScore(r.score)];
  });
  const weights = sumDec(t.indicators.map((r) => r.indicator.weight.value));
  rows.push([TEXT[lang].total, "", "", "", "", formatScore(weights), formatScore(sumDec(t.indicators.map((r) => r.score)))]);
  const name = t.table.label ?? t.table.sheet;
  const title = several ? `${TEXT[lang].indicatorTitle}（${name}）` : TEXT[lang].indicatorTitle;
  return { title, unit: null, columns, rows, totalRow: rows.length - 1 };
}

/** The evaluation and its report text → the document to export. */
export function reportDocument(e: Evaluation, report: ReportSection[], lang: Lang): ReportDocument {
  const several = e.indicatorTables.length > 1;
  const bare = [budgetTable(e, lang), ...e.indicatorTables.map((t) => indicatorTable(t, lang, several))].filter(
    (t): t is Omit<DocumentTable, "annex"> => t !== null,
  );
  const tables = bare.map((t, i) => ({ ...t, annex: TEXT[lang].annex(i + 1) }));
  const title = sheetTitle("report", e, LABELS[lang]);
  const lines = titleLines(title);
  return {
    lang,
    title,
    ...(lines.length > 1 ? { titleLines: lines } : {}),
    sections: report,
    annexList: tables.length === 0 ? "" : TEXT[lang].annexList(tables.map((t) => t.title)),
    ...(e.entity ? { closing: [e.entity, TEXT[lang].dateLine] } : {}),
    tables,
  };
}

/** Characters of 二号 type a line of the A4 text width holds. */
const TITLE_LINE_CHARS = 20;

/** A long title broken after its 年度 (…2023年度 | 部门整体支出绩效自评报告); else one line, wrapped where Word wraps it. */
export function titleLines(title: string): string[] {
  if (title.length <= TITLE_LINE_CHARS) return [title];
  const m = /(?:19|20)\d{2}年度/.exec(title);
  if (!m) return [title];
  const at = m.index + m[0].length;
  const first = title.slice(0, at);
  const second = title.slice(at);
  // A break leaving a line longer than one line holds, or a stub, helps nobody.
  if (first.length < 6 || second.length < 4 || first.length > TITLE_LINE_CHARS + 2 || second.length > TITLE_LINE_CHARS + 2) return [title];
  return [first, second];
}
