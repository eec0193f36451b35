/**
 * Ribbon commands (commands.html, the manifest's FunctionFile). The manifest's
 * <FunctionName>evaluate</FunctionName> must match the name associated here
 * (npm run validate checks it).
 *
 * Whatever happens, the handler settles normally and calls event.completed() exactly once:
 * a rejection would surface as an unhandled promise rejection (Office ignores the handler's
 * promise), and a command that never completes keeps Excel's ribbon busy until Office ends it
 * after its time limit (5 minutes).
 */
import { runEvaluateCommand } from "./evaluate-command";
import { officeEnvironment } from "./office-environment";

/** Completes the event before Office's own 5-minute limit even if the dialog is still open. */
export const COMMAND_TIME_LIMIT_MS = 4.5 * 60 * 1000;

async function evaluateCommand(event: Office.AddinCommands.Event): Promise<void> {
  let completed = false;
  const complete = (): void => {
    if (completed) return;
    completed = true;
    event.completed();
  };
  const timer = setTimeout(complete, COMMAND_TIME_LIMIT_MS);
  try {
    await runEvaluateCommand(officeEnvironment());
  } catch (e) {
    // Nothing is left to show it with (the dialog is what failed): the console is the last resort.
    console.error("Zipin: the Evaluate command could not show its outcome", e);
  } finally {
    clearTimeout(timer);
    complete();
  }
}

Office.onReady(() => Office.actions.associate("evaluate", evaluateCommand));
