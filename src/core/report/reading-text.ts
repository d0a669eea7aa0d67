import type { TableReading } from '../read/reading';

/**
 * How a sheet was read, in words: one line per table (「計画・実績の表として読みました: B5:H12」). A layout
 * read in more than three tables (Kitakami's indicator blocks) gives one line with the first three
 * ranges and how many more. Shared by the CLI's report and the pane's Check view.
 */

const LAYOUT_NAMES: Record<'ja' | 'en', Record<string, string>> = {
  ja: {
    'indicator-blocks': '指標ブロック',
    'plan-actual': '計画・実績の表',
    'baseline-target': '基準値・目標値の表',
    'baseline-target-current': '基準値・目標値・現状値の表',
    schedule: '取組スケジュール',
    'generic-table': '指標の表',
    profile: 'レイアウト プロファイル',
  },
  en: {
    'indicator-blocks': 'indicator blocks',
    'plan-actual': 'a plan/actual table',
    'baseline-target': 'a baseline/target table',
    'baseline-target-current': 'a baseline/target/current table',
    schedule: 'a schedule',
    'generic-table': 'an indicator table',
    profile: 'a layout profile',
  },
};

export function readingLines(reading: TableReading[], lang: 'ja' | 'en'): string[] {
  const names = LAYOUT_NAMES[lang];
  const byLayout = new Map<string, string[]>();
  for (const r of reading) {
    const name = r.profile ? (lang === 'ja' ? `${names.profile}「${r.profile}」` : `${names.profile} "${r.profile}"`) : (names[r.layout] ?? r.layout);
    byLayout.set(name, [...(byLayout.get(name) ?? []), r.range]);
  }
  const line = (name: string, ranges: string) => (lang === 'ja' ? `${name}として読みました: ${ranges}` : `Read as ${name}: ${ranges}`);
  const more = (n: number) => (lang === 'ja' ? ` ほか ${n} 表` : ` and ${n} more`);
  return [...byLayout].flatMap(([name, ranges]) =>
    ranges.length <= 3 ? ranges.map((range) => line(name, range)) : [line(name, `${ranges.slice(0, 3).join(lang === 'ja' ? '、' : ', ')}${more(ranges.length - 3)}`)],
  );
}
