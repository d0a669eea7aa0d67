import { fired, run, clean } from './support';

/** Issue 13: bugs no test caught. Each test fails on the planted mutation named in its title. */

describe('baseline year (off-by-one)', () => {
  /** The baseline in the 期待値 row: the R1 actual is blank, the line starts at R1's 期待値. */
  function baselineInExpected() {
    const m = clean({ actual: [null, 110, 120, 130, 140] });
    const ind = m.indicators[0];
    ind.baseline = { ...ind.baseline!, value: ind.years[0].expected };
    return m;
  }

  test('the baseline year’s actual is never due (no actual-missing on it), the next year is', () => {
    expect(fired('actual-missing', baselineInExpected())).toEqual([]);
    const m = baselineInExpected();
    m.indicators[0].years[1].actual = { ...m.indicators[0].years[1].actual!, raw: null, parsed: { kind: 'blank' } };
    expect(fired('actual-missing', m)).toEqual([['actual-missing', 'E38']]);
  });

  test('the evaluated year’s actual is due, the next year’s is not', () => {
    expect(fired('actual-missing', clean({ actual: [100, 110, 120, 130, null] }))).toEqual([['actual-missing', 'H38']]);
    expect(fired('actual-missing', clean({ actual: [100, 110, 120, 130, 140, null] }))).toEqual([]);
  });

  test('expected-mismatch never fires on the baseline year (baseline-mismatch’s), but does the year after', () => {
    expect(fired('expected-mismatch', clean({ expected: [101, 110, 120, 130, 140, 150, 160] }))).toEqual([]);
    expect(fired('baseline-mismatch', clean({ expected: [101, 110, 120, 130, 140, 150, 160] }))).toEqual([['baseline-mismatch', 'D39']]);
    expect(fired('expected-mismatch', clean({ expected: [100, 111, 120, 130, 140, 150, 160] }))).toEqual([['expected-mismatch', 'E39']]);
  });
});

describe('last-year grade in brackets', () => {
  test('「A (X)」: an invalid last-year grade is flagged', () => {
    expect(fired('grade-invalid', clean({ grade: 'A (X)' }))).toEqual([['grade-invalid', 'G26']]);
    expect(fired('grade-invalid', clean({ grade: 'A (B)' }))).toEqual([]);
  });
});

describe('indicator-unit-missing: a blank 単位 cell with values that carry a unit', () => {
  test('「３６人」 in the values: fires at the 単位 cell, the fix proposes 「人」', () => {
    const m = clean({ unit: '', actual: ['１００人', '１１０人', 120, '１３０人', '１４０人'] });
    const f = run('indicator-unit-missing', m);
    expect(f.map((x) => [x.rule, x.cell, x.severity])).toEqual([['indicator-unit-missing', 'B38', 'warning']]);
    expect(f[0].fix).toEqual({ cell: 'B38', value: '人' });
  });
  test('the unit the values carry most often wins; with none, no fix; a unit in its cell: nothing', () => {
    const m = clean({ unit: '', actual: ['100件', '110人', '120人', 130, 140] });
    expect(run('indicator-unit-missing', m)[0].fix).toEqual({ cell: 'B38', value: '人' });
    expect(run('indicator-unit-missing', clean({ unit: '' }))[0].fix).toBeNull();
    expect(fired('indicator-unit-missing', clean({ unit: '人', actual: ['100人', 110] }))).toEqual([]);
    expect(fired('indicator-unit-missing', clean({ unit: '　' }))).toEqual([['indicator-unit-missing', 'B38']]);
  });
});

describe('messages show the cell’s own text, not the folded text', () => {
  test('value-not-numeric quotes 「ー（集計不能）」 as written', () => {
    const f = run('value-not-numeric', clean({ actual: [100, 'ー（集計不能）', 120, 130, 140] }));
    expect(f.map((x) => x.cell)).toEqual(['E38']);
    expect(f[0].data.text).toBe('ー（集計不能）');
    expect(f[0].message.ja).toContain('ー（集計不能）');
  });
  test('actual-no-data gives 「ー」 as the reason, not 「-」', () => {
    const f = run('actual-no-data', clean({ actual: [100, 'ー', 120, 130, 140] }));
    expect(f.map((x) => [x.cell, x.data.reason])).toEqual([['E38', 'ー']]);
    expect(f[0].message.ja).toContain('ー');
    expect(f[0].message.ja).not.toContain('(-)');
  });
  test('value-estimate quotes 「930（見込）」 as written', () => {
    const f = run('value-estimate', clean({ actual: [100, '110（見込）', 120, 130, 140] }));
    expect(f.map((x) => [x.cell, x.data.text, x.data.qualifier])).toEqual([['E38', '110（見込）', '見込']]);
    expect(fired('value-not-numeric', clean({ actual: [100, '110（見込）', '120(見込)', 130, 140] }))).toEqual([]);
  });
});
