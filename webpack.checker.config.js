/* eslint-disable */
/**
 * Builds the standalone browser checker into dist/checker/ (`npm run build:checker`).
 * Same loaders, targets and minifier as the task pane (webpack.config.js); its own entry and page,
 * no office.js, relative asset paths, so dist/checker/checker.html works from file:// with the network off.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const paneConfig = require('./webpack.config.js');

module.exports = async (env = {}, argv = {}) => {
  const prod = argv.mode !== 'development';
  // The pane's config without serving: module rules, resolve, target and minimizer are reused as they are.
  const base = await paneConfig({}, { mode: prod ? 'production' : 'development' });
  return {
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
    resolve: base.resolve,
    module: base.module,
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
};
