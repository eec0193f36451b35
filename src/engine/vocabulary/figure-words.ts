/**
 * Which words in report prose name which figure: the one table read both by the audit of a
 * hand-written report (docs/text-audit.md) and by the calculation trail of our own report
 * (docs/calculation-trail.md), so the two tie a sentence's figure to the same line, total or score.
 * Words are data: add a synonym here, nowhere else. A word names the figure when it stands nearest
 * before it in the sentence (namedBefore).
 */
import type { BudgetLine, Section } from "../model";
import { isBareTotalName, subtotalGroupName } from "./budget-lines";
import { proseName } from "./prose-names";

/**
 * A section's total, besides its own name: "总收入", the report's "年度收入预算…" overview, English
 * "total revenue" for the year's total (合计); "收入总计" for the grand total with carry-over
 * (docs/rules.md §2.2). Only words that cannot stand inside another line's name ("收入" alone
 * would be read inside "其他收入").
 */
const SECTION_TOTAL_WORDS: Record<"total" | "grandTotal", Record<Section, readonly string[]>> = {
  total: {
    revenue: ["总收入", "收入合计", "收入总额", "年度收入预算", "total revenue"],
    expenditure: ["总支出", "支出合计", "支出总额", "年度支出预算", "total expenditure"],
    other: ["资金合计"],
  },
  grandTotal: {
    revenue: ["收入总计", "grand total revenue"],
    expenditure: ["支出总计", "grand total expenditure"],
    other: ["总计"],
  },
};

/**
 * The budget as a whole — the headline line (docs/rules.md §2.2): "总收支", a project's
 * "年度资金总额", and the budget's own execution rate ("预算执行率为…", the report's 预算执行情况).
 */
export const HEADLINE_WORDS: readonly string[] = [
  "总收支",
  "收支总额",
  "年度收支预算",
  "年度资金总额",
  "资金总额",
  "预算执行率",
  "total revenue and expenditure",
];

/** The names a budget line goes by in prose: its own, the one the report gives it (§5.4), its section's total words. */
export function lineWords(line: Pick<BudgetLine, "name" | "kind" | "section">): string[] {
  const words = isBareTotalName(line.name) ? [] : [line.name];
  const group = subtotalGroupName(line.name);
  if (group !== null) words.push(group);
  // The name as the report writes it ("“三公”经费" for 三公经费, prose-names.ts).
  for (const w of [...words]) if (proseName(w) !== w) words.push(proseName(w));
  if (line.kind === "total" || line.kind === "yearTotal") words.push(...SECTION_TOTAL_WORDS.total[line.section]);
  if (line.kind === "grandTotal") words.push(...SECTION_TOTAL_WORDS.grandTotal[line.section]);
  return words;
}

/** Which of a line's amounts the words just before an amount name; else its 全年执行数. */
export const AMOUNT_ROLE_WORDS: readonly { role: "budget" | "priorYear"; words: readonly string[] }[] = [
  { role: "budget", words: ["预算"] },
  { role: "priorYear", words: ["上年"] },
];

/**
 * Score figures by the words before their number ("预算执行率得分9.83分", "绩效指标…得分92分"): the
 * nearest names the score.
 */
export const SCORE_WORDS = {
  /** The execution points (min(rate, 1) × 分值). */
  execution: ["预算执行率得分", "执行率得分", "budget execution"],
  /** The self-evaluation total of the indicator table (+ execution points). */
  total: ["绩效指标", "指标"],
  /**
   * A score of the goals: ours when it agrees with the total (a project's 综合自评), but possibly
   * another evaluation's when it does not, so the audit leaves a disagreement unmatched.
   */
  goals: ["绩效目标"],
} as const;

/** Completion of all the indicators together (Σ scores ÷ Σ weights), as opposed to one category's. */
export const INDICATOR_COMPLETION_WORDS: readonly string[] = ["绩效指标完成率", "指标完成率", "指标总体完成率", "绩效指标得分率", "指标得分率"];

/** A category without a 一级 name, as the report names it ("各项指标得分89.45分"). */
export const UNNAMED_CATEGORY_WORDS: readonly string[] = ["各项指标"];

/** Counts: the indicators set, and those among them that met their targets. */
export const COUNT_WORDS = {
  indicators: ["共设置"],
  met: ["其中"],
} as const;

/**
 * Words that make the percentage after them a target, not a result: "目标为较上年增长5%",
 * "年度指标值：下降3%". Read in the clause before a claim.
 */
export const TARGET_WORDS: readonly string[] = ["目标", "指标值", "计划", "预期", "力争", "预计"];

/**
 * Of the candidates, the one with a word starting nearest before `at` in `text` (the longer word
 * when two start at the same place), or null.
 */
export function namedBefore<T>(text: string, at: number, candidates: readonly { words: readonly string[]; figure: T }[]): T | null {
  // English words match whatever their case ("Total revenue was…"); lower case keeps positions.
  const lower = text.toLowerCase();
  let best: { at: number; length: number; figure: T } | null = null;
  for (const c of candidates) {
    for (const word of c.words) {
      if (word === "") continue;
      const i = lower.lastIndexOf(word.toLowerCase(), at - 1);
      if (i < 0) continue;
      if (!best || i > best.at || (i === best.at && word.length > best.length)) best = { at: i, length: word.length, figure: c.figure };
    }
  }
  return best?.figure ?? null;
}
