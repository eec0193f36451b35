/**
 * Figure claims in report prose (docs/text-audit.md): amounts in 万元/元, changes ("比上年增加…万元",
 * "较上年减少…，降幅…%", "同比增长…%", "增长率为…%"), execution ("完成年度预算的…%", "为年度预算的…%",
 * "执行率为…%"), completion ("…完成率…%"), shares, scores, counts and the unspent budget. Each claim
 * keeps where it stands, so it can be tied to the line named before it.
 *
 * The wordings are data (WORDINGS): one entry a wording, most specific first.
 */
import type { Dec } from "../decimal";
import { D } from "../decimal";
import { TARGET_WORDS } from "../vocabulary/figure-words";

export type ClaimKind =
  | "amount"
  | "change"
  | "changeRate"
  | "execution"
  | "share"
  | "completion"
  | "score"
  | "count"
  | "met"
  | "unspent"
  | "unspentShare";

export interface Claim {
  kind: ClaimKind;
  /** The number as written, in its unit (万元 for amounts; percent number for rates). */
  value: Dec;
  /** Decimals written: the precision the claim is compared at. */
  places: number;
  /** A rise +1, a fall −1, none 0. */
  sign: 1 | -1 | 0;
  /** The claim as written ("下降54.82%"). */
  text: string;
  /** Position in the sentence. */
  at: number;
  sentence: string;
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;

/** Words of a change by direction; longer words first so "增长率" is not read as "增长". */
const RISE_WORDS = ["增长率", "增幅", "涨幅", "增长", "上升", "增加"];
const FALL_WORDS = ["下降率", "降幅", "减幅", "下降", "减少"];
const RISE = new Set(RISE_WORDS);
const either = (words: readonly string[]): string => `(?:${words.join("|")})`;
/** "为", "达", "达到", "了" between a word and its number ("增幅为3.2%", "增长了5%"). */
const LINK = "(?:为|达到?|了)?";

interface Wording {
  kind: ClaimKind;
  re: RegExp;
  /** Group of the number. */
  value: number;
  /** Group of the direction word. */
  sign?: number;
  /** Group of the unit (万元/元). */
  unit?: number;
  /** Read only when one of these words stands earlier in the sentence; else left to the next wording. */
  after?: readonly string[];
  /** Not a claim when the clause before it sets a target ("目标为较上年增长5%"). */
  notTarget?: boolean;
}

const WORDINGS: Wording[] = [
  { kind: "unspent", re: new RegExp(`未执行(?:预算|资金)?${NUM}(万元|元)`, "g"), value: 1, unit: 2 },
  { kind: "change", re: new RegExp(`(增加|减少|增长|下降|上升)${LINK}${NUM}(万元|元)`, "g"), value: 2, sign: 1, unit: 3 },
  {
    kind: "changeRate",
    re: new RegExp(`(${[...RISE_WORDS, ...FALL_WORDS].sort((a, b) => b.length - a.length).join("|")})${LINK}${NUM}%`, "g"),
    value: 2,
    sign: 1,
    notTarget: true,
  },
  // "未执行预算…，占年度预算的…%": the unspent share. Without 未执行 the words are left unread: an
  // item "占年度预算的…%" may be its share of the whole budget as well as its own execution.
  { kind: "unspentShare", re: new RegExp(`占(?:年度)?预算(?:的|比例为?)${NUM}%`, "g"), value: 1, after: ["未执行"] },
  { kind: "execution", re: new RegExp(`${either(["完成年度预算的", "完成预算的", "为年度预算的", "为预算的"])}${NUM}%`, "g"), value: 1 },
  { kind: "execution", re: new RegExp(`执行率${LINK}${NUM}%`, "g"), value: 1, notTarget: true },
  { kind: "completion", re: new RegExp(`完成率${LINK}${NUM}%`, "g"), value: 1, notTarget: true },
  // A category's or all indicators' 得分率 (score ÷ 分值): "产出指标得分42分（满分50分，得分率84.00%）".
  { kind: "completion", re: new RegExp(`得分率${LINK}${NUM}%`, "g"), value: 1, notTarget: true },
  { kind: "share", re: new RegExp(`占(?:比为?)?${NUM}%`, "g"), value: 1 },
  { kind: "score", re: new RegExp(`得分为?${NUM}分`, "g"), value: 1 },
  { kind: "count", re: new RegExp(`共设置(?:绩效)?指标${NUM}项`, "g"), value: 1 },
  { kind: "met", re: new RegExp(`其中${NUM}项(?:达到|完成|达标)`, "g"), value: 1 },
  { kind: "amount", re: new RegExp(`${NUM}(万元|元)`, "g"), value: 1, unit: 2 },
];

const countOf = (text: string, mark: string): number => text.split(mark).length - 1;

/** The clause before `at`: from the last comma, semicolon, colon or full stop. */
function clauseBefore(sentence: string, at: number): string {
  return sentence.slice(0, at).split(/[，,；;：:。]/).pop() ?? "";
}

/** Full-width digits and marks made plain; spaces inside figures ("93.91 分", "84 %") taken out. */
function normalizeProse(text: string): string {
  // Only digits, ％ and ．: full-width commas and semicolons separate clauses and stay.
  return text
    .replace(/[０-９％．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/(\d)，(?=\d{3}(?!\d))/g, "$1,")
    .replace(/(\d)\s+(?=[\d万元%分项])/g, "$1")
    .replace(/([为的达占降长加少升幅率了])\s+(?=\d)/g, "$1");
}

const SENTENCE = /[^。！？!?\n]+[。！？!?]?/g;

export function sentencesOf(text: string): string[] {
  return [...normalizeProse(text).matchAll(SENTENCE)].map((m) => m[0]);
}

/** The claims of one sentence, in order. */
export function claimsIn(sentence: string): Claim[] {
  const taken: [number, number][] = [];
  const out: Claim[] = [];
  for (const p of WORDINGS) {
    for (const m of sentence.matchAll(p.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      if (p.after && !p.after.some((w) => sentence.lastIndexOf(w, start) >= 0)) continue;
      // A figure inside “…” is part of a name ("“年度资金支付完成率100%”"), not a claim.
      const quoted = countOf(sentence.slice(0, start), "“") > countOf(sentence.slice(0, start), "”");
      const target = p.notTarget && TARGET_WORDS.some((w) => clauseBefore(sentence, start).includes(w));
      taken.push([start, end]);
      // A target's percentage is no claim, but its span is not read again as another one.
      if (target || quoted) continue;
      const raw = m[p.value]!.replace(/,/g, "");
      let value = new D(raw);
      // Amounts in 元 are compared in 万元, as the tables are read.
      const inYuan = p.unit !== undefined && m[p.unit] === "元";
      if (inYuan) value = value.dividedBy(10000);
      const places = (raw.split(".")[1] ?? "").length + (inYuan ? 4 : 0);
      const sign = p.sign === undefined ? 0 : RISE.has(m[p.sign]!) ? 1 : -1;
      out.push({ kind: p.kind, value, places: Math.min(places, 6), sign, text: m[0], at: start, sentence });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}
