/**
 * Names of the sheets Evalsheet owns. A user's sheet is never replaced: when one already has the
 * name, the owned sheet lands on 「name (2)」, 「name (3)」 … Both adapters use these rules, so a
 * plan lands on the same names in Excel and in an .xlsx file.
 */

/** Excel sheet names: at most 31 characters, none of []:*?/\ . The n-th name tried for `base`. */
export function sheetNameCandidate(base: string, n: number): string {
  const clean = base.replace(/[[\]:*?/\\]/g, '_');
  const suffix = n === 1 ? '' : ` (${n})`;
  return clean.slice(0, 31 - suffix.length) + suffix;
}

/** The first candidate name not taken by a user's sheet (`taken`: exists and is not Evalsheet's). */
export function ownedSheetName(base: string, taken: (name: string) => boolean): string {
  for (let n = 1; ; n++) {
    const name = sheetNameCandidate(base, n);
    if (!taken(name)) return name;
  }
}

/** Whether `name` is one of the names a sheet of `base` may land on (the first `tries` candidates). */
export function isCandidateOf(name: string, base: string, tries = 9): boolean {
  for (let n = 1; n <= tries; n++) if (sheetNameCandidate(base, n) === name) return true;
  return false;
}
