/**
 * Which report the workbook calls for, decided here and nowhere else: a 项目支出绩效自评 report
 * when the workbook names a project (a 项目名称 key cell) or its title names the project form,
 * else the 部门整体支出绩效自评 report of the seed.
 */
import type { Evaluation } from "../evaluation";
import type { FormKind } from "../model";

export function reportKindOf(evaluation: Evaluation): FormKind {
  const info = evaluation.info;
  if (info?.projectName) return "project";
  return info?.formKind === "project" ? "project" : "department";
}
