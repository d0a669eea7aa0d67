import { unzipSync } from 'fflate';

/** The uncompressed bytes of every part of a package, by name. */
export function partsOf(bytes: Uint8Array): Record<string, Uint8Array> {
  const all = unzipSync(bytes);
  return Object.fromEntries(Object.entries(all).filter(([n]) => !n.endsWith('/')));
}

/** Parts of `input` whose bytes differ in `output`, or are missing from it. */
export function changedParts(input: Uint8Array, output: Uint8Array): string[] {
  const a = partsOf(input);
  const b = partsOf(output);
  return Object.keys(a)
    .filter((n) => !b[n] || Buffer.compare(Buffer.from(a[n]), Buffer.from(b[n])) !== 0)
    .sort();
}
