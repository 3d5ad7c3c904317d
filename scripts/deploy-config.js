/* eslint-disable */
/**
 * Build options for deploying the pane to a unit (issue 18), used by webpack.config.js and its tests:
 * - `--env publicUrl=https://intranet.example/xingshen/`: dist/manifest.xml points there instead of
 *   https://localhost:3000/ (manifest.xml itself stays the development manifest);
 * - `--env officeJs=local`: Office.js and the Word host scripts it loads are copied from the
 *   @microsoft/office-js package into dist/office-js/ and the page loads them from there (intranets that
 *   cannot reach Microsoft's CDN); the default stays the CDN, which Microsoft recommends and keeps current.
 */
const path = require('path');

const DEV_ORIGIN = 'https://localhost:3000/';
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Where the local copy goes inside dist/, and the page's URL for it (relative to taskpane.html). */
const LOCAL_DIR = 'office-js';
const LOCAL_OFFICE_JS = `${LOCAL_DIR}/office.js`;

/** The public URL as given, checked: https, ends with "/". Throws a zh-CN message otherwise. */
function checkPublicUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`[xingshen] publicUrl 不是有效的网址：${url}（例：--env publicUrl=https://intranet.example/xingshen/）`);
  }
  if (u.protocol !== 'https:') throw new Error(`[xingshen] publicUrl 必须是 https 网址（Word 只加载 https 的加载项）：${url}`);
  if (u.search || u.hash) throw new Error(`[xingshen] publicUrl 不能带 ? 或 # 部分：${url}`);
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}

/** The development manifest rewritten for `publicUrl`: every https://localhost:3000/ URL, and the AppDomain. */
function manifestFor(xml, publicUrl) {
  const base = checkPublicUrl(publicUrl);
  const origin = new URL(base).origin;
  return xml.split(DEV_ORIGIN).join(base).split('<AppDomain>https://localhost:3000</AppDomain>').join(`<AppDomain>${origin}</AppDomain>`);
}

/** Copy patterns for officeJs=local: the loader, the Word host scripts, their helpers and every locale's strings. */
function officeJsCopyPatterns(root) {
  const dist = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json', { paths: [root] })), 'dist');
  const to = LOCAL_DIR;
  return [
    { from: '{office,es6-promise,o15apptofilemappingtable}.js', context: dist, to },
    { from: 'word-*.js', context: dist, to, globOptions: { ignore: ['**/*.debug.js'] } },
    { from: '*/office_strings.js', context: dist, to },
    { from: 'ariatelemetry/*.js', context: dist, to, noErrorOnMissing: true },
    { from: 'telemetry/*.js', context: dist, to, noErrorOnMissing: true, globOptions: { ignore: ['**/*.debug.js'] } },
  ];
}

module.exports = { DEV_ORIGIN, CDN_OFFICE_JS, LOCAL_DIR, LOCAL_OFFICE_JS, checkPublicUrl, manifestFor, officeJsCopyPatterns };
