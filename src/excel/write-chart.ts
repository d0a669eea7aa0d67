/**
 * Adds one native chart from a ChartSpec, queued in the caller's batch (no sync here).
 * Series are bound to the sheet's own cells (ref), so the chart follows later edits. A series or
 * category list the engine could only give as literal values (text cells such as 「1,090」 that
 * Excel would plot as zero) is written to Evalsheet's hidden data sheet and bound there: Office.js
 * has no way to give a chart series literal values.
 */
import type { ChartSpec } from '../core/plan/types';
import { parseCellAddress } from '../core/snapshot/address';
import type { Features } from './features';
import { toOfficeColor } from './values';

export interface ChartRanges {
  /** The range of the sheet's own cells, or of the data sheet for literal values. */
  rangeOf(ref: { sheet: string; range: string }): Excel.Range;
  /** Writes one row of literal values to the data sheet and returns where it went. */
  literalRow(label: string, values: (number | string | null)[]): Excel.Range;
}

/** "Rows" when the range is one row, "Columns" when it is one column: how Excel reads a series. */
export function seriesBy(range: string): 'Rows' | 'Columns' | 'Auto' {
  const [a, b] = range.replace(/\$/g, '').split(':');
  if (!b) return 'Rows';
  const p = parseCellAddress(a);
  const q = parseCellAddress(b);
  return p.row === q.row ? 'Rows' : p.col === q.col ? 'Columns' : 'Auto';
}

export function addChart(ws: Excel.Worksheet, spec: ChartSpec, features: Features, ranges: ChartRanges): Excel.Chart {
  const bound = spec.series.map((s) => (s.ref ? { range: ranges.rangeOf(s.ref), by: seriesBy(s.ref.range) } : { range: ranges.literalRow(s.name, s.values), by: 'Rows' as const }));
  const categories = spec.categories.ref ? ranges.rangeOf(spec.categories.ref) : ranges.literalRow('categories', spec.categories.labels);
  // Chart type names: ExcelApi 1.1. Markers are set per series below.
  const chart = ws.charts.add(spec.type === 'line' ? 'Line' : 'ColumnClustered', bound[0].range, bound[0].by); // ExcelApi 1.1
  chart.name = spec.id; // ExcelApi 1.1: "evalsheet:…" so "remove charts" finds only ours
  chart.title.text = spec.title; // ExcelApi 1.1
  if (spec.valueAxisTitle) chart.axes.valueAxis.title.text = spec.valueAxisTitle; // ExcelApi 1.1
  if (features.blanksAsGaps) chart.displayBlanksAs = 'NotPlotted'; // ExcelApi 1.8: a missing year is a gap, not zero
  chart.setPosition(spec.anchor.cell); // ExcelApi 1.1
  chart.width = spec.anchor.widthPx * 0.75; // points; ExcelApi 1.1
  chart.height = spec.anchor.heightPx * 0.75;

  spec.series.forEach((s, i) => {
    // The first series came with charts.add; the others: ChartSeriesCollection.add + setValues, ExcelApi 1.7.
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i > 0) series.setValues(bound[i].range);
    series.name = s.name; // ExcelApi 1.1
    series.setXAxisValues(categories); // ExcelApi 1.7
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
    } else {
      series.format.fill.setSolidColor(toOfficeColor(s.color)); // ExcelApi 1.1
    }
  });
  return chart;
}
