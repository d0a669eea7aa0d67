import { readSheet } from '../../../src/core/read';
import { SEEDS, seedSnapshot, type SeedName } from '../../support/seed-tsv';

/**
 * Pieces of the seeds cut at arbitrary lines are sheets a reader may meet (a table split across
 * pages, a header without its rows): reading them must never throw, and keys must stay unique.
 */
describe('reading any window of any seed', () => {
  for (const seed of Object.keys(SEEDS) as SeedName[]) {
    test(seed, () => {
      for (let from = 1; from < 600; from += 5) {
        const snap = seedSnapshot(seed, 'w', from, from + 11);
        if (snap.values.length === 0) break;
        const sheet = readSheet(snap);
        expect(new Set(sheet.indicators.map((i) => i.key)).size).toBe(sheet.indicators.length);
        expect(new Set(sheet.items.map((i) => i.key)).size).toBe(sheet.items.length);
        expect(new Set(sheet.schedule.map((a) => a.key)).size).toBe(sheet.schedule.length);
        if (sheet.kind === 'unrecognized') expect(sheet.layouts).toEqual([]);
      }
    });
  }
});
