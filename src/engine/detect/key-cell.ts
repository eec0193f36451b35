/**
 * A key cell that holds its own value ("项目名称：綦江区…", "填报单位：广州市…"), as officers
 * write the key lines of a one-sheet form. A unit line ("单位：元", "金额单位：万元") is none,
 * nor is a key with nothing after its colon ("单位名称：" with the value in the next cell).
 */
import { infoFieldOf } from "../vocabulary/info-keys";
import { unitFromText } from "../vocabulary/text";

/** Up to 12 characters of key, a colon (either width), the value. */
const KEY_IN_CELL = /^([^:：]{2,12})[:：]\s*(.+)$/s;

/** The key and value of a "键：值" cell whose key is a known info key; the value as the unit wrote it. */
export function splitKeyCell(text: string): { key: string; value: string } | null {
  const m = KEY_IN_CELL.exec(text.trim());
  if (!m || !infoFieldOf(m[1]!) || unitFromText(text) !== null) return null;
  const value = m[2]!.trim();
  return value === "" ? null : { key: m[1]!, value };
}
