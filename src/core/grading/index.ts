export { PRESETS, PRESET_IDS, getPreset, withOverrides } from './presets';
export { directionOf, gradeDistance, gradeFor, progressOf } from './progress';
export type { Direction, ProgressInput } from './progress';
export { rollUp } from './rollup';
export { percentText, presetThresholds, thresholdGrades, thresholdsProblem } from './thresholds';
export type { Thresholds } from './thresholds';
