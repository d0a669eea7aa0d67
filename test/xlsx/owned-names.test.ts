import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { analyzeWorkbook } from '../../src/core/analyze';
import { CHART_DATA_SHEET, planCharts } from '../../src/core/charts';
import type { EditPlan, SheetSpec } from '../../src/core/plan/types';
import { planSummary, SUMMARY_SHEET } from '../../src/core/summary';
import { XlsxWorkbook } from '../../src/xlsx';
import { drawingRelId, sheetParts, text } from '../../src/xlsx/chart-parts/package';
import { seedWorkbook } from '../render/seed-workbook';

/** Workbook bytes of a seed, with user sheets of the given names (each holding 「利用者の表」 in A1). */
async function withUserSheets(seed: 'kitakami' | 'nasushiobara', sheet: string, userSheets: string[]): Promise<Uint8Array> {
  const e = new ExcelJS.Workbook();
  await e.xlsx.load((await seedWorkbook([{ seed, name: sheet }])) as unknown as ArrayBuffer);
  for (const n of userSheets) e.addWorksheet(n).getCell('A1').value = '利用者の表';
  return new Uint8Array((await e.xlsx.writeBuffer()) as ArrayBuffer);
}

async function exceljsOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const e = new ExcelJS.Workbook();
  await e.xlsx.load(bytes as unknown as ArrayBuffer);
  return e;
}

/** Sheet name → the chart formulas (<c:f>) drawn on it. */
async function chartFormulasBySheet(bytes: Uint8Array): Promise<Map<string, string[]>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string[]>();
  for (const [name, part] of await sheetParts(zip)) {
    const xml = (await text(zip, part)) as string;
    if (!drawingRelId(xml)) continue;
    const drawingRels = (await text(zip, part.replace('worksheets/', 'worksheets/_rels/') + '.rels')) as string;
    const drawing = /Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(drawingRels)![1];
    const chartRels = (await text(zip, `xl/drawings/_rels/${drawing}.rels`)) as string;
    const formulas: string[] = [];
    for (const m of chartRels.matchAll(/Target="\.\.\/charts\/(chart\d+\.xml)"/g)) {
      const chart = (await text(zip, `xl/charts/${m[1]}`)) as string;
      formulas.push(...[...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((f) => f[1].replace(/&apos;/g, "'")));
    }
    out.set(name, formulas);
  }
  return out;
}

describe('hidden owned sheets', () => {
  const spec = (name: string, hidden?: boolean): SheetSpec => ({ name, owner: 'evalsheet', rows: [[{ value: name }]], headerRows: 1, ...(hidden === undefined ? {} : { hidden }) });

  it('a spec marked hidden is written hidden (not very hidden); others stay visible; undo restores it hidden', async () => {
    const wb = await XlsxWorkbook.open(await seedWorkbook([{ seed: 'kitakami', name: '9-2' }]), 'k.xlsx');
    await wb.applyPlan({ title: { ja: 't', en: 't' }, ops: [{ op: 'put-sheet', spec: spec('データ', true) }, { op: 'put-sheet', spec: spec('一覧') }] });
    const e = await exceljsOf(await wb.toBytes());
    expect(e.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['9-2', 'visible'],
      ['データ', 'hidden'],
      ['_evalsheet', 'veryHidden'],
      ['一覧', 'visible'],
    ]);
    const gone = await wb.applyPlan({ title: { ja: 't', en: 't' }, ops: [{ op: 'delete-sheet', sheet: 'データ' }] });
    await wb.applyPlan(gone.undo);
    expect((await exceljsOf(await wb.toBytes())).getWorksheet('データ')!.state).toBe('hidden');
  });

  it("the charts' data sheet 「Evalsheet グラフデータ」 is no tab a person sees", async () => {
    const wb = await XlsxWorkbook.open(await seedWorkbook([{ seed: 'nasushiobara', name: 'P3' }]), 'n.xlsx');
    const snap = await wb.readSnapshot();
    await wb.applyPlan(planCharts(analyzeWorkbook(snap), { placement: 'beside', snapshot: snap }));
    const e = await exceljsOf(await wb.toBytes());
    expect(e.getWorksheet(CHART_DATA_SHEET)!.state).toBe('hidden');
    expect(e.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['P3']);
  });
});

describe("owned sheets written under another name (a user's sheet has the name)", () => {
  it('the summary lands on 「評価サマリー (2)」 and its grade chart goes there too, bound to its cells', async () => {
    const wb = await XlsxWorkbook.open(await withUserSheets('kitakami', '9-2', [SUMMARY_SHEET]), 'k.xlsx');
    const plan = planSummary([{ file: null, analysis: analyzeWorkbook(await wb.readSnapshot()) }]);
    const r = await wb.applyPlan(plan);
    expect(r.skipped).toEqual([]);
    const bytes = await wb.toBytes();
    const charts = await chartFormulasBySheet(bytes);
    const renamed = `${SUMMARY_SHEET} (2)`;
    expect([...charts.keys()]).toEqual([renamed]);
    expect(charts.get(renamed)!.length).toBeGreaterThan(1);
    for (const f of charts.get(renamed)!) expect(f.startsWith(`'${renamed}'!`)).toBe(true);
    const e = await exceljsOf(bytes);
    expect(e.getWorksheet(SUMMARY_SHEET)!.getCell('A1').value).toBe('利用者の表');
    expect(e.getWorksheet(SUMMARY_SHEET)!.rowCount).toBe(1);
    // the undo takes away what was written, by its real name
    expect(r.undo.ops.map((o) => (o.op === 'delete-chart' || o.op === 'delete-sheet' ? [o.op, o.sheet] : [o.op]))).toEqual([
      ['delete-chart', renamed],
      ['delete-sheet', renamed],
    ]);
  });

  it("literal series are bound to 「Evalsheet グラフデータ (2)」, never to the user's sheet of that name", async () => {
    const wb = await XlsxWorkbook.open(await withUserSheets('nasushiobara', 'P3', [CHART_DATA_SHEET]), 'n.xlsx');
    const snap = await wb.readSnapshot();
    const plan = planCharts(analyzeWorkbook(snap), { placement: 'beside', snapshot: snap });
    const planned = plan.ops.flatMap((o) => (o.op === 'add-chart' ? o.chart.series.map((s) => s.ref?.sheet) : []));
    expect(planned).toContain(CHART_DATA_SHEET);
    const r = await wb.applyPlan(plan);
    expect(r.skipped.filter((s) => s.reason !== 'missing-sheet')).toEqual([]);
    const bytes = await wb.toBytes();
    const formulas = [...(await chartFormulasBySheet(bytes)).values()].flat();
    expect(formulas.some((f) => f.startsWith(`'${CHART_DATA_SHEET} (2)'!`))).toBe(true);
    expect(formulas.some((f) => f.startsWith(`'${CHART_DATA_SHEET}'!`))).toBe(false);
    const e = await exceljsOf(bytes);
    expect(e.getWorksheet(CHART_DATA_SHEET)!.getCell('A1').value).toBe('利用者の表');
    expect(e.getWorksheet(CHART_DATA_SHEET)!.state).toBe('visible');
    expect(e.getWorksheet(`${CHART_DATA_SHEET} (2)`)!.state).toBe('hidden');
  });

  it('links of a later generated sheet follow the renamed one', async () => {
    const wb = await XlsxWorkbook.open(await withUserSheets('kitakami', '9-2', ['一覧']), 'k.xlsx');
    const plan: EditPlan = {
      title: { ja: 't', en: 't' },
      ops: [
        { op: 'put-sheet', spec: { name: '一覧', owner: 'evalsheet', rows: [[{ value: 'x' }]], headerRows: 1 } },
        { op: 'put-sheet', spec: { name: '目次', owner: 'evalsheet', rows: [[{ value: '一覧へ', link: { sheet: '一覧', cell: 'A1' } }, { value: '9-2', link: { sheet: '9-2', cell: 'B2' } }]], headerRows: 1 } },
      ],
    };
    await wb.applyPlan(plan);
    const ws = (await exceljsOf(await wb.toBytes())).getWorksheet('目次')!;
    expect(ws.getCell('A1').value).toMatchObject({ hyperlink: "'一覧 (2)'!A1" });
    expect(ws.getCell('B1').value).toMatchObject({ hyperlink: "'9-2'!B2" });
    // the plan given is not changed by the adapter
    expect(plan.ops[1]).toMatchObject({ spec: { rows: [[{ link: { sheet: '一覧' } }, {}]] } });
  });
});

/** Frame names of every sheet drawing, in order, and how many chart parts the package holds. */
async function framesOf(bytes: Uint8Array): Promise<{ names: string[]; chartParts: number }> {
  const zip = await JSZip.loadAsync(bytes);
  const drawings = Object.keys(zip.files).filter((k) => /^xl\/drawings\/drawing\d+\.xml$/.test(k)).sort();
  const names: string[] = [];
  for (const d of drawings) names.push(...[...((await text(zip, d)) as string).matchAll(/cNvPr id="\d+" name="([^"]*)"/g)].map((m) => m[1]));
  return { names, chartParts: Object.keys(zip.files).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k)).length };
}

describe("Evalsheet's own charts in an input", () => {
  async function charted(): Promise<{ bytes: Uint8Array; plan: EditPlan }> {
    const first = await XlsxWorkbook.open(await seedWorkbook([{ seed: 'kitakami', name: '9-2' }]), 'k.xlsx');
    const snap = await first.readSnapshot();
    const plan = planCharts(analyzeWorkbook(snap), { placement: 'beside', snapshot: snap });
    await first.applyPlan(plan);
    return { bytes: await first.toBytes(), plan };
  }

  it('are carried when a plan does not touch them, replaced (not duplicated) when it draws them again, gone when it removes them', async () => {
    const { bytes, plan } = await charted();
    const both = ['evalsheet:9-2:①', 'evalsheet:9-2:②'];
    const open = () => XlsxWorkbook.open(bytes, 'k.xlsx');
    const none: EditPlan = { title: { ja: 't', en: 't' }, ops: [] };
    const kept = await open();
    expect([kept.lostParts, kept.lostPartsWith(none), kept.lostPartsWith(plan)]).toEqual([[], [], []]);
    await kept.applyPlan(none);
    expect(await framesOf(await kept.toBytes())).toEqual({ names: both, chartParts: 2 });

    const redrawn = await open();
    await redrawn.applyPlan(plan);
    expect(await framesOf(await redrawn.toBytes())).toEqual({ names: both, chartParts: 2 });

    // delete-owned-charts on 9-2, then only ① drawn: ② is gone on purpose, ① is the new one.
    const onlyFirst: EditPlan = { ...plan, ops: plan.ops.filter((o) => o.op !== 'add-chart' || o.chart.id.endsWith('①')) };
    const one = await open();
    await one.applyPlan(onlyFirst);
    expect(await framesOf(await one.toBytes())).toEqual({ names: ['evalsheet:9-2:①'], chartParts: 1 });

    const removed = await open();
    await removed.applyPlan({ title: none.title, ops: [{ op: 'delete-owned-charts', sheet: null }] });
    expect(await framesOf(await removed.toBytes())).toEqual({ names: [], chartParts: 0 });
  });

  it("a chart whose frame is not Evalsheet's is carried whatever the plan, beside Evalsheet's redrawn ones", async () => {
    const { bytes, plan } = await charted();
    const zip = await JSZip.loadAsync(bytes);
    const drawing = Object.keys(zip.files).find((k) => /^xl\/drawings\/drawing\d+\.xml$/.test(k))!;
    zip.file(drawing, (await zip.file(drawing)!.async('string')).replace('name="evalsheet:9-2:①"', 'name="私のグラフ"'));
    const wb = await XlsxWorkbook.open(await zip.generateAsync({ type: 'uint8array' }), 'k.xlsx');
    expect(wb.lostParts).toEqual([]);
    expect(wb.carriedNames()).toEqual(['私のグラフ', 'evalsheet:9-2:②']);
    await wb.applyPlan(plan);
    expect(wb.carriedNames()).toEqual(['私のグラフ']);
    expect(await framesOf(await wb.toBytes())).toEqual({ names: ['私のグラフ', 'evalsheet:9-2:①', 'evalsheet:9-2:②'], chartParts: 3 });
  });
});
