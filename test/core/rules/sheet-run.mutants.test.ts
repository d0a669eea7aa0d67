import { fired, run, clean } from './support';
import { action, block, sheet, REIWA_1_TO_7 } from '../../support/model-builder';
import { ALL_RULES, runRules, type Rule, type SheetContext } from '../../../src/core/rules';
import { SCHEDULE_STATUSES, isScheduleStatus } from '../../../src/core/rules/schedule-status-invalid';
import { getPreset, PRESETS } from '../../../src/core/grading/presets';
import { resolveSettings } from '../../../src/core/settings';
import type { EvaluationSheet } from '../../../src/core/model/types';

/**
 * Issue 13 (mutation testing, src/core/rules): the rule runner, the schedule rules, the sheet-level
 * rules (sheet-unrecognized, year-header-invalid) and what the messages name.
 */

function ctxOf(model: EvaluationSheet, o: Partial<SheetContext> = {}): SheetContext {
  return { model, settings: resolveSettings({}, PRESETS).settings, preset: getPreset('default')!, evaluationYear: null, indicators: [], items: [], rolledUpGrade: null, rollUpMean: null, previous: null, ...o };
}

const rule = (id: string, check: Rule['check'], extra: Partial<Rule> = {}): Rule => ({ id: id as Rule['id'], severity: 'warning', scope: 'sheet', looksAt: 'test', check, ...extra });

describe('runRules', () => {
  test('a rule that throws loses its own findings, is reported with its message, and the next rule still runs', () => {
    const thrower = rule('overall-grade-missing', function* () {
      yield { cell: 'A1', data: {} };
      throw new Error('boom');
    });
    const fine = rule('schedule-empty', function* () {
      yield { cell: 'B2', data: { action: 'x', no: '1', name: 'x' } };
    });
    const r = runRules([thrower, fine], ctxOf(sheet({ sheet: 'S1' })));
    expect(r.findings.map((f) => [f.rule, f.cell, f.sheet])).toEqual([['schedule-empty', 'B2', 'S1']]);
    expect(r.failures).toEqual([{ rule: 'overall-grade-missing', sheet: 'S1', message: 'boom' }]);
  });
  test('a thrown non-Error is reported as text', () => {
    const r = runRules([rule('overall-grade-missing', function* () { throw 'plain'; })], ctxOf(sheet({ sheet: 'S1' })));
    expect(r.failures.map((f) => f.message)).toEqual(['plain']);
  });
  test('a finding takes the draft’s own severity, else the rule’s; its fix, else null; its message from the catalogue', () => {
    const r = runRules(
      [
        rule('overall-grade-missing', function* () {
          yield { cell: 'A1', data: {}, severity: 'info', fix: { cell: 'A1', value: 'B' } };
          yield { cell: 'A2', data: {} };
        }, { severity: 'error' }),
      ],
      ctxOf(sheet({ sheet: 'S1' })),
    );
    expect(r.findings.map((f) => [f.cell, f.severity, f.fix])).toEqual([['A1', 'info', { cell: 'A1', value: 'B' }], ['A2', 'error', null]]);
    expect(r.findings[0].message.ja).toMatch(/総合評価/);
    expect(r.findings[0].data).toEqual({});
  });
  test('a rule that needs last year’s workbook does not run without one, and runs with one', () => {
    let ran = 0;
    const prev = rule('actual-revised', function* () {
      ran++;
    }, { needs: 'previous' });
    runRules([prev], ctxOf(sheet({})));
    expect(ran).toBe(0);
    runRules([prev], ctxOf(sheet({}), { previous: { indicators: [], items: [], unmatchedIndicators: [] } as never }));
    expect(ran).toBe(1);
  });
  test('eval-year-missing alone says nothing on an unrecognized sheet, even with actuals and no year', () => {
    const m = { ...clean(), evaluationYear: null, kind: 'unrecognized' as const };
    const r = runRules(ALL_RULES.filter((x) => x.id === 'eval-year-missing'), ctxOf(m, { indicators: [] }));
    expect(r.findings).toEqual([]);
    const e = runRules(ALL_RULES.filter((x) => x.id === 'eval-year-missing'), ctxOf({ ...m, kind: 'evaluation' }, { indicators: [] }));
    expect(e.findings.map((f) => f.cell)).toEqual(['B16']);
  });
});

describe('schedule-status-invalid / schedule-empty', () => {
  const years = [2021, 2022, 2023];
  // Written out here, not taken from SCHEDULE_STATUSES, so a status dropped from the list fails.
  const STATUSES = ['実施', '検討', '継続', '拡充', '新規', '→', '完了', '中止', '準備', '調査', '見直し', '廃止', '一部実施', '充実', '拡大', '縮小', '終了', '⇒'];
  test('every status schedules use is a status (each one alone in a cell)', () => {
    for (const s of STATUSES) expect([s, isScheduleStatus(s)]).toEqual([s, true]);
    const m = sheet({ schedule: STATUSES.map((s, i) => action(String(i + 1), 50 + i, '取組', years, [s, null, null])) });
    expect(fired('schedule-status-invalid', m)).toEqual([]);
    expect(SCHEDULE_STATUSES).toEqual(expect.arrayContaining(STATUSES));
  });
  test('the list holds the statuses RULES.md names', () => {
    for (const s of ['実施', '検討', '継続', '拡充', '新規', '→', '完了', '中止']) expect(SCHEDULE_STATUSES).toContain(s);
  });
  test('a status not on the list: warning quoting the action, the year and the status', () => {
    const f = run('schedule-status-invalid', sheet({ schedule: [action('7', 50, '自治会活動を支援する', years, ['実施', '未定', null])] }));
    expect(f.map((x) => [x.cell, x.severity, x.data])).toEqual([['D50', 'warning', { action: '7 自治会活動を支援する', no: '7', name: '自治会活動を支援する', year: 2022, status: '未定' }]]);
  });
  test('arrows of any length are statuses; a blank or a full-width space is no status', () => {
    expect(isScheduleStatus('→→→')).toBe(true);
    expect(isScheduleStatus('⇒ ⇒')).toBe(true);
    expect(isScheduleStatus('○')).toBe(false);
    expect(fired('schedule-status-invalid', sheet({ schedule: [action('1', 50, '取組', years, ['　', null, '実施'])] }))).toEqual([]);
  });
  test('schedule-empty: no status in any year (blanks, a full-width space) fires at the action; one status does not', () => {
    const f = run('schedule-empty', sheet({ schedule: [action('3', 50, ' 地域 通貨の 検討 ', years, [null, '　', null])] }));
    expect(f.map((x) => [x.cell, x.severity, x.data])).toEqual([['A50', 'warning', { action: '3 地域 通貨の 検討', no: '3', name: ' 地域 通貨の 検討 ' }]]);
    expect(fired('schedule-empty', sheet({ schedule: [action('3', 50, '取組', years, [null, '実施', null])] }))).toEqual([]);
  });
  test('schedule-empty: an action with no year columns at all is not empty', () => {
    expect(fired('schedule-empty', sheet({ schedule: [action('3', 50, '取組', [], [])] }))).toEqual([]);
  });
  test('an action without a number or name is named by its cell', () => {
    const a = action('3', 50, '  ', years, [null, null, null]);
    a.no = null;
    expect(run('schedule-empty', sheet({ schedule: [a] })).map((x) => x.data.action)).toEqual(['A50']);
  });
});

describe('sheet-unrecognized / year-header-invalid', () => {
  const unread = { cell: 'C3', labels: [{ cell: 'B4', text: '目標' }, { cell: 'B5', text: '実績' }], missing: 'name' as const };
  test('an unrecognized sheet with evidence: warning at its cell with the labels, their cells and what is missing', () => {
    const f = run('sheet-unrecognized', sheet({ kind: 'unrecognized', unread }));
    expect(f.map((x) => [x.cell, x.severity, x.data])).toEqual([['C3', 'warning', { labels: ['目標', '実績'], labelCells: ['B4', 'B5'], missing: 'name' }]]);
  });
  test('no evidence, or a sheet that was read: nothing', () => {
    expect(fired('sheet-unrecognized', sheet({ kind: 'unrecognized', unread: null }))).toEqual([]);
    expect(fired('sheet-unrecognized', sheet({ kind: 'evaluation', unread }))).toEqual([]);
  });
  test('a bad year header: error quoting the label; the same cell on the sheet and the indicator once', () => {
    const ind = block({ id: '①', row: 35, name: '参加人数', unit: '人', years: REIWA_1_TO_7, actual: [1, 2], expected: [1, 2, 3, 4, 5, 6, 7] });
    ind.badYearHeaders = [{ cell: 'E37', text: 'R２年' }, { cell: 'F37', text: '来年' }];
    const m = sheet({ indicators: [ind], badYearHeaders: [{ cell: 'E37', text: 'R２年' }] });
    const f = run('year-header-invalid', m);
    expect(f.map((x) => [x.cell, x.severity, x.data])).toEqual([['E37', 'error', { label: 'R２年' }], ['F37', 'error', { label: '来年' }]]);
  });
  test('the rule itself reports a cell once when the sheet and the indicator both hold it', () => {
    const ind = block({ id: '①', row: 35, name: '参加人数', unit: '人', years: REIWA_1_TO_7, actual: [1, 2], expected: [1, 2, 3, 4, 5, 6, 7] });
    ind.badYearHeaders = [{ cell: 'E37', text: 'R２年' }];
    const m = sheet({ indicators: [ind], badYearHeaders: [{ cell: 'E37', text: 'R２年' }] });
    const r = runRules(ALL_RULES.filter((x) => x.id === 'year-header-invalid'), ctxOf(m));
    expect(r.findings.map((f) => f.cell)).toEqual(['E37']);
  });
  test('an empty indicator block’s bad headers still count (the header is the sheet’s)', () => {
    const empty = block({ id: '③', row: 47, years: REIWA_1_TO_7, actual: [], expected: [] });
    empty.badYearHeaders = [{ cell: 'D49', text: '??' }];
    expect(fired('year-header-invalid', sheet({ indicators: [empty] }))).toEqual([['year-header-invalid', 'D49']]);
  });
});
