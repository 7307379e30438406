import { describe, expect, it } from 'vitest';
import {
  canConfirmDecision,
  confirmDecision,
  decisionStatus,
  overdueDecisions,
  validateDecisionEntry,
  type DecisionEntry,
} from '../../../../shared/domain/launch/decisionLog';

const NAMES: Record<string, string> = { ana: 'Ana', ben: 'Ben', cleo: 'Cleo' };
const nameOf = (id: string) => NAMES[id] ?? id;

const entry = (at: string, over: Partial<DecisionEntry> = {}): DecisionEntry => ({
  text: 'We agreed on a call that the hero image uses the blue variant',
  byId: 'ana',
  at,
  otherPartyId: 'ben',
  ...over,
});

// 2026-03-09 is a Monday.
const MON = '2026-03-09';
const dayAt = (date: string, time = '10:00') => `${date}T${time}:00Z`;

describe('validateDecisionEntry', () => {
  it.each<{ name: string; entry: Partial<DecisionEntry>; issues: [string, string][] }>([
    { name: 'complete', entry: entry(dayAt(MON)), issues: [] },
    {
      name: 'empty',
      entry: {},
      issues: [
        ['text', 'is required: what was agreed?'],
        ['byId', 'is required: who wrote it?'],
        ['otherPartyId', 'is required: who confirms it?'],
        ['at', 'must be an ISO date-time'],
      ],
    },
    {
      name: 'the author as the other party',
      entry: entry(dayAt(MON), { otherPartyId: 'ana' }),
      issues: [
        ['otherPartyId', 'must be someone other than the author: nobody confirms their own entry'],
      ],
    },
    {
      name: 'a time without an offset',
      entry: entry('2026-03-09T10:00'),
      issues: [['at', 'must be an ISO date-time']],
    },
  ])('$name', ({ entry: e, issues }) => {
    expect(validateDecisionEntry(e).map((i) => [i.field, i.problem])).toEqual(issues);
  });
});

describe('canConfirmDecision', () => {
  it.each<{ name: string; entry: DecisionEntry; personId: string; message: string | null }>([
    { name: 'the other party', entry: entry(dayAt(MON)), personId: 'ben', message: null },
    {
      name: 'the author',
      entry: entry(dayAt(MON)),
      personId: 'ana',
      message: 'You wrote this entry, so you cannot confirm it: only Ben can',
    },
    {
      name: 'a third person',
      entry: entry(dayAt(MON)),
      personId: 'cleo',
      message: 'Only Ben, the other party of this decision, can confirm it',
    },
    {
      name: 'already confirmed',
      entry: entry(dayAt(MON), { confirmedById: 'ben', confirmedAt: dayAt(MON, '11:00') }),
      personId: 'ben',
      message: 'Already confirmed by Ben on 2026-03-09T11:00:00Z',
    },
  ])('$name', ({ entry: e, personId, message }) => {
    const result = canConfirmDecision(e, personId, nameOf);
    expect(result.ok ? null : result.message).toBe(message);
  });
});

describe('confirmDecision', () => {
  it('records who confirmed and when', () => {
    const result = confirmDecision(entry(dayAt(MON)), 'ben', dayAt(MON, '12:00'));
    expect(result).toEqual({
      ok: true,
      entry: { ...entry(dayAt(MON)), confirmedById: 'ben', confirmedAt: '2026-03-09T12:00:00Z' },
    });
  });

  it.each<{ name: string; personId: string; at: string; message: string }>([
    {
      name: 'the author cannot',
      personId: 'ana',
      at: dayAt(MON, '12:00'),
      message: 'You wrote this entry, so you cannot confirm it: only ben can',
    },
    {
      name: 'a time that is not an instant',
      personId: 'ben',
      at: 'now',
      message: 'confirmedAt must be an ISO date-time, not "now"',
    },
  ])('$name', ({ personId, at, message }) => {
    expect(confirmDecision(entry(dayAt(MON)), personId, at)).toEqual({ ok: false, message });
  });
});

describe('decisionStatus: two business days', () => {
  it.each<{ name: string; at: string; now: string; state: string; days: number }>([
    {
      name: 'Monday → same Monday',
      at: dayAt(MON),
      now: dayAt(MON, '17:00'),
      state: 'awaiting',
      days: 0,
    },
    {
      name: 'Monday → Wednesday',
      at: dayAt(MON),
      now: dayAt('2026-03-11', '23:00'),
      state: 'awaiting',
      days: 2,
    },
    {
      name: 'Monday → Thursday',
      at: dayAt(MON),
      now: dayAt('2026-03-12', '08:00'),
      state: 'overdue',
      days: 3,
    },
    {
      name: 'Thursday → Monday (weekend skipped)',
      at: dayAt('2026-03-12'),
      now: dayAt('2026-03-16'),
      state: 'awaiting',
      days: 2,
    },
    {
      name: 'Thursday → Tuesday',
      at: dayAt('2026-03-12'),
      now: dayAt('2026-03-17'),
      state: 'overdue',
      days: 3,
    },
    {
      name: 'Friday → Sunday',
      at: dayAt('2026-03-13'),
      now: dayAt('2026-03-15'),
      state: 'awaiting',
      days: 0,
    },
    {
      name: 'Friday → Tuesday',
      at: dayAt('2026-03-13'),
      now: dayAt('2026-03-17', '23:59'),
      state: 'awaiting',
      days: 2,
    },
    {
      name: 'Friday → Wednesday',
      at: dayAt('2026-03-13'),
      now: dayAt('2026-03-18'),
      state: 'overdue',
      days: 3,
    },
    {
      name: 'Saturday → Tuesday',
      at: dayAt('2026-03-14'),
      now: dayAt('2026-03-17'),
      state: 'awaiting',
      days: 2,
    },
    {
      name: 'Saturday → Wednesday',
      at: dayAt('2026-03-14'),
      now: dayAt('2026-03-18'),
      state: 'overdue',
      days: 3,
    },
    {
      name: 'Sunday → Wednesday',
      at: dayAt('2026-03-15'),
      now: dayAt('2026-03-18'),
      state: 'overdue',
      days: 3,
    },
    { name: 'two weeks', at: dayAt(MON), now: dayAt('2026-03-23'), state: 'overdue', days: 10 },
    {
      name: 'now before the entry (a clock behind)',
      at: dayAt(MON),
      now: dayAt('2026-03-06'),
      state: 'awaiting',
      days: 0,
    },
  ])('$name', ({ at, now, state, days }) => {
    const status = decisionStatus(entry(at), now, 'UTC');
    expect(status.state).toBe(state);
    expect(status.state !== 'confirmed' && status.businessDays).toBe(days);
  });

  it('counts days in the home time zone', () => {
    // Written Monday 23:30 in Berlin, which is still Monday 22:30 in UTC… and Thursday 00:30
    // in Berlin is Wednesday 23:30 in UTC.
    const e = entry('2026-03-09T22:30:00Z');
    const now = '2026-03-11T23:30:00Z';
    expect(decisionStatus(e, now, 'UTC').state).toBe('awaiting');
    expect(decisionStatus(e, now, 'Europe/Berlin').state).toBe('overdue');
  });

  it('a confirmed entry is never overdue', () => {
    const e = entry(dayAt(MON), { confirmedById: 'ben', confirmedAt: dayAt('2026-03-20') });
    expect(decisionStatus(e, dayAt('2026-04-30'), 'UTC', nameOf)).toEqual({
      state: 'confirmed',
      message: 'Confirmed by Ben on 2026-03-20T10:00:00Z',
    });
  });

  it('says who it waits on and for how long', () => {
    expect(decisionStatus(entry(dayAt(MON)), dayAt('2026-03-10'), 'UTC', nameOf).message).toBe(
      'Waiting on Ben to confirm (1 business day so far)',
    );
    expect(decisionStatus(entry(dayAt(MON)), dayAt('2026-03-12'), 'UTC', nameOf).message).toBe(
      'Unconfirmed for 3 business days (more than 2): waiting on Ben',
    );
  });

  it('refuses a now that is not an ISO date-time', () => {
    expect(() => decisionStatus(entry(dayAt(MON)), 'today', 'UTC')).toThrow(/now must be/);
  });
});

describe('overdueDecisions', () => {
  it('lists the unconfirmed entries older than two business days, by row', () => {
    const log = [
      entry(dayAt(MON), { text: 'Blue hero image' }),
      entry(dayAt(MON), { text: 'Send at 9:00', confirmedById: 'ben', confirmedAt: dayAt(MON) }),
      entry(dayAt('2026-03-11'), { text: 'No discount code' }),
      entry(dayAt('2026-03-06'), { text: ' Budget cap €500 ', byId: 'ben', otherPartyId: 'cleo' }),
    ];
    expect(overdueDecisions(log, dayAt('2026-03-12'), 'UTC', nameOf)).toEqual([
      {
        row: 0,
        businessDays: 3,
        waitingOn: 'ben',
        message: '“Blue hero image”: Unconfirmed for 3 business days (more than 2): waiting on Ben',
      },
      {
        row: 3,
        businessDays: 4,
        waitingOn: 'cleo',
        message:
          '“Budget cap €500”: Unconfirmed for 4 business days (more than 2): waiting on Cleo',
      },
    ]);
  });

  it('an empty log has nothing overdue', () => {
    expect(overdueDecisions([], dayAt(MON), 'UTC')).toEqual([]);
  });
});
