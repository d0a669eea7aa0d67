import { run, fired, clean } from './support';

/** clean(): item 1 refers to ① 参加人数 (人), R1…R5 actuals 100 → 140, evaluated year R5; fields H26 (内部要因), I26, J26. */
const withText = (...texts: string[]) => clean({ narrative: texts });

describe('narrative-figure-inconsistent', () => {
  test('fires on an amount its own numbers contradict (Kitakami 9-2: 6件増 for 14 → 66)', () => {
    const f = run('narrative-figure-inconsistent', withText('相談対応・企画支援件数6件増(令和4年度:14件→令和5年度:66件)'));
    expect(f.map((x) => [x.rule, x.cell])).toEqual([['narrative-figure-inconsistent', 'H26']]);
    expect(f[0].message.ja).toBe('H26（内部要因）の「相談対応・企画支援件数6件増(令和4年度:14件→令和5年度:66件)」は 6件 の増加としていますが、14件 → 66件 の差は 52件 です。');
    expect(f[0].message.en).toContain('states a rise of 6件, but 14件 → 66件 is a difference of 52件');
    expect(f[0].data).toMatchObject({ problem: 'amount', from: '14件', to: '66件', difference: 52 });
  });

  test('fires on 増 where the numbers fall, and on 維持 where they differ', () => {
    expect(fired('narrative-figure-inconsistent', withText('登録団体数は増加(令和4年度:20団体→令和5年度:15団体)'))).toEqual([['narrative-figure-inconsistent', 'H26']]);
    const steady = run('narrative-figure-inconsistent', withText('', '協働マッチング件数は維持(令和4年度:7件→令和5年度:8件)'));
    expect(steady.map((x) => [x.cell, x.data.problem])).toEqual([['I26', 'steady']]);
    expect(steady[0].message.ja).toContain('は維持としていますが、7件 → 8件 で値が変わっています。');
  });

  test('fires on full-width text as on half-width, and in any field (the text contradicts itself)', () => {
    expect(fired('narrative-figure-inconsistent', withText('', '', '相談件数６件増（令和４年度：１４件→令和５年度：６６件）'))).toEqual([['narrative-figure-inconsistent', 'J26']]);
  });

  test('not when the numbers agree: 130件増 (72 → 202), 維持 (7 → 7), 2.2ポイント低下, a relative 10%増', () => {
    expect(
      fired(
        'narrative-figure-inconsistent',
        withText(
          '地域づくり組織支援件数130件増(令和4年度:72件→令和5年度:202件)、協働マッチング件数は維持(令和4年度:7件→令和5年度:7件)',
          '参加率は2.2ポイント低下(令和4年度:40.9%→令和5年度:38.7%)',
          '利用者数は10%増(令和4年度:100人→令和5年度:110人)',
        ),
      ),
    ).toEqual([]);
  });

  test('not for approximate numbers, nor for a change without its own numbers', () => {
    expect(fired('narrative-figure-inconsistent', withText('相談件数6件増(約14件→約66件)', '相談件数は6件増加した。'))).toEqual([]);
  });
});
