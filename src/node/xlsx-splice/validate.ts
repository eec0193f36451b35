/** What Excel would reject in a plan, checked before any part is touched. */
import type { CellRange } from "../../engine/light";
import { a1Range } from "../../engine/light";
import type { OutputPlan } from "../../engine/light";

/** Sheet-name rules Excel enforces. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 31) return "must have 1 to 31 characters";
  if (/[\\/?*[\]:]/.test(name)) return "must not contain \\ / ? * [ ] :";
  if (name.startsWith("'") || name.endsWith("'")) return "must not start or end with '";
  if (name.toLowerCase() === "history") return "“History” is reserved by Excel";
  return null;
}

/** Two merged areas sharing a cell make Excel call the file corrupt. */
function overlappingMerges(merges: CellRange[]): [CellRange, CellRange] | null {
  const sorted = [...merges].sort((a, b) => a.top - b.top);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.top <= a.bottom; j++) {
      const b = sorted[j]!;
      if (b.left <= a.right && a.left <= b.right) return [a, b];
    }
  }
  return null;
}

export function validatePlan(plan: OutputPlan): void {
  const seen = new Set<string>();
  for (const sheet of plan.sheets) {
    const problem = sheetNameProblem(sheet.name);
    if (problem) throw new Error(`Invalid output sheet name “${sheet.name}”: ${problem}`);
    const key = sheet.name.toLowerCase();
    if (seen.has(key)) throw new Error(`The plan names sheet “${sheet.name}” twice`);
    seen.add(key);
    const overlap = overlappingMerges(sheet.merges);
    if (overlap) throw new Error(`Sheet “${sheet.name}”: merged areas ${a1Range(overlap[0])} and ${a1Range(overlap[1])} overlap`);
  }
}
