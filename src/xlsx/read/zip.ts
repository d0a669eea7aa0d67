import { Inflate } from 'fflate';

/**
 * A minimal zip reader over the central directory: entries listed without inflating anything, one
 * entry inflated on demand with its output counted as it is produced (a limit stops it, whatever
 * the header declares) and its CRC-32 checked. No Node APIs: the pane uses it too.
 */

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  localOffset: number;
}

/** Why the zip layer refused: 'damaged' (structure, CRC), 'too-large' (a limit), 'unsupported'. */
export class ZipError extends Error {
  constructor(
    readonly kind: 'damaged' | 'too-large' | 'unsupported',
    message: string,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

let CRC_TABLE: Uint32Array | null = null;
function crcTable(): Uint32Array {
  if (CRC_TABLE) return CRC_TABLE;
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return (CRC_TABLE = t);
}

export function crc32Update(crc: number, data: Uint8Array): number {
  const t = crcTable();
  let c = crc ^ 0xffffffff;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** The central directory's entries. Throws ZipError when the directory cannot be found or read. */
export function listEntries(bytes: Uint8Array, maxEntries: number): Map<string, ZipEntry> {
  // End of central directory: 22 bytes plus a comment of at most 65,535 bytes, searched backwards.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('damaged', 'the end of the zip directory is missing (the file may be cut short)');
  const count = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  const offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError('unsupported', 'a ZIP64 package, which this reader does not open');
  if (count > maxEntries) throw new ZipError('too-large', `${count} entries in the package (limit ${maxEntries})`);
  if (offset + size > eocd) throw new ZipError('damaged', 'the zip directory points outside the file');
  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new ZipError('damaged', 'an entry of the zip directory is damaged');
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const crc = u32(bytes, p + 16);
    const compressedSize = u32(bytes, p + 20);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const localOffset = u32(bytes, p + 42);
    const raw = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 ? utf8 : latin1).decode(raw).replace(/\\/g, '/');
    entries.set(name, { name, method, flags, crc, compressedSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * One entry's bytes. `budget` is how many inflated bytes it may have: the count is kept while
 * inflating and the work stops as soon as it is passed.
 */
export function inflateEntry(bytes: Uint8Array, e: ZipEntry, budget: number): Uint8Array {
  if (e.flags & 1) throw new ZipError('unsupported', `${e.name} is encrypted`);
  const lo = e.localOffset;
  if (lo + 30 > bytes.length || u32(bytes, lo) !== 0x04034b50) throw new ZipError('damaged', `the local header of ${e.name} is damaged`);
  const start = lo + 30 + u16(bytes, lo + 26) + u16(bytes, lo + 28);
  const end = start + e.compressedSize;
  if (end > bytes.length) throw new ZipError('damaged', `${e.name} is cut short`);
  const data = bytes.subarray(start, end);
  let out: Uint8Array;
  if (e.method === 0) {
    if (data.length > budget) throw new ZipError('too-large', `${e.name} is larger than ${budget} bytes`);
    out = data;
  } else if (e.method === 8) {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const inf = new Inflate((chunk) => {
      total += chunk.length;
      if (total > budget) throw new ZipError('too-large', `${e.name} inflates to more than ${budget} bytes`);
      chunks.push(chunk);
    });
    try {
      const STEP = 1 << 16;
      for (let i = 0; i < data.length; i += STEP) inf.push(data.subarray(i, Math.min(data.length, i + STEP)), i + STEP >= data.length);
      if (data.length === 0) inf.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof ZipError) throw err;
      throw new ZipError('damaged', `${e.name} cannot be decompressed`);
    }
    out = new Uint8Array(total);
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
  } else {
    throw new ZipError('unsupported', `${e.name} uses compression method ${e.method}`);
  }
  if (crc32Update(0, out) !== e.crc) throw new ZipError('damaged', `${e.name} fails its checksum (CRC)`);
  return out;
}
