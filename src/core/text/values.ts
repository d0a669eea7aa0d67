import type { CellValue } from '../snapshot/types';
import { fold, nfkc } from './normalize';

/**
 * Cells that should hold numbers often hold text: 「４３．５」, 「1,090」, 「43人」, 「930(見込み)」,
 * 「加入率 66.1%」, 「—」. parseValue reads what a person would read, and says what it normalised.
 */

export type Normalization =
  | 'text-number' // a number stored as text
  | 'full-width' // ４３．５
  | 'thousands' // 1,090
  | 'unit' // 43人, 66.1%
  | 'qualifier' // (見込み), 以上, 約
  | 'label' // 加入率 66.1% (a descriptive label before the number)
  | 'fraction'; // 46/91指標 (the numerator is the value, the denominator is kept)

export type ParsedValue =
  | { kind: 'blank' }
  | {
      kind: 'number';
      value: number;
      /** Decimals as written (「43.0」 → 1); for numeric cells, from the number format if it says. */
      decimals: number;
      /** The decimal digits exactly as written, for exact arithmetic: "48.6", "-3", "1090". */
      decimalText: string;
      normalized: Normalization[];
      unit: string | null;
      label: string | null;
      qualifier: string | null;
      /** 見込(み) / 予定 / 速報 / 暫定 / 推計: not a final value. */
      estimate: boolean;
      /** 「46/91指標」: value 46 of 91; null for a plain number. */
      denominator: number | null;
      /** A percent-formatted cell: Excel holds 0.661 and shows 66.1%; value is in shown units (66.1). */
      percentCell: boolean;
      /** 以上 / 以下 / 超 / 未満: a bound rather than a value. */
      bound: 'at-least' | 'at-most' | null;
    }
  | { kind: 'no-data'; mark: string; label: string | null }
  | { kind: 'text'; text: string; label: string | null };

/** Marks that mean "no value for this year" (not a number, not an error by itself). */
export const NO_DATA_MARKS = ['-', '未実施', '調査なし', '把握困難', '評価対象外', '未調査', '集計中', 'なし', '―', '該当なし', 'N/A', 'n/a', '－'];

// Matched on folded text, so full-width （見込） is already (見込). 見込 is written with or without み.
const ESTIMATE_RE = /[(]?\s*(見込み?|予定|推計|暫定値?|速報値?)\s*[)]?/;
const QUALIFIER_RE = /[(]\s*(実績値?|確定値?|参考値?)\s*[)]/;
const BOUND_RE = /(以上|以下|超|未満)$/;
const NUMBER_RE = /^(約|概ね)?\s*([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(.*)$/;

/**
 * A unit after the number: any short run of letters with no digit and no sentence punctuation
 * (人, %, 億円, 平方メートル/人, 人/年, ㎡). 億 / 万 / 千 are part of the unit, never a scale: 「20億円」
 * is 20 with unit 億円, because the target, the baseline and the fixes written back are all in the
 * unit the sheet writes, and Evalsheet compares numbers within one indicator only.
 */
const UNIT_RE = /^[^\d\s、。,.;:!?()「」\[\]{}]{1,12}$/u;
/** An all-ASCII unit must be a known one (「12x」 is a code, not a number with unit x). */
const ASCII_UNIT_RE = /^(%|km|m|mm|cm|t|kg|g|ha|pt|L|l|ml|kL|kW|kWh|MW|MWh|GB|TB|m2|m3|km2)(\/.+)?$/;

function isUnit(rest: string): boolean {
  if (ASCII_UNIT_RE.test(rest)) return true; // also m2 (from ㎡), km2
  if (!UNIT_RE.test(rest)) return false;
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7F]+$/.test(rest)) return false;
  // Two kana of running text (から, まで, した) make words, not a unit (か所 has one).
  return !/[\u3041-\u3096]{2}/.test(rest);
}
/** 「46/91指標」, 「3 / 5 校」: a count out of a total, then an optional unit. */
const FRACTION_RE = /^([+-]?\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*(.*)$/;

/** Decimals a number format shows (「0.0」 → 1, 「#,##0」 → 0, 「0.0%」 → 1); null for General. */
export function decimalsOfFormat(format: string): number | null {
  if (!format || format === 'General' || format === '@') return null;
  const section = format.split(';')[0].replace(/"[^"]*"/g, '').replace(/\\./g, '');
  const m = /[0#?](?:[.]([0#?]+))?/.exec(section);
  if (!m) return null;
  return m[1] ? m[1].length : 0;
}

/** Moves the decimal point of a decimal text: shiftDecimal("0.661", 2) = "66.1". Exact, no floating point. */
export function shiftDecimal(text: string, places: number): string {
  const neg = text.startsWith('-');
  const [intPart, fracPart = ''] = text.replace('-', '').split('.');
  let digits = intPart + fracPart;
  let point = intPart.length + places;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits + '0'.repeat(point - digits.length);
  let i = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const f = digits.slice(point).replace(/0+$/, '');
  const out = f ? `${i}.${f}` : i;
  return neg && out !== '0' ? `-${out}` : out;
}

/** The format scales by 100 (「0.0%」); a quoted or escaped % (「0.0"%"」, 「0.0\%」) is a literal and does not. */
export function isPercentFormat(format: string): boolean {
  return format.split(';')[0].replace(/"[^"]*"/g, '').replace(/\\./g, '').includes('%');
}

/** Shortest decimal text of a double, without exponent: 0.1+0.2 stays "0.30000000000000004". */
export function numberToDecimalText(value: number): string {
  const s = String(value);
  if (!/e/i.test(s)) return s;
  const [mant, expPart] = s.toLowerCase().split('e');
  const exp = Number(expPart);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  const pointAt = (mant.replace('-', '').indexOf('.') === -1 ? mant.replace('-', '').length : mant.replace('-', '').indexOf('.')) + exp;
  let out: string;
  if (pointAt <= 0) out = '0.' + '0'.repeat(-pointAt) + digits;
  else if (pointAt >= digits.length) out = digits + '0'.repeat(pointAt - digits.length);
  else out = digits.slice(0, pointAt) + '.' + digits.slice(pointAt);
  return (neg ? '-' : '') + out;
}

function decimalsOfText(numText: string): number {
  const i = numText.indexOf('.');
  return i < 0 ? 0 : numText.length - i - 1;
}

export function parseValue(raw: CellValue, numberFormat = 'General'): ParsedValue {
  if (raw === null || raw === undefined) return { kind: 'blank' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { kind: 'text', text: String(raw), label: null };
    const percentCell = isPercentFormat(numberFormat);
    // Work in the units a person sees: a 66.1% cell holds 0.661.
    const decimalText = percentCell ? shiftDecimal(numberToDecimalText(raw), 2) : numberToDecimalText(raw);
    const fromFormat = decimalsOfFormat(numberFormat);
    return {
      kind: 'number',
      value: Number(decimalText),
      decimals: fromFormat ?? decimalsOfText(decimalText),
      decimalText,
      normalized: [],
      unit: percentCell ? '%' : null,
      label: null,
      qualifier: null,
      estimate: false,
      denominator: null,
      percentCell,
      bound: null,
    };
  }
  if (typeof raw === 'boolean') return { kind: 'text', text: String(raw), label: null };
  const original = raw;
  if (original.trim() === '') return { kind: 'blank' };
  const normalized: Normalization[] = ['text-number'];
  if (nfkc(original) !== original && /[０-９．，－＋％]/.test(original)) normalized.push('full-width');
  let t = fold(original);

  // A no-data mark alone, or after a label (「登録団体数 -」).
  const noData = matchNoData(t);
  if (noData) return { kind: 'no-data', mark: noData.mark, label: noData.label };

  let estimate = false;
  let qualifier: string | null = null;
  const est = ESTIMATE_RE.exec(t);
  if (est) {
    estimate = true;
    qualifier = est[1];
    t = (t.slice(0, est.index) + t.slice(est.index + est[0].length)).trim();
  }
  const q = QUALIFIER_RE.exec(t);
  if (q) {
    qualifier = qualifier ?? q[1];
    t = (t.slice(0, q.index) + t.slice(q.index + q[0].length)).trim();
  }
  let bound: 'at-least' | 'at-most' | null = null;
  const b = BOUND_RE.exec(t);
  if (b) {
    bound = b[1] === '以上' || b[1] === '超' ? 'at-least' : 'at-most';
    qualifier = qualifier ?? b[1];
    t = t.slice(0, b.index).trim();
  }
  if (qualifier) normalized.push('qualifier');

  // A descriptive label before the number: 「加入率 66.1%」, 「交付団体 14団体」.
  let label: string | null = null;
  const firstDigit = t.search(/[+-]?\d/);
  if (firstDigit > 0) {
    const head = t.slice(0, firstDigit).trim();
    // 「R5から」, 「令和5年」: the number belongs to a year, the cell is words.
    if (/(?:(?:^|[^A-Za-z])[RHS]|令和|平成|昭和)$/.test(head)) return { kind: 'text', text: fold(original), label: null };
    if (head !== '' && !/^(約|概ね)$/.test(head)) {
      label = head;
      t = t.slice(firstDigit).trim();
      normalized.push('label');
    }
  }
  let denominator: number | null = null;
  const frac = FRACTION_RE.exec(t);
  if (frac) {
    denominator = Number(frac[2]);
    if (denominator === 0) return { kind: 'text', text: fold(original), label };
    t = `${frac[1]}${frac[3] ? ' ' + frac[3] : ''}`;
    normalized.push('fraction');
  }
  const m = NUMBER_RE.exec(t);
  if (!m) {
    return { kind: 'text', text: fold(original), label };
  }
  if (m[1]) {
    qualifier = qualifier ?? m[1];
    if (!normalized.includes('qualifier')) normalized.push('qualifier');
  }
  const numText = m[2];
  const rest = m[3].trim();
  let unit: string | null = null;
  if (rest !== '') {
    if (!isUnit(rest)) return { kind: 'text', text: fold(original), label };
    unit = rest === '％' ? '%' : rest;
    normalized.push('unit');
  }
  if (numText.includes(',')) normalized.push('thousands');
  const decimalText = numText.replace(/,/g, '').replace(/^\+/, '');
  return {
    kind: 'number',
    value: Number(decimalText),
    decimals: decimalsOfText(decimalText),
    decimalText,
    normalized,
    unit,
    label,
    qualifier,
    estimate,
    denominator,
    percentCell: false,
    bound,
  };
}

function matchNoData(t: string): { mark: string; label: string | null } | null {
  for (const mark of NO_DATA_MARKS) {
    if (t === mark) return { mark, label: null };
  }
  // 「登録団体数 -」, 「保険制度 未実施」 is handled by the reader: a word after a label is qualitative.
  const m = /^(.*\S)\s+(-|―)$/.exec(t);
  if (m && !/\d/.test(m[1])) return { mark: m[2], label: m[1] };
  if (/^-+$/.test(t)) return { mark: t, label: null };
  return null;
}
