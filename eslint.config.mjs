// Flat config: @eslint/js + typescript-eslint recommended (syntax only, no type-aware rules),
// plus the architecture's import boundaries (docs/design.md §6).
import { builtinModules } from "node:module";
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Node's globals for the few plain-JS files (configs, scripts), named here to avoid a dependency. */
const NODE_GLOBALS = Object.fromEntries(
  ["require", "module", "exports", "__dirname", "__filename", "process", "console", "Buffer", "URL", "setTimeout", "clearTimeout"].map(
    (name) => [name, "readonly"],
  ),
);

const ENGINE_PURITY = "src/engine is pure TypeScript: no Node, Office, DOM or React (docs/design.md).";

export default tseslint.config(
  { ignores: ["dist/", "dist-cli/", "dist-wps/", "node_modules/", "coverage/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      // `_`-prefixed names mark parameters an interface requires but an implementation ignores.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...builtinModules, "exceljs", "react", "react-dom"].map((name) => ({ name, message: ENGINE_PURITY })),
          patterns: [
            { group: ["node:*", "react/*", "react-dom/*", "@fluentui/*", "exceljs/*"], message: ENGINE_PURITY },
            { regex: "^(\\.\\./)+(app|excel|node|taskpane|commands|dialog)(/|$)", message: "The engine depends on nothing outside src/engine." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeExtension", "document", "window", "navigator", "Buffer", "process", "require"].map((name) => ({
          name,
          message: ENGINE_PURITY,
        })),
      ],
    },
  },
  {
    // The engine's public surface is src/engine/index.ts (+ light.ts, first-screen.ts): what lies
    // behind it may change freely. Dynamic import() of a lazy chunk is not checked by this rule.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/engine/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // index.ts is the whole engine; light.ts and first-screen.ts are the parts the task
              // pane loads before the rest (see src/engine/light.ts).
              regex: "^(\\.\\.?/)+engine/(?!(light|first-screen)$)",
              message: "Import the engine through its public surface (src/engine/index.ts, light.ts, first-screen.ts), not its internals.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "The task pane reaches the workbook only through the WorkbookPort (src/excel/)." },
      ],
    },
  },
);
