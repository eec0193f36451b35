/**
 * fast-check generators of workbooks for the fuzz harness: families of package damage and
 * unusual layouts (package-families.ts), and cell-level content added to the example's sheets
 * (text that looks like formulas, control characters, huge and tiny numbers, merges, hidden and
 * very hidden sheets, sheet names with quotes, brackets, _xHHHH_ escapes, 31 characters).
 * A case carries its family and an estimate of its cell count, so the harness can report time
 * and memory per family and hold them against the count.
 */
import fc from "fast-check";
import ExcelJS from "exceljs";
import type JSZip from "jszip";
import { OUTPUT_SHEET_NAMES } from "../../src/engine/plan";
import {
  EXAMPLE_SHEETS,
  exampleBytes,
  mutated,
  relocated,
  withManyParts,
  withMerges,
  withoutPart,
  withTextCell,
} from "./package-families";
import type { Mutation } from "./package-families";

/** Marks text we put in cells, so a formula carrying it can only have come from text. */
export const MARK = "FZMARK";

export interface FuzzCase {
  family: string;
  /** What was done, for a failure report. */
  label: string;
  bytes: () => Promise<Buffer>;
  /** Roughly how many cells the file holds (time and memory should follow this, not the area). */
  cells: number;
}

/** How large the big families may get: small for the test suite, larger for `npm run fuzz`. */
export interface FuzzSize {
  maxParts: number;
  maxTextLength: number;
  maxAddedCells: number;
}

export const CI_SIZE: FuzzSize = { maxParts: 2_000, maxTextLength: 100_000, maxAddedCells: 60 };
export const LONG_SIZE: FuzzSize = { maxParts: 20_000, maxTextLength: 5_000_000, maxAddedCells: 2_000 };

/** The example holds about this many cells. */
const EXAMPLE_CELLS = 300;

const sheetIndex = fc.integer({ min: 0, max: EXAMPLE_SHEETS.length - 1 });

/** Characters XML cannot carry are stored as Excel does (_xHHHH_), the rest escaped. */
function xmlCellText(s: string): string {
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    // eslint-disable-next-line no-control-regex -- the point is to find them
    .replace(/[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Text users paste: formula-like starts, control characters, escapes, CJK, long runs. */
export const cellText = fc.oneof(
  fc.constantFrom(
    `=1+1${MARK}`,
    `=HYPERLINK("http://x","${MARK}")`,
    `+${MARK}`,
    `-1+${MARK}`,
    `@SUM(${MARK})`,
    `=cmd|'/c calc'!A0${MARK}`,
    `'=${MARK}`,
    `_x0041_${MARK}`,
    `\u0001\u0002${MARK}`,
    `合计${MARK}`,
    "收入合计",
    "支出合计",
    "预算执行率",
    "",
    " ",
  ),
  fc.string({ unit: "binary", maxLength: 40 }).map((s) => `${s}${MARK}`),
  fc.string({ unit: "grapheme", maxLength: 20 }).map((s) => `=${s}${MARK}`),
);

const cellNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, 5e-324, -5e-324, 0, -0, 1e15, 123456789012345680000, 0.1 + 0.2),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

type CellSpec = { row: number; col: number; xml: string };

function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const cellSpec = (maxRow: number): fc.Arbitrary<CellSpec> =>
  fc
    .record({
      row: fc.integer({ min: 30, max: maxRow }),
      col: fc.integer({ min: 0, max: 60 }),
      value: fc.oneof(
        cellText.map((t) => ({ kind: "text" as const, t })),
        cellNumber.map((n) => ({ kind: "number" as const, n })),
        fc.boolean().map((b) => ({ kind: "bool" as const, b })),
        fc.constantFrom("#DIV/0!", "#N/A", "#REF!").map((e) => ({ kind: "error" as const, e })),
      ),
    })
    .map(({ row, col, value }) => {
      const r = `${columnLetters(col)}${row}`;
      let xml: string;
      switch (value.kind) {
        case "text":
          xml = `<c r="${r}" t="inlineStr"><is><t xml:space="preserve">${xmlCellText(value.t)}</t></is></c>`;
          break;
        case "number":
          xml = `<c r="${r}"><v>${String(value.n)}</v></c>`;
          break;
        case "bool":
          xml = `<c r="${r}" t="b"><v>${value.b ? 1 : 0}</v></c>`;
          break;
        case "error":
          xml = `<c r="${r}" t="e"><v>${value.e}</v></c>`;
          break;
      }
      return { row, col, xml };
    });

/** New rows below a sheet's data, cells in column order. */
const withCells =
  (part: string, cells: CellSpec[]): Mutation =>
  async (zip: JSZip) => {
    const byRow = new Map<number, Map<number, string>>();
    for (const c of cells) {
      const row = byRow.get(c.row) ?? new Map<number, string>();
      row.set(c.col, c.xml);
      byRow.set(c.row, row);
    }
    const rows = [...byRow.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([r, cols]) => `<row r="${r}">${[...cols.entries()].sort((a, b) => a[0] - b[0]).map(([, x]) => x).join("")}</row>`)
      .join("");
    const xml = await zip.file(part)!.async("string");
    zip.file(part, xml.replace("</sheetData>", `${rows}</sheetData>`).replace(/<dimension ref="[^"]*"\/>/, ""));
  };

/** Sheet names as a user (or another program) may type them; unique ignoring case. */
const sheetName = fc
  .array(
    fc.oneof(
      fc.constantFrom("'", "[", "]", "_x0041_", "_x005F_", "_x0001_", " ", "!", "&", "<", '"', "收支", "表", "#", "x", "1"),
      fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 3 }),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join("").slice(0, 31))
  .filter((n) => n.trim().length > 0 && !Object.values(OUTPUT_SHEET_NAMES).includes(n as never));

/** Raw attribute text for a name: XML-escaped (its _xHHHH_ left as typed, so Excel decodes them). */
const attrText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

const renamed =
  (names: (string | null)[], states: ("visible" | "hidden" | "veryHidden")[]): Mutation =>
  async (zip) => {
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    let i = 0;
    zip.file(
      "xl/workbook.xml",
      xml.replace(/<sheet\b([^>]*?)\/>/g, (whole, attrs: string) => {
        const name = names[i];
        const state = states[i++] ?? "visible";
        let a = attrs.replace(/ state="[^"]*"/, ` state="${state}"`);
        if (name !== null && name !== undefined) a = a.replace(/ name="[^"]*"/, ` name="${attrText(name)}"`);
        return `<sheet${a}/>`;
      }),
    );
  };

const fromExample = (family: string, label: string, cells: number, ...mutations: Mutation[]): FuzzCase => ({
  family,
  label,
  cells,
  bytes: () => mutated(exampleBytes(), ...mutations),
});

/** Merged areas, from one cell to the rest of the sheet, anywhere (overlapping ones too). */
const mergeRef = fc.oneof(
  fc.constantFrom("J1:XFD1048576", "A50:XFD1048576", "K1:Z200000", "A1:XFD1", "A1:A1048576", "B3:C4"),
  fc
    .record({ r: fc.integer({ min: 1, max: 1_048_576 }), c: fc.integer({ min: 0, max: 16_383 }), h: fc.nat(1_048_575), w: fc.nat(16_383) })
    .map(({ r, c, h, w }) => `${columnLetters(c)}${r}:${columnLetters(Math.min(16_383, c + w))}${Math.min(1_048_576, r + h)}`),
);

const PART_NAMES = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml", ...EXAMPLE_SHEETS.map((s) => s.part)];

/** Every place a part can live: folders at any depth, the package root, odd but legal names. */
const placeFor = (base: string) =>
  fc.constantFrom("", "xl/", "xl/deep/er/", "other/", "a/b/c/").map((folder) => `${folder}${base}`);

const layout = fc
  .record({
    workbook: fc.option(placeFor("book.xml"), { nil: undefined }),
    strings: fc.option(placeFor("strings-1.xml"), { nil: undefined }),
    styles: fc.option(placeFor("look.xml"), { nil: undefined }),
    sheets: fc.tuple(...EXAMPLE_SHEETS.map((_s, i) => fc.option(placeFor(`tab${i}.XML`), { nil: undefined }))),
    style: fc.constantFrom("relative" as const, "absolute" as const, "parent" as const),
  })
  .map(({ workbook, strings, styles, sheets, style }) => {
    const moves: Record<string, string> = {};
    if (workbook) moves["xl/workbook.xml"] = workbook;
    if (strings) moves["xl/sharedStrings.xml"] = strings;
    if (styles) moves["xl/styles.xml"] = styles;
    sheets.forEach((to, i) => {
      if (to) moves[EXAMPLE_SHEETS[i]!.part] = to;
    });
    return { moves, style };
  });

/** A workbook made from nothing: random sheets, names, states, merges and cells. */
const generatedWorkbook = fc
  .array(
    fc.record({
      name: sheetName,
      state: fc.constantFrom("visible" as const, "hidden" as const, "veryHidden" as const),
      cells: fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }), fc.oneof(cellText, cellNumber)), { maxLength: 40 }),
      merges: fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }), fc.nat(5), fc.nat(3)), { maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((sheets): FuzzCase => {
    const seen = new Set<string>();
    const usable = sheets.filter((s) => {
      const ok = !/[*?:/\\[\]]/.test(s.name) && !/^'|'$/.test(s.name) && s.name !== "History" && !seen.has(s.name.toLowerCase());
      seen.add(s.name.toLowerCase());
      return ok;
    });
    const cells = usable.reduce((n, s) => n + s.cells.length, 0);
    return {
      family: "generated",
      label: JSON.stringify(usable.map((s) => s.name)),
      cells,
      bytes: async () => {
        const wb = new ExcelJS.Workbook();
        if (usable.length === 0) wb.addWorksheet("Sheet1");
        for (const s of usable) {
          const ws = wb.addWorksheet(s.name, { state: s.state });
          for (const [r, c, v] of s.cells) ws.getCell(r, c).value = v;
          const taken: [number, number, number, number][] = [];
          for (const [r, c, h, w] of s.merges) {
            const box: [number, number, number, number] = [r, c, r + h, c + w];
            if (h + w === 0 || taken.some((t) => t[0] <= box[2] && box[0] <= t[2] && t[1] <= box[3] && box[1] <= t[3])) continue;
            taken.push(box);
            ws.mergeCells(r, c, r + h, c + w);
          }
        }
        if (usable.length > 0 && usable.every((s) => s.state !== "visible")) wb.worksheets[0]!.state = "visible";
        return Buffer.from(await wb.xlsx.writeBuffer());
      },
    };
  });

/** Every family, sized for the suite or for a long run. */
export function fuzzCase(size: FuzzSize): fc.Arbitrary<FuzzCase> {
  return fc.oneof(
    fc
      .record({
        merges: fc.array(fc.tuple(sheetIndex, mergeRef), { minLength: 1, maxLength: 6 }),
        // Rows far down too, so a merge over the rest of the sheet meets a tall used range.
        cells: fc.array(cellSpec(5_000), { maxLength: size.maxAddedCells }),
        sheet: sheetIndex,
      })
      .map(({ merges, cells, sheet }) =>
        fromExample(
          "merges",
          `${merges.map(([i, r]) => `${i}:${r}`).join(" ")} + ${cells.length} cells on sheet ${sheet}`,
          EXAMPLE_CELLS + cells.length,
          ...merges.map(([i, r]) => withMerges(EXAMPLE_SHEETS[i]!.part, [r])),
          withCells(EXAMPLE_SHEETS[sheet]!.part, cells),
        ),
      ),
    fc.constantFrom(...PART_NAMES).map((p) => fromExample("missing part", p, EXAMPLE_CELLS, withoutPart(p))),
    fc
      .record({ part: fc.constantFrom(...PART_NAMES), cut: fc.double({ min: 0, max: 1, noNaN: true }) })
      .map(({ part, cut }) =>
        fromExample("cut part", `${part} at ${cut.toFixed(2)}`, EXAMPLE_CELLS, async (zip) => {
          const xml = await zip.file(part)!.async("string");
          zip.file(part, xml.slice(0, Math.floor(xml.length * cut)));
        }),
      ),
    fc.integer({ min: 0, max: size.maxParts }).map((n) => fromExample("many parts", `${n} images`, EXAMPLE_CELLS + n, withManyParts(n))),
    fc
      .record({ sheet: sheetIndex, length: fc.integer({ min: 30_000, max: size.maxTextLength }), how: fc.constantFrom("inline" as const, "shared" as const, "rich" as const), text: cellText })
      .map(({ sheet, length, how, text }) => {
        const unit = xmlSafe(text) || "x";
        const long = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
        return fromExample("long text", `${how} ${length} on sheet ${sheet}`, EXAMPLE_CELLS + 1, withTextCell(EXAMPLE_SHEETS[sheet]!.part, 60, long, how, 5_000));
      }),
    layout.map(({ moves, style }) => fromExample("layout", `${style} ${JSON.stringify(moves)}`, EXAMPLE_CELLS, relocated(moves, style))),
    fc
      .record({
        names: fc.tuple(...EXAMPLE_SHEETS.map(() => fc.option(sheetName, { nil: null }))),
        states: fc.tuple(...EXAMPLE_SHEETS.map(() => fc.constantFrom("visible" as const, "hidden" as const, "veryHidden" as const))),
      })
      .filter(({ names }) => {
        const decoded = names.map((n, i) => (n ?? EXAMPLE_SHEETS[i]!.name).replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))).toLowerCase());
        return new Set(decoded).size === decoded.length;
      })
      .map(({ names, states }) => fromExample("sheet names", JSON.stringify({ names, states }), EXAMPLE_CELLS, renamed(names, states))),
    fc
      .record({ sheet: sheetIndex, cells: fc.array(cellSpec(5_000), { minLength: 1, maxLength: size.maxAddedCells }) })
      .map(({ sheet, cells }) =>
        fromExample("cells", `${cells.length} cells on sheet ${sheet}`, EXAMPLE_CELLS + cells.length, withCells(EXAMPLE_SHEETS[sheet]!.part, cells)),
      ),
    generatedWorkbook,
  );
}

/** Text reduced to what a plain test string can carry in XML without escapes of its own. */
function xmlSafe(s: string): string {
  // eslint-disable-next-line no-control-regex -- the point is to drop them
  return s.replace(/[\u0000-\u001f\ud800-\udfff\ufffe\uffff]/g, "");
}
