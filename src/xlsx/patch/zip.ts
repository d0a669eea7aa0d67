import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/**
 * A zip package read entry by entry, so that writing it back copies every entry a plan did not
 * touch as the very bytes it was stored with (compressed data, CRC, method): only changed or new
 * entries are compressed again. Entry order is kept; new entries go at the end.
 * Zip64 and encrypted entries are refused (ZipPatchError); the caller then falls back.
 */

export class ZipPatchError extends Error {
  override name = 'ZipPatchError';
}

interface RawEntry {
  name: string;
  /** Local header + name + extra + compressed data, exactly as in the input. */
  local: Uint8Array;
  /** The central directory record as in the input (its local-header offset is rewritten). */
  central: Uint8Array;
  method: number;
  compressed: Uint8Array;
}

type Entry = { kind: 'raw'; raw: RawEntry } | { kind: 'new'; name: string; data: Uint8Array };

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export class ZipPackage {
  private entries: Entry[] = [];
  private readonly cache = new Map<string, Uint8Array>();

  static read(bytes: Uint8Array): ZipPackage {
    const pkg = new ZipPackage();
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
      if (u32(bytes, i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ZipPatchError('no end of central directory');
    const count = u16(bytes, eocd + 10);
    let p = u32(bytes, eocd + 16);
    if (count === 0xffff || p === 0xffffffff) throw new ZipPatchError('zip64 package');
    for (let i = 0; i < count; i++) {
      if (u32(bytes, p) !== 0x02014b50) throw new ZipPatchError('bad central directory');
      const flags = u16(bytes, p + 8);
      const method = u16(bytes, p + 10);
      const csize = u32(bytes, p + 20);
      const nlen = u16(bytes, p + 28);
      const xlen = u16(bytes, p + 30);
      const clen = u16(bytes, p + 32);
      const off = u32(bytes, p + 42);
      if (flags & 1) throw new ZipPatchError('encrypted entry');
      if (csize === 0xffffffff || off === 0xffffffff) throw new ZipPatchError('zip64 entry');
      const name = strFromU8(bytes.subarray(p + 46, p + 46 + nlen));
      const central = bytes.slice(p, p + 46 + nlen + xlen + clen);
      if (u32(bytes, off) !== 0x04034b50) throw new ZipPatchError(`bad local header for ${name}`);
      const lnlen = u16(bytes, off + 26);
      const lxlen = u16(bytes, off + 28);
      const dataStart = off + 30 + lnlen + lxlen;
      let end = dataStart + csize;
      // A data descriptor (flag bit 3) follows the data; keep it with the entry.
      if (flags & 8) end += u32(bytes, end) === 0x08074b50 ? 16 : 12;
      const local = bytes.subarray(off, end);
      pkg.entries.push({ kind: 'raw', raw: { name, local, central, method, compressed: bytes.subarray(dataStart, dataStart + csize) } });
      p += 46 + nlen + xlen + clen;
    }
    return pkg;
  }

  names(): string[] {
    return this.entries.map((e) => (e.kind === 'raw' ? e.raw.name : e.name)).filter((n) => !n.endsWith('/'));
  }

  has(name: string): boolean {
    return this.entries.some((e) => (e.kind === 'raw' ? e.raw.name : e.name) === name);
  }

  /** Was the entry changed or added since reading? */
  changed(name: string): boolean {
    return this.entries.some((e) => e.kind === 'new' && e.name === name);
  }

  bytes(name: string): Uint8Array | null {
    const e = this.entries.find((x) => (x.kind === 'raw' ? x.raw.name : x.name) === name);
    if (!e) return null;
    if (e.kind === 'new') return e.data;
    const hit = this.cache.get(name);
    if (hit) return hit;
    const { method, compressed } = e.raw;
    let data: Uint8Array;
    if (method === 0) data = compressed;
    else if (method === 8) data = inflateSync(compressed);
    else throw new ZipPatchError(`compression method ${method} in ${name}`);
    this.cache.set(name, data);
    return data;
  }

  text(name: string): string | null {
    const b = this.bytes(name);
    return b ? strFromU8(b) : null;
  }

  set(name: string, data: Uint8Array | string): void {
    const bytes = typeof data === 'string' ? strToU8(data) : data;
    const i = this.entries.findIndex((x) => (x.kind === 'raw' ? x.raw.name : x.name) === name);
    const next: Entry = { kind: 'new', name, data: bytes };
    this.cache.delete(name);
    if (i >= 0) {
      const old = this.entries[i];
      // Setting an entry to what it already holds keeps its stored bytes.
      if (old.kind === 'raw' && equalBytes(this.bytes(name) as Uint8Array, bytes)) return;
      this.entries[i] = next;
    } else this.entries.push(next);
  }

  remove(name: string): void {
    this.entries = this.entries.filter((x) => (x.kind === 'raw' ? x.raw.name : x.name) !== name);
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

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
