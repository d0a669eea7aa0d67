import { retargetOp } from '../../../src/core/plan/retarget';
import { isCandidateOf, ownedSheetName, sheetNameCandidate } from '../../../src/core/plan/sheet-names';
import type { ChartSpec, EditOp } from '../../../src/core/plan/types';

const chart: ChartSpec = {
  id: 'evalsheet:評価サマリー:grades',
  kind: 'grade-distribution',
  type: 'column',
  sheet: '評価サマリー',
  anchor: { cell: 'A10', widthPx: 560, heightPx: 300 },
  title: 't',
  categories: { labels: ['p'], ref: { sheet: '評価サマリー', range: 'A8' } },
  series: [
    { name: 'A', ref: { sheet: '評価サマリー', range: 'B8' }, values: [1], color: '000000', marker: false, dashed: false, line: false },
    { name: 'B', ref: { sheet: '9-2', range: 'C8' }, values: [1], color: '000000', marker: false, dashed: false, line: false },
  ],
  valueAxisTitle: null,
  targetIndex: null,
};
const renames = new Map([['評価サマリー', '評価サマリー (2)']]);

describe('retargetOp', () => {
  test("a chart's sheet and the ranges on the renamed sheet follow it; ranges on other sheets stay", () => {
    const out = retargetOp({ op: 'add-chart', chart }, renames) as Extract<EditOp, { op: 'add-chart' }>;
    expect(out.chart.sheet).toBe('評価サマリー (2)');
    expect(out.chart.categories.ref).toEqual({ sheet: '評価サマリー (2)', range: 'A8' });
    expect(out.chart.series.map((s) => s.ref)).toEqual([
      { sheet: '評価サマリー (2)', range: 'B8' },
      { sheet: '9-2', range: 'C8' },
    ]);
    expect(chart.sheet).toBe('評価サマリー'); // the plan itself is not changed
  });

  test('links in a generated sheet and chart removals follow; cell ops and unrelated ops are returned as they are', () => {
    const put: EditOp = { op: 'put-sheet', spec: { name: '目次', owner: 'evalsheet', headerRows: 0, rows: [[{ value: 'a', link: { sheet: '評価サマリー', cell: 'A1' } }, { value: 'b', link: { sheet: '9-2', cell: 'B2' } }]] } };
    const out = retargetOp(put, renames) as Extract<EditOp, { op: 'put-sheet' }>;
    expect(out.spec.rows[0].map((c) => c.link)).toEqual([
      { sheet: '評価サマリー (2)', cell: 'A1' },
      { sheet: '9-2', cell: 'B2' },
    ]);
    expect(retargetOp({ op: 'delete-owned-charts', sheet: '評価サマリー' }, renames)).toEqual({ op: 'delete-owned-charts', sheet: '評価サマリー (2)' });
    // A single chart removal on the renamed owned sheet follows it too; one on another sheet does not.
    expect(retargetOp({ op: 'delete-chart', sheet: '評価サマリー', id: 'c1' }, renames)).toEqual({ op: 'delete-chart', sheet: '評価サマリー (2)', id: 'c1' });
    const elsewhere: EditOp = { op: 'delete-chart', sheet: '9-2', id: 'c1' };
    expect(retargetOp(elsewhere, renames)).toBe(elsewhere);
    const untouched: EditOp[] = [
      { op: 'set-fill', sheet: '評価サマリー', cell: 'A1', color: 'FFFFFF' },
      { op: 'delete-owned-charts', sheet: null },
      { op: 'add-chart', chart: { ...chart, sheet: '9-2', categories: { ...chart.categories, ref: null }, series: [chart.series[1]] } },
    ];
    for (const op of untouched) expect(retargetOp(op, renames)).toBe(op);
    expect(retargetOp({ op: 'add-chart', chart }, new Map())).toEqual({ op: 'add-chart', chart });
  });
});

describe('owned sheet names', () => {
  test('「name」, then 「name (2)」 … past sheets a user has; Excel’s 31 characters and forbidden characters respected', () => {
    expect(ownedSheetName('評価サマリー', () => false)).toBe('評価サマリー');
    expect(ownedSheetName('評価サマリー', (n) => n === '評価サマリー' || n === '評価サマリー (2)')).toBe('評価サマリー (3)');
    expect(sheetNameCandidate('a/b:c', 1)).toBe('a_b_c');
    const long = 'x'.repeat(40);
    expect(sheetNameCandidate(long, 2)).toBe(`${'x'.repeat(27)} (2)`);
    expect(isCandidateOf('評価サマリー (2)', '評価サマリー')).toBe(true);
    expect(isCandidateOf('評価サマリー2', '評価サマリー')).toBe(false);
  });
});
