/**
 * The hostile corpus of the read side: inputs a city could hand the tool (or an attacker could),
 * each with the outcome `evalsheet check --json` must give. Built at test time into test-output
 * (nothing binary is committed) from the bundled real sample, by a small zip writer of our own so
 * that CRCs, declared sizes and compression can lie on purpose.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Deflate, deflateSync, unzipSync } from 'fflate';
import { crc32Update } from '../../src/xlsx/zip';

export interface HostileCase {
  /** File (or folder, FIFO, link) name inside the corpus folder. */
  name: string;
  /** What it is, for the test's title. */
  what: string;
  /** Expected exit status of `check --json <file>`. */
  exit: 0 | 1 | 2;
  /** A substring of the file's report error message (or of stderr when the file reads). */
  message?: string | RegExp;
  /** Expected error code in the report, when the file is not read. */
  code?: string;
  /** For readable files: expected counts of the report summary. */
  counts?: { errors?: number; warnings?: number; info?: number };
  /** Skip reason when the case cannot be built here (e.g. root reads any permission). */
  skip?: string;
}

interface Entry {
  name: string;
  data: Uint8Array;
  /** Deflate (default) or store. */
  store?: boolean;
  /** Already-deflated bytes with their true CRC and size (for bombs built chunk by chunk). */
  raw?: { deflated: Uint8Array; crc: number; size: number };
  /** Lies written into the headers. */
  crc?: number;
  declaredSize?: number;
  flags?: number;
}

const enc = new TextEncoder();

/** A zip writer small enough to make lie: local headers, data, central directory, end record. */
export function zip(entries: Entry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const body = e.raw ? e.raw.deflated : e.store ? e.data : deflateSync(e.data);
    const crc = e.crc ?? (e.raw ? e.raw.crc : crc32Update(0, e.data));
    const size = e.declaredSize ?? (e.raw ? e.raw.size : e.data.length);
    const method = e.store && !e.raw ? 0 : 8;
    const flags = (e.flags ?? 0) | 0x800;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, method, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    parts.push(local, body);
    central.push(cd);
    offset += local.length + body.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of all) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** `size` bytes of XML filler (whitespace between two strings), deflated chunk by chunk: a bomb of bounded memory. */
export function bomb(head: string, size: number, tail: string): { deflated: Uint8Array; crc: number; size: number } {
  const chunks: Uint8Array[] = [];
  const d = new Deflate({ level: 6 }, (c) => chunks.push(c));
  let crc = 0;
  const push = (b: Uint8Array, final = false) => {
    crc = crc32Update(crc, b);
    d.push(b, final);
  };
  const h = enc.encode(head);
  push(h);
  const filler = new Uint8Array(1 << 20).fill(0x20);
  let left = size;
  while (left > 0) {
    const n = Math.min(left, filler.length);
    push(filler.subarray(0, n));
    left -= n;
  }
  const t = enc.encode(tail);
  push(t, true);
  const deflated = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    deflated.set(c, o);
    o += c.length;
  }
  return { deflated, crc, size: h.length + size + t.length };
}

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'kitakami-9-2.xlsx');
export const SHEET = 'xl/worksheets/sheet1.xml';

function sampleParts(): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(new Uint8Array(fs.readFileSync(SAMPLE)))));
}

export function withParts(edit: (p: Map<string, Uint8Array>) => void, opts: (name: string) => Partial<Entry> = () => ({})): Uint8Array {
  const p = sampleParts();
  edit(p);
  return zip([...p].map(([name, data]) => ({ name, data, ...opts(name) })));
}

const text = (b: Uint8Array) => new TextDecoder().decode(b);
export const editText = (p: Map<string, Uint8Array>, part: string, f: (s: string) => string) => p.set(part, enc.encode(f(text(p.get(part)!))));

/** A workbook of one sheet from its sheetData (and what follows it) alone. */
export function minimal(sheetBody: string, extra: { name: string; data: string }[] = [], workbookExtra = ''): Uint8Array {
  const ct = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
  const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const wb = `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${workbookExtra}<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const wbRels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
  const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheetBody}</worksheet>`;
  return zip([
    { name: '[Content_Types].xml', data: enc.encode(ct) },
    { name: '_rels/.rels', data: enc.encode(rels) },
    { name: 'xl/workbook.xml', data: enc.encode(wb) },
    { name: 'xl/_rels/workbook.xml.rels', data: enc.encode(wbRels) },
    { name: SHEET, data: enc.encode(sheet) },
    ...extra.map((e) => ({ name: e.name, data: enc.encode(e.data) })),
  ]);
}

/** The sample with Evalsheet's store sheet added, holding this JSON in B1. */
function withStore(json: string): Uint8Array {
  return withParts((p) => {
    editText(p, 'xl/workbook.xml', (s) => s.replace('</sheets>', '<sheet name="_evalsheet" sheetId="99" state="veryHidden" r:id="rIdStore"/></sheets>'));
    editText(p, 'xl/_rels/workbook.xml.rels', (s) => s.replace('</Relationships>', '<Relationship Id="rIdStore" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/store.xml"/></Relationships>'));
    const esc = json.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    p.set('xl/worksheets/store.xml', enc.encode(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>evalsheet-store</t></is></c><c r="B1" t="inlineStr"><is><t>${esc}</t></is></c></row></sheetData></worksheet>`));
  });
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The sample's own outcome: 0 errors, 7 warnings, 3 info (README; the 7th is issue 12's F27, 6件増 for 14 → 66). */
const SAMPLE_COUNTS = { errors: 0, warnings: 7, info: 3 };

/** Builds every case into `dir` (emptied first) and returns them. */
export function buildHostile(dir: string): HostileCase[] {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const cases: HostileCase[] = [];
  const file = (c: HostileCase, bytes: Uint8Array | string) => {
    fs.writeFileSync(path.join(dir, c.name), bytes);
    cases.push(c);
  };
  const sample = new Uint8Array(fs.readFileSync(SAMPLE));
  const name16 = Array.from('EncryptionInfo').flatMap((ch) => [ch.charCodeAt(0), 0]);

  // Not a workbook at all.
  file({ name: 'encrypted.xlsx', what: 'a password-protected workbook (CFB with EncryptionInfo)', exit: 2, code: 'encrypted', message: 'password-protected' }, new Uint8Array([...CFB, ...new Array(504).fill(0), ...name16, ...new Array(64).fill(0)]));
  file({ name: 'old.xlsx', what: 'an .xls (CFB without encryption) named .xlsx', exit: 2, code: 'not-xlsx', message: '.xls' }, new Uint8Array([...CFB, ...new Array(1024).fill(0)]));
  file({ name: 'old.xls', what: 'an .xls given by name', exit: 2, code: 'not-xlsx', message: '.xls' }, new Uint8Array([...CFB, ...new Array(1024).fill(0)]));
  file({ name: 'calc.xlsx', what: 'an OpenDocument spreadsheet renamed', exit: 2, code: 'not-xlsx', message: '.ods' }, zip([{ name: 'mimetype', data: enc.encode('application/vnd.oasis.opendocument.spreadsheet'), store: true }, { name: 'content.xml', data: enc.encode('<office:document-content/>') }]));
  file({ name: 'table.xlsx', what: 'a CSV renamed', exit: 2, code: 'not-xlsx', message: 'not an .xlsx' }, '指標,R1,R2\n参加者数,43,36\n');
  file({ name: 'empty.xlsx', what: 'an empty file', exit: 2, code: 'empty', message: 'empty' }, new Uint8Array(0));
  file({ name: 'truncated.xlsx', what: 'a workbook cut in half', exit: 2, code: 'corrupt', message: 'damaged' }, sample.subarray(0, Math.floor(sample.length / 2)));
  file({ name: 'pk-garbage.xlsx', what: 'PK magic then noise', exit: 2, code: 'corrupt', message: 'damaged' }, new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 251)]));
  file({ name: 'no-workbook.xlsx', what: 'a zip without xl/workbook.xml', exit: 2, code: 'not-xlsx', message: 'not an Excel workbook' }, zip([{ name: 'readme.txt', data: enc.encode('hello') }]));

  // Damaged packages.
  file({ name: 'bad-crc.xlsx', what: 'a sheet entry whose CRC does not match', exit: 2, code: 'corrupt', message: 'checksum' }, withParts(() => undefined, (n) => (n === SHEET ? { crc: 0x12345678 } : {})));
  file({ name: 'bad-deflate.xlsx', what: 'a sheet entry whose deflate stream is noise', exit: 2, code: 'corrupt', message: 'damaged' }, withParts(() => undefined, (n) => (n === SHEET ? { raw: { deflated: new Uint8Array(Array.from({ length: 500 }, (_, i) => (i * 131) % 256)), crc: 0, size: 10 } } : {})));
  file({ name: 'encrypted-entry.xlsx', what: 'a zip entry with the encryption flag', exit: 2, code: 'corrupt', message: 'encrypted' }, withParts(() => undefined, (n) => (n === SHEET ? { flags: 1 } : {})));
  file({ name: 'missing-sheet.xlsx', what: 'a workbook whose sheet part is missing', exit: 2, code: 'corrupt', message: 'is missing' }, withParts((p) => p.delete(SHEET)));
  file({ name: 'no-sheets.xlsx', what: 'a workbook listing no sheets', exit: 2, code: 'corrupt', message: 'no sheets' }, withParts((p) => editText(p, 'xl/workbook.xml', (s) => s.replace(/<sheets>[\s\S]*<\/sheets>/, '<sheets/>'))));
  file({ name: 'bad-utf8.xlsx', what: 'shared strings with invalid UTF-8', exit: 2, code: 'corrupt', message: 'UTF-8' }, withParts((p) => {
    const b = p.get('xl/sharedStrings.xml')!;
    const i = text(b).indexOf('<t>') + 3;
    const copy = new Uint8Array(b);
    copy[i] = 0xff;
    copy[i + 1] = 0xfe;
    p.set('xl/sharedStrings.xml', copy);
  }));
  file({ name: 'entities.xlsx', what: 'a billion-laughs DOCTYPE in the sheet', exit: 2, code: 'corrupt', message: 'DOCTYPE' }, withParts((p) => editText(p, SHEET, (s) => s.replace('<?xml version="1.0" ?>', '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>').replace('<sheetData>', '<sheetData><row r="200"><c r="A200" t="inlineStr"><is><t>&c;</t></is></c></row>'))));

  // Too large: counted while inflating, whatever the headers declare.
  const sheetBomb = bomb('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>', 140 * 1024 * 1024, '</sheetData></worksheet>');
  file({ name: 'bomb-sheet.xlsx', what: 'a sheet that inflates to 140 MB, declared as 1 KB', exit: 2, code: 'too-large', message: 'too large' }, withParts(() => undefined, (n) => (n === SHEET ? { raw: { ...sheetBomb, size: 1024 }, declaredSize: 1024 } : {})));
  const ssBomb = bomb('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', 140 * 1024 * 1024, '</sst>');
  file({ name: 'bomb-strings.xlsx', what: 'shared strings that inflate to 140 MB', exit: 2, code: 'too-large', message: 'too large' }, withParts(() => undefined, (n) => (n === 'xl/sharedStrings.xml' ? { raw: ssBomb } : {})));

  // Unusual but valid: read, answered right.
  file({ name: 'xfd.xlsx', what: 'one cell at XFD1048576 (and A1) in a small file', exit: 0, counts: { errors: 0 } }, minimal('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>メモ</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'));
  file({ name: 'huge-merge.xlsx', what: 'one merged area A1:XFD1048576', exit: 0, counts: { errors: 0 } }, minimal('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>メモ</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'));
  const merges = (n: number) => Array.from({ length: n }, (_, i) => `<mergeCell ref="${String.fromCharCode(65 + (i % 2) * 2)}${i + 1}:${String.fromCharCode(66 + (i % 2) * 2)}${i + 1}"/>`).join('');
  file({ name: 'merges-10k.xlsx', what: '10,000 merged areas', exit: 0, counts: { errors: 0 } }, minimal(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>方眼紙</t></is></c></row></sheetData><mergeCells>${merges(10000)}</mergeCells>`));
  file({ name: 'merges-100k.xlsx', what: '100,000 merged areas', exit: 0, counts: { errors: 0 } }, minimal(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>方眼紙</t></is></c></row></sheetData><mergeCells>${merges(100000)}</mergeCells>`));
  file({ name: 'sample.xlsx', what: 'the real sample, unchanged', exit: 0, counts: SAMPLE_COUNTS }, sample);
  file({ name: 'no-r.xlsx', what: 'the sample with no r attribute on any cell or row (valid OOXML)', exit: 0, counts: SAMPLE_COUNTS }, withParts((p) => editText(p, SHEET, (s) => {
    // Position by order: empty rows must then be written, and each row's gaps filled with empty cells.
    return s.replace(/<row r="(\d+)"([^>]*?)(\/?)>([\s\S]*?)(?=<row |<\/sheetData>)/g, (_m, _r: string, attrs: string, empty: string, body: string) => {
      if (empty) return `<row${attrs}/>`;
      let col = 0;
      const cells = body.replace('</row>', '').replace(/<c r="([A-Z]+)\d+"/g, (_c, letters: string) => {
        let n = 0;
        for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
        const gap = '<c/>'.repeat(n - 1 - col);
        col = n;
        return `${gap}<c`;
      });
      return `<row${attrs}>${cells}</row>`;
    });
  })));
  file({ name: 'prefixed.xlsx', what: 'the sample with a namespace prefix on every element', exit: 0, counts: SAMPLE_COUNTS }, withParts((p) => editText(p, SHEET, (s) => s.replace('<worksheet xmlns=', '<x:worksheet xmlns:x=').replace('</worksheet>', '</x:worksheet>').replace(/<(\/?)(sheetData|row|c|v|mergeCells|mergeCell|cols|col|sheetViews|sheetView|sheetFormatPr|pageMargins|dimension|selection|pane)\b/g, '<$1x:$2'))));
  file({ name: 'comments-cdata.xlsx', what: 'XML comments holding tags, CDATA in a string', exit: 0, counts: SAMPLE_COUNTS }, withParts((p) => editText(p, SHEET, (s) => s.replace('<sheetData>', '<!-- <c r="A1"><v>9</v></c> --><sheetData><row r="300"><c r="A300" t="inlineStr"><is><t><![CDATA[備考 <メモ>]]></t></is></c></row>'))));
  file({ name: 'space-expected.xlsx', what: '期待値 E45 holding only 「　」 (deliberately empty): not filled', exit: 0, counts: { errors: 0, warnings: 6, info: 3 } }, withParts((p) => editText(p, SHEET, (s) => s.replace('<c r="J45" s="2">', '<c r="E45" t="inlineStr"><is><t xml:space="preserve">　</t></is></c><c r="J45" s="2">'))));
  file({ name: 'formula-expected.xlsx', what: '期待値 F45 a formula with no cached value: not a blank to fill', exit: 0, counts: { errors: 0, warnings: 6, info: 3 } }, withParts((p) => editText(p, SHEET, (s) => s.replace('<c r="J45" s="2">', '<c r="F45" s="2"><f>D45+1</f></c><c r="J45" s="2">'))));
  file({ name: 'orphan-shared.xlsx', what: '期待値 G45 an orphan shared formula (no master): kept as a formula', exit: 0, counts: { errors: 0, warnings: 6, info: 3 } }, withParts((p) => editText(p, SHEET, (s) => s.replace('<c r="J45" s="2">', '<c r="G45" s="2"><f t="shared" si="7"/></c><c r="J45" s="2">'))));
  file({ name: 'bad-string-index.xlsx', what: 'a shared-string index past the table', exit: 0, counts: { errors: 0 } }, withParts((p) => editText(p, SHEET, (s) => s.replace('<sheetData>', '<sheetData><row r="300"><c r="A300" t="s"><v>99999</v></c></row>'))));
  file({ name: 'stored-zip.xlsx', what: 'every entry stored, not deflated', exit: 0, counts: SAMPLE_COUNTS }, withParts(() => undefined, () => ({ store: true })));
  file({ name: 'date1904.xlsx', what: 'the 1904 date system', exit: 0, counts: SAMPLE_COUNTS }, withParts((p) => editText(p, 'xl/workbook.xml', (s) => (s.includes('<workbookPr') ? s.replace('<workbookPr', '<workbookPr date1904="1"') : s.replace('<sheets>', '<workbookPr date1904="1"/><sheets>')))));
  file({ name: 'not-evaluation.xlsx', what: 'a plain table, not an evaluation sheet', exit: 0, counts: { errors: 0, warnings: 0, info: 0 } }, minimal('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>名前</t></is></c><c r="B1"><v>3</v></c></row></sheetData>'));
  file({ name: 'garbage-sheet.xlsx', what: 'a sheet part of text that is not XML', exit: 0, counts: { errors: 0, warnings: 0, info: 0 } }, withParts((p) => p.set(SHEET, enc.encode('これは XML ではありません < > & ;'))));
  file({ name: 'cell-beyond-grid.xlsx', what: 'a cell reference beyond XFD (XFE1): damaged', exit: 0, counts: { errors: 0 } }, minimal('<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>'));

  // Stored settings that are not what the add-in writes: a message, defaults used, the file still checked.
  file({ name: 'settings-interim-null.xlsx', what: 'stored interimTargets null', exit: 0, counts: SAMPLE_COUNTS, message: 'interimTargets' }, withStore(JSON.stringify({ settings: { interimTargets: null }, owned: [] })));
  file({ name: 'settings-interim-list.xlsx', what: 'stored interimTargets a string', exit: 0, counts: SAMPLE_COUNTS, message: 'interimTargets' }, withStore(JSON.stringify({ settings: { interimTargets: 'R5=50' }, owned: [] })));
  file({ name: 'settings-interim-knots.xlsx', what: 'stored interim knots not numbers', exit: 0, counts: SAMPLE_COUNTS, message: 'interimTargets' }, withStore(JSON.stringify({ settings: { interimTargets: { '9-2!②': [{ year: 'R5', value: null }] } }, owned: [] })));
  file({ name: 'settings-preset-number.xlsx', what: 'stored preset a number', exit: 0, counts: SAMPLE_COUNTS, message: 'preset' }, withStore(JSON.stringify({ settings: { preset: 42 }, owned: [] })));
  file({ name: 'settings-broken-json.xlsx', what: 'a store whose JSON is cut short', exit: 0, counts: SAMPLE_COUNTS }, withStore('{"settings": {"preset": "kit'));
  file({ name: 'settings-array.xlsx', what: 'stored settings an array', exit: 0, counts: SAMPLE_COUNTS }, withStore(JSON.stringify({ settings: [1, 2], owned: 'all' })));

  // Not files: checked with stat before anything is opened.
  fs.mkdirSync(path.join(dir, 'folder.xlsx', 'inner'), { recursive: true });
  cases.push({ name: 'folder.xlsx', what: 'a folder named .xlsx (given by name: its .xlsx files, here none)', exit: 2 });
  try {
    fs.symlinkSync('loop-b.xlsx', path.join(dir, 'loop-a.xlsx'));
    fs.symlinkSync('loop-a.xlsx', path.join(dir, 'loop-b.xlsx'));
    cases.push({ name: 'loop-a.xlsx', what: 'a symbolic link loop', exit: 2, code: 'unreadable', message: 'loops' });
  } catch {
    cases.push({ name: 'loop-a.xlsx', what: 'a symbolic link loop', exit: 2, skip: 'symbolic links cannot be made here' });
  }
  cases.push({ name: 'missing.xlsx', what: 'a file that does not exist', exit: 2, code: 'unreadable', message: 'no such file' });
  const locked = path.join(dir, 'no-permission.xlsx');
  fs.writeFileSync(locked, sample);
  fs.chmodSync(locked, 0o000);
  let readable = false;
  try {
    fs.readFileSync(locked);
    readable = true;
  } catch {
    readable = false;
  }
  cases.push({ name: 'no-permission.xlsx', what: 'a file without read permission', exit: 2, code: 'unreadable', message: 'permission denied', ...(readable ? { skip: 'running as root, which reads any file whatever its permissions' } : {}) });
  return cases;
}

/** A FIFO (named pipe) with .xlsx name: must never block. Made separately (mkfifo is not in Node). */
export const FIFO_CASE: HostileCase = { name: 'pipe.xlsx', what: 'a FIFO named .xlsx', exit: 2, code: 'unreadable', message: 'not a regular file' };
