// Pure parts of `npm run mutate -- --sample N` (scripts/mutate.mjs), kept apart so they are tested
// (test/scripts/mutation-sample.test.ts): the seeded draw, the mutation range of a drawn mutant,
// and the 95% interval of the sampled score.

/** Deterministic shuffle (mulberry32 + Fisher–Yates): the same seed draws the same mutants. */
function shuffled(list, seed) {
  let t = seed >>> 0;
  const rand = () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/**
 * StrykerJS's `mutate` range for one mutant of its instrumenter (0-based lines and columns): a
 * range takes 1-based lines and 0-based columns, and selects every mutant whose node lies inside it.
 */
function rangeOf(m) {
  const l = m.location;
  return `${m.fileName}:${l.start.line + 1}:${l.start.column}-${l.end.line + 1}:${l.end.column}`;
}

/** One key for a mutant, from the instrumenter (0-based) or from StrykerJS's results (1-based). */
function keyOf(file, loc, mutator, replacement, oneBased = false) {
  const d = oneBased ? 1 : 0;
  return `${file}:${loc.start.line - d}:${loc.start.column - d}-${loc.end.line - d}:${loc.end.column - d}:${mutator}:${replacement}`;
}

/** Wilson score interval at 95% for k killed of n counted, in percent, one decimal. */
function wilson95(k, n) {
  if (n === 0) return null;
  const z = 1.96;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const mid = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  const r = (x) => Math.round(1000 * x) / 10;
  return [r(mid - half), r(mid + half)];
}

module.exports = { shuffled, rangeOf, keyOf, wilson95 };
