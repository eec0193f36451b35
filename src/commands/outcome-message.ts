/**
 * The ribbon command's outcome as a short dialog message (zh / en): the total, grade and
 * number of warnings on success; the errors, each with its sheet!cell, when the run stopped;
 * what went wrong when something threw.
 */
import type { Check, Evaluation } from "../engine/light";
import { formatScore } from "../engine/light";
import { OUTPUT_SHEET_NAMES } from "../engine/light";
import type { Lang } from "../engine/light";
import type { DialogMessage } from "../dialog/message";
import { checkLine } from "../app/check-line";
import { describeError } from "../app/describe-error";
import { gradeText } from "../app/grade-text";

/** The dialog is small: longer lists end with "and N more" and point to the panel. */
export const MAX_LISTED_ERRORS = 8;


const TEXT = {
  zh: {
    successTitle: "评价完成",
    total: (score: string, grade: string) => `总分 ${score} 分，等级：${grade}`,
    noTotal: "未能计算总分",
    warnings: (n: number) => (n ? `${n} 条提示，请打开面板查看` : "没有提示"),
    written: `结果已写入“${OUTPUT_SHEET_NAMES.summary}”“${OUTPUT_SHEET_NAMES.report}”和“${OUTPUT_SHEET_NAMES.trail}”工作表。`,
    errorsTitle: "无法评价，请先修改以下问题",
    more: (n: number) => `……另有 ${n} 个问题，请打开面板查看`,
    unchanged: "工作簿未作任何修改。",
    failureTitle: "评价时出错",
    failureNote: "请重试；如仍出错，请打开面板查看。",
  },
  en: {
    successTitle: "Evaluation complete",
    total: (score: string, grade: string) => `Total score ${score}, grade ${grade}`,
    noTotal: "No total score could be computed",
    warnings: (n: number) => (n === 0 ? "No warnings" : n === 1 ? "1 warning: open the panel to review it" : `${n} warnings: open the panel to review them`),
    written: `Results written to the sheets ${OUTPUT_SHEET_NAMES.summary}, ${OUTPUT_SHEET_NAMES.report} and ${OUTPUT_SHEET_NAMES.trail}.`,
    errorsTitle: "Could not evaluate: please fix these first",
    more: (n: number) => `…and ${n} more: open the panel to see them`,
    unchanged: "The workbook was not changed.",
    failureTitle: "Evaluation failed",
    failureNote: "Please try again; if it fails again, open the panel.",
  },
} as const;


/** The part of an EngineResult the message reads (an EngineResult is one). */
export type EvaluateOutcome =
  | { ok: true; evaluation: Pick<Evaluation, "totalScore" | "grade" | "checks"> & { settings?: Pick<Evaluation["settings"], "gradeWords"> } }
  | { ok: false; errors: Check[] };

export function outcomeMessage(result: EvaluateOutcome, lang: Lang): DialogMessage {
  const t = TEXT[lang];
  if (result.ok) {
    const { totalScore, grade, checks } = result.evaluation;
    const warnings = checks.filter((c) => c.severity === "warning").length;
    return {
      lang,
      kind: "success",
      title: t.successTitle,
      lines: [totalScore ? t.total(formatScore(totalScore), gradeText(grade, lang, result.evaluation.settings?.gradeWords)) : t.noTotal, t.warnings(warnings), t.written],
    };
  }
  const listed = result.errors.slice(0, MAX_LISTED_ERRORS).map((c) => checkLine(c, lang));
  const hidden = result.errors.length - listed.length;
  return {
    lang,
    kind: "errors",
    title: t.errorsTitle,
    lines: hidden > 0 ? [...listed, t.more(hidden)] : listed,
    note: t.unchanged,
  };
}

export function failureMessage(error: unknown, lang: Lang): DialogMessage {
  const t = TEXT[lang];
  return { lang, kind: "failure", title: t.failureTitle, lines: [describeError(error)], note: t.failureNote };
}
