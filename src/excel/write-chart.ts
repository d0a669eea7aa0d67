/**
 * Adds one native chart from a ChartSpec, queued in the caller's batch (no sync here).
 * Every series and the categories are bound to cells (ref), so the chart follows later edits.
 * Values the engine could only give as literals are already on its chart data sheet
 * (core/charts/data-sheet.ts): Office.js has no way to give a chart series literal values.
 */
import type { ChartSpec } from '../core/plan/types';
import { parseCellAddress } from '../core/snapshot/address';
import type { Features } from './features';
import { toOfficeColor } from './values';

type Ref = { sheet: string; range: string };

/** Every range the chart reads; a series without one cannot be drawn through Office.js. */
export function chartRefs(spec: ChartSpec): Ref[] {
  return [...spec.series.map((s) => s.ref), spec.categories.ref].filter((r): r is Ref => r !== null);
}

/** "Rows" when the range is one row, "Columns" when it is one column: how Excel reads a series. */
export function seriesBy(range: string): 'Rows' | 'Columns' | 'Auto' {
  const [a, b] = range.replace(/\$/g, '').split(':');
  if (!b) return 'Rows';
  const p = parseCellAddress(a);
  const q = parseCellAddress(b);
  return p.row === q.row ? 'Rows' : p.col === q.col ? 'Columns' : 'Auto';
}

/** The series marked at the evaluated year: the first with a value that year (the actual, else the expected). */
function evaluatedSeriesIndex(spec: ChartSpec): number {
  const i = spec.evaluatedIndex;
  if (i === null || i === undefined) return -1;
  return spec.series.findIndex((s) => typeof s.values[i] === 'number' && Number.isFinite(s.values[i] as number));
}

/** The caller checks first that every series has a ref (chartRefs) and that its sheet exists. */
export function addChart(ws: Excel.Worksheet, spec: ChartSpec, features: Features, rangeOf: (ref: Ref) => Excel.Range): Excel.Chart {
  const bound = spec.series.map((s) => ({ range: rangeOf(s.ref as Ref), by: seriesBy((s.ref as Ref).range) }));
  // Categories without cells: Excel numbers the points 1, 2, …, which is still a readable chart.
  const categories = spec.categories.ref ? rangeOf(spec.categories.ref) : null;
  // Chart type names: ExcelApi 1.1. Markers are set per series below.
  const chart = ws.charts.add(spec.type === 'line' ? 'Line' : spec.stacked ? 'ColumnStacked' : 'ColumnClustered', bound[0].range, bound[0].by); // ExcelApi 1.1
  chart.name = spec.id; // ExcelApi 1.1: "evalsheet:…" so "remove charts" finds only ours
  chart.title.text = spec.title; // ExcelApi 1.1
  if (spec.valueAxisTitle) {
    chart.axes.valueAxis.title.text = spec.valueAxisTitle; // ExcelApi 1.1
    // The unit read upright, as in the .xlsx output (which also puts it above the axis; Office.js cannot place an axis title).
    if (features.axisTitleOrientation) chart.axes.valueAxis.title.textOrientation = 0; // ExcelApi 1.12
  }
  chart.legend.position = 'Bottom'; // ExcelApi 1.1: as in the .xlsx output, below the plot
  if (features.blanksAsGaps) chart.displayBlanksAs = 'NotPlotted'; // ExcelApi 1.8: a missing year is a gap, not zero
  chart.setPosition(spec.anchor.cell); // ExcelApi 1.1
  chart.width = spec.anchor.widthPx * 0.75; // points; ExcelApi 1.1
  chart.height = spec.anchor.heightPx * 0.75;

  spec.series.forEach((s, i) => {
    // The first series came with charts.add; the others: ChartSeriesCollection.add + setValues, ExcelApi 1.7.
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i > 0) series.setValues(bound[i].range);
    series.name = s.name; // ExcelApi 1.1
    if (categories) series.setXAxisValues(categories); // ExcelApi 1.7
    if (spec.type === 'line') {
      series.format.line.color = toOfficeColor(s.color); // ExcelApi 1.1
      series.format.line.lineStyle = !s.line ? 'None' : s.dashed ? 'Dash' : 'Continuous'; // ExcelApi 1.7
      series.markerStyle = s.marker ? 'Circle' : 'None'; // ExcelApi 1.7
      if (s.marker) {
        series.markerForegroundColor = toOfficeColor(s.color); // ExcelApi 1.7
        series.markerBackgroundColor = toOfficeColor(s.color);
      }
      if (spec.targetIndex !== null && spec.targetIndex < spec.categories.labels.length) {
        // The target year: a larger diamond on every series. ChartPoint marker properties: ExcelApi 1.7.
        const point = series.points.getItemAt(spec.targetIndex);
        point.markerStyle = 'Diamond';
        point.markerSize = 9;
      }
      const evaluated = spec.evaluatedIndex ?? null;
      if (evaluated !== null && i === evaluatedSeriesIndex(spec) && evaluated !== spec.targetIndex) {
        // The evaluated year: a dark square, labelled 「評価年度」 where the label text can be set. ChartPoint: ExcelApi 1.7.
        const point = series.points.getItemAt(evaluated);
        point.markerStyle = 'Square';
        point.markerSize = 8;
        point.markerBackgroundColor = '#203864';
        point.markerForegroundColor = '#FFFFFF';
        point.hasDataLabel = true; // ExcelApi 1.7
        if (features.dataLabelText) point.dataLabel.text = '評価年度'; // ExcelApi 1.8
        point.dataLabel.position = 'Bottom'; // ExcelApi 1.7
      }
    } else {
      series.format.fill.setSolidColor(toOfficeColor(s.color)); // ExcelApi 1.1
    }
  });
  return chart;
}
