/**
 * ExcelApi requirement sets the adapter uses beyond the manifest's minimum (ExcelApi 1.4),
 * detected once per port with isSetSupported. Each entry names the APIs it unlocks; the sets come
 * from the Office.js reference (office-js-docs-reference, and the [Api set] notes of @types/office-js).
 */
import type { ExcelHost } from './host';

export const MINIMUM_EXCEL_API = '1.4';

export interface Features {
  /** Worksheet.tabColor, Range.hyperlink, freezePanes, chart series add/setValues/setXAxisValues, markerStyle, lineStyle, Workbook.name: 1.7 */
  api17: boolean;
  /** Chart.displayBlanksAs ("NotPlotted": gaps, not zeros): 1.8 */
  blanksAsGaps: boolean;
  /** Worksheet.pageLayout (orientation, paperSize, zoom, setPrintTitleRows), RangeFill.pattern: 1.9 */
  pageLayout: boolean;
  /** ChartDataLabel.text (the 「評価年度」 label at one point): 1.8 */
  dataLabelText?: boolean;
  /** ChartAxisTitle.textOrientation (the unit upright): 1.12 */
  axisTitleOrientation?: boolean;
  /** Conditional formats (textComparison): 1.6 */
  conditionalFormats: boolean;
  /** Range.getMergedAreasOrNullObject: 1.13 */
  mergedAreas: boolean;
  /** Notes (Workbook/Worksheet.notes, NoteCollection.add, getItemOrNullObject): 1.18 */
  notes: boolean;
  /** Threaded comments (Workbook.comments, add, getLocation, content): 1.10 — the fallback for notes */
  comments: boolean;
}

export function detectFeatures(host: Pick<ExcelHost, 'isSetSupported'> & Partial<Pick<ExcelHost, 'hasApi'>>): Features {
  const has = (v: string) => host.isSetSupported('ExcelApi', v);
  // isSetSupported asks the host; the office.js loaded may be older (OFFICE_JS=local: the npm copy
  // stops at ExcelApi 1.15 and has no Notes API), so an API is used only when the library has it too.
  const present = (type: string) => host.hasApi?.(type) ?? true;
  return {
    api17: has('1.7'),
    blanksAsGaps: has('1.8'),
    pageLayout: has('1.9'),
    dataLabelText: has('1.8'),
    axisTitleOrientation: has('1.12'),
    conditionalFormats: has('1.6'),
    mergedAreas: has('1.13'),
    notes: has('1.18') && present('NoteCollection'),
    comments: has('1.10') && present('CommentCollection'),
  };
}
