/**
 * Which column of a header row plays which role, per table kind. Header texts arrive already
 * normalised (see vocabulary/text.ts). The names themselves are in vocabulary/header-roles.ts.
 */
import type { BudgetColumnRole } from "../model";
import { AMOUNT_ROLES, BUDGET_ROLE_NAMES, INDICATOR_ROLE_NAMES, type RoleNames } from "../vocabulary/header-roles";

export type HeaderKind = "budget" | "indicator";

/** The roles a budget table is recognised by; 分值/执行率/得分 come with only some forms. */
const BUDGET_CORE_ROLES: BudgetColumnRole[] = ["item", "category", ...AMOUNT_ROLES];

/** How a header text matched a role: exact beats contained; a longer contained name beats a shorter. */
interface RoleHit {
  role: string;
  exact: boolean;
  /** Length of the matched name (longer = more specific). */
  length: number;
  /** Position of the name in its list (lower = preferred). */
  rank: number;
}

function namesFor(kind: HeaderKind): RoleNames<string>[] {
  return kind === "budget" ? BUDGET_ROLE_NAMES : INDICATOR_ROLE_NAMES;
}

/** Every character of every name, per kind: a text with none of them matches no name. */
const NAME_CHARS: Record<HeaderKind, Set<string>> = {
  budget: new Set(BUDGET_ROLE_NAMES.flatMap((r) => r.names.flatMap((n) => [...n]))),
  indicator: new Set(INDICATOR_ROLE_NAMES.flatMap((r) => r.names.flatMap((n) => [...n]))),
};

/**
 * The quick "no" for the common case, every data row being tested as a possible header (a
 * table ends at the next one): figures and most item names share no character with a role name.
 */
function sharesCharWithNames(kind: HeaderKind, text: string): boolean {
  const chars = NAME_CHARS[kind];
  for (const ch of text) if (chars.has(ch)) return true;
  return false;
}

/** Longer header texts are titles or notes, not column headers. */
const MAX_HEADER_LENGTH = 20;

/**
 * The role one header text plays, or null. Names of three or more characters also match inside
 * a longer header ("2023年全年执行数"); two-character names only exactly or as the ending of a short
 * header ("指标分值"), since "项目" alone is also the start of the data row "项目支出".
 */
export function matchRole(kind: HeaderKind, text: string): RoleHit | null {
  if (text === "" || text.length > MAX_HEADER_LENGTH || !sharesCharWithNames(kind, text)) return null;
  let best: RoleHit | null = null;
  for (const { role, names } of namesFor(kind)) {
    names.forEach((name, rank) => {
      let hit: RoleHit | null = null;
      if (text === name) hit = { role, exact: true, length: name.length, rank };
      else if (name.length >= 3 && text.includes(name)) hit = { role, exact: false, length: name.length, rank };
      else if (name.length === 2 && text.length <= 6 && text.endsWith(name)) {
        hit = { role, exact: false, length: name.length, rank };
      }
      if (hit && (!best || better(hit, best))) best = hit;
    });
  }
  return best;
}

function better(a: RoleHit, b: RoleHit): boolean {
  if (a.exact !== b.exact) return a.exact;
  if (a.length !== b.length) return a.length > b.length;
  return a.rank < b.rank;
}

export interface HeaderRowMatch {
  kind: HeaderKind;
  /** role → 0-based column */
  columns: Record<string, number>;
  /** Share of matched columns that matched a name exactly. */
  exactShare: number;
  /** The kind's required roles are all present. */
  meets: boolean;
  /** For ranking rows when no row meets the requirements (forced kinds): roles found. */
  score: number;
  confidence: number;
}

const YEAR_PREFIX = /^((?:19|20)\d{2})年(?:度)?/;

/**
 * Budget headers sometimes name years instead of 本年/上年 ("2023年执行数 | 2022年执行数"): an
 * amount column of an earlier year than the others is last year's.
 */
function budgetHit(text: string): { hit: RoleHit | null; year: number | null } {
  const y = YEAR_PREFIX.exec(text);
  const rest = y ? text.slice(y[0].length) : text;
  let hit = matchRole("budget", rest);
  // "上年同期执行数", "去年执行数": an amount named after last year is last year's.
  if (hit && (hit.role === "actual" || hit.role === "budget") && /^(上年|去年|上一年)/.test(rest)) {
    hit = { ...hit, role: "priorYear" };
  }
  return { hit, year: y ? Number(y[1]) : null };
}

/** The same judgement after a column was added by looking at the data (an item column with a blank header). */
export function withColumns(match: HeaderRowMatch, columns: Record<string, number>): HeaderRowMatch {
  return { ...match, columns, ...judge(match.kind, columns, match.exactShare) };
}

/** Number of amount columns (年初预算数, 全年预算数, 全年执行数, 上年执行数) a budget header has. */
export function amountColumnCount(columns: Record<string, number>): number {
  return AMOUNT_ROLES.filter((r) => columns[r] !== undefined).length;
}

export function amountColumns(columns: Record<string, number>): number[] {
  return AMOUNT_ROLES.map((r) => columns[r]).filter((c): c is number => c !== undefined);
}

export function matchHeaderRow(kind: HeaderKind, texts: string[]): HeaderRowMatch {
  const hits: { col: number; hit: RoleHit }[] = [];
  if (kind === "budget") {
    const found = texts.map((t) => budgetHit(t));
    const years = found.filter((f) => f.hit && f.year !== null).map((f) => f.year as number);
    const latest = years.length > 0 ? Math.max(...years) : null;
    found.forEach(({ hit, year }, col) => {
      if (!hit) return;
      const earlier = latest !== null && year !== null && year < latest;
      const role = earlier && (hit.role === "actual" || hit.role === "budget") ? "priorYear" : hit.role;
      hits.push({ col, hit: { ...hit, role } });
    });
  } else {
    texts.forEach((t, col) => {
      const hit = matchRole(kind, t);
      if (hit) hits.push({ col, hit });
    });
  }

  // One column per role: the best-matching one, leftmost on ties.
  const chosen = new Map<string, { col: number; hit: RoleHit }>();
  for (const h of hits) {
    const prev = chosen.get(h.hit.role);
    if (!prev || better(h.hit, prev.hit)) chosen.set(h.hit.role, h);
  }
  const columns: Record<string, number> = {};
  let exact = 0;
  for (const [role, h] of chosen) {
    columns[role] = h.col;
    if (h.hit.exact) exact++;
  }
  const found = chosen.size;
  const exactShare = found === 0 ? 0 : exact / found;
  return { kind, columns, exactShare, ...judge(kind, columns, exactShare) };
}

function judge(
  kind: HeaderKind,
  columns: Record<string, number>,
  exactShare: number,
): { meets: boolean; score: number; confidence: number } {
  const has = (role: string): boolean => columns[role] !== undefined;
  const found = Object.keys(columns).length;
  const score = found + exactShare * 0.5;
  if (kind === "budget") {
    const amounts = AMOUNT_ROLES.filter(has).length;
    const meets = has("item") && amounts >= 2;
    // Two amount columns is the minimum; each further one and exact names make us surer.
    const core = BUDGET_CORE_ROLES.filter(has).length;
    const confidence = meets ? 0.6 + 0.1 * (amounts - 2) + 0.2 * exactShare : (0.3 * core) / BUDGET_CORE_ROLES.length;
    return { meets, score, confidence: clamp01(confidence) };
  }
  // A flat list (重庆 部门整体: 指标名称 | 计量单位 | 指标性质 | …) has no 一级/二级, but its
  // 指标性质 column says it is an indicator table as surely.
  const meets = (has("level1") || has("level2") || has("nature")) && has("name") && has("target") && has("actual") && has("weight");
  const optional = ["level1", "level2", "nature", "unit", "statedScore", "reason"].filter(has).length - 1;
  const confidence = meets
    ? 0.6 + 0.2 * (Math.max(0, optional) / 5) + 0.2 * exactShare
    : (0.3 * found) / INDICATOR_ROLE_NAMES.length;
  return { meets, score, confidence: clamp01(confidence) };
}

function clamp01(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}

/** The words a missing indicator column is asked for by (the names a header is matched on first). */
const REQUIRED_INDICATOR_WORDS: [string, string][] = [
  ["name", "三级指标"],
  ["target", "年度指标值"],
  ["actual", "实际完成值"],
  ["weight", "分值"],
];

/**
 * A header row that is an indicator table's in all but one or two required columns (a form with
 * no 分值 column, a 目标表 with no 实际完成值): the roles it lacks, in the words a user would add.
 * Null when the row is a whole header, or too little of one to be meant as one.
 */
export function missingIndicatorColumns(texts: string[]): { missing: string[]; firstCol: number } | null {
  const match = matchHeaderRow("indicator", texts);
  if (match.meets) return null;
  const has = (role: string): boolean => match.columns[role] !== undefined;
  const levels = has("level1") || has("level2") || has("nature");
  const missing = REQUIRED_INDICATOR_WORDS.filter(([role]) => !has(role)).map(([, word]) => word);
  return levels && has("name") && missing.length <= 2 ? { missing, firstCol: Math.min(...Object.values(match.columns)) } : null;
}
