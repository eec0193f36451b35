/**
 * Hostile and unusual packages, built from a real workbook by editing its zip: each function is
 * a family (a merge over the rest of a sheet, a missing registry part, tens of thousands of
 * parts, a runaway cell, parts moved elsewhere, escaped sheet names). The hostile-package tests
 * use fixed members; the fuzz harness draws members at random.
 */
import { readFileSync } from "fs";
import { resolve } from "path";
import JSZip from "jszip";

export const EXAMPLE = resolve(__dirname, "..", "..", "examples", "paitan-2023.xlsx");
export const exampleBytes = (): Buffer => readFileSync(EXAMPLE);

/** The example's tabs and their parts. */
export const EXAMPLE_SHEETS = [
  { name: "基本信息", part: "xl/worksheets/sheet1.xml" },
  { name: "收支情况表", part: "xl/worksheets/sheet2.xml" },
  { name: "绩效指标表", part: "xl/worksheets/sheet3.xml" },
] as const;

export type Mutation = (zip: JSZip) => Promise<void>;

export async function mutated(base: Uint8Array, ...mutations: Mutation[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(base);
  for (const m of mutations) await m(zip);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 } });
}

async function textOf(zip: JSZip, name: string): Promise<string> {
  const entry = zip.file(name);
  if (!entry) throw new Error(`no part ${name}`);
  return entry.async("string");
}

async function edit(zip: JSZip, name: string, change: (xml: string) => string): Promise<void> {
  zip.file(name, change(await textOf(zip, name)));
}

/** Adds merged areas (A1 refs) to a sheet, creating its <mergeCells> when it has none. */
export const withMerges =
  (part: string, refs: string[]): Mutation =>
  (zip) =>
    edit(zip, part, (xml) => {
      const items = refs.map((r) => `<mergeCell ref="${r}"/>`).join("");
      if (xml.includes("</mergeCells>")) return xml.replace(/<mergeCells count="\d+">/, "<mergeCells>").replace("</mergeCells>", `${items}</mergeCells>`);
      return xml.replace("</sheetData>", `</sheetData><mergeCells>${items}</mergeCells>`);
    });

export const withoutPart =
  (name: string): Mutation =>
  async (zip) => {
    zip.remove(name);
  };

/** `count` tiny images listed one by one in [Content_Types].xml (as a photo-heavy workbook does). */
export const withManyParts =
  (count: number): Mutation =>
  async (zip) => {
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
    const overrides: string[] = [];
    for (let i = 1; i <= count; i++) {
      zip.file(`xl/media/image${i}.png`, png, { compression: "STORE" });
      overrides.push(`<Override PartName="/xl/media/image${i}.png" ContentType="image/png"/>`);
    }
    await edit(zip, "[Content_Types].xml", (xml) => xml.replace("</Types>", `${overrides.join("")}</Types>`));
  };

/** XML text escaping for what we put in cells. */
const xmlText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A new last row holding one cell of text: inline, in the shared strings, or as rich text in
 * runs of `run` characters (shared). Returns the cell's address.
 */
export const withTextCell =
  (part: string, row: number, text: string, how: "inline" | "shared" | "rich" = "inline", run = 1000): Mutation =>
  async (zip) => {
    let cell: string;
    if (how === "inline") cell = `<c r="A${row}" t="inlineStr"><is><t>${xmlText(text)}</t></is></c>`;
    else {
      let index = 0;
      await edit(zip, "xl/sharedStrings.xml", (xml) => {
        index = (xml.match(/<si>/g) ?? []).length;
        const runs: string[] = [];
        for (let i = 0; i < text.length; i += run) runs.push(`<r><t xml:space="preserve">${xmlText(text.slice(i, i + run))}</t></r>`);
        const item = how === "shared" ? `<si><t>${xmlText(text)}</t></si>` : `<si>${runs.join("")}</si>`;
        return xml.replace(/ count="\d+"/, "").replace(/ uniqueCount="\d+"/, "").replace("</sst>", `${item}</sst>`);
      });
      cell = `<c r="A${row}" t="s"><v>${index}</v></c>`;
    }
    await edit(zip, part, (xml) => xml.replace("</sheetData>", `<row r="${row}">${cell}</row></sheetData>`).replace(/<dimension ref="[^"]*"\/>/, ""));
  };

/** "xl/a/b.xml" seen from "xl/c/d.xml" is "../a/b.xml". */
function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function resolveTarget(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/**
 * Moves parts to other names (`moves`: old → new) and rewrites every relationship to them, in
 * the given style: "relative" (with ../ where needed), "absolute" ("/xl/…"), or "parent"
 * (relative targets that go up and back down: "../xl/worksheets/sheet1.xml").
 */
export const relocated =
  (moves: Record<string, string>, style: "relative" | "absolute" | "parent"): Mutation =>
  async (zip) => {
    const rename = (p: string): string => moves[p] ?? p;
    const relsFiles = Object.keys(zip.files).filter((n) => n.endsWith(".rels") && !zip.files[n]!.dir);
    const newRels = new Map<string, string>();
    for (const relsName of relsFiles) {
      const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsName)!;
      const source = relsName === "_rels/.rels" ? "" : `${m[1]}${m[2]}`;
      const newSource = rename(source);
      const xml = (await textOf(zip, relsName)).replace(/(<Relationship\b[^>]*?\bTarget=")([^"]*)("[^>]*>)/g, (whole, head: string, target: string, tail: string) => {
        if (/TargetMode="External"/.test(whole)) return whole;
        const part = rename(resolveTarget(source, target));
        let t: string;
        if (style === "absolute") t = `/${part}`;
        else if (style === "parent" && newSource.includes("/")) t = `${"../".repeat(newSource.split("/").length - 1)}${part}`;
        else t = relativeTarget(newSource, part);
        return `${head}${t}${tail}`;
      });
      zip.remove(relsName);
      newRels.set(source === "" ? "_rels/.rels" : relsPathOf(newSource), xml);
    }
    for (const [from, to] of Object.entries(moves)) {
      const entry = zip.file(from);
      if (!entry) continue;
      const bytes = await entry.async("nodebuffer");
      zip.remove(from);
      zip.file(to, bytes);
    }
    for (const [name, xml] of newRels) zip.file(name, xml);
    await edit(zip, "[Content_Types].xml", (xml) =>
      xml.replace(/PartName="\/([^"]*)"/g, (_w, p: string) => `PartName="/${rename(p)}"`),
    );
  };

/** Renames a tab as written in workbook.xml (raw attribute text: escapes are the test's to choose). */
export const withRawSheetName =
  (index: number, rawName: string): Mutation =>
  (zip) =>
    edit(zip, "xl/workbook.xml", (xml) => {
      let i = 0;
      return xml.replace(/(<sheet\b[^>]*?\bname=")([^"]*)(")/g, (whole, head: string, _old: string, tail: string) =>
        i++ === index ? `${head}${rawName}${tail}` : whole,
      );
    });
