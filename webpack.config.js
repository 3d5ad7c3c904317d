/* eslint-disable */
/**
 * Builds the task pane into dist/ (`npm run build` = `webpack --mode production`, no network access)
 * and serves it for sideloading (`npm start` = `webpack serve --mode development`).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const deploy = require('./scripts/deploy-config');

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
/** The web views Word uses today: Edge/Chromium WebView2 (Windows), Safari/WKWebView 14+ (Mac, iPad), evergreen browsers (Word on the web). */
const TARGETS = 'chrome >= 100, edge >= 100, safari >= 14, firefox >= 100';

function tryRequire(name) {
  try {
    return require(name);
  } catch {
    return null;
  }
}

/** https with the Office dev certificate when one can be had without prompting; otherwise http and a note. */
async function serverOptions() {
  const certs = tryRequire('office-addin-dev-certs');
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const haveFiles = fs.existsSync(path.join(dir, 'localhost.crt')) && fs.existsSync(path.join(dir, 'localhost.key'));
  // On Linux, creating the certificate runs `sudo update-ca-certificates`: only use existing files there.
  if (certs && (haveFiles || process.platform === 'win32' || process.platform === 'darwin')) {
    try {
      const options = await Promise.race([
        certs.getHttpsServerOptions(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), 30000)),
      ]);
      return { type: 'https', options };
    } catch (e) {
      console.warn(`[xingshen] 无法获取本地 HTTPS 证书 (${e.message})，改用 http。Word 只加载 https 的加载项：请运行 npx office-addin-dev-certs install。`);
    }
  } else {
    console.warn('[xingshen] 没有本地 HTTPS 证书，开发服务器使用 http（可在浏览器中预览）。要在 Word 中旁加载，请先运行 npx office-addin-dev-certs install。');
  }
  return { type: 'http' };
}

function afterListening(protocol) {
  const url = `${protocol}://localhost:${PORT}/taskpane.html`;
  console.log(`\n[xingshen] 任务窗格 / task pane: ${url}\n[xingshen] 浏览器中打开即为预览模式 (opens in preview mode outside Word).`);
  const isDesktop = process.platform === 'win32' || process.platform === 'darwin';
  if (isDesktop && !process.env.CI && fs.existsSync('manifest.xml')) {
    // office-addin-debugging is not a dependency (its keytar native module does not build on Linux CI);
    // on Windows and Mac it is fetched by npx on first use, at development time only.
    console.log('[xingshen] 正在用 office-addin-debugging 把 manifest.xml 旁加载到 Word… (sideloading into desktop Word)');
    // The dev server is already running (this process), so office-addin-debugging must not start another.
    const local = tryRequire('office-addin-debugging/package.json');
    const child = spawn('npx', [local ? '--no-install' : '--yes', 'office-addin-debugging@7', 'start', 'manifest.xml', 'desktop', '--dev-server-port', String(PORT), '--no-live-reload'], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    child.on('error', (e) => console.warn(`[xingshen] office-addin-debugging 启动失败：${e.message}。可手动旁加载 manifest.xml（见 README）。`));
    return;
  }
  console.log(
    [
      '[xingshen] 在 Word 网页版中旁加载 (sideload into Word on the web):',
      '  1. 打开一个 Word 文档 → 开始 → 加载项 → 更多设置 → 我的加载项 → 上传我的加载项',
      '     (Home → Add-ins → More add-ins → My add-ins → Upload My Add-in)',
      '  2. 选择本项目的 manifest.xml (choose manifest.xml), 上传 (Upload)。',
      '  Word 要求 https：先运行 npx office-addin-dev-certs install 以启用 https://localhost:' + PORT,
    ].join('\n'),
  );
}

/**
 * `--env publicUrl=https://host/path/` writes dist/manifest.xml for that URL (see scripts/deploy-config.js);
 * `--env officeJs=local` serves Office.js from dist/office-js/ instead of Microsoft's CDN.
 */
module.exports = async (env = {}, argv = {}) => {
  const prod = argv.mode !== 'development';
  const serving = !!env.WEBPACK_SERVE;
  const publicUrl = env.publicUrl ? deploy.checkPublicUrl(env.publicUrl) : null;
  if (env.officeJs && env.officeJs !== 'local' && env.officeJs !== 'cdn') throw new Error(`[xingshen] --env officeJs 只能是 local 或 cdn：${env.officeJs}`);
  const localOfficeJs = env.officeJs === 'local';
  const copy = [
    { from: 'assets', to: 'assets', noErrorOnMissing: true },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      noErrorOnMissing: true,
      ...(publicUrl ? { transform: (content) => deploy.manifestFor(content.toString('utf8'), publicUrl) } : {}),
    },
    ...(localOfficeJs ? deploy.officeJsCopyPatterns(__dirname) : []),
  ];
  const Minimizer = tryRequire('minimizer-webpack-plugin');
  const server = serving ? await serverOptions() : undefined;

  return {
    mode: prod ? 'production' : 'development',
    context: __dirname,
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: prod ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: prod ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      // The browser checker is built first into dist/checker (so that `npm run build -- --env …` passes
      // the options to this, the last, webpack run): keep it.
      clean: { keep: /^checker[\\/]/ },
    },
    target: ['web', 'es2020'],
    devtool: prod ? false : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: !prod, useBuiltins: true } },
              },
              env: { targets: TARGETS },
            },
          },
        },
        { test: /\.txt$/, type: 'asset/source' },
        { test: /\.(png|jpe?g|gif|svg|ico)$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext]' } },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        officeJs: localOfficeJs ? deploy.LOCAL_OFFICE_JS : deploy.CDN_OFFICE_JS,
        minify: prod ? { collapseWhitespace: true, removeComments: true, minifyCSS: true, minifyJS: false } : false,
      }),
      new CopyWebpackPlugin({ patterns: copy }),
    ],
    optimization: {
      splitChunks: { chunks: 'async' },
      minimize: prod,
      ...(prod && Minimizer
        ? { minimizer: [new Minimizer({ minify: { implementation: Minimizer.swcMinify, options: { compress: { passes: 2 }, mangle: true } } })] }
        : {}),
    },
    performance: { hints: false },
    stats: 'errors-warnings',
    devServer: serving
      ? {
          port: PORT,
          host: 'localhost',
          hot: false,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server,
          static: false,
          client: { overlay: { warnings: false } },
          onListening: () => afterListening(server.type),
        }
      : undefined,
  };
};
