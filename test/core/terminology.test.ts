import { ADVICE, LAYOUT_NAMES, nothingToWorkOn, RULE_NAMES } from '../../src/core/findings/advice';
import { MESSAGES } from '../../src/core/findings/messages';
import { RULE_IDS } from '../../src/core/findings/types';
import { PRESETS } from '../../src/core/grading/presets';
import { ja } from '../../src/taskpane/i18n/ja';
import { planAnnotate } from '../../src/core/plan';
import { columns } from '../../src/core/summary/columns';

/** docs/terminology.md, enforced: one word per concept and Japanese punctuation in ja.ts and the catalogue. */

const BANNED: [RegExp, string][] = [
  [/点検/, 'チェック'],
  [/\u95be\u5024/, 'しきい値'], // 閾値, escaped so a search-and-replace of the word cannot empty the rule
  [/フラグ/, '印'],
  [/マーク/, '印'],
  [/サマリーシート/, '評価サマリー'],
  [/推奨評価/, '指標からみた評価（参考）'],
  [/対処/, '対応'],
];

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Every message and 対応 of the catalogue, rendered with data that brings in no text of a sheet. */
function catalogue(): [string, string][] {
  const data = {
    indicator: '指標名', item: '1', grade: 'E', grades: ['A'], itemGrades: ['B', 'B'], scale: ['A', 'B', 'C', 'D'], fields: ['分析'],
    year: 2023, previousYear: 2022, evaluationYear: 2023, text: '値', label: 'R5', action: '取組', status: '実施', qualifier: '見込み', reason: '未実施',
    value: 1, actual: 1, expected: 2, baseline: 0, target: 3, previous: 2, change: 0.5, written: 2, precision: 1, unit: '人', mean: 3, rolledUp: 'B', ref: '⑤', levels: 2,
    basis: [{ indicator: '①', year: 2023, actual: 38.7, expected: 50.5, baseline: 48.6, progress: -5.2, suggested: 'D' }],
    scaleSource: 'preset', presetName: PRESETS[0].name, suggestedPreset: { id: 'a-e', name: PRESETS.find((p) => p.id === 'a-e')!.name },
  };
  const out: [string, string][] = [];
  for (const r of RULE_IDS) {
    out.push([`MESSAGES.${r}`, MESSAGES[r](data).ja]);
    const a = ADVICE[r]?.(data);
    if (a) out.push([`ADVICE.${r}`, a.ja]);
    if (RULE_NAMES[r]) out.push([`RULE_NAMES.${r}`, RULE_NAMES[r]!.ja]);
  }
  for (const [k, v] of Object.entries(LAYOUT_NAMES)) out.push([`LAYOUT_NAMES.${k}`, v.ja]);
  for (const p of PRESETS) out.push([`PRESETS.${p.id}`, p.name.ja]);
  out.push(['nothingToWorkOn', nothingToWorkOn({ sheets: [{ model: { sheet: 'メモ', kind: 'unrecognized' } }] })!.ja]);
  return out;
}

const strings: [string, string][] = [...Object.entries(ja).map(([k, v]) => [`ja.${k}`, v] as [string, string]), ...catalogue()];

test.each(BANNED)('no %s anywhere (use %s)', (re) => {
  expect(strings.filter(([, v]) => re.test(v)).map(([k]) => k)).toEqual([]);
});

test('full-width brackets in Japanese text', () => {
  expect(strings.filter(([, v]) => JAPANESE.test(v) && /[()]/.test(v)).map(([k, v]) => `${k}: ${v}`)).toEqual([]);
});

test('every message and 対応 is a sentence ending in 。', () => {
  const sentences = catalogue().filter(([k]) => k.startsWith('MESSAGES.') || k.startsWith('ADVICE.') || k === 'nothingToWorkOn');
  expect(sentences.filter(([, v]) => !v.endsWith('。')).map(([k, v]) => `${k}: ${v}`)).toEqual([]);
});

test('the scan would catch a banned word and a half-width bracket', () => {
  expect(BANNED.some(([re]) => re.test('評価の\u95be\u5024'))).toBe(true);
  expect(JAPANESE.test('評価 (A)') && /[()]/.test('評価 (A)')).toBe(true);
});

describe('the sheets Evalsheet writes use the same words', () => {
  const findingsHeaders = (() => {
    const plan = planAnnotate({ name: 'w.xlsx', settings: {} as never, sheets: [], findings: [] });
    const put = plan.ops.find((o) => o.op === 'put-sheet');
    return put && put.op === 'put-sheet' ? put.spec.rows[0].map((c) => String(c.value)) : [];
  })();
  const summaryHeaders = columns([], true).map((c) => c.ja.replace(/\n/g, ''));
  const out: [string, string][] = [...findingsHeaders.map((h) => [`findings:${h}`, h] as [string, string]), ...summaryHeaders.map((h) => [`summary:${h}`, h] as [string, string])];

  test.each([...BANNED, [/重大/, 'エラー・警告・情報'] as [RegExp, string]])('no %s in the findings sheet or the summary headers (use %s)', (re) => {
    expect(out.filter(([, v]) => re.test(v)).map(([k]) => k)).toEqual([]);
  });

  test('the summary says 指標からみた評価（参考）; the findings sheet names severity, 対応 and 修正 as the list does', () => {
    expect(summaryHeaders).toContain('指標からみた評価（参考）');
    expect(findingsHeaders).toEqual(expect.arrayContaining(['対応', '修正']));
    expect(out.filter(([, v]) => JAPANESE.test(v) && /[()]/.test(v)).map(([k]) => k)).toEqual([]);
  });
});
