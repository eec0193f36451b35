/**
 * The report document (src/engine/render/report-document.ts) as HTML for the clipboard: what
 * "复制报告" puts there so a paste into Word or WPS keeps the 公文 faces, sizes, indents and
 * tables. Inline styles only (pasted HTML has no stylesheet of its own that Word keeps); the
 * font lists name the Windows/WPS face first and fallbacks after, as docs/report-document.md says.
 */
import type { DocumentTable, ReportDocument } from "../engine/light";
import { PARAGRAPH_INDENT } from "../engine";

const FACE = {
  title: `"方正小标宋简体","宋体",SimSun,serif`,
  heading1: `"黑体",SimHei,sans-serif`,
  heading2: `"楷体",KaiTi,"楷体_GB2312",serif`,
  body: `"仿宋",FangSong,"仿宋_GB2312",serif`,
} as const;

const BODY = `font-family:${FACE.body};font-size:16pt;line-height:28.95pt;text-indent:2em;margin:0;text-align:justify`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function paragraph(text: string, style: string): string {
  return `<p style="${style}">${escapeHtml(text)}</p>`;
}

function table(t: DocumentTable): string {
  const cell = "border:1px solid #000;padding:2pt 4pt;font-size:10.5pt";
  const head = t.columns
    .map((c) => `<th style="${cell};font-family:${FACE.heading1};font-weight:normal;text-align:center">${escapeHtml(c.label)}</th>`)
    .join("");
  const body = t.rows
    .map((row, r) => {
      const bold = r === t.totalRow ? ";font-weight:bold" : "";
      const cells = t.columns
        .map((c, i) => `<td style="${cell};font-family:${FACE.body};text-align:${c.align}${bold}">${escapeHtml(row[i] ?? "")}</td>`)
        .join("");
      return `<tr>${cells}</tr>`;
    })
    .join("");
  return [
    `<p style="font-family:${FACE.heading1};font-size:16pt;margin:24pt 0 0 0;page-break-before:always">${escapeHtml(t.annex)}</p>`,
    paragraph(t.title, `font-family:${FACE.title};font-size:22pt;text-align:center;margin:12pt 0 6pt 0`),
    t.unit === null ? "" : paragraph(t.unit, `font-family:${FACE.body};font-size:10.5pt;text-align:right;margin:0`),
    `<table style="border-collapse:collapse;width:100%"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`,
  ].join("");
}

/** The whole report as one HTML fragment (title, sections, annex list, tables). */
export function reportHtml(doc: ReportDocument): string {
  const parts: string[] = [paragraph(doc.title, `font-family:${FACE.title};font-size:22pt;text-align:center;margin:0 0 28.95pt 0`)];
  for (const section of doc.sections) {
    parts.push(paragraph(section.heading, `${BODY};font-family:${section.level === 1 ? FACE.heading1 : FACE.heading2}`));
    for (const p of section.paragraphs) for (const line of p.split("\n")) parts.push(paragraph(line, BODY));
  }
  doc.annexList
    .split("\n")
    .filter((line) => line !== "")
    .forEach((line, i) => parts.push(paragraph(line, `${BODY}${i === 0 ? ";margin-top:28.95pt" : ""}`)));
  for (const line of doc.closing ?? []) parts.push(paragraph(line, `${BODY};text-align:right;padding-right:4em`));
  for (const t of doc.tables) parts.push(table(t));
  return `<div lang="${doc.lang === "zh" ? "zh-CN" : "en"}">${parts.join("")}</div>`;
}

/** The same report as plain text, for a clipboard that takes no HTML. */
export function reportPlainText(doc: ReportDocument): string {
  const lines: string[] = [doc.title, ""];
  for (const section of doc.sections) {
    lines.push(section.heading);
    for (const p of section.paragraphs) for (const line of p.split("\n")) lines.push(`${PARAGRAPH_INDENT}${line}`);
  }
  if (doc.annexList !== "") lines.push("", doc.annexList);
  if (doc.closing) lines.push("", ...doc.closing);
  for (const t of doc.tables) {
    lines.push("", t.annex, t.title);
    if (t.unit !== null) lines.push(t.unit);
    lines.push(t.columns.map((c) => c.label).join("\t"), ...t.rows.map((r) => r.join("\t")));
  }
  return lines.join("\n");
}
