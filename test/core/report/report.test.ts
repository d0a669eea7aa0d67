import { analyzeSheets } from '../../../src/core/analyze/sheets';
import { buildReport, errorReport, fileReport } from '../../../src/core/report';
import { kitakamiModel, sheet } from '../../support/model-builder';

const keys = (o: object) => Object.keys(o).sort();

describe('the JSON report (RULES.md shape)', () => {
  const analysis = analyzeSheets('9-2.xlsx', [kitakamiModel(), sheet({ sheet: 'memo', kind: 'unrecognized' })]);
  const report = buildReport([fileReport('in/9-2.xlsx', analysis), errorReport('bad.xlsx', 'unreadable', 'bad.xlsx: not an .xlsx file')], '1.2.3');
  const json = JSON.parse(JSON.stringify(report));

  test('key sets at every level', () => {
    expect(keys(json)).toEqual(['files', 'summary', 'version']);
    expect(keys(json.summary)).toEqual(['errors', 'files', 'info', 'warnings']);
    const file = json.files[0];
    expect(keys(file)).toEqual(['error', 'file', 'findings', 'sheets']);
    const s = file.sheets[0];
    expect(keys(s)).toEqual(['evaluationYear', 'indicators', 'items', 'kind', 'layouts', 'overallGrade', 'reading', 'sheet']);
    expect(keys(s.overallGrade)).toEqual(['cell', 'value']);
    expect(keys(s.items[0])).toEqual(['cell', 'grade', 'indicatorRefs', 'no', 'previousGrade', 'suggestedGrade']);
    const ind = s.indicators[0];
    expect(keys(ind)).toEqual(['baseline', 'cell', 'direction', 'id', 'name', 'progress', 'target', 'unit', 'years']);
    expect(keys(ind.baseline)).toEqual(['value', 'year']);
    expect(keys(ind.years[0])).toEqual(['actual', 'actualCell', 'expected', 'expectedCell', 'label', 'note', 'year']);
    expect(keys(ind.progress)).toEqual(['value', 'year']);
    expect(keys(file.findings[0])).toEqual(['cell', 'data', 'fix', 'message', 'rule', 'severity', 'sheet']);
    expect(keys(file.findings[0].message)).toEqual(['en', 'ja']);
  });

  test('values of the Kitakami sheet', () => {
    const s = json.files[0].sheets[0];
    expect(s).toMatchObject({ sheet: '9-2', kind: 'evaluation', layouts: ['indicator-blocks'], evaluationYear: 2023, overallGrade: { value: 'B', cell: 'B16' } });
    expect(s.items[0]).toEqual({ no: '1', cell: 'A26', grade: 'B', previousGrade: 'B', indicatorRefs: ['②'], suggestedGrade: 'D' });
    expect(s.items[2].suggestedGrade).toBeNull();
    const one = s.indicators[0];
    expect(one).toMatchObject({ id: '①', unit: '人', cell: 'A35', direction: 'increase', baseline: { year: 2019, value: 43 }, target: { year: 2025, value: 70 } });
    expect(one.years[0]).toEqual({ year: 2019, label: 'R1 (現状値)', actual: 43, expected: 43, actualCell: 'D38', expectedCell: 'D39', note: null });
    expect(one.years[6]).toMatchObject({ actual: null, expected: 70 });
    expect(s.indicators[1].years[0].note).toBe('H30');
    expect(s.indicators[2].progress).toBeNull();
  });

  test('an unrecognised sheet and an unreadable file', () => {
    expect(json.files[0].sheets[1]).toEqual({ sheet: 'memo', kind: 'unrecognized', layouts: [], evaluationYear: null, reading: [], overallGrade: null, items: [], indicators: [] });
    expect(json.files[1]).toEqual({ file: 'bad.xlsx', error: { code: 'unreadable', message: 'bad.xlsx: not an .xlsx file' }, sheets: [], findings: [] });
  });

  test('summary counts by severity across files', () => {
    expect(json.summary).toEqual({ files: 2, errors: 0, warnings: 1, info: 3 });
    expect(json.version).toBe('1.2.3');
  });
});
