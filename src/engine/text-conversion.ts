/**
 * Which text Excel would turn into something else on entry. Kept free of the engine's other
 * modules so the add-in's first script (src/engine/light.ts) can carry it.
 */

/** Numbers as Excel reads them when typed: "1,234.5", "-3", "12%", "1e5", "(12)", "$5", "1/2". */
const LOOKS_NUMERIC = /^\s*[-+]?[$¥￥]?\s*(\d[\d,]*(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*%?\s*$|^\s*\(\d[\d,.]*\)\s*$|^\s*\d+\s+\d+\/\d+\s*$|^\s*\d+\/\d+\s*$/i;
/** Dates and times: "2023-12-31", "2023/1/5", "12-31", "3月5日", "2023年3月", "10:30", "Jan-23". */
const LOOKS_DATE =
  /^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?\s*$|^\s*(\d{2,4}年)?\d{1,2}月(\d{1,2}日)?\s*$|^\s*\d{2,4}年\d{1,2}月\s*$|^\s*\d{1,2}:\d{2}(:\d{2})?\s*(am|pm)?\s*$|^\s*\d{1,2}[-\s](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*([-\s]\d{2,4})?\s*$|^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-\s]\d{1,4}\s*$/i;

/**
 * Whether Excel would turn this text into something else when it is entered into a General
 * cell: a formula or a sign-led expression (= + - @), a leading apostrophe, a number, a date
 * or time, a boolean.
 * Only such text needs the Text format (@); prose stays General, because a Text cell holding
 * more than 255 characters shows ##### in desktop Excel.
 */
export function excelWouldConvert(text: string): boolean {
  // A leading apostrophe is Excel's (and WPS's) "this is text" prefix: entered into a General
  // cell it is dropped, so the text must go into a Text cell to keep it.
  if (/^[=+\-@']/.test(text)) return true;
  if (/^\s*(true|false)\s*$/i.test(text)) return true;
  return LOOKS_NUMERIC.test(text) || LOOKS_DATE.test(text);
}
