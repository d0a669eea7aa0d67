import { suggestPreset } from '../../../src/core/grading/suggest';
import type { EvaluationSheet } from '../../../src/core/model/types';

/** suggestPreset: which preset fits a sheet's legend or its written grades better than the current one. */

const sheet = (legend: { grade: string; meaning: string | null }[] | null) => ({ legend }) as unknown as EvaluationSheet;
const id = (model: EvaluationSheet, grades: string[], current: string) => suggestPreset(model, grades, current)?.id ?? null;

describe('suggestPreset', () => {
  test('a legend worded as Kitakami’s (A 順調 … D 遅れている) suggests kitakami, also with spaces around the words', () => {
    const legend = sheet([
      { grade: 'A', meaning: '順調' },
      { grade: 'B', meaning: ' 概ね順調 ' },
      { grade: 'C', meaning: 'やや遅れている' },
      { grade: 'D', meaning: '遅れている' },
    ]);
    expect(id(legend, ['A', 'B'], 'default')).toBe('kitakami');
    expect(id(legend, ['A', 'B'], 'kitakami')).toBeNull();
  });
  test('every legend word must match: one off (B 達成) is no match; a legend entry without a meaning is skipped', () => {
    const oneOff = sheet([
      { grade: 'A', meaning: '順調' },
      { grade: 'B', meaning: '達成' },
    ]);
    expect(suggestPreset(oneOff, ['A', 'B'], 'default')).toBeNull();
    const withBlank = sheet([
      { grade: 'A', meaning: '順調' },
      { grade: 'D', meaning: '遅れている' },
      { grade: 'E', meaning: null },
    ]);
    expect(id(withBlank, ['A'], 'default')).toBe('kitakami');
  });
  test('a legend that matches no preset falls back to the written grades', () => {
    const other = sheet([{ grade: 'A', meaning: '達成' }]);
    expect(id(other, ['A', 'E'], 'default')).toBe('a-e');
    // Legend entries without a meaning are left out: an empty legend is no legend.
    expect(id(sheet([{ grade: 'A', meaning: null }]), ['A', 'E'], 'default')).toBe('a-e');
  });
  test('the smallest scale holding every written grade; none when the current one holds them', () => {
    expect(id(sheet(null), ['A', 'E'], 'default')).toBe('a-e');
    expect(id(sheet(null), ['順調', '遅れ'], 'default')).toBe('nagoya-port');
    expect(id(sheet(null), ['A', 'C'], 'default')).toBeNull();
    expect(id(sheet(null), ['A', 'E'], 'a-e')).toBeNull();
    expect(suggestPreset(sheet(null), ['Z'], 'default')).toBeNull();
    expect(id(sheet(null), ['○', '△'], 'default')).toBe('toshisaisei');
  });
});
