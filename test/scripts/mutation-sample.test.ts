/**
 * The sampled mutation score (npm run mutate -- --sample N): the draw must repeat from its seed,
 * a drawn mutant's range must select that mutant in StrykerJS's terms, results must match the draw,
 * and the interval must be the Wilson interval.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { shuffled, rangeOf, keyOf, wilson95 } = require('../../scripts/mutation-sample.cjs') as {
  shuffled: <T>(list: T[], seed: number) => T[];
  rangeOf: (m: { fileName: string; location: Loc }) => string;
  keyOf: (file: string, loc: Loc, mutator: string, replacement: string, oneBased?: boolean) => string;
  wilson95: (k: number, n: number) => [number, number] | null;
};
type Loc = { start: { line: number; column: number }; end: { line: number; column: number } };

const list = Array.from({ length: 100 }, (_, i) => i);

test('the same seed draws the same mutants, another seed others, and nothing is lost or doubled', () => {
  const a = shuffled(list, 20261203);
  expect(shuffled(list, 20261203)).toEqual(a);
  expect(shuffled(list, 7)).not.toEqual(a);
  expect([...a].sort((x, y) => x - y)).toEqual(list);
  expect(a).not.toEqual(list);
  expect(list[0]).toBe(0); // the input is not shuffled in place
});

test('a draw is spread over the whole list, not its start', () => {
  const firstTen = shuffled(list, 1).slice(0, 10);
  expect(firstTen.some((i) => i >= 50)).toBe(true);
  expect(firstTen.some((i) => i < 50)).toBe(true);
});

test('a drawn mutant’s range is 1-based in lines, 0-based in columns, as StrykerJS reads it', () => {
  const m = { fileName: 'src/core/read/year-header.ts', location: { start: { line: 18, column: 28 }, end: { line: 18, column: 30 } } };
  expect(rangeOf(m)).toBe('src/core/read/year-header.ts:19:28-19:30');
});

test('a result (1-based) matches the mutant the instrumenter listed (0-based), and only that one', () => {
  const drawn = keyOf('a.ts', { start: { line: 18, column: 28 }, end: { line: 18, column: 30 } }, 'ArrayDeclaration', '[]');
  expect(keyOf('a.ts', { start: { line: 19, column: 29 }, end: { line: 19, column: 31 } }, 'ArrayDeclaration', '[]', true)).toBe(drawn);
  expect(keyOf('a.ts', { start: { line: 19, column: 29 }, end: { line: 19, column: 31 } }, 'ArrayDeclaration', '["x"]', true)).not.toBe(drawn);
  expect(keyOf('a.ts', { start: { line: 18, column: 28 }, end: { line: 18, column: 30 } }, 'ArrayDeclaration', '[]', true)).not.toBe(drawn);
});

test('the 95% interval is Wilson’s: 80 of 100 → 71.1–86.7%, all killed still leaves room below', () => {
  expect(wilson95(80, 100)).toEqual([71.1, 86.7]);
  expect(wilson95(50, 50)).toEqual([92.9, 100]);
  expect(wilson95(0, 0)).toBeNull();
});
