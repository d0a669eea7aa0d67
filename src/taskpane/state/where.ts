import type { EditOp } from '../../core';

/** Where an edit op lands, as a person reads it: 'Sheet'!C12, a sheet name, or null for the whole workbook. */
export function opWhere(op: EditOp): string | null {
  switch (op.op) {
    case 'set-value':
    case 'set-fill':
    case 'set-note':
      return cellWhere(op.sheet, op.cell);
    case 'put-sheet':
      return op.spec.name;
    case 'delete-sheet':
    case 'delete-chart':
      return op.sheet;
    case 'add-chart':
      return cellWhere(op.chart.sheet, op.chart.anchor.cell);
    case 'delete-owned-charts':
      return op.sheet;
  }
}

export function cellWhere(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/** Adapters may attach the failing sheet and cell to an error; read them without trusting the shape. */
export function errorWhere(e: unknown): string | null {
  if (typeof e !== 'object' || e === null) return null;
  const r = e as Record<string, unknown>;
  if (typeof r.sheet === 'string' && typeof r.cell === 'string') return cellWhere(r.sheet, r.cell);
  if (typeof r.sheet === 'string') return r.sheet;
  return null;
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return typeof e === 'string' ? e : '';
}
