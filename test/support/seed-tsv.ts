import * as fs from 'fs';
import * as path from 'path';
import type { CellValue, SheetSnapshot } from '../../src/core/snapshot/types';

/**
 * The five seed documents are tab-separated text flattened from the cities' real sheets.
 * This turns one into cells as a person would have typed them into Excel: plain numbers become
 * numbers (keeping the decimals they show as a number format: 「43.0」 → 43 with "0.0",
 * 「1,090」 → 1090 with "#,##0", 「82%」 → 0.82 with "0%"); everything else stays text.
 * The fixture script (scripts/build-fixtures.ts) and the readers' tests both use it.
 */

export const SEED_DIR = path.join(__dirname, '..', 'fixtures', 'seeds');

export const SEEDS = {
  kitakami: '000_28e21515c25bec92.txt',
  ichinoseki: '001_ae8562e149303787.txt',
  niigata: '002_a391ef16ffd16767.txt',
  shinjo: '003_6c1016dd4e527c4f.txt',
  nasushiobara: '004_c5ba7c188aa2e83b.txt',
} as const;

export type SeedName = keyof typeof SEEDS;

export interface SeedCells {
  values: CellValue[][];
  formats: string[][];
}

export function typedCell(field: string): { value: CellValue; format: string } {
  const t = field.trim();
  if (t === '') return { value: null, format: 'General' };
  let m = /^-?\d+(\.\d+)?$/.exec(t);
  if (m) {
    const decimals = m[1] ? m[1].length - 1 : 0;
    return { value: Number(t), format: decimals > 0 ? `0.${'0'.repeat(decimals)}` : 'General' };
  }
  m = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.exec(t);
  if (m) {
    const decimals = m[2] ? m[2].length - 1 : 0;
    return { value: Number(t.replace(/,/g, '')), format: decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0' };
  }
  m = /^(-?\d+(?:\.(\d+))?)%$/.exec(t);
  if (m) {
    const decimals = m[2] ? m[2].length : 0;
    // Excel stores 82% as 0.82; round away the binary noise of the division.
    return { value: Number((Number(m[1]) / 100).toFixed(decimals + 2)), format: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%' };
  }
  return { value: field.replace(/\s+$/, ''), format: 'General' };
}

/** Rows of a seed as typed cells; `fromLine`/`toLine` (1-based, inclusive) pick part of a document. */
export function seedCells(seed: SeedName, fromLine = 1, toLine = Number.MAX_SAFE_INTEGER): SeedCells {
  const text = fs.readFileSync(path.join(SEED_DIR, SEEDS[seed]), 'utf8');
  const lines = text.split(/\r?\n/).slice(fromLine - 1, toLine);
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  for (const line of lines) {
    const fields = line === '' ? [] : line.split('\t');
    const row = fields.map(typedCell);
    values.push(row.map((c) => c.value));
    formats.push(row.map((c) => c.format));
  }
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  for (let i = 0; i < values.length; i++) {
    while (values[i].length < width) {
      values[i].push(null);
      formats[i].push('General');
    }
  }
  return { values, formats };
}

/** A sheet snapshot of a seed placed from A1, as an adapter would report it. */
export function seedSnapshot(seed: SeedName, name: string, fromLine?: number, toLine?: number): SheetSnapshot {
  const { values, formats } = seedCells(seed, fromLine, toLine);
  return { name, origin: { row: 0, col: 0 }, values, formats, merges: [] };
}
