/**
 * Ribbon commands (commands.html, the manifest's FunctionFile). The manifest's
 * <FunctionName>evaluate</FunctionName> must match the name associated here
 * (npm run validate checks it).
 */
import { runEvaluateCommand } from "./evaluate-command";
import { officeEnvironment } from "./office-environment";

async function evaluateCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await runEvaluateCommand(officeEnvironment());
  } finally {
    event.completed();
  }
}

Office.onReady(() => Office.actions.associate("evaluate", evaluateCommand));
