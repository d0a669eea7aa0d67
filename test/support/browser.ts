import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';

/**
 * What the browser tests and the pane benches share: Debian's Chromium and its flags, a production
 * build of the pane, and a static server for it on 127.0.0.1.
 */
const ROOT = path.join(__dirname, '..', '..');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'application/xml', '.css': 'text/css' };

/** Serves `dir` (never a path outside it) on a free port of 127.0.0.1. */
export function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * The platform's webpack config, built in production mode into `dist` (a scratch folder, so dist/ of
 * a parallel build is untouched). With `reuse`, EVALSHEET_E2E_DIST (a build made beforehand with
 * `npx webpack --mode production --output-path <dir>`) is copied instead, for local reruns.
 */
export function buildPane(dist: string, { reuse = true }: { reuse?: boolean } = {}): void {
  if (reuse && process.env.EVALSHEET_E2E_DIST) fs.cpSync(process.env.EVALSHEET_E2E_DIST, dist, { recursive: true });
  else execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production', '--output-path', dist], { cwd: ROOT, stdio: 'pipe' });
}
