/**
 * What the adapter needs from Office, as one object: the real one wraps the Office.js globals;
 * tests pass office-addin-mock objects. Nothing else in src/excel reads the globals.
 */
export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelHost {
  /** Excel.run (ExcelApi 1.1). */
  run<T>(batch: Batch<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported (common API, Office 2016+). */
  isSetSupported(name: string, version: string): boolean;
  /** Office.context.document.settings (Settings requirement set): saved inside the workbook. */
  settings: Pick<Office.Settings, 'get' | 'set' | 'remove' | 'saveAsync'>;
  /** Whether the loaded office.js defines Excel.<type> (a library older than the host lacks newer APIs). */
  hasApi?(type: string): boolean;
}

/** The live host, for code running inside Excel after Office.onReady. */
export function officeHost(): ExcelHost {
  return {
    run: <T>(batch: Batch<T>) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: Office.context.document.settings,
    hasApi: (type) => typeof (Excel as unknown as Record<string, unknown>)[type] === 'function',
  };
}
