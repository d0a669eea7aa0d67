import type { Lang } from '../../i18n/i18n';
import { fillIn } from './strings';

/**
 * The strings of the panel 「読み方を教える」 (teach a layout; the list's own are in strings.ts), kept beside its components so the pane's shared
 * catalogue (i18n/ja.ts, en.ts) is untouched while the pane is restructured; the lead may move them.
 */
const ja = {
  'teach.title': '「{{sheet}}」の読み方を教える',
  'teach.explain': '表の範囲を指定し、見出しごとに役割を選んでください。結果はすぐ下に表示されます。',
  'teach.sheet': 'シート',
  'teach.range': '表の範囲（見出しの行から最後の行まで、例: A7:F20）',
  'teach.useSelection': '選択範囲を使う',
  'teach.badRange': '範囲を「A7:F20」の形で入力してください。',
  'teach.orientation': '年度の並び',
  'teach.down': '年度が縦に並ぶ（年度の列がある）',
  'teach.across': '年度が横に並ぶ（見出しの行に年度がある）',
  'teach.headers': '見出し（列）の役割',
  'teach.rows': '行の見出しの役割',
  'teach.noRows': '役割を選ぶ行の見出しはありません。',
  'teach.name': 'プロファイルの名前',
  'teach.problems': 'この読み方ではまだ読めません。',
  'teach.result': '{{count}} 件の指標を読みました（{{range}}）。',
  'teach.nothing': 'この読み方では指標が見つかりません。範囲と役割を確かめてください。',
  'teach.save': 'この読み方をブックに保存',
  'teach.saved': '読み方をブックに保存しました。同じ形の表はこの読み方で読みます。',
  'teach.export': 'プロファイルを書き出す',
  'teach.close': '閉じる',
  'role.none': '（使わない）',
  'role.name': '指標名',
  'role.years': '年度',
  'role.id': '番号',
  'role.unit': '単位',
  'role.plan': '計画・目標（年度ごと）',
  'role.actual': '実績',
  'role.baseline': '基準値',
  'role.target': '目標値（最終）',
  'role.grade': '評価',
  'role.note': '備考',
  'role.department': '担当課',
  'role.description': '説明',
  'value.baseline': '基準',
  'value.target': '目標',
  'value.plan': '計画',
  'value.actual': '実績',
};

export type TeachKey = keyof typeof ja;

const en: Record<TeachKey, string> = {
  'teach.title': 'Teach how to read "{{sheet}}"',
  'teach.explain': 'Give the table’s range and pick the role of each header. The result shows right below.',
  'teach.sheet': 'Sheet',
  'teach.range': 'Table range (from the header row to the last row, e.g. A7:F20)',
  'teach.useSelection': 'Use the selected range',
  'teach.badRange': 'Enter the range as A7:F20.',
  'teach.orientation': 'Years run',
  'teach.down': 'down (a year column)',
  'teach.across': 'across (years in the header row)',
  'teach.headers': 'Role of each header (column)',
  'teach.rows': 'Role of each row label',
  'teach.noRows': 'No row labels to assign.',
  'teach.name': 'Profile name',
  'teach.problems': 'This layout cannot be read yet.',
  'teach.result': '{{count}} indicators read ({{range}}).',
  'teach.nothing': 'No indicators found with this layout. Check the range and the roles.',
  'teach.save': 'Save this layout in the workbook',
  'teach.saved': 'Layout saved in the workbook. Tables of the same form are read this way.',
  'teach.export': 'Export the profile',
  'teach.close': 'Close',
  'role.none': '(not used)',
  'role.name': 'Indicator name',
  'role.years': 'Year',
  'role.id': 'Number',
  'role.unit': 'Unit',
  'role.plan': 'Plan / target for the year',
  'role.actual': 'Actual',
  'role.baseline': 'Baseline',
  'role.target': 'Final target',
  'role.grade': 'Grade',
  'role.note': 'Note',
  'role.department': 'Department',
  'role.description': 'Description',
  'value.baseline': 'baseline',
  'value.target': 'target',
  'value.plan': 'plan',
  'value.actual': 'actual',
};

export function tt(lang: Lang, key: TeachKey, values: Record<string, string | number> = {}): string {
  return fillIn((lang === 'ja' ? ja : en)[key], values);
}
