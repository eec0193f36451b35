/**
 * Many units' workbooks for trying and measuring the batch: copies of the bundled example
 * (examples/paitan-2023.xlsx), each with its own unit name and its own figures (actual spending
 * and one indicator's result vary with the copy's number), so the summary has something to sort
 * and to tell apart. Used by the batch tests and by `npm run bench`.
 *
 *   npx tsx scripts/unit-workbooks.ts FOLDER [COUNT=50] [--corrupt]
 *
 * --corrupt adds 损坏的单位.xlsx, a file that is not a workbook at all.
 */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";

export const EXAMPLE = join(__dirname, "..", "examples", "paitan-2023.xlsx");

const TOWNS = ["派潭镇", "小楼镇", "正果镇", "中新镇", "石滩镇", "新塘镇", "仙村镇", "朱村街道", "荔城街道", "增江街道"];
const OFFICES = ["人民政府", "农业农村办公室", "规划建设办公室", "社会事务办公室", "综合行政执法队"];

/** The i-th unit's name (0-based): 50 different names before any repeats. */
export function unitName(i: number): string {
  return `${TOWNS[i % TOWNS.length]!}${OFFICES[Math.floor(i / TOWNS.length) % OFFICES.length]!}`;
}

/** The example's 全年执行数 in 分 (cents), so the varied figures stay exact. */
const BASIC = 553_153; // 基本支出 5,531.53
const PROJECT = 2_255_076; // 项目支出 22,550.76

/** The i-th unit's figures: project spending 0–9.9 % below the example's, water quality 80–100 %. */
export function unitFigures(i: number): { basic: number; project: number; total: number; water: number } {
  const project = PROJECT - Math.round((PROJECT * (i % 100)) / 1000);
  return { basic: BASIC, project, total: BASIC + project, water: 80 + (i % 21) };
}

function setValue(ws: ExcelJS.Worksheet, address: string, value: ExcelJS.CellValue): void {
  ws.getCell(address).value = value;
}

/** The example with the i-th unit's name and figures (cells as laid out in the example). */
export async function unitWorkbookBytes(example: ExcelJS.Workbook, i: number): Promise<Buffer> {
  const f = unitFigures(i);
  setValue(example.getWorksheet("基本信息")!, "B2", unitName(i));
  const budget = example.getWorksheet("收支情况表")!;
  setValue(budget, "D7", f.total / 100); // 支出合计 全年执行数
  setValue(budget, "D9", f.project / 100); // 项目支出
  const indicators = example.getWorksheet("绩效指标表")!;
  setValue(indicators, "F9", `${f.water}%`); // 国考断面水质达标率, target ≥100%
  return Buffer.from(await example.xlsx.writeBuffer());
}

export async function loadExample(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  return wb;
}

/** Writes `count` unit workbooks (单位01.xlsx …) into `dir`; returns their file names. */
export async function writeUnitWorkbooks(dir: string, count: number, options: { corrupt?: boolean } = {}): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const example = await loadExample();
  const names: string[] = [];
  const digits = String(count).length;
  for (let i = 0; i < count; i++) {
    const name = `单位${String(i + 1).padStart(Math.max(digits, 2), "0")}.xlsx`;
    writeFileSync(join(dir, name), await unitWorkbookBytes(example, i));
    names.push(name);
  }
  if (options.corrupt) {
    // The first bytes of a zip, then nothing: what a transfer cut short leaves.
    writeFileSync(join(dir, "损坏的单位.xlsx"), Buffer.from("PK\u0003\u0004 truncated", "latin1"));
    names.push("损坏的单位.xlsx");
  }
  return names;
}

if (require.main === module) {
  const [dir, countText] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  if (!dir) {
    process.stderr.write("usage: npx tsx scripts/unit-workbooks.ts FOLDER [COUNT=50] [--corrupt]\n");
    process.exit(2);
  }
  void writeUnitWorkbooks(dir, Number(countText ?? 50), { corrupt: process.argv.includes("--corrupt") }).then((names) =>
    process.stdout.write(`${names.length} files in ${dir}\n`),
  );
}
