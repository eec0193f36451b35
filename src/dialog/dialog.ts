/**
 * The outcome dialog (dialog.html): shows the message from its URL (src/dialog/message.ts), as text only,
 * and tells the command to close it. Plain DOM, no framework: it must open instantly.
 */
import type { DialogMessage } from "./message";
import { CLOSE_MESSAGE, messageFromLocation } from "./message";

const CLOSE_LABEL = { zh: "关闭", en: "Close" } as const;

/** Shown when the message is missing or malformed, so the dialog is never blank. */
export const UNREADABLE_MESSAGE: DialogMessage = {
  lang: "en",
  kind: "failure",
  title: "无法显示结果 / The result cannot be shown",
  lines: [],
};

function close(): void {
  // Outside Office (opened directly in a browser) there is no parent to tell.
  if (typeof Office !== "undefined" && Office.context?.ui?.messageParent) Office.context.ui.messageParent(CLOSE_MESSAGE);
  else window.close();
}

export function render(message: DialogMessage, doc: Document): void {
  doc.documentElement.lang = message.lang === "zh" ? "zh-CN" : "en";
  doc.body.className = message.kind;
  doc.title = message.title;
  doc.getElementById("title")!.textContent = message.title;
  const list = doc.getElementById("lines")!;
  list.replaceChildren(
    ...message.lines.map((line) => {
      const item = doc.createElement("li");
      item.textContent = line;
      return item;
    }),
  );
  list.hidden = message.lines.length === 0;
  const note = doc.getElementById("note")!;
  note.textContent = message.note ?? "";
  note.hidden = !message.note;
  const button = doc.getElementById("close") as HTMLButtonElement;
  button.textContent = CLOSE_LABEL[message.lang];
  button.addEventListener("click", close);
  // A native button already closes on Enter/Space; Escape closes from anywhere.
  doc.addEventListener("keydown", (e) => {
    if (e.key === "Escape") close();
  });
  button.focus();
}

render(messageFromLocation(window.location.search, window.location.hash) ?? UNREADABLE_MESSAGE, document);
// messageParent works once Office has initialized the page.
if (typeof Office !== "undefined") void Office.onReady();
