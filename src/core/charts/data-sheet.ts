import type { CellSpec, ChartSpec, SheetSpec } from '../plan/types';
import { rangeAddress } from '../snapshot/address';

/**
 * Literal series (text numbers, alternating plan/actual columns, scattered baseline cells) get their
 * values copied to an Evalsheet-owned sheet, and the chart is bound there. Why not literal values in
 * the chart: Office.js sets series only from ranges (ChartSeries.setValues(Range), ExcelApi 1.7), and
 * LibreOffice drops literal (c:numLit) series; a range works in Excel, Office.js and LibreOffice alike.
 */

export const CHART_DATA_SHEET = 'Evalsheet グラフデータ';

const FIRST_VALUE_COL = 2; // C: A = chart, B = series

export function bindLiteralsToDataSheet(charts: ChartSpec[]): SheetSpec | null {
  const rows: CellSpec[][] = [
    [{ value: 'Evalsheet グラフデータ（自動作成：編集しないでください） / Chart data written by Evalsheet (regenerated; do not edit)', style: { bold: true } }],
  ];
  const at = (n: number) => rangeAddress(rows.length - 1, FIRST_VALUE_COL, rows.length - 1, FIRST_VALUE_COL + Math.max(n, 1) - 1);
  for (const chart of charts) {
    const literal = chart.series.filter((s) => s.ref === null);
    if (literal.length === 0 && chart.categories.ref !== null) continue;
    if (chart.categories.ref === null) {
      rows.push([{ value: chart.title }, { value: '年度' }, ...chart.categories.labels.map((l) => ({ value: l }))]);
      chart.categories.ref = { sheet: CHART_DATA_SHEET, range: at(chart.categories.labels.length) };
    }
    for (const s of literal) {
      rows.push([{ value: chart.title }, { value: s.name }, ...s.values.map((v) => ({ value: v }))]);
      s.ref = { sheet: CHART_DATA_SHEET, range: at(s.values.length) };
    }
  }
  if (rows.length === 1) return null;
  return { name: CHART_DATA_SHEET, owner: 'evalsheet', rows, headerRows: 1, columnWidths: [30, 10], tabColor: 'A6A6A6', hidden: true };
}
