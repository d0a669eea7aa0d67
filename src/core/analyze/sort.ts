import type { Finding } from '../findings/types';
import { RULE_IDS } from '../findings/types';
import { parseCellAddress } from '../snapshot/address';

function position(cell: string): { row: number; col: number } {
  try {
    return parseCellAddress(cell.split(':')[0].replace(/^.*!/, ''));
  } catch {
    return { row: Number.MAX_SAFE_INTEGER, col: Number.MAX_SAFE_INTEGER };
  }
}

/** Sheet order, then row, then column, then the rules' order in RULES.md. */
export function sortFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const sheetIndex = new Map(sheetOrder.map((s, i) => [s, i]));
  return findings
    .map((f) => ({ f, p: position(f.cell), s: sheetIndex.get(f.sheet) ?? sheetOrder.length, r: RULE_IDS.indexOf(f.rule) }))
    .sort((a, b) => a.s - b.s || a.p.row - b.p.row || a.p.col - b.p.col || a.r - b.r)
    .map((x) => x.f);
}
