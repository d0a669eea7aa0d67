import type { Indicator, Item } from '../model/types';
import type { ReadContext } from '../read/context';
import type { TableReading } from '../read/reading';
import { extractTable } from './extract';
import { resolveProfile } from './resolve';
import type { LayoutProfile } from './schema';

export * from './schema';
export { validateProfile, parseProfile, formatProblem, type ProfileProblem, type ProfileCheck } from './validate';
export { resolveProfile, profileMatches, labelScore } from './resolve';
export { extractTable } from './extract';

/** Every table the profiles find on a sheet (first profile first), read: rows claimed so the seed readers skip them. */
export function readByProfiles(profiles: readonly LayoutProfile[], ctx: ReadContext): { readings: TableReading[]; indicators: Indicator[]; items: Item[] } {
  const readings: TableReading[] = [];
  const indicators: Indicator[] = [];
  const items: Item[] = [];
  for (const p of profiles) {
    for (const reading of resolveProfile(p, ctx)) {
      const got = extractTable(reading, ctx);
      if (got.indicators.length === 0) continue;
      readings.push(reading);
      indicators.push(...got.indicators);
      items.push(...got.items);
    }
  }
  return { readings, indicators, items };
}
export * from './teach';
