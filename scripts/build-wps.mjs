// `npm run build:wps`: the WPS 加载项 in dist-wps/, for both of WPS's deployment modes.
//
//   dist-wps/online/   the add-in folder to serve over http(s), with its jsplugins.xml
//                      (<jspluginonline>, pointing at ZIPIN_WPS_URL) and install.html, a
//                      page that shows the oem.ini lines for that address.
//   dist-wps/offline/  jsplugins.xml (<jsplugin>) and the folder zipin_<version>/ to copy into
//                      WPS's jsaddons directory; also packed as dist-wps/zipin_<version>-offline.zip.
//
// Why not the `wpsjs` tool: it is an interactive CLI with a heavy dependency tree, and its
// `build` packs a .7z that needs a 7-Zip binary; what it produces is this same folder plus a
// list file, which this script writes directly (README: "WPS 加载项").
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
export const ADDIN_NAME = "zipin";
const DEFAULT_URL = "http://127.0.0.1:3889/";

/** The served address of dist-wps/online/, with its trailing slash (WPS appends ribbon.xml, index.html). */
function onlineUrl() {
  const url = (process.env.ZIPIN_WPS_URL || DEFAULT_URL).replace(/\/*$/, "/");
  if (!/^https?:\/\//.test(url)) throw new Error(`ZIPIN_WPS_URL must be an http(s) URL, got ${url}`);
  return url;
}

const xmlEscape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const htmlEscape = xmlEscape;

export function onlineList(url) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jspluginonline name="${ADDIN_NAME}" type="et" url="${xmlEscape(url)}" enable="true"/>
</jsplugins>
`;
}

/** The offline entry; WPS uses the folder <name>_<version> already unpacked next to the list. */
export function offlineList(ver) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jsplugin name="${ADDIN_NAME}" type="et" version="${xmlEscape(ver)}" url="${ADDIN_NAME}_${xmlEscape(ver)}" enable="true"/>
</jsplugins>
`;
}

function installPage(url) {
  const list = `${url}jsplugins.xml`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>安装绩效自评（WPS 加载项）</title>
<style>body{font-family:"Microsoft YaHei","Noto Sans CJK SC",sans-serif;max-width:46em;margin:2em auto;line-height:1.6;color:#242424}pre{background:#f4f4f4;padding:.8em;overflow:auto}</style>
</head><body>
<h1>安装绩效自评（WPS 加载项，在线模式）</h1>
<p>本加载项由此地址提供：<code>${htmlEscape(url)}</code></p>
<ol>
<li>关闭所有 WPS 窗口。</li>
<li>用管理员权限打开 WPS 安装目录下的 <code>office6/cfgs/oem.ini</code>
（Windows：<code>C:\\Program Files (x86)\\Kingsoft\\WPS Office\\&lt;版本号&gt;\\office6\\cfgs\\oem.ini</code>；
Linux：<code>/opt/kingsoft/wps-office/office6/cfgs/oem.ini</code>，统信 UOS 专业版：<code>/opt/apps/cn.wps.wps-office-pro/files/kingsoft/wps-office/office6/cfgs/oem.ini</code>），加入：
<pre>[Support]
JsApiPlugin=true

[Server]
JSPluginsServer=${htmlEscape(list)}</pre></li>
<li>启动 WPS 表格，打开工作簿，在“自评”选项卡中找到“绩效自评”组。</li>
</ol>
<p>加载项清单：<a href="jsplugins.xml">jsplugins.xml</a></p>
</body></html>
`;
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

async function main() {
  const out = join(root, "dist-wps");
  rmSync(out, { recursive: true, force: true });
  const webpack = spawnSync(process.execPath, [join(root, "node_modules/webpack-cli/bin/cli.js"), "--config", "webpack.wps.config.js", "--mode", "production"], {
    cwd: root,
    stdio: "inherit",
  });
  if (webpack.status !== 0) process.exit(webpack.status ?? 1);

  const online = join(out, "online");
  const url = onlineUrl();
  writeFileSync(join(online, "jsplugins.xml"), onlineList(url));
  writeFileSync(join(online, "install.html"), installPage(url));

  const offline = join(out, "offline");
  const folder = join(offline, `${ADDIN_NAME}_${version}`);
  mkdirSync(folder, { recursive: true });
  cpSync(online, folder, { recursive: true, filter: (src) => !/(jsplugins\.xml|install\.html|\.map)$/.test(src) });
  writeFileSync(join(offline, "jsplugins.xml"), offlineList(version));

  const zip = new JSZip();
  for (const file of filesUnder(offline)) zip.file(relative(offline, file).split("\\").join("/"), readFileSync(file));
  const archive = join(out, `${ADDIN_NAME}_${version}-offline.zip`);
  writeFileSync(archive, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  console.log(`dist-wps/online/ (serve at ${url}), dist-wps/offline/, ${relative(root, archive)}`);
}

await main();
