import type { FieldValue, HandoffEventKind, HandoffStatus, HandoffTemplate } from '../model';
import { fieldProblem } from './fieldValue';
import { launchPackageItems, type LaunchChecksInput } from './launch/launchPackageChecks';
import { preflightState, type PreflightSignature } from './launch/preflight';
import { packageHash } from './packageHash';
import { validateRaci, type RaciEntry } from './raci';

export interface MissingItem {
  kind: 'field' | 'checklist' | 'raci' | 'quality_owner' | 'preflight' | 'asset';
  /** Field key, checklist label or RACI role: what the panel highlights. */
  key: string;
  /** The name a person reads, e.g. "Strategy summary". */
  label: string;
  problem: string;
}

export interface PersonRef {
  personId: string;
  because: 'quality_owner' | 'receiver' | 'responsible';
}

/** Everything the gate looks at for one handoff, as plain data. */
export interface HandoffPackage {
  status: HandoffStatus;
  qualityOwnerId: string | null;
  fields: Readonly<Record<string, FieldValue>>;
  checklist: readonly { label: string; required: boolean; done: boolean }[];
  raci: readonly RaciEntry[];
  /** Events newest last; an override by the Accountable person lets the gate pass. */
  events: readonly { kind: HandoffEventKind }[];
  /** People who receive the work (Responsible of the next stage); may be empty. */
  receiverIds: readonly string[];
  /**
   * Hash of the package now and of the package the quality owner approved. When they differ
   * the approval no longer covers what is there: the package needs re-approval.
   */
  currentHash?: string;
  approvedHash?: string | null;
  /**
   * The newest pre-flight signature (a `preflight_signed` event), for templates with a
   * pre-flight; `signerName` is how the gate names the signer when the package changed since.
   */
  preflight?: (PreflightSignature & { signerName?: string }) | null;
  /**
   * For templates with a pre-flight (Production → Launch): the campaign's type and asset
   * register, so the gate checks the package's UTM links, tracking events and launch sequence
   * row by row and verifies every asset is approved. Left out, only the fields' presence counts.
   */
  launchChecks?: LaunchChecksInput | null;
}

export type GateState = 'ready' | 'missing' | 'awaiting_approval' | 'awaiting_receiver';

export type GateResult =
  | { passed: true; state: 'ready'; overridden: boolean }
  | {
      passed: false;
      state: Exclude<GateState, 'ready'>;
      missing: MissingItem[];
      waitingOn: PersonRef[];
      /** Approved once, then edited: the approval is void until the quality owner approves again. */
      changedSinceApproval?: boolean;
    };

const APPROVED_STATUSES: readonly HandoffStatus[] = ['approved', 'acknowledged', 'done'];

/** Whether the package was edited after the quality owner approved it. */
export function isChangedSinceApproval(pkg: HandoffPackage): boolean {
  return (
    APPROVED_STATUSES.includes(pkg.status) &&
    pkg.currentHash !== undefined &&
    pkg.approvedHash !== undefined &&
    pkg.approvedHash !== null &&
    pkg.approvedHash !== pkg.currentHash
  );
}

/**
 * What the package lacks, in template order: fields (with a launch package's row and asset
 * checks), then checklist, then RACI, then owner, then the pre-flight.
 */
export function missingItems(pkg: HandoffPackage, template: HandoffTemplate): MissingItem[] {
  const missing: MissingItem[] = [];
  for (const field of template.fields) {
    const problem = fieldProblem(field, pkg.fields[field.key]);
    if (problem) missing.push({ kind: 'field', key: field.key, label: field.label, problem });
  }
  if (template.preflight && pkg.launchChecks) {
    missing.push(...launchPackageItems(pkg.fields, template.fields, pkg.launchChecks));
  }
  for (const item of pkg.checklist) {
    if (item.required && !item.done) {
      missing.push({
        kind: 'checklist',
        key: item.label,
        label: item.label,
        problem: 'not ticked',
      });
    }
  }
  for (const issue of validateRaci(pkg.raci)) {
    missing.push({ kind: 'raci', key: issue.field, label: issue.field, problem: issue.problem });
  }
  if (!pkg.qualityOwnerId) {
    missing.push({
      kind: 'quality_owner',
      key: 'qualityOwner',
      label: 'Quality owner',
      problem: 'is not named',
    });
  }
  if (template.preflight) {
    const problem = preflightProblem(pkg);
    if (problem) missing.push({ kind: 'preflight', key: 'preflight', label: PREFLIGHT, problem });
  }
  return missing;
}

const PREFLIGHT = 'Pre-flight sign-off';

/** "2026-11-26 18:40 UTC" for a stored UTC instant; anything else as it is. */
function readableInstant(at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(at);
  return m ? `${m[1]} ${m[2]} UTC` : at;
}

/**
 * Why the pre-flight does not cover the package yet, or null when it does. Open checklist
 * items are already listed on their own, so the sign-off only says it is not signed.
 */
function preflightProblem(pkg: HandoffPackage): string | null {
  const signature = pkg.preflight ?? null;
  if (!signature) return 'not signed';
  // The board skips hashing packages never approved; a signature needs the hash all the same.
  const current = pkg.currentHash ?? packageHash(pkg);
  const state = preflightState(pkg.checklist, signature, current);
  switch (state.state) {
    case 'signed':
      return null;
    case 'unsigned':
      return 'not signed';
    case 'incomplete':
    case 'signature-stale': {
      const who = signature.signerName ?? 'someone';
      return `signed before the package changed: sign again (signed by ${who} at ${readableInstant(signature.at)})`;
    }
  }
}

/**
 * The quality gate (rule 3): the package is complete, the quality owner approved it and the
 * receiver confirmed "I have what I need" — or the Accountable person overrode it.
 */
export function evaluateGate(pkg: HandoffPackage, template: HandoffTemplate): GateResult {
  const lastOverrideOrReopen = [...pkg.events]
    .reverse()
    .find((e) => e.kind === 'override' || e.kind === 'reopened');
  if (lastOverrideOrReopen?.kind === 'override') {
    return { passed: true, state: 'ready', overridden: true };
  }
  const missing = missingItems(pkg, template);
  if (missing.length > 0) {
    const waitingOn: PersonRef[] = pkg.raci
      .filter((r) => r.role === 'R')
      .map((r) => ({ personId: r.personId, because: 'responsible' as const }));
    return { passed: false, state: 'missing', missing, waitingOn };
  }
  const qualityOwner: PersonRef[] = pkg.qualityOwnerId
    ? [{ personId: pkg.qualityOwnerId, because: 'quality_owner' }]
    : [];
  if (isChangedSinceApproval(pkg)) {
    return {
      passed: false,
      state: 'awaiting_approval',
      missing: [],
      waitingOn: qualityOwner,
      changedSinceApproval: true,
    };
  }
  if (pkg.status === 'acknowledged' || pkg.status === 'done') {
    return { passed: true, state: 'ready', overridden: false };
  }
  if (pkg.status === 'approved') {
    return {
      passed: false,
      state: 'awaiting_receiver',
      missing: [],
      waitingOn: pkg.receiverIds.map((personId) => ({ personId, because: 'receiver' as const })),
    };
  }
  return { passed: false, state: 'awaiting_approval', missing: [], waitingOn: qualityOwner };
}

/** The short label cards show: "ready", "3 missing", "awaiting approval", "awaiting receiver". */
export function gateLabel(result: GateResult): string {
  if (result.passed) return result.overridden ? 'overridden' : 'ready';
  switch (result.state) {
    case 'missing':
      return `${result.missing.length} missing`;
    case 'awaiting_approval':
      return result.changedSinceApproval ? 'changed since approval' : 'awaiting approval';
    case 'awaiting_receiver':
      return 'awaiting receiver';
  }
}
