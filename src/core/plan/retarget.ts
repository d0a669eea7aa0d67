import type { CellSpec, ChartSpec, EditOp } from './types';

/**
 * When an adapter writes an owned sheet under another name (a user's sheet already has the name:
 * 「評価サマリー (2)」), the later ops of the same plan still say the planned name. This rewrites
 * what points at an owned sheet — a chart's sheet, its series and category ranges, cell links of
 * other generated sheets, chart removals — to the name actually written. Cell ops are left as
 * they are: they address the user's own sheets, which are never renamed.
 * Returns the op itself when nothing changes.
 */
export function retargetOp(op: EditOp, renames: ReadonlyMap<string, string>): EditOp {
  if (renames.size === 0) return op;
  const to = (sheet: string) => renames.get(sheet) ?? sheet;
  switch (op.op) {
    case 'add-chart': {
      const chart = retargetChart(op.chart, to);
      return chart === op.chart ? op : { ...op, chart };
    }
    case 'put-sheet': {
      if (!op.spec.rows.some((row) => row.some((c) => c.link && renames.has(c.link.sheet)))) return op;
      const rows = op.spec.rows.map((row) => row.map((c): CellSpec => (c.link && renames.has(c.link.sheet) ? { ...c, link: { ...c.link, sheet: to(c.link.sheet) } } : c)));
      return { ...op, spec: { ...op.spec, rows } };
    }
    case 'delete-chart':
      return renames.has(op.sheet) ? { ...op, sheet: to(op.sheet) } : op;
    case 'delete-owned-charts':
      return op.sheet !== null && renames.has(op.sheet) ? { ...op, sheet: to(op.sheet) } : op;
    default:
      return op;
  }
}

function retargetChart(chart: ChartSpec, to: (sheet: string) => string): ChartSpec {
  const ref = (r: { sheet: string; range: string } | null) => (r && to(r.sheet) !== r.sheet ? { ...r, sheet: to(r.sheet) } : r);
  const categories = ref(chart.categories.ref);
  const series = chart.series.map((s) => {
    const r = ref(s.ref);
    return r === s.ref ? s : { ...s, ref: r };
  });
  const changed = to(chart.sheet) !== chart.sheet || categories !== chart.categories.ref || series.some((s, i) => s !== chart.series[i]);
  if (!changed) return chart;
  return { ...chart, sheet: to(chart.sheet), categories: { ...chart.categories, ref: categories }, series };
}
