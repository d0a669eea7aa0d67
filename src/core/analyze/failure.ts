/** A layout reader that threw on one sheet: the sheet and the step named, the cause kept. */
export class SheetFailure extends Error {
  constructor(
    readonly sheet: string,
    readonly step: string,
    readonly cause: unknown,
  ) {
    super(`${step} failed on sheet "${sheet}": ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'SheetFailure';
  }
}
