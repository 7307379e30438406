import { roleName } from '../../../../shared/domain/raci';
import type { HandoffDetail, HandoffEventKind, Person } from '../../../../shared/model';

/** One line of a handoff's trail as a person reads it. */
export interface TrailEntry {
  id: string;
  kind: HandoffEventKind;
  actorId: string | null;
  actorName: string;
  /** What the actor is in this handoff: "Quality owner", "Responsible", "Receiver"… */
  roles: string[];
  /** e.g. "approved the package". */
  text: string;
  at: string;
  deviceId: string;
  reason: string | null;
  missing: string[];
  /** Overrides and send-backs stand out: they are what a reviewer looks for. */
  emphasis: 'override' | 'problem' | null;
}

const TEXT: Record<HandoffEventKind, string> = {
  submitted: 'submitted the package',
  approved: 'approved the package',
  changes_requested: 'requested changes',
  acknowledged: 'confirmed “I have what I need”',
  sent_back: 'sent it back',
  override: 'overrode the gate',
  reopened: 'edited it after approval: needs re-approval',
  done: 'marked it done',
  preflight_signed: 'signed the pre-flight',
};

/** Every event of the handoff, newest first, with names and roles resolved. */
export function trailEntries(detail: HandoffDetail, people: readonly Person[]): TrailEntry[] {
  const nameOf = (id: string | null) =>
    id === null ? 'Someone' : (people.find((p) => p.id === id)?.name ?? 'A former teammate');
  return [...detail.events]
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      actorId: e.actorId,
      actorName: nameOf(e.actorId),
      roles: rolesIn(detail, e.actorId),
      text: TEXT[e.kind],
      at: e.at,
      deviceId: e.deviceId,
      // A reopen's reason is written by Baton and says what the text already says.
      reason: e.kind !== 'reopened' && e.reason && e.reason.trim() ? e.reason : null,
      missing: e.missing,
      emphasis:
        e.kind === 'override'
          ? 'override'
          : e.kind === 'sent_back' || e.kind === 'changes_requested' || e.kind === 'reopened'
            ? 'problem'
            : null,
    }));
}

/** The roles a person holds in this handoff, in the order R, A, C, I, quality owner, receiver. */
export function rolesIn(detail: HandoffDetail, personId: string | null): string[] {
  if (personId === null) return [];
  const roles: string[] = [];
  for (const role of ['R', 'A', 'C', 'I'] as const) {
    if (detail.raci.some((r) => r.personId === personId && r.role === role)) {
      roles.push(roleName(role));
    }
  }
  if (detail.handoff.qualityOwnerId === personId) roles.push('Quality owner');
  if (detail.receiverIds.includes(personId)) roles.push('Receiver');
  return roles;
}

/** "this device" for events written here; otherwise a short, stable device tag. */
export function deviceLabel(deviceId: string, myDeviceId: string | null): string {
  if (myDeviceId !== null && deviceId === myDeviceId) return 'this device';
  return `device ${deviceId.slice(0, 8)}`;
}
