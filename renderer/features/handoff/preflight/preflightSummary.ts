import {
  preflightState,
  type PreflightSignature,
} from '../../../../shared/domain/launch/preflight';
import type { HandoffDetail } from '../../../../shared/model';

/** What the panel says about a handoff's pre-flight, and whether the person here may sign. */
export interface PreflightSummary {
  state: 'incomplete' | 'unsigned' | 'signed' | 'signature-stale';
  /** One sentence in the panel's words: the open items, who signed, or that it needs signing. */
  text: string;
  /** The newest signature, if any: the panel shows when it was given. */
  signature: PreflightSignature | null;
  /** Whether "Sign pre-flight" is offered at all (not once the signature covers the package). */
  offerSign: boolean;
  /** Why signing is not possible now, or null when it is. */
  blockedBecause: string | null;
}

/** The newest `preflight_signed` event of the handoff as a signature. */
export function newestSignature(detail: HandoffDetail): PreflightSignature | null {
  const signed = detail.events
    .filter((e) => e.kind === 'preflight_signed' && e.actorId !== null && e.packageHash !== null)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .at(-1);
  return signed
    ? { personId: signed.actorId!, at: signed.at, packageHash: signed.packageHash! }
    : null;
}

/** Null for handoffs whose template has no pre-flight. */
export function preflightSummary(
  detail: HandoffDetail,
  nameOf: (personId: string) => string,
  meId: string | null,
): PreflightSummary | null {
  if (!detail.template.preflight) return null;
  const signature = newestSignature(detail);
  const items = detail.checklist.map((c) => ({
    label: c.label,
    required: c.required,
    done: c.done,
  }));
  const state = preflightState(items, signature, detail.packageHash, nameOf);
  const noMe = meId === null ? 'Choose who you are on this computer before signing.' : null;
  switch (state.state) {
    case 'incomplete': {
      const n = state.open.length;
      return {
        state: state.state,
        text: `Not ready to sign: ${n} required item${n === 1 ? ' is' : 's are'} not ticked — ${state.open.join(', ')}.`,
        signature,
        offerSign: true,
        blockedBecause: `Tick ${n === 1 ? 'the open item' : `the ${n} open items`} first.`,
      };
    }
    case 'unsigned':
      return {
        state: state.state,
        text: 'Every required item is ticked. Not signed yet: the card cannot enter Launch until someone signs.',
        signature,
        offerSign: true,
        blockedBecause: noMe,
      };
    case 'signature-stale':
      return {
        state: state.state,
        text: `Changed since ${nameOf(state.signature.personId)} signed — sign again.`,
        signature,
        offerSign: true,
        blockedBecause: noMe,
      };
    case 'signed':
      return {
        state: state.state,
        text: `Signed by ${nameOf(state.signature.personId)}`,
        signature,
        offerSign: false,
        blockedBecause: null,
      };
  }
}
