/** The summary sheet's name: Evalsheet owns it and replaces only it. */
export const SUMMARY_SHEET = '評価サマリー';
