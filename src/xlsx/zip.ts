import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';

/**
 * The one zip module, for reading and for writing by patching. No Node APIs: the pane uses it too.
 * - Reading: the central directory is listed without inflating anything; one entry is inflated on
 *   demand with its output counted as it comes (a budget stops it, whatever the header declares)
 *   and its CRC-32 checked.
 * - Patching (`ZipPackage`): the same directory, each entry kept as the very bytes it was stored
 *   with (local header, compressed data, data descriptor, directory record), so writing the package
 *   back copies every entry a plan did not touch; only changed or new entries are compressed again.
 *   Entry order is kept; new entries go at the end.
 */

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  localOffset: number;
  /** Where the entry's central directory record starts, and its length (name, extra, comment included). */
  centralOffset: number;
  centralLength: number;
}

/** Why the zip layer refused: 'damaged' (structure, CRC), 'too-large' (a limit), 'unsupported' (ZIP64, encryption, a method). */
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

function setU16(b: Uint8Array, o: number, v: number): void {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
}
function setU32(b: Uint8Array, o: number, v: number): void {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
  b[o + 2] = (v >>> 16) & 0xff;
  b[o + 3] = (v >>> 24) & 0xff;
}

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

/** CRC-32 of `data`, continuing from `crc` (0 to start). */
export function crc32(data: Uint8Array, crc = 0): number {
  const t = crcTable();
  let c = crc ^ 0xffffffff;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** crc32 with the running value first (the hostile corpus builds bombs chunk by chunk). */
export function crc32Update(crc: number, data: Uint8Array): number {
  return crc32(data, crc);
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** The central directory's records, in order. Throws ZipError when the directory cannot be found or read. */
export function centralDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
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
  const entries: ZipEntry[] = [];
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
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) throw new ZipError('unsupported', 'a ZIP64 entry, which this reader does not open');
    const raw = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 ? utf8 : latin1).decode(raw).replace(/\\/g, '/');
    const centralLength = 46 + nameLen + extraLen + commentLen;
    entries.push({ name, method, flags, crc, compressedSize, localOffset, centralOffset: p, centralLength });
    p += centralLength;
  }
  return entries;
}

/** The central directory by entry name (a repeated name: the last one, as unzip tools do). */
export function listEntries(bytes: Uint8Array, maxEntries: number): Map<string, ZipEntry> {
  return new Map(centralDirectory(bytes, maxEntries).map((e) => [e.name, e]));
}

/** Where an entry's compressed data starts, after its local header. */
function dataStart(bytes: Uint8Array, e: ZipEntry): number {
  const lo = e.localOffset;
  if (lo + 30 > bytes.length || u32(bytes, lo) !== 0x04034b50) throw new ZipError('damaged', `the local header of ${e.name} is damaged`);
  return lo + 30 + u16(bytes, lo + 26) + u16(bytes, lo + 28);
}

/**
 * One entry's bytes. `budget` is how many inflated bytes it may have: the count is kept while
 * inflating and the work stops as soon as it is passed.
 */
export function inflateEntry(bytes: Uint8Array, e: ZipEntry, budget: number): Uint8Array {
  if (e.flags & 1) throw new ZipError('unsupported', `${e.name} is encrypted`);
  const start = dataStart(bytes, e);
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
  if (crc32(out) !== e.crc) throw new ZipError('damaged', `${e.name} fails its checksum (CRC)`);
  return out;
}

/** Bounds for a package opened to be patched (the same order as the reader's limits). */
export interface PatchLimits {
  entries: number;
  partBytes: number;
}

export const PATCH_LIMITS: PatchLimits = { entries: 10_000, partBytes: 128 * 1024 * 1024 };

interface RawEntry {
  entry: ZipEntry;
  /** Local header + name + extra + compressed data (+ data descriptor), exactly as in the input. */
  local: Uint8Array;
  /** The central directory record as in the input (its local-header offset is rewritten). */
  central: Uint8Array;
}

type Entry = { kind: 'raw'; name: string; raw: RawEntry } | { kind: 'new'; name: string; data: Uint8Array };

export class ZipPackage {
  private entries: Entry[] = [];
  private readonly cache = new Map<string, Uint8Array>();

  private constructor(
    private readonly source: Uint8Array,
    private readonly limits: PatchLimits,
  ) {}

  /** Opens a package to patch. ZIP64 and encrypted entries are refused (ZipError 'unsupported'); the caller then falls back. */
  static read(bytes: Uint8Array, limits: PatchLimits = PATCH_LIMITS): ZipPackage {
    const pkg = new ZipPackage(bytes, limits);
    for (const e of centralDirectory(bytes, limits.entries)) {
      if (e.flags & 1) throw new ZipError('unsupported', `${e.name} is encrypted`);
      const start = dataStart(bytes, e);
      let end = start + e.compressedSize;
      if (end > bytes.length) throw new ZipError('damaged', `${e.name} is cut short`);
      // A data descriptor (flag bit 3) follows the data; keep it with the entry.
      if (e.flags & 8) end += u32(bytes, end) === 0x08074b50 ? 16 : 12;
      const raw: RawEntry = { entry: e, local: bytes.subarray(e.localOffset, end), central: bytes.slice(e.centralOffset, e.centralOffset + e.centralLength) };
      pkg.entries.push({ kind: 'raw', name: e.name, raw });
    }
    return pkg;
  }

  /**
   * Inflates every stored entry once (not kept), within the part budget and `totalBytes` in all:
   * a damaged entry (CRC, deflate) or a bomb is found before anything else inflates the package.
   */
  verify(totalBytes: number): void {
    let used = 0;
    for (const e of this.entries) {
      if (e.kind !== 'raw') continue;
      used += inflateEntry(this.source, e.raw.entry, Math.min(this.limits.partBytes, totalBytes - used)).length;
    }
  }

  names(): string[] {
    return this.entries.map((e) => e.name).filter((n) => !n.endsWith('/'));
  }

  has(name: string): boolean {
    return this.entries.some((e) => e.name === name);
  }

  /** Was the entry changed or added since reading? */
  changed(name: string): boolean {
    return this.entries.some((e) => e.kind === 'new' && e.name === name);
  }

  /** An entry's bytes (inflated within the part budget, CRC checked); null when absent. */
  bytes(name: string): Uint8Array | null {
    const e = this.entries.find((x) => x.name === name);
    if (!e) return null;
    if (e.kind === 'new') return e.data;
    const hit = this.cache.get(name);
    if (hit) return hit;
    const data = inflateEntry(this.source, e.raw.entry, this.limits.partBytes);
    this.cache.set(name, data);
    return data;
  }

  text(name: string): string | null {
    const b = this.bytes(name);
    return b ? strFromU8(b) : null;
  }

  set(name: string, data: Uint8Array | string): void {
    const bytes = typeof data === 'string' ? strToU8(data) : data;
    const i = this.entries.findIndex((x) => x.name === name);
    const next: Entry = { kind: 'new', name, data: bytes };
    if (i >= 0) {
      const old = this.entries[i];
      // Setting an entry to what it already holds keeps its stored bytes.
      if (old.kind === 'raw' && equalBytes(this.bytes(name) as Uint8Array, bytes)) return;
      this.entries[i] = next;
    } else this.entries.push(next);
    this.cache.delete(name);
  }

  remove(name: string): void {
    this.entries = this.entries.filter((x) => x.name !== name);
    this.cache.delete(name);
  }

  write(): Uint8Array {
    const chunks: Uint8Array[] = [];
    const centrals: Uint8Array[] = [];
    let offset = 0;
    for (const e of this.entries) {
      if (e.kind === 'raw') {
        const central = e.raw.central.slice();
        setU32(central, 42, offset);
        chunks.push(e.raw.local);
        centrals.push(central);
        offset += e.raw.local.length;
        continue;
      }
      const name = strToU8(e.name);
      const data = deflateSync(e.data, { level: 6 });
      const crc = crc32(e.data);
      const local = new Uint8Array(30 + name.length);
      setU32(local, 0, 0x04034b50);
      setU16(local, 4, 20);
      setU16(local, 6, 0x800);
      setU16(local, 8, 8);
      setU16(local, 10, 0);
      setU16(local, 12, 0x21);
      setU32(local, 14, crc);
      setU32(local, 18, data.length);
      setU32(local, 22, e.data.length);
      setU16(local, 26, name.length);
      local.set(name, 30);
      const central = new Uint8Array(46 + name.length);
      setU32(central, 0, 0x02014b50);
      setU16(central, 4, 20);
      setU16(central, 6, 20);
      setU16(central, 8, 0x800);
      setU16(central, 10, 8);
      setU16(central, 14, 0x21);
      setU32(central, 16, crc);
      setU32(central, 20, data.length);
      setU32(central, 24, e.data.length);
      setU16(central, 28, name.length);
      setU32(central, 42, offset);
      central.set(name, 46);
      chunks.push(local, data);
      centrals.push(central);
      offset += local.length + data.length;
    }
    const cdStart = offset;
    const cdSize = centrals.reduce((n, c) => n + c.length, 0);
    const eocd = new Uint8Array(22);
    setU32(eocd, 0, 0x06054b50);
    setU16(eocd, 8, centrals.length);
    setU16(eocd, 10, centrals.length);
    setU32(eocd, 12, cdSize);
    setU32(eocd, 16, cdStart);
    const out = new Uint8Array(cdStart + cdSize + 22);
    let p = 0;
    for (const c of [...chunks, ...centrals, eocd]) {
      out.set(c, p);
      p += c.length;
    }
    return out;
  }
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
