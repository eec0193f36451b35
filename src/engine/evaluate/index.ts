import type { InfoSheet, WorkbookModel } from "../model";
import type { Check, Evaluation } from "../evaluation";
import type { Settings } from "../settings";

/** Defaults, then the info sheet's settings rows, then the caller's overrides. */
export function resolveSettings(info: InfoSheet | null, overrides: Partial<Settings>): { settings: Settings; checks: Check[] } {
  void info;
  void overrides;
  throw new Error("resolveSettings: not implemented yet");
}

/** Rates, changes, scores, totals, grades and checks. Its checks list holds only its own checks. */
export function evaluate(model: WorkbookModel, settings: Settings): Evaluation {
  void model;
  void settings;
  throw new Error("evaluate: not implemented yet");
}
