/** What the test injects into the page and what the stub exposes back (shared by both sides). */
import type { Grid } from "../../../src/engine/grid";
import type { WorkbookSnapshot } from "../../fake-excel";

export interface HostConfig {
  grid: Grid;
  /** Office's display language, e.g. "zh-CN". */
  displayLanguage: string;
  /** Document settings already saved in the workbook. */
  settings?: Record<string, unknown>;
  /** Makes the pane fail while starting: setting document.title throws this message. */
  failAtStart?: string;
}

export interface ActionCall {
  name: string;
  /** How many times the handler called event.completed(). */
  completed: number;
  options: unknown[];
  /** The message if the handler threw or rejected. */
  error: string | null;
}

export interface DialogCall {
  url: string;
  options: unknown;
  closed: boolean;
  /** Sends a message from the dialog page to its opener. */
  message(message: string): void;
  /** The user closes the dialog with its own X. */
  closeByUser(): void;
}

export interface FakeHostHandle {
  snapshot(): WorkbookSnapshot;
  /** The workbook as a grid of values, or of formulas where a cell holds one. */
  grid(formulas: boolean): Grid;
  sheetNames(): string[];
  /** "收支表!B5": the selected range, with its sheet. */
  selection(): string | null;
  activeSheet(): string | null;
  syncCount(): number;
  associatedActions(): string[];
  /** Runs an Office.actions.associate'd function with a fake event; returns its index in actionCalls. */
  invokeAction(name: string): number;
  actionCalls: ActionCall[];
  dialogs: DialogCall[];
}
