import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import webpack from 'webpack';

// The project's webpack config is CommonJS JavaScript; require keeps it exactly as the CLI loads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as ((env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<webpack.Configuration>) & {
  rewriteManifest(xml: string, base: string): string;
  resolveBaseUrl(env: Record<string, unknown>): string;
};

const ROOT = path.join(__dirname, '..', '..');
const SCHEMA = path.join(ROOT, '..', 'shared', 'manifest-schemas', 'OfficeAppManifestV1_1.xsd');

function xmllint(file: string): string {
  return execFileSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('base URL', () => {
  test('must be https and always ends in a slash', () => {
    expect(makeConfig.resolveBaseUrl({ baseUrl: 'https://intra.example.lg.jp/evalsheet' })).toBe('https://intra.example.lg.jp/evalsheet/');
    expect(makeConfig.resolveBaseUrl({})).toBe('https://localhost:3000/');
    expect(() => makeConfig.resolveBaseUrl({ baseUrl: 'http://intra.example.lg.jp/' })).toThrow(/https/);
    expect(() => makeConfig.resolveBaseUrl({ baseUrl: 'not a url' })).toThrow(/not a URL/);
  });
});

describe('a production build with a base URL', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-build-'));
  let manifest = '';

  beforeAll(async () => {
    const config = await makeConfig({ baseUrl: 'https://intra.example.lg.jp/evalsheet/' }, { mode: 'production' });
    // Only the commands page: the manifest and asset pipeline is what is under test here, and it
    // must not depend on the pane's sources (built and measured by `npm run build` and the bench).
    config.entry = { commands: './src/commands/commands.ts' };
    config.plugins = (config.plugins ?? []).filter((p) => !(p && (p as { userOptions?: { filename?: string } }).userOptions?.filename === 'taskpane.html'));
    config.output = { ...config.output, path: out };
    config.context = ROOT;
    const stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))));
    if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
    manifest = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
  }, 60000);

  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test('dist/manifest.xml has every localhost URL rewritten', () => {
    expect(manifest).not.toMatch(/https?:\/\/localhost|localhost:3000/);
    expect(manifest).toContain('<SourceLocation DefaultValue="https://intra.example.lg.jp/evalsheet/taskpane.html"/>');
    expect(manifest).toContain('<AppDomain>https://intra.example.lg.jp</AppDomain>');
    const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    expect(manifest.match(/https:\/\/intra\.example\.lg\.jp\/evalsheet\//g)?.length).toBe(source.match(/https:\/\/localhost:3000\//g)?.length);
  });

  test('the icons are copied and commands.html loads office.js from the CDN first', () => {
    for (const n of [16, 20, 24, 32, 40, 48, 64, 80]) expect(fs.existsSync(path.join(out, 'assets', `icon-${n}.png`))).toBe(true);
    const html = fs.readFileSync(path.join(out, 'commands.html'), 'utf8');
    const office = html.indexOf('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const bundle = html.search(/commands\.[0-9a-f]{8}\.js/);
    expect(office).toBeGreaterThan(-1);
    expect(bundle).toBeGreaterThan(office);
  });

  // The XSDs live beside the project (../shared); CI always has them.
  (fs.existsSync(SCHEMA) || process.env.CI ? test : test.skip)('both manifests validate against the Office XSDs', () => {
    expect(() => xmllint(path.join(ROOT, 'manifest.xml'))).not.toThrow();
    expect(() => xmllint(path.join(out, 'manifest.xml'))).not.toThrow();
  });
});

test('OFFICE_JS=local without a copy of office.js stops with a message saying where to get one', async () => {
  const saved = process.env.OFFICE_JS_DIR;
  process.env.OFFICE_JS_DIR = path.join(os.tmpdir(), 'no-office-js-here');
  try {
    await expect(makeConfig({ officeJs: 'local' }, { mode: 'production' })).rejects.toThrow(/office\.js.*@microsoft\/office-js|OFFICE_JS_DIR/);
  } finally {
    if (saved === undefined) delete process.env.OFFICE_JS_DIR;
    else process.env.OFFICE_JS_DIR = saved;
  }
});

test('OFFICE_JS=local ships the folder and points the pages at it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'office-js-'));
  fs.writeFileSync(path.join(dir, 'office.js'), '/* stand-in */');
  const saved = process.env.OFFICE_JS_DIR;
  process.env.OFFICE_JS_DIR = dir;
  try {
    const config = await makeConfig({ officeJs: 'local' }, { mode: 'production' });
    const names = (config.plugins ?? []).map((p) => p?.constructor?.name);
    expect(names).toContain('OfficeJsTagPlugin');
    const tag = (config.plugins ?? []).find((p) => p?.constructor?.name === 'OfficeJsTagPlugin') as unknown as { src: string };
    expect(tag.src).toBe('office-js/office.js');
    const copy = (config.plugins ?? []).find((p) => p?.constructor?.name === 'CopyPlugin') as unknown as { patterns: { from: string; to: string }[] };
    expect(copy.patterns).toContainEqual({ from: dir, to: 'office-js' });
  } finally {
    if (saved === undefined) delete process.env.OFFICE_JS_DIR;
    else process.env.OFFICE_JS_DIR = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
