export { planFill, proposeFill } from './fill';
export type { FillChange, FillOptions } from './fill';
export { FINDINGS_SHEET, NOTE_HEADER, planAnnotate, SEVERITY_FILL } from './annotate';
