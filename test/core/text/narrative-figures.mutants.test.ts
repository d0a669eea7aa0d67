import { parseNarrative, type NarrativeFigure } from '../../../src/core/text/narrative-figures';

/** Issue 13 (mutation testing, src/core/text/narrative-figures.ts): the figures a city's sentences state, as the rules receive them. */

const q = (x: { decimalText: string; unit: string | null; approx?: boolean } | null | undefined) => (x ? `${x.decimalText}${x.unit ?? ''}${x.approx ? '(約)' : ''}` : null);
const brief = (f: NarrativeFigure) => ({
  kind: f.kind,
  subject: f.subject,
  ...(f.amount ? { amount: q(f.amount) } : {}),
  ...(f.from ? { from: [q(f.from.quantity), f.from.year] } : {}),
  ...(f.to ? { to: [q(f.to.quantity), f.to.year] } : {}),
  ...(f.level ? { level: [q(f.level.quantity), f.level.year] } : {}),
});
const figs = (text: string, era: 'R' | 'H' | null = 'R') => parseNarrative(text, { era }).figures.map(brief);

describe('sentences, bullets and clauses', () => {
  test('each sentence (。 or a line break) and each bullet (・ ◇ after a space) is read on its own, quoted as written', () => {
    const p = parseNarrative('相談件数は１２件。\n参加率は40%。');
    expect(p.figures.map((f) => [f.kind, f.quote, q(f.level?.quantity)])).toEqual([
      ['level', '相談件数は１２件。', '12件'],
      ['level', '参加率は40%。', '40%'],
    ]);
    expect(parseNarrative(' ・参加者数は120人 ・団体数は8団体').figures.map((f) => f.quote)).toEqual(['・参加者数は120人', '・団体数は8団体']);
    expect(parseNarrative('◇参加者数は120人').figures.map((f) => [f.subject, f.quote])).toEqual([['参加者数', '◇参加者数は120人']]);
  });

  test('a line break ends a sentence even without 。: each line keeps its own subject and quote', () => {
    for (const text of ['相談件数は12件\n参加率は40%', '相談件数は12件\r\n参加率は40%']) {
      expect(parseNarrative(text).figures.map((f) => [f.subject, f.quote, q(f.level?.quantity)])).toEqual([
        ['相談件数', '相談件数は12件', '12件'],
        ['参加率', '参加率は40%', '40%'],
      ]);
    }
  });

  test('an empty first clause names no topic; the next one does', () => {
    expect(parseNarrative('、参加率は38.7%').figures.map((f) => [f.topic, f.subject])).toEqual([['参加率', '参加率']]);
  });

  test('a grouping comma does not split a clause, a comma between clauses does; 、 alone has no figure', () => {
    expect(figs('参加者数は1,200人、団体数は8団体')).toEqual([
      { kind: 'level', subject: '参加者数', level: ['1200人', null] },
      { kind: 'level', subject: '団体数', level: ['8団体', null] },
    ]);
    expect(figs('参加者数は1200人,団体数は8団体')).toHaveLength(2);
    expect(figs('、')).toEqual([]);
    expect(figs('。。')).toEqual([]);
  });

  test('the first clause names the topic of the sentence (「…については、」)', () => {
    const [f] = parseNarrative('まちづくりセンターについては、設置数が5か所となった。').figures;
    expect([f.topic, f.subject, q(f.level?.quantity)]).toEqual(['まちづくりセンター', '設置数', '5か所']);
  });
});

describe('indicator references', () => {
  test('circled numbers at the start are the cell’s indicators; 指標No.3 and 指標 NO 3 are references', () => {
    expect(parseNarrative('①②参加率は38.7%').cellRefs).toEqual([1, 2]);
    expect(parseNarrative('①、③ 参加率は38.7%').cellRefs).toEqual([1, 3]);
    expect(parseNarrative('参加率は①で38.7%').cellRefs).toEqual([]);
    expect(parseNarrative('指標No.3の参加率は38.7%').figures[0].refs).toEqual([3]);
    expect(parseNarrative('指標 NO 3 は12件').figures[0].refs).toEqual([3]);
  });
});

describe('a range of indicators 「①～③」 is all three', () => {
  test('at the start of the cell and in a clause', () => {
    expect(parseNarrative('①～③について、参加率は38.7%となった。').cellRefs).toEqual([1, 2, 3]);
    expect(parseNarrative('①〜③について、参加率は38.7%となった。').cellRefs).toEqual([1, 2, 3]);
    expect(parseNarrative('①～③、⑤ 参加率は38.7%').cellRefs).toEqual([1, 2, 3, 5]);
    expect(parseNarrative('①～③の参加率は38.7%').figures[0].refs).toEqual([1, 2, 3]);
    expect(parseNarrative('指標②～④の参加率は38.7%').figures[0].refs).toEqual([2, 3, 4]);
  });
});

describe('years with a figure', () => {
  test.each([
    ['令和5年度時点で120人', ['120人', 2023]],
    ['R5では38.7%', ['38.7%', 2023]],
    ['令和5年度には40件', ['40件', 2023]],
    ['GR5は38.7%', ['38.7%', null]], // a code, not an era year
    ['件数は2335件', ['2335件', null]], // a count, not the year 2335
    ['件数は2024件', ['2024件', null]], // a count: a Western year is written 2024年度
  ])('%s: level %j', (text, level) => {
    expect(figs(text)[0].level).toEqual(level);
  });

  test('bare years take the sheet’s era, one answer per era', () => {
    expect(figs('件数は4年度:10件→5年度:12件', 'H')[0]).toMatchObject({ from: ['10件', 1992], to: ['12件', 1993] });
    expect(figs('件数は4年度:10件→5年度:12件', 'R')[0]).toMatchObject({ from: ['10件', 2022], to: ['12件', 2023] });
    expect(figs('件数は4年度:10件→5年度:12件', null)[0]).toMatchObject({ from: ['10件', 2022], to: ['12件', 2023] });
  });

  test('Western years and ⇒ make a pair too; years after values in brackets', () => {
    expect(figs('2023年度:10件⇒2024年度:12件')).toEqual([{ kind: 'pair', subject: null, from: ['10件', 2023], to: ['12件', 2024] }]);
    expect(figs('参加率は38.7%(R4)から40.1%(R5)へ上昇した')).toEqual([{ kind: 'change', subject: '参加率', from: ['38.7%', 2022], to: ['40.1%', 2023] }]);
  });
});

describe('an ASCII arrow makes a pair, as → and ⇒ do', () => {
  test.each(['件数は10件->12件', '件数は10件－＞12件', '件数は10件 -> 12件'])('%s: 10件 → 12件, not a level 10 「件->」', (text) => {
    expect(figs(text)).toEqual([{ kind: 'pair', subject: '件数', from: ['10件', null], to: ['12件', null] }]);
  });
  test('with a change word, the pair is the change’s', () => {
    expect(figs('利用者数は10人->12人に増加した')).toEqual([{ kind: 'change', subject: '利用者数', from: ['10人', null], to: ['12人', null] }]);
  });
  test('a dash inside a unit stays (「5t-CO2」 keeps 「t-CO」 up to the digit)', () => {
    expect(figs('排出量は5t-CO2')[0].level).toEqual(['5t-CO', null]);
  });
});

describe('numbers that are not figures', () => {
  test.each(['3月に12件', '参加率は5/10', '参加者数が増減した', '参加率は低下傾向', '参加者数5人増進'])('%s has no figure', (text) => {
    expect(figs(text)).toEqual([]);
  });

  test('約 / 概ね / およそ mark an approximate level; a bound word ends the unit', () => {
    expect(figs('参加者はおよそ300人')[0].level).toEqual(['300人(約)', null]);
    expect(figs('参加者は概ね300人')[0].level).toEqual(['300人(約)', null]);
    expect(figs('申請件数は12件以上')[0].level).toEqual(['12件', null]);
    expect(figs('申請件数は10件/')[0].level).toEqual(['10件', null]);
  });
});

describe('changes, steady figures and targets', () => {
  test.each<[string, unknown[]]>([
    ['参加率は4.2%の増加となった。', [{ kind: 'change', subject: '参加率', amount: '4.2%' }]],
    ['参加者数5人増', [{ kind: 'change', subject: '参加者数', amount: '5人' }]],
    ['参加者数が増加しています', [{ kind: 'change', subject: '参加者数' }]],
    ['参加者数が5人増加し、団体数は維持', [{ kind: 'change', subject: '参加者数', amount: '5人' }, { kind: 'steady', subject: '団体数' }]],
    ['件数が10件から12件に増え、目標を達成した。', [{ kind: 'change', subject: '件数', from: ['10件', null], to: ['12件', null] }, { kind: 'target', subject: null }]],
  ])('%s', (text, out) => expect(figs(text)).toEqual(out));

  test.each([
    ['目標値をやや下回った', 'not-reached'],
    ['目標には若干達しなかった', 'not-reached'],
    ['計画値を達成できなかった', 'not-reached'],
    ['目標を達成した', 'reached'],
  ])('%s: %s', (text, outcome) => {
    expect(parseNarrative(text).figures.map((f) => [f.kind, f.outcome])).toEqual([['target', outcome]]);
  });

  test('a steady word at the very start is read (「横ばいで推移した」)', () => {
    expect(figs('横ばいで推移した')).toEqual([{ kind: 'steady', subject: null }]);
  });

  test('前年度並み is steady against the previous year', () => {
    expect(parseNarrative('参加者数は前年度並み').figures.map((f) => [f.kind, f.basis])).toEqual([['steady', 'previous-year']]);
  });
});

describe('bounds of what is read', () => {
  test('the first 4,000 characters of a cell are read, the rest is not', () => {
    expect(figs(`${'ア'.repeat(3990)}参加率は38.7%`)).toHaveLength(1);
    expect(figs(`${'ア'.repeat(4010)}参加率は38.7%`)).toEqual([]);
  });

  test('the answer is shared and frozen: a caller cannot change what the next one reads', () => {
    const p = parseNarrative('参加率は38.7%');
    expect(Object.isFrozen(p.figures[0].level)).toBe(true);
    expect(() => {
      (p.figures as NarrativeFigure[]).push(p.figures[0]);
    }).toThrow();
    expect(parseNarrative('参加率は38.7%').figures).toHaveLength(1);
  });
});
