import { fired, run, clean } from './support';
import { action, block, grade, legendAD, sheet, value, REIWA_1_TO_7 } from '../../support/model-builder';
import { ALL_RULES } from '../../../src/core/rules';
import { actionName, explanation, indicatorName, isCountUnit, isEmptyIndicator, isPercentUnit, storedValue, valueCells } from '../../../src/core/rules/helpers';

/**
 * Issue 13 (mutation testing, src/core/rules/helpers.ts and the rule catalogue): the shared
 * predicates every rule leans on, held through the findings they decide, and what each rule
 * declares for the pane's rule list.
 */

describe('the rule catalogue', () => {
  test('every rule says what it looks at, once per id', () => {
    expect(ALL_RULES.filter((r) => r.looksAt.trim() === '').map((r) => r.id)).toEqual([]);
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
  });
  test('exactly the five rules against last year’s workbook need it', () => {
    expect(ALL_RULES.filter((r) => r.needs === 'previous').map((r) => r.id).sort()).toEqual(['actual-revised', 'indicator-dropped', 'narrative-unchanged', 'previous-grade-mismatch', 'target-changed']);
  });
  test('each rule’s scope', () => {
    const scopes = Object.fromEntries(ALL_RULES.map((r) => [r.id, r.scope]));
    expect(scopes).toMatchObject({ 'eval-year-missing': 'sheet', 'overall-grade-missing': 'sheet', 'sheet-unrecognized': 'sheet', 'target-missing': 'indicator', 'grade-missing': 'item', 'schedule-empty': 'schedule', 'narrative-year-stale': 'item' });
  });
});

describe('names in messages', () => {
  test('an indicator: its number and its name with white space tidied; the cell when it has neither', () => {
    const ind = block({ id: '①', row: 35, name: ' 参加\n人数  (延べ) ', unit: '人', years: REIWA_1_TO_7, actual: [1], expected: [1, 2, 3, 4, 5, 6, 7] });
    expect(indicatorName(ind)).toBe('① 参加 人数 (延べ)');
    expect(indicatorName({ ...ind, id: '' })).toBe('参加 人数 (延べ)');
    expect(indicatorName({ ...ind, id: '', name: { cell: 'A36', text: '  ' } })).toBe('A35');
    expect(indicatorName({ ...ind, name: null })).toBe('①');
  });
  test('an action: its number before its name; the name alone without a number', () => {
    const a = action('19', 50, ' 協働事業評価\n制度の導入 ', [2021], [null]);
    expect(actionName(a)).toBe('19 協働事業評価 制度の導入');
    expect(actionName({ ...a, no: null })).toBe('協働事業評価 制度の導入');
    expect(actionName({ ...a, no: ' ' })).toBe('協働事業評価 制度の導入');
  });
});

describe('explanation: why a year has no value', () => {
  test('a no-data mark as written, else the note folded, else nothing', () => {
    const y = clean({ actual: [100, 'ー'], notes: [null, '未実施'] }).indicators[0].years[1];
    expect(explanation(y)).toBe('ー');
    const n = clean({ actual: [100, null], notes: [null, ' 未実施 '] }).indicators[0].years[1];
    expect(explanation(n)).toBe('未実施');
    const blank = clean({ actual: [100, null], notes: [null, '　'] }).indicators[0].years[1];
    expect(explanation(blank)).toBeNull();
    expect(explanation({ ...blank, note: null })).toBeNull();
  });
  test('a blank note (a full-width space) explains nothing: actual-missing, not actual-no-data', () => {
    const m = () => clean({ actual: [100, 110, null, 130, 140], notes: [null, null, '　'] });
    expect(fired('actual-missing', m())).toEqual([['actual-missing', 'F38']]);
    expect(fired('actual-no-data', m())).toEqual([]);
  });
});

describe('value cells and empty indicators', () => {
  test('the baseline that is also the first year’s actual is one cell, counted once', () => {
    const ind = clean().indicators[0];
    const cells = valueCells(ind).map((c) => `${c.role}:${c.value.cell}`);
    expect(cells.filter((c) => c.endsWith(':D38'))).toEqual(['baseline:D38']);
    expect(cells.filter((c) => c.endsWith(':J39'))).toEqual(['expected:J39']);
    expect(new Set(cells.map((c) => c.split(':')[1])).size).toBe(cells.length);
    expect(run('negative-count', clean({ actual: [-1, 110] })).map((f) => f.cell)).toEqual(['D38']);
  });
  test('a current value and a target outside the years are value cells too', () => {
    const ind = clean().indicators[0];
    ind.current = { year: 2023, label: 'R5', labelCell: 'L37', value: value('L38', -5) };
    ind.target = { year: 2025, label: 'R7', labelCell: 'M37', value: value('M38', -3) };
    const roles = valueCells(ind).filter((c) => ['L38', 'M38'].includes(c.value.cell)).map((c) => [c.role, c.year]);
    expect(roles).toEqual([['current', 2023], ['target', 2025]]);
  });
  test('no name and no values is empty (no finding at all); a name alone or a value alone is not', () => {
    const empty = block({ id: '③', row: 47, years: REIWA_1_TO_7, actual: [], expected: [] });
    expect(isEmptyIndicator(empty)).toBe(true);
    expect(isEmptyIndicator({ ...empty, name: { cell: 'A48', text: '　' } })).toBe(true);
    expect(isEmptyIndicator({ ...empty, name: { cell: 'A48', text: '登録数' } })).toBe(false);
    const valued = block({ id: '③', row: 47, years: REIWA_1_TO_7, actual: [5], expected: [] });
    expect(isEmptyIndicator(valued)).toBe(false);
    const m = sheet({ evaluationYear: { year: 2023, label: 'R5', cell: 'A3' }, indicators: [empty] });
    for (const id of ['baseline-missing', 'target-missing', 'indicator-name-missing', 'actual-missing'] as const) expect(fired(id, m)).toEqual([]);
  });
});

describe('units', () => {
  test('count units: the list, with 延べ / 延 before and /年 after', () => {
    for (const u of ['人', '件', '回', '団体', '箇所', 'か所', '校', '世帯', '施設', '万人', '延べ人', '延人', '件/年', '人／年', '回/年']) expect([u, isCountUnit(u)]).toEqual([u, true]);
    for (const u of ['%', '円', 'km', '点', '', null]) expect([u, isCountUnit(u)]).toEqual([u, false]);
  });
  test('a percent: a cell formatted as percent, a value written with %, or the indicator’s unit % / ％', () => {
    const ind = clean({ unit: '％' }).indicators[0];
    expect(isPercentUnit(ind, ind.years[0].actual!)).toBe(true);
    const plain = { ...ind, unitText: '人' };
    expect(isPercentUnit(plain, value('D38', 50))).toBe(false);
    expect(isPercentUnit(plain, value('D38', 0.5, '0%'))).toBe(true);
    expect(isPercentUnit(plain, value('D38', '50%'))).toBe(true);
    expect(isPercentUnit({ ...ind, unitText: '%/年' }, value('D38', 50))).toBe(false);
    expect(isPercentUnit({ ...ind, unitText: null }, value('D38', 50))).toBe(false);
  });
  test('the stored value of a percent-formatted cell is the fraction, exactly; other formats the number', () => {
    expect(storedValue('66.1', '0.0%')).toBe(0.661);
    expect(storedValue('66.1', '0.0')).toBe(66.1);
  });
});

describe('the valid grades: the legend, else the preset', () => {
  test('blank legend entries are ignored; a legend of blanks falls back to the preset’s scale', () => {
    const withBlank = { ...clean({ grade: 'B' }), legend: [...legendAD(), { grade: ' ', meaning: '', cell: 'B15' }] };
    expect(fired('grade-invalid', withBlank)).toEqual([]);
    const blanks = { ...clean({ grade: 'B' }), legend: [{ grade: '　', meaning: '', cell: 'B11' }] };
    expect(fired('grade-invalid', blanks)).toEqual([]);
    expect(run('grade-invalid', { ...blanks, items: [{ ...blanks.items[0], grade: grade('G26', 'S') }] }).map((f) => [f.data.scale, f.data.scaleSource])).toEqual([[['A', 'B', 'C', 'D'], 'preset']]);
  });
  test('a legend of its own (S–C) replaces the preset’s', () => {
    const sc = ['S', 'A', 'B', 'C'].map((g, i) => ({ grade: g, meaning: '', cell: `B${11 + i}` }));
    const m = { ...clean({ grade: 'S', overall: 'S' }), legend: sc };
    expect(fired('grade-invalid', m)).toEqual([]);
    expect(fired('grade-invalid', { ...m, items: [{ ...m.items[0], grade: grade('G26', 'D') }] })).toEqual([['grade-invalid', 'G26']]);
  });
  test('a grade cell shared by the overall grade and an item is checked once', () => {
    const m = clean({ grade: 'S', overall: 'S' });
    m.overallGrade = { ...m.items[0].grade! };
    expect(fired('grade-invalid', m)).toEqual([['grade-invalid', 'G26']]);
    expect(run('grade-invalid', m).map((f) => f.data.item)).toEqual(['総合評価']);
  });
});
