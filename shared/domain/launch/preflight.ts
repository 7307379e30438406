import { parseInstant } from './instant';

/** One line of the pre-flight checklist of a Production → Launch handoff. */
export interface PreflightItem {
  label: string;
  required: boolean;
  done: boolean;
}

/**
 * Who signed the pre-flight, when, and which package they signed: `packageHash` is the
 * `packageHash()` of the handoff package (fields and checklist) at signing, the same
 * fingerprint an approval keeps, so any later edit shows the signature no longer covers it.
 */
export interface PreflightSignature {
  personId: string;
  at: string;
  packageHash: string;
}

export type PreflightState =
  | {
      state: 'incomplete';
      /** Labels of the required items not ticked, in checklist order. */
      open: string[];
      /** A signature given earlier, if any (it no longer counts once an item is open). */
      signature: PreflightSignature | null;
      message: string;
    }
  | { state: 'unsigned'; message: string }
  | { state: 'signed'; signature: PreflightSignature; message: string }
  | {
      state: 'signature-stale';
      signature: PreflightSignature;
      currentPackageHash: string;
      message: string;
    };

type NameOf = (personId: string) => string;
const ownId: NameOf = (id) => id;

function openItems(items: readonly PreflightItem[]): string[] {
  return items.filter((i) => i.required && !i.done).map((i) => i.label);
}

function openMessage(open: readonly string[]): string {
  const n = open.length;
  return `${n} required pre-flight item${n === 1 ? ' is' : 's are'} not ticked: ${open.join(', ')}`;
}

/**
 * Where the pre-flight stands. The card may enter Launch only when this is 'signed': every
 * required item ticked and a signature whose package hash is the package as it is now.
 */
export function preflightState(
  items: readonly PreflightItem[],
  signature: PreflightSignature | null,
  currentPackageHash: string,
  nameOf: NameOf = ownId,
): PreflightState {
  const open = openItems(items);
  if (open.length > 0) {
    const earlier = signature
      ? `; the earlier signature by ${nameOf(signature.personId)} (${signature.at}) no longer counts`
      : '';
    return { state: 'incomplete', open, signature, message: `${openMessage(open)}${earlier}` };
  }
  if (!signature) {
    return { state: 'unsigned', message: 'The pre-flight checklist is complete but not signed' };
  }
  const who = `${nameOf(signature.personId)} on ${signature.at}`;
  if (signature.packageHash !== currentPackageHash) {
    return {
      state: 'signature-stale',
      signature,
      currentPackageHash,
      message: `Signed by ${who}, but the package has changed since: the pre-flight needs signing again`,
    };
  }
  return { state: 'signed', signature, message: `Pre-flight signed by ${who}` };
}

export type CanSignPreflight = { ok: true } | { ok: false; open: string[]; message: string };

/** Whether the pre-flight can be signed now, and if not, which items are still open. */
export function canSignPreflight(items: readonly PreflightItem[]): CanSignPreflight {
  const open = openItems(items);
  if (open.length === 0) return { ok: true };
  return { ok: false, open, message: `Cannot sign yet: ${openMessage(open)}` };
}

export type SignPreflightResult =
  | { ok: true; signature: PreflightSignature }
  | { ok: false; field: 'checklist' | 'personId' | 'at'; message: string };

/** The signature a person gives to the package as it is now, or why it cannot be given. */
export function signPreflight(
  items: readonly PreflightItem[],
  personId: string,
  at: string,
  currentPackageHash: string,
): SignPreflightResult {
  if (personId.trim() === '') {
    return { ok: false, field: 'personId', message: 'personId is required to sign' };
  }
  if (parseInstant(at) === null) {
    return { ok: false, field: 'at', message: `at must be an ISO date-time, not "${at}"` };
  }
  const can = canSignPreflight(items);
  if (!can.ok) return { ok: false, field: 'checklist', message: can.message };
  return { ok: true, signature: { personId, at, packageHash: currentPackageHash } };
}
