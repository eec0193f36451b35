/**
 * The WPS 加载项 build (`npm run build:wps`, through scripts/build-wps.mjs): the same task pane
 * and dialog as the Excel add-in, plus the add-in's main page (ribbon callbacks), ribbon.xml
 * and icons, into dist-wps/online/. The pages are the Excel pages' templates without the
 * office.js script: WPS pages talk to the `wps`/`Application` globals, and an add-in on a
 * 信创 machine without internet must load nothing from outside its own folder.
 */
const path = require("node:path");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { EsbuildPlugin } = require("esbuild-loader");

const TARGET = "es2020";
const OFFICE_JS = /\s*<!--[^>]*office\.js[^>]*-->\s*<script src="https:\/\/appsforoffice\.microsoft\.com[^"]*"><\/script>|\s*<script src="https:\/\/appsforoffice\.microsoft\.com[^"]*"><\/script>/g;

/** An Excel page template with office.js taken out. */
function withoutOfficeJs(file) {
  const html = fs.readFileSync(path.resolve(__dirname, file), "utf8").replace(OFFICE_JS, "");
  if (html.includes("appsforoffice")) throw new Error(`${file}: office.js is still referenced after stripping it`);
  return html;
}

const PAGES = [
  { name: "taskpane", entry: "./src/taskpane/index.tsx", html: () => withoutOfficeJs("src/taskpane/taskpane.html") },
  { name: "dialog", entry: "./src/dialog/dialog.ts", html: () => withoutOfficeJs("src/dialog/dialog.html") },
  { name: "index", entry: "./src/wps/addin/main.ts", html: () => fs.readFileSync(path.resolve(__dirname, "src/wps/addin/index.html"), "utf8") },
];

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    entry: Object.fromEntries(PAGES.map((p) => [p.name, p.entry])),
    output: {
      path: path.resolve(__dirname, env.outDir || "dist-wps/online"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, loader: "esbuild-loader", options: { target: TARGET } }],
    },
    optimization: { minimizer: [new EsbuildPlugin({ target: TARGET, legalComments: "none" })] },
    plugins: [
      ...PAGES.map((p) => new HtmlWebpackPlugin({ filename: `${p.name}.html`, templateContent: p.html(), chunks: [p.name] })),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/wps/addin/ribbon.xml", to: "ribbon.xml" },
          { from: "assets/icon-32.png", to: "images/evaluate.png" },
          { from: "assets/wps/pane-32.png", to: "images/pane.png" },
          { from: "assets/icon-64.png", to: "images/logo.png" },
        ],
      }),
    ],
    performance: { hints: production ? "warning" : false, maxEntrypointSize: 900 * 1024, maxAssetSize: 900 * 1024, assetFilter: (f) => f.endsWith(".js") },
  };
};
