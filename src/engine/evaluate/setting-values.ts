/**
 * Readers for the values an officer types into the info sheet's settings rows. Each returns the
 * value or an error hint (zh and en) that names the form expected.
 */
import type { Dec } from "../decimal";
import { D } from "../decimal";
import type { LocalizedText } from "../evaluation";
import type { GradeWords, Lang, RuleSet } from "../settings";
import { GRADES } from "../settings";
import { isUsableGradeWord, MAX_GRADE_WORD_LENGTH } from "../l10n/words";
import { RULE_SET_WORDS } from "../vocabulary/info-keys";

export type CellInput = string | number | boolean | null;
export type Read<T> = { ok: true; value: T } | { ok: false; hint: LocalizedText };

const fail = <T>(zh: string, en: string): Read<T> => ({ ok: false, hint: { zh, en } });

/** Full-width digits and signs to ASCII, spaces and thousands separators removed. */
function plainText(s: string): string {
  return s
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
    .replace(/．/g, ".")
    .replace(/％/g, "%")
    .replace(/[\s,，]/g, "");
}

/** A number, optionally written as a percent ("130%") or with a trailing 分. */
export function readNumber(input: CellInput): { value: Dec; percent: boolean } | null {
  if (typeof input === "number") return Number.isFinite(input) ? { value: new D(input), percent: false } : null;
  if (typeof input !== "string") return null;
  const m = /^([+-]?\d+(?:\.\d+)?)(%|分)?$/.exec(plainText(input));
  if (!m) return null;
  return { value: new D(m[1]!), percent: m[2] === "%" };
}

/** A ratio written "130%" or 1.3: the percent form is divided by 100. */
export function readRatio(input: CellInput): Dec | null {
  const n = readNumber(input);
  if (!n) return null;
  return n.percent ? n.value.dividedBy(100) : n.value;
}

export function readExecutionWeight(input: CellInput): Read<number | "auto"> {
  const text = typeof input === "string" ? plainText(input).toLowerCase() : "";
  if (["自动", "默认", "auto"].includes(text)) return { ok: true, value: "auto" };
  if (["无", "不计", "否", "none"].includes(text)) return { ok: true, value: 0 };
  const n = readNumber(input);
  if (n && !n.percent && n.value.gte(0) && n.value.lte(100)) return { ok: true, value: n.value.toNumber() };
  return fail("应为0到100之间的分值（如10），或“自动”。", "use points from 0 to 100 (e.g. 10), or 自动 (auto).");
}

export function readLang(input: CellInput): Read<Lang> {
  const text = typeof input === "string" ? plainText(input).toLowerCase() : "";
  if (["中文", "汉语", "简体中文", "zh", "zh-cn", "chinese"].includes(text)) return { ok: true, value: "zh" };
  if (["英文", "英语", "en", "en-us", "english"].includes(text)) return { ok: true, value: "en" };
  return fail("应为“中文”或“英文”（zh / en）。", "use 中文 (zh) or 英文 (en).");
}

export function readYesNo(input: CellInput): Read<boolean> {
  if (typeof input === "boolean") return { ok: true, value: input };
  if (input === 1 || input === 0) return { ok: true, value: input === 1 };
  const text = typeof input === "string" ? plainText(input).toLowerCase() : "";
  if (["是", "写入", "yes", "y", "true", "1"].includes(text)) return { ok: true, value: true };
  if (["否", "不写入", "no", "n", "false", "0"].includes(text)) return { ok: true, value: false };
  return fail("应为“是”或“否”。", "use 是 (yes) or 否 (no).");
}

export function readSelfReference(input: CellInput): Read<string> {
  if (typeof input === "string" && input.trim() !== "" && readNumber(input) === null) return { ok: true, value: input.trim() };
  return fail("应为文字，如“我镇”“我局”。", "use words such as 我镇 or 我局.");
}

/** A grade's lowest score, 0–100. */
export function readScore(input: CellInput): Read<number> {
  const n = readNumber(input);
  if (n && !n.percent && n.value.gte(0) && n.value.lte(100)) return { ok: true, value: n.value.toNumber() };
  return fail("应为0到100之间的分数，如90。", "use a score from 0 to 100, e.g. 90.");
}

/** A multiple of the target above 1, e.g. 130% or 1.3 (130 is refused: it would mean 130 times). */
export function readOvershootRatio(input: CellInput): Read<number> {
  const r = readRatio(input);
  if (r && r.gt(1) && r.lte(10)) return { ok: true, value: r.toNumber() };
  return fail("应为大于100%的比例，写作130%或1.3。", "use a ratio above 100%, written 130% or 1.3.");
}

/** A fraction below 1, e.g. 5% or 0.05 (5 is refused: it would mean 500%). */
export function readFraction(input: CellInput): Read<number> {
  const r = readRatio(input);
  if (r && r.gte(0) && r.lt(1)) return { ok: true, value: r.toNumber() };
  return fail("应为0%到100%之间的比例，写作5%或0.05。", "use a share between 0% and 100%, written 5% or 0.05.");
}

/** An amount in 万元, not negative. */
export function readTolerance(input: CellInput): Read<number> {
  const n = readNumber(input);
  if (n && !n.percent && n.value.gte(0)) return { ok: true, value: n.value.toNumber() };
  return fail("应为不小于0的金额（万元），如0.005。", "use an amount in 10k yuan, 0 or more, e.g. 0.005.");
}

/** 项目支出 / 部门整体 / 自定义 / 自动. */
export function readRuleSet(input: CellInput): Read<RuleSet> {
  const text = typeof input === "string" ? input.replace(/\s+/g, "") : "";
  const found = RULE_SET_WORDS.find(([word]) => word === text);
  return found ? { ok: true, value: found[1] } : fail("请填写“项目支出”“部门整体”或“自定义”。", "write 项目支出, 部门整体 or 自定义.");
}

/** A list of words: "好、优秀" → ["好", "优秀"]. */
export function readWords(input: CellInput): Read<string[]> {
  const words = (typeof input === "string" ? input : "").split(/[、，,;；\s]+/).filter((w) => w !== "");
  return words.length > 0 ? { ok: true, value: words } : fail("请填写用语，以顿号分隔。", "write the words, separated by 、.");
}

/**
 * One grade word: text, short, and nothing a spreadsheet would turn into a formula, number or
 * date when it is written into the summary's grade cell (docs/design.md §6).
 */
export function readGradeWord(input: CellInput): Read<string> {
  const word = typeof input === "string" ? input.trim() : "";
  if (!isUsableGradeWord(word)) {
    return fail(
      `等级用语应为不超过${MAX_GRADE_WORD_LENGTH}个字的文字，不能以 = + - @ 开头，也不能是数字或日期，如“优秀”。`,
      `use a word of at most ${MAX_GRADE_WORD_LENGTH} characters, not starting with = + - @ and not a number or date, e.g. 优秀.`,
    );
  }
  return { ok: true, value: word };
}

/** Four distinct grade words, best first: "优秀、良好、合格、不合格" (also 优/良/中/差). */
export function readGradeWords(input: CellInput): Read<GradeWords> {
  const parts = (typeof input === "string" ? input : "").split(/[、，,;；/／|｜\s]+/).filter((w) => w !== "");
  if (parts.length !== GRADES.length) {
    return fail(
      `应为四个等级用语，从高到低以顿号分隔，如“优秀、良好、合格、不合格”（此处为${parts.length}个）。`,
      `write four grade words, best first, separated by 、, e.g. 优秀、良好、合格、不合格 (found ${parts.length}).`,
    );
  }
  for (const part of parts) {
    const r = readGradeWord(part);
    if (!r.ok) return r;
  }
  if (new Set(parts).size !== parts.length) return fail("四个等级用语不能重复。", "the four grade words must differ.");
  return { ok: true, value: Object.fromEntries(GRADES.map((g, i) => [g, parts[i]!])) as unknown as GradeWords };
}
