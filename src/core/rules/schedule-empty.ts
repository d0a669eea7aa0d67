import { fold } from '../text/normalize';
import { actionName } from './helpers';
import type { Rule } from './types';

export const scheduleEmpty: Rule = {
  id: 'schedule-empty',
  severity: 'warning',
  scope: 'schedule',
  looksAt: 'schedule rows with no status in any year',
  *check(ctx) {
    for (const a of ctx.model.schedule) {
      if (a.statuses.length > 0 && a.statuses.every((s) => s.status === null || fold(s.status) === '')) yield { cell: a.cell, data: { action: actionName(a), no: a.no, name: a.name } };
    }
  },
};
