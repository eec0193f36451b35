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
  { word: "街道办事处", selfReference: "我街" },
  { word: "街道", selfReference: "我街" },
  { word: "镇", selfReference: "我镇" },
  { word: "乡", selfReference: "我乡" },
  { word: "委员会", selfReference: "我委" },
  { word: "委", selfReference: "我委" },
  { word: "中心", selfReference: "我中心" },
  { word: "局", selfReference: "我局" },
  { word: "办公室", selfReference: "我办" },
  { word: "办", selfReference: "我办" },
  { word: "院", selfReference: "我院" },
  { word: "学校", selfReference: "我校" },
  { word: "中学", selfReference: "我校" },
  { word: "小学", selfReference: "我校" },
  { word: "校", selfReference: "我校" },
  { word: "幼儿园", selfReference: "我园" },
  { word: "公司", selfReference: "我公司" },
  { word: "派出所", selfReference: "我所" },
  { word: "所", selfReference: "我所" },
  { word: "部", selfReference: "我部" },
  { word: "厅", selfReference: "我厅" },
  { word: "处", selfReference: "我处" },
  { word: "队", selfReference: "我队" },
  { word: "站", selfReference: "我站" },
  { word: "馆", selfReference: "我馆" },
  { word: "社", selfReference: "我社" },
  { word: "区人民政府", selfReference: "我区" },
  { word: "县人民政府", selfReference: "我县" },
  { word: "市人民政府", selfReference: "我市" },
];

/**
 * Words that hold a kind's character without naming the unit's kind ("城镇供水", "城乡建设",
 * "中共××县委宣传部"): taken out before the search anywhere in the name.
 */
const NOT_A_KIND = /城镇|城乡|乡镇|乡村|[省市县区]委/g;

export const DEFAULT_SELF_REFERENCE = "我单位";

export function deriveSelfReference(entity: string | null, rules: SelfReferenceRule[] = SELF_REFERENCE_RULES): string {
  const name = (entity ?? "").replace(/\s+/g, "");
  if (name === "") return DEFAULT_SELF_REFERENCE;
  const byEnding = rules.find((r) => name.endsWith(r.word));
  if (byEnding) return byEnding.selfReference;
  const words = name.replace(NOT_A_KIND, "|");
  const byWord = rules.find((r) => words.includes(r.word));
  return byWord ? byWord.selfReference : DEFAULT_SELF_REFERENCE;
}

export function resolveSelfReference(setting: string | null, infoWord: string | null, entity: string | null): string {
  const stated = [setting, infoWord].map((s) => (s ?? "").trim()).find((s) => s !== "");
  return stated ?? deriveSelfReference(entity);
}
