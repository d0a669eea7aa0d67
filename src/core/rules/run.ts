import type { Finding } from '../findings/types';
import { renderMessage } from '../findings/messages';
import type { Rule, SheetContext } from './types';

export interface RuleFailure {
  rule: string;
  sheet: string;
  message: string;
}

/**
 * Runs rules over one sheet. A rule that throws on a sheet it did not foresee loses its own
 * findings for that sheet, is reported as a failure, and never stops the others.
 */
export function runRules(rules: Rule[], ctx: SheetContext): { findings: Finding[]; failures: RuleFailure[] } {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of rules) {
    // Rules against last year's workbook run only with it: without one they neither run nor pass.
    if (rule.needs === 'previous' && !ctx.previous) continue;
    try {
      const own: Finding[] = [];
      for (const d of rule.check(ctx)) {
        own.push({
          rule: rule.id,
          severity: d.severity ?? rule.severity,
          sheet: ctx.model.sheet,
          cell: d.cell,
          message: renderMessage(rule.id, d.data),
          data: d.data,
          fix: d.fix ?? null,
        });
      }
      findings.push(...own);
    } catch (e) {
      failures.push({ rule: rule.id, sheet: ctx.model.sheet, message: e instanceof Error ? e.message : String(e) });
    }
  }
  return { findings, failures };
}
