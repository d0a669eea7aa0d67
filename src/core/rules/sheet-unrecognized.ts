import type { Rule } from './types';

/**
 * A sheet that looks like an evaluation sheet (numbers and evaluation words: 指標, 目標, 実績, 評価 …)
 * but that no reader and no layout profile could read. The reader leaves the evidence on the model
 * (EvaluationSheet.unread): the labels it saw and what the nearest table lacked. A memo without
 * such words has no evidence and gets no finding.
 */
export const sheetUnrecognized: Rule = {
  id: 'sheet-unrecognized',
  severity: 'warning',
  scope: 'sheet',
  looksAt: 'sheets no reader could read that hold numbers and 指標 / 目標 / 実績 / 評価 labels',
  *check(ctx) {
    const u = ctx.model.unread;
    if (ctx.model.kind !== 'unrecognized' || !u) return;
    yield { cell: u.cell, data: { labels: u.labels.map((l) => l.text), labelCells: u.labels.map((l) => l.cell), missing: u.missing } };
  },
};
