/**
 * Parse time of the narrative-figure parser (text/narrative-figures.ts) per cell, over every
 * narrative and statement cell of the five seed sheets (docs/narrative-figures.md).
 * `npx tsx scripts/bench-narrative.ts`
 */
import { analyzeWorkbook } from '../src/core/analyze';
import { parseNarrative } from '../src/core/text/narrative-figures';
import { seedSnapshot } from '../test/support/seed-tsv';

const texts: string[] = [];
for (const seed of ['kitakami', 'ichinoseki', 'niigata', 'shinjo', 'nasushiobara'] as const) {
  const m = analyzeWorkbook({ name: seed, sheets: [seedSnapshot(seed, seed)] }).sheets[0].model;
  for (const it of m.items) for (const n of it.narrative) if (n.text.trim() !== '') texts.push(n.text);
  for (const s of m.statements ?? []) texts.push(s.text);
}
const chars = texts.reduce((n, t) => n + t.length, 0);
for (let i = 0; i < 50; i++) for (const t of texts) parseNarrative(t, { era: 'R' }); // warm-up
const rounds = 400;
const t0 = process.hrtime.bigint();
for (let i = 0; i < rounds; i++) for (const t of texts) parseNarrative(t, { era: 'R' });
const ns = Number(process.hrtime.bigint() - t0);
const perCell = ns / rounds / texts.length / 1000;
console.log(`${texts.length} cells, ${Math.round(chars / texts.length)} characters on average: ${perCell.toFixed(1)} µs per cell, ${((ns / rounds / chars) * 1000 / 1000).toFixed(0)} µs per 1,000 characters`);
const long = texts.reduce((a, b) => (b.length > a.length ? b : a));
const t1 = process.hrtime.bigint();
for (let i = 0; i < rounds; i++) parseNarrative(long, { era: 'R' });
console.log(`longest cell (${long.length} characters): ${(Number(process.hrtime.bigint() - t1) / rounds / 1000).toFixed(1)} µs`);
