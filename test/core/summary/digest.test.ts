import { analyzeWorkbook } from '../../../src/core/analyze';
import type { WorkbookAnalysis } from '../../../src/core/analyze/types';
import { digestSubmission, planSubmissions, type Submission } from '../../../src/core/summary';
import { sheetOf } from '../read/build';
import { seedSnapshot, type SeedName } from '../../support/seed-tsv';

/**
 * summary keeps a digest per file (its rows and a slim analysis), not the analysis: the plan over
 * digests must be the plan over the full analyses, cell for cell, for every seed layout, a memo
 * and an unreadable file.
 */
const SEEDS: [SeedName, string][] = [
  ['kitakami', '9-2'],
  ['ichinoseki', '1-1'],
  ['niigata', '様式'],
  ['shinjo', '表'],
  ['nasushiobara', 'P3'],
];

describe('summary digests', () => {
  const analyses: [string, WorkbookAnalysis][] = SEEDS.map(([seed, name]) => [`in/${seed}.xlsx`, analyzeWorkbook({ name: `${seed}.xlsx`, sheets: [seedSnapshot(seed, name)] })]);
  analyses.push(['in/memo.xlsx', analyzeWorkbook({ name: 'memo.xlsx', sheets: [sheetOf('メモ', { row: 0, col: 0 }, [['メモ'], ['締切', '令和6年5月31日']])] })]);
  const modified = new Date(2025, 5, 1, 9, 30);
  const broken: Submission = { file: 'in/broken.xlsx', modified: null, analysis: null, error: { ja: '壊れています。', en: 'damaged' } };
  const full: Submission[] = [...analyses.map(([file, analysis]) => ({ file, modified, analysis })), broken];
  const digested: Submission[] = [...analyses.map(([file, analysis]) => ({ file, modified, ...digestSubmission(file, analysis) })), broken];
  const at = { generatedAt: new Date(2025, 5, 2, 8, 0) };

  test('the plan over digests equals the plan over full analyses', () => {
    const plan = planSubmissions(full, at);
    // The seeds give rows (else the equality would say little).
    expect(digested.reduce((n, s) => n + (s.rows?.length ?? 0), 0)).toBeGreaterThan(20);
    expect(planSubmissions(digested, at)).toEqual(plan);
  });

  test('a digest is smaller than the analysis it keeps (the indicators\' years are gone)', () => {
    for (const [file, analysis] of analyses.slice(0, 5)) {
      const d = digestSubmission(file, analysis);
      expect(JSON.stringify(d).length).toBeLessThan(JSON.stringify(analysis).length * 0.7);
      expect(d.analysis.sheets.every((s) => s.indicators.every((ia) => ia.indicator.years.length === 0))).toBe(true);
    }
  });
});
