/**
 * Excel on the web refuses a request larger than 5 MB (RequestPayloadSizeLimitExceeded; "Resource
 * limits and performance optimization for Office Add-ins"). A write is queued as one batch unless
 * its estimated request passes WRITE_BUDGET; then it is sent in parts, one sync each, every part
 * under the budget. The budget leaves half the limit as margin for the estimate.
 *
 * The estimate, measured on Microsoft's runtime with the stand-in host (test/excel/runtime,
 * docs/excel-write-batches.md): a request is the values and texts it carries plus about 120 bytes
 * for each action (a property set, a getRange, the object paths they need). A summary of 60 sheets:
 * 14,664 actions and 46 KB of values and formats, 1.85 MB sent. ACTION_BYTES rounds that up.
 */
export const WRITE_BUDGET = 2_500_000;
export const ACTION_BYTES = 140;

/** UTF-8 length of a value's JSON, without Buffer or TextEncoder (core-free, any webview). */
export function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value) ?? '';
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** What is queued in the current batch, and the sync that sends it when the next part would not fit. */
export class WriteQueue {
  private queued = 0;
  /** Syncs this queue made before the final one. */
  parts = 0;

  constructor(
    private readonly send: () => Promise<void>,
    readonly budget = WRITE_BUDGET,
  ) {}

  /** Make room for `bytes` more: sends what is queued first when together they would pass the budget. */
  async room(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.budget) {
      await this.send();
      this.parts++;
      this.queued = 0;
    }
    this.queued += bytes;
  }
}

/** A cell op (fill, note, value): a getRange, the property or note call and their paths, plus its text. */
export function cellOpBytes(op: { value?: unknown; text?: unknown; color?: unknown }): number {
  return 4 * ACTION_BYTES + jsonBytes(op.value ?? op.text ?? op.color ?? null);
}
