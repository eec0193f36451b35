import fc from "fast-check";
import { detectTables } from "../../../src/engine/detect";
import { parseWorkbook } from "../../../src/engine/parse";
import type { CellRange, CellValue, Grid, Sheet } from "../../../src/engine/grid";
import type { TableOverride } from "../../../src/engine/detect/types";

/** Words that make detection and parsing take their interesting paths. */
const WORDS = [
  "项目", "年初预算数", "全年预算数", "全年执行数", "上年执行数", "类别", "收入", "支出",
  "收入合计", "支出合计", "合计", "总分", "其中：人员经费", "按收入性质分", "注：说明",
  "一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "实际完成值", "分值", "得分", "偏差原因",
  "产出指标", "数量指标", "预算执行率", "≥95%", "≤10天", "90%-100%", "2.4万亩", "达成", "十",
  "单位名称", "年度", "自称", "部门职能", "2023年", "单位：万元", "单位：元", "28,082.29", "２８，０８２．２９",
  "—", "-", "/", "(12)", "1e400", "绩效自评结果",
];

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.boolean() },
);

const mergeArb = (rows: number, cols: number): fc.Arbitrary<CellRange> =>
  fc
    .tuple(fc.nat(rows + 1), fc.nat(cols + 1), fc.nat(3), fc.nat(3))
    .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

const sheetArb: fc.Arbitrary<Sheet> = fc
  .tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 9 }))
  .chain(([rows, cols]) =>
    fc.record({
      name: fc.constantFrom("Sheet1", "收支", "指标", "信息", "绩效自评结果", "x"),
      cells: fc.array(fc.array(cellArb, { maxLength: cols }), { minLength: rows, maxLength: rows }),
      merges: fc.array(mergeArb(rows, cols), { maxLength: 4 }),
      numberFormats: fc.option(
        fc.array(fc.array(fc.constantFrom<string | null>(null, "0%", "0.00%", "General", "@"), { maxLength: cols }), {
          maxLength: rows,
        }),
        { nil: undefined },
      ),
    }),
  );

const gridArb: fc.Arbitrary<Grid> = fc.array(sheetArb, { maxLength: 3 }).map((sheets) => ({ sheets }));

const overridesArb: fc.Arbitrary<TableOverride[]> = fc.array(
  fc.record({
    sheet: fc.constantFrom("Sheet1", "收支", "指标", "信息", "x"),
    kind: fc.constantFrom<TableOverride["kind"]>("budget", "indicator", "info", "ignore"),
  }),
  { maxLength: 2 },
);

describe("random grids", () => {
  test("detectTables + parseWorkbook never throw; cell checks name a cell on an existing sheet", () => {
    fc.assert(
      fc.property(gridArb, overridesArb, (grid, overrides) => {
        const tables = detectTables(grid, overrides);
        for (const t of tables) {
          expect(t.confidence).toBeGreaterThanOrEqual(0);
          expect(t.confidence).toBeLessThanOrEqual(1);
          expect(t.range.bottom).toBeGreaterThanOrEqual(t.headerRow);
        }
        const { checks } = parseWorkbook(grid, tables);
        const names = new Set(grid.sheets.map((s) => s.name));
        for (const c of checks) {
          if (c.code === "INVALID_NUMBER" || c.code === "INVALID_WEIGHT" || c.code === "MISSING_WEIGHT") {
            expect(c.cell).not.toBeNull();
            expect(names.has(c.cell!.sheet)).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  test("a header row over random data rows still parses without throwing", () => {
    const budgetHeader = ["项目", "全年预算数", "全年执行数", "上年执行数"];
    const indicatorHeader = ["一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { minLength: 6, maxLength: 6 }), { maxLength: 12 }),
        fc.array(fc.array(cellArb, { minLength: 6, maxLength: 6 }), { maxLength: 12 }),
        (budgetRows, indicatorRows) => {
          const grid: Grid = {
            sheets: [
              { name: "b", cells: [budgetHeader, ...budgetRows], merges: [] },
              { name: "i", cells: [indicatorHeader, ...indicatorRows], merges: [] },
            ],
          };
          const tables = detectTables(grid);
          expect(tables.some((t) => t.kind === "budget")).toBe(true);
          expect(tables.some((t) => t.kind === "indicator")).toBe(true);
          const { checks } = parseWorkbook(grid, tables);
          for (const c of checks) {
            if (c.code === "INVALID_NUMBER" || c.code === "INVALID_WEIGHT" || c.code === "MISSING_WEIGHT") expect(c.cell).not.toBeNull();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
