import type { WriteTx } from '../../db/writeTx';
import type { BackendContext } from '../context';

/**
 * One thing that happened in the sample agency's past: at `at` (ms), `actor` wrote through the
 * ordinary write path (`write`), or acted through a service as the person using the laptop
 * (`act`, which sees a context whose clock reads `at`).
 */
export type TimedStep =
  | { at: number; actor: string | null; write: (tx: WriteTx) => void }
  | { at: number; actor: string; act: (ctx: BackendContext) => void };

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/**
 * Writes the steps in time order, each stamped with its own time, so the change log holds the
 * history as it would have been written (Health reads waits from the log's HLC times). Steps at
 * the same time keep the order they were given in; the HLC never goes back, so order matters.
 */
export function runTimeline(ctx: BackendContext, workspaceId: string, steps: TimedStep[]): void {
  const now = ctx.now();
  const ordered = steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => a.step.at - b.step.at || a.index - b.index);
  for (const { step } of ordered) {
    // Never ahead of the real clock: a later HLC would outrank what people write next.
    const at = Math.min(step.at, now);
    ctx.db.writeAsOf(at, () => {
      if ('write' in step) {
        ctx.db.write(step.actor, step.write);
        return;
      }
      ctx.db.setLocalPerson(step.actor, workspaceId);
      step.act({ ...ctx, now: () => at });
    });
  }
}
