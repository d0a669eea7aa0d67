/**
 * Builds the add-in: taskpane.html (the pane) and commands.html (the ribbon's function file).
 *
 *   npx webpack --mode production                          → dist/ for https://localhost:3000/
 *   ADDIN_BASE_URL=https://intra.example.lg.jp/evalsheet/ npx webpack --mode production
 *   npx webpack --mode production --env baseUrl=https://…/ (same, as a CLI option)
 *   OFFICE_JS=local (or --env officeJs=local)               → ship office.js in dist/office-js/
 *   npx webpack serve --mode development                   → https://localhost:3000/
 *
 * The base URL rewrites every https://localhost:3000/ in manifest.xml into dist/manifest.xml.
 * The pane's JS is split by when it loads (scripts/bench-size.ts measures each part; the chunk names are
 * the webpackChunkName comments in src/taskpane):
 *   taskpane + "excel"            in Excel, at open (the Excel adapter is imported once Office reports Excel);
 *   "view-*" (+ shared chunks)    in Excel, the first time a person opens that view (all views but Check);
 *   "standalone", "xlsx", "vendor-exceljs"  outside Excel only: the file picker, the xlsx adapter, exceljs and jszip.
 */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const LOCAL_OFFICE_JS_DIR = 'office-js';

/** The add-in's base URL: https only (Office refuses plain http), always ending in "/". */
function resolveBaseUrl(env) {
  const raw = env.baseUrl || process.env.ADDIN_BASE_URL || DEV_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL / --env baseUrl is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:') throw new Error(`The add-in base URL must use https (Office loads add-ins over https only): ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Where a local office.js comes from: OFFICE_JS_DIR, or the @microsoft/office-js package's dist/. */
function localOfficeJsDir() {
  if (process.env.OFFICE_JS_DIR) return path.resolve(process.env.OFFICE_JS_DIR);
  try {
    return path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
  } catch {
    return null;
  }
}

/** The manifest with every development URL moved to the deployment's base URL. */
function rewriteManifest(xml, baseUrl) {
  const origin = new URL(baseUrl).origin;
  return xml.split(DEV_URL).join(baseUrl).split('https://localhost:3000').join(origin);
}

/** Puts office.js first in <head>, as a plain (blocking) script: the bundles are deferred after it. */
class OfficeJsTagPlugin {
  constructor(src) {
    this.src = src;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap('OfficeJsTagPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('OfficeJsTagPlugin', (data) => {
        data.headTags.unshift({ tagName: 'script', voidTag: false, meta: { plugin: 'OfficeJsTagPlugin' }, attributes: { src: this.src } });
        return data;
      });
    });
  }
}

/**
 * https options for the dev server from office-addin-dev-certs: reuse the certificates in
 * ~/.office-addin-dev-certs, or generate them there. Never installs anything into a trust store:
 * trusting the CA is a step the person takes (README, "Development").
 */
async function devHttpsOptions() {
  const certs = require('office-addin-dev-certs');
  const defaults = require('office-addin-dev-certs/lib/defaults');
  const files = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath];
  try {
    if (!files.every((f) => fs.existsSync(f))) {
      fs.mkdirSync(path.dirname(defaults.localhostCertificatePath), { recursive: true });
      await certs.generateCertificates(...files, defaults.daysUntilCertificateExpires);
      console.log(`[dev-server] Generated development certificates in ${path.dirname(defaults.localhostCertificatePath)}.`);
      console.log('[dev-server] They are NOT trusted yet: run `npx office-addin-dev-certs install` yourself (asks for confirmation),');
      console.log(`[dev-server] or import ${defaults.caCertificatePath} into your system's trusted root certificates.`);
    }
    const [ca, cert, key] = files.map((f) => fs.readFileSync(f));
    return { type: 'https', options: { ca, cert, key } };
  } catch (err) {
    console.warn(`[dev-server] Could not create development certificates with office-addin-dev-certs: ${err && err.message ? err.message : err}`);
    console.warn('[dev-server] Serving https with a throwaway self-signed certificate: browsers warn, and Office will not load the add-in until a trusted certificate is used.');
    return 'https';
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = serving ? DEV_URL : resolveBaseUrl(env);
  const officeJsMode = env.officeJs || process.env.OFFICE_JS || 'cdn';
  if (!['cdn', 'local'].includes(officeJsMode)) throw new Error(`OFFICE_JS must be "cdn" or "local", not "${officeJsMode}"`);

  const copies = [
    { from: 'assets/*.png', to: 'assets/[name][ext]' },
    // The ES5 "too old" notice, loaded before the bundle (taskpane.html): copied as is, never transpiled.
    { from: 'src/taskpane/legacy.js', to: 'legacy.js' },
    { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content.toString('utf8'), baseUrl) },
  ];
  let officeJsSrc = OFFICE_JS_CDN;
  if (officeJsMode === 'local') {
    const dir = localOfficeJsDir();
    if (!dir || !fs.existsSync(path.join(dir, 'office.js'))) {
      throw new Error(
        'OFFICE_JS=local needs a copy of office.js: install @microsoft/office-js (npm i -D @microsoft/office-js), ' +
          'or set OFFICE_JS_DIR to a folder holding office.js and its host files (copied from the CDN on a connected machine).',
      );
    }
    // office.js loads its host-specific files from its own folder, so the whole folder ships.
    copies.push({ from: dir, to: LOCAL_OFFICE_JS_DIR });
    officeJsSrc = `${LOCAL_OFFICE_JS_DIR}/office.js`;
  }

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    // Modern Office webviews only (Microsoft 365, Office 2021+, Excel on the web, Mac): no polyfills.
    target: ['web', 'es2020'],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              // ES modules let webpack tree-shake; es2020 matches the webviews we target.
              compilerOptions: { module: 'esnext', target: 'es2020', sourceMap: !production },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: 'async',
        cacheGroups: {
          // exceljs and its zip library only ever load through the standalone mode's dynamic import.
          exceljs: { test: /[\\/]node_modules[\\/](exceljs|jszip)[\\/]/, name: 'vendor-exceljs', chunks: 'async', enforce: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new OfficeJsTagPlugin(officeJsSrc),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    devServer: serving
      ? {
          port: 3000,
          server: await devHttpsOptions(),
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          client: { overlay: { errors: true, warnings: false } },
        }
      : undefined,
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.resolveBaseUrl = resolveBaseUrl;
