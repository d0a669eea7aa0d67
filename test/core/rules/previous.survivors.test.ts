import { compare, firedCells, lastYear, yearSheet } from './previous-support';

/**
 * Issue 13, StrykerJS survivors of 3 December in target-changed.ts, actual-revised.ts and
 * narrative-unchanged.ts. yearSheet(): R5 sheet, ① 100 → 160 over R1…R7, actuals in row 38
 * (R1 D38 … R7 J38), target J39; lastYear(): the R4 sheet.
 */

describe('target-changed: a target year that could not be read is no change of year', () => {
  test('the same target, this year’s year unread: nothing; last year’s unread: nothing', () => {
    const cur = yearSheet();
    cur.indicators[0].target = { ...cur.indicators[0].target!, year: null };
    expect(firedCells('target-changed', cur, lastYear())).toEqual([]);
    const prev = lastYear();
    prev.indicators[0].target = { ...prev.indicators[0].target!, year: null };
    expect(firedCells('target-changed', yearSheet(), prev)).toEqual([]);
  });
  test('the same target moved to another year: warning at the target', () => {
    const prev = lastYear();
    prev.indicators[0].target = { ...prev.indicators[0].target!, year: 2026 };
    const f = compare('target-changed', yearSheet(), prev).findings;
    expect(f.map((x) => [x.cell, x.data.year, x.data.previousYear])).toEqual([['J39', 2025, 2026]]);
  });
});

describe('actual-revised: a year after last year’s evaluated year is new, not revised', () => {
  test('last year’s workbook evaluated R3 and already held an R4 figure: R4 differing is not a revision; R3 is', () => {
    const prev = lastYear({ actual: [100, 110, 115, 125, null, null, null] });
    expect(firedCells('actual-revised', yearSheet(), prev, 2021)).toEqual(['F38']);
  });
});

describe('narrative-unchanged: the field named in the message', () => {
  test('the label with its white space tidied (「 内部\\n要因 」 → 「内部 要因」)', () => {
    const text = ['講座の参加者は前年度から5人増えた。', '人口減少が続いている。', '講座の内容を見直して継続する。'];
    const cur = yearSheet({ narrative: text });
    cur.items[0].narrative[0].label = ' 内部\n要因 ';
    const prev = lastYear({ narrative: text });
    prev.items[0].narrative[0].label = ' 内部\n要因 ';
    const f = compare('narrative-unchanged', cur, prev).findings;
    expect(f[0].data.field).toBe('内部 要因');
    expect(f[0].message.ja).toContain('「内部 要因」');
  });
});
