import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { onInterrupt, pendingTempFiles, writeAtomically } from '../../src/cli/output';
import { cli, scratch } from './helpers';

/** The output is written whole or not at all: temp file + rename, no temp left behind, no symlink replaced. */

const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-write-'));
const hidden = (dir: string) => fs.readdirSync(dir).filter((n) => n.startsWith('.') && n.endsWith('.tmp'));

test('the rename is atomic: a hard link to the old output keeps the old bytes (an in-place write would change it)', () => {
  const dir = tmpDir();
  const out = path.join(dir, 'out.xlsx');
  fs.writeFileSync(out, 'old');
  fs.linkSync(out, path.join(dir, 'kept.xlsx'));
  let seenDuring = '';
  writeAtomically(out, new TextEncoder().encode('new'), { beforeRename: () => (seenDuring = fs.readFileSync(out, 'utf8')) });
  // while the temp file was being written, the output still held the old bytes in full
  expect(seenDuring).toBe('old');
  expect(fs.readFileSync(out, 'utf8')).toBe('new');
  expect(fs.readFileSync(path.join(dir, 'kept.xlsx'), 'utf8')).toBe('old');
  expect(hidden(dir)).toEqual([]);
});

test('Ctrl-C or SIGTERM during a write leaves no hidden temp file, and ends with 130 / 143', () => {
  const dir = tmpDir();
  const out = path.join(dir, 'out.xlsx');
  const codes: number[] = [];
  expect(() =>
    writeAtomically(out, new TextEncoder().encode('x'), {
      beforeRename: (tmp) => {
        expect(pendingTempFiles()).toEqual([tmp]);
        expect(fs.existsSync(tmp)).toBe(true);
        onInterrupt('SIGINT', (c) => codes.push(c));
        // the process would have ended here; the test goes on to see what is left
        throw new Error('interrupted');
      },
    }),
  ).toThrow('interrupted');
  expect(codes).toEqual([130]);
  expect(hidden(dir)).toEqual([]);
  expect(fs.existsSync(out)).toBe(false);
  onInterrupt('SIGTERM', (c) => codes.push(c));
  expect(codes).toEqual([130, 143]);
});

test('-o onto a symbolic link is refused with a message naming it; the link and its target stay as they were', async () => {
  const dir = scratch(['kitakami-defects.xlsx']);
  fs.writeFileSync(path.join(dir, 'elsewhere.xlsx'), 'keep');
  fs.symlinkSync(path.join(dir, 'elsewhere.xlsx'), path.join(dir, 'link.xlsx'));
  const r = await cli(['fill', 'kitakami-defects.xlsx', '-o', 'link.xlsx', '--force'], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('link.xlsx: is a symbolic link');
  expect(fs.lstatSync(path.join(dir, 'link.xlsx')).isSymbolicLink()).toBe(true);
  expect(fs.readFileSync(path.join(dir, 'elsewhere.xlsx'), 'utf8')).toBe('keep');
  expect(() => writeAtomically(path.join(dir, 'link.xlsx'), new Uint8Array([1]))).toThrow('is a symbolic link');
});
