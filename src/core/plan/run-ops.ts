import { retargetOp } from './retarget';
import type { ApplyResult, EditOp, EditPlan, SkipReason } from './types';

/**
 * The part of applying a plan both adapters share: ops in order, each carried out or skipped with
 * a reason; the undo plan in reverse order; owned sheets written under another name followed by the
 * later ops (retargetOp). How an op is carried out is the adapter's.
 */

/** `renamed`: the name a put-sheet actually wrote, when a user's sheet already had the planned one. */
export type OpOutcome = { undo: EditOp[]; renamed?: { from: string; to: string } } | { skip: SkipReason; detail: string };

export function undoTitle(plan: EditPlan): EditPlan['title'] {
  return { ja: `元に戻す: ${plan.title.ja}`, en: `Undo: ${plan.title.en}` };
}

export function runOps(plan: EditPlan, apply: (op: EditOp) => OpOutcome): ApplyResult {
  let applied = 0;
  const skipped: ApplyResult['skipped'] = [];
  const undo: EditOp[] = [];
  const renames = new Map<string, string>();
  for (const planned of plan.ops) {
    // Cell ops are never retargeted: the op object stays the one the adapter read its cell for.
    const op = retargetOp(planned, renames);
    const outcome = apply(op);
    if ('skip' in outcome) {
      skipped.push({ op, reason: outcome.skip, detail: outcome.detail });
    } else {
      applied++;
      undo.unshift(...outcome.undo);
      if (outcome.renamed) renames.set(outcome.renamed.from, outcome.renamed.to);
    }
  }
  return { applied, skipped, undo: { title: undoTitle(plan), ops: undo } };
}
