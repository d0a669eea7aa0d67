import { markPresetFor } from '../grading/mark-scales';
import { phrasePresetFor } from '../grading/phrases';
import { PRESETS, getPreset, withOverrides } from '../grading/presets';
import { rollUp } from '../grading/rollup';
import type { Finding } from '../findings/types';
import type { EvaluationSheet } from '../model/types';
import { ALL_RULES } from '../rules';
import { gradeInForce } from '../rules/helpers';
import { runRules } from '../rules/run';
import type { Rule, SheetContext } from '../rules/types';
import { resolveSettings, type Settings } from '../settings';
import { SheetFailure } from './failure';
import { analyzeIndicator } from './indicator';
import { analyzeItem } from './item';
import { sortFindings } from './sort';
import type { AnalysisProblem, SheetAnalysis, WorkbookAnalysis } from './types';
import { effectiveYear } from './year';
import { matchSheets } from '../previous/match';
import type { PreviousSheet, SheetMatch } from '../previous/types';

/** What an analysis may compare with: last year's sheets (issue 12). */
export interface AnalyzeOptions {
  /** Last year's workbooks, read (preparePrevious); absent: the previous-year rules do not run. */
  previous?: PreviousSheet[];
}

/** One sheet under settings already resolved (resolveSettings): the preset with the settings' overrides. */
export function analyzeSheet(model: EvaluationSheet, settings: Settings, rules: Rule[] = ALL_RULES, previous: SheetMatch | null = null): { analysis: SheetAnalysis; problems: AnalysisProblem[] } {
  const chosen = getPreset(settings.preset) ?? getPreset('default')!;
  // A sheet graded with marks (◎ ○ △) under a letter preset: the mark preset that holds them (mark-scales.ts).
  const preset = withOverrides(markPresetFor(model, chosen) ?? phrasePresetFor(model, chosen) ?? chosen, settings.points, settings.thresholds);
  const { year, source } = effectiveYear(model, settings);
  const indicators = model.indicators.map((ind) => analyzeIndicator(model.sheet, ind, year, preset, settings));
  const items = model.items.map((it) => analyzeItem(it, indicators, preset));
  const partial = { model, settings, preset, evaluationYear: year, indicators, items };
  const roll = rollUp(preset, model.items.map((it) => gradeInForce(partial, it)?.value ?? null));
  const ctx: SheetContext = { ...partial, rolledUpGrade: roll.grade, rollUpMean: roll.mean, previous };
  // An unrecognized sheet gets only sheet-unrecognized (when it looks like an evaluation sheet).
  const run = model.kind === 'evaluation' ? runRules(rules, ctx) : runRules(rules.filter((r) => r.id === 'sheet-unrecognized'), ctx);
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
export function analyzeSheets(name: string, models: EvaluationSheet[], partial?: Partial<Settings>, rules: Rule[] = ALL_RULES, options: AnalyzeOptions = {}): WorkbookAnalysis {
  const { settings, problems: bad } = resolveSettings(partial, PRESETS);
  const problems: AnalysisProblem[] = bad.map((p) => ({ source: 'settings', subject: p.field, sheet: null, message: p.message }));
  const sheets: SheetAnalysis[] = [];
  const matches = options.previous ? matchSheets(models, options.previous) : null;
  for (const model of models) {
    let r: ReturnType<typeof analyzeSheet>;
    const match = matches?.get(model.sheet) ?? null;
    // With last year's workbook given, an evaluation sheet it has no counterpart for is said once (not compared).
    if (matches && !match && model.kind === 'evaluation') problems.push(unmatched(model.sheet));
    try {
      r = analyzeSheet(model, settings, rules, match);
    } catch (e) {
      throw new SheetFailure(model.sheet, 'analysis', e);
    }
    sheets.push(r.analysis);
    problems.push(...r.problems);
  }
  return { name, settings, sheets, findings: sheets.flatMap((s) => s.findings), problems };
}

function unmatched(sheet: string): AnalysisProblem {
  return {
    source: 'previous',
    subject: 'unmatched',
    sheet,
    message: {
      ja: `シート「${sheet}」に当たるシートが前年度のブックに見つからないため、前年度との比較はしていません。前年度のブックと基本施策・項目の名称を確かめてください。`,
      en: `No sheet of last year's workbook matches sheet "${sheet}", so it was not compared with last year; check last year's workbook and the policy and item titles.`,
    },
  };
}
