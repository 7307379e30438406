import type { GateView } from '../model';
import { gateLabel, type GateResult } from './gate';

/** The gate's result as every screen, the CLI and the API show it. */
export function toGateView(result: GateResult): GateView {
  return result.passed
    ? {
        passed: true,
        state: 'ready',
        label: gateLabel(result),
        overridden: result.overridden,
        changedSinceApproval: false,
        missing: [],
        waitingOn: [],
      }
    : {
        passed: false,
        state: result.state,
        label: gateLabel(result),
        overridden: false,
        changedSinceApproval: result.changedSinceApproval === true,
        missing: result.missing,
        waitingOn: result.waitingOn,
      };
}
