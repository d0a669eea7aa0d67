/**
 * A target written with its year in the same cell: 「平成31年度までに7,000件」, 「27~31年度 毎年度20億円以上」.
 * The year phrase (a year or a range of years, then までに / 末 / 毎年度 …) is split off: the target is
 * the number after it, for the phrase's last year (H31 = 2019). Words without a number after the year
 * (「R7年度までに全校で実施」) stay text: a qualitative target.
 */
import type { ValueCell } from '../../model/types';
import { fold } from '../../text/normalize';
import { parseValue } from '../../text/values';
import type { Era } from '../../text/years';
import { fiscalYearOf } from './extract';

const YEAR_PHRASE = /^(.*?(?:\d{1,4}|元)\s*年度?)((?:\s|末|まで(?:に)?|の間|毎年度?|[、,:：])*)(.+)$/;

export function targetWithYear(value: ValueCell, era: Era | null): { value: ValueCell; year: number | null } | null {
  if (value.parsed.kind !== 'text' || typeof value.raw !== 'string') return null;
  const m = YEAR_PHRASE.exec(fold(value.raw).trim());
  if (!m) return null;
  const parts = m[1].split(/[~〜～\-－]/);
  const year = fiscalYearOf(parts[parts.length - 1], era) ?? fiscalYearOf(m[1], era);
  if (year === null) return null;
  const parsed = parseValue(m[3].trim(), value.numberFormat);
  if (parsed.kind !== 'number') return null;
  return { value: { ...value, parsed: { ...parsed, label: m[1].trim(), normalized: [...new Set([...parsed.normalized, 'label' as const])] } }, year };
}
