/* eslint-disable */
/**
 * Builds the standalone browser checker into dist/checker/ (`npm run build:checker`).
 * Same loaders, targets and minifier as the task pane (webpack.config.js); its own entry and page,
 * no office.js, relative asset paths, so dist/checker/checker.html works from file:// with the network off.
 *
 * Two compilations, in order: first the engine worker (src/checker/work.worker.ts) as ONE self-contained
 * script, then the page, which carries that script as a string in a lazy chunk and starts it from a Blob
 * URL. A page opened from file:// may not start a worker from a file (Chromium: "cannot be accessed from
 * origin 'null'"), but may from a Blob URL, so the worker runs from a shared folder too.
 */
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const paneConfig = require('./webpack.config.js');

/** Where the worker script is built; the page imports it as `xingshen-checker-worker` (a string). */
const WORKER_DIR = path.resolve(__dirname, 'node_modules/.cache/xingshen-checker-worker');
const WORKER_FILE = 'work.worker.js';

module.exports = async (env = {}, argv = {}) => {
  const prod = argv.mode !== 'development';
  // The pane's config without serving: module rules, resolve, target and minimizer are reused as they are.
  const base = await paneConfig({}, { mode: prod ? 'production' : 'development' });
  const worker = {
    name: 'checker-worker',
    mode: base.mode,
    context: __dirname,
    entry: { worker: './src/checker/work.worker.ts' },
    output: { path: WORKER_DIR, filename: WORKER_FILE, publicPath: '', clean: true },
    target: ['webworker', 'es2020'],
    devtool: false,
    resolve: base.resolve,
    module: base.module,
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
    optimization: { ...base.optimization, splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
  const page = {
    name: 'checker',
    dependencies: ['checker-worker'],
    mode: base.mode,
    context: __dirname,
    entry: { checker: './src/checker/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist/checker'),
      filename: prod ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: prod ? '[name].[contenthash:8].js' : '[name].js',
      // Chunks load relative to the running script: works from file:// and from any folder of a static host.
      publicPath: 'auto',
      clean: true,
    },
    target: base.target,
    devtool: prod ? false : 'cheap-module-source-map',
    resolve: { ...base.resolve, alias: { ...(base.resolve.alias || {}), 'xingshen-checker-worker$': path.join(WORKER_DIR, WORKER_FILE) } },
    // The worker script is taken as text (node_modules is outside the swc rule), to become a Blob.
    module: { ...base.module, rules: [{ test: path.join(WORKER_DIR, WORKER_FILE), type: 'asset/source' }, ...base.module.rules] },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'checker.html',
        template: './src/checker/checker.html',
        chunks: ['checker'],
        scriptLoading: 'defer',
        minify: prod ? { collapseWhitespace: true, removeComments: true, minifyCSS: true, minifyJS: false } : false,
      }),
    ],
    optimization: base.optimization,
    performance: { hints: false },
    stats: 'errors-warnings',
  };
  return [worker, page];
};
