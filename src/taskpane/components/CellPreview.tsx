import { mergeClasses } from '@fluentui/react-components';
import type { CellValue, WorkbookSnapshot } from '../../core';
// The module itself, not the facade: the facade would bring the whole engine into this chunk.
import { cellAddress, columnName, parseCellAddress } from '../../core/snapshot/address';
import { valueAt as cellValueAt } from '../../core/snapshot/lookup';
import { useI18n } from '../i18n/I18nProvider';
import { useCellPreviewStyles } from './CellPreview.styles';

const AROUND = 2;

/** Standalone mode's stand-in for Excel's selection: the selected cell named, in a 5×5 grid around it. */
export function CellPreview({ snapshot, sheet, cell }: { snapshot: WorkbookSnapshot | null; sheet: string; cell: string }) {
  const styles = useCellPreviewStyles();
  const { t } = useI18n();
  const ws = snapshot?.sheets.find((s) => s.name === sheet) ?? null;
  const at = parseCellAddress(cell);
  // Dense (after a write through ExcelJS) or sparse (as the direct reader opened the file).
  const valueAt = (row: number, col: number): CellValue => (ws ? cellValueAt(ws, row, col) : null);
  const rows = range(Math.max(0, at.row - AROUND), at.row + AROUND);
  const cols = range(Math.max(0, at.col - AROUND), at.col + AROUND);
  const where = `${sheet}!${cell}`;
  const value = valueAt(at.row, at.col);
  return (
    <div className={styles.root} data-testid="selection" data-selected={where}>
      <span className={styles.selected}>{t('standalone.selected', { where })}</span>
      {value !== null ? <span>{t('standalone.value', { value: String(value) })}</span> : null}
      {ws ? (
        <table className={styles.table} aria-label={where}>
          <thead>
            <tr>
              <th className={mergeClasses(styles.cell, styles.head)} />
              {cols.map((c) => (
                <th key={c} className={mergeClasses(styles.cell, styles.head)}>
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th className={mergeClasses(styles.cell, styles.head)}>{r + 1}</th>
                {cols.map((c) => {
                  const current = r === at.row && c === at.col;
                  const v = valueAt(r, c);
                  return (
                    <td key={c} className={mergeClasses(styles.cell, current && styles.current)} aria-selected={current} title={cellAddress(r, c)}>
                      {v === null ? '' : String(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
