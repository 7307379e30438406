import { describe, expect, it } from 'vitest';
import {
  deviceLabel,
  rolesIn,
  trailEntries,
} from '../../../renderer/features/handoff/trail/trailEntries';
import type { Person } from '../../../shared/model';
import { JONAS, MAYA, SAM, STRANGER, makeDetail } from './detailFixture';

const person = (id: string, name: string): Person => ({
  id,
  workspaceId: '00000000-0000-7000-8000-000000000999',
  name,
  email: '',
  roleTitle: '',
  initials: name.slice(0, 2),
  color: '#3b5bdb',
  createdAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
});
const PEOPLE = [
  person(JONAS, 'Jonas Weber'),
  person(MAYA, 'Maya Okafor'),
  person(SAM, 'Sam Patel'),
];

describe('trail entries', () => {
  const detail = makeDetail({
    status: 'acknowledged',
    events: [
      { kind: 'submitted', actorId: JONAS, at: '2026-11-20T10:00:00.000Z' },
      { kind: 'approved', actorId: MAYA, at: '2026-11-21T10:00:00.000Z' },
      {
        kind: 'sent_back',
        actorId: SAM,
        at: '2026-11-22T10:00:00.000Z',
        missing: ['Success metrics'],
        reason: '  ',
      },
      {
        kind: 'override',
        actorId: MAYA,
        at: '2026-11-23T10:00:00.000Z',
        reason: 'Client agreed on a call',
        deviceId: 'device-laptop-2',
      },
      { kind: 'acknowledged', actorId: STRANGER, at: '2026-11-24T10:00:00.000Z' },
    ],
  });
  const entries = trailEntries(detail, PEOPLE);

  it('lists newest first with names, roles in this handoff and readable text', () => {
    expect(entries.map((e) => `${e.actorName} (${e.roles.join(', ')}) ${e.text}`)).toEqual([
      'A former teammate () confirmed “I have what I need”',
      'Maya Okafor (Accountable, Quality owner) overrode the gate',
      'Sam Patel (Receiver) sent it back',
      'Maya Okafor (Accountable, Quality owner) approved the package',
      'Jonas Weber (Responsible) submitted the package',
    ]);
  });

  it('highlights overrides, flags send-backs, keeps reasons and what was missing', () => {
    const override = entries.find((e) => e.kind === 'override')!;
    expect(override.emphasis).toBe('override');
    expect(override.reason).toBe('Client agreed on a call');
    const sentBack = entries.find((e) => e.kind === 'sent_back')!;
    expect(sentBack.emphasis).toBe('problem');
    expect(sentBack.reason).toBeNull();
    expect(sentBack.missing).toEqual(['Success metrics']);
  });

  it('names the device: this one, or a short tag of a teammate’s', () => {
    expect(deviceLabel('device-here', 'device-here')).toBe('this device');
    expect(deviceLabel('0193a6f2-1111-2222', 'device-here')).toBe('device 0193a6f2');
    expect(rolesIn(detail, null)).toEqual([]);
  });
});
