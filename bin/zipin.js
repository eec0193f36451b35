#!/usr/bin/env node
// The `zipin` command: runs the bundled CLI built by `npm run build:cli` (done by `npm ci` / `npm install`).
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const bundle = join(__dirname, "..", "dist-cli", "zipin.cjs");
if (!existsSync(bundle)) {
  process.stderr.write(
    "zipin: the command line is not built yet (dist-cli/zipin.cjs is missing).\n" +
      "Build it with:  npm run build:cli   (npm ci / npm install do this automatically)\n" +
      "zipin：命令行尚未构建（缺少 dist-cli/zipin.cjs）。请运行：npm run build:cli\n",
  );
  process.exit(1);
}
require(bundle).run();
