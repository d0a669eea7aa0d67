import { execFileSync } from 'child_process';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { anchorsOf } from '../../src/xlsx/chart-parts/drawing';
import { contentTypeOf, parseRels, relsPathOf, resolveTarget, sheetParts, text } from '../../src/xlsx/chart-parts/package';
import { sheetDrawing } from '../../src/xlsx/chart-parts/sheet-drawing';
import { unesc } from '../../src/xlsx/chart-parts/xml';

/**
 * A package a spreadsheet application opens without repair: every XML part well-formed (xmllint),
 * part names unique ignoring case, every part typed, every override and internal relationship
 * pointing at a part, relationship ids unique, one <drawing> per sheet, every r:id of a drawing
 * known to its relationships, shape ids unique within a drawing. Returns the problems found.
 */
export async function packageProblems(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const problems: string[] = [];
  const lower = names.map((n) => n.toLowerCase());
  for (const n of names) if (lower.filter((l) => l === n.toLowerCase()).length > 1) problems.push(`duplicate part name ${n}`);

  const xmlNames = names.filter((n) => /\.(xml|rels|vml)$/.test(n));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carry-xml-'));
  try {
    for (const [i, n] of xmlNames.entries()) fs.writeFileSync(path.join(dir, `${i}.xml`), await zip.file(n)!.async('uint8array'));
    for (const [i, n] of xmlNames.entries()) {
      try {
        execFileSync('xmllint', ['--noout', path.join(dir, `${i}.xml`)], { stdio: 'pipe' });
      } catch {
        problems.push(`not well-formed: ${n}`);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const ct = (await text(zip, '[Content_Types].xml')) as string;
  for (const n of names) if (n !== '[Content_Types].xml' && !contentTypeOf(ct, n)) problems.push(`no content type for ${n}`);
  const overrides = [...ct.matchAll(/PartName="\/([^"]+)"/g)].map((m) => unesc(m[1]));
  for (const o of overrides) if (!names.includes(o)) problems.push(`override for a missing part ${o}`);
  for (const o of overrides) if (overrides.filter((x) => x === o).length > 1) problems.push(`duplicate override ${o}`);

  for (const r of names.filter((n) => n.endsWith('.rels'))) {
    const owner = r.replace(/_rels\/([^/]*)\.rels$/, '$1');
    const rels = parseRels(await text(zip, r));
    for (const x of rels) {
      if (rels.filter((y) => y.id === x.id).length > 1) problems.push(`duplicate ${x.id} in ${r}`);
      if (x.targetMode !== 'External' && !zip.file(resolveTarget(owner, x.target))) problems.push(`${r}: ${x.id} → missing ${x.target}`);
    }
  }

  for (const [sheet, part] of await sheetParts(zip)) {
    const xml = (await text(zip, part)) as string;
    if ((xml.match(/<drawing\b/g) ?? []).length > 1) problems.push(`sheet ${sheet}: more than one <drawing>`);
    const d = await sheetDrawing(zip, part);
    if (!d) continue;
    const ids = new Set(d.drawingRels.map((r) => r.id));
    for (const m of d.drawingXml.matchAll(/\sr:(?:id|embed|link)="([^"]*)"/g)) if (!ids.has(m[1])) problems.push(`${d.drawingPart}: ${m[1]} has no relationship`);
    const shapeIds = [...d.drawingXml.matchAll(/<(?:[\w.-]+:)?cNvPr\b[^>]*\sid="(\d+)"/g)].map((m) => m[1]);
    if (new Set(shapeIds).size !== shapeIds.length) problems.push(`${d.drawingPart}: duplicate shape ids ${shapeIds.join(',')}`);
  }
  return problems;
}

export interface DrawnObject {
  name: string;
  /** from/to (or from/ext) of the anchor, as written. */
  position: string;
  /** For a chart: its part, its series formulas, and its relationships' types → target parts with their content types. */
  chart: { part: string; formulas: string[]; rels: { type: string; part: string; contentType: string | null }[] } | null;
  text: string;
}

/** What a sheet's drawing shows, anchor by anchor, resolved through the package. */
export async function drawnObjects(bytes: Uint8Array, sheet: string): Promise<DrawnObject[]> {
  const zip = await JSZip.loadAsync(bytes);
  const part = (await sheetParts(zip)).get(sheet);
  const d = part ? await sheetDrawing(zip, part) : null;
  if (!d) return [];
  const ct = (await text(zip, '[Content_Types].xml')) as string;
  const out: DrawnObject[] = [];
  for (const a of anchorsOf(d.drawingXml)) {
    const position = /<(?:[\w.-]+:)?from>[\s\S]*?<\/(?:[\w.-]+:)?(?:to|ext)>|<(?:[\w.-]+:)?from>[\s\S]*?<(?:[\w.-]+:)?ext\b[^>]*\/>/.exec(a.xml)?.[0] ?? '';
    let chart: DrawnObject['chart'] = null;
    const rel = a.chartRelId ? d.drawingRels.find((r) => r.id === a.chartRelId) : undefined;
    if (rel) {
      const chartPart = resolveTarget(d.drawingPart, rel.target);
      const xml = (await text(zip, chartPart)) ?? '';
      const rels = parseRels(await text(zip, relsPathOf(chartPart))).map((r) => {
        const p = resolveTarget(chartPart, r.target);
        return { type: r.type, part: p, contentType: contentTypeOf(ct, p) };
      });
      chart = { part: chartPart, formulas: [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => unesc(m[1])), rels };
    }
    const texts = [...a.xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unesc(m[1])).join('');
    out.push({ name: unesc(a.name ?? ''), position: position.replace(/\s(xmlns(:\w+)?)="[^"]*"/g, ''), chart, text: texts });
  }
  return out;
}
