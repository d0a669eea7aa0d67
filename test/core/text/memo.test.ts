import { fold, memoText, squash } from '../../../src/core/text/normalize';
import { parseFiscalYear } from '../../../src/core/text/years';

describe('memoText: remembered, bounded', () => {
  test('the same answers as the function, computed once per short text', () => {
    let calls = 0;
    const upper = memoText((t) => (calls++, t.toUpperCase()), 3, 10);
    expect([upper('ab'), upper('ab'), upper('cd')]).toEqual(['AB', 'AB', 'CD']);
    expect(calls).toBe(2);
    // A text longer than `longest` is never kept.
    const long = 'x'.repeat(11);
    upper(long);
    upper(long);
    expect(calls).toBe(4);
    // Past `max` texts the memory starts over: 'ab' is computed again.
    upper('ef');
    upper('gh');
    upper('ab');
    expect(calls).toBe(7);
  });

  test('fold and squash as before on the texts the readers meet', () => {
    expect(fold('　実績値　（Ｈ２７）')).toBe('実績値 (H27)');
    expect(fold('ー')).toBe('-');
    expect(fold('メートル')).toBe('メートル');
    expect(squash('評 価')).toBe('評価');
    expect(fold('ABC')).toBe('ABC');
    const long = `${'　'.repeat(150)}Ｒ５${'　'.repeat(150)}`;
    expect(fold(long)).toBe('R5');
  });

  test('parseFiscalYear hands out a copy: changing one answer does not change the next', () => {
    const a = parseFiscalYear('令和5年度')!;
    a.year = 1;
    expect(parseFiscalYear('令和5年度')?.year).toBe(2023);
  });
});
