import { PRESET_IDS, getPreset, withOverrides } from '../grading/presets';
import { rollUp } from '../grading/rollup';
import type { Finding } from '../findings/types';
import type { EvaluationSheet } from '../model/types';
import { ALL_RULES } from '../rules';
import { gradeInForce } from '../rules/helpers';
import { runRules } from '../rules/run';
import type { Rule, SheetContext } from '../rules/types';
import { resolveSettings, type Settings } from '../settings';
import { analyzeIndicator } from './indicator';
import { analyzeItem } from './item';
import { sortFindings } from './sort';
import type { AnalysisProblem, SheetAnalysis, WorkbookAnalysis } from './types';
import { effectiveYear } from './year';

/**
 * Settings the engine accepts beyond Settings: thresholds for presets whose cities publish none
 * (Kitakami), grade → minimum fraction ({ A: 1.0, B: 0.8, C: 0.5 }).
 */
export type EngineSettings = Partial<Settings> & { thresholds?: Record<string, number> | null };

function thresholdProblems(t: unknown): { value: Record<string, number> | null; problems: AnalysisProblem[] } {
  if (t === undefined || t === null) return { value: null, problems: [] };
  const ok = typeof t === 'object' && Object.values(t as object).every((v) => typeof v === 'number' && Number.isFinite(v));
  if (ok) return { value: t as Record<string, number>, problems: [] };
  return { value: null, problems: [{ source: 'settings', subject: 'thresholds', sheet: null, message: { ja: '評価の閾値は「評価: 割合」の数値で指定してください', en: 'Thresholds must be numbers (grade: fraction)' } }] };
}

function pointsProblems(settings: Settings): AnalysisProblem[] {
  const p = settings.points;
  if (p === null) return [];
  const ok = typeof p === 'object' && Object.values(p).every((v) => typeof v === 'number' && Number.isFinite(v));
  if (ok) return [];
  settings.points = null;
  return [{ source: 'settings', subject: 'points', sheet: null, message: { ja: '評価の点数は数値で指定してください', en: 'Grade points must be numbers' } }];
}

export function analyzeSheet(model: EvaluationSheet, settings: Settings, thresholds: Record<string, number> | null, rules: Rule[] = ALL_RULES): { analysis: SheetAnalysis; problems: AnalysisProblem[] } {
  const preset = withOverrides(getPreset(settings.preset) ?? getPreset('default')!, settings.points, thresholds);
  const { year, source } = effectiveYear(model, settings);
  const indicators = model.indicators.map((ind) => analyzeIndicator(model.sheet, ind, year, preset, settings));
  const items = model.items.map((it) => analyzeItem(it, indicators, preset));
  const partial = { model, settings, preset, evaluationYear: year, indicators, items };
  const roll = rollUp(preset, model.items.map((it) => gradeInForce(partial, it)?.value ?? null));
  const ctx: SheetContext = { ...partial, rolledUpGrade: roll.grade, rollUpMean: roll.mean };
  const run = model.kind === 'evaluation' ? runRules(rules, ctx) : { findings: [], failures: [] };
  const findings = dedupe(sortFindings(run.findings, [model.sheet]));
  return {
    analysis: { model, evaluationYear: year, evaluationYearSource: source, preset, indicators, items, rolledUpGrade: roll.grade, findings },
    problems: run.failures.map((f) => ({
      source: 'rule' as const,
      subject: f.rule,
      sheet: f.sheet,
      message: { ja: `規則 ${f.rule} をシート「${f.sheet}」で実行できませんでした: ${f.message}`, en: `Rule ${f.rule} failed on sheet "${f.sheet}": ${f.message}` },
    })),
  };
}

/** Identical findings once: a row that is both an item and an indicator is reported once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.rule}\u0000${f.cell}\u0000${JSON.stringify(f.data)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Analysis of sheets already read into models (analyzeWorkbook reads them first). */
export function analyzeSheets(name: string, models: EvaluationSheet[], partial?: EngineSettings, rules: Rule[] = ALL_RULES): WorkbookAnalysis {
  const { thresholds, ...rest } = partial ?? {};
  const resolved = resolveSettings(rest, PRESET_IDS);
  const settings = resolved.settings;
  const problems: AnalysisProblem[] = resolved.problems.map((p) => ({ source: 'settings', subject: p.field, sheet: null, message: p.message }));
  problems.push(...pointsProblems(settings));
  const t = thresholdProblems(thresholds);
  problems.push(...t.problems);
  const sheets: SheetAnalysis[] = [];
  for (const model of models) {
    const r = analyzeSheet(model, settings, t.value, rules);
    sheets.push(r.analysis);
    problems.push(...r.problems);
  }
  return { name, settings, sheets, findings: sheets.flatMap((s) => s.findings), problems };
}
