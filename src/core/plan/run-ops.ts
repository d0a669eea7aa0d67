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

/** The bookkeeping of one run: ops retargeted after renames, outcomes counted, undo in reverse order. */
export class OpRun {
  private applied = 0;
  private readonly skipped: ApplyResult['skipped'] = [];
  private readonly undo: EditOp[] = [];
  private readonly renames = new Map<string, string>();

  constructor(private readonly plan: EditPlan) {}

  /** The op as it must run now (cell ops are never retargeted: the adapter read their cell as planned). */
  next(planned: EditOp): EditOp {
    return retargetOp(planned, this.renames);
  }

  record(op: EditOp, outcome: OpOutcome): void {
    if ('skip' in outcome) {
      this.skipped.push({ op, reason: outcome.skip, detail: outcome.detail });
    } else {
      this.applied++;
      this.undo.unshift(...outcome.undo);
      if (outcome.renamed) this.renames.set(outcome.renamed.from, outcome.renamed.to);
    }
  }

  result(): ApplyResult {
    return { applied: this.applied, skipped: [...this.skipped], undo: { title: undoTitle(this.plan), ops: [...this.undo] } };
  }
}

export function runOps(plan: EditPlan, apply: (op: EditOp) => OpOutcome): ApplyResult {
  const run = new OpRun(plan);
  for (const planned of plan.ops) {
    const op = run.next(planned);
    run.record(op, apply(op));
  }
  return run.result();
}

/** The same, for an adapter that must wait between ops (the Excel adapter syncs a large write in parts). */
export async function runOpsAsync(plan: EditPlan, apply: (op: EditOp, run: OpRun) => Promise<OpOutcome>): Promise<ApplyResult> {
  const run = new OpRun(plan);
  for (const planned of plan.ops) {
    const op = run.next(planned);
    run.record(op, await apply(op, run));
  }
  return run.result();
}
