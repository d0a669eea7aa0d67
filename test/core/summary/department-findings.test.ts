import { analyzeWorkbook } from '../../../src/core/analyze';
import type { WorkbookAnalysis } from '../../../src/core/analyze/types';
import type { EditPlan, SheetSpec } from '../../../src/core/plan/types';
import { departmentFindings, isOwnSheet, NO_DEPARTMENT, planDepartmentFindings, STATUS_SHEET, type Submission } from '../../../src/core/summary';
import { seedSnapshot, type SeedName } from '../../support/seed-tsv';

const analysed = (seed: SeedName, name: string): WorkbookAnalysis => analyzeWorkbook({ name: `${seed}.xlsx`, sheets: [seedSnapshot(seed, name)] });
const sub = (file: string, analysis: WorkbookAnalysis | null, extra: Partial<Submission> = {}): Submission => ({ file, modified: null, analysis, ...extra });
const puts = (plan: EditPlan): SheetSpec[] => plan.ops.flatMap((o) => (o.op === 'put-sheet' ? [o.spec] : []));

describe('指摘一覧: a findings sheet per department', () => {
  const kitakami = analysed('kitakami', '9-2');
  const nasu = analysed('nasushiobara', 'P3');
  const shinjo = analysed('shinjo', '工程');
  const broken = sub('in/broken.xlsx', null, { error: { ja: '「broken.xlsx」を読めません（壊れています）。', en: 'damaged' } });
  const subs = [sub('in/a-kitakami.xlsx', kitakami), sub('in/b-nasu.xlsx', nasu), sub('in/c-shinjo.xlsx', shinjo), broken];

  test('every finding lands in exactly one department, none lost; an unreadable file in 担当部署なし', () => {
    const byDept = departmentFindings(subs);
    const all = [...byDept.values()].flat();
    expect(all).toHaveLength(kitakami.findings.length + nasu.findings.length + shinjo.findings.length + 1);
    expect(byDept.get(NO_DEPARTMENT)?.some((d) => d.file === 'in/broken.xlsx' && d.rule === null && d.severity === 'error')).toBe(true);
    // Kitakami names one department (on its items): all its findings are that department's.
    const kDepts = new Set(kitakami.sheets[0].model.items.map((i) => i.department?.trim()).filter(Boolean));
    expect(kDepts.size).toBe(1);
    expect(new Set(all.filter((d) => d.file === 'in/a-kitakami.xlsx').map((d) => d.department))).toEqual(kDepts);
    // Shinjo names none.
    expect(new Set(all.filter((d) => d.file === 'in/c-shinjo.xlsx').map((d) => d.department))).toEqual(new Set([NO_DEPARTMENT]));
  });

  test('a finding on an item’s cell goes to that item’s department (Nasushiobara: a department per row)', () => {
    const byDept = departmentFindings(subs);
    const items = nasu.sheets[0].model.items;
    expect(new Set(items.map((i) => i.department)).size).toBeGreaterThan(2);
    let checked = 0;
    for (const f of nasu.findings) {
      const item = items.find((i) => i.grade?.cell === f.cell || i.cell === f.cell);
      if (!item?.department) continue;
      const mine = byDept.get(item.department.trim()) ?? [];
      expect([f.cell, mine.some((d) => d.file === 'in/b-nasu.xlsx' && d.cell === f.cell && d.rule === f.rule)]).toEqual([f.cell, true]);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(3);
  });

  test('one sheet per department, Evalsheet’s own, errors first within a file, with 対応 and 修正', () => {
    const plan = planDepartmentFindings(subs, { generatedAt: new Date(2025, 5, 1, 9, 0) });
    const sheets = puts(plan);
    const byDept = departmentFindings(subs);
    expect(sheets.map((s) => s.name)).toEqual([...byDept.keys()].map((d) => `指摘 ${d}`.slice(0, 31)));
    for (const s of sheets) {
      expect(s.owner).toBe('evalsheet');
      expect(isOwnSheet(s.name)).toBe(true);
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(String(s.rows[0][0].value)).toContain('2025-06-01 09:00');
      const body = s.rows.slice(s.headerRows);
      const dept = [...byDept.entries()].find(([d]) => s.name === `指摘 ${d}`.slice(0, 31));
      expect(body).toHaveLength(dept?.[1].length ?? -1);
      // Within each file, エラー before 警告 before 情報.
      const rank = ['エラー', '警告', '情報'];
      for (const file of new Set(body.map((r) => r[0].value))) {
        const sev = body.filter((r) => r[0].value === file).map((r) => rank.indexOf(String(r[4].value)));
        expect([...sev].sort((a, b) => a - b)).toEqual(sev);
      }
      // The counts line adds up to the rows.
      const m = String(s.rows[1][0].value).match(/エラー (\d+) 件、警告 (\d+) 件、情報 (\d+) 件/);
      expect(m && Number(m[1]) + Number(m[2]) + Number(m[3])).toBe(body.length);
    }
    const rows = sheets.flatMap((s) => s.rows.slice(s.headerRows));
    // A fix says what to write; a finding with a rule has its 対応.
    const fixes = [kitakami, nasu, shinjo].flatMap((a) => a.findings.filter((f) => f.fix));
    for (const f of fixes) expect(rows.some((r) => r[2].value === f.cell && String(r[8].value).startsWith(`${f.fix?.cell} に `) && String(r[8].value).endsWith(' を記入'))).toBe(true);
    expect(rows.filter((r) => r[8].value !== null)).toHaveLength(fixes.length);
    expect(rows.filter((r) => r[5].value !== '読めません').every((r) => typeof r[7].value === 'string' && String(r[7].value).endsWith('。'))).toBe(true);
    // A row links to its cell in the submitted file.
    expect(rows.find((r) => r[0].value === 'a-kitakami.xlsx')?.[0].fileLink).toMatchObject({ file: 'in/a-kitakami.xlsx', sheet: '9-2' });
  });

  test('regenerating: an earlier sheet of a department with nothing left is deleted; others’ sheets and candidates kept', () => {
    const plan = planDepartmentFindings([sub('in/a-kitakami.xlsx', kitakami)], { existing: ['9-2', STATUS_SHEET, '指摘 古い課', `指摘 ${[...departmentFindings([sub('x', kitakami)]).keys()][0]} (2)`, 'メモ'] });
    expect(plan.ops.filter((o) => o.op === 'delete-sheet')).toEqual([{ op: 'delete-sheet', sheet: '指摘 古い課' }]);
  });

  test('long department names stay distinct within 31 characters', () => {
    const long = (name: string): WorkbookAnalysis => {
      const a = analysed('kitakami', '9-2');
      for (const s of a.sheets) for (const i of [...s.model.items, ...s.model.indicators, ...s.items.map((x) => x.item), ...s.indicators.map((x) => x.indicator)]) i.department = name;
      return a;
    };
    const a = 'あ'.repeat(40);
    const plan = planDepartmentFindings([sub('a.xlsx', long(`${a}課`)), sub('b.xlsx', long(`${a}室`))]);
    const names = puts(plan).map((s) => s.name);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });

  test('a findings sheet is never read as a submission sheet', () => {
    expect(isOwnSheet('指摘 まちづくり部')).toBe(true);
    expect(isOwnSheet('指摘事項メモ')).toBe(false);
  });
});
