/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // A guard against a hung test, not a speed check (speed is measured by `npm run bench`):
  // generous, so that a busy two-core machine does not turn slow into failed.
  testTimeout: 60_000,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  reporters: ["default", "<rootDir>/test/summary-reporter.js"],
};
