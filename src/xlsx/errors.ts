/** Why a file could not be opened as a workbook: misuse-level errors, typed so the CLI can exit 2. */
export type XlsxReadErrorCode = 'not-xlsx' | 'corrupt' | 'empty' | 'encrypted' | 'too-large' | 'unreadable';

export class XlsxReadError extends Error {
  constructor(
    readonly code: XlsxReadErrorCode,
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'XlsxReadError';
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** "EncryptionInfo" as UTF-16LE: the stream name an encrypted OOXML file's CFB container holds. */
function hasEncryptionInfo(bytes: Uint8Array): boolean {
  const name = Array.from('EncryptionInfo').flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + name.length <= bytes.length; i++) {
    for (let j = 0; j < name.length; j++) if (bytes[i + j] !== name[j]) continue outer;
    return true;
  }
  return false;
}

/** Classifies bytes before any parser sees them, so each failure gets its own one-line message. */
export function sniffXlsx(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) {
    throw new XlsxReadError('empty', file, `${file}: the file is empty (0 bytes) / ファイルが空です`);
  }
  if (startsWith(bytes, CFB_MAGIC)) {
    if (hasEncryptionInfo(bytes)) {
      throw new XlsxReadError('encrypted', file, `${file}: the workbook is password-protected / パスワードで保護されたブックです`);
    }
    throw new XlsxReadError('not-xlsx', file, `${file}: an old-format .xls file, not .xlsx; save it as .xlsx in Excel / 旧形式(.xls)です。Excelで.xlsxとして保存してください`);
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new XlsxReadError('not-xlsx', file, `${file}: not an .xlsx workbook / .xlsx ブックではありません`);
  }
}

export function corrupt(file: string, detail: string): XlsxReadError {
  return new XlsxReadError('corrupt', file, `${file}: the workbook is damaged and cannot be read (${detail}) / ブックが壊れていて読めません`);
}
