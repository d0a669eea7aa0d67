import fc from 'fast-check';
import { decToText, parseDec } from '../../src/core/interpolate/decimal';
import { expectedValues, interpolate } from '../../src/core/interpolate';
import { parseValue } from '../../src/core/text/values';
import { eraYear, parseFiscalYear, type Era } from '../../src/core/text/years';

/** Properties (fast-check): the invariants behind the examples of interpolate.test.ts and the text tests. */

const decimalText = (maxDecimals: number) =>
  fc.tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: maxDecimals })).map(([u, s]) => {
    const neg = u < 0n;
    const digits = (neg ? -u : u).toString().padStart(s + 1, '0');
    const text = s === 0 ? digits : `${digits.slice(0, digits.length - s)}.${digits.slice(digits.length - s)}`;
    return { text: neg ? `-${text}` : text, decimals: s };
  });

describe('interpolation', () => {
  test('hits the baseline and the target exactly, at any precision at least theirs', () => {
    fc.assert(
      fc.property(decimalText(6), decimalText(6), fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 15 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom('round', 'floor', 'ceil'), (b, t, by, span, extra, rounding) => {
        const precision = Math.max(b.decimals, t.decimals) + extra;
        const base = { year: by, value: parseDec(b.text) };
        const target = { year: by + span, value: parseDec(t.text) };
        const opts = { precision, rounding: rounding as 'round' | 'floor' | 'ceil' };
        const at = (y: number) => decToText(interpolate(base, target, y, opts)!);
        expect(Number(at(by))).toBe(Number(b.text));
        expect(Number(at(by + span))).toBe(Number(t.text));
        expect(interpolate(base, target, by - 1, opts)).toBeNull();
        expect(interpolate(base, target, by + span + 1, opts)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  test('between the ends the line stays between them (monotone)', () => {
    fc.assert(
      fc.property(decimalText(3), decimalText(3), fc.integer({ min: 2, max: 12 }), (b, t, span) => {
        const vals = expectedValues({ year: 2019, value: parseDec(b.text) }, { year: 2019 + span, value: parseDec(t.text) }, Array.from({ length: span + 1 }, (_, i) => 2019 + i), { precision: 3, rounding: 'round' }).map((e) => Number(decToText(e.value!)));
        const up = Number(t.text) >= Number(b.text);
        for (let i = 1; i < vals.length; i++) expect(up ? vals[i] >= vals[i - 1] : vals[i] <= vals[i - 1]).toBe(true);
      }),
    );
  });

  test('an interim knot on the target year never replaces the target (nor one on the baseline year the baseline)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), (b, t, k) => {
        const base = { year: 2019, value: parseDec(String(b)) };
        const target = { year: 2025, value: parseDec(String(t)) };
        const opts = (year: number) => ({ precision: 0, rounding: 'round' as const, knots: [{ year, value: k }] });
        expect(decToText(interpolate(base, target, 2025, opts(2025))!)).toBe(String(t));
        expect(decToText(interpolate(base, target, 2019, opts(2019))!)).toBe(String(b));
        // Inside the span the knot is a point of the line.
        expect(decToText(interpolate(base, target, 2022, opts(2022))!)).toBe(String(k));
      }),
    );
  });
});

describe('parseValue', () => {
  const cell = fc.oneof(
    fc.string(),
    fc.string({ unit: fc.constantFrom(...'0123456789０１２３４５６７８９.,，．-－ー—()（）見込み予定速報暫定人%％/／億円万 \u3000R令和平成元年度'.split('')) }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
  );

  test('never throws, and always gives one of its four kinds', () => {
    fc.assert(
      fc.property(cell, (raw) => {
        const p = parseValue(raw as string | number | boolean | null);
        expect(['blank', 'number', 'no-data', 'text']).toContain(p.kind);
        if (p.kind === 'number') expect(Number.isFinite(p.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('round-trips plain numbers, as numbers and as text (also with thousands separators)', () => {
    fc.assert(
      fc.property(decimalText(6), (d) => {
        const asText = parseValue(d.text);
        expect(asText).toMatchObject({ kind: 'number', value: Number(d.text), decimals: d.decimals });
        if (asText.kind === 'number') expect(Number(asText.decimalText)).toBe(Number(d.text));
        const n = Number(d.text);
        const asNumber = parseValue(n);
        expect(asNumber).toMatchObject({ kind: 'number', value: n });
        const grouped = n.toLocaleString('en-US', { maximumFractionDigits: 20 });
        expect(parseValue(grouped)).toMatchObject({ kind: 'number', value: n });
      }),
      { numRuns: 500 },
    );
  });
});

describe('year labels', () => {
  const eras: [Era, string, string, number][] = [
    ['S', '昭和', 'S', 64],
    ['H', '平成', 'H', 31],
    ['R', '令和', 'R', 40],
  ];
  const labels = eras.flatMap(([era, kanji, letter, last]) =>
    Array.from({ length: last }, (_, i) => i + 1).map((n) => ({ era, n, forms: [`${kanji}${n === 1 ? '元' : n}年度`, `${letter}${n}`, `${letter}${n === 1 ? '元' : n}年度`, `${kanji}${n}年`] })),
  );

  test('every form of every era’s year reads as the same Western year, and they increase', () => {
    let prev = -Infinity;
    for (const { era, n, forms } of labels) {
      const want = eraYear(era, n);
      for (const f of forms) expect([f, parseFiscalYear(f)?.year]).toEqual([f, want]);
      // 昭和64 = 平成元 = 1989 and 平成31 = 令和元 = 2019: the run never goes back.
      expect(want).toBeGreaterThanOrEqual(prev);
      prev = want;
    }
    expect(parseFiscalYear('平成元年度')?.year).toBe(1989);
    expect(parseFiscalYear('令和元年度')?.year).toBe(2019);
  });

  test('any era label with a bare-year hint of another era still reads its own era', () => {
    fc.assert(
      fc.property(fc.constantFrom(...labels), fc.constantFrom<Era | null>('R', 'H', 'S', null), (l, hint) => {
        for (const f of l.forms) expect(parseFiscalYear(f, { contextEra: hint })?.year).toBe(eraYear(l.era, l.n));
      }),
    );
  });
});
