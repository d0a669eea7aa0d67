import type { ChartSpec } from '../core/plan/types';

/**
 * Placeholder until the chart-parts module lands (issue 4): exceljs cannot write charts, so
 * charts are written as DrawingML parts into the package after exceljs saves it.
 */
export async function addChartsToXlsx(data: Uint8Array, charts: ChartSpec[]): Promise<Uint8Array> {
  if (charts.length > 0) throw new Error('Writing charts into .xlsx is not implemented yet');
  return data;
}
