/** 一级指标 subtotals, in the order the categories first appear in the table. */
import { sumDec } from "../decimal";
import type { CategoryResult, IndicatorResult } from "../evaluation";

export function categoriesOf(results: IndicatorResult[]): CategoryResult[] {
  const names: string[] = [];
  for (const r of results) if (!names.includes(r.indicator.level1)) names.push(r.indicator.level1);
  return names.map((name) => {
    const members = results.filter((r) => r.indicator.level1 === name);
    const weight = sumDec(members.map((r) => r.indicator.weight.value));
    // Σ of the rounded indicator scores, so the printed table adds up.
    const score = sumDec(members.map((r) => r.score));
    return {
      name,
      weight,
      score,
      completionRate: weight.isZero() ? null : score.dividedBy(weight),
      count: members.length,
      metCount: members.filter((r) => r.met).length,
    };
  });
}
