import { rollUp } from '../grading/rollup';
import type { GradePreset } from '../grading/types';
import type { Item } from '../model/types';
import type { IndicatorAnalysis, ItemAnalysis } from './types';

/** An item's suggestion: its indicators' suggested grades rolled up (mean of points, nearest grade). */
export function analyzeItem(item: Item, indicators: IndicatorAnalysis[], preset: GradePreset): ItemAnalysis {
  const keys = new Set(item.indicatorKeys);
  for (const ia of indicators) if (ia.indicator.itemKey === item.key) keys.add(ia.indicator.key);
  const mine = indicators.filter((ia) => keys.has(ia.indicator.key));
  const graded = mine.filter((ia) => ia.suggestedGrade !== null);
  const { grade } = rollUp(preset, graded.map((ia) => ia.suggestedGrade));
  return { item, suggestedGrade: grade, basis: mine.map((ia) => ia.indicator.key) };
}
