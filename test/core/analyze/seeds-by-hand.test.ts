import { analyzeSheets } from '../../../src/core/analyze/sheets';
import { kitakamiModel, nasushiobaraModel } from '../../support/model-builder';

const proj = (a: ReturnType<typeof analyzeSheets>) => a.findings.map((f) => [f.rule, f.severity, f.cell]);

describe('seed sheets built by hand, as a careful person would check them', () => {
  test('000 Kitakami, R5, default preset', () => {
    const a = analyzeSheets('kitakami.xlsx', [kitakamiModel()]);
    expect(a.sheets[0].evaluationYear).toBe(2023);
    expect(proj(a)).toEqual([
      ['grade-inconsistent', 'warning', 'G26'], // item 1 B, ② progress −5.2 → D
      ['grade-inconsistent', 'info', 'G28'], // item 2 B, ① progress 2.94 → A
      ['sudden-change', 'info', 'H38'], // ① R5 96 vs R4 36
      ['actual-no-data', 'info', 'F44'], // ② R3 blank, 備考 未実施
    ]);
    expect(a.sheets[0].rolledUpGrade).toBe('B');
    const [one, two] = a.sheets[0].indicators;
    expect(one.expectedLine.map((e) => e.value)).toEqual([43, 47.5, 52, 56.5, 61, 65.5, 70]);
    expect(two.expectedLine.map((e) => e.value)).toEqual([48.6, 49.1, 49.6, 50.1, 50.5, 51, 51.5]);
    expect(two.progress).toMatchObject({ year: 2023, actual: 38.7, expected: 50.5, baseline: 48.6, target: 51.5 });
    expect(two.progress!.value).toBeCloseTo(-5.2105, 4);
    expect(one.progress!.value).toBeCloseTo(2.9444, 4);
    expect(a.findings[0].message.en).toContain('below the baseline, away from the target (actual 38.7, baseline 48.6)');
  });

  test('004 Nasushiobara, preset a-e, FY2022', () => {
    const a = analyzeSheets('nasu.xlsx', [nasushiobaraModel()], { preset: 'a-e', evaluationYear: 2022 });
    expect(proj(a)).toEqual([
      ['grade-inconsistent', 'warning', 'F6'], // コミュニティ設立支援 D, 4→2 reached 2 (100%: A)
      ['grade-inconsistent', 'info', 'F8'], // 自治会活動支援 C, 93→95, 88.4 (D)
      ['grade-inconsistent', 'info', 'F9'], // 自治会加入促進 C, 66.1→70.0, 58.2 (D)
      ['grade-inconsistent', 'info', 'F10'], // 自主防災 C, 73→95, 82 (41%: D)
      ['grade-inconsistent', 'info', 'F12'], // コミュニティ助成 C, 14→16, 11 (D)
      ['actual-no-data', 'info', 'J15'], // ポータルサイト current 「-」
      ['grade-inconsistent', 'warning', 'F16'], // 避難行動要支援者 C, 0→50, 57 (114%: A)
      ['grade-inconsistent', 'info', 'F18'], // 地域学校協働本部 C, 0→100, 93 (B)
      ['grade-inconsistent', 'warning', 'F20'], // 市職員研修 D, 1→2 reached 2 (A)
    ]);
    const progress = Object.fromEntries(a.sheets[0].indicators.filter((i) => i.progress).map((i) => [i.indicator.key, [Math.round(i.progress!.value * 1000) / 1000, i.suggestedGrade]]));
    expect(progress).toEqual({
      コミュニティ設立支援: [1, 'A'],
      自治会活動支援: [-2.3, 'D'],
      自治会加入促進に関する連携: [-2.026, 'D'],
      自主防災組織結成促進・支援事業: [0.409, 'D'],
      コミュニティ助成: [-1.5, 'D'],
      協働のまちづくり推進団体登録事業: [2.84, 'A'],
      避難行動要支援者の支援: [1.14, 'A'],
      地域住民助け合い事業: [3.095, 'A'],
      地域学校協働本部の設置: [0.93, 'B'],
      市職員研修: [1, 'A'],
    });
  });
});
