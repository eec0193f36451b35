/**
 * Labels and names as a report prints them. Forms break long labels over two lines inside a
 * merged cell ("满意度\n指标（10分）"), carry the category's points in its label ("产出指标(50分)")
 * and name projects after the form they sit in ("…项目支出绩效自评表"); none of that belongs in a
 * sentence or a summary cell. See docs/forms.md.
 */
import { toHalfWidth } from "./text";

/** Line breaks and runs of spaces; a space between two Han characters is a layout gap, not a word break. */
const BREAKS = /\s*[\r\n]+\s*/g;
const HAN_GAP = /(\p{Script=Han})[ \u00a0\u3000]+(?=\p{Script=Han})/gu;
/** "（50分）", "(50)", "（满分50分）", "【30分】" at the end of a label. */
const SCORE_SUFFIX = /\s*[(（【[]\s*(?:满分|分值)?\s*\d+(?:\.\d+)?\s*分?\s*[)）】\]]\s*$/;

/** The points a label states in its suffix ("产出指标(50分)" → 50), or null. */
export function labelPoints(text: string): number | null {
  const m = SCORE_SUFFIX.exec(toHalfWidth(text.replace(BREAKS, "")).trim());
  const n = m ? /\d+(?:\.\d+)?/.exec(m[0]) : null;
  return n ? Number(n[0]) : null;
}

/**
 * The numbered slot a province's form prints before each 三级 name: "指标1：", "指标2:", and run into
 * the name without a colon as 河北 units type it ("指标1工程完工率"). The name must go on with a
 * character other than a digit or a unit, so "指标10" is never cut to "0".
 */
const SLOT_PREFIX = /^指标\s*\d+\s*(?:[:：、.．]\s*|(?=[^\d\s.%％]))/;

/** A label without line breaks, layout spaces, a slot number or a trailing score suffix. */
export function cleanLabel(text: string): string {
  const joined = text.replace(BREAKS, "").replace(HAN_GAP, "$1").trim();
  const bare = joined.replace(SCORE_SUFFIX, "").replace(SLOT_PREFIX, "").trim();
  return bare === "" ? joined : bare;
}

/** Words naming the form, not the project, at the end of a 项目名称. Longest first. */
const FORM_WORDS = ["项目支出绩效自评表", "部门整体支出绩效自评表", "支出绩效自评表", "绩效自评报告", "绩效自评表", "自评报告", "自评表"];

/**
 * A source tag a budget system prints before a name ("【体制】自管道路…", "[续建]…"): where the
 * money comes from, not what the project is called.
 */
const SOURCE_TAG = /^(?:\s*[【[〔]\s*[^】\]〕]{1,8}\s*[】\]〕]\s*)+/;

/**
 * A budget system's unit code before a unit's name ("219001-池州市贵池区棠溪镇人民政府"): digits
 * (and letters) then a dash, as projects carry theirs (parse/info.ts projectNameOf).
 */
const UNIT_CODE = /^[0-9A-Za-z]*\d{3,}[0-9A-Za-z]*\s*[-－—_:：]\s*/;

/** A unit's name as reports name it: without its budget code. */
export function cleanUnitName(text: string): string {
  const name = text.replace(UNIT_CODE, "").trim();
  return name === "" ? text.trim() : name;
}

/** A project's name without the form words some units type after it, or a source tag before it. */
export function cleanProjectName(text: string): string {
  const untagged = cleanLabel(text).replace(SOURCE_TAG, "").trim();
  let name = untagged === "" ? cleanLabel(text) : untagged;
  const half = toHalfWidth(name);
  const word = FORM_WORDS.find((w) => half.endsWith(w));
  if (word) name = name.slice(0, name.length - word.length).replace(/[\s\p{P}]+$/u, "");
  // "项目支出" left over after "…项目支出绩效自评表" was cut at a shorter word: keep the project's own words.
  return name === "" ? cleanLabel(text) : name;
}
