/**
 * The report leaving the pane: as a .docx download, or as formatted HTML on the clipboard.
 * The docx library and the HTML builder load only when the user asks, so the pane opens without them.
 */
import type { ReportDocument } from "../../engine/light";

/** Downloaded by the browser, saved by the host to a path it names, or impossible here. */
export type ExportOutcome = "downloaded" | "unavailable" | { savedTo: string };
export type CopyOutcome = "html" | "text";

/** "广州市…自评报告.docx": the title without the characters Windows refuses in a file name. */
export function reportFileName(doc: ReportDocument): string {
  const stem = doc.title.replace(/[\\/:*?"<>|\r\n]+/g, " ").trim() || "report";
  return `${stem}.docx`;
}

/**
 * Builds the .docx and hands it to the browser as a download. `canDownload` is false in hosts
 * whose web view drops downloads (desktop Excel): nothing is built and "unavailable" returned.
 */
export async function downloadReportDocx(doc: ReportDocument, canDownload: boolean): Promise<ExportOutcome> {
  if (!canDownload) return "unavailable";
  const { reportDocxBlob } = await import(/* webpackChunkName: "report-docx" */ "../../app/report-docx");
  const blob = await reportDocxBlob(doc);
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = reportFileName(doc);
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; keep it a moment for slow hosts.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return "downloaded";
}

/** The async Clipboard API with both flavours; false where the host refuses it. */
async function writeBoth(html: string, text: string): Promise<boolean> {
  if (typeof ClipboardItem === "undefined" || !navigator.clipboard?.write) return false;
  try {
    const item = new ClipboardItem({
      "text/html": new Blob([html], { type: "text/html" }),
      "text/plain": new Blob([text], { type: "text/plain" }),
    });
    await navigator.clipboard.write([item]);
    return true;
  } catch {
    return false;
  }
}

/** The older copy command, whose event lets us set both flavours; hosts without the async API allow it. */
function copyByCommand(html: string, text: string): boolean {
  let filled = false;
  const onCopy = (e: ClipboardEvent): void => {
    if (!e.clipboardData) return;
    e.clipboardData.setData("text/html", html);
    e.clipboardData.setData("text/plain", text);
    e.preventDefault();
    filled = true;
  };
  document.addEventListener("copy", onCopy);
  try {
    return document.execCommand("copy") && filled;
  } catch {
    return false;
  } finally {
    document.removeEventListener("copy", onCopy);
  }
}

/** Formatted HTML when the host lets us, else plain text; throws when the clipboard is closed to us. */
export async function copyReport(doc: ReportDocument): Promise<CopyOutcome> {
  const { reportHtml, reportPlainText } = await import(/* webpackChunkName: "report-html" */ "../../app/report-html");
  const html = reportHtml(doc);
  const text = reportPlainText(doc);
  if (await writeBoth(html, text)) return "html";
  if (copyByCommand(html, text)) return "html";
  await navigator.clipboard.writeText(text);
  return "text";
}
