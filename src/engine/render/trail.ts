/**
 * The 计算依据 (calculation trail) sheet: one row per figure the generated report prints — the
 * sentence it stands in, the figure as printed, the rule in words, the source cells and the
 * unrounded value — so a reviewer checks any sentence against the workbook in a minute.
 *
 * Figures are found in the report's own text (what the reader sees), then tied to the engine's
 * figure that prints the same way; where several do (two totals with one rate), the one whose
 * line is named nearest before it in the sentence wins (docs/calculation-trail.md).
 */
import type { Dec } from "../decimal";
import { D } from "../decimal";
import type { Evaluation, IndicatorResult } from "../evaluation";
import { formatNumber, formatScore, wanOfRmb } from "../format";
import type { CellRef } from "../grid";
import { parseA1 } from "../grid";
import type { Figure } from "../model";
import type { ReportSection } from "../narrative/types";
import type { PlanCell, PlannedSheet } from "../plan";
import { OUTPUT_SHEET_NAMES } from "../plan";
import type { Lang } from "../settings";
import { COUNT_WORDS, HEADLINE_WORDS, SCORE_WORDS, UNNAMED_CATEGORY_WORDS, lineWords, namedBefore } from "../vocabulary/figure-words";
import { numberCell, sourceText, textCell } from "./cells";
import { LABELS, sheetTitle } from "./labels";
import { summaryAddresses } from "./summary";
import { HEADER_STYLE, SheetDraft, columnRange, rowRange } from "./sheet-draft";

export type FigureKind = "amount" | "percent" | "score" | "count";

/** A figure the engine computed or read, as a report would print it. */
export interface TrailFigure {
  kind: FigureKind;
  printed: string;
  /** Names that, before the figure in a sentence, point at it (the line's name, "总收入"…). */
  names: string[];
  rule: { zh: string; en: string };
  sources: (CellRef | null)[];
  value: Dec;
}

const RULE = {
  budget: { zh: "全年预算数（取自输入表）", en: "full-year budget (from the input sheet)" },
  initialBudget: { zh: "年初预算数（取自输入表）", en: "initial budget (from the input sheet)" },
  actual: { zh: "全年执行数（取自输入表）", en: "actual (from the input sheet)" },
  priorYear: { zh: "上年执行数（取自输入表）", en: "prior-year actual (from the input sheet)" },
  rate: { zh: "全年执行数 ÷ 全年预算数", en: "actual ÷ full-year budget" },
  change: { zh: "|全年执行数 − 上年执行数|", en: "|actual − prior-year actual|" },
  changeRate: { zh: "|全年执行数 − 上年执行数| ÷ 上年执行数", en: "|actual − prior-year actual| ÷ prior-year actual" },
  share: { zh: "本项 ÷ 所属合计", en: "item ÷ its total" },
  score: { zh: "指标得分（评分规则见绩效自评结果“评分规则”列）", en: "indicator score (rule in the summary's Scoring rule column)" },
  weight: { zh: "指标分值（取自输入表）", en: "indicator weight (from the input sheet)" },
  completion: { zh: "该类得分 ÷ 该类分值", en: "category score ÷ category weight" },
  categoryScore: { zh: "Σ 该类指标得分", en: "Σ the category's indicator scores" },
  categoryWeight: { zh: "Σ 该类指标分值", en: "Σ the category's indicator weights" },
  total: { zh: "Σ 一级指标得分（+ 预算执行率得分）", en: "Σ category scores (+ execution score)" },
  executionScore: { zh: "MIN(执行率, 1) × 分值", en: "MIN(execution rate, 1) × weight" },
  count: { zh: "绩效指标表中的指标行数", en: "indicator rows in the indicator table" },
  met: { zh: "得分达到分值（或定性达成）的指标数", en: "indicators at full marks (or qualitatively achieved)" },
} as const;

/** As the report prints them, without the unit: "28,082.29" (万元), "98.31" (%), sign dropped (减少/下降 carry it). */
const amount = (x: Dec): string => formatNumber(x.abs());
const percent = (x: Dec): string => formatNumber(x.abs().times(100));

/** Every figure of the evaluation a report may print, with its provenance. */
function trailFigures(e: Evaluation): TrailFigure[] {
  const out: TrailFigure[] = [];
  const add = (kind: FigureKind, printed: string, names: string[], rule: TrailFigure["rule"], sources: (CellRef | null)[], value: Dec | null): void => {
    if (value !== null) out.push({ kind, printed, names, rule, sources, value });
  };
  const cellOf = (f: Figure | null): CellRef | null => f?.cell ?? null;
  // The headline line first: a figure no name points at is the whole budget's.
  const lines = e.budget?.lines ?? [];
  const headline = e.budget?.headlineIndex ?? null;
  const ordered = headline === null ? lines : [lines[headline]!, ...lines.filter((_, i) => i !== headline)];
  for (const l of ordered) {
    const line = l.line;
    const names = [...lineWords(line), ...(l === lines[headline ?? -1] ? HEADLINE_WORDS : [])];
    for (const [key, figure] of [
      ["actual", line.actual],
      ["budget", line.budget],
      ["priorYear", line.priorYear],
      ["initialBudget", line.initialBudget],
    ] as const) {
      if (figure) add("amount", amount(figure.value), names, RULE[key], [figure.cell], figure.value);
    }
    if (l.executionRate) add("percent", percent(l.executionRate), names, RULE.rate, [cellOf(line.actual), cellOf(line.budget)], l.executionRate);
    if (l.change) add("amount", amount(l.change), names, RULE.change, [cellOf(line.actual), cellOf(line.priorYear)], l.change.abs());
    if (l.changeRate) add("percent", percent(l.changeRate), names, RULE.changeRate, [cellOf(line.actual), cellOf(line.priorYear)], l.changeRate.abs());
    if (l.share) add("percent", percent(l.share), names, RULE.share, [cellOf(line.actual), cellOf(line.budget)], l.share);
  }
  const summary = summaryAddresses(e);
  const onSummary = (a1: string): CellRef | null => {
    const at = parseA1(a1);
    return at ? { sheet: OUTPUT_SHEET_NAMES.summary, ...at } : null;
  };
  const exec = e.budget?.executionScore ?? null;
  if (exec) add("score", formatScore(exec.score), [...SCORE_WORDS.execution], RULE.executionScore, [], exec.score);
  const table = e.indicatorTables[0];
  if (table) {
    const indicatorSources = (r: IndicatorResult): (CellRef | null)[] => [r.indicator.target.cell, r.indicator.actual.cell, r.indicator.weight.cell];
    for (const r of table.indicators) {
      add("score", formatScore(r.score), [r.indicator.name], RULE.score, indicatorSources(r), r.score);
      add("score", formatScore(r.indicator.weight.value), [r.indicator.name], RULE.weight, [r.indicator.weight.cell], r.indicator.weight.value);
    }
    table.categories.forEach((c, i) => {
      // The category's score and weight sum its indicators' rows on the summary.
      const cell = onSummary(summary.categoryScores[0]?.[i] ?? "");
      const weightCell = cell ? { ...cell, col: cell.col - 1 } : null;
      // The report names an unnamed category 各项指标 ("其中，各项指标得分89.45分（满分90分，…）").
      const words = c.name.trim() === "" ? [...UNNAMED_CATEGORY_WORDS] : [c.name];
      if (c.completionRate) add("percent", percent(c.completionRate), words, RULE.completion, [cell, weightCell], c.completionRate);
      add("score", formatScore(c.score), words, RULE.categoryScore, [cell], c.score);
      add("score", formatScore(c.weight), words, RULE.categoryWeight, [weightCell], c.weight);
    });
    const count = table.indicators.length;
    const first = table.indicators[0]?.indicator.nameCell ?? null;
    const last = table.indicators[count - 1]?.indicator.nameCell ?? null;
    add("count", String(count), [...COUNT_WORDS.indicators], RULE.count, [first, last], new D(count));
    const met = table.indicators.filter((r) => r.met).length;
    add("count", String(met), [...COUNT_WORDS.met], RULE.met, [], new D(met));
  }
  if (e.totalScore) add("score", formatScore(e.totalScore), [...SCORE_WORDS.total], RULE.total, [onSummary(summary.total)], e.totalScore);
  return out;
}

/**
 * Printed figures in a sentence: the figure is group 1, with the words before it (no regex
 * lookbehind: the task pane's bundle must parse in older Safari).
 */
const PATTERNS: { kind: FigureKind; re: RegExp; inYuan?: true }[] = [
  { kind: "amount", re: /()(\d{1,3}(?:,\d{3})*\.\d{2})(?=万元| \(10k yuan\))/g },
  // English prose prints amounts in yuan ("RMB 12,600,000", format.ts formatAmountRmb).
  { kind: "amount", re: /(RMB )(\d{1,3}(?:,\d{3})*)(?![\d.])/g, inYuan: true },
  { kind: "percent", re: /()(\d+\.\d{2})(?=%)/g },
  { kind: "score", re: /(得分为?|满分|score of |scored )(\d+(?:\.\d{1,2})?)(?=分|\b)/g },
  { kind: "count", re: /(共设置绩效指标|其中)(\d+)(?=项)/g },
];

export interface TrailRow {
  sentence: string;
  printed: string;
  figure: TrailFigure;
}

const SENTENCE = /[^。；;！？!?]+[。；;！？!?]?/g;
const SENTENCE_START_CHARS = 40;

/** The figure among those printing as `text` whose name stands nearest before `at` in the sentence; else the first. */
function pick(candidates: TrailFigure[], sentence: string, at: number): TrailFigure | null {
  if (candidates.length === 0) return null;
  return namedBefore(sentence, at + 1, candidates.map((c) => ({ words: c.names, figure: c }))) ?? candidates[0]!;
}

/** One row per printed figure the trail can tie, in report order. */
function trailRows(e: Evaluation, report: ReportSection[]): TrailRow[] {
  const figures = trailFigures(e);
  const rows: TrailRow[] = [];
  for (const section of report) {
    for (const paragraph of section.paragraphs) {
      for (const m of paragraph.matchAll(SENTENCE)) {
        const sentence = m[0].trim();
        const found: { at: number; kind: FigureKind; text: string; shown: string | null }[] = [];
        for (const p of PATTERNS) {
          for (const f of sentence.matchAll(p.re)) {
            const text = p.inYuan ? wanOfRmb(`RMB ${f[2]!}`) : f[2]!;
            if (text !== null) found.push({ at: (f.index ?? 0) + f[1]!.length, kind: p.kind, text, shown: p.inYuan ? `RMB ${f[2]!}` : null });
          }
        }
        found.sort((a, b) => a.at - b.at);
        for (const f of found) {
          const figure = pick(
            figures.filter((c) => c.kind === f.kind && c.printed === f.text),
            sentence,
            f.at,
          );
          if (!figure) continue;
          const printed = f.shown ?? (f.kind === "amount" ? `${f.text}万元` : f.kind === "percent" ? `${f.text}%` : f.text);
          rows.push({ sentence: sentenceStart(sentence), printed, figure });
        }
      }
    }
  }
  return rows;
}

function sentenceStart(sentence: string): string {
  return sentence.length <= SENTENCE_START_CHARS ? sentence : `${sentence.slice(0, SENTENCE_START_CHARS)}…`;
}

const TRAIL_LABELS = {
  zh: { title: "计算依据", columns: ["序号", "报告语句（句首）", "报告中的数字", "计算规则", "来源单元格", "未舍入值"], none: "报告中没有取自表格的数字" },
  en: {
    title: "calculation trail",
    columns: ["No.", "Report sentence (start)", "Figure as printed", "Rule", "Source cells", "Unrounded value"],
    none: "The report prints no figure taken from the tables",
  },
} as const;

const UNROUNDED_FORMAT: Record<FigureKind, string> = {
  amount: "#,##0.00####",
  percent: "0.0000%",
  score: "0.00####",
  count: "0",
};

export function renderTrail(e: Evaluation, report: ReportSection[], lang: Lang): PlannedSheet {
  const labels = TRAIL_LABELS[lang];
  const draft = new SheetDraft();
  const width = labels.columns.length;
  // The title ends with 计算依据 / calculation trail: a re-run recognises its own sheet by it.
  const title = `${sheetTitle("report", e, LABELS[lang]).replace(/[（(].*$/, "")}${lang === "zh" ? "" : " — "}${labels.title}`;
  draft.set(0, 0, textCell(title));
  draft.skipWhenMeasuring(0);
  draft.merge(rowRange(0, 0, width - 1));
  draft.format(rowRange(0, 0, width - 1), "@", { bold: true, fontSize: 14 });
  labels.columns.forEach((c, i) => draft.set(2, i, textCell(c)));
  draft.format(rowRange(2, 0, width - 1), "@", HEADER_STYLE);
  const rows = trailRows(e, report);
  rows.forEach((row, i) => {
    const r = 3 + i;
    const cells: PlanCell[] = [
      numberCell(i + 1),
      textCell(row.sentence),
      textCell(row.printed),
      textCell(row.figure.rule[lang]),
      textCell(sourceText(row.figure.sources) ?? ""),
      numberCell(row.figure.value),
    ];
    cells.forEach((c, col) => draft.set(r, col, c));
  });
  if (rows.length === 0) {
    draft.set(3, 0, textCell(labels.none));
    draft.skipWhenMeasuring(3);
  } else {
    const bottom = 2 + rows.length;
    draft.format(columnRange(0, 3, bottom), "0", { border: "thin", vertical: "top" });
    for (const col of [1, 2, 3, 4]) draft.format(columnRange(col, 3, bottom), "@", { border: "thin", vertical: "top", wrap: true });
    draft.format(columnRange(5, 3, bottom), undefined, { border: "thin", vertical: "top" });
    // The unrounded value to a few more places than the report prints, not 15 digits (R16):
    // 0.983129225789354 shows 98.3129% beside the printed 98.31%. One format per run of a kind.
    let start = 0;
    rows.forEach((row, i) => {
      const next = rows[i + 1];
      if (next && next.figure.kind === row.figure.kind) return;
      draft.format({ top: 3 + start, left: 5, bottom: 3 + i, right: 5 }, UNROUNDED_FORMAT[row.figure.kind], undefined);
      start = i + 1;
    });
  }
  return draft.finish({
    name: OUTPUT_SHEET_NAMES.trail,
    columnWidths: [6, 44, 16, 36, 28, 20],
    freeze: { rows: 3, columns: 0 },
    print: { orientation: "landscape", fitToWidth: true },
  });
}
