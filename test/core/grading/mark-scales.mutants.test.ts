import { analyzeSheets } from '../../../src/core/analyze/sheets';
import { writtenGrades } from '../../../src/core/grading/mark-scales';
import type { EvaluationSheet, Item } from '../../../src/core/model/types';
import type { Settings } from '../../../src/core/settings';
import { grade, item, rowIndicator, sheet } from '../../support/model-builder';

/**
 * Which scale a sheet graded with marks (◎ ○ △ ×) is read on (grading/mark-scales.ts), as the
 * engine applies it: every grade written on the sheet counts (overall, items, yearly grades, axes,
 * indicators); all marks and none on the preset in use → the smallest mark preset holding them.
 */

/** Items 1, 2, 3… in rows 10, 11, 12… graded in column G as written (null: a blank cell). */
const items = (grades: (string | null)[]): Item[] => grades.map((g, i) => item({ key: String(i + 1), row: 10 + i, grade: g }));

/** The preset the engine grades the sheet on, and the grade-invalid cells with the scale they were checked against. */
function graded(model: EvaluationSheet, settings: Partial<Settings> = {}) {
  const a = analyzeSheets('marks.xlsx', [model], { evaluationYear: 2023, ...settings });
  expect(a.problems).toEqual([]);
  const s = a.sheets[0];
  return { preset: s.preset.id, invalid: s.findings.filter((f) => f.rule === 'grade-invalid').map((f) => [f.cell, (f.data.scale as string[]).join('')]) };
}

describe('a sheet graded with marks under a letter preset', () => {
  test('○ △ × on the items: the three-mark scale (toshisaisei), none flagged', () => {
    expect(graded(sheet({ items: items(['○', '△', '×']) }))).toEqual({ preset: 'toshisaisei', invalid: [] });
  });

  test('◎ ○ △: the four-mark scale (marks), the only one holding ◎', () => {
    expect(graded(sheet({ items: items(['◎', '○', '△']) }))).toEqual({ preset: 'marks', invalid: [] });
  });

  test('a blank grade cell among the marks does not make it a letter sheet', () => {
    expect(graded(sheet({ items: items(['○', null, '△']) }))).toEqual({ preset: 'toshisaisei', invalid: [] });
  });
});

describe('every grade written on the sheet counts', () => {
  test('the overall grade: ◎ written only there → marks; a letter overall (A) over mark items → the letter preset, the marks flagged', () => {
    expect(graded(sheet({ overallGrade: grade('B5', '◎'), items: items([null]) })).preset).toBe('marks');
    expect(graded(sheet({ overallGrade: grade('B5', 'A'), items: items(['○', '△']) }))).toEqual({
      preset: 'default',
      invalid: [
        ['G10', 'ABCD'],
        ['G11', 'ABCD'],
      ],
    });
  });

  test('grade axes: a sheet graded only on its axes (◎ ○ / △ ○) takes marks, so no axis cell is flagged', () => {
    const onAxes = items([null, null]).map((it, i) => ({ ...it, axes: [{ axis: '必要性', grade: grade(`F${10 + i}`, ['◎', '△'][i]) }, { axis: '有効性', grade: grade(`G${10 + i}`, '○') }] }));
    expect(graded(sheet({ items: onAxes }))).toEqual({ preset: 'marks', invalid: [] });
  });

  test('yearly grades: marks there too → toshisaisei; a letter among them (B) → the letter preset, the marks flagged', () => {
    const yearly = (raw: string) => item({ key: '1', row: 10, grade: '○', yearlyGrades: [{ year: 2022, cell: 'H10', raw: '△' }, { year: 2023, cell: 'I10', raw }] });
    expect(graded(sheet({ items: [yearly('×')] }))).toEqual({ preset: 'toshisaisei', invalid: [] });
    expect(graded(sheet({ items: [yearly('B')] })).preset).toBe('default');
  });

  test('indicator grades: ○ △ on the indicator rows → toshisaisei', () => {
    const ind = (key: string, row: number, g: string) => rowIndicator({ key, row, name: `指標${row}`, baseline: [2019, 10], target: [2025, 20], current: [2023, 15], grade: g });
    expect(graded(sheet({ indicators: [ind('a', 5, '○'), ind('b', 6, '△')] })).preset).toBe('toshisaisei');
  });

  test('writtenGrades lists overall, item, yearly, axis and indicator grades, blank cells left out', () => {
    const it = { ...item({ key: '1', row: 10, grade: '○', yearlyGrades: [{ year: 2023, cell: 'H10', raw: 'B' }, { year: 2024, cell: 'I10', raw: null }] }), axes: [{ axis: '必要性', grade: grade('J10', '◎') }] };
    const model = sheet({ overallGrade: grade('B5', 'A'), items: [it, item({ key: '2', row: 11, grade: null })], indicators: [rowIndicator({ key: 'a', row: 5, name: '指標', baseline: [2019, 1], target: [2025, 2], grade: '△' })] });
    expect(writtenGrades(model)).toEqual(['A', '○', 'B', '◎', '△']);
  });
});

describe('the preset in use is kept', () => {
  test('no grade written yet: the default preset, or the one chosen in Settings', () => {
    expect(graded(sheet({ items: items([null, null]) })).preset).toBe('default');
    expect(graded(sheet({ items: items([null]) }), { preset: 'kitakami' }).preset).toBe('kitakami');
  });

  test('letters: the letter preset, whichever mark presets exist', () => {
    expect(graded(sheet({ items: items(['A', 'C']) }))).toEqual({ preset: 'default', invalid: [] });
  });

  test('marks chosen in Settings, ○ △ written: stays on marks (not moved to the smaller toshisaisei)', () => {
    expect(graded(sheet({ items: items(['○', '△']) }), { preset: 'marks' })).toEqual({ preset: 'marks', invalid: [] });
  });

  test('toshisaisei chosen, ◎ written beside ○ △: stays on toshisaisei, the ◎ flagged against ○ △ ×', () => {
    expect(graded(sheet({ items: items(['◎', '○', '△']) }), { preset: 'toshisaisei' })).toEqual({ preset: 'toshisaisei', invalid: [['G10', '○△×']] });
  });
});
