import { analyzeWorkbook } from '../../../src/core/analyze';
import { phraseGrade, phrasePresetFor } from '../../../src/core/grading/phrases';
import { getPreset } from '../../../src/core/grading/presets';
import type { CellValue } from '../../../src/core/snapshot/types';
import { item, sheet } from '../../support/model-builder';
import { merge, sheetOf } from '../read/build';

/**
 * Grades written as a sentence ending in a phrase of the national 地方創生 effect scale
 * (grading/phrases.ts): which grade the sentence is, and which scale a sheet of them is read on.
 */

const _ = null;

/** A 事業実施結果報告-style table: two projects (rows 2 and 3), each graded in G with the sentence given. */
function report(first: CellValue, second: CellValue) {
  const s = sheetOf(
    'p',
    { row: 0, col: 0 },
    [
      ['番号', '事業名', '指標', '目標値', '目標年度', '実績値', '事業効果'],
      [1, '移住相談窓口事業', '移住相談件数', 50, 'R5', 45, first],
      [2, '空き家バンク事業', '登録物件数', 30, 'R5', 12, second],
    ],
    { merges: [merge(0, 0, 0, 0)] },
  );
  const a = analyzeWorkbook({ name: 't.xlsx', sheets: [s] }, { evaluationYear: 2023 }).sheets[0];
  return { preset: a.preset.id, grades: a.model.items.map((i) => i.grade?.value ?? null), invalid: a.findings.filter((f) => f.rule === 'grade-invalid').map((f) => f.cell) };
}

describe('phraseGrade: the phrase a written sentence ends in', () => {
  test('a space before the closing 。 (「効果があった 。」) or several closing marks are left off', () => {
    expect(phraseGrade('地方創生に効果があった 。')).toBe('効果があった');
    expect(phraseGrade('地方創生に効果があった。。')).toBe('効果があった');
    expect(phraseGrade('相当程度効果があった. ')).toBe('相当程度効果があった');
  });

  test('only the end is trimmed: a space or a 。 inside the text stays, the sentence still ends in its phrase', () => {
    expect(phraseGrade('地方創生に 相当程度効果があった。')).toBe('相当程度効果があった');
    expect(phraseGrade('目標を上回った。地方創生に非常に効果的であった。')).toBe('非常に効果的であった');
  });

  test('blank, or only closing marks: no phrase', () => {
    expect(phraseGrade('')).toBeNull();
    expect(phraseGrade(' 。 ')).toBeNull();
  });

  test('a phrase in the middle of a sentence that ends otherwise is not the grade', () => {
    expect(phraseGrade('効果があったとは言えない。')).toBeNull();
  });

  test('through the engine: 「地方創生に効果があった 。」 and 「…。地方創生に効果がなかった。」 are graded on the phrase scale, none flagged', () => {
    expect(report('地方創生に相当程度効果があった 。', '目標の半分に届かず。地方創生に効果がなかった。')).toEqual({
      preset: 'chihousousei',
      grades: ['相当程度効果があった', '効果がなかった'],
      invalid: [],
    });
  });
});

describe('phrasePresetFor: a sheet graded only in the phrases is graded on their scale', () => {
  const d = getPreset('default')!;
  const c = getPreset('chihousousei')!;
  const of = (...gs: string[]) => sheet({ items: gs.map((g, i) => item({ key: String(i + 1), row: 10 + i, grade: g })) });

  test('phrases under the default preset → chihousousei; already on chihousousei → null (kept)', () => {
    expect(phrasePresetFor(of('効果があった', '効果がなかった'), d)?.id).toBe('chihousousei');
    expect(phrasePresetFor(of('効果があった', '効果がなかった'), c)).toBeNull();
  });

  test('a letter among the phrases, or no grade at all → null (the preset in use)', () => {
    expect(phrasePresetFor(of('効果があった', 'B'), d)).toBeNull();
    expect(phrasePresetFor(of(), d)).toBeNull();
  });

  test('through the engine: a letter among the phrases keeps the default preset and the phrase is the off-scale cell', () => {
    expect(report('地方創生に効果があった', 'B')).toEqual({ preset: 'default', grades: ['効果があった', 'B'], invalid: ['G2'] });
  });
});
