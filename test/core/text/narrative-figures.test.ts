import fc from 'fast-check';
import { parseNarrative, type NarrativeFigure } from '../../../src/core/text/narrative-figures';

/** The parser's figures as short tuples (STYLE.md: assert on a projection). */
function figs(text: string, era: 'R' | 'H' | null = 'R') {
  return parseNarrative(text, { era }).figures.map((f) => project(f));
}

function project(f: NarrativeFigure) {
  const q = (x: { decimalText: string; unit: string | null } | null | undefined) => (x ? `${x.decimalText}${x.unit ?? ''}` : null);
  return {
    kind: f.kind,
    ...(f.subject ? { subject: f.subject } : {}),
    ...(f.direction ? { direction: f.direction } : {}),
    ...(f.amount ? { amount: q(f.amount) } : {}),
    ...(f.from ? { from: [q(f.from.quantity), f.from.year] } : {}),
    ...(f.to ? { to: [q(f.to.quantity), f.to.year] } : {}),
    ...(f.level ? { level: [q(f.level.quantity), f.level.year] } : {}),
    ...(f.outcome ? { outcome: f.outcome } : {}),
    ...(f.basis ? { basis: f.basis } : {}),
    ...(f.intent ? { intent: true } : {}),
  };
}

describe('changes, pairs and levels', () => {
  test('a change with its from → to pair and years (Kitakami 9-2, 達成状況)', () => {
    expect(figs('相談対応・企画支援件数6件増(令和4年度:14件→令和5年度:66件)、協働マッチング件数は維持(令和4年度:7件→令和5年度:7件)')).toEqual([
      { kind: 'change', subject: '相談対応・企画支援件数', direction: 'up', amount: '6件', from: ['14件', 2022], to: ['66件', 2023] },
      { kind: 'steady', subject: '協働マッチング件数', from: ['7件', 2022], to: ['7件', 2023] },
    ]);
  });

  test('points against the previous survey, with the cell’s indicator number', () => {
    const p = parseNarrative('② 地域活動等に参加している市民の割合は前回調査と比較して2.2ポイント低下した。');
    expect(p.cellRefs).toEqual([2]);
    expect(p.figures.map(project)).toEqual([{ kind: 'change', subject: '地域活動等に参加している市民の割合', direction: 'down', amount: '2.2ポイント', basis: 'previous-actual' }]);
  });

  test('full-width digits, commas and brackets read as the half-width text', () => {
    expect(figs('利用者数は１，２００人から１，５００人へ３００人増加した。')).toEqual(figs('利用者数は1,200人から1,500人へ300人増加した。'));
    expect(figs('利用者数は1,200人から1,500人へ300人増加した。')).toEqual([{ kind: 'change', subject: '利用者数', direction: 'up', amount: '300人', from: ['1200人', null], to: ['1500人', null] }]);
  });

  test('「72件から202件へ」 with the change in words; a level 「参加率は38.7%」', () => {
    expect(figs('参加率は38.7%で、支援件数は72件から202件へ増加した。')).toEqual([
      { kind: 'level', subject: '参加率', level: ['38.7%', null] },
      { kind: 'change', subject: '支援件数', direction: 'up', from: ['72件', null], to: ['202件', null] },
    ]);
  });

  test('years after the value in brackets, era years 平成 and bare years in the sheet’s era', () => {
    expect(figs('①婚姻率:5.5‰(平成25年)→5.9‰(平成31年)')).toEqual([{ kind: 'pair', subject: '婚姻率', from: ['5.5‰', 2013], to: ['5.9‰', 2019] }]);
    expect(figs('普及率を64.5%(H22)から67.7%(H26)に増加させる。')).toEqual([{ kind: 'pair', subject: '普及率', from: ['64.5%', 2010], to: ['67.7%', 2014], intent: true }]);
    expect(figs('件数は4年度:10件→5年度:12件', 'R')[0]).toMatchObject({ from: ['10件', 2022], to: ['12件', 2023] });
  });

  test('目標を達成 / 下回った / 達しなかった', () => {
    expect(figs('まちづくりセンター設置数については目標を達成した。')).toEqual([{ kind: 'target', subject: 'まちづくりセンター設置数', outcome: 'reached' }]);
    expect(figs('現状では目標値を若干下回った。')[0]).toMatchObject({ kind: 'target', outcome: 'not-reached' });
    expect(figs('目標値には達しなかったが、普及率は向上した。')[0]).toMatchObject({ kind: 'target', outcome: 'not-reached' });
  });

  test('横ばい, 前年度 and 今年度', () => {
    expect(figs('参加者数は前年度と比べ横ばいであった。')).toEqual([{ kind: 'steady', subject: '参加者数', basis: 'previous-year' }]);
    expect(figs('今年度は参加率が40.1%となった。')[0]).toMatchObject({ kind: 'level', basis: 'current' });
  });
});

describe('what is not a figure', () => {
  test('aims, names of rates, trends, dates, ages and ordinals', () => {
    expect(figs('連携する機会を増やす。')).toEqual([]);
    expect(figs('売上の前年度比増加率を指標とする。')).toEqual([]);
    expect(figs('活動量が減少傾向であった。')).toEqual([]);
    expect(figs('20～40代の移住者を対象とし、5月14日に開催した。')).toEqual([]);
    expect(figs('令和5年度から、まちづくりスタートアップ塾を改変した。')).toEqual([]);
    expect(figs('市内全27校中25校に配置が完了。')).toEqual([]);
  });

  test('指標2 is a reference, not a number', () => {
    const p = parseNarrative('指標2の参加率は38.7%。');
    expect(p.figures).toHaveLength(1);
    expect(p.figures[0].refs).toEqual([2]);
    expect(p.figures[0].level?.quantity.value).toBe(38.7);
  });

  test('約 marks an approximate figure', () => {
    expect(parseNarrative('平成27年度では約1200名/年の人が参加している。').figures.find((f) => f.kind === 'level')?.level?.quantity).toMatchObject({ value: 1200, unit: '名/年', approx: true });
  });
});

test('a hostile cell (32,767 characters of numbers and years) is read in bounded time', () => {
  const text = '令和4年度:14件→令和5年度:20件、'.repeat(2000).slice(0, 32767);
  const t0 = Date.now();
  const p = parseNarrative(text);
  expect(Date.now() - t0).toBeLessThan(2000);
  expect(p.figures.length).toBeGreaterThan(100);
  expect(p.figures.every((f) => f.kind === 'pair')).toBe(true);
});

describe('properties', () => {
  const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/:/g, '：').replace(/\(/g, '（').replace(/\)/g, '）');
  const grouped = (n: number) => n.toLocaleString('en-US');

  test('a stated change and its pair are read back exactly, in half- or full-width, with or without commas', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 1, max: 6 }), fc.boolean(), fc.boolean(), (from, to, era, wide, commas) => {
        fc.pre(from !== to);
        const n = (x: number) => (commas ? grouped(x) : String(x));
        const word = to > from ? '増' : '減';
        let text = `相談件数${n(Math.abs(to - from))}件${word}(令和${era}年度:${n(from)}件→令和${era + 1}年度:${n(to)}件)`;
        if (wide) text = fullWidth(text);
        const [f] = parseNarrative(text).figures;
        expect(f.kind).toBe('change');
        expect(f.direction).toBe(to > from ? 'up' : 'down');
        expect([f.amount?.value, f.from?.quantity.value, f.to?.quantity.value]).toEqual([Math.abs(to - from), from, to]);
        expect([f.from?.year, f.to?.year]).toEqual([2018 + era, 2019 + era]);
      }),
      { numRuns: 200 },
    );
  });

  test('decimals survive: 「N.Nポイント低下」 keeps its digits as written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (tenths) => {
        const d = (tenths / 10).toFixed(1);
        const [f] = parseNarrative(`参加率は前回調査と比較して${d}ポイント低下した。`).figures;
        expect(f.amount?.decimalText).toBe(d);
        expect(f.amount?.decimals).toBe(1);
      }),
      { numRuns: 100 },
    );
  });

  test('never throws, and every quote is a piece of the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(fc.constantFrom('件', '増', '減', '→', 'から', '令和5年度', ':', '1', '２', '、', '。', '目標を達成した', '(', ')', '①', '維持', '%', 'ポイント', '約'), { maxLength: 30 }), (a, b) => {
        const text = a + b.join('');
        const p = parseNarrative(text);
        for (const f of p.figures) expect(text.includes(f.quote) || f.quote === '').toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
