import { analyzeWorkbook } from '../../../src/core/analyze';
import { ADVICE, renderAdvice, renderFix } from '../../../src/core/findings/advice';
import { RULE_IDS } from '../../../src/core/findings/types';
import { seedSnapshot } from '../../support/seed-tsv';

describe('「対応」: what to do, for every rule', () => {
  test.each(RULE_IDS.map((r) => [r]))('%s has advice in Japanese (a sentence ending in 。) and English', (rule) => {
    expect(ADVICE[rule]).toBeDefined();
    const a = renderAdvice(rule, { scale: ['A', 'B'], scaleSource: 'preset' })!;
    expect(a.ja).toMatch(/。$/);
    expect(a.ja).not.toMatch(/[()]/);
    expect(a.en.length).toBeGreaterThan(5);
  });

  test('a fix reads as the cell shows it: 「E45 に 49.1 を記入」, 52 at one decimal is 52.0', () => {
    expect(renderFix({ fix: { cell: 'E45', value: 49.1 }, data: { precision: 1 } })).toEqual({ ja: 'E45 に 49.1 を記入', en: 'Write 49.1 in E45' });
    expect(renderFix({ fix: { cell: 'F39', value: 52 }, data: { precision: 1 } })?.ja).toBe('F39 に 52.0 を記入');
    expect(renderFix({ fix: null, data: {} })).toBeNull();
  });
});

describe('grade-invalid says where the scale comes from and which preset fits', () => {
  test('Nasushiobara graded A–E under the default preset: the scale is the preset\'s, and A–E is suggested', () => {
    const a = analyzeWorkbook({ name: 'n.xlsx', sheets: [seedSnapshot('nasushiobara', 'P3')] }, { preset: 'default' });
    const f = a.findings.find((x) => x.rule === 'grade-invalid' && x.data.grade === 'E')!;
    expect(f).toBeDefined();
    expect(f.data.scaleSource).toBe('preset');
    expect(f.message.ja).toContain('評価基準「標準');
    expect(f.message.ja).not.toContain('このシートの評価区分');
    expect(renderAdvice(f.rule, f.data)!.ja).toBe('「設定」で評価基準を「A–E（E は評価不能）」に変えてください。');
  });

  test('under the a-e preset the same sheet raises no grade-invalid', () => {
    const a = analyzeWorkbook({ name: 'n.xlsx', sheets: [seedSnapshot('nasushiobara', 'P3')] }, { preset: 'a-e' });
    expect(a.findings.filter((x) => x.rule === 'grade-invalid')).toEqual([]);
  });
});

describe('no negative progress percentages for people', () => {
  test('Kitakami item 1: below the baseline in words, never 「進捗 -521.1%」', () => {
    const a = analyzeWorkbook({ name: 'k.xlsx', sheets: [seedSnapshot('kitakami', '9-2')] });
    const f = a.findings.find((x) => x.rule === 'grade-inconsistent' && x.cell === 'G26')!;
    expect(f.message.ja).toContain('基準値を下回っています（実績 38.7、基準値 48.6）');
    expect(f.message.ja).not.toMatch(/進捗 -/);
    expect(f.message.en).not.toMatch(/progress -/);
  });
});

test('every rule has a Japanese and an English name (the filter shows names, not ids)', () => {
  const { RULE_NAMES } = jest.requireActual('../../../src/core/findings/advice');
  for (const r of RULE_IDS) {
    expect(RULE_NAMES[r]?.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(RULE_NAMES[r]?.en).toBeTruthy();
  }
});
