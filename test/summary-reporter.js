// Prints one plain closing line ("N passed, N failed, N skipped") as the very last line of the
// run, after jest's own summary, so a CI that reads closing lines counts our tests.
const { writeSync } = require("node:fs");

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    const line = `${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`;
    process.once("exit", () => writeSync(1, line));
  }
}
module.exports = SummaryReporter;
