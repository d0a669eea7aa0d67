import type { TextCell, ValueCell } from '../model/types';

/**
 * The words before a value (「加入率 66.1%」 → 加入率, 「保険制度 一部実施」 → 保険制度,
 * 「登録団体数 -」 → 登録団体数): rows that write the indicator's name into each value cell.
 */
export function valueLabel(v: ValueCell | null): string | null {
  if (!v || typeof v.raw !== 'string') return null;
  const p = v.parsed;
  // Cut the label from the written text, not the folded one: fold() turns 「ー」 into 「-」.
  const raw = v.raw.replace(/[\s\u3000]+/g, ' ').trim();
  let label: string | null = null;
  if (p.kind === 'number' && p.label) label = raw.slice(0, raw.search(/[0-9０-９+\-－＋]/)).trim();
  else if (p.kind === 'no-data' && p.label) label = raw.replace(/\s*\S+$/, '').trim();
  else if (p.kind === 'text') label = /^(.+?)\s+(\S+)$/.exec(raw)?.[1] ?? null;
  return label || null;
}

/** The label most cells agree on, with the first cell that carries it; null when none has one. */
export function commonLabel(cells: (ValueCell | null)[]): TextCell | null {
  const counts = new Map<string, { n: number; cell: string }>();
  for (const c of cells) {
    const l = valueLabel(c);
    if (!c || !l) continue;
    const e = counts.get(l) ?? { n: 0, cell: c.cell };
    e.n++;
    counts.set(l, e);
  }
  let best: TextCell | null = null;
  let n = 0;
  for (const [text, e] of counts) if (e.n > n) ((best = { cell: e.cell, text }), (n = e.n));
  return best;
}
