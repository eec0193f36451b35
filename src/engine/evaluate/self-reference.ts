/**
 * How a unit speaks of itself in its report (我镇, 我局…), derived from its name when neither
 * the settings nor the info sheet say. Data, not logic: add a row to support a new kind of unit.
 */
export interface SelfReferenceRule {
  /** A word in the unit's name that tells its kind. */
  word: string;
  selfReference: string;
}

/**
 * Checked first as name endings (so "乡村振兴局" is a 局, not a 乡), then, in this order, as words
 * anywhere in the name (so "派潭镇人民政府" is a 镇 and "街道办事处" is a 街道, not a 办).
 */
export const SELF_REFERENCE_RULES: SelfReferenceRule[] = [
  { word: "街道", selfReference: "我街" },
  { word: "镇", selfReference: "我镇" },
  { word: "乡", selfReference: "我乡" },
  { word: "委员会", selfReference: "我委" },
  { word: "委", selfReference: "我委" },
  { word: "中心", selfReference: "我中心" },
  { word: "局", selfReference: "我局" },
  { word: "办", selfReference: "我办" },
  { word: "院", selfReference: "我院" },
  { word: "学校", selfReference: "我校" },
  { word: "中学", selfReference: "我校" },
  { word: "小学", selfReference: "我校" },
  { word: "校", selfReference: "我校" },
];

export const DEFAULT_SELF_REFERENCE = "我单位";

export function deriveSelfReference(entity: string | null, rules: SelfReferenceRule[] = SELF_REFERENCE_RULES): string {
  const name = (entity ?? "").replace(/\s+/g, "");
  if (name === "") return DEFAULT_SELF_REFERENCE;
  const byEnding = rules.find((r) => name.endsWith(r.word));
  if (byEnding) return byEnding.selfReference;
  const byWord = rules.find((r) => name.includes(r.word));
  return byWord ? byWord.selfReference : DEFAULT_SELF_REFERENCE;
}

/** The settings' word wins, then the info sheet's 自称, then the unit's name. */
export function resolveSelfReference(setting: string | null, infoWord: string | null, entity: string | null): string {
  const stated = [setting, infoWord].map((s) => (s ?? "").trim()).find((s) => s !== "");
  return stated ?? deriveSelfReference(entity);
}
