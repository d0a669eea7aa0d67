import { loadRuntime } from './host';
import { Workbook } from './workbook';
test('x', async () => {
  const h = loadRuntime(new Workbook([{ name: 'S', values: [[1, 2]] }]), { excelApi: '1.18' });
  await (globalThis as any).Excel.run(async (ctx: any) => {
    const ws = ctx.workbook.worksheets.getItem('S');
    ws.charts.add('Line', ws.getRange('A1:B1'), 'Rows');
    await ctx.sync();
  });
  console.log(JSON.stringify(h.syncs[0].body));
});
