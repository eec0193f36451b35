/** The result card's figures as display text, formatted only through the engine's format.ts. */
import type { Dec } from "../../engine/light";
import type { Grade, GradeWords } from "../../engine/light";
import { formatPercent, formatScore } from "../../engine/light";

export interface CategoryRow {
  name: string;
  /** "42 / 50" */
  scoreOfWeight: string;
  /** "84.00%", or null when the weight is 0. */
  completion: string | null;
}

export interface ResultSummary {
  entity: string | null;
  year: number | null;
  total: string | null;
  grade: Grade | null;
  /** What the grades are called (the settings' words); absent = the default ones. */
  gradeWords?: GradeWords;
  /** The headline budget line's execution rate ("98.31%"), or null without a budget. */
  executionRate: string | null;
  categories: CategoryRow[];
}

/** The parts of an Evaluation the card shows (an Evaluation fits it as it is). */
export interface ResultInput {
  entity: string | null;
  year: number | null;
  totalScore: Dec | null;
  grade: Grade | null;
  settings?: { gradeWords: GradeWords };
  budget: { headlineIndex: number | null; lines: { executionRate: Dec | null }[] } | null;
  indicatorTables: { categories: { name: string; score: Dec; weight: Dec; completionRate: Dec | null }[] }[];
}

export function resultSummary(evaluation: ResultInput): ResultSummary {
  const budget = evaluation.budget;
  const headline = budget && budget.headlineIndex !== null ? budget.lines[budget.headlineIndex] : undefined;
  const rate = headline?.executionRate ?? null;
  const first = evaluation.indicatorTables[0];
  return {
    entity: evaluation.entity,
    year: evaluation.year,
    total: evaluation.totalScore ? formatScore(evaluation.totalScore) : null,
    grade: evaluation.grade,
    ...(evaluation.settings ? { gradeWords: evaluation.settings.gradeWords } : {}),
    executionRate: rate ? formatPercent(rate) : null,
    categories: (first?.categories ?? []).map((c) => ({
      name: c.name,
      scoreOfWeight: `${formatScore(c.score)} / ${formatScore(c.weight)}`,
      completion: c.completionRate ? formatPercent(c.completionRate) : null,
    })),
  };
}
