import { readSheet } from '../../../src/core/read';
import { isLabel } from '../../../src/core/read/labels';
import type { SheetSnapshot } from '../../../src/core/snapshot/types';
import { SEEDS, seedSnapshot, type SeedName } from '../../support/seed-tsv';

/** Issue 13: reader bugs no test caught. */

function replaced(s: SheetSnapshot, from: string, to: string): SheetSnapshot {
  return { ...s, values: s.values.map((row) => row.map((v) => (v === from ? to : v))) };
}

describe('the plain 「効果又は理由」 narrative header', () => {
  test('is a narrative label, alone and with its bracket', () => {
    expect(isLabel('効果又は理由', 'narrative')).toBe(true);
    expect(isLabel('効果又は理由(改善策)', 'narrative')).toBe(true);
    expect(isLabel('効果 又は 理由：', 'narrative')).toBe(true);
  });

  test('a Nasushiobara sheet whose header says only 「効果又は理由」 reads the same narrative cells', () => {
    const plain = readSheet(replaced(seedSnapshot('nasushiobara', 'P3'), '効果又は理由(改善策)', '効果又は理由'));
    const original = readSheet(seedSnapshot('nasushiobara', 'P3'));
    expect(plain.items).toHaveLength(16);
    expect(plain.items.map((i) => i.narrative.map((n) => [n.label, n.cell]))).toEqual(
      original.items.map((i) => i.narrative.map((n) => ['効果又は理由', n.cell])),
    );
    expect(plain.items[0].narrative.map((n) => n.cell)).toEqual(['G10']);
  });
});

describe('claimed rows: a table is never read twice', () => {
  for (const seed of Object.keys(SEEDS) as SeedName[]) {
    test(`${seed}: every value cell belongs to one indicator, every item row to one item`, () => {
      const s = readSheet(seedSnapshot(seed, 'x'));
      const cells = s.indicators.flatMap((i) => [i.baseline?.value?.cell, i.target?.value?.cell, ...i.years.flatMap((y) => [y.actual?.cell, y.expected?.cell])]).filter((c): c is string => !!c);
      const perIndicator = s.indicators.map((i) => new Set([i.baseline?.value?.cell, i.target?.value?.cell, ...i.years.flatMap((y) => [y.actual?.cell, y.expected?.cell])].filter(Boolean)));
      const total = perIndicator.reduce((n, set) => n + set.size, 0);
      expect(new Set(cells).size).toBe(total);
      expect(new Set(s.indicators.map((i) => i.cell)).size).toBe(s.indicators.length);
      expect(new Set(s.items.map((i) => i.cell)).size).toBe(s.items.length);
      expect(new Set(s.layouts).size).toBe(s.layouts.length);
    });
  }

  test('the same Kitakami table twice on one sheet gives its indicators twice, not four times', () => {
    const one = seedSnapshot('kitakami', 'k');
    const once = readSheet(one).indicators.length;
    const twice: SheetSnapshot = { ...one, values: [...one.values, [], ...one.values], formats: [...one.formats, [], ...one.formats] };
    expect(readSheet(twice).indicators.length).toBe(2 * once);
  });
});
