/** The summary sheet's name: Evalsheet owns it and replaces only it. */
export const SUMMARY_SHEET = '評価サマリー';
/** The submission status sheet (one row per file and sheet): Evalsheet owns it. */
export const STATUS_SHEET = '提出状況';
/** The roll-up per policy level: Evalsheet owns it. */
export const ROLLUP_SHEET = '集計';
/** A findings sheet per department (指摘一覧, 「指摘 まちづくり部」): Evalsheet owns every sheet of this prefix. */
export const DEPARTMENT_FINDINGS_PREFIX = '指摘 ';
