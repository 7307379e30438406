import { describe, expect, it } from 'vitest';
import { packageHash } from '../../../../shared/domain/packageHash';
import { confirmDecision, type DecisionEntry } from '../../../../shared/domain/launch/decisionLog';
import {
  preflightState,
  type PreflightSignature as DomainSignature,
} from '../../../../shared/domain/launch/preflight';
import {
  DecisionLogEntry,
  NewDecisionLogEntry,
  PreflightSignature,
} from '../../../../shared/model/launch';

const ANA = '0190f5d2-1c2b-7a3e-8f00-00000000000a';
const BEN = '0190f5d2-1c2b-7a3e-8f00-00000000000b';
const CAMPAIGN = '0190f5d2-1c2b-7a3e-8f00-0000000000c1';

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.success ? [] : result.error!.issues.map((i) => [i.path.join('.'), i.message]));

describe('PreflightSignature', () => {
  it('accepts what packageHash writes, and the domain reads it', () => {
    const hash = packageHash({ fields: { a: 'b' }, checklist: [] });
    const signature: DomainSignature = PreflightSignature.parse({
      personId: ANA,
      at: '2026-03-14T09:30:00Z',
      packageHash: hash,
    });
    expect(preflightState([], signature, hash).state).toBe('signed');
  });

  it.each<{ name: string; value: unknown; issues: [string, string][] }>([
    {
      name: 'not a hash',
      value: { personId: ANA, at: '2026-03-14T09:30:00Z', packageHash: 'abc' },
      issues: [['packageHash', 'must be a package hash (16 hex digits)']],
    },
    {
      name: 'a time with an offset',
      value: { personId: ANA, at: '2026-03-14T10:30:00+01:00', packageHash: '0123456789abcdef' },
      issues: [['at', 'must be a UTC date-time']],
    },
  ])('$name', ({ value, issues: expected }) => {
    expect(issues(PreflightSignature.safeParse(value))).toEqual(expected);
  });
});

describe('DecisionLogEntry', () => {
  it('a stored entry is what the domain confirms', () => {
    const stored = DecisionLogEntry.parse({
      id: '0190f5d2-1c2b-7a3e-8f00-0000000000e1',
      campaignId: CAMPAIGN,
      text: ' Blue hero image ',
      byId: ANA,
      at: '2026-03-09T10:00:00Z',
      otherPartyId: BEN,
      confirmedById: null,
      confirmedAt: null,
      deletedAt: null,
    });
    expect(stored.text).toBe('Blue hero image');
    const entry: DecisionEntry = stored;
    const result = confirmDecision(entry, BEN, '2026-03-09T11:00:00Z');
    expect(result.ok && result.entry.confirmedById).toBe(BEN);
  });

  it.each<{ name: string; value: unknown; issues: [string, string][] }>([
    {
      name: 'empty text',
      value: { campaignId: CAMPAIGN, text: '  ', otherPartyId: BEN },
      issues: [['text', 'is required: what was agreed?']],
    },
    {
      name: 'no other party',
      value: { campaignId: CAMPAIGN, text: 'x', otherPartyId: 'ben' },
      issues: [['otherPartyId', 'must be an id (UUID)']],
    },
  ])('new entry: $name', ({ value, issues: expected }) => {
    expect(issues(NewDecisionLogEntry.safeParse(value))).toEqual(expected);
  });
});
