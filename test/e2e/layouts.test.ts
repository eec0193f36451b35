/**
 * The same figures in other layouts give the same JSON as the bundled example, cell addresses
 * aside: the engine finds tables by content, not by position, order, sheet order or number style.
 */
import { resolve } from "path";
import { XlsxPort } from "../../src/node/xlsx-port";
import { evaluateWorkbook } from "../../src/app/evaluate-workbook";
import type { EngineResult, JsonResult } from "../../src/engine";
import { BASE_LAYOUT, VARIANTS, buildLayout, fullWidth, withoutCells, yuanText } from "./layouts";

const EXAMPLE = resolve(__dirname, "..", "..", "examples", "paitan-2023.xlsx");

function jsonOf(result: EngineResult): JsonResult {
  if (!result.ok) throw new Error(`not evaluated: ${result.errors.map((e) => e.message.en).join("; ")}`);
  return result.json;
}

describe("the example in other layouts", () => {
  let baseline: JsonResult;
  beforeAll(async () => {
    baseline = jsonOf((await evaluateWorkbook(await XlsxPort.open(EXAMPLE))).result);
  });

  it("writes the variants' numbers the way officers do", () => {
    // 28,082.29万元 × 10,000 = 280,822,900.00元
    expect(yuanText(28082.29)).toBe("280,822,900.00");
    expect(fullWidth("28,082.29")).toBe("２８，０８２．２９");
  });

  it("the base layout rebuilt here matches the bundled file exactly (cells included)", async () => {
    const json = jsonOf((await evaluateWorkbook(await XlsxPort.fromWorkbook(buildLayout(BASE_LAYOUT)))).result);
    expect(json).toEqual(baseline);
  });

  it.each(Object.entries(VARIANTS))("%s gives the same JSON except cell addresses", async (_name, layout) => {
    const json = jsonOf((await evaluateWorkbook(await XlsxPort.fromWorkbook(buildLayout(layout)))).result);
    expect(withoutCells(json)).toEqual(withoutCells(baseline));
    expect(json.totalScore).toBe(92);
  });
});
