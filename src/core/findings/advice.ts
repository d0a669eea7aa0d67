import type { Finding, Message, RuleId } from './types';
import { NARRATIVE_ADVICE } from './narrative-messages';
import { PREVIOUS_ADVICE, PREVIOUS_NAMES } from './previous-messages';

/**
 * 「対応」: what a person does about a finding, one short sentence per rule (ja first, en second),
 * rendered from the finding's data where the action depends on it. Kept beside MESSAGES (what is
 * wrong) so the two read as one catalogue; shown under each finding in the pane and the CLI.
 * The words follow docs/terminology.md.
 */

type Data = Record<string, unknown>;
type Advice = (d: Data) => Message;

const same = (ja: string, en: string): Advice => () => ({ ja, en });

function names(d: Data, key: string): Message | null {
  const x = d[key] as { name?: Message } | null | undefined;
  return x && x.name ? x.name : null;
}

export const ADVICE: Partial<Record<RuleId, Advice>> = {
  'sheet-unrecognized': same(
    '表の範囲を選び、年度・指標名・実績値などがどの行と列にあるかを指定してください。教えた読み方はブックに保存され、書き出したプロファイルは同じ市のほかのブックにも使えます。',
    'Select the table and say which rows and columns hold the years, the indicator names, the actuals and so on; the taught layout is saved in the workbook, and the exported profile reads the city\'s other workbooks too.',
  ),
  'eval-year-missing': same('「設定」で評価対象年度を入力するか、シートに評価対象期間を記入してください。', 'Enter the evaluated year in Settings, or write the evaluation period on the sheet.'),
  'overall-grade-missing': same('各項目の評価を確かめてから、総合評価を記入してください。', 'Check the item grades, then write the overall grade.'),
  'overall-grade-inconsistent': same('各項目の評価と総合評価を見比べ、どちらかを直すか、理由を記入してください。', 'Compare the item grades with the overall grade; correct one of them or write down why they differ.'),
  'indicator-name-missing': same('指標の名称を記入してください。', "Write the indicator's name."),
  'indicator-unit-missing': same('単位（人、件、％ など）を記入してください。', 'Write the unit (people, cases, % …).'),
  'year-header-invalid': same('年度の見出しを「R5」や「令和5年度」の形で、古い順に重複なく記入してください。', 'Write the year headings as R5 or 令和5年度, oldest first, each once.'),
  'value-not-numeric': same('数値で記入してください。実績がない年度は「—」や「未実施」と記入し、備考に理由を書いてください。', 'Write a number; for a year without data write — or 未実施 and give the reason in 備考.'),
  'value-normalized': same('数値として読めましたので、対応は不要です。', 'Read as a number: nothing to do.'),
  'value-estimate': same('確定値が出たら、見込みの値を確定値に置き換えてください。', 'Replace the estimate with the final value once it is known.'),
  'baseline-missing': same('基準年度の実績値を記入してください。', 'Write the actual value of the baseline year.'),
  'target-missing': same('目標年度の目標値（期待値）を記入してください。', 'Write the target value for the target year.'),
  'baseline-mismatch': same('基準年度の期待値は、実績値と同じ値にしてください。', 'Make the expected value of the baseline year equal to its actual value.'),
  'expected-missing': same('「期待値」画面で、計算した値をまとめて記入できます。', 'The Expected values view writes the computed values for you.'),
  'expected-mismatch': same('「期待値」画面で直線上の値に置き換えるか、記入した値の根拠を備考に書いてください。', 'Replace it with the value on the line in the Expected values view, or explain the written value in 備考.'),
  'actual-missing': same('実績値を記入するか、備考に理由（未実施、集計中 など）を書いてください。', 'Write the actual value, or give the reason in 備考 (not carried out, being counted …).'),
  'actual-no-data': same('理由が記入されていますので、対応は不要です。', 'The reason is written: nothing to do.'),
  'actual-future': same('評価対象年度より後の値です。記入した列（年度）を確かめてください。', 'The value is for a year after the evaluated one: check the column (year) it was written in.'),
  'percent-out-of-range': same('値と単位を確かめてください。', 'Check the value and its unit.'),
  'negative-count': same('値の符号を確かめてください。', 'Check the sign of the value.'),
  'cumulative-decrease': same('累計の値は減らないはずです。値を確かめるか、減った理由を備考に書いてください。', 'A cumulative value should not go down: check it, or explain the decrease in 備考.'),
  'sudden-change': same('値を確かめ、大きく変わった理由を分析欄に書いてください。', 'Check the value and explain the change in the analysis.'),
  'indicator-unreferenced': same('この指標を使う項目の「指標」欄に、指標の番号を記入してください。', "Write the indicator's number in the indicator field of the item that uses it."),
  'indicator-ref-missing': same('参照する指標の番号を直すか、その指標の値を記入してください。', "Correct the indicator number, or fill in that indicator's values."),
  'grade-missing': same('評価を記入してください。', 'Write the grade.'),
  'grade-invalid': (d) => {
    const better = names(d, 'suggestedPreset');
    if (better) return { ja: `「設定」で評価基準を「${better.ja}」に変えてください。`, en: `Choose the preset "${better.en}" in Settings.` };
    const scale = ((d.scale as string[] | undefined) ?? []).join('、');
    if (d.scaleSource === 'validation') return { ja: `セルの一覧（${scale}）から選んで記入してください。`, en: "Choose one of the grades of the cell's drop-down list." };
    return d.scaleSource === 'legend'
      ? { ja: `シートの凡例にある評価（${scale}）で記入してください。`, en: "Write one of the grades of the sheet's legend." }
      : { ja: `評価区分（${scale}）のいずれかで記入するか、「設定」で評価基準を見直してください。`, en: "Write one of the scale's grades, or choose another preset in Settings." };
  },
  'grade-normalized': same('評価として読めましたので、対応は不要です。', 'Read as a grade: nothing to do.'),
  'grade-inconsistent': same('指標の数値と評価を見比べ、評価を見直すか、評価の理由を分析欄に書いてください。', 'Compare the grade with the numbers; revise the grade or explain it in the analysis.'),
  'narrative-missing': same('分析欄に、評価の理由を記入してください。', 'Write the reasons for the grade in the analysis fields.'),
  'schedule-status-invalid': same('「実施」「検討」など、工程表の区分で記入してください。', 'Write a schedule status such as 実施 or 検討.'),
  'schedule-empty': same('予定する年度に「実施」などを記入してください。', 'Write 実施 (or another status) in the years planned.'),
  ...NARRATIVE_ADVICE,
  ...PREVIOUS_ADVICE,
};

/** The 「対応」 of a finding; null for a rule without one. */
export function renderAdvice(rule: RuleId, data: Data): Message | null {
  const a = ADVICE[rule];
  return a ? a(data) : null;
}

/**
 * A fix's value as the sheet will show it: 52 at one decimal reads "52.0". Padding only: a value
 * with more digits than the precision (a percent cell stores 0.661 for 66.1%) is shown as stored.
 */
export function fixValueText(f: Pick<Finding, 'fix' | 'data'>): string {
  const v = f.fix!.value;
  const p = f.data.precision;
  if (typeof v !== 'number' || typeof p !== 'number' || p < 0 || p > 10) return String(v);
  const padded = v.toFixed(p);
  return Number(padded) === v ? padded : String(v);
}

/** A finding's fix in words: 「E45 に 49.1 を記入」 / "Write 49.1 in E45"; null without a fix. */
export function renderFix(f: Pick<Finding, 'fix' | 'data'>): Message | null {
  if (!f.fix) return null;
  const value = fixValueText(f);
  return { ja: `${f.fix.cell} に ${value} を記入`, en: `Write ${value} in ${f.fix.cell}` };
}

/** Rule names people read (the filter, the CLI): ids stay in tooltips and the JSON report. */
export const RULE_NAMES: Partial<Record<RuleId, Message>> = {
  'sheet-unrecognized': { ja: '読み取れないシート', en: 'Sheet not read' },
  'eval-year-missing': { ja: '評価対象年度がない', en: 'Evaluated year missing' },
  'overall-grade-missing': { ja: '総合評価が空欄', en: 'Overall grade missing' },
  'overall-grade-inconsistent': { ja: '総合評価と項目の評価の食い違い', en: 'Overall grade inconsistent' },
  'indicator-name-missing': { ja: '指標の名称がない', en: 'Indicator name missing' },
  'indicator-unit-missing': { ja: '指標の単位がない', en: 'Indicator unit missing' },
  'year-header-invalid': { ja: '年度の見出しが読めない', en: 'Year header invalid' },
  'value-not-numeric': { ja: '数値として読めない値', en: 'Value not numeric' },
  'value-normalized': { ja: '数値として読み替えた値', en: 'Value normalised' },
  'value-estimate': { ja: '見込みの値', en: 'Estimated value' },
  'baseline-missing': { ja: '基準値がない', en: 'Baseline missing' },
  'target-missing': { ja: '目標値がない', en: 'Target missing' },
  'baseline-mismatch': { ja: '基準年度の実績値と期待値の食い違い', en: 'Baseline mismatch' },
  'expected-missing': { ja: '期待値が空欄', en: 'Expected value blank' },
  'expected-mismatch': { ja: '期待値が計算値と異なる', en: 'Expected value differs' },
  'actual-missing': { ja: '実績値が空欄', en: 'Actual value blank' },
  'actual-no-data': { ja: '実績値なし（理由あり）', en: 'No data (reason given)' },
  'actual-future': { ja: '評価対象年度より後の実績値', en: 'Actual after the evaluated year' },
  'percent-out-of-range': { ja: '0〜100％ の範囲外', en: 'Percent out of range' },
  'negative-count': { ja: '負の数', en: 'Negative count' },
  'cumulative-decrease': { ja: '累計の減少', en: 'Cumulative decrease' },
  'sudden-change': { ja: '実績値の急な変化', en: 'Sudden change' },
  'indicator-unreferenced': { ja: 'どの項目も使わない指標', en: 'Indicator unreferenced' },
  'indicator-ref-missing': { ja: '参照先の指標がない', en: 'Indicator reference missing' },
  'grade-missing': { ja: '評価が空欄', en: 'Grade missing' },
  'grade-invalid': { ja: '評価区分にない評価', en: 'Grade off the scale' },
  'grade-normalized': { ja: '読み替えた評価', en: 'Grade normalised' },
  'grade-inconsistent': { ja: '評価と指標の数値の食い違い', en: 'Grade inconsistent with the numbers' },
  'narrative-missing': { ja: '分析の記載がない', en: 'Analysis missing' },
  'schedule-status-invalid': { ja: '工程表の区分として読めない', en: 'Schedule status invalid' },
  'schedule-empty': { ja: '予定のない取組', en: 'Action without a schedule' },
  'narrative-figure-inconsistent': { ja: '文中の増減と数値の食い違い', en: 'Stated change contradicts its numbers' },
  'narrative-indicator-mismatch': { ja: '文中の数値と指標の食い違い', en: 'Figure in the text differs from the indicator' },
  'narrative-year-stale': { ja: '文中の年度の食い違い', en: 'Text speaks of another year' },
  ...PREVIOUS_NAMES,
};

/** A rule's name in a language; the id itself for a rule not named yet. */
export function ruleName(rule: string, lang: 'ja' | 'en'): string {
  return RULE_NAMES[rule as RuleId]?.[lang] ?? rule;
}

/** Layout families by the names people use (the ids are the JSON report's). */
export const LAYOUT_NAMES: Record<string, Message> = {
  'indicator-blocks': { ja: '指標ブロック形式', en: 'indicator blocks' },
  'plan-actual': { ja: '計画・実績形式', en: 'plan / actual' },
  'baseline-target': { ja: '現状・目標形式', en: 'baseline → target' },
  'baseline-target-current': { ja: '基準値・目標値・現状値形式', en: 'baseline / target / current' },
  schedule: { ja: '工程表形式', en: 'schedule' },
};

export function layoutName(layout: string, lang: 'ja' | 'en'): string {
  return LAYOUT_NAMES[layout]?.[lang] ?? layout;
}

/**
 * When a workbook holds no evaluation sheet, what to say instead of a result: once, naming the
 * sheets looked at, so no view reports 「すべて正しく入っています」 about nothing. null when there
 * is something to work on.
 */
export function nothingToWorkOn(a: { sheets: { model: { sheet: string; kind: string } }[] }): Message | null {
  if (a.sheets.some((s) => s.model.kind === 'evaluation')) return null;
  const names = a.sheets.map((s) => s.model.sheet);
  if (names.length === 0) return { ja: 'このブックにはシートがありません。', en: 'This workbook has no sheets.' };
  return {
    ja: `評価シートが見つからないため、処理するものがありません（確認したシート：${names.map((n) => `「${n}」`).join('、')}）。`,
    en: `There is nothing to work on: no evaluation sheet was found (sheets looked at: ${names.map((n) => `"${n}"`).join(', ')}).`,
  };
}
