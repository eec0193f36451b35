/**
 * What the pane shows when it fails to start or crashes while rendering: what went wrong and
 * how to report it, never a blank page. Plain DOM and plain text here, because React or Fluent
 * UI may be what failed; the error boundary (components/ErrorBoundary.tsx) shows the same text.
 */
import { describeError } from "../app/describe-error";
import type { Lang } from "../engine/light";

export interface CrashReport {
  title: string;
  /** The error as a user can read and copy it. */
  message: string;
  /** How to report it, step by step. */
  steps: string[];
  reload: string;
}

const TEXT = {
  zh: {
    title: "绩效自评面板无法启动",
    steps: [
      "工作簿没有被修改。",
      "请点击“重新加载”；仍然出错时，请关闭并重新打开面板。",
      "如需反馈，请截图本页（含下面的错误信息），并注明 Excel 的版本（“文件 > 账户 > 关于 Excel”）和所用系统，发给为你安装本加载项的管理员。",
    ],
    reload: "重新加载",
  },
  en: {
    title: "The self-evaluation pane could not start",
    steps: [
      "The workbook was not changed.",
      "Click Reload; if it fails again, close the pane and open it again.",
      "To report it, take a screenshot of this page (with the error below) and note your Excel version (File > Account > About Excel) and system, and send it to whoever installed this add-in for you.",
    ],
    reload: "Reload",
  },
} as const;

export function crashReport(error: unknown, lang: Lang): CrashReport {
  const t = TEXT[lang];
  const stackLine = error instanceof Error ? (error.stack ?? "").split("\n").find((l) => l.trim().startsWith("at ")) : undefined;
  const message = describeError(error) + (stackLine ? `\n${stackLine.trim()}` : "");
  return { title: t.title, message, steps: [...t.steps], reload: t.reload };
}

/** Replaces the pane's content with the report (text only: nothing from the error becomes markup). */
export function showCrash(root: HTMLElement, error: unknown, lang: Lang): void {
  console.error("Zipin: the task pane failed", error);
  const report = crashReport(error, lang);
  const doc = root.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const box = el("div");
  box.setAttribute("role", "alert");
  box.style.cssText = "padding:16px;font-family:'Segoe UI','Microsoft YaHei','PingFang SC',sans-serif;font-size:14px;line-height:1.5;color:#242424";
  const title = el("h1", report.title);
  title.style.cssText = "font-size:16px;margin:0 0 8px;color:#b10e1c";
  const steps = el("ol");
  steps.style.paddingLeft = "20px";
  for (const s of report.steps) steps.append(el("li", s));
  const details = el("pre", report.message);
  details.style.cssText = "white-space:pre-wrap;overflow-wrap:anywhere;background:#f5f5f5;padding:8px;font-size:12px";
  const reload = el("button", report.reload);
  reload.type = "button";
  reload.addEventListener("click", () => doc.defaultView?.location.reload());
  box.append(title, steps, details, reload);
  root.replaceChildren(box);
}
