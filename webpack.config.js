/**
 * Three pages: the task pane (React), the ribbon commands (FunctionFile) and the outcome dialog.
 * Each page loads office.js from Microsoft's CDN (in its HTML template) before its bundle.
 * TypeScript goes through esbuild only: the hosts' browsers (Edge WebView2, Safari WKWebView 14+,
 * Excel on the web) need no Babel and no IE11 polyfills.
 *
 * `npm run build`: production bundle in dist/. Set ZIPIN_ADDIN_URL (e.g. https://addin.example.org)
 * to rewrite the dev-server address in dist/manifest.xml for a deployed copy.
 * `npm run dev-server`: https://localhost:3000 with office-addin-dev-certs' certificate.
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { EsbuildPlugin } = require("esbuild-loader");

const DEV_URL = "https://localhost:3000";
const PORT = 3000;
/**
 * The oldest engine among supported hosts decides the syntax: Safari 14's WebKit (Excel for Mac
 * on macOS 11; Excel on the web in Safari 14). ES2020 as well, for Edge WebView2 and Chrome.
 * Lookbehind in regular expressions is a syntax error there (until Safari 16.4): esbuild cannot
 * lower it, so none may be written; test/build/bundle-syntax.test.ts checks the built bundles.
 */
const TARGET = ["es2020", "safari14"];
/**
 * esbuild marks destructuring unsupported for Safari 14 over a corner case of the compat table
 * and cannot lower it; Safari 14 parses destructuring (ES2015), so it is declared supported.
 */
const SUPPORTED = { destructuring: true };

const PAGES = [
  { name: "taskpane", entry: "./src/taskpane/index.tsx", template: "./src/taskpane/taskpane.html" },
  { name: "commands", entry: "./src/commands/commands.ts", template: "./src/commands/commands.html" },
  { name: "dialog", entry: "./src/dialog/dialog.ts", template: "./src/dialog/dialog.html" },
];

/** The deployed origin for dist/manifest.xml, without a trailing slash; the dev server's by default. */
function addinUrl() {
  const url = (process.env.ZIPIN_ADDIN_URL || DEV_URL).replace(/\/+$/, "");
  if (!url.startsWith("https://")) throw new Error(`ZIPIN_ADDIN_URL must be an https URL, got ${url}`);
  return url;
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const url = addinUrl();
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    entry: Object.fromEntries(PAGES.map((p) => [p.name, p.entry])),
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, loader: "esbuild-loader", options: { target: TARGET, supported: SUPPORTED } }],
    },
    optimization: {
      minimizer: [new EsbuildPlugin({ target: TARGET, supported: SUPPORTED, legalComments: "none" })],
    },
    plugins: [
      ...PAGES.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            template: p.template,
            chunks: [p.name],
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (url === DEV_URL ? content : content.toString().split(DEV_URL).join(url)),
          },
        ],
      }),
    ],
    performance: {
      // The task pane carries React + Fluent UI; budget it at its measured size, not webpack's 244 KB default.
      hints: production ? "warning" : false,
      maxEntrypointSize: 700 * 1024,
      maxAssetSize: 700 * 1024,
      assetFilter: (file) => file.endsWith(".js"),
    },
    devServer: env.WEBPACK_SERVE
      ? {
          port: PORT,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: {
            type: "https",
            // Required only here so `npm run build` never needs certificates.
            options: await require("office-addin-dev-certs").getHttpsServerOptions(),
          },
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
