/**
 * An indicator's score as an Excel formula that applies its rule (docs/score-formulas.md):
 * the numbers compared are cells of their own ("目标取数", "实际取数") whose formulas start at the
 * input cell — a reference when it holds a number, else a formula that takes the number out of
 * the text the way the engine read it (comparator and unit cut off by position, so a reviewer
 * typing "12天" over "13天" is followed). Only what no formula can follow (dates, words nothing
 * matches, text whose number the engine read differently) is written as a value, and its rule
 * cell says so.
 *
 * No text from the workbook is ever put into a formula: text is cut by lengths, never by the
 * characters it holds.
 */
import type { Dec } from "../decimal";
import { D } from "../decimal";
import type { IndicatorResult, ScoreBasis } from "../evaluation";
import { formulaRef } from "../grid";
import type { IndicatorValue } from "../model";
import type { PlanCell } from "../plan";
import type { Lang } from "../settings";
import { numberCell, textCell } from "./cells";
import { isPlaceholderMark } from "../vocabulary/indicator-words";

/** Where the formulas of one indicator row look: A1 addresses on the summary sheet. */
export interface ScoreRowRefs {
  target: string;
  actual: string;
  weight: string;
  stated: string;
  score: string;
  /** The headline execution rate on the summary, when the budget table has one. */
  headlineRate: string | null;
}

export interface ScoreCells {
  targetNumber: PlanCell;
  actualNumber: PlanCell;
  score: PlanCell;
  completion: PlanCell;
  /** Null: keep the engine's 是/否 as text. */
  met: PlanCell | null;
  rule: PlanCell;
  /** The score follows its inputs in a spreadsheet (false: written as a value). */
  live: boolean;
}

const RULES: Record<Lang, Record<string, string>> = {
  zh: {
    positive: "正向：实际≥目标得满分，否则 实际÷目标×分值",
    equal: "等于：按正向计分，实际≥目标得满分，否则 实际÷目标×分值",
    negative: "反向：实际≤目标得满分；否则 (1−(实际−目标)÷目标)×分值，不低于0",
    execution: "预算执行率：MIN(执行率,1)×分值",
    bandTop: "定性（达成档 {band}）：所填得分在档内即采用，否则取档下限；未填得满分",
    band: "定性（档 {band}）：所填得分在档内即采用，否则取档下限",
    stated: "未核验：文字无可判定的档次，采用所填得分",
    statedBlank: "未核验：未填指标值或实际值，采用所填得分",
    date: "日期：按期完成得满分（数值，非公式）",
    unscorable: "无法评分（数值，非公式）",
    budget: "常用指标：实际值由收支表计算，按正向/反向规则评分（数值，非公式）",
    text: "目标或实际的文字无法由公式取数（数值，非公式）",
  },
  en: {
    positive: "Positive: full marks when actual ≥ target, else actual ÷ target × weight",
    equal: "Equal: scored as positive, full marks when actual ≥ target, else actual ÷ target × weight",
    negative: "Negative: full marks when actual ≤ target, else (1 − (actual − target) ÷ target) × weight, not below 0",
    execution: "Budget execution: MIN(rate, 1) × weight",
    bandTop: "Qualitative (achieved band {band}): the stated score stands inside the band, else its lower bound; blank earns full marks",
    band: "Qualitative (band {band}): the stated score stands inside the band, else its lower bound",
    stated: "Unchecked: no band matches the words; the stated score stands",
    statedBlank: "Unchecked: no target or no actual value; the stated score stands",
    date: "Date: full marks when done on time (value, not a formula)",
    unscorable: "Cannot be scored (value, not a formula)",
    budget: "Common indicator: the actual is computed from the budget table and scored by its rule (value, not a formula)",
    text: "The target or actual text cannot be read by a formula (value, not a formula)",
  },
};

/** Unsigned: in "3-5天" the dash is a range, not a minus. A negative number is left as a value. */
const NUMBER_IN_TEXT = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/g;

/** "*100", "/10000" or "" for a power of ten; null for any other factor. */
function scaleSuffix(factor: Dec): string | null {
  if (factor.equals(1)) return "";
  for (let k = 1; k <= 8; k++) {
    const p = new D(10).pow(k);
    if (factor.equals(p)) return `*${p.toString()}`;
    if (factor.times(p).equals(1)) return `/${p.toString()}`;
  }
  return null;
}

/**
 * The formula giving `comparable` (the number the engine compared) from the input cell, or null
 * when no formula can follow it. `read` is the number the engine read from the cell's text.
 */
export function numberFormula(value: IndicatorValue, read: Dec, comparable: Dec): string | null {
  const ref = formulaRef(value.cell);
  if (value.cellNumber !== undefined) {
    if (value.cellNumber === 0) return comparable.isZero() ? `=${ref}` : null;
    const scale = scaleSuffix(comparable.dividedBy(new D(value.cellNumber)));
    return scale === null ? null : `=${ref}${scale}`;
  }
  const text = value.text;
  // Excel's TRIM removes only ASCII spaces and keeps one between words: other spacing would
  // move the positions below.
  if (/\s{2,}|[^\S ]/.test(text) || read.isNegative() || read.isZero() !== comparable.isZero()) return null;
  const scale = read.isZero() ? "" : scaleSuffix(comparable.dividedBy(read));
  if (scale === null) return null;
  const hit = [...text.matchAll(NUMBER_IN_TEXT)].find((m) => new D(m[0].replace(/,/g, "")).equals(read));
  if (!hit || hit.index === undefined) return null;
  const before = hit.index;
  const after = text.length - before - hit[0].length;
  const trimmed = `TRIM(${ref})`;
  const digits = `MID(${trimmed},${before + 1},LEN(${trimmed})-${before + after})`;
  return `=IFERROR(VALUE(SUBSTITUTE(${digits},",",""))${scale},"")`;
}

function ruleText(lang: Lang, key: string, band?: string): PlanCell {
  const text = RULES[lang][key]!;
  return textCell(band === undefined ? text : text.replace("{band}", band));
}

const fmt = (x: number): string => new D(x).toDecimalPlaces(6).toString();

function asValues(result: IndicatorResult, lang: Lang, rule: string): ScoreCells {
  return {
    targetNumber: null,
    actualNumber: null,
    score: numberCell(result.score),
    completion: numberCell(result.completion),
    met: null,
    rule: ruleText(lang, rule),
    live: false,
  };
}

const formula = (f: string, v: Dec | string | null): PlanCell => ({ t: "formula", f, v: v === null ? "" : typeof v === "string" ? v : v.toNumber() });

/** 正向/等于 and 反向 on the cells T and A: the fraction of the weight, then the completion. */
function ratioExpressions(direction: "positive" | "negative" | "equal", T: string, A: string): { fraction: string; completion: string } {
  if (direction === "negative") {
    const completion = `IF(${T}<=0,IF(${A}<=${T},1,0),IF(${A}<=${T},1,MAX(1-(${A}-${T})/${T},0)))`;
    return { fraction: completion, completion };
  }
  return {
    fraction: `IF(${T}<=0,IF(${A}>=${T},1,0),IF(${A}>=${T},1,MAX(${A}/${T},0)))`,
    completion: `IF(${T}<=0,IF(${A}>=${T},1,0),MAX(${A}/${T},0))`,
  };
}

function ratioCells(
  result: IndicatorResult,
  basis: Extract<ScoreBasis, { kind: "ratio" }>,
  refs: ScoreRowRefs,
  lang: Lang,
  yesNo: [string, string],
): ScoreCells {
  const ind = result.indicator;
  const readTarget = basis.targetUsesUpper ? ind.target.upper! : ind.target.number!;
  const targetF = numberFormula(ind.target, readTarget, basis.t);
  const actualF = basis.actualFromRate
    ? refs.headlineRate === null
      ? null
      : `=${refs.headlineRate}*100`
    : numberFormula(ind.actual, ind.actual.number!, basis.a);
  if (targetF === null || actualF === null) return asValues(result, lang, "text");
  const { fraction, completion } = ratioExpressions(basis.direction, refs.target, refs.actual);
  const W = refs.weight;
  return {
    targetNumber: formula(targetF, basis.t),
    actualNumber: formula(actualF, basis.a),
    score: formula(`=IFERROR(ROUND(${W}*${fraction},2),0)`, result.score),
    completion: formula(`=IFERROR(${completion},"")`, result.completion),
    met: formula(`=IF(${refs.score}=${W},"${yesNo[0]}","${yesNo[1]}")`, result.met ? yesNo[0] : yesNo[1]),
    rule: ruleText(lang, basis.direction),
    live: true,
  };
}

function bandCells(result: IndicatorResult, basis: Extract<ScoreBasis, { kind: "band" }>, refs: ScoreRowRefs, lang: Lang): ScoreCells {
  const W = refs.weight;
  const low = `${refs.weight}*${fmt(basis.min)}`;
  const high = `${refs.weight}*${fmt(basis.max)}`;
  const S = refs.stated;
  const stated = result.indicator.statedScore !== null;
  let f: string;
  if (stated) {
    const inside = `AND(${S}>=${low},${S}${basis.top ? "<=" : "<"}${high})`;
    f = `=IF(${inside},ROUND(${S},2),ROUND(${low},2))`;
  } else {
    f = basis.top ? `=ROUND(${W},2)` : `=ROUND(${low},2)`;
  }
  const band = `[${fmt(basis.min * 100)}%, ${fmt(basis.max * 100)}%${basis.top ? "]" : ")"}`;
  return {
    targetNumber: null,
    actualNumber: null,
    score: formula(f, result.score),
    completion: numberCell(result.completion),
    met: null,
    rule: ruleText(lang, basis.top ? "bandTop" : "band", band),
    live: true,
  };
}

/**
 * The cells of one indicator row that carry its score. With formulas off, the same values and
 * rule text, without formulas.
 */
export function scoreCells(result: IndicatorResult, refs: ScoreRowRefs, writeFormulas: boolean, lang: Lang, yesNo: [string, string]): ScoreCells {
  const basis = result.basis;
  if (!basis) return asValues(result, lang, "unscorable");
  const cells = ((): ScoreCells => {
    switch (basis.kind) {
      case "ratio":
        return ratioCells(result, basis, refs, lang, yesNo);
      case "execution":
        if (refs.headlineRate === null) return asValues(result, lang, "execution");
        return {
          targetNumber: null,
          actualNumber: null,
          // No rate (a budget changed to 0): the engine scores the row as it stands, keeping a
          // stated 得分 unchecked, a blank one as 0 (docs/rules.md §3.2), where MIN("",1) would give full marks.
          score: formula(
            `=IF(ISNUMBER(${refs.headlineRate}),ROUND(MIN(${refs.headlineRate},1)*${refs.weight},2),ROUND(${refs.stated},2))`,
            result.score,
          ),
          completion: formula(`=${refs.headlineRate}`, result.completion),
          met: formula(`=IF(${refs.score}=${refs.weight},"${yesNo[0]}","${yesNo[1]}")`, result.met ? yesNo[0] : yesNo[1]),
          rule: ruleText(lang, "execution"),
          live: true,
        };
      case "band":
        return bandCells(result, basis, refs, lang);
      case "stated": {
        // Blank cells (or "—") are not words without a band: say which it is (REVIEW R19).
        const blank = [result.indicator.target.text, result.indicator.actual.text].some((t) => t.trim() === "" || isPlaceholderMark(t));
        return { ...asValues(result, lang, blank ? "statedBlank" : "stated"), score: formula(`=ROUND(${refs.stated},2)`, result.score), live: true };
      }
      case "value":
        return asValues(result, lang, basis.why);
    }
  })();
  if (writeFormulas) return cells;
  const plain = (c: PlanCell | null): PlanCell | null =>
    c !== null && c.t === "formula" ? (typeof c.v === "number" ? numberCell(c.v) : textCell(c.v)) : c;
  return {
    ...cells,
    targetNumber: plain(cells.targetNumber),
    actualNumber: plain(cells.actualNumber),
    score: plain(cells.score),
    completion: plain(cells.completion),
    met: plain(cells.met),
  };
}
