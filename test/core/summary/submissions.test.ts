import { analyzeWorkbook } from '../../../src/core/analyze';
import type { WorkbookAnalysis } from '../../../src/core/analyze/types';
import type { CellSpec, ChartSpec, EditPlan, SheetSpec } from '../../../src/core/plan/types';
import { planSubmissions, ROLLUP_SHEET, STATUS_SHEET, SUMMARY_SHEET, type Submission } from '../../../src/core/summary';
import { rollupNodes, rollupSheet } from '../../../src/core/summary/rollup';
import { statusRows } from '../../../src/core/summary/status';
import type { CellValue } from '../../../src/core/snapshot/types';
import { sheetOf } from '../read/build';
import { seedSnapshot, type SeedName } from '../../support/seed-tsv';

const analysed = (seed: SeedName, name: string = seed): WorkbookAnalysis => analyzeWorkbook({ name: `${seed}.xlsx`, sheets: [seedSnapshot(seed, name)] });
const sub = (file: string, analysis: WorkbookAnalysis | null, extra: Partial<Submission> = {}): Submission => ({ file, modified: new Date(2025, 5, 1, 9, 30), analysis, ...extra });
const values = (row: CellSpec[]) => row.map((c) => c.value);
function sheet(plan: EditPlan, name: string): SheetSpec {
  const op = plan.ops.find((o) => o.op === 'put-sheet' && o.spec.name === name);
  if (!op || op.op !== 'put-sheet') throw new Error(`no ${name}`);
  return op.spec;
}
function chart(plan: EditPlan, sheetName: string): ChartSpec | null {
  const op = plan.ops.find((o) => o.op === 'add-chart' && o.chart.sheet === sheetName);
  return op && op.op === 'add-chart' ? op.chart : null;
}

/** A sheet that looks like an evaluation sheet but that no reader reads (sheet-unrecognized), beside a memo. */
const unreadBook = (): WorkbookAnalysis => {
  const _ = null;
  const rows: CellValue[][] = [['令和5年度 評価調書'], [], [_, '区分', 'R2', 'R3', 'R4', 'R5'], [_, '目標', 120, 130, 140, 150], [_, '実績', 118, 133, 129, 151]];
  return analyzeWorkbook({ name: 'u.xlsx', sheets: [sheetOf('調書', { row: 0, col: 0 }, rows), sheetOf('メモ', { row: 0, col: 0 }, [['メモ'], ['締切', '令和6年5月31日']])] });
};

describe('提出状況', () => {
  const kitakami = analysed('kitakami', '9-2');
  const nasu = analysed('nasushiobara', 'P3');
  const memo = analyzeWorkbook({ name: 'memo.xlsx', sheets: [sheetOf('メモ', { row: 0, col: 0 }, [['メモ'], ['締切', '令和6年5月31日']])] });
  const subs = [
    sub('in/a-kitakami.xlsx', kitakami),
    sub('in/b-nasushiobara.xlsx', nasu),
    sub('in/c-broken.xlsx', null, { error: { ja: '「c-broken.xlsx」は壊れていて読めません。', en: 'damaged' }, modified: null }),
    sub('in/d-memo.xlsx', memo),
    sub('in/e-unread.xlsx', unreadBook()),
  ];

  test('one row per file and sheet, what needs attention first: 読めません, 要修正 (most errors first), 提出可', () => {
    const rows = statusRows(subs);
    expect(rows.map((r) => [r.file, r.sheet, r.state])).toEqual([
      ['in/c-broken.xlsx', '', 'unreadable'],
      ['in/d-memo.xlsx', '', 'unreadable'],
      ['in/e-unread.xlsx', '調書', 'unreadable'],
      ['in/b-nasushiobara.xlsx', 'P3', nasu.findings.some((f) => f.severity === 'error') ? 'fix' : 'ok'],
      ['in/a-kitakami.xlsx', '9-2', kitakami.findings.some((f) => f.severity === 'error') ? 'fix' : 'ok'],
    ]);
    // The counts are the engine's own findings of each sheet.
    const nasuRow = rows.find((r) => r.sheet === 'P3')!;
    expect([nasuRow.errors, nasuRow.warnings]).toEqual([nasu.findings.filter((f) => f.severity === 'error').length, nasu.findings.filter((f) => f.severity === 'warning').length]);
    expect(nasuRow.department).toContain('市民協働推進課');
    expect(nasuRow.policy).toBe('プロセス3 夢を描く(集う)');
    // Each 読めません row says why and what to do.
    expect(rows[0].note?.ja).toBe('「c-broken.xlsx」は壊れていて読めません。');
    expect(rows[1].note?.ja).toContain('評価シートが見つからない');
    expect(rows[2].note?.ja).toContain('読み取れませんでした');
    expect(rows[2].read).toBe(false);
  });

  test('the sheet: counts at the top as numbers, one row per status row, dates as the caller gave them, states coloured', () => {
    const plan = planSubmissions(subs, { generatedAt: new Date(2025, 5, 2, 8, 0) });
    const spec = sheet(plan, STATUS_SHEET);
    expect(spec.owner).toBe('evalsheet');
    expect(String(spec.rows[0][0].value)).toMatch(/^提出状況.*作成 \/ Made: 2025-06-02 08:00$/);
    const rows = statusRows(subs);
    const n = (s: string) => rows.filter((r) => r.state === s).length;
    expect(values(spec.rows[1])).toEqual(['ファイル\nFiles', '読めません\nUnreadable', '要修正\nTo correct', '提出可\nReady', '読み取れないシート\nSheets not read']);
    expect(values(spec.rows[2])).toEqual([5, 3, n('fix'), n('ok'), 1]);
    expect(values(spec.rows[3]).map((v) => String(v).split('\n')[0])).toEqual(['担当部署', '基本方針 / 基本施策', 'ファイル', 'シート', '読み取り', 'エラー', '警告', '状態', '更新日時', '対応']);
    expect(spec).toMatchObject({ headerRows: 4, freezeRows: 4 });
    expect(spec.rows).toHaveLength(4 + rows.length);
    expect(values(spec.rows[4])).toEqual(['', '', 'c-broken.xlsx', null, '読み取れません', null, null, '読めません', null, '「c-broken.xlsx」は壊れていて読めません。']);
    const last = spec.rows[spec.rows.length - 1];
    expect(values(last).slice(2, 5)).toEqual(['a-kitakami.xlsx', '9-2', '読み取り済み']);
    expect(last[8].value).toBe('2025-06-01 09:30');
    expect(last[2].fileLink).toEqual({ file: 'in/a-kitakami.xlsx', sheet: '9-2', cell: 'A1' });
    expect(spec.conditionalFills?.map((f) => f.equals)).toEqual(['読めません', '要修正', '提出可']);
    expect(spec.conditionalFills?.[0].range).toBe(`H5:H${4 + rows.length}`);
  });
});

describe('集計', () => {
  test('Kitakami: each level with its items, grades, mean points, the overall grade from the items against the written one, indicators on track / behind', () => {
    const a = analysed('kitakami', '9-2');
    const { grades, nodes } = rollupNodes([{ file: 'k.xlsx', sheets: a.sheets }]);
    expect(grades).toEqual(['A', 'B', 'C', 'D']);
    const items = a.sheets[0].items;
    const written = a.sheets[0].model.overallGrade?.value ?? null;
    expect(nodes.map((n) => [n.level, n.path[n.path.length - 1], n.items, n.gradeCounts, n.writtenGrade])).toEqual([
      [1, '9.誰もが主体的に参画する市民協働の深化', items.length, grades.map((g) => items.filter((i) => i.item.grade?.value === g).length), null],
      [2, '9-2.まちづくりで広がる市民協働の深化', items.length, grades.map((g) => items.filter((i) => i.item.grade?.value === g).length), written],
    ]);
    // Three items graded B: mean 3 points, B; ① reached its expected value (96 ≥ 61), ② did not (38.7 < 50.5).
    expect(nodes[1]).toMatchObject({ meanPoints: 3, itemsGrade: 'B', onTrack: 1, behind: 1, leaf: true });
    expect(nodes[1].itemsGrade).toBe(a.sheets[0].rolledUpGrade);
  });

  test('an overall grade written apart from what the items give is 相違, and coloured', () => {
    const a = analysed('kitakami', '9-2');
    const og = a.sheets[0].model.overallGrade;
    a.sheets[0].model.overallGrade = { cell: og?.cell ?? 'A1', raw: 'D', value: 'D', previous: null, normalized: false };
    const { spec } = rollupSheet([{ file: null, sheets: a.sheets }]);
    const row = spec.rows[4];
    expect(values(row)).toEqual([2, '　9-2.まちづくりで広がる市民協働の深化', 1, 3, 0, 3, 0, 0, 3, 'B', 'D', '相違', 1, 1]);
    expect(spec.conditionalFills?.some((f) => f.equals === '相違' && f.range === 'L4:L5')).toBe(true);
  });

  test('Nasushiobara: the item headings are a level below the sheet; each parent adds up its children', () => {
    const a = analysed('nasushiobara', 'P3');
    const { grades, nodes } = rollupNodes([{ file: null, sheets: a.sheets }]);
    expect(grades).toEqual(['A', 'B', 'C', 'D', 'E']);
    const [top, ...children] = nodes;
    expect(top.level).toBe(1);
    expect(children.map((c) => c.level)).toEqual([2, 2, 2]);
    expect(top.items).toBe(a.sheets[0].items.length);
    expect(children.reduce((s, c) => s + c.items, 0)).toBe(top.items);
    grades.forEach((_, g) => expect(children.reduce((s, c) => s + c.gradeCounts[g], 0)).toBe(top.gradeCounts[g]));
    expect(children.reduce((s, c) => s + c.onTrack + c.behind, 0)).toBe(top.onTrack + top.behind);
    // (2)相互交流のネットワーク化: A A C C and E (評価不能, not counted in the mean): (4+4+2+2)/4 = 3 → B.
    const two = children.find((c) => c.path[1].startsWith('(2)'))!;
    expect(two.gradeCounts).toEqual([2, 0, 2, 0, 1]);
    expect([two.meanPoints, two.itemsGrade]).toEqual([3, 'B']);
  });

  test('the grade chart: one series per deepest level with items, bound to its grade cells', () => {
    const a = analysed('nasushiobara', 'P3');
    const { spec, chart: c, nodes } = rollupSheet([{ file: null, sheets: a.sheets }]);
    expect(c).not.toBeNull();
    expect(c!.categories).toEqual({ labels: ['A', 'B', 'C', 'D', 'E'], ref: { sheet: ROLLUP_SHEET, range: 'E3:I3' } });
    expect(c!.series.map((s) => s.name)).toEqual(['プロセス3 (1)', 'プロセス3 (2)', 'プロセス3 (3)']);
    c!.series.forEach((s, i) => {
      expect(s.ref).toEqual({ sheet: ROLLUP_SHEET, range: `E${5 + i}:I${5 + i}` });
      expect(s.values).toEqual(nodes[1 + i].gradeCounts);
      expect(values(spec.rows[4 + i]).slice(4, 9)).toEqual(s.values);
    });
  });
});

describe('planSubmissions', () => {
  test('the three sheets in one plan: 提出状況, 評価サマリー, 集計 and its chart; an unreadable file is only in 提出状況', () => {
    const plan = planSubmissions([sub('a.xlsx', analysed('kitakami', '9-2')), sub('b.xlsx', null, { error: { ja: '読めません。', en: 'x' } })]);
    expect(plan.ops.map((o) => (o.op === 'put-sheet' ? o.spec.name : o.op === 'add-chart' ? `chart:${o.chart.sheet}` : o.op))).toEqual([STATUS_SHEET, SUMMARY_SHEET, `chart:${SUMMARY_SHEET}`, ROLLUP_SHEET, `chart:${ROLLUP_SHEET}`]);
    expect(plan.title.ja).toMatch(/^提出状況・評価サマリー・集計を作成（2 ファイル：提出可 \d、要修正 \d、読めません 1）$/);
    expect(String(sheet(plan, SUMMARY_SHEET).rows[1][0].value)).toMatch(/^対象：a\.xlsx（9-2）　/);
    expect(chart(plan, ROLLUP_SHEET)?.series).toHaveLength(1);
  });

  test("a submission holding Evalsheet's own sheets (an earlier summary) is not counted from them", () => {
    const k = analysed('kitakami', '9-2');
    const copy = analyzeWorkbook({ name: 'k.xlsx', sheets: [seedSnapshot('kitakami', '9-2'), seedSnapshot('kitakami', STATUS_SHEET), seedSnapshot('kitakami', ROLLUP_SHEET)] });
    const rows = statusRows([sub('k.xlsx', copy)]);
    expect(rows.map((r) => r.sheet)).toEqual(['9-2']);
    expect(rollupNodes([{ file: 'k.xlsx', sheets: copy.sheets }]).nodes).toEqual(rollupNodes([{ file: 'k.xlsx', sheets: k.sheets }]).nodes);
    expect(planSubmissions([sub('k.xlsx', copy)]).ops.filter((o) => o.op === 'delete-owned-charts').map((o) => o.op === 'delete-owned-charts' && o.sheet)).toEqual([ROLLUP_SHEET]);
  });
});
