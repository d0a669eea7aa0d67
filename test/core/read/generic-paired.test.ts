import { readSheet } from '../../../src/core/read';
import { actuals, shown } from './helpers';
import { merge, sheetOf } from './build';

/**
 * The generic reader on layouts of one class each, crafted small (issue 7): a comment merged over
 * a table's value columns, value columns paired with year columns in a one-row-per-indicator
 * table, an id column under a name header merged over two columns, grade marks under a derived
 * header. Each uses other words of the lexicon and other column positions than the corpus file
 * it came from, so the class is what is tested.
 */

const _ = null;

describe('a comment merged over the value columns ends the table', () => {
  test('years across: 「所見」 merged over the years is not an indicator', () => {
    const sheet = readSheet(
      sheetOf(
        'band',
        { row: 0, col: 0 },
        [
          ['成果指標名', '単位', 'R2年度', 'R3年度', 'R4年度'],
          ['相談件数', '件', 120, 130, 140],
          ['成果指標の所見', '件数は着実に伸びている。', _, _, _],
          ['延べ利用者数', '人', 10, 20, 30],
        ],
        { merges: [merge(2, 1, 2, 4)] },
      ),
    );
    expect(sheet.indicators.map((i) => [i.name?.text, actuals(i)])).toEqual([['相談件数', [120, 130, 140]]]);
    expect(sheet.reading[0].range).toBe('A1:E2');
  });

  test('a note merged over the whole row (「参考) … 4,016」) under a one-indicator table', () => {
    const sheet = readSheet(
      sheetOf(
        'band2',
        { row: 2, col: 1 },
        [
          [_, 'R1 (基準値)', 'R3', 'R6 (目標値)'],
          ['転入者数', '1,200人', '1,260人', '1,500人'],
          ['参考) R2 1,230人', _, _, _],
        ],
        { merges: [merge(4, 1, 4, 4)] },
      ),
    );
    expect(sheet.indicators).toHaveLength(1);
    const [i] = sheet.indicators;
    expect([i.name?.text, i.unitText, i.baseline?.year, shown(i.baseline?.value), i.target?.year, shown(i.target?.value)]).toEqual(['転入者数', '人', 2019, 1200, 2024, 1500]);
  });
});
