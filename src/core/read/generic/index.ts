import type { Indicator, Item } from '../../model/types';
import type { ReadContext } from '../context';
import type { TableReading } from '../reading';
import { detectTables, type DetectedTable, type NearMiss } from './detect';
import { extractTable } from './extract';

export { extractTable, parsePlaces, parseRange, parseGradeWithMeaning, fiscalYearOf, type ExtractOptions, type Extracted } from './extract';
export { detectTables, type DetectedTable, type NearMiss } from './detect';

/**
 * The generic table reader: detect (find each table, give each row/column a role → TableReading),
 * then extract (roles → Indicators and Items). Runs after the seed readers, on the rows they left.
 */
export function readGenericTables(ctx: ReadContext): {
  indicators: Indicator[];
  items: Item[];
  reading: TableReading[];
  nearMisses: NearMiss[];
  evaluationYear: DetectedTable['evaluationYear'];
} {
  const { tables, nearMisses } = detectTables(ctx);
  const indicators: Indicator[] = [];
  const items: Item[] = [];
  const reading: TableReading[] = [];
  let evaluationYear: DetectedTable['evaluationYear'] = null;
  for (const t of tables) {
    const found = extractTable(ctx.grid, t.reading, { era: ctx.era });
    if (found.indicators.length === 0 && found.items.length === 0) continue;
    indicators.push(...found.indicators);
    items.push(...found.items);
    reading.push(t.reading);
    evaluationYear = evaluationYear ?? t.evaluationYear;
  }
  return { indicators, items, reading, nearMisses, evaluationYear };
}
