/** The --json result: a public contract (schemaVersion). Extend it; never break it. */
export const JSON_SCHEMA_VERSION = 1;

export interface JsonBudgetLine {
  name: string;
  section: "revenue" | "expenditure" | "other";
  isTotal: boolean;
  parent: string | null;
  initialBudget: number | null;
  budget: number | null;
  actual: number | null;
  priorYear: number | null;
  executionRate: number | null;
  change: number | null;
  changeRate: number | null;
  share: number | null;
  cell: string;
}

export interface JsonCategory {
  name: string;
  weight: number;
  score: number;
  completionRate: number | null;
  count: number;
  metCount: number;
}

export interface JsonIndicator {
  level1: string;
  level2: string | null;
  name: string;
  direction: "positive" | "negative" | "equal" | "qualitative";
  target: string;
  actual: string;
  weight: number;
  score: number;
  statedScore: number | null;
  completion: number | null;
  met: boolean;
  /** False when target or actual is missing (未核验): the stated score was kept unchecked. Added in i11. */
  checked: boolean;
  cell: string;
}

export interface JsonIndicatorTable {
  sheet: string;
  total: number;
  maxTotal: number;
  grade: "优" | "良" | "中" | "差" | null;
  categories: JsonCategory[];
  indicators: JsonIndicator[];
  /** A later project's own funds, in a workbook of one project per sheet (the first project's are the top-level budget). */
  budget?: JsonBudget;
}

export interface JsonBudget {
  lines: JsonBudgetLine[];
  executionScore: { weight: number; score: number } | null;
}

export interface JsonCheck {
  code: string;
  severity: "error" | "warning" | "info";
  message: string;
  cell: string | null;
}

export interface JsonResult {
  schemaVersion: 1;
  entity: string | null;
  year: number | null;
  unit: "万元";
  budget: JsonBudget | null;
  indicatorTables: JsonIndicatorTable[];
  totalScore: number | null;
  grade: "优" | "良" | "中" | "差" | null;
  checks: JsonCheck[];
  narrative: { heading: string; paragraphs: string[] }[];
  /** Added by the command line when --docx wrote the report as a Word document: its absolute path. */
  docx?: string;
}
