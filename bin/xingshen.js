#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled to lib/ by `npm run build:cli` (also run by `npm ci` through "prepare").
let main;
try {
  ({ main } = require('../lib/cli/main.js'));
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('xingshen: 尚未构建命令行工具，请先运行 npm run build:cli (CLI not built yet: run npm run build:cli)\n');
    process.exit(2);
  }
  throw e;
}
main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), isTTY: Boolean(process.stderr.isTTY) }).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`xingshen: 内部错误 internal error: ${err && err.message ? err.message : err}\n`); process.exitCode = 3; },
);
