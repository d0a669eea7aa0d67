export { planFill, proposeFill } from './fill';
export type { FillChange, FillOptions } from './fill';
export { FINDINGS_SHEET, NOTE_HEADER, planAnnotate, SEVERITY_FILL } from './annotate';
export { retargetOp } from './retarget';
export { isCandidateOf, ownedSheetName, sheetNameCandidate } from './sheet-names';
export { runOps, undoTitle } from './run-ops';
export type { OpOutcome } from './run-ops';
