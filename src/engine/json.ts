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
  /**
   * Target and actual as the summary and report show them: with the unit of a separate 度量单位 /
   * 计量单位 column joined ("72890" | "元" → "72890元"); equal to target/actual otherwise. Added in i11.
   */
  targetShown: string;
  actualShown: string;
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
  /** The grade as the settings name it (等级用语: "合格" for 中 on a 优秀/良好/合格/不合格 form); null with no grade. Added in i11. */
  gradeLabel: string | null;
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
  /** The grade's key, whatever the form calls it: 优, 良, 中 or 差 (the best band down). */
  grade: "优" | "良" | "中" | "差" | null;
  /** The grade as the settings name it, in Chinese ("优秀", "不合格"); null with no grade. Added in i11. */
  gradeLabel: string | null;
  /** The four grade words by key, as the settings give them ({"优": "优秀", …}). Added in i11. */
  gradeWords: { 优: string; 良: string; 中: string; 差: string };
  checks: JsonCheck[];
  narrative: { heading: string; paragraphs: string[] }[];
  /** Added by the command line when --docx wrote the report as a Word document: its absolute path. */
  docx?: string;
}
