import { cli, scratch } from './helpers';

/**
 * Exit status over a batch (RULES.md): 2 when any file could not be read, else 1 when errors were
 * found, else 0, whatever the order of the files: a later file with errors never lowers a 2 to 1.
 */
describe('exit status of a batch', () => {
  const files = ['corrupt.xlsx', 'kitakami-defects.xlsx', 'kitakami.xlsx'];

  it.each([
    [['corrupt.xlsx', 'kitakami-defects.xlsx'], 2],
    [['kitakami-defects.xlsx', 'corrupt.xlsx'], 2],
    [['corrupt.xlsx', 'kitakami-defects.xlsx', 'kitakami.xlsx'], 2],
    [['kitakami.xlsx', 'kitakami-defects.xlsx'], 1],
    [['kitakami-defects.xlsx', 'kitakami.xlsx'], 1],
    [['kitakami.xlsx'], 0],
  ])('%j exits %i', async (argv, code) => {
    const dir = scratch(files);
    const r = await cli(['check', ...argv], { cwd: dir });
    expect(r.code).toBe(code);
    expect((await cli(['check', '--json', ...argv], { cwd: dir })).code).toBe(code);
  });
});
