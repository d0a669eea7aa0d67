import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeAtomically } from '../../src/cli/output';
import { cli, scratch } from './helpers';

/**
 * The output is written to a temporary file and renamed over the target: a reader of the old
 * file (or a crash in the middle) never sees a half-written workbook. An in-place write passes
 * "no temporary file is left"; these tests do not: the old file must stay whole under another
 * name (a hard link to it), and a failed write must leave the old output as it was.
 */
describe('atomic writes', () => {
  it('replaces the output by a new file: a hard link to the old one still holds the old bytes', async () => {
    const dir = scratch(['kitakami-9-2.xlsx']);
    const out = path.join(dir, 'out.xlsx');
    fs.writeFileSync(out, 'keep me');
    fs.linkSync(out, path.join(dir, 'old-link'));
    const before = fs.statSync(out).ino;
    const r = await cli(['fill', 'kitakami-9-2.xlsx', '-o', 'out.xlsx', '--force'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'old-link'), 'utf8')).toBe('keep me');
    expect(fs.statSync(out).ino).not.toBe(before);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readdirSync(dir).sort()).toEqual(['kitakami-9-2.xlsx', 'old-link', 'out.xlsx']);
  });

  it('a write whose rename fails leaves the old output whole and no temporary file', () => {
    // The target is a folder with a file in it: the rename fails after the bytes were written.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-atomic-'));
    const out = path.join(dir, 'out.xlsx');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'inside'), 'keep me');
    expect(() => writeAtomically(out, new Uint8Array([80, 75, 3, 4]))).toThrow();
    expect(fs.readFileSync(path.join(out, 'inside'), 'utf8')).toBe('keep me');
    expect(fs.readdirSync(dir)).toEqual(['out.xlsx']);
  });

  it('writes the bytes exactly, replacing an older output', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-atomic-'));
    const out = path.join(dir, 'out.xlsx');
    fs.writeFileSync(out, 'old and longer than the new bytes');
    writeAtomically(out, new Uint8Array([1, 2, 3]));
    expect([...fs.readFileSync(out)]).toEqual([1, 2, 3]);
    expect(fs.readdirSync(dir)).toEqual(['out.xlsx']);
  });
});
