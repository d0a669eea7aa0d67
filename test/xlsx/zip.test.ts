import { strFromU8, strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { centralDirectory, crc32, inflateEntry, listEntries, ZipError, ZipPackage } from '../../src/xlsx/zip';

/**
 * The one zip module (src/xlsx/zip.ts): what the reader lists is what the patcher keeps, untouched
 * entries are copied byte for byte (data descriptors included), and the patcher reads parts with
 * the reader's bounds and checksum.
 */

/** A package written in streaming mode, so every entry has a data descriptor (flag bit 3). */
function streamed(files: Record<string, string>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const z = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  for (const [name, text] of Object.entries(files)) {
    const f = new ZipDeflate(name, { level: 6 });
    z.add(f);
    f.push(strToU8(text), true);
  }
  z.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) (out.set(c, o), (o += c.length));
  return out;
}

const FILES = { 'a.xml': '<a>' + 'x'.repeat(5000) + '</a>', 'b/c.xml': '<c/>', 'd.bin': 'ddd' };

describe('one zip module for reading and patching', () => {
  test('the streamed package has data descriptors (what the first test needs)', () => {
    expect(centralDirectory(streamed(FILES), 10).map((e) => (e.flags & 8) !== 0)).toEqual([true, true, true]);
  });

  test('the patcher rewrites one entry; every other entry is copied as stored, and the reader reads the result', () => {
    for (const input of [zipSync(Object.fromEntries(Object.entries(FILES).map(([k, v]) => [k, strToU8(v)]))), streamed(FILES)]) {
      const pkg = ZipPackage.read(input);
      expect(pkg.names()).toEqual(Object.keys(FILES));
      pkg.set('b/c.xml', '<c changed="1"/>');
      pkg.set('a.xml', FILES['a.xml']); // the same content: kept as stored
      const out = pkg.write();
      const before = centralDirectory(input, 100);
      const after = centralDirectory(out, 100);
      expect(after.map((e) => e.name)).toEqual(before.map((e) => e.name));
      for (const name of ['a.xml', 'd.bin']) {
        const b = before.find((e) => e.name === name)!;
        const a = after.find((e) => e.name === name)!;
        // Same compressed bytes, same CRC and method: the entry was copied, not recompressed.
        expect([a.crc, a.method, a.compressedSize, a.flags]).toEqual([b.crc, b.method, b.compressedSize, b.flags]);
        expect(out.subarray(a.localOffset, a.localOffset + 30 + a.compressedSize)).toEqual(input.subarray(b.localOffset, b.localOffset + 30 + b.compressedSize));
      }
      const entries = listEntries(out, 100);
      expect(strFromU8(inflateEntry(out, entries.get('b/c.xml')!, 1 << 20))).toBe('<c changed="1"/>');
      expect(strFromU8(inflateEntry(out, entries.get('a.xml')!, 1 << 20))).toBe(FILES['a.xml']);
      expect(entries.get('b/c.xml')!.crc).toBe(crc32(strToU8('<c changed="1"/>')));
    }
  });

  test('the patcher reads with the reader\'s checks: a bad CRC is damaged, a part over the budget too large', () => {
    const input = zipSync({ 'a.xml': strToU8(FILES['a.xml']) });
    const a = listEntries(input, 10).get('a.xml')!;
    const bad = input.slice();
    bad[a.centralOffset + 16] ^= 0xff; // the directory's CRC
    expect(() => ZipPackage.read(bad).bytes('a.xml')).toThrow(expect.objectContaining({ kind: 'damaged', message: expect.stringMatching(/checksum/) }));
    expect(() => ZipPackage.read(input, { entries: 10, partBytes: 1000 }).bytes('a.xml')).toThrow(ZipError);
    expect(strFromU8(ZipPackage.read(input).bytes('a.xml')!)).toBe(FILES['a.xml']);
  });

  test('an encrypted entry or a ZIP64 marker is refused as unsupported (the caller falls back)', () => {
    const input = zipSync({ 'a.xml': strToU8('<a/>') });
    const a = listEntries(input, 10).get('a.xml')!;
    const enc = input.slice();
    enc[a.centralOffset + 8] |= 1;
    expect(() => ZipPackage.read(enc)).toThrow(expect.objectContaining({ kind: 'unsupported' }));
    const z64 = input.slice();
    z64.fill(0xff, a.centralOffset + 20, a.centralOffset + 24);
    expect(() => ZipPackage.read(z64)).toThrow(expect.objectContaining({ kind: 'unsupported' }));
    expect(() => listEntries(z64, 10)).toThrow(expect.objectContaining({ kind: 'unsupported' }));
  });
});
