import * as fs from 'fs';
import * as path from 'path';

/** The package version: package.json sits two folders up from both src/cli and lib/cli. */
export function toolVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
