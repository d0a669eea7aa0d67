/** A1 addresses <-> 0-based coordinates. Hand-written: ten lines do not justify a dependency. */

export function columnName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function parseCellAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "D42:J42" from two coordinates; a single cell when they are equal. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const a = cellAddress(top, left);
  const b = cellAddress(bottom, right);
  return a === b ? a : `${a}:${b}`;
}

/** Quote a sheet name for use in a formula or a chart series reference: '9-2'!$D$42:$J$42. */
export function quoteSheetName(name: string): string {
  // Unquoted only when the name cannot be read as anything else: not a cell (R5, H27, FY2023),
  // not an R1C1 reference (R, C, R1C1), not a boolean.
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(?:[RrCc]\d*|[Rr]\d*[Cc]\d*)$/.test(name) && !/^(?:TRUE|FALSE)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function absoluteRange(address: string): string {
  return address
    .split(':')
    .map((part) => {
      const { row, col } = parseCellAddress(part);
      return `$${columnName(col)}$${row + 1}`;
    })
    .join(':');
}
