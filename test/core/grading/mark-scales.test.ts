import { analyzeWorkbook } from '../../../src/core/analyze';
import type { CellValue } from '../../../src/core/snapshot/types';
import { sheetOf } from '../read/build';

/**
 * Sheets graded with marks (◎ ○ △ ×) instead of letters: graded on the mark preset that holds
 * them (grading/mark-scales.ts), so the marks are valid and the suggestion is on their scale.
 */

function analyse(grades: CellValue[], settings: Record<string, unknown> = {}) {
  const s = sheetOf('marks', { row: 0, col: 0 }, [
    ['計画期間', 'R1~R5'], // so the 実績値 after 「目標値 │ 目標年度」 is R5's (generic/paired-columns.ts)
    ['成果指標名', '基準値', '基準年度', '目標値', '目標年度', '実績値', '評価'],
    ['利用者数', 100, 'R1', 200, 'R5', 90, grades[0]], // below the baseline
    ['登録件数', 50, 'R1', 80, 'R5', 85, grades[1]], // the target reached
    ['満足度', 60, 'R1', 70, 'R5', 67, grades[2]], // 70% of the way
  ]);
  const a = analyzeWorkbook({ name: 'marks.xlsx', sheets: [s] }, { evaluationYear: 2023, ...settings });
  const sheet = a.sheets[0];
  return { preset: sheet.preset.id, findings: sheet.findings.filter((f) => f.rule.startsWith('grade-')).map((f) => [f.rule, f.cell, f.data.suggested ?? null]) };
}

test('○ △ (no ◎): the ○ reached / △ better than before / × not better scale; △ below the baseline is inconsistent', () => {
  expect(analyse(['△', '○', '△'])).toEqual({ preset: 'toshisaisei', findings: [['grade-inconsistent', 'G3', '×']] });
});

test('◎ ○ △: the four-mark scale with the default thresholds', () => {
  expect(analyse(['△', '◎', '△'])).toEqual({ preset: 'marks', findings: [['grade-inconsistent', 'G3', '×']] });
  expect(analyse(['×', '◎', '△']).findings).toEqual([]);
});

test('letters keep the preset in use; a letter among marks is not a mark sheet', () => {
  expect(analyse(['D', 'A', 'C'])).toEqual({ preset: 'default', findings: [] });
  expect(analyse(['△', 'A', '○']).preset).toBe('default');
  expect(analyse(['△', 'A', '○']).findings.filter(([r]) => r === 'grade-invalid').map(([, c]) => c)).toEqual(['G3', 'G5']);
});

test('〇 (U+3007, what an IME offers for まる) is the mark ○: the mark preset is chosen and the grade is only normalised', () => {
  const r = analyse(['△', '〇', '△']);
  expect(r.preset).toBe('toshisaisei');
  expect(r.findings).toEqual([['grade-inconsistent', 'G3', '×'], ['grade-normalized', 'G4', null]]);
});
