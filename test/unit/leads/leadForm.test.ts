import { describe, expect, test } from 'vitest';
import type { Lead } from '../../../shared/model';
import type { BatonError } from '../../../renderer/api/errors';
import {
  blankLeadForm,
  fieldProblem,
  formOfLead,
  isoToLocalInput,
  localInputToIso,
  newLeadInput,
  otherProblems,
  splitInterests,
  updateOf,
} from '../../../renderer/features/leads/leadForm';

describe('splitInterests', () => {
  test.each<[string, string[]]>([
    ['', []],
    ['pricing', ['pricing']],
    ['pricing, onboarding', ['pricing', 'onboarding']],
    ['pricing\nonboarding;  integrations ', ['pricing', 'onboarding', 'integrations']],
    ['Pricing, pricing, , PRICING', ['Pricing']],
  ])('"%s" → %j', (text, interests) => {
    expect(splitInterests(text)).toEqual(interests);
  });
});

describe('newLeadInput', () => {
  test('empty choices become null and interests a list', () => {
    const values = {
      ...blankLeadForm('me-1'),
      personName: 'Mira Jensen',
      email: 'mira@harbor.test',
      interests: 'pricing, onboarding',
    };
    expect(newLeadInput(values)).toEqual({
      personName: 'Mira Jensen',
      company: '',
      email: 'mira@harbor.test',
      jobTitle: '',
      sourceCampaignId: null,
      sourceChannel: '',
      interests: ['pricing', 'onboarding'],
      notes: '',
      ownerId: 'me-1',
      assigneeId: null,
    });
  });
});

const refused = (issues: { field: string; problem: string }[]): BatonError => ({
  code: 'RULE_VIOLATION',
  message: 'refused',
  issues,
});

describe('fieldProblem and otherProblems', () => {
  const error = refused([
    { field: 'email', problem: 'is already the email of Mira Jensen' },
    { field: 'interests.2', problem: 'must be at most 100 characters' },
    { field: 'workspace', problem: 'is read-only' },
  ]);
  test.each<[string, string | undefined]>([
    ['email', 'is already the email of Mira Jensen'],
    ['interests', 'must be at most 100 characters'],
    ['company', undefined],
  ])('%s → %s', (field, problem) => {
    expect(fieldProblem(error, field)).toBe(problem);
  });
  test('problems without a field of the form are listed, none lost', () => {
    expect(otherProblems(error, ['email', 'interests'])).toEqual(['workspace is read-only']);
    expect(otherProblems({ ...error, issues: [] }, ['email'])).toEqual(['refused']);
    expect(otherProblems(null, ['email'])).toEqual([]);
  });
});

describe('datetime-local values', () => {
  test.each(['2026-11-27T09:30', '2027-03-28T12:15', '2026-01-01T00:00'])(
    "%s is read in this computer's zone and written back the same",
    (local) => {
      const iso = localInputToIso(local);
      // A date-time without an offset is local time in JavaScript, as the input means it.
      expect(iso).toBe(new Date(local).toISOString());
      expect(isoToLocalInput(iso!)).toBe(local);
    },
  );
  test.each(['', '27.11.2026 09:30', '2026-11-27', '2026-13-40T99:99'])(
    '"%s" is not a date and time',
    (bad) => {
      expect(localInputToIso(bad)).toBeNull();
    },
  );
});

const LEAD: Lead = {
  id: 'lead-1',
  personName: 'Mira Jensen',
  company: 'Harbor Coffee',
  email: 'mira@harbor.test',
  emailKey: 'mira@harbor.test',
  jobTitle: 'Head of Marketing',
  sourceCampaignId: 'camp-1',
  sourceChannel: 'webinar',
  interests: ['pricing', 'onboarding'],
  notes: 'Wants a demo before March.',
  ownerId: 'p-1',
  assigneeId: null,
  status: 'new',
  score: 15,
  statusChangedAt: '2026-11-20T10:00:00.000Z',
  salesReadyAt: null,
  handedOffAt: null,
  acceptedAt: null,
  nextTouchAt: null,
  nurtureTrack: null,
  createdAt: '2026-11-20T10:00:00.000Z',
  deletedAt: null,
};

describe('updateOf', () => {
  const before = formOfLead(LEAD);
  test('nothing changed sends only the id', () => {
    expect(updateOf('lead-1', before, before)).toEqual({ id: 'lead-1' });
  });
  test.each<[string, Partial<typeof before>, object]>([
    ['assignee chosen', { assigneeId: 'p-2' }, { assigneeId: 'p-2' }],
    ['campaign cleared', { sourceCampaignId: '' }, { sourceCampaignId: null }],
    ['owner cleared', { ownerId: '' }, { ownerId: null }],
    ['interests retyped', { interests: 'pricing,  events' }, { interests: ['pricing', 'events'] }],
    ['notes and company', { notes: '', company: 'Harbor' }, { notes: '', company: 'Harbor' }],
  ])('%s sends only that', (_, change, patch) => {
    expect(updateOf('lead-1', before, { ...before, ...change })).toEqual({
      id: 'lead-1',
      ...patch,
    });
  });
});
