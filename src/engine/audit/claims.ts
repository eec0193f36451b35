/**
 * Figure claims in report prose (docs/text-audit.md): amounts in 万元/元, "比上年增加/减少…万元，
 * 增长/下降…%", "完成年度预算的…%", "执行率为…%", "…完成率为…%", "得分为…分", "共设置绩效指标…项",
 * "占…%". Each claim keeps where it stands, so it can be tied to the line named before it.
 */
import type { Dec } from "../decimal";
import { D } from "../decimal";

export type ClaimKind = "amount" | "change" | "changeRate" | "execution" | "share" | "completion" | "score" | "count";

export interface Claim {
  kind: ClaimKind;
  /** The number as written, in its unit (万元 for amounts; percent number for rates). */
  value: Dec;
  /** Decimals written: the precision the claim is compared at. */
  places: number;
  /** 增加/增长 +1, 减少/下降 −1, none 0. */
  sign: 1 | -1 | 0;
  /** The claim as written ("下降54.82%"). */
  text: string;
  /** Position in the sentence. */
  at: number;
  sentence: string;
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;

/** Patterns, most specific first; a span taken by one is not read again by a later one. */
const PATTERNS: { kind: ClaimKind; re: RegExp; value: number; sign?: number; unit?: number }[] = [
  { kind: "change", re: new RegExp(`(增加|减少)${NUM}(万元|元)`, "g"), value: 2, sign: 1, unit: 3 },
  { kind: "changeRate", re: new RegExp(`(增长|下降|上升|减少)${NUM}%`, "g"), value: 2, sign: 1 },
  { kind: "execution", re: new RegExp(`(?:完成年度预算的|完成预算的|执行率为|执行率达到?)${NUM}%`, "g"), value: 1 },
  { kind: "completion", re: new RegExp(`完成率为${NUM}%`, "g"), value: 1 },
  { kind: "share", re: new RegExp(`占(?:比为?)?${NUM}%`, "g"), value: 1 },
  { kind: "score", re: new RegExp(`得分为?${NUM}分`, "g"), value: 1 },
  { kind: "count", re: new RegExp(`共设置(?:绩效)?指标${NUM}项`, "g"), value: 1 },
  { kind: "amount", re: new RegExp(`${NUM}(万元|元)`, "g"), value: 1, unit: 2 },
];

const UP = new Set(["增加", "增长", "上升"]);

/** Full-width digits and marks made plain; spaces inside figures ("93.91 分", "84 %") taken out. */
export function normalizeProse(text: string): string {
  // Only digits, ％ and ．: full-width commas and semicolons separate clauses and stay.
  return text
    .replace(/[０-９％．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/(\d)，(?=\d{3}(?!\d))/g, "$1,")
    .replace(/(\d)\s+(?=[\d万元%分项])/g, "$1")
    .replace(/([为的达占降长加少升])\s+(?=\d)/g, "$1");
}

const SENTENCE = /[^。！？!?\n]+[。！？!?]?/g;

export function sentencesOf(text: string): string[] {
  return [...normalizeProse(text).matchAll(SENTENCE)].map((m) => m[0]);
}

/** The claims of one sentence, in order. */
export function claimsIn(sentence: string): Claim[] {
  const taken: [number, number][] = [];
  const out: Claim[] = [];
  for (const p of PATTERNS) {
    for (const m of sentence.matchAll(p.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      const raw = m[p.value]!.replace(/,/g, "");
      let value = new D(raw);
      // Amounts in 元 are compared in 万元, as the tables are read.
      if (p.unit !== undefined && m[p.unit] === "元") value = value.dividedBy(10000);
      const places = (raw.split(".")[1] ?? "").length + (p.unit !== undefined && m[p.unit] === "元" ? 4 : 0);
      const sign = p.sign === undefined ? 0 : UP.has(m[p.sign]!) ? 1 : -1;
      out.push({ kind: p.kind, value, places: Math.min(places, 6), sign, text: m[0], at: start, sentence });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}
