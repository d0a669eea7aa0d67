import * as fs from 'fs';
import * as path from 'path';
import { analyzeWorkbook } from '../src/core/analyze';
import { planAnnotate } from '../src/core/plan';
import { XlsxWorkbook } from '../src/xlsx';

/**
 * Write by patching against the ExcelJS save, in one run: annotate's plan applied to a workbook,
 * the time to produce the output bytes and their size, both ways. `npx tsx scripts/bench-write.ts [file]`.
 */
async function main(): Promise<void> {
  const file = process.argv[2] ?? path.join(__dirname, '..', 'samples', fs.readdirSync(path.join(__dirname, '..', 'samples')).find((f) => f.endsWith('.xlsx'))!);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const rounds = 5;
  const time = async (patch: boolean) => {
    let size = 0;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) {
      const wb = await XlsxWorkbook.open(bytes, path.basename(file));
      const analysis = analyzeWorkbook(await wb.readSnapshot());
      await wb.applyPlan(planAnnotate(analysis));
      const out = patch ? await wb.toBytes() : await (wb as unknown as { saveWithExcelJS(): Promise<Uint8Array> }).saveWithExcelJS();
      size = out.length;
    }
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6 / rounds, size };
  };
  const e = await time(false);
  const p = await time(true);
  console.log(`write (annotate) ${path.basename(file)} ${bytes.length} B: ExcelJS save ${e.ms.toFixed(0)} ms ${e.size} B; patching ${p.ms.toFixed(0)} ms ${p.size} B (ratio ${(p.ms / e.ms).toFixed(2)})`);
}
void main();
