import * as fs from 'fs';
import * as path from 'path';

// src/core must stay free of Office, the DOM and Node: both shells and both adapters share it.
const CORE = path.join(__dirname, '..', '..', 'src', 'core');
const FORBIDDEN = [
  /from ['"](fs|path|os|child_process|crypto|util|stream|zlib|node:[a-z_/]+)['"]/,
  /from ['"](exceljs|jszip|react|react-dom|@fluentui\/[^'"]+|office-addin-[^'"]+)['"]/,
  /require\(/,
  /\b(Excel|Office)\.(run|context|onReady)\b/,
  /\b(window|document|navigator|localStorage)\./,
  /\bprocess\.(env|argv|exit|stdout|stderr)\b/,
];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

test('src/core imports nothing host-specific', () => {
  const offenders: string[] = [];
  for (const file of files(CORE)) {
    const text = fs.readFileSync(file, 'utf8');
    text.split('\n').forEach((line, i) => {
      if (line.trim().startsWith('//') || line.trim().startsWith('*')) return;
      for (const re of FORBIDDEN) if (re.test(line)) offenders.push(`${path.relative(CORE, file)}:${i + 1}: ${line.trim()}`);
    });
  }
  expect(offenders).toEqual([]);
});

test('the purity check itself catches a Node import', () => {
  expect(FORBIDDEN.some((re) => re.test("import * as fs from 'fs';"))).toBe(true);
  expect(FORBIDDEN.some((re) => re.test("import ExcelJS from 'exceljs';"))).toBe(true);
});
