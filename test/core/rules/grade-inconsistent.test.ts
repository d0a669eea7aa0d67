import { fired, run, clean } from './support';
import { nasushiobaraModel } from '../../support/model-builder';

test('2+ levels → warning, 1 level → info; the message shows actual, expected, baseline, progress', () => {
  const behind = clean({ grade: 'A', actual: [100, 110, 120, 130, 115] }); // (115−100)/(140−100) = 37.5% → D
  expect(run('grade-inconsistent', behind).map((f) => [f.severity, f.cell, f.data.suggested])).toEqual([['warning', 'G26', 'D']]);
  const f = run('grade-inconsistent', behind)[0];
  expect(f.message.ja).toContain('実績 115、期待値 140、基準値 100、進捗 37.5%');
  expect(f.message.en).toContain('graded A, 3 levels from the D');
  const slightly = clean({ grade: 'A', actual: [100, 110, 120, 130, 135] }); // 87.5% → B
  expect(run('grade-inconsistent', slightly).map((f) => [f.severity, f.cell])).toEqual([['info', 'G26']]);
  expect(run('grade-inconsistent', slightly)[0].message.en).toContain('graded A, 1 level from the B');
  // Exactly 2 levels (the boundary of the split): A against C is a warning.
  const two = clean({ grade: 'A', actual: [100, 110, 120, 130, 125] }); // 62.5% → C
  expect(run('grade-inconsistent', two).map((f) => [f.severity, f.cell, f.data.suggested, f.data.levels])).toEqual([['warning', 'G26', 'C', 2]]);
  expect(run('grade-inconsistent', clean({ grade: 'D', actual: [100, 110, 120, 130, 135] })).map((f) => [f.severity, f.data.levels])).toEqual([['warning', 2]]);
});

test('not when consistent, nor for E (評価不能), nor for qualitative rows', () => {
  expect(fired('grade-inconsistent', clean())).toEqual([]);
  const nasu = nasushiobaraModel();
  const cells = fired('grade-inconsistent', nasu, { preset: 'a-e', evaluationYear: 2022 }).map(([, c]) => c);
  expect(cells).not.toContain('F15'); // ポータルサイト: E
  expect(cells).not.toContain('F7'); // 保険制度: 一部実施 (qualitative)
});

test('an item with several indicators rolls their suggestions up', () => {
  const m = clean({ grade: 'D', actual: [100, 110, 120, 130, 140] });
  const two = JSON.parse(JSON.stringify(m.indicators[0]));
  two.key = '②';
  two.id = '②';
  two.years[4].actual = { ...two.years[4].actual, raw: 110, parsed: { ...two.years[4].actual.parsed, value: 110, decimalText: '110' } }; // 25% → D
  m.indicators.push(two);
  m.items[0].indicatorKeys = ['①', '②'];
  // A (4) and D (1): mean 2.5, as near B (3) as C (2): the tie goes to the worse grade, C.
  expect(run('grade-inconsistent', m).map((f) => [f.severity, f.data.suggested])).toEqual([['info', 'C']]);
});
