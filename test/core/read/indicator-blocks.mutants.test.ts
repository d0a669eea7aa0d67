import { readSheet } from '../../../src/core/read';
import { anchorId } from '../../../src/core/read/indicator-blocks';
import { sheetOf } from './build';
import { actuals, expecteds, shown } from './helpers';

/** Kitakami-style indicator blocks: where each value, name, unit and year of a block is read from. */

const _ = null;

describe('block anchors', () => {
  test('「指標 ①」, 「成果指標②」, 「指標No.3」, 「指標ＮＯ．１２」 are anchors; other headings are not', () => {
    expect(anchorId('指標 ①')).toBe('①');
    expect(anchorId('成果指標②')).toBe('②');
    expect(anchorId('指標No.3')).toBe('3');
    expect(anchorId('指標ＮＯ．１２')).toBe('12');
    expect(anchorId(' 指標　⑤ ')).toBe('⑤');
    expect(anchorId('指標 123')).toBeNull();
    expect(anchorId('指標の説明')).toBeNull();
    expect(anchorId('関連指標①')).toBeNull();
  });
});

describe('two blocks: the name right of the anchor, a 基準値 year, a target year from the header or the 期待値 label', () => {
  const sheet = readSheet(
    sheetOf('b', { row: 0, col: 0 }, [
      ['成果指標②', '市民満足度'],
      ['担当部等', '単位', _, '基準値(H30)', 'R1', 'R2', 'R3 (目標)'],
      ['市民課', '', '実績値', _, '52%', '55%', _],
      [_, _, '期待値', '50%', '53%', '56%', '60%'],
      [_, _, '備考', _, '調査方法変更', _, _],
      [],
      ['指標No.3', _, '説明'],
      ['登録者数(累計)', _, '登録した人の累計'],
      ['単位', '担当部等', _, 'R4', 'R5', 'R6'],
      ['人', _, '期待値 ※R6は目標値', 100, 150, 200],
      [_, _, '実績値', 90, 160, _],
    ]),
  );
  const [a, b] = sheet.indicators;

  test('two indicators, ids from the anchors, names beside and below them', () => {
    expect(sheet.indicators.map((i) => [i.key, i.id, i.cell, i.name?.text, i.name?.cell])).toEqual([
      ['②', '②', 'A1', '市民満足度', 'B1'],
      ['3', '3', 'A7', '登録者数(累計)', 'A8'],
    ]);
  });

  test('values under their years; the note row; the blank 単位 cell kept, the unit taken from the values', () => {
    expect(a.years.map((y) => [y.year, y.labelCell, y.actual?.cell, y.expected?.cell])).toEqual([
      [2018, 'D2', 'D3', 'D4'],
      [2019, 'E2', 'E3', 'E4'],
      [2020, 'F2', 'F3', 'F4'],
      [2021, 'G2', 'G3', 'G4'],
    ]);
    expect(actuals(a)).toEqual([null, 52, 55, null]);
    expect(a.years.map((y) => y.note?.text ?? null)).toEqual([null, '調査方法変更', null, null]);
    expect(a.unit).toEqual({ cell: 'B3', text: '' });
    expect(a.unitText).toBe('%');
    expect(a.department).toBe('市民課');
    expect(a.description).toBeNull();
    expect(a.cumulative).toBe(false);
  });

  test('baseline: the 基準値 year, its blank actual falls back to the expected; target: the (目標) year, expected first', () => {
    expect(a.baseline).toMatchObject({ year: 2018, label: '基準値(H30)', labelCell: 'D2', value: { cell: 'D4' } });
    expect(a.target).toMatchObject({ year: 2021, label: 'R3 (目標)', labelCell: 'G2', value: { cell: 'G4' } });
    expect(shown(a.target?.value)).toBe(60);
  });

  test('the second block: 期待値 row above 実績値, target year from 「※R6は目標値」, no baseline, cumulative from its name', () => {
    expect(b.years.map((y) => [y.year, y.actual?.cell, y.expected?.cell])).toEqual([
      [2022, 'D11', 'D10'],
      [2023, 'E11', 'E10'],
      [2024, 'F11', 'F10'],
    ]);
    expect(expecteds(b)).toEqual([100, 150, 200]);
    expect(b.target).toMatchObject({ year: 2024, value: { cell: 'F10' } });
    expect(b.baseline).toBeNull();
    expect(b.unit).toEqual({ cell: 'A10', text: '人' });
    expect(b.department).toBeNull();
    expect(b.description).toBe('登録した人の累計');
    expect(b.cumulative).toBe(true);
    expect(b.precision).toBe(0);
  });

  test('each block is described with its own rows', () => {
    expect(sheet.reading.map((r) => [r.range, r.roles])).toEqual([
      ['A1:G5', { id: 'A', name: 'B', unit: 'B', years: '2', actual: '3', plan: '4', note: '5' }],
      ['A7:F11', { id: 'A', name: 'A', unit: 'A', years: '9', actual: '11', plan: '10' }],
    ]);
  });
});

describe('flattened blocks (the year headers one column left of their values), one after the other', () => {
  const sheet = readSheet(
    sheetOf('b', { row: 0, col: 0 }, [
      ['指標 ①'],
      ['参加人数'],
      ['担当部等', '単位', 'R1 (現状値)', 'R2', 'R3'],
      ['総務部', '人', '実績値', 43, 45, 47],
      [_, _, '期待値', 43, 46, 49],
      ['指標 ②'],
      ['相談件数'],
      ['担当部等', '単位', 'R1 (現状値)', 'R2', 'R3'],
      ['福祉部', '件', '実績値', 10, 12, 14],
      [_, _, '期待値', 10, 11, 12],
    ]),
  );

  test('each block reads its own rows, values shifted right of the label column', () => {
    expect(sheet.indicators.map((i) => [i.id, i.name?.text, i.unit?.text, i.department, actuals(i), expecteds(i)])).toEqual([
      ['①', '参加人数', '人', '総務部', [43, 45, 47], [43, 46, 49]],
      ['②', '相談件数', '件', '福祉部', [10, 12, 14], [10, 11, 12]],
    ]);
    expect(sheet.indicators[0].years.map((y) => [y.labelCell, y.actual?.cell])).toEqual([
      ['C3', 'D4'],
      ['D3', 'E4'],
      ['E3', 'F4'],
    ]);
    expect(sheet.indicators[1].baseline).toMatchObject({ year: 2019, label: 'R1 (現状値)', value: { cell: 'D9' } });
  });
});

describe('a block with only 期待値 rows, and a heading with no rows', () => {
  const sheet = readSheet(
    sheetOf('b', { row: 0, col: 0 }, [
      ['指標 ③', '講座の開催回数'],
      ['単位', _, 'R5', 'R6', 'R7'],
      ['回', '期待値', 4, 5, 6],
      [],
      ['指標 ④', '別紙のとおり'],
    ]),
  );

  test('the expected row alone makes a block; the heading makes none', () => {
    expect(sheet.indicators).toHaveLength(1);
    const [i] = sheet.indicators;
    expect(i).toMatchObject({ id: '③', name: { text: '講座の開催回数' }, unit: { text: '回', cell: 'A3' } });
    expect(actuals(i)).toEqual([null, null, null]);
    expect(expecteds(i)).toEqual([4, 5, 6]);
    expect(i.years.map((y) => y.expected?.cell)).toEqual(['C3', 'D3', 'E3']);
  });
});

describe('where the year header is: on the anchor row, or the nearest of two year rows', () => {
  const sheet = readSheet(
    sheetOf('b', { row: 0, col: 0 }, [
      ['指標 ⑤', '参加率', 'R5', 'R6'],
      ['%', '実績値', 40, 45],
      [],
      ['指標 ⑥'],
      ['相談件数'],
      ['単位', _, '令和4年度', '令和5年度', '令和6年度'],
      [_, _, '2022年度', '2023年度', '2024年度'],
      ['件', '実績値', 10, 12, 14],
    ]),
  );
  const [a, b] = sheet.indicators;

  test('two years on the anchor row are the header of the block below it', () => {
    expect(a).toMatchObject({ id: '⑤', name: { text: '参加率', cell: 'B1' } });
    expect(a.years.map((y) => [y.year, y.labelCell, y.actual?.cell, shown(y.actual)])).toEqual([
      [2023, 'C1', 'C2', 40],
      [2024, 'D1', 'D2', 45],
    ]);
  });

  test('with two year rows above the values, the one right above them is the header', () => {
    expect(b).toMatchObject({ id: '⑥', name: { text: '相談件数', cell: 'A5' } });
    expect(b.years.map((y) => [y.year, y.labelCell, y.actual?.cell])).toEqual([
      [2022, 'C7', 'C8'],
      [2023, 'D7', 'D8'],
      [2024, 'E7', 'E8'],
    ]);
  });
});

describe('names and descriptions around the anchor', () => {
  const sheet = readSheet(
    sheetOf('b', { row: 0, col: 0 }, [
      ['指標 ⑦', '図書の貸出冊数'],
      ['指標の説明', '市立図書館の年間貸出冊数'],
      ['単位', _, 'R4', 'R5'],
      ['冊', '実績値', 1000, 1200],
      [],
      ['指標 ⑧', _, '指標の説明'],
      ['単位', _, 'R4', 'R5'],
      ['人', '実績値', 10, 12],
      [],
      ['指標 ⑨', _, '指標の説明'],
      ['講座の参加者数', _, _],
      ['単位', _, 'R4', 'R5'],
      ['人', '実績値', 30, 32],
      [],
      [_, _, '指標 ⑩', '避難訓練の参加率'],
      ['単位', _, 'R4', 'R5'],
      ['%', '実績値', 50, 55],
    ]),
  );
  const byId = (id: string) => sheet.indicators.find((i) => i.id === id)!;

  test('a 説明 row under the anchor is no name: the name is the one beside the anchor', () => {
    expect(byId('⑦').name).toEqual({ cell: 'B1', text: '図書の貸出冊数' });
    expect(byId('⑦').years.map((y) => shown(y.actual))).toEqual([1000, 1200]);
  });

  test('an anchor right above the header, beside only its 説明 label: no name, no description', () => {
    expect(byId('⑧').name).toBeNull();
    expect(byId('⑧').description).toBeNull();
  });

  test('a blank cell under the 説明 label is no description', () => {
    expect(byId('⑨').name?.text).toBe('講座の参加者数');
    expect(byId('⑨').description).toBeNull();
  });

  test('an anchor over the year column: the year under it is not its name', () => {
    expect(byId('⑩').name).toEqual({ cell: 'D15', text: '避難訓練の参加率' });
    expect(byId('⑩').years.map((y) => [y.year, y.actual?.cell])).toEqual([
      [2022, 'C17'],
      [2023, 'D17'],
    ]);
  });
});

describe('baseline words in the year header, a target year left blank, a cumulative unit', () => {
  const sheet = readSheet(
    sheetOf('b', { row: 0, col: 0 }, [
      ['指標 ⑪', '延べ利用者数'],
      ['単位', _, '策定時(H30)', 'R1', 'R2'],
      ['人(累計)', '実績値', 100, 120, _],
      [_, '期待値 ※R2は目標値', 100, 110, _],
      [],
      ['指標 ⑫', '相談件数'],
      ['単位', _, '基準年(H29)', 'H30', 'R1'],
      ['件', '実績値', 20, 22, 25],
    ]),
  );
  const [a, b] = sheet.indicators;

  test('策定時 and 基準年 years are the baseline, read from the actual', () => {
    expect(a.baseline).toMatchObject({ year: 2018, value: { cell: 'C3' } });
    expect(b.baseline).toMatchObject({ year: 2017, label: '基準年(H29)', value: { cell: 'C8' } });
    expect(b.target).toBeNull();
  });

  test('a target year with no value yet still points at its 期待値 cell', () => {
    expect(a.target).toMatchObject({ year: 2020, labelCell: 'E2', value: { cell: 'E4' } });
    expect(a.target?.value?.parsed.kind).toBe('blank');
  });

  test('「人(累計)」 in the 単位 column makes the indicator cumulative', () => {
    expect(a.unit?.text).toBe('人(累計)');
    expect(a.cumulative).toBe(true);
    expect(b.cumulative).toBe(false);
  });
});
