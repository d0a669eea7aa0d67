import { fold, squash } from '../text/normalize';
import { actionName } from './helpers';
import type { Rule } from './types';

/** Statuses schedules use, and the arrows that mean "continues" (→ ⇒ ━ ー —, which fold() turns into '-'). */
export const SCHEDULE_STATUSES = ['実施', '検討', '継続', '拡充', '新規', '→', '完了', '中止', '準備', '調査', '見直し', '廃止', '一部実施', '充実', '拡大', '縮小', '終了', '⇒'];

export function isScheduleStatus(text: string): boolean {
  const t = squash(text);
  return SCHEDULE_STATUSES.includes(t) || /^[-→⇒]+$/.test(fold(text).replace(/\s/g, ''));
}

export const scheduleStatusInvalid: Rule = {
  id: 'schedule-status-invalid',
  severity: 'warning',
  scope: 'schedule',
  looksAt: 'schedule cells (取組事項 × 年度)',
  *check(ctx) {
    for (const a of ctx.model.schedule) {
      for (const s of a.statuses) {
        if (s.status === null || fold(s.status) === '') continue;
        if (!isScheduleStatus(s.status)) yield { cell: s.cell, data: { action: actionName(a), no: a.no, name: a.name, year: s.year, status: s.status } };
      }
    }
  },
};
