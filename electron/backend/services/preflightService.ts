import { DomainError, ruleViolation, signPreflight } from '../../../shared/domain';
import type { HandoffDetail } from '../../../shared/model';
import { actorOf, type BackendContext } from '../context';
import { handoffDetail, loadBoard } from '../views/campaignViews';
import { recordEvent } from './handoffFlowService';

/**
 * Signs a handoff's pre-flight as the person using this laptop. The signature is an
 * append-only `preflight_signed` event holding the package hash the signer saw: the gate
 * compares it with the package as it is, so a later edit shows it needs signing again.
 */
export function signHandoffPreflight(
  ctx: BackendContext,
  input: { id: string; packageHash: string },
): HandoffDetail {
  const board = loadBoard(ctx);
  ctx.db.write(actorOf(ctx), (tx) => {
    // Read inside the write: a tick or edit that landed since the person looked counts.
    const view = handoffDetail(ctx, input.id, board);
    if (!view.template.preflight) {
      throw ruleViolation(
        'id',
        `is a ${view.fromStageName} → ${view.toStageName} handoff, which has no pre-flight to sign`,
      );
    }
    if (tx.actorId === null) {
      throw ruleViolation('actor', 'is unknown: choose who you are on this computer first');
    }
    const signed = signPreflight(view.checklist, tx.actorId, tx.at, view.packageHash);
    if (!signed.ok) {
      throw new DomainError('RULE_VIOLATION', signed.message, [
        { field: signed.field, problem: signed.message },
      ]);
    }
    if (input.packageHash !== view.packageHash) {
      throw new DomainError(
        'CONFLICT',
        'The package changed since you looked: review it and sign again',
        [{ field: 'packageHash', problem: 'is not the package as it is now' }],
      );
    }
    recordEvent(tx, input.id, 'preflight_signed', { packageHash: view.packageHash });
  });
  return handoffDetail(ctx, input.id, board);
}
