import { createHash } from 'crypto';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { cli, scratch } from '../cli/helpers';
import { WRITE_CASES } from './write-cases';

jest.setTimeout(120000);

const hash = (p: string) => createHash('sha256').update(fs.readFileSync(p)).digest('hex');

test('there are at least 20 write-side cases', () => {
  expect(WRITE_CASES.length).toBeGreaterThanOrEqual(20);
});

describe.each(WRITE_CASES)('$name', (c) => {
  test(`exit ${c.code}, input unchanged, output ${c.output.present ? 'complete' : 'absent'}`, async () => {
    const dir = scratch();
    await c.setup(dir);
    const before = c.unchanged.map((f) => hash(path.join(dir, f)));
    const r = await cli(c.argv, { cwd: dir });
    expect([c.name, r.code]).toEqual([c.name, c.code]);
    if (c.says) expect(r.stdout + r.stderr).toContain(c.says);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(c.unchanged.map((f) => hash(path.join(dir, f)))).toEqual(before);
    const out = path.join(dir, c.output.file);
    expect(fs.existsSync(out)).toBe(c.output.present);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    if (c.output.check) await c.output.check(await JSZip.loadAsync(fs.readFileSync(out)), dir);
  });
});
