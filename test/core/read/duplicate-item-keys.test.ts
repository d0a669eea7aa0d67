import { readSheet } from '../../../src/core/read';
import { analyzeWorkbook } from '../../../src/core/analyze';
import { sheetOf } from './build';

/**
 * Two items with the same number or name on one sheet (a project listed once per KPI row, a table
 * that restarts its numbering): the second item's key gets its cell as a suffix, and the indicator
 * that item grades must follow it. It used to keep the first item's key, so the first item's
 * suggested grade rolled up the other item's indicator too (a false grade-inconsistent).
 */

const _ = null;
const s = sheetOf('事業', { row: 0, col: 0 }, [
  ['事務事業名', '指標名', '基準値', '目標値', '実績値', '評価'],
  [_, _, '(R1)', '(R7)', '(R5)', _],
  ['子育て支援事業', '相談件数', 100, 160, 140, 'A'],
  ['子育て支援事業', '講座の開催数', 10, 70, 12, 'D'],
]);

test('each row’s indicator belongs to its own item, whose key it carries', () => {
  const m = readSheet(s);
  expect(m.items.map((it) => [it.grade?.value, it.indicatorKeys])).toEqual([
    ['A', ['row:3']],
    ['D', ['row:4']],
  ]);
  expect(new Set(m.items.map((it) => it.key)).size).toBe(2);
  expect(m.indicators.map((i) => [i.key, m.items.findIndex((it) => it.key === i.itemKey)])).toEqual([
    ['row:3', 0],
    ['row:4', 1],
  ]);
});

test('each item is graded on its own indicator: A (100%) and D (5%) agree with their grades, no grade-inconsistent', () => {
  const a = analyzeWorkbook({ name: 'x.xlsx', sheets: [s] }, { evaluationYear: 2023 });
  expect(a.sheets[0].items.map((ia) => [ia.suggestedGrade, ia.basis])).toEqual([
    ['A', ['row:3']],
    ['D', ['row:4']],
  ]);
  expect(a.findings.filter((f) => f.rule === 'grade-inconsistent')).toEqual([]);
});
