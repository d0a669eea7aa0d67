import { circled, circledRefs, circledValue, fold, squash } from '../../../src/core/text/normalize';

/** Issue 13 (mutation testing, src/core/text/normalize.ts): labels matched however typed, indicator references ①～⑦. */

describe('fold and squash', () => {
  test.each([
    ['評価　　シート', '評価 シート'], // a run of spaces is one space
    ['目標値  （Ｒ７）', '目標値 (R7)'],
    ['\t実績\n 値 ', '実績 値'],
  ])('fold(%j) = %j', (text, out) => expect(fold(text)).toBe(out));

  test.each([
    ['目 標 値', '目標値'],
    ['実績　　値', '実績値'],
    ['達成 状況（対象：R5）', '達成状況(対象:R5)'],
  ])('squash(%j) = %j', (text, out) => expect(squash(text)).toBe(out));
});

describe('circled indicator numbers', () => {
  test.each([
    ['①', 1],
    ['⑩', 10],
    ['⑳', 20],
    ['1', null],
    ['A', null],
  ])('circledValue(%s) = %s', (ch, v) => expect(circledValue(ch)).toBe(v));

  test.each([
    [1, '①'],
    [7, '⑦'],
    [20, '⑳'],
    [0, '0'],
    [21, '21'],
    [-1, '-1'],
  ])('circled(%i) = %s', (n, ch) => expect(circled(n)).toBe(ch));
});

describe('references to indicators: single numbers and ranges', () => {
  test.each([
    ['①～③', ['①', '②', '③']], // full-width tilde
    ['①~③', ['①', '②', '③']], // ASCII tilde
    ['①〜③', ['①', '②', '③']], // wave dash
    ['指標①～⑦に対応', ['①', '②', '③', '④', '⑤', '⑥', '⑦']],
    ['⑱～⑳', ['⑱', '⑲', '⑳']],
    ['①、③', ['①', '③']], // not a range
    ['①③⑤', ['①', '③', '⑤']], // not ranges
    ['①～など', ['①']], // a tilde not followed by a number
    ['①～', ['①']],
    ['②～②', ['②']],
    ['①～③、⑤', ['①', '②', '③', '⑤']],
    ['③、①～④', ['③', '①', '②', '④']], // each once, in order of first mention
    ['なし', []],
  ])('circledRefs(%j) = %j', (text, refs) => expect(circledRefs(text)).toEqual(refs));
});
